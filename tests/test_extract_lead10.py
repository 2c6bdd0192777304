"""The lead's tests of the tenth session (issue 14): a page saved from a browser is read as its story.

A news page is mostly chrome: a menu, a banner, share bars, a column of related stories, a footer. The related
stories name other meetings and other appointments of the same organization, so the page must be read as its
story, not as all of its text. All sentences here are written for these tests."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.cli import main
from igo_timeline.extract import extract
from igo_timeline.extract.html import html_text
from tests.conftest import extracted_events, extracted_meeting, extracted_sittings

_STORY = [
    "YEREVAN, Nov. 23 -- The session of the CSTO Collective Security Council was held in Yerevan on Wednesday "
    "under the chairmanship of Prime Minister Nikol Pashinyan of Armenia.",
    "The meeting was attended by President Vladimir Putin of Russia, President Kassym-Jomart Tokayev of "
    "Kazakhstan, President Sadyr Japarov of Kyrgyzstan and President Emomali Rahmon of Tajikistan.",
    "The leaders adopted a declaration of the Collective Security Council.",
]

_RELATED = (
    "<li>The CSTO Council of Foreign Ministers met in Minsk on 5 May 2021.</li>"
    "<li>Stanislav Zas was appointed CSTO Secretary General.</li>"
)


def _page(story: list[str], *, wrap: str = "article", headline: str = "CSTO leaders meet in Yerevan") -> str:
    body = "".join(f"<p>{p}</p>" for p in story)
    inner = f"<{wrap}><p class='byline'>By our correspondent</p>{body}<footer>Tags: CSTO</footer></{wrap}>"
    return (
        "<!doctype html><html><head><title>CSTO | Agency</title>"
        '<meta property="article:published_time" content="2022-11-24T09:00:00+04:00"></head><body>'
        "<header><a href='/'>Home</a><nav><ul><li>World</li><li>Politics</li></ul></nav>"
        "<p>Sign up for our newsletter</p></header>"
        f"<div class='wrap'><h1>{headline}</h1>{inner}"
        f"<aside><h3>Related</h3><ul>{_RELATED}</ul></aside></div>"
        "<footer><p>Copyright 2022 The Agency. All rights reserved.</p><form><button>Share</button></form></footer>"
        "<script>var s = '<p>The CSTO summit was held in Astana on 1 June 2020.</p>';</script></body></html>"
    )


def test_a_page_is_read_as_its_headline_and_story_without_its_chrome() -> None:
    text = html_text(_page(_STORY))
    assert text.startswith("CSTO leaders meet in Yerevan\n\nBy our correspondent\n\nYEREVAN, Nov. 23 --")
    for chrome in ("Politics", "newsletter", "Related", "Stanislav Zas", "Copyright", "Share", "Astana"):
        assert chrome not in text
    assert "Tags: CSTO" in text  # the story's own footer is the story's


def test_a_page_that_marks_main_is_read_from_main_and_one_that_marks_nothing_whole_without_chrome() -> None:
    assert html_text(_page(_STORY, wrap="main")) == html_text(_page(_STORY))
    unmarked = html_text(_page(_STORY, wrap="div"))
    assert "Sign up" not in unmarked and "Stanislav Zas" not in unmarked and "Copyright" not in unmarked
    assert _STORY[1] in unmarked and unmarked.startswith("CSTO leaders meet in Yerevan")


def test_a_listing_of_several_articles_is_read_whole() -> None:
    """Two articles on one page: neither is the page's story, so both are read."""
    page = (
        "<html><body><article><p>" + _STORY[0] + "</p></article>"
        "<article><p>The CIS Council of Heads of State met in Dushanbe on 14 October 2022 and heard the "
        "report of the Executive Committee.</p></article></body></html>"
    )
    text = html_text(page)
    assert _STORY[0] in text and "Dushanbe" in text


def test_a_story_of_next_to_nothing_leaves_the_whole_page() -> None:
    """An <article> that holds only a teaser while the story stands outside it is no story mark."""
    page = (
        "<html><body><article><p>Watch the video</p></article><div>"
        + "".join(f"<p>{p}</p>" for p in _STORY)
        + "</div></body></html>"
    )
    text = html_text(page)
    assert _STORY[0] in text and _STORY[2] in text


