"""Decisions of ``igo extract`` (sixth-session fixer terms7): terms of office as a grammar (a first day, an end
or a length, in any order, in the appointment's sentence or in a later one about the same person), the
decision's own day told after the appointment, appointments told as an office won. Every sentence is invented
for the test (invented organizations, places and persons): no sentence of a real text or of a held-out set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.decisions import _term, term_grammar


def _appointed(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "OfficialAppointed"]


def _records(text: str, org: str = "xyz", kind: str = "OfficialAppointed") -> list[tuple[str, str | None]]:
    return [(c.record, c.kind) for c in extract(text, org, "t") if c.type == kind]


# -- the term grammar --------------------------------------------------------------------------------

NEAR = dt.date(2030, 5, 4)


@pytest.mark.parametrize(
    ("words", "term"),
    [
        ("She will start an initial four-year term on 1 January 2031.", "2031-01-01/2034-12-31"),
        ("He takes office on 1 March 2031 for four years.", "2031-03-01/2035-02-28"),
        ("She will hold the post for five years, from 1 July 2030 until the end of 2035.", "2030-07-01/2035-12-31"),
        ("The new head will be in office from 2 June 2030 to 1 June 2033.", "2030-06-02/2033-06-01"),
        ("He will serve a two-year term beginning on 1 August 2030 and running until 31 July 2032.",
         "2030-08-01/2032-07-31"),
        ("The mandate runs from 3 March 2031 until the end of June 2034.", "2031-03-03/2034-06-30"),
        ("He will serve a four-year term starting in January 2031.", "2031-01/2034-12"),
        ("Her tenure of three years commences on 15 September 2030.", "2030-09-15/2033-09-14"),
    ],
)  # fmt: skip
def test_a_term_is_a_first_day_with_an_end_or_a_length_in_any_order(words: str, term: str) -> None:
    assert _term(words, 0, NEAR)[0] == term


@pytest.mark.parametrize(
    ("words", "term"),
    [
        ("His five-year term will begin on 1 October.", "2030-10-01/2035-09-30"),
        ("She takes office on 1 January for three years.", "2031-01-01/2033-12-31"),
        ("Her mandate of two years starts in September.", "2030-09/2032-08"),
    ],
)
def test_a_first_day_without_its_year_is_read_around_the_text_and_marked(words: str, term: str) -> None:
    found, why = _term(words, 0, NEAR)
    assert found == term
    assert why is not None and "not written" in why


@pytest.mark.parametrize(
    "words",
    [
        "His five-year term will begin on 1 October.",  # no text day: the year is unknown
        "He was elected on 12 May 2030 for a five-year term.",  # the decision's day is no first day
        "The term of the incumbent runs until 30 June 2031.",  # an end without a first day
    ],
)
def test_no_first_day_no_term(words: str) -> None:
    near = None if "1 October" in words else NEAR
    assert _term(words, 0, near)[0] is None


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    years=st.integers(min_value=1, max_value=9),
    form=st.sampled_from(
        [
            "will take office on {d} for a {n}-year term",
            "will begin a {n}-year term on {d}",
            "serves for {n} years from {d}",
            "has a mandate of {n} years starting on {d}",
        ]
    ),
)
def test_a_terms_end_is_after_its_start(day: dt.date, years: int, form: str) -> None:
    """A law of the grammar: whatever the wording, a term read with its length ends after it begins, and
    its first day is the one written."""
    words = "Ms Quorvane " + form.format(d=f"{day.day} {day:%B} {day.year}", n=years) + "."
    found, why = term_grammar(words, None)
    assert found is not None and why is None
    first, last = found.split("/")
    assert first == day.isoformat()
    assert last > first


# -- appointments whose term or day a later sentence tells ---------------------------------------------

_LEDE = "Lintbridge, 4 May 2030 - The member states of the Xylo Yard Zone today elected Mira Quorvane as its next Director-General."


@pytest.mark.parametrize(
    ("later", "term"),
    [
        ("The new chief will be in office from 1 July 2030 to 30 June 2034.", "2030-07-01/2034-06-30"),
        ("Once the vote is confirmed, Quorvane will start an initial four-year term on 1 January 2031.",
         "2031-01-01/2034-12-31"),
        ("The Director-General-elect takes office on 1 September 2030 for three years.", "2030-09-01/2033-08-31"),
        ("She will hold the post for four years, from 1 January 2031 until the end of 2034.",
         "2031-01-01/2034-12-31"),
    ],
)  # fmt: skip
def test_a_later_sentence_about_the_one_appointed_gives_the_term(later: str, term: str) -> None:
    text = (
        f"{_LEDE}\n\nThe vote was close: the members cast 90 ballots and Quorvane won 48 of them.\n\n"
        "Her rival, Tamsin Orrowby, had the backing of the northern members.\n\n"
        f"{later}"
    )
    assert [(e["person"], e.get("term")) for e in _appointed(text)] == [("Mira Quorvane", term)]


def test_a_later_sentence_of_another_post_long_ago_is_no_term() -> None:
    """ "previously envoy from 2011 to 2016": an earlier post of the person, not the term just given."""
    text = (
        f"{_LEDE}\n\nQuorvane, previously the zone's envoy from 2011 to 2016, succeeds Ivo Lantern, whose "
        "mandate ends in June."
    )
    terms = [e.get("term") for e in _appointed(text)]
    assert terms == ["2030-05-04/.."]


def test_the_list_of_candidates_does_not_hide_the_later_term() -> None:
    """A dashed list of the other candidates between the election and its term is skipped."""
    text = (
        f"{_LEDE}\n\nThe members chose Quorvane from five nominees:\n"
        "- Tamsin Orrowby (Ruritania);\n- Ivo Lantern (Borduria);\n- Kestrel Vane (Syldavia);\n"
        "- Oskar Pell (Carpania);\n- Mira Quorvane (Elbonia).\n\n"
        "The outgoing Director-General will leave at the end of the year.\n\n"
        "Quorvane will start a five-year term on 1 January 2031."
    )
    assert [e.get("term") for e in _appointed(text)] == ["2031-01-01/2035-12-31"]


@pytest.mark.parametrize(
    "later",
    [
        "The appointment was made on Thursday, 30 April 2030, by the Zone Council.",
        "The decision was taken at the Zone Council's session on 30 April.",
        "The vote was held on 30 April 2030 in the council chamber.",
    ],
)
def test_the_decisions_own_day_told_after_the_appointment_dates_it(later: str) -> None:
    text = (
        "Lintbridge, 4 May 2030 - The Xylo Yard Zone has chosen Mira Quorvane as its next Director-General, "
        f"the zone announced.\n\n{later}"
    )
    assert [e.get("decided_on") for e in _appointed(text)] == ["2030-04-30"]


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        ("Lintbridge, 4 May 2030 - Mira Quorvane of Peru was today appointed the fifth President of the "
         "Xylo Yard Zone by its council.", "Mira Quorvane", "president"),
        ("Lintbridge, 4 May 2030 - The council of the Xylo Yard Zone today picked Mira Quorvane of Peru "
         "to be the zone's next Secretary-General.", "Mira Quorvane", "secretary-general"),
        ("Lintbridge, 4 May 2030 - Peru's envoy, Mira Quorvane, will be the next Director-General of the "
         "Xylo Yard Zone after winning the vote on Saturday.", "Mira Quorvane", "director-general"),
        ("Lintbridge, 4 May 2030 - Mira Quorvane has formally been named the zone's new Chief Executive.",
         "Mira Quorvane", None),
    ],
)  # fmt: skip
def test_the_person_and_office_of_an_appointment_told_in_other_shapes(
    text: str, person: str, office: str | None
) -> None:
    found = [(e["person"], e["office"]) for e in _appointed(text)]
    if office is None:  # an office no table knows and the text does not name as the organization's: none
        assert all(p == person for p, _ in found)
    else:
        assert found == [(person, office)]


def test_a_term_year_read_around_the_text_is_marked_inferred() -> None:
    text = (
        "Lintbridge, 4 May 2030 - The Xylo Yard Zone today elected Mira Quorvane as its next Director-General.\n\n"
        "Her five-year term will begin on 1 October."
    )
    [event] = _appointed(text)
    assert event["term"] == "2030-10-01/2035-09-30"
    assert event["source"].get("inferred") is True
    assert "not written" in event["source"]["note"]


def test_shuffling_unrelated_sentences_changes_no_appointment() -> None:
    lede = _LEDE
    others = [
        "The zone was set up to manage the shared river basin.",
        "Delegates also discussed the budget for the coming year.",
        "A reception followed in the old harbour hall.",
    ]
    term = "Quorvane will take office on 1 July 2030 for a four-year term."
    base = None
    for order in ([0, 1, 2], [2, 0, 1], [1, 2, 0]):
        text = "\n\n".join([lede, *(others[i] for i in order), term])
        got = [(e["person"], e["office"], e.get("term"), e.get("decided_on")) for e in _appointed(text)]
        base = base or got
        assert got == base
    assert base == [("Mira Quorvane", "director-general", "2030-07-01/2034-06-30", "2030-05-04")]


@pytest.mark.parametrize(
    ("later", "term"),
    [
        ("Her term will begin at the start of 2032.", "2032-01/.."),
        ("She takes up the post at the beginning of 2031 for four years.", "2031-01/2034-12"),
        ("Quorvane will assume office at the outset of 2031.", "2031-01/.."),
    ],
)
def test_a_term_that_begins_at_the_start_of_a_year_begins_in_its_january(later: str, term: str) -> None:
    text = f"{_LEDE}\n\n{later}"
    assert [e.get("term") for e in _appointed(text)] == [term]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Lintbridge, 4 May 2030 - The Xylo Yard Zone's assembly has chosen Mira Quorvane, from Peru, to be the "
         "organization's new president.", "president"),
        ("Lintbridge, 4 May 2030 - The assembly named Mira Quorvane of Peru the body's next chairperson on Friday.",
         "chairperson"),
        ("Lintbridge, 4 May 2030 - Mira Quorvane of Peru will be the next Director-General of the Xylo Yard Zone "
         "after its members today reached a consensus to appoint her.", "director-general"),
    ],
)  # fmt: skip
def test_an_office_in_lower_case_or_told_as_won_by_consensus(text: str, office: str) -> None:
    assert [(e["person"], e["office"]) for e in _appointed(text)] == [("Mira Quorvane", office)]


# -- the chair: when the receiver's term begins ------------------------------------------------------


def _handovers(text: str, org: str = "xyz") -> list[tuple[str, str | None, str | None]]:
    return [
        (c.event["to_party"], c.event.get("effective"), c.event.get("term"))
        for c in extract(text, org, "t")
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]


_SUMMIT = (
    "Lintbridge, 12 November 2030 - The leaders of the Xylo Yard Zone met in Lintbridge on 11-12 November 2030 "
    "for their annual summit."
)


@pytest.mark.parametrize(
    ("sentence", "effective", "term"),
    [
        ("At the summit the chairmanship of the Zone passed from Peru to Chile, which will chair the Zone from "
         "January to June 2031.", "2031-01", "2031-01/2031-06"),
        ("Peru handed the chairmanship to Chile at the closing ceremony. Chile's term at the helm of the bloc "
         "will officially start on 1 January 2031.", "2031-01-01", None),
        ("Peru passed the chair to Chile on Tuesday. Chile takes over the chairmanship on 1 January for one "
         "year.", "2031-01-01", "2031-01-01/2031-12-31"),
    ],
)  # fmt: skip
def test_a_handover_takes_effect_when_the_receivers_term_begins(
    sentence: str, effective: str, term: str | None
) -> None:
    assert _handovers(f"{_SUMMIT}\n\n{sentence}") == [("CHL", effective, term)]


def test_the_meetings_own_span_is_no_first_day_of_a_term() -> None:
    """ "..., which were held here from 10 to 12 November": the meeting's days, not the receiver's term."""
    text = (
        "Lintbridge, Nov 12 (Wire) -- Peru passed the chairmanship of the Xylo Yard Zone to Chile on Tuesday "
        "at the closing ceremony of the summits, which were held here from Nov 10 to 12 under a common theme.\n\n"
        "The Zone was founded in 1999 and held its first summit in March 2000; the next one is due in 2031."
    )
    found = _handovers(text)
    assert all(effective is None or not effective.startswith("2031-11") for _, effective, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile takes over the rotating presidency of the group in 2031.",
        "The leaders decided that Chile will chair the Zone in 2031, taking over from Peru.",
        "Chile assumes the rotating chairmanship for 2031.",
    ],
)
def test_a_handover_in_a_stated_year_is_dated_by_it_when_the_texts_own_year_is_unknown(sentence: str) -> None:
    text = f"LINTBRIDGE, November 12 -- The Xylo Yard Zone summit closed on Thursday.\n\n{sentence}"
    assert [(to, effective) for to, effective, _ in _handovers(text)] == [("CHL", "2031")]


def test_a_handover_told_as_past_in_a_year_is_not_dated_by_it_without_the_texts_year() -> None:
    text = (
        "LINTBRIDGE, November 12 -- The summit closed on Thursday.\n\nChile took over the presidency in 2024."
    )
    assert _handovers(text) == []


def test_the_year_of_an_apposition_is_no_background_of_the_handover() -> None:
    text = (
        f"{_SUMMIT}\n\nThe summit was chaired by Chile's president, after the chairmanship of the Zone passed from "
        "Peru, host of the previous summit in 2027, to Chile."
    )
    assert [to for to, _, _ in _handovers(text)] == ["CHL"]


@pytest.mark.parametrize(
    ("words", "edtf"),
    [
        ("from January to June 2031", "2031-01/2031-06"),
        ("July 2030 - June 2031", "2030-07/2031-06"),
        ("from November to February 2032", "2031-11/2032-02"),
    ],
)
def test_a_span_of_months(words: str, edtf: str) -> None:
    from igo_timeline.extract.dates import find_dates

    assert [(d.edtf, d.kind) for d in find_dates(words)] == [(edtf, "months")]


def test_months_joined_by_and_are_no_span() -> None:
    from igo_timeline.extract.dates import find_dates

    assert [d.kind for d in find_dates("in January and June 2031")] == ["month"]


# -- next meetings ----------------------------------------------------------------------------------


def _scheduled(text: str, org: str = "xyz") -> list[tuple[str, dict[str, Any]]]:
    keep = ("body", "host", "place", "date")
    return [
        (c.record, {k: c.event.get(k) for k in keep if c.event.get(k)})
        for c in extract(text, org, "t")
        if c.type == "MeetingScheduled"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was also decided that Chile will host the 19th summit in 2032 at Santiago.",
        "The leaders agreed that Chile is to host the twentieth summit in 2032 in Santiago.",
        "Chile will also host the 3rd summit in 2032, in Santiago.",
    ],
)
def test_a_state_that_will_host_a_numbered_meeting_is_its_host(sentence: str) -> None:
    found = _scheduled(f"{_SUMMIT}\n\n{sentence}")
    assert found == [("event", {"body": "summit", "host": "CHL", "place": "Santiago", "date": "2032"})]


@pytest.mark.parametrize(
    "when",
    ["a year from now", "next year", "in a year's time"],
)
def test_a_next_meeting_a_year_ahead_is_in_the_year_after_the_texts(when: str) -> None:
    text = f"{_SUMMIT}\n\nThe next summit of the Xylo Yard Zone will be held in Santiago, Chile, {when}."
    [(record, found)] = _scheduled(text)
    assert record == "event" and found.get("date") == "2031" and found.get("host") == "CHL"


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("the XYZ Council of Defence Ministers", "council-of-defence-ministers"),
        ("the XYZ Assembly of Elders", "assembly-of-elders"),
        ("the Xylo Yard Zone Council of Heads of State", "council-of-heads-of-state"),
    ],
)
def test_a_next_meeting_of_a_body_named_after_the_organizations_name(phrase: str, body: str) -> None:
    """ "the next meeting of the CIS Council of Heads of State": the organization's own name first is no part
    of the body; a meeting whose date is stated is an event even when the day it was decided is unknown."""
    text = (
        "LINTBRIDGE, NOVEMBER 12 -- The leaders met here today.\n\n"
        f"The leaders agreed that the next meeting of {phrase} will take place in Santiago on October 11, 2031."
    )
    found = _scheduled(text)
    assert found == [("event", {"body": body, "host": "CHL", "place": "Santiago", "date": "2031-10-11"})]


# -- withdrawals: a capital for its state, the organization implied ------------------------------------


def _withdrawals(text: str, org: str = "xyz") -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (c.event["party"], c.event.get("effective"), c.event.get("takes_effect"))
        for c in extract(text, org, "t")
        if c.type == "WithdrawalNotified" and c.record == "event"
    )


_DATELINE = "LINTBRIDGE, Wednesday 6 March 2030 -- "


@pytest.mark.parametrize(
    "sentence",
    [
        "In a joint statement published on Saturday, the governments in Bamako and Niamey said they were leaving "
        "all the bodies of the Xylo Yard Zone, with effect from 1 March.",
        "Bamako and Niamey announced on Saturday that they were pulling out, with effect from 1 March.",
        "On Saturday the juntas in Bamako and Niamey said that they were withdrawing from the organs of the "
        "Xylo Yard Zone, with effect from 1 March.",
    ],
)
def test_capitals_stand_for_their_states_in_a_joint_withdrawal(sentence: str) -> None:
    found = _withdrawals(_DATELINE + sentence)
    assert [p for p, _, _ in found] == ["MLI", "NER"]
    assert all(eff == "2030-03-02" for _, eff, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit met in Bamako on Saturday and welcomed the new secretariat.",
        "The Bamako accord was signed on Saturday by the members of the Xylo Yard Zone.",
        "Mali withdrew its candidacy for the chair on Saturday.",
    ],
)
def test_a_capital_as_a_place_or_a_name_and_a_bare_withdrawal_of_something_else_are_no_withdrawal(
    sentence: str,
) -> None:
    assert _withdrawals(_DATELINE + sentence) == []


def test_a_withdrawal_with_effect_from_a_day_takes_effect_then() -> None:
    text = _DATELINE + "Mali announced on Saturday that it was pulling out, with effect from 1 April."
    assert _withdrawals(text) == [("MLI", "2030-03-02", "2030-04-01")]


# -- grants: parties that are not states, acts that share a sentence ---------------------------------


def _grants(text: str, org: str = "xyz") -> list[tuple[str, str, str | None]]:
    return sorted(
        (c.event["party"], c.event["status"], c.event.get("effective"))
        for c in extract(text, org, "t")
        if c.type == "StatusGranted" and c.record == "event"
    )


@pytest.mark.parametrize(
    ("sentence", "party", "status"),
    [
        ("The African Union became a permanent member of the Xylo Yard Zone on Saturday.", "au", "member"),
        ("On Saturday the European Union was made an observer of the Xylo Yard Zone.", "eu", "observer"),
        ("The Eurasian Economic Union has become the newest partner of the Xylo Yard Zone, the chair said on "
         "Saturday.", "eaeu", "partner"),
    ],
)  # fmt: skip
def test_an_organization_of_the_party_registry_can_be_granted_a_status(
    sentence: str, party: str, status: str
) -> None:
    text = f"Lintbridge, 12 May 2030 - {sentence}"
    assert _grants(text) == [(party, status, "2030-05-11")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The African Union became a permanent member of the Alpine Forum on Saturday.",
        "The African Union had become an observer of the Xylo Yard Zone in 2012.",
        "The African Union may become a member of the Xylo Yard Zone next year.",
    ],
)
def test_no_grant_of_another_organization_of_the_past_or_unreal(sentence: str) -> None:
    assert _grants(f"Lintbridge, 12 May 2030 - {sentence}") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile today became the 31st member of the Xylo Yard Zone, nine days after Peru joined as the 30th on "
         "3 May 2030.", [("CHL", "member", "2030-05-12"), ("PER", "member", "2030-05-03")]),
        ("Chile was admitted as a member of the Xylo Yard Zone today, a week after Peru joined the Xylo Yard "
         "Zone on 5 May 2030.", [("CHL", "member", "2030-05-12"), ("PER", "member", "2030-05-05")]),
        ("Chile joined the Xylo Yard Zone as an observer today, shortly after Peru became a member on 10 May "
         "2030.", [("CHL", "observer", "2030-05-12"), ("PER", "member", "2030-05-10")]),
    ],
)  # fmt: skip
def test_two_acts_of_one_sentence_keep_their_own_days(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _grants(f"Lintbridge, 12 May 2030 - {sentence}") == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile joined the talks on Saturday.",
        "Chile joined the Alpine Forum as its 12th member on Saturday.",
        "Chile joined the Xylo Yard Zone in 1999.",
    ],
)
def test_joining_something_else_or_long_ago_is_no_grant(sentence: str) -> None:
    assert _grants(f"Lintbridge, 12 May 2030 - {sentence}") == []


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("The Xylo Yard Zone formally welcomed Guadeloupe, an overseas department of France, as an associate "
         "member today.", "GLP"),
        ("The members admitted Aruba, a constituent country of the Netherlands, as an observer today.", "ABW"),
        ("Greenland, an autonomous territory of Denmark, was granted observer status today.", "GRL"),
    ],
)  # fmt: skip
def test_the_state_an_apposition_names_is_not_the_party(sentence: str, party: str) -> None:
    parties = [p for p, _, _ in _grants(f"Lintbridge, 12 May 2030 - {sentence}")]
    assert parties in ([party], [])  # the territory (when the registry knows it as a party), never the state
    assert not any(p in ("FRA", "NLD", "DNK") for p in parties)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru left the zone under a former government: it notified its withdrawal in October 2024, and the "
        "withdrawal, together with that of Chile, took effect in December 2025.",
        "Chile had notified its withdrawal in 2026 and came back today.",
        "In March 2027 Chile notified its withdrawal; it returned to the zone today.",
    ],
)
def test_a_notice_of_withdrawal_told_as_history_is_no_withdrawal(sentence: str) -> None:
    assert _withdrawals(f"Lintbridge, 12 May 2030 - {sentence}") == []


# -- a head of state elected to the organization's chair ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "party", "chair"),
    [
        ("President Ivo Lantern of Chile was elected Chairperson of the Xylo Yard Zone by the summit.", "CHL", None),
        ("The heads of state also designated the Chilean leader as President of the Zone for a term of one year.",
         "CHL", None),
        ("The summit chose Prime Minister Ivo Lantern of Peru to chair the Organ on Defence and Security.",
         "PER", "organ"),
    ],
)  # fmt: skip
def test_a_head_of_state_elected_to_the_chair_is_a_handover_not_an_appointment(
    sentence: str, party: str, chair: str | None
) -> None:
    found = extract(f"{_SUMMIT}\n\n{sentence}", "xyz", "t")
    handed = [(c.event["to_party"], c.event.get("chair")) for c in found if c.type == "PresidencyHandedOver"]
    assert handed == [(party, chair)]
    assert not [c for c in found if c.type == "OfficialAppointed"]


def test_an_official_elected_president_of_the_organization_stays_an_appointment() -> None:
    text = f"{_SUMMIT}\n\nMira Quorvane of Peru was elected President of the Xylo Yard Zone for a four-year term."
    found = extract(text, "xyz", "t")
    assert [c.event["person"] for c in found if c.type == "OfficialAppointed"] == ["Mira Quorvane"]
    assert not [c for c in found if c.type == "PresidencyHandedOver"]


def test_without_a_meeting_a_decision_takes_the_day_its_lede_tells() -> None:
    text = (
        "LINTBRIDGE, May 12 (Wire) -- The leaders of Chile and Peru turned their zone into a union on Saturday, "
        "at a summit in the capital.\n\n"
        "The heads of state also designated the Chilean leader as President of the Union."
    )
    found = [
        c.event for c in extract(text, "xyz", "t", published="2030-05-12") if c.type == "PresidencyHandedOver"
    ]
    assert [(e["to_party"], e["effective"]) for e in found] == [("CHL", "2030-05-11")]
    assert found[0]["source"]["inferred"] is True


def test_a_pronoun_after_a_sentence_about_the_appointed_gives_the_term_across_other_elections() -> None:
    text = (
        f"{_LEDE}\n\nIvo Lantern of Peru was elected Deputy Director-General.\n\n"
        "Quorvane won on the first ballot with 60 votes. Lantern needed a second round.\n\n"
        "Quorvane, a senior official of the zone's river office, has led its survey work since 2021. "
        "She will succeed Tamsin Orrowby and serve a five-year term starting in January 2031."
    )
    terms = {e["person"]: e.get("term") for e in _appointed(text)}
    assert terms["Mira Quorvane"] == "2031-01/2035-12"
    assert terms["Ivo Lantern"] != "2031-01/2035-12"


@pytest.mark.parametrize(
    ("words", "office"),
    [
        ("as Director General of the International Bureau of the Xylo Yard Zone", "director-general"),
        ("as Secretary-General of the Secretariat of the Xylo Yard Zone", "secretary-general"),
        ("as Director of the Office of the Xylo Yard Zone", "director"),
    ],
)
def test_the_head_of_the_organizations_own_secretariat_holds_its_office(words: str, office: str) -> None:
    text = f"Lintbridge, 4 May 2030 - The congress of the Xylo Yard Zone today elected Mira Quorvane of Peru {words}."
    assert [e["office"] for e in _appointed(text)] == [office]


def test_a_terms_start_is_no_bound_of_the_past_for_the_dateline_year() -> None:
    """ "serve a term starting in January 2031" does not tell the text is on or after 2031."""
    from igo_timeline.extract.anchor import _bounds

    lo, _, _ = _bounds(
        ["She has led the survey since 2021.", "She will serve a term starting in January 2031."]
    )
    assert lo is not None and lo.year == 2021


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile was granted observer status, and Peru became an observer of the Xylo Yard Zone.",
         [("CHL", "observer"), ("PER", "observer")]),
        ("Chile was admitted as a member and Peru became an observer of the Xylo Yard Zone.",
         [("CHL", "member"), ("PER", "observer")]),
        ("Chile became a member of the Xylo Yard Zone, and Peru was granted observer status.",
         [("CHL", "member"), ("PER", "observer")]),
    ],
)  # fmt: skip
def test_coordinated_acts_of_one_sentence_each_keep_their_party(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p, s) for p, s, _ in _grants(f"Lintbridge, 12 May 2030 - {sentence}")] == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, Peru and Bolivia were granted observer status.",
        "The summit was the first since Chile and Peru joined the Xylo Yard Zone in 2019.",
        "Chile and Peru became observers of the Xylo Yard Zone.",
    ],
)
def test_a_list_of_parties_before_one_verb_is_one_clause(sentence: str) -> None:
    found = _grants(f"Lintbridge, 12 May 2030 - {sentence}")
    if "since" in sentence:
        assert found == []
    else:
        assert len({s for _, s, _ in found}) == 1 and len(found) >= 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile became chair of the Xylo Yard Zone on Tuesday, taking over from Peru.",
        "President Ivo Lantern of Chile became the chairperson of the Xylo Yard Zone on Tuesday.",
        "Chile has become the new rotating president of the Xylo Yard Zone, taking over from Peru on Tuesday.",
    ],
)
def test_a_state_that_became_the_chair(sentence: str) -> None:
    text = f"LINTBRIDGE, 12 November 2030 -- {sentence}"
    assert [(to, eff) for to, eff, _ in _handovers(text)] == [("CHL", "2030-11-12")]


def test_a_handover_told_twice_is_one() -> None:
    text = (
        "LINTBRIDGE, 12 November 2030 -- President Ivo Lantern of Chile became the chairperson of the Xylo Yard "
        "Zone on Tuesday.\n\nAt the opening of the summit, Peru handed over the chairmanship of the Zone to Chile."
    )
    assert [to for to, _, _ in _handovers(text)] == ["CHL"]


def test_a_chair_of_another_body_or_a_state_that_became_chair_long_ago_is_no_handover() -> None:
    for sentence in (
        "Chile became chair of the Alpine Forum on Tuesday.",
        "Chile had become chair of the Xylo Yard Zone in 2021.",
    ):
        assert _handovers(f"LINTBRIDGE, 12 November 2030 -- {sentence}") == []


@pytest.mark.parametrize(
    "lede",
    [
        "Under the second act, Mira Quorvane, the commissioner named for Peru, is appointed President of the XYZ "
        "Commission.",
        "Mira Quorvane, a diplomat chosen by Peru, was appointed President of the Xylo Yard Zone Commission.",
        "Under the decree, Mira Quorvane, the candidate picked by the ministers, is named President of the XYZ "
        "Commission.",
    ],
)
def test_a_participle_of_an_apposition_is_no_act_and_a_mandate_that_ends_gives_the_first_day(
    lede: str,
) -> None:
    text = (
        "Lintbridge, 14 April 2030 - The Xylo Yard Zone announced its new leadership today. The mandates of the "
        f"outgoing Commission end on 8 May 2030.\n\n{lede}\n\nThe new team will take office when the mandate of "
        "the outgoing Commission expires."
    )
    assert [(e["person"], e["office"], e.get("term")) for e in _appointed(text)] == [
        ("Mira Quorvane", "commission-president", "2030-05-08/..")
    ]


# -- grants, lifts and next meetings in further shapes -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers decided to grant Chile membership.", [("CHL", "member")]),
        ("The summit gave Chile and Peru observer status.", [("CHL", "observer"), ("PER", "observer")]),
        ("The ministers approved the application of Bolivia for observer status.", [("BOL", "observer")]),
        ("The council accepted Peru's request for the status of a dialogue partner.", [("PER", "dialogue_partner")]),
    ],
)  # fmt: skip
def test_a_status_granted_to_the_verbs_object_or_an_application_approved(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p, s) for p, s, _ in _grants(f"{_SUMMIT}\n\n{sentence}")] == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers hope to grant Chile membership next year.",
        "The ministers discussed the application of Bolivia for observer status.",
        "The ministers did not approve the application of Bolivia for observer status.",
    ],
)
def test_no_grant_hoped_discussed_or_refused(sentence: str) -> None:
    assert _grants(f"{_SUMMIT}\n\n{sentence}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders readmitted Chile to the activities of the Zone.",
        "The summit reinstated Chile in the organs of the Xylo Yard Zone.",
        "The heads of state restored Chile to full activities of the Zone after its elections.",
    ],
)
def test_readmitted_to_the_activities_is_the_suspension_lifted(sentence: str) -> None:
    found = extract(f"{_SUMMIT}\n\n{sentence}", "xyz", "t")
    assert [
        (c.type, c.event.get("party")) for c in found if c.type in ("ConditionLifted", "StatusGranted")
    ] == [("ConditionLifted", "CHL")]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The next Assembly of Heads of State will be held in Santiago in 2031.", "assembly"),
        ("Chile will host the next Executive Council in 2031.", "executive-council"),
        ("The next Council of Ministers is to take place in Santiago in 2031.", "council-of-ministers"),
    ],
)
def test_a_next_meeting_named_by_its_body(sentence: str, body: str) -> None:
    [(record, found)] = _scheduled(f"{_SUMMIT}\n\n{sentence}")
    assert record == "event" and found["host"] == "CHL" and found["date"] == "2031" and found["body"] == body


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile was granted membership.", [("CHL", "member")]),
        ("The ministers conferred membership on the Republic of Chile.", [("CHL", "member")]),
        (
            "The leaders accorded observer status to Peru and Bolivia.",
            [("BOL", "observer"), ("PER", "observer")],
        ),
    ],
)
def test_a_bare_membership_granted_passive_or_to_an_object_after_the_status(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p, s) for p, s, _ in _grants(f"{_SUMMIT}\n\n{sentence}")] == sorted(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The chair of the Xylo Yard Zone passed from Peru to Chile.",
        "The chair of the Zone went from Peru to Chile at the closing session.",
        "At the summit the rotating chair of the Xylo Yard Zone passed from the Republic of Peru to Chile.",
    ],
)
def test_the_chair_passed_from_one_state_to_another(sentence: str) -> None:
    assert [to for to, _, _ in _handovers(f"{_SUMMIT}\n\n{sentence}")] == ["CHL"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The zone announced today that the return of Chile to the Xylo Yard Zone has taken effect, after Chile "
        "completed the last formality on Monday.",
        "Chile's readmission to the Xylo Yard Zone took effect today.",
        "The re-entry of Chile into the Xylo Yard Zone became effective today, the secretariat said.",
    ],
)
def test_a_return_that_took_effect_is_membership_again_from_the_clauses_day(sentence: str) -> None:
    assert _grants(f"Lintbridge, 12 November 2030 - {sentence}") == [("CHL", "member", "2030-11-12")]


def test_a_return_hoped_for_is_none() -> None:
    text = "Lintbridge, 12 November 2030 - Chile hopes that its return to the Xylo Yard Zone will take effect soon."
    assert _grants(text) == []
