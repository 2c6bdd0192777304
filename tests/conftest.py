"""Shared fixtures: event builders and a timeline on every backend."""

from __future__ import annotations

from collections.abc import Iterator
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


BACKENDS = ["memory", "sqlite"]


@pytest.fixture(params=BACKENDS, ids=BACKENDS)
def timeline(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Timeline]:
    location = "memory:" if request.param == "memory" else str(tmp_path / "store.sqlite")
    with Timeline(location) as t:
        yield t
