"""The routes under ``/api/v1``: each parses its query, calls the CLI twin's answer function, returns JSON.

Reads run inline on the event loop: the engine is pure Python under the GIL,
so a thread pool adds no parallelism, only GIL hand-offs between threads (the
benchmark measured half the throughput through the pool). The write runs in
the pool, since an append may sleep between retries; it authenticates before
it reads a byte of the body, reads at most :data:`MAX_BODY` bytes, and hands
the batch to ``Timeline.append``: the same rules, the same all-or-nothing
batch as ``igo import``.
"""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from igo_timeline.engine import Timeline
from igo_timeline.errors import InvalidInput
from igo_timeline.events import input as event_input
from igo_timeline.events.input import MAX_INPUT_BYTES, InputTooLarge, decode, json_events, too_large
from igo_timeline.events.names import org_slug
from igo_timeline.events.parties import resolve_party
from igo_timeline.projections.answers import (
    batches_answer,
    event_answer,
    orgs_answer,
    parse_as_of,
    parse_known_at,
    schema_answer,
)
from igo_timeline.projections.effective import Record
from igo_timeline.projections.history import event_json
from igo_timeline.projections.intervals import intervals
from igo_timeline.projections.memberships import memberships as memberships_of
from igo_timeline.projections.period import parse_period
from igo_timeline.projections.why import linked as why_linked
from igo_timeline.projections.why import why as why_of
from igo_timeline.web.cache import AnswerCache
from igo_timeline.web.errors import HttpError
from igo_timeline.web.openapi import openapi_document

BODY = "the body"  # how messages name the input
MAX_BODY = MAX_INPUT_BYTES  # the one limit of an input, whatever its door (read from there at each request)
T = TypeVar("T")


def _timeline(request: Request) -> Timeline:
    timeline: Timeline = request.app.state.timeline
    return timeline


def _param(request: Request, name: str, parse: Callable[[str], T], *, required: bool = False) -> T | None:
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise HttpError(400, "invalid-query", f"give {name!r} at most once")
    if not values:
        if required:
            raise HttpError(400, "invalid-query", f"the query parameter {name!r} is required")
        return None
    return parse(values[0])


def _text(value: str) -> str:
    return value


def _known_at(request: Request) -> dt.datetime | None:
    return _param(request, "known_at", parse_known_at)


# -- reads ---------------------------------------------------------------------------


async def orgs(request: Request) -> JSONResponse:
    timeline = _timeline(request)
    return JSONResponse(orgs_answer(timeline.all_records(), timeline.refresh_registry()))


def _answer(
    request: Request, org: str, key: tuple[Any, ...], compute: Callable[[list[Record]], Any]
) -> Response:
    """The JSON of ``compute(records)``, reused while the store's log has not moved."""
    cache: AnswerCache = request.app.state.cache
    body = cache.answer(org, key, lambda records: JSONResponse(compute(records)).body)
    return Response(body, media_type="application/json")


def _indexed(request: Request, org: str, key: tuple[Any, ...], compute: Callable[[], Any]) -> Response:
    """The JSON of ``compute()``, an answer from the index, reused while the store's log has not moved."""
    cache: AnswerCache = request.app.state.cache
    body = cache.indexed(org, key, lambda: JSONResponse(compute()).body)
    return Response(body, media_type="application/json")


async def state(request: Request) -> Response:
    org = org_slug(request.path_params["org"])
    as_of = _param(request, "as_of", parse_period) or parse_period("today")
    known_at = _known_at(request)
    timeline = _timeline(request)
    return _indexed(
        request,
        org,
        ("state", as_of, known_at),
        lambda: timeline.period_state(org, as_of, known_at).to_json(),
    )


def _first_day(value: str) -> dt.date:
    return parse_period(value).start


def _last_day(value: str) -> dt.date:
    return parse_period(value).end


async def history(request: Request) -> Response:
    org = org_slug(request.path_params["org"])
    party = _param(request, "party", _text)
    office = _param(request, "office", _text) or None
    start = _param(request, "from", _first_day)
    end = _param(request, "to", _last_day)
    known_at = _known_at(request)
    timeline = _timeline(request)

    def named(found: list[Any]) -> list[dict[str, Any]]:
        names = timeline.org_names(org, known_at)  # the organization's name on each event's date
        return [event_json(e, names.of_event(e.event)) for e in found]

    response = _indexed(
        request,
        org,
        ("history", party, office, start, end, known_at),
        lambda: named(
            timeline.history(
                org,
                party=resolve_party(party) if party else None,
                office=office,
                start=start,
                end=end,
                known_at=known_at,
            )
        ),
    )
    # the answer is a bare array of events: its horizon, for the last day asked, rides in headers
    if end is not None:
        last = timeline.state(org, end, known_at)
        response.headers["Igo-Horizon-Until"] = last.horizon["until"] or ""
        response.headers["Igo-Beyond-Horizon"] = "true" if last.beyond_horizon else "false"
    return response


async def diff(request: Request) -> Response:
    org = org_slug(request.path_params["org"])
    first = _param(request, "from", _first_day, required=True)
    second = _param(request, "to", _last_day, required=True)
    assert first is not None and second is not None
    known_at = _known_at(request)
    timeline = _timeline(request)
    return _indexed(
        request,
        org,
        ("diff", first, second, known_at),
        lambda: timeline.diff(org, first, second, known_at).to_json(),
    )


