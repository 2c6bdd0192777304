"""Fifteenth session (issue 14): ``--check`` foresees what ``--apply`` refuses, and a step of a procedure
is read under the name the store gave the party's pending procedure.

Before, ``--check`` compared candidates with stored events of the same subject only: a grant of a status
the party already held was "new", and ``--apply`` then refused it (status-already-held). Now the record's
own rules judge the new candidates against the store, as the append will. The texts and organizations
here are invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_run import igo
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.engine.timeline import Timeline
from igo_timeline.errors import IgoError
from igo_timeline.extract import extract
from igo_timeline.extract.check import check
from igo_timeline.extract.records import Candidate, importable

SRC = ["--document", "charter", "--quote", "The parties establish the Zone."]


def founded(tmp_path: Path) -> Path:
    store = tmp_path / "s.sqlite"
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2001-01-01", "--statuses", "member,observer",
        "--body", "council-of-ministers=Council of Ministers", *SRC)  # fmt: skip
    return store


def checked(store: Path, text: str, tmp_path: Path) -> list[dict[str, Any]]:
    path = tmp_path / "report.txt"
    path.write_text(text, "utf-8")
    out = igo(store, "extract", str(path), "--org", "xyz", "--check", "--format", "jsonl").stdout
    return [json.loads(line) for line in out.splitlines()]


MEETING = "Oslo, 3 March 2024 - The Council of Ministers of the Xylo Yard Zone met in Oslo on 3 March 2024. "
GRANT = MEETING + "The Council decided to grant Iceland the status of observer."
STEP = (
    MEETING
    + "The Council signed the Memorandum of Obligations of Iceland for obtaining the status of a member."
)


# ---- --check says what --apply will refuse ----


def test_a_grant_of_a_status_already_held_is_a_conflict_for_check_as_for_apply(tmp_path: Path) -> None:
    store = founded(tmp_path)
    igo(store, "grant", "xyz", "ISL", "observer", "--on", "2010-01-01", "--document", "d", "--quote", "q")
    rows = checked(store, GRANT, tmp_path)
    grant = next(r for r in rows if r["event"]["type"] == "StatusGranted")
    assert grant["check"] == "conflicting"
    assert grant["detail"].startswith("status-already-held:") and "ISL" in grant["detail"]
    assert grant["match"]  # the stored grant it breaks against
    out = igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply", code=1)
    assert "1 conflicting" in out.stderr and "status-already-held" in out.stderr
    # --skip-conflicts applies the rest: the meeting, not the grant
    igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply", "--skip-conflicts")
    again = checked(store, GRANT, tmp_path)
    assert [r["check"] for r in again] == ["recorded", "conflicting"]


def test_a_grant_the_store_does_not_hold_stays_new_and_applies(tmp_path: Path) -> None:
    store = founded(tmp_path)
    rows = checked(store, GRANT, tmp_path)
    assert [r["check"] for r in rows] == ["new", "new"]
    igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply")


def test_a_step_of_no_pending_procedure_is_a_conflict_for_check(tmp_path: Path) -> None:
    store = founded(tmp_path)
    rows = checked(store, STEP, tmp_path)
    step = next(r for r in rows if r["event"]["type"] == "ProcedureStepTaken")
    assert step["check"] == "conflicting" and step["detail"].startswith("no-such-procedure:")


# ---- a step read as one of the procedure the party has pending ----


def launch(store: Path, procedure: str, on: str) -> None:
    igo(store, "launch", "xyz", "ISL", "--procedure", procedure, "--on", on, "--status", "member",
        "--document", "d", "--quote", f"Iceland applies ({procedure}).")  # fmt: skip


def test_a_step_is_of_the_one_procedure_the_party_has_pending(tmp_path: Path) -> None:
    store = founded(tmp_path)
    launch(store, "accession", "2020-05-01")
    rows = checked(store, STEP, tmp_path)
    step = next(r for r in rows if r["event"]["type"] == "ProcedureStepTaken")
    assert step["event"]["procedure"] == "accession" and step["check"] == "new"
    assert "'accession' procedure ISL has pending" in step["event"]["note"]
    igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply")


def test_a_step_keeps_its_name_when_that_procedure_is_pending_or_when_several_are(tmp_path: Path) -> None:
    store = founded(tmp_path)
    launch(store, "admission", "2020-05-01")
    launch(store, "accession", "2021-05-01")
    step = next(r for r in checked(store, STEP, tmp_path) if r["event"]["type"] == "ProcedureStepTaken")
    assert step["event"]["procedure"] == "admission" and step["check"] == "new"


def test_a_step_before_the_launch_is_not_read_as_of_that_procedure(tmp_path: Path) -> None:
    store = founded(tmp_path)
    launch(store, "accession", "2025-01-01")  # launched after the text's day
    step = next(r for r in checked(store, STEP, tmp_path) if r["event"]["type"] == "ProcedureStepTaken")
    assert step["event"]["procedure"] == "admission" and step["check"] == "conflicting"


# ---- the law: what --check calls new, with nothing blocking, appends ----

PARTIES = ["ISL", "IRL", "NOR"]
DAYS = ["2010-01-01", "2015-06-01", "2020-03-03"]


def _grant(party: str, status: str, day: str, n: int) -> dict[str, Any]:
    return {
        "type": "StatusGranted", "org": "xyz", "party": party, "status": status, "effective": day,
        "source": {"document": f"d{n}", "quote": f"{party} is granted {status}."},
    }  # fmt: skip


def _withdrawn(party: str, day: str, n: int) -> dict[str, Any]:
    return {
        "type": "StatusWithdrawn", "org": "xyz", "party": party, "effective": day,
        "source": {"document": f"d{n}", "quote": f"{party} leaves."},
    }  # fmt: skip


ACTS = st.tuples(
    st.sampled_from(["grant-member", "grant-observer", "withdraw"]),
    st.sampled_from(PARTIES),
    st.sampled_from(DAYS),
)


def _event(act: tuple[str, str, str], n: int) -> dict[str, Any]:
    kind, party, day = act
    return _withdrawn(party, day, n) if kind == "withdraw" else _grant(party, kind.split("-")[1], day, n)


def _accepted(records: list[Any], batch: list[dict[str, Any]]) -> bool:
    with Timeline("memory:") as trial:
        trial.append([r.event for r in records])
        try:
            trial.append(batch)
        except IgoError:
            return False
    return True


@settings(max_examples=40, deadline=None)
@given(stored=st.lists(ACTS, max_size=4), candidates=st.lists(ACTS, min_size=1, max_size=3))
def test_what_check_calls_new_appends_and_a_rules_conflict_does_not(
    stored: list[tuple[str, str, str]], candidates: list[tuple[str, str, str]]
) -> None:
    """The new candidates together are accepted by the record's rules (what ``--apply --skip-conflicts``
    appends); a lone candidate ``check`` calls conflicting for a rule is refused."""
    with Timeline("memory:") as tl:
        tl.append([{"type": "OrganizationFounded", "org": "xyz", "name": "Xylo Yard Zone",
                    "founded": "2001-01-01", "statuses": ["member", "observer"],
                    "source": {"document": "charter", "quote": "The parties establish the Zone."}}])  # fmt: skip
        for i, act in enumerate(stored):
            try:
                tl.append([_event(act, i)])
            except IgoError:
                pass  # a history the rules refuse is not stored: the store stays consistent
        records = tl.records("xyz")
    cands = [Candidate("event", _event(act, 100 + i)) for i, act in enumerate(candidates)]
    verdicts = check(cands, records)
    new = [importable(v.candidate.event) for v in verdicts if v.verdict == "new"]
    if new:
        assert _accepted(records, new), ([r.event.summary() for r in records], new)
    (only,) = verdicts if len(verdicts) == 1 else (None,)
    if (
        only is not None
        and only.verdict == "conflicting"
        and only.detail
        and only.detail.split()[0].endswith(":")
    ):
        assert not _accepted(records, [importable(only.candidate.event)]), only.detail


# ---- the slot reader of appointments: the act, the one appointed and the office in one clause ----

APPOINTED = [
    # active, the office after "as" with the organization's possessive and an ordinal
    ("Lisbon, 4 June 2031 - The Council on Tuesday appointed Marta Okonkwo-Lind of Norway as the "
     "organization's ninth Secretary General.", "Marta Okonkwo-Lind", "secretary-general"),
    # passive, an apposition between the name and the verb, a weekday, the organization named after the office
    ("Quito, 9 March 2032 - Tomasz Reyes-Abara, a former finance minister of Chile, was elected on Friday as "
     "its 14th President.", "Tomasz Reyes-Abara", "president"),
    # the approval of a nomination
    ("Rome, 2 July 2030 - The member states approved the nomination of Ilse Varga-Moreau of Austria as "
     "the next Executive Director.", "Ilse Varga-Moreau", "executive-director"),
    # a new term given
    ("Minsk, 5 May 2033 - The council gave Oleg Marchenkov-Riis a new term as Secretary General.",
     "Oleg Marchenkov-Riis", "secretary-general"),
    # a second term, lower-case title
    ("Geneva, 8 May 2034 - The assembly elected Hanna Lindqvist-Obi of Sweden to a second five-year term as "
     "director general.", "Hanna Lindqvist-Obi", "director-general"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "office"), APPOINTED)
def test_an_appointment_told_in_the_genres_shapes_is_read(text: str, person: str, office: str) -> None:
    found = [c for c in extract(text, "xyz", "d") if c.type == "OfficialAppointed"]
    assert [(c.event["person"], c.event["office"]) for c in found] == [(person, office)]
    src = found[0].event["source"]
    assert text[src["start"] : src["end"]] == src["quote"] and person in src["quote"]


NOT_APPOINTED = [
    # a state's office
    "Lima, 3 May 2031 - The congress elected Tomasz Reyes-Abara as President of Peru.",
    # a relative clause tells a past election in passing
    "Lisbon, 4 June 2031 - Marta Okonkwo-Lind, who was appointed Secretary General in 2027, opened the meeting.",
    # not done: a wish, a plan
    "Lisbon, 4 June 2031 - The ministers would like to see Marta Okonkwo-Lind confirmed as Secretary General.",
    "Lisbon, 4 June 2031 - The Council is expected to name Marta Okonkwo-Lind as its next Secretary General.",
]


@pytest.mark.parametrize("text", NOT_APPOINTED)
def test_no_appointment_from_a_states_office_a_past_one_or_one_not_done(text: str) -> None:
    assert [c.event["person"] for c in extract(text, "xyz", "d") if c.type == "OfficialAppointed"] == []


def test_the_first_month_told_after_the_appointment_by_who_they_replace() -> None:
    text = (
        "Rome, 6 May 2031 - Kenyan economist Amara Wanjiru-Holt has been appointed the new executive director "
        "of the Grain Reserve Programme, the agency said on Tuesday.\n\nMs Wanjiru-Holt, 58, who will replace "
        "Pieter Osei-Lund in June, said she was honoured."
    )
    found = [c for c in extract(text, "xyz", "d") if c.type == "OfficialAppointed"]
    assert [(c.event["person"], c.event["term"]) for c in found] == [("Amara Wanjiru-Holt", "2031-06/..")]


def test_a_predecessors_first_day_is_not_the_new_terms() -> None:
    text = (
        "Rome, 6 May 2031 - Kenyan economist Amara Wanjiru-Holt has been appointed the new executive director "
        "of the Grain Reserve Programme.\n\nMs Wanjiru-Holt will replace Pieter Osei-Lund, who took office on "
        "1 March 2026."
    )
    terms = [c.event.get("term") for c in extract(text, "xyz", "d") if c.type == "OfficialAppointed"]
    assert len(terms) == 1 and not str(terms[0]).startswith("2026-03-01"), terms


# ---- the slot reader of handovers ----

HANDED = [
    # the receiver as the subject, by its adjective; the giver after "from" is not the receiver
    ("Dakar, 14 March 2031 - Senegalese President Awa Ndiaye-Kross on Saturday took over the rotating "
     "chairmanship of the organization from Ghana's Kofi Mensah-Oduro.", "SEN", "2031-03-08"),
    # the organization's chair, possessive, a state as the subject
    ("Ankara, 9 April 2031 - Peru took over the organization's chair from Chile for the next two years.",
     "PER", "2031-04-09"),
    # the giver as the subject, the baton passed to a state
    ("Addis Ababa, 3 February 2031 - Kenyan President Omondi Walsh-Otieno on Sunday passed the baton to Egypt.",
     "EGY", "2031-02-02"),
    # a succession as head of the organization
    ("Cotonou, 18 June 2031 - Benin's President Koffi Adjovi-Lund succeeded Nigeria's Ada Okafor-Berg on Tuesday "
     "as head of the organization.", "BEN", "2031-06-17"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "receiver", "day"), HANDED)
def test_a_handover_told_in_the_genres_shapes_is_read(text: str, receiver: str, day: str) -> None:
    found = [c for c in extract(text, "xyz", "d") if c.type == "PresidencyHandedOver"]
    assert [(c.event["to_party"], c.event["effective"]) for c in found] == [(receiver, day)]


NOT_HANDED = [
    # a body's chair, not the organization's
    "Dakar, 14 March 2031 - Senegal took over the chairmanship of the Standing Committee from Ghana.",
    # history: a pluperfect
    "Dakar, 14 March 2031 - Ghana had taken over the organization's chair from Chile in 2029.",
    # not done
    "Dakar, 14 March 2031 - Senegal is expected to take over the chairmanship from Ghana.",
]


@pytest.mark.parametrize("text", NOT_HANDED)
def test_no_handover_of_a_bodys_chair_of_history_or_not_done(text: str) -> None:
    assert [c.event["to_party"] for c in extract(text, "xyz", "d") if c.type == "PresidencyHandedOver"] == []


# ---- round 1's misses read (fifteenth session): classes, each with its own sentences ----


def _meeting(text: str, org: str = "xyz") -> dict[str, Any]:
    return next(c.event for c in extract(text, org, "d") if c.type == "MeetingHeld")


def test_a_town_of_under_15000_inhabitants_has_its_state() -> None:
    """The gazetteer's towns of 5,000 inhabitants and more: Iqaluit (about 7,700) is Canada's."""
    meeting = _meeting("Iqaluit, 24 April 2031 - The Council of Ministers of the Zone met today in Iqaluit.")
    assert (meeting["place"], meeting["host"]) == ("Iqaluit", "CAN")


def test_a_towns_own_hall_is_the_town() -> None:
    meeting = _meeting(
        "Oslo, 15 May 2031 - The Council of Ministers of the Zone met today in the City Hall of Kiruna."
    )
    assert (meeting["place"], meeting["host"]) == ("Kiruna", "SWE")


def test_a_list_under_a_participants_heading_with_state_labels() -> None:
    text = (
        "New York, 21 September 2031 - The foreign ministers of the Zone met in New York on 21 September 2031.\n"
        "Participants\n"
        "- Brazil: Represented by Foreign Minister Aloisio Teles-Moura.\n"
        "- India: External Affairs Minister Rhea Kapoor-Sethi.\n"
        "- Russia: Foreign Minister Pavel Orlov-Grant.\n"
    )
    got = {(p["person"], p.get("party")) for p in _meeting(text)["participants"]}
    assert got == {("Aloisio Teles-Moura", "BRA"), ("Rhea Kapoor-Sethi", "IND"), ("Pavel Orlov-Grant", "RUS")}


def test_sectoral_ministers_who_attended_the_organizations_meeting_are_their_own_sitting() -> None:
    text = (
        "Delhi, 28 April 2031 - The Defence Ministers of India, Russia, China and other countries attended the "
        "Zone meeting on Friday and discussed regional security."
    )
    meeting = _meeting(text)
    assert meeting["body"] == "defence-ministers-meeting" and meeting["date"] == "2031-04-25"


def test_a_news_agency_is_no_participant() -> None:
    text = (
        "Istanbul, 21 June 2031 - The foreign ministers of the Zone met in Istanbul today. According to Turkey's "
        "Anadolu Agency, around 40 officials are participating in the two-day session."
    )
    assert _meeting(text)["participants"] == []


def test_a_candidate_who_withdrew_is_no_states_withdrawal() -> None:
    text = (
        "Geneva, 26 May 2031 - The members of the Zone appointed Ana Ruiz-Blom as the next Director-General. "
        "Earlier, Carlos Perez-Lund of Uruguay, the last remaining rival, withdrew."
    )
    assert [c for c in extract(text, "xyz", "d") if c.type == "WithdrawalNotified"] == []


def test_an_office_held_before_told_in_an_apposition_is_not_the_office_given() -> None:
    text = (
        "Geneva, 26 May 2031 - The members of the Zone today appointed Pierre Lamotte-Diaz, the former European "
        "Commissioner for Trade, as the organisation's next Director-General."
    )
    found = [c.event["office"] for c in extract(text, "xyz", "d") if c.type == "OfficialAppointed"]
    assert found == ["director-general"]


def test_an_office_named_after_according_to_is_the_sources_not_the_one_given() -> None:
    text = (
        "Semarang, 22 August 2031 - Semarang was picked as host for its infrastructure, according to Director "
        "General of Trade Negotiations Budi Santoso-Lim."
    )
    assert [c for c in extract(text, "xyz", "d") if c.type == "OfficialAppointed"] == []


def test_the_leaders_of_four_states_and_more_at_the_organizations_sitting_are_its_summit() -> None:
    text = (
        "OSAKA, June 28, 2031 (Newswire) -- Leaders of Brazil, Russia, India, China and South Africa held their "
        "customary informal meeting here on Friday. The XYZ leaders agreed to meet again in Brasilia."
    )
    meeting = _meeting(text)
    assert (meeting["body"], meeting["date"]) == ("summit", "2031-06-27")


def test_the_leaders_of_two_states_are_their_own_meeting() -> None:
    text = (
        "OSAKA, June 28, 2031 (Newswire) -- The prime ministers of India and Pakistan met here on Friday on the "
        "sidelines of the Zone summit."
    )
    assert [c for c in extract(text, "xyz", "d") if c.type == "MeetingHeld"] == []


def test_a_small_town_of_a_short_name_is_no_reading_of_a_word() -> None:
    """With the towns of 5,000 and more, "As" (Czechia's Aš) and "Sal" (Jordan's Sāl) would read a word or an
    island as a town: a town under 15,000 needs a name of five letters or more (a capital keeps any)."""
    from igo_timeline.extract.places import city

    assert city("As") is None and city("Sal") is None
    assert city("Iqaluit") == ("Iqaluit", "CAN") and city("Vaduz") == ("Vaduz", "LIE")
    meeting = _meeting(
        "Praia, 18 July 2031 - The summit of the Zone ended on Wednesday in Santa Maria, on the island of Sal, after "
        "two days of work."
    )
    assert meeting.get("place") != "Sal"
