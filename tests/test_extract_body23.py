"""Fixer body23: the meeting's body (which organ sat). Every sentence, organization and person here is
invented; the wordings follow the classes real pages of many organizations show (the Latin American
Integration Association, the Andean Community, Mercosur, the CPLP, the Council of Europe, the Arctic Council,
BRICS, SAARC, CICA, the G77), none of their sentences.

1. An organization whose abbreviation is of its name in another language ("the Andean Community (CAN)",
   "the Southern Common Market (Mercosur)"): the name the text gives before its own abbreviation in brackets
   is the organization's, whatever its initials spell, and no owner of a body's name ("the Council of
   Ministers of the Latin American Integration Association" is its Council of Ministers); at the head of a
   body's name its words stay, as the golds keep them (meeting_ownname._bracketed_name_words).
2. An organization whose full name holds a body's word ("Council of Europe", "Arctic Council"): its name
   after "of the" is no part of a body's name (meeting_canon._own_tail_cut).
3. The sitting another sat beside ("alongside the high-level week of the 80th session of the UN General
   Assembly", "on the sideline of"): not the meeting's body (meeting_body.SIDELINES), in the lede's subject too;
   a sectoral ministers' subject naming four member states and more is the organization's ministers.
"""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting_body import SIDELINES
from igo_timeline.extract.meeting_canon import canon_body
from igo_timeline.extract.meeting_ownname import _bracketed_name_words
from igo_timeline.extract.text import Document


def bodies(text: str, org: str) -> list[str]:
    return [c.event["body"] for c in extract(text, org, "t") if c.type == "MeetingHeld"]


def ctx_of(text: str, org: str) -> Context:
    return Context(Document(text), org, "t", (), {})


# --- 1. the organization's name before its own abbreviation, whatever the initials ----------------------------


@pytest.mark.parametrize(
    ("text", "org", "words"),
    [
        ("The Southern Lakes Union (USLA) met today.", "usla", {"Southern", "Lakes", "Union"}),
        (
            "The Council of Ministers of the Latin Union of Trade (ALUC) met in Quito.",
            "aluc",
            {"Latin", "Union", "Trade"},
        ),
        (
            "Ministers of the Andes Market Community (CAMA) gathered.",
            "cama",
            {"Andes", "Market", "Community"},
        ),
        (
            "the Community of Savanna Speaking Countries (CPSS) said",
            "cpss",
            {"Community", "Savanna", "Speaking", "Countries"},
        ),
    ],
)
def test_bracketed_name_words_read(text: str, org: str, words: set[str]) -> None:
    assert set(_bracketed_name_words(text, org)) == words


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Permanent Council (USLA) met today.", "usla"),  # a body's name, not the organization's
        ("The Heads of State and Government (USLA) met today.", "usla"),  # those who sit
        ("The Southern Lakes Union (SLU) met today.", "usla"),  # another abbreviation
        ("The Lakes (USLA) met today.", "usla"),  # one word alone
    ],
)
def test_bracketed_name_words_not_read(text: str, org: str) -> None:
    assert not _bracketed_name_words(text, org)


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        (
            "QUITO, 3 March 2031 - The Council of Ministers of the Latin Union of Trade (ALUC) today chose "
            "Ana Pereira as its next secretary-general. The decision was taken at the Council's ninth meeting.",
            "aluc",
            "council-of-ministers",
        ),
        (
            "LIMA, 3 March 2031 - The Andes Market (MERCAN) admitted Chile as an associate. The decision was taken "
            "at a meeting of the Council of Foreign Ministers of the Andes Market held in Lima on Tuesday.",
            "mercan",
            "council-of-foreign-ministers",
        ),
        (
            # the name's words at the head of a body's name stay ("the Andes Presidential Council")
            "LIMA, 3 March 2031 - The Andes Market (MERCAN) admitted Chile as an associate. The decision was taken "
            "at a meeting of the Andes Presidential Council held in Lima on Tuesday.",
            "mercan",
            "andes-presidential-council",
        ),
    ],
)
def test_body_without_the_organizations_foreign_abbreviated_name(text: str, org: str, body: str) -> None:
    assert bodies(text, org) == [body]


def test_other_organizations_body_keeps_its_name() -> None:
    # another organization named in the text is no part of the organization's own name
    text = (
        "QUITO, 3 March 2031 - The Council of Ministers of the Latin Union of Trade (ALUC) today chose Ana "
        "Pereira as secretary-general. She once sat on the Common Market Council of the Andes Market."
    )
    assert "common-market-council" not in bodies(text, "aluc")


# --- 2. the organization's full name with a body's word, after "of the" ---------------------------------------


@pytest.mark.parametrize(
    ("slug", "org", "text", "body"),
    [
        ("committee-of-ministers-of-the-council-of-europe", "coe", "", "committee-of-ministers"),
        ("parliamentary-assembly-of-the-council-of-europe", "coe", "", "parliamentary-assembly"),
        (
            "standing-committee-of-the-council-of-the-lake-states",
            "ccls",
            "The Council of the Lake States (CCLS) met.",
            "standing-committee",
        ),
    ],
)
def test_own_full_name_tail_cut(slug: str, org: str, text: str, body: str) -> None:
    assert canon_body(slug, ctx_of(text, org)) == body


