"""The lead's tests of the twelfth session (issue 14): classes read in the blind sets 26, 27 and real12 after
their first-sight and after-the-fixers scores were taken. All sentences here are written for these tests.

- a short aside between the sitting and its body ("chaired a meeting, by video link, of the Council");
- a sitting the chair presided over, named by its capitalized title with no "of" phrase;
- "Heads of Governments" / "Heads of States": the plural some texts write names the same body;
- the foreign ministers "held their meeting": the organization's own body of them (BRICS has no council)."""

from __future__ import annotations

import pytest

from tests.conftest import held_meetings


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        ("ASTANA, 4 May 2031 -- President Aidar Bekov chaired a meeting, by video link, of the Collective "
         "Security Council of the CSTO.", "csto", "collective-security-council"),
        ("MINSK, 4 May 2031 -- The host's president chaired a session, held online, of the Council of Heads of "
         "State of the Commonwealth of Independent States.", "cis", "council-of-heads-of-state"),
        ("DUSHANBE, 4 May 2031 -- Tajikistan's president presided over a meeting, in a narrow format, of the "
         "SCO Council of Heads of State.", "sco", "council-of-heads-of-state"),
    ],
)  # fmt: skip
def test_an_aside_between_the_sitting_and_its_body_keeps_the_sitting(text: str, org: str, body: str) -> None:
    meetings = held_meetings(text, org)
    assert [(m["body"], m["date"]) for m in meetings[:1]] == [(body, "2031-05-04")]


@pytest.mark.parametrize(
    ("text", "org", "body", "place"),
    [
        ("Jakarta, 9 July 2031 (Antara) - Foreign Minister Dewi Lestari today presided over the 64th ASEAN "
         "Foreign Ministers' Meeting (AMM) at the convention hall in Jakarta.", "asean", "foreign-ministers-meeting",
         "Jakarta"),
        ("Suva, 9 July 2031 - The Fijian prime minister chaired the 52nd Pacific Islands Forum Leaders Meeting "
         "in Suva.", "pif", "leaders-meeting", "Suva"),
    ],
)  # fmt: skip
def test_a_sitting_the_chair_presided_over_by_its_title_is_held(
    text: str, org: str, body: str, place: str
) -> None:
    meetings = held_meetings(text, org)
    assert [(m["body"], m["date"], m.get("place")) for m in meetings[:1]] == [(body, "2031-07-09", place)]


@pytest.mark.parametrize(
    "text",
    [
        # to come, not held
        "Jakarta, 9 July 2031 (Antara) - Foreign Minister Dewi Lestari will preside over the 65th ASEAN Foreign "
        "Ministers' Meeting in Jakarta next year.",
        "Jakarta, 9 July 2031 (Antara) - Indonesia is to chair the 65th ASEAN Foreign Ministers' Meeting in 2032.",
    ],
)
def test_a_sitting_to_be_presided_over_is_not_held(text: str) -> None:
    assert held_meetings(text, "asean") == []


@pytest.mark.parametrize(
    ("words", "org", "body"),
    [
        ("the 21st meeting of the Council of Heads of Governments of the SCO", "sco", "council-of-heads-of-government"),
        ("a session of the Council of Heads of States of the CIS", "cis", "council-of-heads-of-state"),
    ],
)  # fmt: skip
def test_the_plural_of_heads_of_government_names_the_same_body(words: str, org: str, body: str) -> None:
    text = f"BISHKEK, 2 March 2031 -- Kyrgyzstan hosted {words} in Bishkek on Monday."
    assert [m["body"] for m in held_meetings(text, org)[:1]] == [body]


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        ("RIO DE JANEIRO, 2 March 2031 -- The BRICS Ministers of Foreign Affairs held their annual meeting in Rio "
         "de Janeiro today.", "brics", "foreign-ministers-meeting"),
        ("CAIRO, 2 March 2031 -- The Arab League's foreign ministers held their 175th session in Cairo today.",
         "arab-league", "council-of-foreign-ministers"),
    ],
)  # fmt: skip
def test_foreign_ministers_holding_their_meeting_sit_in_their_organizations_body(
    text: str, org: str, body: str
) -> None:
    assert [m["body"] for m in held_meetings(text, org)[:1]] == [body]


# -- "A joined B as members": the states after the verb were members already ------------------------------------

_KAZAN_LIKE = "KAZAN, October 23 (TASS) - The BRICS summit opened in Kazan on Wednesday.\n\n"


def _grants(text: str) -> list[tuple[str, str]]:
    from tests.conftest import events_of

    return [(e["party"], e["effective"]) for e in events_of(text, "StatusGranted", "brics", "2031-10-23")]


def test_the_states_a_new_member_joined_are_not_granted_anything() -> None:
    text = _KAZAN_LIKE + "At the summit, Chile and Kenya joined Brazil, Russia and India as full members.\n"
    assert _grants(text) == [("CHL", "2031-10-23"), ("KEN", "2031-10-23")]


def test_a_joining_dated_months_before_the_report_is_the_groups_history() -> None:
    text = _KAZAN_LIKE + (
        "On January 1, 2031, Chile, Kenya, Oman and Vietnam joined Brazil, Russia, India, China and South Africa "
        "as full members.\n"
    )
    assert _grants(text) == []


# -- a prime minister in a heads of state's council's list heads his government, not his state ----------------

_COUNCIL = "MINSK, 2 May 2031 -- The Collective Security Council of the CSTO met in Minsk today.\n\nTaking part in the meeting were "


@pytest.mark.parametrize(
    ("names", "armenia"),
    [
        ("Prime Minister of Armenia Aram Petrosyan, President of Belarus Ivan Kuzmich and President of Kazakhstan "
         "Nurlan Sadykov.", "head of government"),
        ("Armenian Prime Minister Aram Petrosyan, Belarusian President Ivan Kuzmich and Kazakh President Nurlan "
         "Sadykov.", "head of government"),
        # a deputy heads the delegation under his own title
        ("Deputy Prime Minister of Armenia Aram Petrosyan, President of Belarus Ivan Kuzmich and President of "
         "Kazakhstan Nurlan Sadykov.", "Deputy Prime Minister"),
    ],
)  # fmt: skip
def test_a_prime_minister_in_the_heads_of_states_list_is_a_head_of_government(
    names: str, armenia: str
) -> None:
    (meeting,) = held_meetings(_COUNCIL + names + "\n", "csto")
    roles = {p["party"]: p["role"] for p in meeting["participants"]}
    assert roles == {"ARM": armenia, "BLR": "head of state", "KAZ": "head of state"}
