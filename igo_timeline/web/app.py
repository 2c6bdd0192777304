"""The Starlette application: the API routes, the page, and the error mapping."""

from __future__ import annotations

from importlib import resources

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from igo_timeline.engine import Timeline
from igo_timeline.errors import IgoError
from igo_timeline.web import errors
from igo_timeline.web.api import ROUTES
from igo_timeline.web.cache import AnswerCache

# The page loads nothing but its own files, and may not be framed.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _page(request: Request) -> Response:
    html = resources.files("igo_timeline.web").joinpath("static/index.html").read_bytes()
    return Response(html, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


class _StoreNaming:
    """Each request resolves and names parties by the app's own store's registry (two apps over
    two stores in one process never name parties from each other's)."""

    def __init__(self, app: ASGIApp, timeline: Timeline) -> None:
        self.app = app
        self.timeline = timeline

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with self.timeline.naming():
            await self.app(scope, receive, send)


def create_app(timeline: Timeline, *, write_token: str | None = None) -> Starlette:
    """The app over an open timeline; writes are on only with a non-empty ``write_token``."""
    app = Starlette(
        middleware=[Middleware(_StoreNaming, timeline=timeline)],
        routes=[
            *ROUTES,
            Route("/", _page, methods=["GET"]),
            Mount("/static", StaticFiles(packages=[("igo_timeline.web", "static")]), name="static"),
        ],
        exception_handlers={
            IgoError: errors.handle,
            errors.HttpError: errors.handle,
            HTTPException: errors.handle,
            Exception: errors.handle,
        },
    )
    app.state.timeline = timeline
    app.state.cache = AnswerCache(timeline)
    app.state.write_token = write_token.encode("utf-8") if write_token else None
    return app
