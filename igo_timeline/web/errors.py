"""Errors as HTTP answers, mapped in one place.

Every answer to a bad request is ``{"error": {"rule", "message", "event",
"item"}}`` with the status the API documents: the engine's
:class:`~igo_timeline.errors.IgoError` tree maps by type, protocol problems
(auth, size, malformed body or query) raise :class:`HttpError`.
"""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from igo_timeline.errors import (
    IgoError,
    InvalidDate,
    InvalidInput,
    RuleViolation,
    StoreError,
    UnknownEvent,
    UnknownOrganization,
    UnknownParty,
)
from igo_timeline.events.input import InputTooLarge

log = logging.getLogger("igo_timeline.web")


class HttpError(Exception):
    """A request the API refuses before the engine sees it."""

    def __init__(
        self, status: int, rule: str, message: str, *, event: str | None = None, item: int | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.rule, self.message, self.event, self.item = status, rule, message, event, item


# type -> (status, rule); the first match wins, so subclasses come first
_BY_TYPE: list[tuple[type[IgoError], int, str]] = [
    (InputTooLarge, 413, "too-large"),
    (UnknownOrganization, 404, "unknown-organization"),
    (UnknownEvent, 404, "unknown-event"),
    (InvalidDate, 400, "invalid-date"),
    (UnknownParty, 400, "unknown-party"),
    (InvalidInput, 400, "invalid-input"),
    (StoreError, 503, "store-unavailable"),
]

_HTTP_RULES = {404: "not-found", 405: "method-not-allowed"}


def error_body(
    rule: str, message: str, event: str | None = None, item: int | None = None
) -> dict[str, dict[str, object]]:
    return {"error": {"rule": rule, "message": message, "event": event, "item": item}}


def to_response(exc: Exception) -> JSONResponse:
    """The HTTP answer to an error."""
    if isinstance(exc, HttpError):
        return JSONResponse(error_body(exc.rule, exc.message, exc.event, exc.item), status_code=exc.status)
    if isinstance(exc, RuleViolation):
        return JSONResponse(error_body(exc.rule, str(exc), exc.event_id, exc.item), status_code=422)
    if isinstance(exc, IgoError):
        status, rule = next(((s, r) for t, s, r in _BY_TYPE if isinstance(exc, t)), (400, "invalid-input"))
        headers = {"Retry-After": "1"} if status == 503 else None
        return JSONResponse(error_body(rule, " ".join(str(exc).split())), status_code=status, headers=headers)
    if isinstance(exc, HTTPException):
        rule = _HTTP_RULES.get(exc.status_code, "http-error")
        return JSONResponse(
            error_body(rule, str(exc.detail)), status_code=exc.status_code, headers=exc.headers
        )
    log.exception("internal error", exc_info=exc)
    return JSONResponse(error_body("internal-error", "the server failed; this is a bug"), status_code=500)


async def handle(request: Request, exc: Exception) -> Response:
    return to_response(exc)
