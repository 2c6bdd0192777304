"""The incremental check of an append (issue 16): a batch about parties is checked on the decisions
that bear on them, read from the index, and gets the same verdict as the whole history's check.

The reference is the engine's own whole-history check (``Timeline._check`` on the stream replayed
whole); the incremental one is ``Timeline._check`` on the stream ``Timeline._scoped`` reads. Random
histories of every kind the rules know (statuses, unknown statuses, conditions, notices,
procedures, reforms, chairs with fixed terms and vacancies, offices, renames, meetings, corrections
and retractions, a continuation's carried-over events) are built through the engine, a batch at a time, with the index sometimes current
and sometimes behind the stream; before each batch about parties, both checks must accept it or
refuse it with the same rule, detail, event and item.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from conftest import ev, founding, grant, handover, withdraw
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_properties import DATES

from igo_timeline import RuleViolation, Timeline
from igo_timeline.engine import timeline as timeline_module
from igo_timeline.engine.rules import party_scope, violations
from igo_timeline.errors import InvalidInput
from igo_timeline.projections.effective import decisions, effective_events

FOUNDERS = ("CHN", "KAZ", "RUS")
PARTIES = (*FOUNDERS, "IND", "IRN", "MNG", "SUN")
STATUSES = ("member", "observer", "dialogue_partner", "partner")  # partner: only after the reform
CONDITIONS = ("suspended", "excluded", "withdrawal_notified", "nonsense")
PROCEDURES = ("admission", "withdrawal")


def _founding() -> dict[str, Any]:
    return founding(conditions=["excluded"])


def party_event(draw: st.DrawFn) -> dict[str, Any]:
    party = draw(st.sampled_from(PARTIES))
    date = draw(st.sampled_from(DATES))
    kind = draw(
        st.sampled_from(
            [
                "grant",
                "grant",
                "withdraw",
                "unknown",
                "impose",
                "lift",
                "notify",
                "launch",
                "step",
                "conclude",
            ]
        )
    )
    if kind == "grant":
        return grant(party, draw(st.sampled_from(STATUSES)), date)
    if kind == "withdraw":
        return withdraw(party, date)
    if kind == "unknown":
        return ev("StatusUnknown", party=party, effective=date)
    if kind == "impose":
        until = draw(st.one_of(st.none(), st.sampled_from(DATES)))
        return ev(
            "ConditionImposed",
            party=party,
            condition=draw(st.sampled_from(CONDITIONS[:2])),
            effective=date,
            **({"until": until} if until else {}),
        )
    if kind == "lift":
        return ev("ConditionLifted", party=party, condition=draw(st.sampled_from(CONDITIONS)), effective=date)
    if kind == "notify":
        takes = draw(st.one_of(st.none(), st.sampled_from(DATES)))
        return ev(
            "WithdrawalNotified", party=party, effective=date, **({"takes_effect": takes} if takes else {})
        )
    procedure = draw(st.sampled_from(PROCEDURES))
    if kind == "launch":
        status = draw(st.one_of(st.none(), st.sampled_from(STATUSES)))
        return ev(
            "ProcedureLaunched",
            party=party,
            procedure=procedure,
            date=date,
            **({"status": status} if status else {}),
        )
    if kind == "step":
        return ev("ProcedureStepTaken", party=party, procedure=procedure, step="memorandum signed", date=date)
    return ev(
        "ProcedureConcluded",
        party=party,
        procedure=procedure,
        outcome=draw(st.sampled_from(["rejected", "abandoned"])),
        effective=date,
    )


def other_event(draw: st.DrawFn, serial: int) -> dict[str, Any]:
    date = draw(st.sampled_from(DATES))
    kind = draw(
        st.sampled_from(["handover", "handover", "vacate", "chair", "appoint", "reform", "rename", "meeting"])
    )
    if kind == "handover":
        fields: dict[str, Any] = {}
        if draw(st.booleans()):
            fields["chair"] = "council"
        if draw(st.booleans()):
            fields["from_party"] = draw(st.sampled_from(PARTIES))
        if draw(st.booleans()) and len(date) == 10:
            fields["term"] = f"{date}/{int(date[:4]) + 1}{date[4:]}"
        return handover(draw(st.sampled_from(PARTIES)), date, **fields)
    if kind == "vacate":
        return ev("PresidencyVacated", chair=draw(st.sampled_from(["presidency", "council"])), effective=date)
    if kind == "chair":
        return ev("ChairEstablished", chair="council", name="Council chair", effective=date)
    if kind == "appoint":
        year = int(date[:4])
        return ev(
            "OfficialAppointed",
            office="secretary-general",
            person=f"Person {serial}",
            term=f"{year}/{year + 2}",
        )
    if kind == "reform":
        return ev("LadderReformed", effective=date, merged={"partner": ["observer", "dialogue_partner"]})
    if kind == "rename":
        return ev("NameChanged", effective=date, name=f"The Organization {serial}")
    return ev("MeetingHeld", body="summit", date=date)


@st.composite
def programs(draw: st.DrawFn) -> list[tuple[str, Any]]:
    """Steps: ("party", batch) / ("other", batch) / ("correct", (pick, date)) / ("retract", pick)
    / ("catch_up", None)."""
    steps: list[tuple[str, Any]] = []
    for serial in range(draw(st.integers(4, 14))):
        kind = draw(
            st.sampled_from(
                ["party", "party", "party", "other", "correct", "retract", "catch_up", "continue", "again"]
            )
        )
        if kind == "party":
            steps.append((kind, [party_event(draw) for _ in range(draw(st.integers(1, 3)))]))
        elif kind == "other":
            steps.append((kind, [other_event(draw, serial)]))
        elif kind == "correct":
            steps.append((kind, (draw(st.integers(0, 10_000)), draw(st.sampled_from(DATES)))))
        elif kind == "retract":
            steps.append((kind, draw(st.integers(0, 10_000))))
        elif kind == "again":  # an earlier batch about parties once more, with a new event or not
            earlier = [batch for k, batch in steps if k == "party"]
            if earlier:
                batch = draw(st.sampled_from(earlier))
                steps.append(("party", batch + ([party_event(draw)] if draw(st.booleans()) else [])))
        elif kind == "continue":  # the USSR continued by Russia (carried-over events, issue 12)
            steps.append((kind, draw(st.sampled_from([d for d in DATES if len(d) == 10]))))
        else:
            steps.append((kind, None))
    return steps


def verdict(tl: Timeline, stream: Any, batch: list[Any]) -> tuple[str, str, str | None, int | None] | None:
    items = {id(e): i for i, e in enumerate(batch, start=1)}
    try:
        tl._check(stream, batch, dt.datetime.now(dt.UTC), items)
    except RuleViolation as err:
        return (err.rule, str(err), err.event_id, err.item)
    return None


def _dated(event: Any, date: str) -> dict[str, Any]:
    field = type(event).VALID_FIELD
    if field == "term":
        return {"term": f"{date[:4]}/{int(date[:4]) + 1}"}
    return {field: date}


def run_program(location: str, steps: list[tuple[str, Any]]) -> int:
    """Play the steps; return how many party batches both checks judged."""
    judged = 0
    with Timeline(location) as tl:
        tl.append([_founding(), grant("IND", "observer", "2003")])
        for kind, arg in steps:
            if kind == "catch_up":
                tl.index.catch_up()
            elif kind == "party":
                batch = [tl._parse(item, i) for i, item in enumerate(arg, start=1)]
                if len({e.id for e in batch}) < len(batch) or party_scope(batch) is None:
                    continue
                carried = {p for f in tl.registry().successions for p in (*f.predecessors, *f.successors)}
                scoped = tl._scoped("org", batch, carried)
                records = tl.records("org")
                if party_scope(batch) & carried:
                    assert scoped is None  # what the continuation carries over reads the whole record
                    event("a batch about a continued party")
                    continue
                if any(e.id in {r.event.id for r in records} for e in batch):
                    # a repeat: known as recorded, with nothing added twice
                    before = len(records)
                    try:
                        result = tl.append(arg)
                    except RuleViolation:
                        continue  # what the batch adds besides breaks a rule
                    stored = {r.event.id for r in records}
                    assert set(result.known) == {e.id for e in batch if e.id in stored}
                    assert len(tl.records("org")) == before + len(result.added)
                    event("a repeat")
                    continue
                if not any(e.type == "OrganizationFounded" for e in decisions(effective_events(records))):
                    assert scoped is None  # the founding retracted: the whole record decides
                    continue
                assert scoped is not None, f"a batch about parties is checked incrementally: {arg}"
                whole = verdict(tl, tl._load("org"), batch)
                assert verdict(tl, scoped, batch) == whole, [e.type for e in batch]
                event(f"verdict: {whole[0] if whole else 'accepted'}")
                judged += 1
                try:
                    tl.append(arg)  # through the incremental check
                except RuleViolation as err:
                    assert whole is not None and (err.rule, str(err)) == whole[:2]
                else:
                    assert whole is None
            elif kind == "continue":
                fact = {
                    "kind": "continuation",
                    "predecessors": ["SUN"],
                    "successors": ["RUS"],
                    "effective": arg,
                }
                try:
                    tl.succession(fact)
                except (RuleViolation, InvalidInput):
                    pass
                else:
                    event("a continuation recorded")
            elif kind in ("correct", "retract"):
                records = [
                    r for r in tl.records("org") if r.event.type not in ("EventCorrected", "EventRetracted")
                ]
                target = records[(arg[0] if kind == "correct" else arg) % len(records)].event
                try:
                    if kind == "correct":
                        tl.correct(target.id or "", _dated(target, arg[1]), "a test correction")
                    else:
                        tl.retract(target.id or "", "a test retraction")
                except RuleViolation:
                    pass
            else:
                try:
                    tl.append(arg)
                except RuleViolation:
                    pass
        # every batch was checked, incrementally or whole: the history breaks no rule
        assert violations(decisions(effective_events(tl.records("org")))) == []
    return judged


@settings(
    deadline=None,
    max_examples=int(os.environ.get("IGO_SCOPE_EXAMPLES", "60")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(programs())
def test_the_incremental_check_gives_the_whole_histories_verdict(steps: list[tuple[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        run_program(str(Path(folder) / "s.sqlite"), steps)


def test_a_grant_reads_neither_the_whole_stream_nor_the_whole_index(
    shared_store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = shared_store
    history = [
        _founding(),
        *(grant(p, "observer", f"{2002 + k}") for k, p in enumerate(("IND", "IRN", "MNG"))),
    ]
    with Timeline(location) as tl:
        tl.append(history)
        tl.index.catch_up()
    loads: list[str] = []
    original = timeline_module.Timeline._load
    monkeypatch.setattr(
        timeline_module.Timeline, "_load", lambda self, slug: (loads.append(slug), original(self, slug))[1]
    )
    with Timeline(location) as tl:
        tl.append([grant("PAK", "observer", "2010")])  # the index current
        tl.append(
            [grant("AFG", "observer", "2011")]
        )  # the index one batch behind: read from the stream's end
        with pytest.raises(RuleViolation, match="status-already-held"):
            tl.append([grant("PAK", "observer", "2012")])
        assert loads == []
        assert tl.index.position() < tl.position()  # the appends did not bring the index up to date
        tl.retract(tl.records("org")[-1].event.id or "", "a test")  # a retraction: the whole record
        assert loads
    with Timeline(location) as tl:
        state = tl.state("org", dt.date(2020, 1, 1))
    assert {e.party for e in state.statuses["observer"]} == {"IND", "IRN", "MNG", "PAK"}


def test_a_repeat_is_known_without_reading_the_stream(
    shared_store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = shared_store
    with Timeline(location) as tl:
        tl.append([_founding(), grant("PAK", "observer", "2009")])
        tl.index.catch_up()
    loads: list[str] = []
    original = timeline_module.Timeline._load
    monkeypatch.setattr(
        timeline_module.Timeline, "_load", lambda self, slug: (loads.append(slug), original(self, slug))[1]
    )
    with Timeline(location) as tl:
        again = tl.append([grant("PAK", "observer", "2009")])
        assert (again.added, len(again.known)) == ([], 1)
        mixed = tl.append([grant("PAK", "observer", "2009"), grant("AFG", "observer", "2010")])
        assert (len(mixed.added), mixed.known) == (1, again.known)
        # a repeat of what the index has not applied yet (read from the stream's end)
        assert tl.index.position() < tl.position()
        tail = tl.append([grant("AFG", "observer", "2010")])
        assert (tail.added, tail.known) == ([], mixed.added)
        assert loads == []
        # the same id with other content: the whole record judges it (an id clash)
        clash = {**grant("IRN", "observer", "2011"), "id": again.known[0]}
        with pytest.raises(RuleViolation, match="id-clash"):
            tl.append([clash])
        assert loads
        assert len(tl.records("org")) == 3


def test_a_writer_in_between_makes_the_append_check_again(
    shared_store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save is conditional on the version the check read: another writer's grant in between
    makes the append read again, and the same grant is then a repeat of a status held."""
    location = shared_store
    with Timeline(location) as tl:
        tl.append([_founding()])
        tl.index.catch_up()
    original = timeline_module.Timeline._scoped
    calls: list[int] = []

    def racing(self: Timeline, slug: str, batch: list[Any], carried: Any = ()) -> Any:
        out = original(self, slug, batch, carried)
        calls.append(1)
        if len(calls) == 1:
            with Timeline(location) as other:
                other.append([grant("PAK", "observer", "2009")])
        return out

    monkeypatch.setattr(timeline_module.Timeline, "_scoped", racing)
    with Timeline(location) as tl, pytest.raises(RuleViolation, match="status-already-held"):
        tl.append([grant("PAK", "observer", "2010")])
    assert len(calls) == 3  # the append's read, the other writer's, the append's read again
    with Timeline(location) as tl:
        assert [r.event.type for r in tl.records("org")] == ["OrganizationFounded", "StatusGranted"]


def test_an_encrypted_store_checks_whole_without_building_its_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An encrypted store's index lives in each process: an append does not build it to read it."""
    monkeypatch.setenv("IGO_CIPHER_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
    location = str(tmp_path / "s.sqlite")
    with Timeline(location) as tl:
        tl.append([_founding()])
    with Timeline(location) as tl:
        tl.append([grant("PAK", "observer", "2010")])
        assert tl.index.position() == 0
        tl.index.catch_up()
        tl.append([grant("AFG", "observer", "2011")])  # now it is there: read from it
        with pytest.raises(RuleViolation, match="status-already-held"):
            tl.append([grant("AFG", "observer", "2012")])