async def org_intervals(request: Request) -> Response:
    org = org_slug(request.path_params["org"])
    start = _param(request, "from", _first_day)
    end = _param(request, "to", _last_day)
    known_at = _known_at(request)
    return _answer(
        request,
        org,
        ("intervals", start, end, known_at),
        lambda records: intervals(org, records, start=start, end=end, known_at=known_at),
    )


def _flag(value: str) -> bool:
    if value not in ("true", "false"):
        raise HttpError(400, "invalid-query", f"a flag is 'true' or 'false', not {value!r}")
    return value == "true"


async def why(request: Request) -> Response:
    org = org_slug(request.path_params["org"])
    as_of = _param(request, "as_of", parse_as_of) or parse_as_of("today")
    known_at = _known_at(request)
    party = _param(request, "party", _text)
    office = _param(request, "office", _text)
    presidency = bool(_param(request, "presidency", _flag))
    document = _param(request, "document", _text)
    meeting = _param(request, "meeting", _text)
    chair = _param(request, "chair", _text)
    timeline = _timeline(request)

    def compute(records: list[Record]) -> Any:
        with timeline.names_as_known(known_at):  # names as the registry knew them then
            return _why(records)

    def _why(records: list[Record]) -> Any:
        result = why_of(
            org,
            records,
            as_of,
            known_at,
            party=party,
            office=office,
            presidency=presidency,
            document=document,
            meeting=meeting,
            chair=chair,
        )
        if party and (links := why_linked(timeline, org, as_of, known_at, party)):
            result["answer"]["linked"] = links
        return result

    return _answer(
        request, org, ("why", as_of, known_at, party, office, presidency, document, meeting, chair), compute
    )


async def batches(request: Request) -> Response:
    org = org_slug(request.path_params["org"])
    return _answer(request, org, ("batches",), lambda records: batches_answer(org, records))


async def party_memberships(request: Request) -> Response:
    party = request.path_params["party"]
    as_of = _param(request, "as_of", parse_period) or parse_period("today")
    known_at = _known_at(request)
    status = _param(request, "status", _text)
    timeline = _timeline(request)

    def compute() -> Any:
        timeline.index.catch_up()
        return memberships_of(timeline, party, as_of, known_at, status)

    return _indexed(request, f"party:{party}", ("memberships", as_of, known_at, status), compute)


async def event(request: Request) -> JSONResponse:
    return JSONResponse(event_answer(_timeline(request).find(request.path_params["event_id"])))


async def schema(request: Request) -> JSONResponse:
    return JSONResponse(schema_answer(request.query_params.getlist("type")))


async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(openapi_document())


# -- the write -----------------------------------------------------------------------


def _authorize(request: Request) -> None:
    """Writes are off without a server token; with one, the request must carry it (Bearer)."""
    token: bytes | None = request.app.state.write_token
    if not token:
        raise HttpError(403, "writes-disabled", "this server takes no writes (start it with --write-token)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HttpError(401, "unauthorized", "give the write token: Authorization: Bearer TOKEN")
    # compare as bytes, in constant time; headers are latin-1 on the wire
    if not hmac.compare_digest(given.strip().encode("latin-1", "replace"), token):
        raise HttpError(401, "unauthorized", "the write token is wrong")


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HttpError(400, "invalid-body", "the Content-Length header is not a number")
        if int(declared) > event_input.MAX_INPUT_BYTES:
            raise too_large(BODY)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > event_input.MAX_INPUT_BYTES:
            raise too_large(BODY)
        chunks.append(chunk)
    return b"".join(chunks)


def _items(body: bytes, org: str) -> list[Any]:
    # read as igo import and igo append read (the same limits, the same messages)
    try:
        items = json_events(decode(body, BODY), BODY)
    except InputTooLarge:
        raise
    except InvalidInput as err:
        if str(err) == f"{BODY}: no events in the input":
            raise
        raise HttpError(400, "invalid-body", str(err)) from None
    out = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            if "org" not in item:
                item = {**item, "org": org}  # the path names the organization
            elif item["org"] != org:
                raise HttpError(
                    422,
                    "org-mismatch",
                    f"item {number} is for {item['org']!r}, not {org!r} (post it to its own organization)",
                    item=number,
                )
        out.append(item)
    return out


async def post_events(request: Request) -> JSONResponse:
    _authorize(request)
    org = org_slug(request.path_params["org"])
    items = _items(await _body(request), org)
    result = await run_in_threadpool(_timeline(request).append, items)
    answer = {
        "added": result.added,
        "known": result.known,
        "recorded_at": result.recorded_at.isoformat() if result.recorded_at else None,
        "warnings": result.warnings,
    }
    return JSONResponse(answer, status_code=201 if result.added else 200)


ROUTES = [
    Route("/api/v1/openapi.json", openapi, methods=["GET"]),
    Route("/api/v1/orgs", orgs, methods=["GET"]),
    Route("/api/v1/orgs/{org}/state", state, methods=["GET"]),
    Route("/api/v1/orgs/{org}/history", history, methods=["GET"]),
    Route("/api/v1/orgs/{org}/diff", diff, methods=["GET"]),
    Route("/api/v1/orgs/{org}/intervals", org_intervals, methods=["GET"]),
    Route("/api/v1/orgs/{org}/why", why, methods=["GET"]),
    Route("/api/v1/orgs/{org}/batches", batches, methods=["GET"]),
    Route("/api/v1/orgs/{org}/events", post_events, methods=["POST"]),
    Route("/api/v1/parties/{party}/memberships", party_memberships, methods=["GET"]),
    Route("/api/v1/events/{event_id}", event, methods=["GET"]),
    Route("/api/v1/schema", schema, methods=["GET"]),
]
