"""Decisions of ``igo extract`` (tenth-session fixer dec11). Every sentence is invented for the test (invented
organizations, places and persons, real states and towns only as hosts): no sentence of a real text or of a
held-out set.

(a) A sitting to come, told with no "next": "a ministerial session of the Zone is due to be held on ...", "the
9th summit would take place ...", "support for Togo hosting the eleventh summit", "decided to hold their 31st
Ordinary Session in ...", "set the next meeting ... for 2 May next year".

(b) What a list names is adopted only when its antecedent is: items of an agenda or a draft ("The draft agenda
had nine items. Among them were statements on ...") and the results of a period ("the outcomes of the year
included:") are no acts of the sitting.

(c) Appointments told as an office taken up ("took up his duties as", "assumed duty as", "sworn-in as"), as the
next holder with the choice in the next sentence ("X will be the next Secretary General. The Assembly chose her
for the post today"), with the office's own length ("The Secretary General is elected for four years"), a
person with a title of home ("Former Senator X Y") or a possessive before the name ("Ghana's X Y Z"), and the
organization named with its "of" ("Council of Europe" for coe).

(d) A chair handed over: named by a word of the organization's name ("took over the Zone Chair from Togo"), and
received by a person "on behalf of" a state (the state, not the person's own).

(e) The sitting's own declaration or communique told in the passive ("A declaration setting out ... was adopted
by the leaders at their 9th summit") or with no name of the sitting in the text ("adopted a communique"):
titled after the sitting.

(f) A successor's term told after the election: "X will take over from Y, who has led it since 2027, on 15
November. He is to serve a four-year term.".

(g) A chairmanship that frames what a sentence tells ("the first of two summits Ghana will chair during its 2030
chairmanship", "under Ghana's presidency") is held already: no handover."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from tests.conftest import XYZ_OPENING as OPENING
from tests.conftest import events_of as _events


def _scheduled(text: str, **kw: Any) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.get("host"), e.get("date"), e.get("body")) for e in _events(text, "MeetingScheduled", **kw)]


# -- (a) a sitting to come, told with no "next" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "host", "date"),
    [
        # a plan's verb with the day and the town after it
        (
            "The secretariat added that a ministerial session of the Zone is due to be held on 25 September in "
            "Tamale, Ghana, with all members invited.",
            "GHA",
            "2030-09-25",
        ),
        (
            "Officials said the Zone's ministerial meeting is scheduled to take place in Lome on 9 October 2030.",
            "TGO",
            "2030-10-09",
        ),
        (
            "An extraordinary summit, which is planned for 3 December 2030 in Cotonou, Benin, will review the "
            "budget.",
            "BEN",
            "2030-12-03",
        ),
        # a numbered sitting: "would take place", "hosting the ...", "decided to hold their ..."
        (
            "The chair announced that the 9th summit would take place in Accra, Ghana, in March 2031.",
            "GHA",
            "2031-03",
        ),
        ("The leaders voiced support for Togo hosting the eleventh summit in 2032.", "TGO", "2032"),
        (
            "The heads of state decided to hold their 31st Ordinary Session in Lome, Togo, in June 2031.",
            "TGO",
            "2031-06",
        ),
        # "set the next meeting ... for <day> next year": the day in the year after the text's
        (
            "The secretary told reporters that the signed texts set the next meeting of the Zone for 2 May next "
            "year in Accra.",
            "GHA",
            "2031-05-02",
        ),
        # either of two months: the span of both
        (
            "The chair said the next summit of the Zone would take place in Accra in September or October 2031.",
            "GHA",
            "2031-09/2031-10",
        ),
        (
            "The leaders agreed that their next summit will be held in Lome in June/July 2031.",
            "TGO",
            "2031-06/2031-07",
        ),
        # a year to come earlier in the same sentence
        (
            "He added that in 2031 the chair would pass to Benin and that the next official summit of the Zone "
            "would be held in Cotonou.",
            "BEN",
            "2031",
        ),
    ],
)
def test_a_sitting_to_come_is_scheduled(sentence: str, host: str, date: str) -> None:
    assert (host, date) in [(h, d) for h, d, _ in _scheduled(OPENING + sentence)]


def test_a_numbered_session_is_the_reporting_body_s() -> None:
    """ "their 31st Ordinary Session": the sitting of the body whose meeting the text reports."""
    found = _scheduled(
        OPENING
        + "The heads of state decided to hold their 31st Ordinary Session in Lome, Togo, in June 2031."
    )
    held = _events(OPENING, "MeetingHeld")[0]["body"]
    assert found == [("TGO", "2031-06", held)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan of the past, not one to come
        "A ministerial session of the Zone was due to be held on 25 September 2029 in Tamale, Ghana, but it was "
        "called off.",
        # another organization's sitting
        "The Summit of the Americas will be held in Lima, Peru, on 13 April 2031.",
        # a day before the text's own: the sitting reported, not one to come
        "The ministerial session of the Zone is due to be held on 10 August 2030 in Tamale, Ghana.",
        # no day at all: nothing says when
        "A ministerial session of the Zone is due to be held in Tamale, Ghana.",
        # an offer to host a sitting that is not the organization's ("the Forum's")
        "The leaders voiced support for Togo hosting the eleventh summit of the Alpine Forum in 2032.",
    ],
)
def test_what_is_no_sitting_to_come(sentence: str) -> None:
    assert _scheduled(OPENING + sentence) == []


def _titles(text: str, **kw: Any) -> list[str]:
    return [e["title"] for e in _events(text, "DocumentAdopted", **kw)] + [
        e["title"] for e in _events(text, "AgreementSigned", **kw)
    ]


# -- (b) a list whose antecedent is an agenda, a draft or a period -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        OPENING
        + "According to the secretariat, the draft agenda had nine items. Among them were statements on "
        "water and on trade, and a charter on fisheries.",
        OPENING
        + "The agenda of the summit was long; the package includes a convention on ports and a protocol "
        "on tariffs.",
        OPENING
        + "Items to be considered by the leaders were many. Among them was a declaration on the Sahel.",
        OPENING + "The chair said the outcomes reached over the course of the year included:\n\n"
        "- a Zone Counter-Piracy Action Plan;\n- an agreement on cooperation in the field of fisheries.",
        OPENING + "Results achieved during Ghana's chairmanship:\n\n- the Kumasi Water Charter;\n"
        "- a protocol on the free movement of traders.",
    ],
)
def test_an_agenda_or_a_period_lists_nothing_adopted(text: str) -> None:
    assert _titles(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the same listing verbs after an act: adopted
        (
            OPENING
            + "The leaders adopted nine documents. Among them were a statement on water and a charter on "
            "fisheries.",
            "Charter on fisheries",
        ),
        (
            OPENING + "The summit adopted the following documents:\n\n- the Kumasi Water Charter;\n"
            "- a protocol on the free movement of traders.",
            "Kumasi Water Charter",
        ),
    ],
)
def test_a_list_after_an_act_is_adopted(text: str, title: str) -> None:
    assert title.lower() in [t.lower() for t in _titles(text)]


def _appointed(text: str, org: str = "xyz", **kw: Any) -> list[tuple[str, str, str]]:
    return [
        (e["person"], e["office"], e.get("term", ""))
        for e in _events(text, "OfficialAppointed", org=org, **kw)
    ]


# -- (c) an office taken up, a next holder chosen, the office's length ------------------------------------

NO_MEETING = "ACCRA, 4 March 2031 -- "


@pytest.mark.parametrize(
    ("text", "person", "term"),
    [
        (
            NO_MEETING
            + "Kofi Mensah Boateng, Ghana's former foreign minister, formally took up his duties as "
            "Secretary General of the Xylo Yard Zone on 3 March 2031, the secretariat said.",
            "Kofi Mensah Boateng",
            "2031-03-03/..",
        ),
        (
            NO_MEETING
            + "Ama Serwaa Kesse assumed duty as Secretary General of the Xylo Yard Zone on 3 March 2031.",
            "Ama Serwaa Kesse",
            "2031-03-03/..",
        ),
        (
            NO_MEETING
            + "Yaw Darko Frimpong has assumed his post as Secretary General of the Xylo Yard Zone on "
            "3 March 2031.",
            "Yaw Darko Frimpong",
            "2031-03-03/..",
        ),
    ],
)
def test_an_office_taken_up_is_an_appointment(text: str, person: str, term: str) -> None:
    assert (person, "secretary-general", term) in _appointed(text)


def test_the_next_holder_chosen_in_the_next_sentence_with_the_office_s_length() -> None:
    text = (
        "Ama Kesse picked to lead the Zone\n\nAccra, 25.06.2030 - Former Senator Ama Kesse will be the next "
        "Secretary General of the Xylo Yard Zone. The Assembly of the Zone chose her for the post today, and her "
        "term will begin on 1 October 2030.\n\nThe vote took two rounds. Ms Kesse won the second with 60 votes. "
        "Her rival, Kojo Antwi of Togo, received 40.\n\nThe Secretary General is elected for four years."
    )
    assert _appointed(text) == [("Ama Kesse", "secretary-general", "2030-10-01/2034-09-30")]


def test_a_next_holder_with_no_choice_told_is_no_appointment() -> None:
    text = (
        NO_MEETING + "Ama Kesse will be the next Secretary General of the Xylo Yard Zone, diplomats expect. "
        "The vote is due in May."
    )
    assert _appointed(text) == []


def test_the_office_s_length_needs_a_stated_first_day() -> None:
    """A term from the day an office was taken up is the holder's; the office's rule gives it no end."""
    text = (
        NO_MEETING + "Kofi Boateng formally took up his duties as Secretary General of the Xylo Yard Zone on "
        "3 March 2031. The Secretary General is appointed for a four-year term."
    )
    assert _appointed(text) == [("Kofi Boateng", "secretary-general", "2031-03-03/..")]


def test_a_fuller_name_in_the_body_wins_over_the_headline_s() -> None:
    text = (
        "Ama Kesse sworn in as Zone chief\n\nGhana's Ama Serwaa Kesse took the oath of office on Friday, "
        "7 June 2030, as Secretary General of the Xylo Yard Zone. The summit appointed Ms Kesse as Secretary "
        "General with effect from 7 June 2030 until 6 June 2034."
    )
    people = {p for p, _, _ in _appointed(text, published="2030-06-07")}
    assert people == {"Ama Serwaa Kesse"}


def test_an_organization_named_with_its_of_owns_the_office() -> None:
    """ "Secretary General of the Council of Europe" in a text of the coe: its own secretary-general."""
    text = (
        "Strasbourg, 25.06.2030 - The Parliamentary Assembly elected Lena Hoff Secretary General of the Council "
        "of Europe today for a five-year term beginning on 18 September 2030."
    )
    assert [o for _, o, _ in _appointed(text, org="coe")] == ["secretary-general"]


def _handovers(text: str, **kw: Any) -> list[tuple[str, str]]:
    return [(e["to_party"], e.get("effective", "")) for e in _events(text, "PresidencyHandedOver", **kw)]


# -- (d) a chair handed over ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana took over the Zone Chair from Togo at the opening ceremony on Saturday.",
        "At the opening on Saturday Ghana assumed the Zone Chair, which Togo had held for a year.",
    ],
)
def test_a_chair_named_by_the_organization_s_word(sentence: str) -> None:
    assert ("GHA", "2030-08-17") in _handovers(OPENING + sentence)


def test_a_chair_of_another_body_is_no_handover() -> None:
    assert _handovers(OPENING + "Ghana took over the Committee Chair from Togo on Saturday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The outgoing chair handed the chairmanship over to Ane Lund, Greenland's foreign minister, who "
        "assumed it on behalf of the Kingdom of Denmark.",
        "Togo passed the chairmanship to Marie Tall, Senegal's envoy, who received it on behalf of Ghana, the "
        "incoming chair.",
    ],
)
def test_a_chair_received_on_behalf_of_a_state(sentence: str) -> None:
    receivers = {p for p, _ in _handovers(OPENING + sentence)}
    assert receivers and receivers <= {"DNK", "GHA"} and not receivers & {"GRL", "SEN"}


# -- (e) the sitting's own declaration or communique ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "A declaration setting out the bloc's views on trade was adopted by the leaders at their 9th XYZ summit "
            "in Kumasi.",
            "Declaration of the 9th XYZ Summit",
        ),
        (
            "The final communique was issued by the heads of state after the talks.",
            "Final communique of the XYZ Summit",
        ),
        (
            "Speaking afterwards, the chair said the leaders had adopted a communique that reviews the year.",
            "Communique of the XYZ Summit",
        ),
    ],
)
def test_the_sitting_s_own_document(sentence: str, title: str) -> None:
    assert title.lower() in [t.lower() for t in _titles(OPENING + sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a declaration with a complement of its own is titled by it, not after the sitting
        "A declaration on the Sahel was adopted by the leaders.",
        # a preview
        "A declaration is expected to be adopted by the leaders at the close.",
        # a declaration of long ago
        "The declaration had been adopted in 1999 in Lome.",
    ],
)
def test_no_own_document_after_the_sitting(sentence: str) -> None:
    assert not [t for t in _titles(OPENING + sentence) if "XYZ Summit" in t]


# -- (f) a successor's first day and the length told after -------------------------------------------------


@pytest.mark.parametrize(
    ("later", "term"),
    [
        (
            "Kesse will take over from Kojo Antwi of Togo, who has led the Zone since 2026, on 15 November. She is "
            "to serve a four-year term.",
            "2030-11-15/2034-11-14",
        ),
        (
            "Kesse will take over from Kojo Antwi on 1 December. She will serve a five-year term.",
            "2030-12-01/2035-11-30",
        ),
        # no length told: from the first day, the end open
        ("Kesse will take over from Kojo Antwi on 1 December.", "2030-12-01/.."),
    ],
)
def test_a_successor_s_first_day_and_length(later: str, term: str) -> None:
    text = (
        "ACCRA, 6 November 2030 -- The member states of the Xylo Yard Zone on Thursday elected Ama Kesse as the "
        "organization's next Secretary General. " + later
    )
    assert _appointed(text) == [("Ama Kesse", "secretary-general", term)]


def test_a_length_told_of_another_is_not_the_successor_s() -> None:
    text = (
        "ACCRA, 6 November 2030 -- The member states of the Xylo Yard Zone on Thursday elected Ama Kesse as the "
        "organization's next Secretary General. Kesse will take over from Kojo Antwi on 1 December. The deputy is "
        "to serve a two-year term."
    )
    assert _appointed(text) == [("Ama Kesse", "secretary-general", "2030-12-01/..")]


# -- (g) a chairmanship as a time frame ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit is the first of two that Ghana will chair during its 2030 chairmanship of the Zone.",
        "Ghana will chair the ministers' meeting in October under its presidency of the Zone.",
        "As part of its chairmanship, Ghana will chair a forum on fisheries in Tamale.",
    ],
)
def test_a_chairmanship_held_frames_no_handover(sentence: str) -> None:
    assert _handovers(OPENING + sentence) == []


def test_a_handover_told_with_a_frame_is_kept() -> None:
    text = (
        OPENING
        + "During its chairmanship Togo hosted two summits; on Saturday it handed the chairmanship to Ghana."
    )
    assert [p for p, _ in _handovers(text)] == ["GHA"]


SENTENCES = [
    "The secretariat added that a ministerial session of the Zone is due to be held on 25 September in Tamale, Ghana.",
    "The chair announced that the 9th summit would take place in Accra, Ghana, in March 2031.",
    "The leaders voiced support for Togo hosting the eleventh summit in 2032.",
    "The Summit of the Americas will be held in Lima, Peru, on 13 April 2031.",
    "The secretary said the texts set the next meeting of the Zone for 2 May next year in Accra.",
    "He added that in 2031 the chair would pass to Benin and that the next official summit would be held in Cotonou.",
    "Former Senator Ama Kesse will be the next Secretary General of the Xylo Yard Zone.",
    "The Assembly chose her for the post today, and her term will begin on 1 October 2030.",
    "Kofi Mensah Boateng, Ghana's former foreign minister, took up his duties as Secretary General of the Zone.",
    "The Secretary General is elected for four years.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), st.booleans())
def test_quotes_are_the_text_and_nothing_raises(parts: list[str], dated: bool) -> None:
    text = (OPENING if dated else "") + " ".join(parts)
    for c in extract(text, "xyz", "t"):
        src = c.event.get("source") or {}
        if "start" in src:
            assert text[src["start"] : src["end"]] == src["quote"]