@pytest.mark.parametrize(
    ("slug", "org", "text"),
    [
        # another organization's name after "of the" stays
        ("committee-of-ministers-of-the-council-of-the-lake-states", "coe", ""),
        # an organization's name after "of the" whose words are not all its own
        ("committee-of-ministers-of-the-council-of-the-lake-states", "xyz", "The Savanna Union (XYZ) met."),
    ],
)
def test_own_full_name_tail_kept(slug: str, org: str, text: str) -> None:
    assert canon_body(slug, ctx_of(text, org)) == slug


def test_committee_of_ministers_of_the_council_of_europe_sits() -> None:
    text = (
        "The Committee of Ministers of the Council of Europe closed its annual session in Vilnius today. "
        "At the session, held on 14 and 15 May 2031, the ministers adopted a declaration."
    )
    assert bodies(text, "coe") == ["committee-of-ministers"]


# --- 3. the sitting another sat beside ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lede",
    [
        "Meeting here on Thursday alongside the high-level week of the 86th session of the UN General "
        "Assembly, the foreign ministers of Brazil, Russia, India, China and South Africa held their annual talks.",
        "The BRICS foreign ministers met in New York on 23 September 2031, during the high-level week of the "
        "86th session of the United Nations General Assembly.",
        "The BRICS foreign ministers met in New York on 23 September 2031 on the sideline of the 86th session "
        "of the United Nations General Assembly.",
    ],
)
def test_ministers_beside_the_world_body(lede: str) -> None:
    text = (
        f"NEW YORK, 23 September 2031 - {lede} South Africa, the incoming BRICS chair, chaired the meeting."
    )
    assert bodies(text, "brics") == ["foreign-ministers-meeting"]


def test_alongside_the_summit_is_another_sitting() -> None:
    text = (
        "The Savanna Union (XYZ) held its summit in Arusha on 3 March 2031. Alongside the summit, the Council "
        "of Foreign Ministers held its regular meeting."
    )
    assert "summit" in bodies(text, "xyz")


def test_the_world_bodys_own_sitting_stays() -> None:
    # the UN General Assembly's own session, for a text on it: nothing is beside it
    text = "NEW YORK, 23 September 2031 - The General Assembly opened its 86th session in New York today."
    assert bodies(text, "un") == ["general-assembly"]


def test_foreign_ministers_of_two_states_are_no_sitting_of_the_organization() -> None:
    text = (
        "NEW YORK, 23 September 2031 - Meeting in New York on Thursday, the foreign ministers of Brazil and "
        "India held talks on trade. BRICS was not discussed."
    )
    assert "foreign-ministers-meeting" not in bodies(text, "brics")


# --- 4. the sitting a meeting prepares ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "body"),
    [
        (
            "Foreign ministers of the six member states of the Savanna Union (XYZ) gathered in Arusha on Monday "
            "to get ready for the organization's summit, which the city will host next month.",
            "foreign-ministers-meeting",
        ),
        (
            "The XYZ Council of Foreign Ministers met in Arusha on Monday to prepare the summit of heads of state.",
            "council-of-foreign-ministers",
        ),
        (
            "The XYZ Council of Foreign Ministers met in Arusha on Monday in preparation for the annual summit.",
            "council-of-foreign-ministers",
        ),
    ],
)
def test_ministers_preparing_the_summit(lede: str, body: str) -> None:
    text = f"ARUSHA, 5 March 2031 - {lede} The ministers adopted a statement."
    assert bodies(text, "xyz") == [body]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers held a preparatory meeting for the 40th XYZ Summit on Monday.",
        "The meeting opened as part of preparations for the 34th session of the XYZ Summit.",
        "The ministers met in preparation for 34th XYZ Summit.",
        "The ministers met in the run-up to the leaders' summit.",
        "The talks were a step in preparing the summit that Arusha will host.",
    ],
)
def test_prepared_sitting_blanked(sentence: str) -> None:
    blanked = SIDELINES.sub(lambda m: " " * len(m.group()), sentence)
    assert "Summit" not in blanked and "summit" not in blanked


@pytest.mark.parametrize(
    "sentence",
    [
        "The XYZ Summit opened in Arusha on Monday.",
        "The ministers met to prepare the package of legal acts.",
        "The preparatory meeting of the XYZ Council of Foreign Ministers opened on Monday.",
    ],
)
def test_no_prepared_sitting_kept(sentence: str) -> None:
    assert SIDELINES.sub(lambda m: " " * len(m.group()), sentence) == sentence


def test_summit_preparing_nothing_stays() -> None:
    # a summit that prepares a document, not a sitting, keeps its body
    text = (
        "ARUSHA, 5 March 2031 - The XYZ summit opened in Arusha on Monday to prepare the package of legal acts "
        "on trade. The leaders adopted a statement."
    )
    assert bodies(text, "xyz") == ["summit"]
