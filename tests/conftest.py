"""Shared fixtures: event builders and a timeline on every backend."""

from __future__ import annotations

import atexit
import os
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from igo_timeline import Timeline

SRC = {"document": "test-doc", "quote": "the words that support it"}


def ev(type_: str, org: str = "org", **fields: Any) -> dict[str, Any]:
    return {"type": type_, "org": org, "source": dict(SRC), **fields}


def founding(
    org: str = "org",
    founders: tuple[str, ...] = ("CHN", "KAZ", "RUS"),
    founded: str = "2001-06-15",
    statuses: tuple[str, ...] = ("member", "observer", "dialogue_partner"),
    **fields: Any,
) -> dict[str, Any]:
    return ev(
        "OrganizationFounded",
        org,
        name=f"The {org.upper()}",
        founded=founded,
        founders=list(founders),
        statuses=list(statuses),
        offices={"secretary-general": "Secretary-General", "director": "Director"},
        bodies={"summit": "Council of Heads of State", "ministers": "Council of Ministers"},
        **fields,
    )


def grant(party: str, status: str, on: str, org: str = "org", **fields: Any) -> dict[str, Any]:
    return ev("StatusGranted", org, party=party, status=status, effective=on, **fields)


def withdraw(party: str, on: str, org: str = "org") -> dict[str, Any]:
    return ev("StatusWithdrawn", org, party=party, effective=on)


def appoint(
    person: str, term: str, office: str = "secretary-general", org: str = "org", **fields: Any
) -> dict[str, Any]:
    return ev("OfficialAppointed", org, office=office, person=person, term=term, **fields)


def handover(to: str, on: str, org: str = "org", **fields: Any) -> dict[str, Any]:
    return ev("PresidencyHandedOver", org, to_party=to, effective=on, **fields)


BACKENDS = ["memory", "sqlite", "postgres"]
# the stores that persist across processes: where multi-process and kill tests mean something
SHARED_BACKENDS = ["sqlite", "postgres"]
POSTGRES_VARIABLE = "IGO_TEST_POSTGRES"


PG_SCRIPT = Path(__file__).with_name("pg_server.sh")


