"""Issue 14, fourteenth session, fixer body16: the body slug canon (extract/meeting_canon.py) and the sectoral
ministers' and officials' sittings (meeting_body._sectoral_sitting). Every sentence, organization and person
here is invented; the wordings follow the classes real pages of many organizations show (BRICS, ECO, OECD,
SADC, G7, NATO, ASEM, the SCO), none of their sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting_canon import canon_body
from igo_timeline.extract.text import Document


def bodies(text: str, org: str, store: dict[str, list[str]] | None = None) -> list[str]:
    return [c.event["body"] for c in extract(text, org, "t", bodies=store) if c.type == "MeetingHeld"]


def ctx_of(text: str, org: str) -> Context:
    return Context(Document(text), org, "t", (), {})


DATELINE = "NAIROBI, 4 May 2031 -- "


# --- 1. a sectoral ministers' sitting no council holds is <sector>-ministers-meeting --------------------------


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Fifth Meeting of XYZ Ministers of Agriculture took place in Nairobi on Thursday.", "agriculture-ministers-meeting"),
        ("The agriculture ministers of the Savanna States Union (XYZ) held their fifth meeting in Nairobi on Thursday.", "agriculture-ministers-meeting"),
        ("An informal meeting of XYZ defense ministers was held in Nairobi on Thursday.", "defence-ministers-meeting"),
        ("Defense ministers of the XYZ met informally in Nairobi on Thursday to discuss border patrols.", "defence-ministers-meeting"),
        ("XYZ health ministers met in Nairobi on Thursday and agreed on a joint vaccine stockpile.", "health-ministers-meeting"),
        ("The 12th meeting of XYZ ministers responsible for energy was held in Nairobi on Thursday.", "energy-ministers-meeting"),
        ("The XYZ Trade Ministers' Meeting opened in Nairobi on Thursday.", "trade-ministers-meeting"),
    ],
)  # fmt: skip
def test_a_sectoral_ministers_meeting(sentence: str, body: str) -> None:
    assert bodies(DATELINE + sentence, "xyz") == [body]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The XYZ national security advisers held their ninth meeting in Nairobi on Thursday.", "national-security-advisers-meeting"),
        ("The meeting of XYZ high representatives responsible for security issues was held in Nairobi on Thursday.", "national-security-advisers-meeting"),
        ("Senior officials of the XYZ met in Nairobi on Thursday to prepare the summit.", "senior-officials-meeting"),
    ],
)  # fmt: skip
def test_an_officials_meeting_is_never_the_summit(sentence: str, body: str) -> None:
    assert bodies(DATELINE + sentence, "xyz") == [body]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # a council named by its members' office keeps that name
        ("The XYZ Council of Defence Ministers met in Nairobi on Thursday.", "council-of-defence-ministers"),
        # the body named first is the meeting's, not ministers who met before
        ("The XYZ summit opened in Nairobi on Thursday, a week after the trade ministers met in Mombasa.", "summit"),
        ("The leaders of the XYZ met in Nairobi on Thursday, a week after their trade ministers gathered in Mombasa.", "summit"),
    ],
)  # fmt: skip
def test_not_a_sectoral_meeting(sentence: str, body: str) -> None:
    assert bodies(DATELINE + sentence, "xyz") == [body]


def test_their_council_named_is_a_council() -> None:
    text = DATELINE + "Defence ministers met in Nairobi on Thursday for a session of their council."
    assert bodies(text, "xyz") == ["council-of-defence-ministers"]


def test_the_store_slug_wins() -> None:
    # the store names the defence ministers' sitting its own way: that slug, not the canon's
    store = {"defense-ministers": ["Defense Ministers Meeting", "defense ministers", "defence ministers"]}
    text = DATELINE + "The defence ministers of the XYZ member states met in Nairobi on Thursday."
    assert bodies(text, "xyz", store) == ["defense-ministers"]


def test_a_table_body_of_ministers_wins() -> None:
    # the CIS's table names its Council of Defense Ministers
    text = "MINSK, 4 May 2031 -- CIS defence ministers met in Minsk on Thursday."
    assert bodies(text, "cis") == ["council-of-defense-ministers"]


# --- 2. foreign ministers: their council only where named ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Foreign ministers of the XYZ met in Nairobi on Thursday to discuss the budget.", "foreign-ministers-meeting"),
        ("The XYZ foreign ministers held their annual meeting in Nairobi on Thursday.", "foreign-ministers-meeting"),
        ("The XYZ Council of Foreign Ministers met in Nairobi on Thursday.", "council-of-foreign-ministers"),
        ("The foreign ministers of the XYZ held the fourth meeting of their council in Nairobi on Thursday.", "council-of-foreign-ministers"),
    ],
)  # fmt: skip
def test_foreign_ministers_council_only_where_named(sentence: str, body: str) -> None:
    assert bodies(DATELINE + sentence, "xyz") == [body]


# --- 3. the canon of a slug no table names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "canon"),
    [
        ("plenipotentiary-conference-2031", "plenipotentiary-conference"),
        ("2031-plenipotentiary-conference", "plenipotentiary-conference"),
        ("thirty-ninth-regular-meeting-of-the-general-council", "meeting-of-the-general-council"),
        ("extraordinary-summit", "summit"),
        ("general-council-of-the-savanna-states-union-the-ninth-session-of-the-general-council", "general-council"),
        ("ruritanian-general-council", "ruritanian-general-council"),  # no state of the tables: kept
        ("kenyan-presidency-council", "presidency-council"),  # a state's adjective first: no part of the name
        ("ministers-of-agriculture", "agriculture-ministers-meeting"),
        ("meeting-of-the-ministers-of-foreign-affairs", "foreign-ministers-meeting"),
        ("defense-ministers", "defence-ministers-meeting"),
        ("council-of-defense-ministers", "council-of-defense-ministers"),
        ("prime-ministers", "summit"),
        ("savanna-permanent-council", "permanent-council"),  # the organization's own name first
        ("ssu-permanent-council", "permanent-council"),
        ("collective-security-council", "collective-security-council"),  # one word would be left: kept
    ],
)  # fmt: skip
def test_the_canon(slug: str, canon: str) -> None:
    ctx = ctx_of("The Savanna States Union (SSU) met.", "ssu")
    assert canon_body(slug, ctx) == canon


@pytest.mark.parametrize(
    "slug",
    [
        "kenyatta-international-conference-centre",
        "grand-palace-hall",
        "kenyan",
    ],
)
def test_a_venue_or_a_nationality_is_no_body(slug: str) -> None:
    assert canon_body(slug, ctx_of("The Savanna States Union (SSU) met.", "ssu")) is None


def test_a_tabled_slug_is_kept() -> None:
    # ASEAN's table names its summit asean-summit: never cut to "summit" as an own-name prefix
    assert canon_body("asean-summit", ctx_of("ASEAN leaders met.", "asean")) == "asean-summit"


def test_an_inflected_own_name_first() -> None:
    text = "The International Francophone Organisation (OIF) said the Francophonie Permanent Council met."
    assert canon_body("francophonie-permanent-council", ctx_of(text, "oif")) == "permanent-council"


def test_an_abbreviation_in_another_order_is_the_organizations() -> None:
    text = (
        DATELINE
        + "The First Leaders' Meeting of the Lancang-Mekong Cooperation (LMC) was held in Nairobi on Thursday."
    )
    assert "lmc-leaders-meeting" not in bodies(text, "mlc")


def test_a_venue_named_conference_is_no_body() -> None:
    text = (
        DATELINE
        + "Delegates gathered at the Kenyatta International Conference Centre on Thursday as the annual "
        "meeting of the Board of Governors of the Savanna Bank (SSB) opened."
    )
    assert not [b for b in bodies(text, "ssb") if "centre" in b]


# --- 4. laws --------------------------------------------------------------------------------------------------

_WORD = st.sampled_from(
    ["council", "of", "the", "ministers", "foreign", "defense", "summit", "2031", "ninth", "extraordinary",
     "savanna", "ssu", "kenyan", "centre", "meeting", "heads", "state", "leaders", "agriculture", "and", "a"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=9))
def test_the_canon_is_a_slug_and_idempotent(words: list[str]) -> None:
    ctx = ctx_of("The Savanna States Union (SSU) met.", "ssu")
    slug = "-".join(words)
    out = canon_body(slug, ctx)
    assert out is None or re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", out), out
    if out is not None:
        assert canon_body(out, ctx) == out


# --- 5. a governing board told in lower case after its owner's name, its size before it ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Savanna Bank's 25-member executive board on Wednesday picked Ana Lobo to lead the institution.",
        "The Savanna Bank's executive board on Wednesday selected Ana Lobo as president.",
        "The Bank's governing council on Wednesday elected Ana Lobo as president for five years.",
    ],
)
def test_a_lower_case_board_after_its_owner_sat(sentence: str) -> None:
    text = "WASHINGTON, May 3, 2034 (Wire) - " + sentence
    found = [c.event for c in extract(text, "ssb", "t") if c.type == "MeetingHeld"]
    assert [(e["body"], e.get("date")) for e in found] in (
        [("executive-board", "2034-05-03")],
        [("governing-council", "2034-05-03")],
    )


def test_a_board_that_will_pick_has_not_sat() -> None:
    text = "WASHINGTON, May 3, 2034 (Wire) - The Savanna Bank's executive board is expected to pick a president next week."
    assert [c for c in extract(text, "ssb", "t") if c.type == "MeetingHeld" and c.record == "event"] == []