def test_a_menu_the_page_never_closes_does_not_hide_the_story() -> None:
    page = "<html><body><nav><ul><li>Home</li>" + "".join(f"<p>{p}</p>" for p in _STORY) + "</body></html>"
    assert _STORY[1] in html_text(page)


def test_related_stories_of_the_same_organization_give_no_meeting_and_no_appointment() -> None:
    text = html_text(_page(_STORY))
    found = extract(text, "csto", "page", published="2022-11-24")
    meeting = extracted_meeting(found)
    assert (meeting["date"], meeting["place"]) == ("2022-11-23", "Yerevan")
    assert extracted_events(found, "OfficialAppointed") == []
    assert len(extracted_events(found, "MeetingHeld")) == 1


def test_igo_extract_on_a_saved_page_quotes_its_story(tmp_path: Any) -> None:
    """End to end: the page's publication mark dates the yearless dateline, every quote is the text as read,
    and the related column adds nothing."""
    page = tmp_path / "summit.html"
    page.write_text(_page(_STORY), "utf-8")
    result = CliRunner().invoke(main, ["--store", "memory:", "extract", str(page), "--org", "csto"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    types = sorted(r["event"]["type"] for r in rows if r["record"] == "event")
    assert "OfficialAppointed" not in types and types.count("MeetingHeld") == 1
    text = html_text(_page(_STORY))
    for r in rows:
        source = r["event"]["source"]
        assert text[source["start"] : source["end"]] == source["quote"]


_WORDS = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F), min_size=1
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=6), st.sampled_from(["article", "main", "div"]))
def test_any_story_survives_the_chrome_whole_and_in_order(story: list[str], wrap: str) -> None:
    """For any paragraphs, the page's text holds each of them whole, in their order, and none of the chrome."""
    text = html_text(_page(story, wrap=wrap))
    at = 0
    for paragraph in story:
        found = text.find(paragraph, at)
        assert found >= 0
        at = found + len(paragraph)
    for chrome in ("Sign up for our newsletter", "Stanislav Zas", "Copyright 2022"):
        assert chrome not in text or any(chrome in p for p in story)


# -- read from set 20's misses (the lead, after set 20 was scored blind) -----------------------------------------


def test_a_headline_above_the_dateline_is_not_the_lede_whose_weekday_fixes_the_year() -> None:
    """The lede's weekday ("on Saturday") read against a yearless dateline ("July 17") picks the year its term
    begins ("for the 2021-2023 biennium"); a headline standing above the dateline is no lede."""
    text = (
        "Angola takes the helm of the Lusophone bloc\n\n"
        "LUANDA, July 17 (Newswire) - Angola took over on Saturday the rotating presidency of the "
        "Community of Portuguese Language Countries (CPLP) at its Conference of Heads of State and Government "
        "held in Luanda.\n\n"
        "President Joao Lourenco took office as president-in-office of the community for the 2021-2023 "
        "biennium.\n"
    )
    found = extract(text, "cplp", "t")
    meeting = next(c for c in found if c.type == "MeetingHeld")
    assert (meeting.record, meeting.event.get("date"), meeting.event.get("place")) == (
        "event",
        "2021-07-17",
        "Luanda",
    )


def test_no_year_is_guessed_when_the_term_is_only_told_as_to_come() -> None:
    """The same lede with the term told as to come gives no year: the text does not fix it."""
    text = (
        "Angola to take the helm\n\n"
        "LUANDA, July 17 (Newswire) - The Conference of Heads of State and Government of the CPLP met in Luanda "
        "on Saturday.\n\n"
        "Angola will chair the community in a later biennium.\n"
    )
    meeting = next(c for c in extract(text, "cplp", "t") if c.type == "MeetingHeld")
    assert meeting.record == "unresolved"


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "closed its annual session in the Kazakh capital on Friday, after two days of talks that began on "
            "October 16.",
            "2014-10-16/2014-10-17",
        ),
        (
            "ended its regular meeting in the capital on Friday after three days of deliberations that started "
            "on October 15.",
            "2014-10-15/2014-10-17",
        ),
        ("concluded a two-day meeting in the capital on Friday.", "2014-10-16/2014-10-17"),
    ],
)
def test_a_meeting_that_ended_after_days_that_began_on_a_day_counts_from_that_day(
    sentence: str, days: str
) -> None:
    text = f"ASTANA, Oct. 17 (Newswire) -- The Council of Heads of Government of the SCO {sentence}\n"
    meeting = extracted_meeting(extract(text, "sco", "t", published="2014-10-17"))
    assert meeting["date"] == days


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders took the decision at the session of the CIS Council of Heads of State in Minsk on Friday.",
        "Heads of state made this decision at a meeting of the CIS Council of Heads of State in Minsk on Friday.",
    ],
)
def test_a_decision_taken_at_a_session_tells_the_session_held(sentence: str) -> None:
    text = f"MOSCOW, 10 October 2014 - Belarus will chair the Commonwealth in 2015. {sentence}\n"
    found = extract(text, "cis", "t")
    assert extracted_sittings(found) == [("council-of-heads-of-state", "2014-10-10", "Minsk")]