def postgres_server() -> str:
    """The test server's URL: IGO_TEST_POSTGRES, or a throwaway cluster this run starts once.

    Without a server the PostgreSQL tests fail with the reason (they never skip):
    ``python -m pytest`` alone runs the whole suite on a machine with Debian's
    PostgreSQL 15 binaries, as CI does.
    """
    url = os.environ.get(POSTGRES_VARIABLE, "")
    if not url:
        folder = tempfile.mkdtemp(prefix="igo-pg-")
        try:
            started = subprocess.run(
                ["bash", str(PG_SCRIPT), "start", folder],
                capture_output=True,
                text=True,
                timeout=180,
                check=True,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
            detail = getattr(err, "stderr", "") or str(err)
            pytest.fail(
                f"could not start a throwaway PostgreSQL server with {PG_SCRIPT.name} ({detail.strip()[-300:]}); "
                f"set {POSTGRES_VARIABLE} to the URL of one instead",
                pytrace=False,
            )
        url = started.stdout.strip()
        os.environ[POSTGRES_VARIABLE] = url  # child processes of the tests use the same server
        atexit.register(subprocess.run, ["bash", str(PG_SCRIPT), "stop", folder], capture_output=True)
    return url.split("?", 1)[0]


def drop_schema(location: str) -> None:
    import psycopg

    from igo_timeline.engine.postgres import parse

    loc = parse(location)
    with psycopg.connect(
        host=loc.host, port=loc.port, user=loc.user, password=loc.password, dbname=loc.dbname, autocommit=True
    ) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{loc.schema}" CASCADE')


def make_location(backend: str, tmp_path: Any) -> str:
    """A fresh, empty store location on a backend: its own file, or its own PostgreSQL schema."""
    if backend == "memory":
        return "memory:"
    if backend == "sqlite":
        return str(tmp_path / "store.sqlite")
    return f"{postgres_server()}?schema=t_{uuid.uuid4().hex[:16]}"


def discard(location: str) -> None:
    if location.startswith("postgresql://"):
        drop_schema(location)


@pytest.fixture(params=BACKENDS, ids=BACKENDS)
def timeline(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Timeline]:
    location = make_location(request.param, tmp_path)
    with Timeline(location) as t:
        yield t
    discard(location)


@pytest.fixture(params=SHARED_BACKENDS, ids=SHARED_BACKENDS)
def shared_store(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A fresh store location that several processes can share: SQLite and PostgreSQL."""
    location = make_location(request.param, tmp_path)
    yield location
    discard(location)


# -- what igo extract found (the genre tests) ---------------------------------------------------


def extracted_meeting(found: list[Any]) -> dict[str, Any]:
    """The first meeting held among the extractor's candidates."""
    return next(c.event for c in found if c.type == "MeetingHeld")


def extracted_events(found: list[Any], kind: str) -> list[dict[str, Any]]:
    """The importable events of one type among the extractor's candidates."""
    return [c.event for c in found if c.type == kind and c.record == "event"]


def extracted_sittings(found: list[Any]) -> list[tuple[str, str | None, str | None]]:
    """(body, date, place) of every meeting held among the extractor's candidates, importable or not."""
    return [
        (c.event["body"], c.event.get("date"), c.event.get("place")) for c in found if c.type == "MeetingHeld"
    ]


def held_meetings(text: str, org: str, published: str | None = None) -> list[dict[str, Any]]:
    """The importable meetings held that ``extract`` finds in ``text``, each of its records' quotes checked to be
    ``text[start:end]``."""
    from igo_timeline.extract import extract

    rows = [c.to_json() for c in extract(text, org, "doc", published=published)]
    for row in rows:
        src = row["event"]["source"]
        assert text[src["start"] : src["end"]] == src["quote"]
    return [r["event"] for r in rows if r["record"] == "event" and r["event"]["type"] == "MeetingHeld"]


def first_meeting(text: str, org: str = "xyz") -> dict[str, Any]:
    """The first importable meeting held that ``extract`` finds in ``text`` (there must be one)."""
    from igo_timeline.extract import extract

    found = [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]
    assert found, "no meeting"
    return found[0]


def meeting_people(text: str, org: str = "xyz") -> set[tuple[str, str | None]]:
    """(person, party) of each participant of the first meeting held in ``text``."""
    return {(p["person"], p.get("party")) for p in first_meeting(text, org).get("participants", [])}


# a dated summit of a made-up organization, the Xylo Yard Zone: the sitting the decisions tests' sentences follow
XYZ_OPENING = "KUMASI, 17 August 2030 -- The summit of the Xylo Yard Zone (XYZ) was held in Kumasi on Saturday, 17 August 2030. "


def events_of(text: str, kind: str, org: str = "xyz", published: str | None = None) -> list[dict[str, Any]]:
    """The importable events of one type that ``extract`` finds in ``text`` (the XYZ by default)."""
    from igo_timeline.extract import extract

    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == kind and c.record == "event"
    ]


# the day the lead's test texts of sessions 31 on are published (14 March 2031, the day before, is a Friday)
LEAD_DAY = "2031-03-15"


def lead_meetings(text: str, org: str, published: str | None = LEAD_DAY) -> list[dict[str, Any]]:
    """``held_meetings`` of a text published on ``LEAD_DAY`` unless told otherwise."""
    return held_meetings(text, org, published)


def lead_events(kind: str, text: str, org: str, published: str | None = LEAD_DAY) -> list[dict[str, Any]]:
    """``events_of`` of one kind, the kind first, in a text published on ``LEAD_DAY`` unless told otherwise."""
    return events_of(text, kind, org, published)
