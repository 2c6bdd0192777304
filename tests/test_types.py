"""Each decision type has one home: the facts it feeds, its index groups, its words, its slides.

A type declares what it changes (``FACTS``, fields of the facts the state is
read from); the index derives the groups of rows it bears on from that, so a
type that declares nothing is an error rather than a silent empty set. The
declaration is held to the fold: removing a decision from a history changes
no facts but those its type declares.
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from conftest import ev, founding
from hypothesis import given
from hypothesis import strategies as st
from test_index import EXTRAS
from test_properties import histories

import igo_timeline
from igo_timeline.events.models import DECISION_TYPES, EVENT_TYPES, EventBase, parse_event
from igo_timeline.index.rows import GROUPS_OF_FACT, groups_of
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import Facts, build_facts

# one event of every decision type (a new type must add its own, and so declare its home)
SAMPLES = {
    "OrganizationFounded": founding(),
    "OrganizationDissolved": ev("OrganizationDissolved", effective="2025-01-01"),
    "StatusGranted": ev("StatusGranted", party="IND", status="observer", effective="2005"),
    "StatusWithdrawn": ev("StatusWithdrawn", party="IND", effective="2006"),
    "StatusUnknown": ev("StatusUnknown", party="IND", effective="2007"),
    "OfficeEstablished": ev("OfficeEstablished", office="treasurer", name="Treasurer"),
    "BodyEstablished": ev("BodyEstablished", body="bank", name="Bank", effective="2010"),
    "BodyPlanned": ev("BodyPlanned", body="fund", name="Fund", date="2009"),
    "OfficialAppointed": ev(
        "OfficialAppointed", office="secretary-general", person="A", term="2004-01-01/2006-12-31"
    ),
    "OfficeVacated": ev("OfficeVacated", office="secretary-general", person="A", effective="2005-06-01"),
    "PresidencyHandedOver": ev("PresidencyHandedOver", to_party="KAZ", effective="2004-06-15"),
    "MeetingHeld": ev("MeetingHeld", body="summit", date="2004-06-15"),
    "MeetingScheduled": ev("MeetingScheduled", body="summit", host="RUS", date="2005"),
    "ProcedureLaunched": ev("ProcedureLaunched", party="IRN", procedure="admission", date="2008"),
    "DocumentAdopted": ev(
        "DocumentAdopted", document="charter", title="Charter", kind="charter", adopted_on="2002"
    ),
    "AgreementSigned": ev("AgreementSigned", document="trade", title="Trade", signed_on="2003"),
    "DocumentEnteredIntoForce": ev("DocumentEnteredIntoForce", document="trade", effective="2004"),
    "PositionStated": ev("PositionStated", topic="Peace", statement="For it.", date="2004"),
}
FACT_FIELDS = {f.name for f in dataclasses.fields(Facts)}


def test_every_decision_type_has_a_sample_here():
    assert set(SAMPLES) == {cls.__name__ for cls in DECISION_TYPES}


@pytest.mark.parametrize("cls", DECISION_TYPES, ids=lambda c: c.__name__)
def test_every_decision_type_declares_its_home(cls: type[EventBase]):
    assert "FACTS" in vars(cls), f"{cls.__name__} declares no FACTS"
    assert cls.FACTS is not None
    assert cls.FACTS <= FACT_FIELDS, cls.FACTS - FACT_FIELDS
    assert "TIMELINE_GROUP" in vars(cls) and cls.TIMELINE_GROUP
    assert "summary" in vars(cls), f"{cls.__name__} has no one-line summary of its own"
    event = parse_event(SAMPLES[cls.__name__])
    groups = groups_of(event)
    assert groups is None or groups == set() == set(cls.FACTS) or groups, cls.__name__
    assert event.summary() and event.headline()


def test_every_field_of_the_facts_names_its_index_groups():
    assert set(GROUPS_OF_FACT) == FACT_FIELDS


def test_a_type_without_a_declaration_is_refused_not_an_empty_set():
    class Undeclared(EventBase):
        type: str = "Undeclared"

    with pytest.raises(TypeError, match="does not declare"):
        groups_of(Undeclared.model_construct(org="org", type="Undeclared"))


def test_the_unions_are_built_from_the_one_tuple():
    names = {cls.__name__ for cls in DECISION_TYPES}
    assert {cls.__name__ for cls in EVENT_TYPES} == names | {"EventCorrected", "EventRetracted"}
    for name, data in SAMPLES.items():
        assert type(parse_event(data)).__name__ == name
        # a correction carries any decision: the union it reads is the same tuple's
        fixed = parse_event(
            {"type": "EventCorrected", "org": "org", "target": "x" * 8, "event": data, "reason": "r"}
        )
        assert type(fixed.event).__name__ == name  # type: ignore[attr-defined]


def _facts_of(events: list[EventBase]) -> Facts:
    import datetime as dt

    records = [Record(e, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), i) for i, e in enumerate(events)]
    return build_facts(decisions(effective_events(records)))


@given(histories(), st.lists(st.sampled_from([*EXTRAS, *SAMPLES.values()]), max_size=5), st.data())
def test_a_decision_changes_only_the_facts_its_type_declares(history, extras, data):
    events = [parse_event(e) for e in [*history, *extras]]
    whole = _facts_of(events)
    i = data.draw(st.integers(1, len(events) - 1))  # any but the founding (it declares all)
    without = _facts_of(events[:i] + events[i + 1 :])
    changed = {f for f in FACT_FIELDS if getattr(whole, f) != getattr(without, f)}
    assert changed <= type(events[i]).FACTS, (events[i].type, changed)


# -- the import graph: the index reads the store through its adapter, never through the engine
PACKAGE = Path(igo_timeline.__file__).parent


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
    return found


def test_the_index_depends_on_the_store_adapter_not_on_the_engine():
    for path in sorted((PACKAGE / "index").glob("*.py")):
        for module, names in _imports(path):
            if module.startswith("igo_timeline.engine"):
                assert module == "igo_timeline.engine.store", f"{path.name} imports {module}"
            if module.startswith("igo_timeline."):
                private = [n for n in names if n.startswith("_")]
                assert not private, f"{path.name} imports private names {private} from {module}"


def test_the_engine_reaches_the_index_only_when_asked():
    # no import at module level: the engine opens the index lazily, the index never the engine
    tree = ast.parse((PACKAGE / "engine" / "timeline.py").read_text())
    top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert not [
        n for n in top if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("igo_timeline.index")
    ]
