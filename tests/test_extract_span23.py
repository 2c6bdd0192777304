"""The meeting's days and place (twenty-first session's fixer span23): the first day told by a sentence whose
subject is the sitting left unsaid ("It opened on Monday", "Held on 3 and 4 May ..."), by the opening as a noun
("the opening ceremony on Saturday") or by the chair declaring it open; a day told as the sitting's second; the
year of a text without a dateline's year read from the opening's own day; another organization's sitting (the
G20 summit around an informal meeting) widening nothing; a region's name ("Para state") no town.

Every sentence is written for the test (invented persons; no third-party text)."""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract


def _meetings(text: str, org: str, published: str | None = None) -> list[dict]:
    return [c.event for c in extract(text, org, "t", published=published) if c.type == "MeetingHeld"]


def _meeting(text: str, org: str, published: str | None = None) -> dict:
    found = _meetings(text, org, published)
    assert found, text
    return found[0]


# -- the first day told by a sentence whose subject is unsaid ----------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "It opened on Tuesday at the Foreign Ministry with a minute of silence.",
        "It started on Tuesday in the presence of the host's president.",
        "It began on Tuesday morning with the report of the secretary-general.",
        "Held on Tuesday and Wednesday at the congress hall, it drew eleven delegations.",
        "Convened on 4 and 5 March 2031 at the national palace, it adopted nine decisions.",
    ],
)
def test_an_unsaid_subject_after_the_sitting_tells_its_first_day(second: str) -> None:
    text = (
        "LUANDA, 5 March 2031 -- The 14th Summit of the Southern African Development Community ends today in"
        f" Luanda. {second} The leaders reviewed the region's security."
    )
    assert _meeting(text, "sadc", "2031-03-05")["date"] == "2031-03-04/2031-03-05"


def test_a_pronoun_far_from_the_sitting_tells_nothing() -> None:
    text = (
        "LUANDA, 5 March 2031 -- The 14th Summit of the Southern African Development Community ends today in"
        " Luanda. The host's new airport terminal was finished this year after two years of work. Its operator"
        " is a state company. It opened on Tuesday with a first flight from Lisbon."
    )
    assert _meeting(text, "sadc", "2031-03-05")["date"] == "2031-03-05"


# -- the opening as a noun, the chair declaring it open ------------------------------------------------------


@pytest.mark.parametrize(
    "lede",
    [
        "The 61st ASEAN Summit ended yesterday, two days after the host welcomed the leaders to the opening"
        " ceremony on Saturday.",
        "The 61st ASEAN Summit ended here yesterday. The opening session was held on Saturday in the presence of"
        " the king.",
        "The 61st ASEAN Summit ended here yesterday; the outgoing chair had declared the summit open on Saturday.",
    ],
)
def test_the_opening_as_a_noun_tells_the_first_day(lede: str) -> None:
    text = f"VIENTIANE, 12 May 2031 -- {lede} The leaders adopted a statement on the sea."
    assert _meeting(text, "asean", "2031-05-12")["date"] == "2031-05-10/2031-05-11"


def test_the_opening_of_another_event_tells_nothing() -> None:
    text = (
        "VIENTIANE, 12 May 2031 -- The 61st ASEAN Summit ended here yesterday. Ministers had attended the opening"
        " ceremony of a trade fair by video on Saturday."
    )
    assert _meeting(text, "asean", "2031-05-12")["date"] == "2031-05-11"


# -- a day told as the sitting's second --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The second and final day of the 12th Meeting of BRICS Ministers of Agriculture began on Thursday, 18 September"
        " 2031, with a visit to a farm near Campinas.",
        "The ministers signed the Campinas Declaration on Thursday, 18 September 2031, the second and last day of the"
        " 12th Meeting of BRICS Ministers of Agriculture, in Campinas.",
    ],
)
def test_the_sittings_second_day_tells_its_eve_the_first(sentence: str) -> None:
    assert _meeting(sentence, "brics", "2031-09-18")["date"] == "2031-09-17/2031-09-18"


def test_the_second_day_of_a_gathering_around_it_is_not_the_sittings() -> None:
    text = (
        "ALMATY, 18 September 2031 -- The Council of Heads of State of the CIS is meeting today in Almaty, the second"
        " and final day of a gathering devoted to trade."
    )
    assert _meeting(text, "cis", "2031-09-18")["date"] == "2031-09-18"


# -- a text with no dateline's year -------------------------------------------------------------------------------


def test_a_span_without_a_year_is_read_in_the_year_of_the_openings_day() -> None:
    text = (
        "Campinas, Sao Paulo - The leaders of the BRICS countries signed the Campinas Declaration on Monday, 7 July"
        " 2031, on the first day of their summit. The summit is being held on 7 and 8 July at the city's"
        " exhibition centre."
    )
    assert _meeting(text, "brics")["date"] == "2031-07-07/2031-07-08"


# -- another organization's sitting around an informal meeting ---------------------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "The G20 summit runs on Friday and Saturday.",
        "The Group of 20 summit in the city runs from 14 to 15 November.",
        "Meanwhile, the OSCE Ministerial Council sits in the same city on 14-15 November.",
    ],
)
def test_another_organizations_sitting_widens_nothing(later: str) -> None:
    text = (
        "OSAKA, Nov. 14 -- Leaders of the BRICS countries held an informal meeting in Osaka on Friday, before the"
        f" G20 summit got under way. {later} The five leaders issued a joint statement."
    )
    assert _meeting(text, "brics", "2031-11-14")["date"] == "2031-11-14"


def test_the_sittings_own_span_still_widens() -> None:
    text = (
        "OSAKA, Nov. 14 -- The BRICS summit opened in Osaka on Friday. The BRICS summit runs on Friday and"
        " Saturday."
    )
    assert _meeting(text, "brics", "2031-11-14")["date"] == "2031-11-14/2031-11-15"


# -- a region's name is no town ---------------------------------------------------------------------------------


@pytest.mark.parametrize("region", ["Para state", "Goias state", "Hunan province"])
def test_the_capital_of_a_region_is_no_town_of_the_regions_name(region: str) -> None:
    text = (
        f"Manaus, {region.split()[0]} - The leaders of the Amazon Cooperation Treaty Organization met on 7 July"
        f" 2031 at the convention centre in the capital of {region}."
    )
    place = _meeting(text, "acto").get("place")
    assert place != region.split()[0]