def test_a_decision_to_be_taken_at_a_session_tells_no_session() -> None:
    text = (
        "MOSCOW, 6 October 2014 - The leaders are to take the decision at the session of the CIS Council of "
        "Heads of State in Minsk on Friday.\n"
    )
    assert [s for s in extracted_sittings(extract(text, "cis", "t")) if s[1] == "2014-10-06"] == []


def test_states_represented_by_their_ministers_each_by_the_name_in_the_same_place() -> None:
    """ "A, B and C were represented by their Ministers of Foreign Affairs, X, Y and Z": each name of its state,
    in order; territories (associate members) too, whatever commas their names hold."""
    text = (
        "Basseterre, 4 July 2018 - The Conference of Heads of Government of the Caribbean Community (CARICOM) "
        "concluded its Thirty-Ninth Regular Meeting today in Montego Bay.\n\n"
        "Haiti, Suriname and Belize were represented by their Ministers of Foreign Affairs, the Honourable "
        "Antonio Rodrigue, the Honourable Yldiz Pollack-Beighle and the Honourable Wilfred Elrington.\n\n"
        "The Associate Members Anguilla and the British Virgin Islands were represented by their Chief "
        "Ministers, Victor Banks and Orlando Smith.\n"
    )
    meeting = extracted_meeting(extract(text, "caricom", "t"))
    got = {p["person"]: p.get("party") for p in meeting["participants"]}
    assert got == {
        "Antonio Rodrigue": "HTI",
        "Yldiz Pollack-Beighle": "SUR",
        "Wilfred Elrington": "BLZ",
        "Victor Banks": "AIA",
        "Orlando Smith": "VGB",
    }


def test_names_that_do_not_pair_with_the_states_are_not_paired() -> None:
    """Three states and two names: no state is given to a name by position."""
    text = (
        "Basseterre, 4 July 2018 - The Conference of Heads of Government of the Caribbean Community (CARICOM) "
        "concluded its Thirty-Ninth Regular Meeting today in Montego Bay.\n\n"
        "Haiti, Suriname and Belize were represented by their Ministers of Foreign Affairs, the Honourable "
        "Antonio Rodrigue and the Honourable Wilfred Elrington.\n"
    )
    meeting = extracted_meeting(extract(text, "caricom", "t"))
    parties = {p["person"]: p.get("party") for p in meeting["participants"]}
    assert parties.get("Antonio Rodrigue") != "HTI" or parties.get("Wilfred Elrington") != "SUR"


@pytest.mark.parametrize(
    "headline",
    [
        "Leaders meet in Luanda",
        "CPLP: Angola takes the helm",
        "Angola takes over CPLP presidency at Luanda summit",
    ],
)
def test_the_lede_whose_weekday_is_read_is_the_paragraph_under_the_headline(headline: str) -> None:
    from igo_timeline.extract.anchor import _lede_weekday

    lede = "LUANDA, July 17 (Newswire) - The leaders met on Saturday in the Angolan capital."
    assert _lede_weekday(f"{headline}\n\n{lede}\n") == 5
    assert _lede_weekday(f"{lede}\n") == 5
    assert _lede_weekday(f"{headline}\n\nLUANDA, July 17 (Newswire) - The leaders met today.\n") is None


