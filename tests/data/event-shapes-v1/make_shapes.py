"""How events.jsonl.gz of this folder was made (kept so a later release can see it).

Run once, with the models as they stood before they were factored into mixins (December 2026):

    PYTHONPATH=. python tests/data/event-shapes-v1/make_shapes.py tests/data/event-shapes-v1

Never run it again into this folder: tests/test_event_shapes.py checks that *later* models
give every event recorded here the same id and the same JSON, key for key and in the same
order. Regenerating the file with a later release would test nothing. (The script refuses
to overwrite the file.)

One line per event, ``{"in": ..., "dump": ...}``:

- every event the ``igo`` command stores for ``igo import --bundled sco`` and
  ``igo import-cow tests/data/cow/cow_igo_v3_igo_year_excerpt.csv`` (``in``: the payload
  exactly as stored, id included);
- for each decision type, an event with every optional field filled and one with none
  (test data: the org ``shapes``, a test document, no fact about the world), so the fields
  that neither chronicle fills (``carried_over``, ``since``, ``continues``, a chair's
  ``term``, aliases, ...) are held too;

``dump``: ``model_dump_json()`` of the parsed event (every field, nulls included).
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from igo_timeline import Timeline, parse_event
from igo_timeline.cli import main

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
COW_EXCERPT = REPO / "tests" / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"

SRC = {"document": "test-doc", "quote": "the words that support it"}
FULL_SRC = {
    **SRC,
    "locator": "p. 1",
    "inferred": True,
    "confidence": "single source",
    "note": "a caveat",
    "title": "A test document",
    "url": "https://example.org/test-doc",
    "published": "2020-01-02",
    "start": 0,
    "end": 25,
}


def ev(type_: str, **fields: Any) -> dict[str, Any]:
    return {"type": type_, "org": "shapes", "source": dict(SRC), **fields}


def full(type_: str, **fields: Any) -> dict[str, Any]:
    """Every optional field filled, the common ones too."""
    return {
        **ev(type_, **fields),
        "source": dict(FULL_SRC),
        "more_sources": [dict(SRC)],
        "note": "a note",
    }


CARRIED = {"carried_over": "succession-0001", "since": "2001-06-15"}

SAMPLES: list[dict[str, Any]] = [
    ev("OrganizationFounded", name="Shapes", founded="2001-06-15", statuses=["member"]),
    full(
        "OrganizationFounded",
        name="Shapes",
        founded="2001-06-15",
        founders=["CHN", "KAZ"],
        statuses=["member", "observer"],
        offices={"secretary-general": "Secretary-General"},
        bodies={"summit": "Summit"},
        headquarters="Somewhere",
        conditions=["excluded_from_participation"],
        blocks_presidency=["suspended", "excluded_from_participation"],
        office_aliases={"secretary-general": ["SG", "Chief"]},
        body_aliases={"summit": ["Heads' meeting"]},
    ),
    ev("OrganizationDissolved", effective="2020-01-01"),
    full("OrganizationDissolved", effective="2020-01-01", decided_on="2019-12-01"),
    ev("StatusGranted", party="KAZ", status="member", effective="2002"),
    full(
        "StatusGranted",
        party="KAZ",
        status="member",
        effective="2002-03-04",
        decided_on="2002-01-01",
        continues="RUS",
        carried_over="succession-0001",
    ),
    ev("StatusWithdrawn", party="KAZ", effective="2003-01-01"),
    full("StatusWithdrawn", party="KAZ", effective="2003-01-01", decided_on="2002", carried_over="s-0001"),
    ev("StatusUnknown", party="KAZ", effective="2004-01-01"),
    full("StatusUnknown", party="KAZ", effective="2004-01-01"),
    ev("OfficeEstablished", office="director", name="Director"),
    full(
        "OfficeEstablished",
        office="director",
        name="Director",
        effective="2004",
        decided_on="2003",
        aliases=["Head", "Chief"],
    ),
    ev("BodyEstablished", body="council", name="Council"),
    full(
        "BodyEstablished",
        body="council",
        name="Council",
        effective="2004",
        place="Somewhere",
        decided_on="2003",
        aliases=["The Council"],
    ),
    ev("BodyPlanned", body="council", name="Council", date="2003"),
    full("BodyPlanned", body="council", name="Council", date="2003-05"),
    ev("OfficialAppointed", office="director", person="A. Person", term="2004/2006"),
    full(
        "OfficialAppointed",
        office="director",
        person="A. Person",
        nationality="KAZ",
        term="2004-01-01/2006-12-31",
        decided_on="2003-12-01",
    ),
    ev("OfficeVacated", office="director", person="A. Person", effective="2005-01-01"),
    full("OfficeVacated", office="director", person="A. Person", effective="2005-01-01", decided_on="2004"),
    ev("PresidencyHandedOver", to_party="KAZ", effective="2005-06-01"),
    full(
        "PresidencyHandedOver",
        from_party="CHN",
        to_party="KAZ",
        effective="2005-06-01",
        decided_on="2005-05-01",
        chair="ministers-chair",
        term="2005-06-01/2006-05-31",
        **CARRIED,
    ),
    ev("PresidencyVacated", effective="2006-06-01"),
    full("PresidencyVacated", chair="ministers-chair", effective="2006-06-01", decided_on="2006"),
    ev("ChairEstablished", chair="ministers-chair", name="Ministers' chair", effective="2005"),
    full(
        "ChairEstablished",
        chair="ministers-chair",
        name="Ministers' chair",
        effective="2005",
        decided_on="2004",
    ),
    ev("MeetingHeld", body="council", date="2006-06-06/2006-06-07"),
    full(
        "MeetingHeld",
        body="council",
        date="2006-06-06/2006-06-07",
        name="6th meeting",
        place="Somewhere",
        host="KAZ",
        chair={"person": "A. Person", "role": "chair", "party": "KAZ"},
        participants=[{"person": "B. Person", "role": "minister"}],
    ),
    ev("MeetingScheduled", body="council", host="KAZ", date="2007"),
    full(
        "MeetingScheduled", body="council", host="KAZ", place="Somewhere", date="2007-06", decided_on="2006"
    ),
    ev("ProcedureLaunched", party="CHN", date="2007"),
    full(
        "ProcedureLaunched",
        party="CHN",
        procedure="accession",
        status="observer",
        date="2007-02-03",
        decided_on="2007",
        carried_over="s-0001",
    ),
    ev("ConditionImposed", party="KAZ", effective="2008-01-01"),
    full(
        "ConditionImposed",
        party="KAZ",
        condition="excluded_from_participation",
        effective="2008-01-01",
        until="2008-12-31",
        decided_on="2007-12-01",
        **CARRIED,
    ),
    ev("ConditionLifted", party="KAZ", effective="2009-01-01"),
    full(
        "ConditionLifted",
        party="KAZ",
        condition="excluded_from_participation",
        effective="2009-01-01",
        decided_on="2008-12-01",
    ),
    ev("WithdrawalNotified", party="KAZ", effective="2010-01-01"),
    full(
        "WithdrawalNotified",
        party="KAZ",
        effective="2010-01-01",
        takes_effect="2011-01-01",
        decided_on="2009-12-01",
        **CARRIED,
    ),
    ev("ProcedureStepTaken", party="CHN", step="memorandum signed", date="2008"),
    full(
        "ProcedureStepTaken",
        party="CHN",
        procedure="accession",
        step="memorandum signed",
        date="2008-03",
        decided_on="2008",
    ),
    ev("ProcedureConcluded", party="CHN", outcome="rejected", effective="2009"),
    full(
        "ProcedureConcluded",
        party="CHN",
        procedure="accession",
        outcome="abandoned",
        effective="2009-04-01",
        decided_on="2009",
        carried_over="s-0001",
    ),
    ev("LadderReformed", effective="2010", added=["partner"]),
    full(
        "LadderReformed",
        effective="2010-01-01",
        merged={"partner": ["observer", "guest"]},
        added=["associate"],
        retired=["visitor"],
        conditions=["excluded_from_participation"],
        decided_on="2009",
    ),
    ev("CoverageDeclared", until="2020-12-31"),
    full("CoverageDeclared", until="2020-12-31"),
    ev("NameChanged", effective="2011", name="New Shapes"),
    full("NameChanged", effective="2011-01-01", name="Council of Shapes", body="council", decided_on="2010"),
    ev("DocumentAdopted", document="charter", title="Charter", kind="charter", adopted_on="2002"),
    full(
        "DocumentAdopted",
        document="charter-2",
        title="Charter",
        kind="charter",
        adopted_on="2002-06-07",
        in_force="2003-09-19/..",
        revises="charter",
    ),
    ev("AgreementSigned", document="treaty", title="Treaty", signed_on="2002"),
    full(
        "AgreementSigned",
        document="treaty",
        title="Treaty",
        kind="convention",
        signed_on="2002-06-07",
        place="Somewhere",
        signatories=["CHN", "KAZ"],
    ),
    ev("DocumentEnteredIntoForce", document="treaty", effective="2003"),
    full("DocumentEnteredIntoForce", document="treaty", effective="2003-09-19", until="2013-09-18"),
    ev("PositionStated", topic="a topic", statement="a statement", date="2012"),
    full("PositionStated", topic="a topic", statement="a statement", date="2012-06-07", by="heads of state"),
    {"type": "EventRetracted", "org": "shapes", "target": "abcd1234", "reason": "a mistake"},
    full("EventRetracted", target="abcd1234", reason="a mistake"),
    {
        "type": "EventCorrected",
        "org": "shapes",
        "target": "abcd1234",
        "reason": "a mistake",
        "event": full("ConditionImposed", party="KAZ", effective="2008-01-01", until="2008-12-31", **CARRIED),
    },
]


def stored_events() -> list[dict[str, Any]]:
    """What ``igo`` stores for the bundled SCO and the COW excerpt, payloads as stored."""
    out: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "shapes.sqlite")
        runner = CliRunner()
        for args in (["import", "--bundled", "sco"], ["import-cow", str(COW_EXCERPT)]):
            result = runner.invoke(main, ["--store", store, *args])
            assert result.exit_code == 0, result.output
        with Timeline(store) as t:
            for org in sorted(t.org_slugs()):
                out += [payload for _, payload in sorted(t.stored_payloads(org).items())]
    return out


def main_(folder: str) -> None:
    target = Path(folder) / "events.jsonl.gz"
    if target.exists():
        sys.exit(f"{target} exists: never regenerate it (see this script's docstring)")
    lines = []
    for item in [*stored_events(), *SAMPLES]:
        event = parse_event(json.loads(json.dumps(item)))
        lines.append(json.dumps({"in": item, "dump": event.model_dump_json()}, ensure_ascii=False))
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} events -> {target}")


if __name__ == "__main__":
    main_(sys.argv[1])
