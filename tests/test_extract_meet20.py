"""Issue 14, eighteenth session, fixer meet20: meetings found (body, place, days). Every sentence,
organization and person here is invented; the wordings follow classes that real pages of many organizations
show (the SCO, the G7, the EU, a WHO health network, ASEAN, BRICS ...), none of their sentences.

1. Sectoral ministers told as the subject of a sitting ("Defence ministers of the XYZ gathered ...", "The
   heads of the health ministries of the XYZ met ...", "Ministers of agriculture from the member states sat
   down for their first meeting"): their own ministers' body, not the summit and not nothing.
2. A town the gazetteer lacks, or a region's name, beside its region or state: "at Zunder in the Kingdom of
   Eswatini" (a state by its formal style), a dateline "Town, Region State, Country, day -", "in Lara State"
   (a region, never a namesake town abroad), a conference venue named after its town ("at the Mwanza
   International Conference Centre").
3. A body's name as reports gloss it: a bracketed title of its members inside the name ("the Heads of
   Government (Prime Ministers) Council" is the heads of government's council, not the heads of state's);
   the members' security council secretaries named either way round, "national" or not.
4. The close of a sitting told as a noun ("at the closure of a three-day session on Monday"): its last
   day, its length counted back.
5. A past sitting told as background with its year (a leader recalling a first summit decades ago, in
   another town) gives no town to the sitting reported (a virtual one has none).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting_body import _sector_ministers_body
from igo_timeline.extract.text import Document


def _meetings(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]


def _one(text: str, org: str = "xyz") -> dict[str, Any]:
    found = _meetings(text, org)
    assert found, "no meeting found"
    return found[0]


# -- 1. sectoral ministers as the subject of a sitting -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "date", "place"),
    [
        (
            "TARNOW, 14 May 2031 - The heads of the defence ministries of the Xyz Cooperation Union (XYZ) "
            "gathered in Tarnow on Wednesday for their yearly meeting.",
            "defence-ministers-meeting",
            "2031-05-14",
            "Tarnow",
        ),
        (
            "TARNOW, 14 May 2031 - Defence ministers of the nine-member Xyz Cooperation Union (XYZ) sat down on "
            "Tuesday for their first Defence Ministers' Meeting, which officials called a milestone.",
            "defence-ministers-meeting",
            "2031-05-13",
            "Tarnow",
        ),
        (
            "OSLO, 9 June 2031 - Ministers of health from the member states of the Xyz Cooperation Union (XYZ) "
            "met in Oslo on Monday to compare their plans against a new fever.",
            "health-ministers-meeting",
            "2031-06-09",
            "Oslo",
        ),
        (
            "LIMA, 3 March 2031 - The foreign ministers of the XYZ countries began their meeting here on Monday "
            "morning with a photograph in the garden.",
            "foreign-ministers-meeting",
            "2031-03-03",
            "Lima",
        ),
        (
            "ACCRA, 20 April 2031 - XYZ agriculture ministers convened in Accra on Sunday and agreed on a seed "
            "bank.",
            "agriculture-ministers-meeting",
            "2031-04-20",
            "Accra",
        ),
    ],
)
def test_sectoral_ministers_subject_is_their_sitting(text: str, body: str, date: str, place: str) -> None:
    found = _one(text)
    assert (found["body"], found["date"], found.get("place")) == (body, date, place)


def _sectoral(subject: str, text: str = "", org: str = "xyz") -> str | None:
    ctx = Context(Document(text or subject), org, "t", (), {})
    return _sector_ministers_body(subject, ctx)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("The heads of the defence ministries of the XYZ", "defence-ministers-meeting"),
        ("Ministers of health from the member states", "health-ministers-meeting"),
        ("XYZ trade and energy ministers", "trade-ministers-meeting"),
        ("The ministers responsible for transport of the XYZ", "transport-ministers-meeting"),
        ("Defence chiefs of the member countries", "defence-ministers-meeting"),
    ],
)
def test_sectoral_subject_names_its_body(subject: str, body: str) -> None:
    assert _sectoral(subject) == body


@pytest.mark.parametrize(
    "subject",
    [
        "The foreign ministers of Norway and Sweden",  # two states' own talks
        "Defence ministers of Chile, Peru and Bolivia",
        "The defence ministers of the European Union",  # another organization's
        "The leaders of the XYZ",  # no sector: not this rule
        "Defence ministers who had flown in from the coast",  # no "of"/"from" of members: not the whole subject
    ],
)
def test_no_sectoral_body_for_others_ministers(subject: str) -> None:
    assert _sectoral(subject) is None


def test_ministers_who_wrapped_up_a_wider_event_leave_the_day_to_their_sitting() -> None:
    # the close of a three-day event is not the day the ministers' own meeting sat
    text = (
        "ACCRA, 19 April 2031 - Agriculture ministers of the XYZ countries wrapped up their yearly gathering "
        "here on Saturday. The ministers held the Fifth Meeting of XYZ Ministers of Agriculture in Accra on "
        "Friday, 18 April 2031, with Ghana as host."
    )
    found = _one(text)
    assert found["date"] == "2031-04-18"


def test_sat_down_without_a_sitting_is_no_meeting() -> None:
    text = "ACCRA, 20 April 2031 - XYZ agriculture ministers sat down in the front row as the film began."
    assert not [m for m in _meetings(text) if "agriculture" in m["body"]]


@settings(max_examples=40, deadline=None)
@given(
    sector=st.sampled_from(["defence", "health", "trade", "energy", "finance"]),
    verb=st.sampled_from(["met", "gathered", "convened"]),
)
def test_quote_is_the_text_and_body_names_the_sector(sector: str, verb: str) -> None:
    text = (
        f"OSLO, 9 June 2031 - The {sector} ministers of the XYZ {verb} in Oslo on Monday and adopted a plan."
    )
    for c in extract(text, "xyz", "t"):
        q = c.event["source"]
        assert text[q["start"] : q["end"]] == q["quote"]
    found = _one(text)
    assert sector in found["body"]


# -- 2. a town beside its region or state ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "host"),
    [
        (
            "The 41st Summit of the XYZ, held at Mvutshini in the Kingdom of Eswatini, ended on Wednesday, "
            "31 August 2033, with a declaration on roads.",
            "Mvutshini",
            "SWZ",
        ),
        (
            "The leaders of the XYZ met at Kerewan in the Republic of the Gambia on 3 May 2033 and agreed on a "
            "fund.",
            "Kerewan",
            "GMB",
        ),
        (
            "Sanare, Lara State, Venezuela, 29 April 2033 - The Ninth Summit of the XYZ ended on Sunday in this "
            "town of Lara State with a declaration.",
            "Sanare",
            "VEN",
        ),
        (
            "DODOMA, 7 March 2033 - The leaders of the XYZ held their 30th summit on Saturday at the Mwanza "
            "International Conference Centre.",
            "Mwanza",
            "TZA",
        ),
    ],
)
def test_town_beside_its_region_or_state(text: str, place: str, host: str) -> None:
    found = _one(text)
    assert (found.get("place"), found.get("host")) == (place, host)


def test_a_regions_name_is_no_namesake_town_abroad() -> None:
    # "Lara" is also a town in Australia: "Lara State" names a Venezuelan region, not that town
    text = "XYZ leaders close ninth summit in Lara State. The leaders adopted a declaration on 29 April 2033."
    found = _meetings(text)
    assert all(m.get("place") != "Lara" and m.get("host") != "AUS" for m in found)


def test_dateline_with_region_reads_town_and_state() -> None:
    from igo_timeline.extract.anchor import find_anchor

    anchor = find_anchor("Sanare, Lara State, Venezuela, April 29, 2033 - The summit ended.", None)
    assert (anchor.place, anchor.region, str(anchor.day)) == ("Sanare", "Venezuela", "2033-04-29")
    # a dateline whose second part is a month is no region: the day stays the dateline's
    plain = find_anchor("ROVANIEMI, Finland, May 7, 2033 - The ministers met.", None)
    assert (plain.place, plain.region, str(plain.day)) == ("Rovaniemi", "Finland", "2033-05-07")


def test_formal_style_of_a_state_names_it_but_a_region_is_none() -> None:
    from igo_timeline.extract.meeting_place import _state_of

    assert _state_of("the Kingdom of Eswatini") == "SWZ"
    assert _state_of("Federal Republic of Somalia") == "SOM"
    assert _state_of("Republic of Tatarstan") is None
    assert _state_of("Kingdom") is None


def test_a_venue_not_named_after_a_town_gives_no_town() -> None:
    text = (
        "DODOMA, 7 March 2033 - The leaders of the XYZ held their 30th summit on Saturday at the Julius "
        "Nyerere International Convention Centre."
    )
    found = _one(text)
    assert found.get("place") in (None, "Dodoma")


# -- 3. a body's name as reports gloss it ----------------------------------------------------------------


@pytest.mark.parametrize("gloss", ["(Prime Ministers) ", "(Heads of Government) ", "(Premiers) "])
def test_members_gloss_in_brackets_is_no_part_of_the_name(gloss: str) -> None:
    # the organization's table names the council of heads of government: the gloss must not turn it into the
    # heads of state's
    text = (
        "Prime ministers gathered in Dushanbe on 12 October 2033 for the 25th meeting of the Heads of "
        "Government {}Council of the Shanghai Cooperation Organisation, their last before the winter."
    )
    assert _one(text.format(gloss), "sco")["body"] == "council-of-heads-of-government"
    # an organization no table knows: the same body as the name without the gloss
    plain = _one(text.format("").replace("Shanghai Cooperation Organisation", "XYZ"))["body"]
    assert _one(text.format(gloss).replace("Shanghai Cooperation Organisation", "XYZ"))["body"] == plain


@pytest.mark.parametrize(
    "slug",
    [
        "national-security-council-secretaries",
        "meeting-of-secretaries-of-national-security-councils",
        "security-council-secretaries-meeting",
    ],
)
def test_security_council_secretaries_either_way_round(slug: str) -> None:
    from igo_timeline.extract.meeting_canon import canon_body

    ctx = Context(Document("x"), "xyz", "t", (), {})
    assert canon_body(slug, ctx) == "security-council-secretaries-meeting"


def test_a_committee_of_secretaries_keeps_its_name() -> None:
    from igo_timeline.extract.meeting_canon import canon_body

    ctx = Context(Document("x"), "xyz", "t", (), {})
    assert canon_body("committee-of-secretaries-of-security-councils", ctx) != (
        "security-council-secretaries-meeting"
    )


# -- 4. the close of a sitting as a noun ---------------------------------------------------------------------


@pytest.mark.parametrize("prep", ["during", "at", "upon"])
def test_closure_of_a_two_day_summit_is_its_last_day(prep: str) -> None:
    text = (
        "MOSHI, 23 July 2033 - XYZ heads of state chose Dala Omenka as the bloc's chair on Friday, at their "
        f"12th Ordinary Summit in Moshi. Her name was read out {prep} the closure of their two-day summit on "
        "Friday, the host said."
    )
    assert _one(text)["date"] == "2033-07-21/2033-07-22"


def test_closure_of_a_visit_is_no_sittings_close() -> None:
    text = (
        "MOSHI, 23 July 2033 - Dala Omenka was elected XYZ chair on Friday by the heads of state at the 12th "
        "Ordinary Summit of the XYZ held in Moshi. He spoke during the closure of his two-day visit on Friday."
    )
    assert _one(text)["date"] == "2033-07-22"


# -- 5. a past sitting's town is not the reported sitting's ---------------------------------------------------


def test_a_past_sittings_town_told_with_its_year_is_not_the_meetings() -> None:
    # no dateline: the report's day is given as published
    text = (
        "President Dala Omenka has taken over the chair of the XYZ at its 12th Summit. She took over on "
        "Thursday from the outgoing chair. The summit took place by video link. Her first XYZ summit, she "
        "recalled, was the one held in Tarnow in 1997, months after the group began."
    )
    found = [c.event for c in extract(text, "xyz", "t", published="2033-04-09") if c.type == "MeetingHeld"]
    assert found
    assert found[0].get("place") is None


def test_a_later_sentence_that_tells_the_sitting_still_gives_its_town() -> None:
    text = (
        "President Dala Omenka has taken over the chair of the XYZ at its 12th Summit. The summit was held on "
        "Thursday, 7 April 2033, in Tarnow."
    )
    assert _one(text).get("place") == "Tarnow"
