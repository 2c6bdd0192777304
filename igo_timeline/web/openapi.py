"""The OpenAPI 3.1 document of ``/api/v1``, written by hand.

Days are ``format: date``, record times ``format: date-time``; every status a
route can answer is declared, each error with the one error shape. The event
schemas are the pydantic models' own (``igo schema``), moved under
``components``; the answer schemas mirror :mod:`igo_timeline.projections`.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from igo_timeline.events import event_schemas
from igo_timeline.projections.intervals import LANES
from igo_timeline.projections.results import (
    BodyEntry,
    DatedEntry,
    DocumentEntry,
    MeetingEntry,
    OfficeEntry,
    PresidencyEntry,
    StatusEntry,
    UncertainEntry,
)

REF = "#/components/schemas/"
STR = {"type": "string"}
NULL_STR = {"type": ["string", "null"]}
DAY = {"type": "string", "format": "date"}
NULL_DAY = {"type": ["string", "null"], "format": "date"}
STAMP = {"type": "string", "format": "date-time"}
# a valid-time period: a day, a month or a year
PERIOD = {"anyOf": [DAY, {"type": "string", "pattern": r"^\d{4}(-\d{2})?$"}, {"const": "today"}]}
NULL_STAMP = {"type": ["string", "null"], "format": "date-time"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def _obj(required: dict[str, Any], optional: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": list(required),
        "properties": {**required, **(optional or {})},
        **extra,
    }


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


# -- parameters ----------------------------------------------------------------------

_ORG = {
    "name": "org",
    "in": "path",
    "required": True,
    "description": "The organization's slug (e.g. sco).",
    "schema": STR,
    "example": "sco",
}


def _query(
    name: str, schema: dict[str, Any], description: str, required: bool = False, example: Any = None
) -> dict[str, Any]:
    out = {"name": name, "in": "query", "required": required, "description": description, "schema": schema}
    return out if example is None else {**out, "example": example}


_KNOWN_AT = _query(
    "known_at",
    {"anyOf": [STAMP, DAY]},
    "Record time: answer as recorded by then. A timestamp (UTC when no zone), or a day meaning its end, UTC.",
)
_FROM = _query(
    "from",
    PERIOD,
    "Only what reaches this day or later (a month or a year: its first day).",
    example="2012-01-01",
)
_TO = _query(
    "to", PERIOD, "Only what starts by this day (a month or a year: its last day).", example="2012-12-31"
)
# an example event: what the examples of the API's clients (and schemathesis) post first
EXAMPLE_EVENT = {
    "type": "StatusGranted",
    "org": "sco",
    "party": "Republic of Belarus",
    "status": "observer",
    "effective": "2015-07-10",
    "decided_on": "2015-07-10",
    "source": {
        "document": "sco-ufa-2015",
        "quote": "grant the Republic of Belarus the status of SCO observer state",
    },
}


# -- responses -----------------------------------------------------------------------


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict[str, Any]:
    return _json(_ref("Error"), description)


E400 = _error("Malformed query or body (a day that is not YYYY-MM-DD, an unknown party name, ...).")
E404 = _error("Unknown organization or event.")
E503 = _error("The store is busy or cannot be read; retry.")


def _read(summary: str, twin: str, params: list[Any], schema: dict[str, Any], *, found: bool = True) -> dict:
    responses: dict[str, Any] = {"200": _json(schema, "The answer, key for key what the CLI twin prints.")}
    responses["400"] = E400
    if found:
        responses["404"] = E404
    responses["503"] = E503
    return {
        "get": {
            "summary": summary,
            "description": f"CLI twin: `{twin}`.",
            "parameters": params,
            "responses": responses,
        }
    }


def _result_schemas() -> dict[str, Any]:
    out = {}
    for model in (
        StatusEntry,
        OfficeEntry,
        PresidencyEntry,
        MeetingEntry,
        DocumentEntry,
        BodyEntry,
        DatedEntry,
        UncertainEntry,
    ):
        schema = model.model_json_schema(mode="serialization")
        schema.pop("title", None)
        out[model.__name__] = schema
    return out


def _event_components() -> dict[str, Any]:
    """The event types' JSON Schemas, their ``$defs`` hoisted into components."""
    components: dict[str, Any] = {}
    for name, schema in event_schemas().items():
        schema = copy.deepcopy(schema)
        components.update(schema.pop("$defs", {}))
        components[name] = schema
    text = json.dumps(components).replace('"#/$defs/', f'"{REF}')
    hoisted: dict[str, Any] = json.loads(text)
    return hoisted