@pytest.mark.parametrize(
    ("text", "place", "host"),
    [
        (
            "ŁÓDŹ, 2 December 2022 – Foreign ministers ended the 29th meeting of the OSCE Ministerial Council "
            "today.",
            "Łódź",
            "POL",
        ),
        ("The OSCE Ministerial Council met in Łódź on 1-2 December 2022.", "Łódź", "POL"),
        ("KRAKÓW, 2 December 2022 - The OSCE Ministerial Council met today.", "Kraków", "POL"),
    ],
)
def test_a_town_written_with_latin_extended_capitals_is_read(text: str, place: str, host: str) -> None:
    meeting = extracted_meeting(extract(text, "osce", "t"))
    assert (meeting.get("place"), meeting.get("host")) == (place, host)


def test_a_marked_name_is_not_the_town_whose_unmarked_old_name_it_folds_to() -> None:
    """ "Şuşa" (Azerbaijan's Shusha, which the gazetteer lists unmarked only) is not Tunisia's Sousse, whose
    old name "Susa" it folds to: no host rather than a wrong one."""
    from igo_timeline.extract.places import city

    assert city("Şuşa") is None
    assert city("Shusha") == ("Shusha", "AZE")
    assert city("Asunción") == ("Asunción", "PRY") and city("Asuncion") == ("Asunción", "PRY")
    text = "ŞUŞA, July 6 (Newswire) - The Organization of Turkic States held an informal summit on Saturday."
    meeting = extracted_meeting(extract(text, "ots", "t", published="2024-07-06"))
    assert meeting.get("host") != "TUN"


# -- the ninth session's two leftovers from real pages, in the lead's own sentences ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision was taken at the summit of the CIS heads of state in Dushanbe on Friday.",
        "The decisions were made at a session of the CIS Council of Heads of State in Dushanbe on Friday.",
    ],
)
def test_a_decision_taken_at_a_sitting_in_a_town_or_on_a_day_tells_the_sitting(sentence: str) -> None:
    text = f"MOSCOW, 16 October 2015 - Kazakhstan will chair the Commonwealth in 2016. {sentence}\n"
    assert extracted_sittings(extract(text, "cis", "t")) == [
        ("council-of-heads-of-state", "2015-10-16", "Dushanbe")
    ]


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        (
            "President Emomali Rahmon chaired a meeting of the CIS Council of Heads of State in Dushanbe.",
            True,
        ),
        (
            "President Emomali Rahmon presided over a session of the CIS Council of Heads of State in Dushanbe.",
            True,
        ),
        (
            "President Emomali Rahmon will chair a meeting of the CIS Council of Heads of State in Dushanbe.",
            False,
        ),
        (
            "President Emomali Rahmon is to chair a meeting of the CIS Council of Heads of State in Dushanbe.",
            False,
        ),
    ],
)
def test_who_chaired_a_meeting_tells_it_held(sentence: str, held: bool) -> None:
    text = f"DUSHANBE, Oct 16 - {sentence}\n"
    sittings = extracted_sittings(extract(text, "cis", "t", published="2015-10-16"))
    assert (("council-of-heads-of-state", "2015-10-16", "Dushanbe") in sittings) is held


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        (
            "MINSK, 5 December 2012 - The next summit of the Commonwealth will take place in Belarus in October 2013.",
            "cis",
            "council-of-heads-of-state",
        ),
        (
            "ARUSHA, 5 December 2012 - The next summit of the Community will take place in Kampala in November 2013.",
            "eac",
            "summit",
        ),
        (
            "ABUJA, 5 December 2012 - The next summit of the Union will take place in Addis Ababa in January 2013.",
            "au",
            "assembly",
        ),
        (
            "MINSK, 5 December 2012 - The next meeting of the Economic Council will take place in Minsk in March 2013.",
            "cis",
            "economic-council",
        ),
    ],
)
def test_the_next_summit_of_the_organization_named_by_its_head_noun_is_its_summit(
    text: str, org: str, body: str
) -> None:
    """ "the next summit of the Commonwealth" in a CIS text is the CIS's summit, not a body "commonwealth"."""
    (scheduled,) = extracted_events(extract(text, org, "t"), "MeetingScheduled")
    assert scheduled["body"] == body


def test_a_plural_title_is_made_one_by_its_head_noun_and_a_state_name_loses_its_comma() -> None:
    from igo_timeline.extract.attendance import _list_name, _singular

    assert _singular("Ministers of Foreign Affairs") == "Minister of Foreign Affairs"
    assert _singular("Prime  Ministers") == "Prime Minister" and _singular("Premiers") == "Premier"
    assert _list_name("VGB") == "British Virgin Islands" and "," not in _list_name("KOR")