_SPAN_BOUNDS = {
    "start_earliest": NULL_DAY,
    "start_latest": NULL_DAY,
    "end_earliest": NULL_DAY,
    "end_latest": NULL_DAY,
}
_ENDED = {"anyOf": [{"type": "null"}, _obj({"event": NULL_STR, "type": STR, "date": NULL_STR})]}


def _span(fields: dict[str, Any]) -> dict[str, Any]:
    return _obj({**fields, "date": STR, "event": NULL_STR, "ended_by": _ENDED, **_SPAN_BOUNDS})


@cache
def _document() -> dict[str, Any]:
    events = _event_components()
    event_types = list(event_schemas())
    schemas: dict[str, Any] = {
        **events,
        **_result_schemas(),
        "Error": _obj(
            {
                "error": _obj(
                    {
                        "rule": STR,
                        "message": STR,
                        "event": NULL_STR,
                        "item": {"type": ["integer", "null"]},
                    }
                )
            }
        ),
        "Event": {"anyOf": [_ref(t) for t in event_types]},
        "OrgSummary": _obj(
            {
                "org": STR,
                "name": NULL_STR,
                "founded": NULL_STR,
                "events": {"type": "integer"},
                "last_recorded_at": NULL_STAMP,
                "same_as": _array(STR),
                "succeeds": _array(_obj({"org": STR, "on": STR})),
                "succeeded_by": _array(_obj({"org": STR, "on": STR})),
            },
            description="same_as: the organizations linked as the same body (igo org link); succeeds, "
            "succeeded_by: organization successions (igo org succeed).",
        ),
        "State": _obj(
            {
                "org": STR,
                "name": NULL_STR,
                "as_of": DAY,
                "known_at": NULL_STAMP,
                "recorded": {
                    "type": "boolean",
                    "description": "false when nothing about the organization had been recorded by known_at",
                },
                "founded": {"anyOf": [{"type": "null"}, _ref("DatedEntry")]},
                "dissolved": {"anyOf": [{"type": "null"}, _ref("DatedEntry")]},
                "offices": {"type": "object", "additionalProperties": _ref("OfficeEntry")},
                "presidency": {"anyOf": [{"type": "null"}, _ref("PresidencyEntry")]},
                "upcoming_meetings": _array(_ref("MeetingEntry")),
                "meetings_held": _array(_ref("MeetingEntry")),
                "documents_adopted": _array(_ref("DocumentEntry")),
                "documents_in_force": _array(_ref("DocumentEntry")),
                "agreements_not_in_force": _array(_ref("DocumentEntry")),
                "bodies": _array(_ref("BodyEntry")),
                "bodies_planned": _array(_ref("BodyEntry")),
                "uncertain": _array(_ref("UncertainEntry")),
            },
            {
                "links": _obj(
                    {
                        "same_as": _array(STR),
                        "succeeds": _array(_obj({"org": STR, "on": STR})),
                        "succeeded_by": _array(_obj({"org": STR, "on": STR})),
                    },
                    description="The organization's links in the store's registry, as igo orgs lists "
                    "them; only when it has one.",
                )
            },
            description="One more key per status of the organization's ladder, by its plural "
            "(members, observers, dialogue_partners, ...), each a list of StatusEntry.",
            additionalProperties=_array(_ref("StatusEntry")),
        ),
        "PeriodState": {
            "type": "object",
            "description": "The state over a month or a year: a State whose status lists, offices and "
            "presidency hold what held on every day of the period, as_of the period asked (2008, "
            "2008-05), from/to its first and last day, partly what held on some days only (with its "
            "spans), changes what changed within it (day by day); the other lists are the last day's.",
            "required": ["org", "as_of", "from", "to", "partly", "changes"],
            "properties": {
                "org": STR,
                "as_of": STR,
                "from": DAY,
                "to": DAY,
                "partly": _array(
                    _obj(
                        {
                            "kind": {"enum": ["status", "office", "presidency"]},
                            "subject": STR,
                            "holds": {},
                            "spans": _array(_obj({"start": DAY, "end": DAY})),
                        },
                        {"name": STR},
                    )
                ),
                "changes": _array(_obj({"on": DAY, "kind": STR, "subject": STR, "before": {}, "after": {}})),
            },
        },
        "HistoryEvent": _obj(
            {
                "id": STR,
                "type": {"enum": event_types},
                "org": STR,
                "source": {"anyOf": [{"type": "null"}, _ref("Source")]},
                "valid_time": NULL_STR,
                "recorded_at": STAMP,
                "corrected_by": _array(STR),
            },
            {"org_name": STR},
            description="The full event (its own fields too), with its two times; org_name: the "
            "organization's name in force on the event's date (absent for a predecessor's event).",
        ),
        "Diff": _obj(
            {
                "org": STR,
                "from": DAY,
                "to": DAY,
                "known_at": NULL_STAMP,
                "changes": _array(_obj({"kind": STR, "subject": STR, "before": {}, "after": {}})),
            }
        ),
        "Intervals": _obj(
            {
                "org": STR,
                "name": NULL_STR,
                "from": NULL_DAY,
                "to": NULL_DAY,
                "known_at": NULL_STAMP,
                "first_day": NULL_DAY,
                "last_day": NULL_DAY,
                **{lane: _array(_ref("Span")) for lane in LANES},
            },
            {
                "horizon": _obj({"until": NULL_DAY, "declared": NULL_DAY}),
                "beyond_horizon": {"type": "boolean", "description": "the `to` day lies beyond the horizon"},
            },
        ),
        "Span": _obj(
            {"date": STR, "event": NULL_STR, "ended_by": _ENDED, **_SPAN_BOUNDS},
            description="A status spell (party, name, status), a condition (party, name, condition, until, "
            "takes_effect), a pending procedure (party, name, procedure, status, steps), a term (office, office_name, person, "
            "nationality), a presidency (party, name) or a meeting (body, body_name, kind, name, place, "
            "host). It starts on a day in [start_earliest, start_latest] and its last day is in "
            "[end_earliest, end_latest]; null bounds are open.",
        ),
        "Why": _obj(
            {
                "answer": _obj(
                    {
                        "org": STR,
                        "as_of": DAY,
                        "known_at": NULL_STAMP,
                        "about": {"type": "object"},
                        "holds": {"enum": ["yes", "uncertain", "no"]},
                        "says": STR,
                    },
                    description="Plus the subject's own fields: party, name, status, since (a party); "
                    "office, office_name, holder, term, office_aliases (an office); party, name, since (the "
                    "presidency); document, title, adopted, in_force (a document); body, body_name, "
                    "date, place, host, kind, body_aliases (a meeting); possible, when uncertain; via (a COW column "
                    "standing for the party), continues and succession (a continuation); linked: what the "
                    "organizations linked to it say of the party ({org, link: predecessor|successor|same_as, "
                    "as_of, holds, says, events: the events deciding that answer}), when it has links.",
                ),
                "events": _array(_ref("WhyEvent")),
                "retracted": _array(_ref("WhyRetracted")),
            }
        ),
        "Batches": _obj(
            {
                "org": STR,
                "batches": _array(
                    _obj({"recorded_at": STAMP, "events": {"type": "integer"}, "types": {"type": "object"}})
                ),
                "revisions": _array(
                    _obj(
                        {
                            "id": STR,
                            "type": {"enum": ["EventCorrected", "EventRetracted"]},
                            "target": STR,
                            "recorded_at": STAMP,
                            "reason": STR,
                        }
                    )
                ),
            }
        ),
        "WhyRetracted": _obj(
            {
                "id": STR,
                "type": {"enum": event_types},
                "valid_time": NULL_STR,
                "recorded_at": STAMP,
                "retracted_by": STR,
                "retracted_at": STAMP,
                "reason": STR,
            },
            description="A decision about the subject that was retracted by the record time asked "
            "about: it no longer counts, and is named so the answer does not hide it.",
        ),
        "WhyEvent": _obj(
            {
                "id": STR,
                "type": {"enum": event_types},
                "role": STR,
                "valid_time": NULL_STR,
                "recorded_at": STAMP,
                "document": STR,
                "quote": STR,
                "locator": NULL_STR,
                "url": NULL_STR,
                "inferred": {"type": "boolean"},
                "note": NULL_STR,
                "corrected_by": _array(STR),
            },
            description="role: decisive (the answer rests on it), uncertain (its imprecise date leaves "
            "the answer open), earlier, membership, appointment, early-end, adoption, revision, "
            "scheduled, continued (the predecessor's events a continuation carries on) or context (what the answer depends on).",
        ),
        "EventDetail": _obj(
            {
                "org": STR,
                "event": _ref("Event"),
                "valid_time": NULL_STR,
                "recorded_at": STAMP,
                "corrections": _array({"type": "object"}),
            }
        ),
        "Membership": _obj(
            {
                "org": STR,
                "orgs": _array(STR),
                "name": NULL_STR,
                "status": NULL_STR,
                "since": NULL_STR,
                "event": STR,
                "uncertain": NULL_STR,
                "conditions": _array(
                    _obj(
                        {"condition": STR, "since": STR, "until": NULL_STR, "event": STR},
                        {"takes_effect": NULL_STR},
                    )
                ),
                "via": NULL_STR,
                "horizon": _obj({"until": NULL_DAY, "declared": NULL_DAY}),
                "beyond_horizon": {"type": "boolean"},
                "disagreement": {
                    "anyOf": [
                        {"type": "null"},
                        _array(_obj({"org": STR, "status": NULL_STR, "since": NULL_STR, "event": NULL_STR})),
                    ]
                },
                "record_ends": _array(_obj({"org": STR, "until": DAY})),
            },
            description="org: the organization (the first of orgs, the slugs linked as the same); via: "
            "the COW column that stood for the party that day; uncertain: why the answer is open; "
            "conditions: those on the status that day (suspended, ...); horizon: how far the "
            "organization's record reaches, beyond_horizon: the day lies beyond it (the last known "
            "state repeated); disagreement: each linked organization's answer, where they differ; "
            "record_ends: linked organizations whose record ended before the day while this one's "
            "goes on (their silence is no disagreement, and they are left out of it).",
        ),
        "Memberships": _obj(
            {
                "party": STR,
                "name": STR,
                "kind": STR,
                "part_of": NULL_STR,
                "as_of": DAY,
                "known_at": NULL_STAMP,
                "memberships": _array(_ref("Membership")),
            }
        ),
        "PeriodMemberships": _obj(
            {
                "party": STR,
                "name": STR,
                "kind": STR,
                "part_of": NULL_STR,
                "as_of": {"type": "string", "pattern": r"^\d{4}(-\d{2})?$"},
                "known_at": NULL_STAMP,
                "from": DAY,
                "to": DAY,
                "memberships": _array(_ref("Membership")),
                "partly": _array(
                    _obj(
                        {
                            "org": STR,
                            "orgs": _array(STR),
                            "name": NULL_STR,
                            "status": STR,
                            "via": NULL_STR,
                            "spans": _array(_obj({"start": DAY, "end": DAY})),
                        }
                    )
                ),
                "changes": _array(
                    _obj(
                        {
                            "on": DAY,
                            "org": STR,
                            "orgs": _array(STR),
                            "kind": {"enum": ["status", "conditions"]},
                            "before": {"anyOf": [NULL_STR, _array(STR)]},
                            "after": {"anyOf": [NULL_STR, _array(STR)]},
                        }
                    )
                ),
                "uncertain": _array(_ref("Membership")),
            },
            description="A party's memberships over a month or a year: memberships, what held on every "
            "day of the period (the same status, the linked records saying the same); partly, each "
            "organization's status where it held on some days only (or where linked records did not "
            "agree every day), with its spans (inclusive days); changes, day by day (an organization's "
            "status, or the conditions on it); uncertain, what an imprecise date (or a status not "
            "known) left open on some day of it.",
        ),
        "AppendResult": _obj(
            {
                "added": _array(STR),
                "known": _array(STR),
                "recorded_at": NULL_STAMP,
                "warnings": {
                    **_array(STR),
                    "description": "One line per event recorded that deserves a second look: a future "
                    "decision (valid from more than a year after its record time).",
                },
            },
        ),
    }
    post = {
        "post": {
            "summary": "Record events (one, or a list: one batch, all or nothing)",
            "description": "CLI twin: `igo import`. Events without `org` take the path's; any other "
            "`org` is refused. Needs `Authorization: Bearer TOKEN` (the server's --write-token).",
            "parameters": [_ORG],
            "security": [{"bearer": []}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "anyOf": [
                                _ref("Event"),
                                {"type": "array", "items": _ref("Event"), "minItems": 1},
                            ]
                        },
                        "example": EXAMPLE_EVENT,
                    }
                },
            },
            "responses": {
                "200": _json(_ref("AppendResult"), "Nothing new: every event was already recorded."),
                "201": _json(_ref("AppendResult"), "Recorded."),
                "400": _error("The body is not JSON, or holds no event."),
                "401": _error("The token is missing or wrong."),
                "403": _error("The server takes no writes (started without a token)."),
                "413": _error("The body is over 32 MiB (the input limit of every door)."),
                "422": _error("An event is invalid or breaks a rule; nothing was written."),
                "503": E503,
            },
        }
    }
    paths = {
        "/api/v1/orgs": _read(
            "The organizations in the store", "igo orgs --json", [], _array(_ref("OrgSummary")), found=False
        ),
        "/api/v1/orgs/{org}/state": _read(
            "The state of an organization as of a day",
            "igo state ORG --as-of DAY --known-at T --json",
            [
                _ORG,
                _query(
                    "as_of",
                    PERIOD,
                    "Valid time: a day (YYYY-MM-DD; also 'today', the default), a month (YYYY-MM) or a "
                    "year (YYYY). A period's answer is a PeriodState.",
                    example="2013-03-01",
                ),
                _KNOWN_AT,
            ],
            {"anyOf": [_ref("State"), _ref("PeriodState")]},
        ),
        "/api/v1/orgs/{org}/history": _read(
            "The events in valid-time order",
            "igo history ORG --party P --office O --from DAY --to DAY --known-at T --json",
            [
                _ORG,
                _query(
                    "party",
                    STR,
                    "Only events in which this party figures (a code or any known name).",
                    example="AFG",
                ),
                _query("office", STR, "Only events about this office (its slug, title or another name)."),
                _FROM,
                _TO,
                _KNOWN_AT,
            ],
            _array(_ref("HistoryEvent")),
        ),
        "/api/v1/orgs/{org}/diff": _read(
            "What changed between two days",
            "igo diff ORG FROM TO --known-at T --json",
            [
                _ORG,
                _query(
                    "from",
                    PERIOD,
                    "The first day (a month or a year: its first day).",
                    required=True,
                    example="2012-06-01",
                ),
                _query(
                    "to",
                    PERIOD,
                    "The second day (a month or a year: its last day).",
                    required=True,
                    example="2013-01-01",
                ),
                _KNOWN_AT,
            ],
            _ref("Diff"),
        ),
        "/api/v1/orgs/{org}/intervals": _read(
            "The spans a chart draws: statuses, terms, presidencies, meetings",
            "igo intervals ORG --from DAY --to DAY --known-at T --json",
            [_ORG, _FROM, _TO, _KNOWN_AT],
            _ref("Intervals"),
        ),
        "/api/v1/orgs/{org}/batches": _read(
            "The organization's record times (its batches), oldest first, and its corrections and "
            "retractions: the steps of the page's 'as known at' control",
            "igo batches ORG --json",
            [_ORG],
            _ref("Batches"),
        ),
        "/api/v1/orgs/{org}/why": _read(
            "Why an entry of the state holds as of a day: the decisive event, then what it rests on",
            "igo why ORG --as-of DAY --known-at T (--party P | --office O | --presidency | "
            "--chair SLUG | --document D | --meeting M) --json",
            [
                _ORG,
                _query(
                    "as_of",
                    DAY,
                    "Valid-time day (YYYY-MM-DD; also 'today', the default).",
                    example="2013-03-01",
                ),
                _KNOWN_AT,
                _query("party", STR, "A party (a code or any known name).", example="AFG"),
                _query(
                    "office", STR, "An office: its slug, title or another name (an alias, a former name)."
                ),
                _query("presidency", {"type": "boolean"}, "Ask about the presidency."),
                _query("chair", STR, "A rotating chair's slug (igo establish-chair): ask about that chair."),
                _query("document", STR, "A document slug."),
                _query("meeting", STR, "A meeting's event id (or a 4+ character prefix), or a body slug."),
            ],
            _ref("Why"),
        ),
        "/api/v1/orgs/{org}/events": post,
        "/api/v1/parties/{party}/memberships": _read(
            "Every organization in which a party holds a status on a day (or may), from the index",
            "igo memberships PARTY --as-of DAY|MONTH|YEAR --known-at T --status S --json",
            [
                {
                    "name": "party",
                    "in": "path",
                    "required": True,
                    "description": "A party: a code (KAZ, x-sadr, cow:365) or any known name.",
                    "schema": STR,
                    "example": "KAZ",
                },
                _query(
                    "as_of",
                    PERIOD,
                    "Valid time: a day (YYYY-MM-DD; also 'today', the default), a month (YYYY-MM) or a "
                    "year (YYYY). A period's answer is a PeriodMemberships.",
                    example="2010-01-01",
                ),
                _KNOWN_AT,
                _query("status", STR, "Only organizations where the party holds this status."),
            ],
            {"anyOf": [_ref("Memberships"), _ref("PeriodMemberships")]},
        ),
        "/api/v1/events/{event_id}": _read(
            "One event, its record time and any corrections",
            "igo show ID --json",
            [
                {
                    "name": "event_id",
                    "in": "path",
                    "required": True,
                    "description": "The event's id or a unique prefix of at least 4 characters.",
                    "schema": STR,
                }
            ],
            _ref("EventDetail"),
        ),
        "/api/v1/schema": _read(
            "The JSON Schema of the event types",
            "igo schema [TYPE ...]",
            [
                _query(
                    "type",
                    _array({"enum": event_types}),
                    "Only these types (repeat the parameter).",
                )
                | {"style": "form", "explode": True}
            ],
            {"type": "object", "additionalProperties": {"type": "object"}},
            found=False,
        ),
        "/api/v1/openapi.json": {
            "get": {
                "summary": "This document",
                "responses": {
                    "200": {"description": "The OpenAPI document.", "content": {"application/json": {}}}
                },
            }
        },
    }
    # the history is a bare array of events: the horizon for its `to` day rides in headers
    paths["/api/v1/orgs/{org}/history"]["get"]["responses"]["200"]["headers"] = {
        "Igo-Horizon-Until": {
            "description": "With `to`: the last day the organization's sources speak for (empty: none).",
            "schema": STR,
        },
        "Igo-Beyond-Horizon": {
            "description": "With `to`: `true` when that day lies beyond the horizon, else `false`.",
            "schema": {"type": "string", "enum": ["true", "false"]},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "igo-timeline",
            "version": "1",
            "description": "The institutional history of intergovernmental organizations, as of any "
            "date and as known at any moment. Every answer is what the CLI twin prints with --json. "
            'Errors: {"error": {"rule", "message", "event", "item"}}.',
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def openapi_document() -> dict[str, Any]:
    """A fresh copy of the document (callers may change it)."""
    return copy.deepcopy(_document())
