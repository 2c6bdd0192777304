"""Meeting recognition, eleventh session (issue 14, fixer meet13): the lede back-off stage (extract/lede.py) and
the body of who met (a purpose clause's sitting is one to come). Every sentence below is invented
(organizations' real names, made-up persons, days and towns where the class allows)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract


def _sittings(text: str, org: str, published: str | None = None) -> list[dict[str, Any]]:
    """Every meeting held, importable or held back (date unresolved)."""
    return [c.event for c in extract(text, org, "doc", published=published) if c.type == "MeetingHeld"]


# -- the back-off: a sitting told as the scene of an act, or held in its own words, in the lede ---------------


@pytest.mark.parametrize(
    "text, org, body, day, place",
    [
        (  # an act at the body's numbered meeting, the town in a participle
            "CASTRIES, 14 March 2031 -- Grenada regained its full rights in the Organisation of Eastern "
            "Caribbean States today, after the OECS Council of Ministers decided at its 61st meeting, held in "
            "Castries, to lift the measures.\n",
            "oecs",
            "council-of-ministers",
            "2031-03-14",
            "Castries",
        ),
        (  # a statement released after a session by video, the body after "of"
            "NAIROBI, 3 June 2032 -- The Common Market for Eastern and Southern Africa has suspended Eswatini. "
            "A statement released after an extraordinary session of the COMESA Authority by videoconference "
            "on Tuesday, 2 June 2032, asked the government to restore order.\n",
            "comesa",
            "authority",
            "2032-06-02",
            None,
        ),
        (  # the decision reached at a meeting; who met (defence ministers of the organization) in the sentence before
            "LIBREVILLE, 9 May 2033 -- The defence ministers of the Economic Community of Central African "
            "States today admitted Angola to the regional force. The decision was reached at a meeting held "
            "in the Libreville conference centre.\n",
            "eccas",
            "council-of-defence-ministers",
            "2033-05-09",
            "Libreville",
        ),
        (  # a final communique of a summit, no determiner
            "A final communique of the Extraordinary Summit of SADC Heads of State released on Friday, 7 July "
            "2034, suspended Lesotho from the community.\n",
            "sadc",
            "summit",
            "2034-07-07",
            None,
        ),
    ],
)
def test_lede_backoff_reads_the_sitting(text: str, org: str, body: str, day: str, place: str | None) -> None:
    found = _sittings(text, org)
    assert [(m["body"], m.get("date"), m.get("place")) for m in found] == [(body, day, place)]
    assert found[0]["source"]["quote"] in text


@pytest.mark.parametrize(
    "text, org",
    [
        # a body acting with no sitting named is no meeting (the golds' convention for standing councils)
        (
            "GENEVA, 4 May 2031 -- The IOM Council chose Ana Ruiz on Wednesday to become the next Director General.\n",
            "iom",
        ),
        # a sitting to come
        (
            "LOME, 5 May 2031 -- The ECOWAS leaders will decide at a summit in Abuja next week whether to act.\n",
            "ecowas",
        ),
        # the sidelines of another organization's sitting, with no sitting of its own told
        (
            "NEW YORK, 5 May 2031 -- The OECS ministers spoke on the sidelines of the 86th session of the "
            "United Nations General Assembly.\n",
            "oecs",
        ),
        # a press conference is no sitting
        (
            "PARIS, 5 May 2031 -- Officials of the OIF announced the suspension at a press conference on Friday.\n",
            "oif",
        ),
        # a past perfect tells history
        (
            "KAMPALA, 2 June 2031 -- The EAC welcomed Somalia's progress. The EAC Council had agreed at a meeting "
            "in Arusha to review the file.\n",
            "eac",
        ),
    ],
)
def test_lede_backoff_does_not_fire(text: str, org: str) -> None:
    assert _sittings(text, org) == []


def test_lede_backoff_leaves_another_organizations_sitting() -> None:
    """The back-off stage alone: a decision of another organization's body at its meeting is not this one's."""
    from igo_timeline.extract.anchor import find_anchor
    from igo_timeline.extract.context import Context
    from igo_timeline.extract.lede import lede_meeting
    from igo_timeline.extract.text import Document

    text = (
        "ADDIS ABABA, 5 May 2031 -- IGAD welcomed the decision adopted by the African Union Peace and Security "
        "Council at its 1,300th meeting on Friday.\n"
    )
    ctx = Context(Document(text), "igad", "doc", (), {})
    ctx.anchor = find_anchor(text, None)
    assert lede_meeting(ctx) is None


# -- who met, not the sitting a purpose clause names ---------------------------------------------------------


def test_ministers_paving_the_way_for_a_summit_meet_as_themselves() -> None:
    text = "Foreign ministers of BRICS gathered in Kazan on 3 May 2031, paving the way for the BRICS summit in October.\n"
    assert [m["body"] for m in _sittings(text, "brics")] == ["foreign-ministers-meeting"]


@pytest.mark.parametrize(
    "text, org, place",
    [
        (
            "The CSTO foreign ministers met in Yerevan on 4 March 2031 to prepare the summit in November.\n",
            "csto",
            "Yerevan",
        ),
        (
            "Foreign ministers of the ECO gathered in Tashkent on 9 November 2032 in preparation for the "
            "leaders' summit next spring.\n",
            "eco",
            "Tashkent",
        ),
    ],
)
def test_ministers_who_met_before_a_summit_are_their_council(text: str, org: str, place: str) -> None:
    found = _sittings(text, org)
    # the CSTO's table names their council; the ECO's none of foreign ministers: their meeting (meeting_canon.py)
    body = "foreign-ministers-meeting" if org == "eco" else "council-of-foreign-ministers"
    assert [m["body"] for m in found] == [body]
    assert found[0].get("place") == place


def test_a_summit_the_leaders_met_at_stays_the_summit() -> None:
    found = _sittings("The ECO leaders met in Tashkent on 9 November 2032 at their summit.\n", "eco")
    assert [m["body"] for m in found] == ["summit"]


# -- laws ------------------------------------------------------------------------------------------------------

_PIECES = [
    "The OECS Council of Ministers decided at its 61st meeting, held in Castries, to lift the measures.",
    "A statement released after an extraordinary session of the COMESA Authority on Tuesday asked for order.",
    "The decision was reached at a meeting held in the conference centre.",
    "The leaders will meet at a summit next week.",
    "Officials spoke at a press conference.",
    "The council had agreed at a meeting to review the file.",
    "The defence ministers of the bloc today admitted Angola.",
]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4),
    st.sampled_from(["oecs", "comesa", "eccas", "sadc"]),
    st.sampled_from(["CASTRIES, 14 March 2031 -- ", "", "Headline of a day\n\n2 June 2032\n\n"]),
)
def test_every_quote_is_the_text_and_nothing_raises(pieces: list[str], org: str, head: str) -> None:
    text = head + " ".join(pieces) + "\n"
    for cand in extract(text, org, "doc"):
        for src in [cand.event.get("source") or {}, *cand.event.get("more_sources", [])]:
            if "start" in src:
                assert text[src["start"] : src["end"]] == src["quote"]


# -- the sitting's town: a state's possessive, a town then its region, the dateline's town over a region -------


@pytest.mark.parametrize(
    "text, org, place",
    [
        ("Foreign ministers of the SCO met in Kazakhstan's Astana on 3 May 2031.\n", "sco", "Astana"),
        (
            "ASEAN leaders gathered in Indonesia’s Labuan Bajo on 10 May 2033 for their summit.\n",
            "asean",
            "Labuan Bajo",
        ),
        ("ASEAN leaders gathered in Nusa Dua, Bali, on 10 May 2033 for their summit.\n", "asean", "Nusa Dua"),
        (
            "NUSA DUA, Indonesia, 10 May 2033 -- ASEAN leaders ended a two-day summit in Bali on Friday. The "
            "summit, held at Nusa Dua on the island's southern tip, adopted a declaration.\n",
            "asean",
            "Nusa Dua",
        ),
    ],
)
def test_the_most_specific_town_of_the_sitting(text: str, org: str, place: str) -> None:
    assert [m.get("place") for m in _sittings(text, org)] == [place]


def test_a_venue_is_no_town() -> None:
    """ "Madinat" is another name of Medina in the gazetteer, and the first word of a venue's name: the
    dateline's city holds the sitting."""
    text = "DUBAI, 3 May 2031 -- GCC leaders met at Madinat Jumeirah on Tuesday for their summit.\n"
    assert [(m.get("place"), m.get("host")) for m in _sittings(text, "gcc")] == [("Dubai", "ARE")]


@pytest.mark.parametrize(
    "text, org, place",
    [
        # a descriptor after the state's possessive: the town after it
        ("EAEU leaders met at Russia's Black Sea resort of Sochi on 14 May 2031.\n", "eaeu", "Sochi"),
        # a region after the state's possessive is no town
        ("SCO leaders met in China's Shandong Province on 9 June 2031 for their summit.\n", "sco", None),
        # another sitting the lede tells in the dateline's town (weeks before, past perfect) does not move the place
        (
            "YAOUNDE, 20 February 2031 - CEMAC ended its summit in Djibloho, Equatorial Guinea, on Friday 17 "
            "February. The summit followed an extraordinary session held in Yaounde on 23 December 2030, at "
            "which the leaders had launched reforms.\n",
            "cemac",
            "Djibloho",
        ),
        # the place names the dateline's town more fully
        (
            "ADDU, MALDIVES: SAARC leaders closed their summit on Friday. The summit opened on 10 November 2031 in "
            "Addu City, Maldives.\n",
            "saarc",
            "Addu City",
        ),
    ],
)
def test_what_does_not_move_the_town(text: str, org: str, place: str | None) -> None:
    assert [m.get("place") for m in _sittings(text, org)] == [place]


# -- body slugs: the body's name, not the meeting's; the heads' own meeting; a slug spelled by the name's words --


@pytest.mark.parametrize(
    "text, org, body",
    [
        ("The 70th OECS Authority Meeting was held in Castries on 3 May 2031.\n", "oecs", "authority"),
        (
            "The Seventieth Meeting of the OECS Authority was held in Castries on 3 May 2031.\n",
            "oecs",
            "authority",
        ),
        (
            "The SADC Council of Ministers Meeting took place in Gaborone on 3 May 2031.\n",
            "sadc",
            "council-of-ministers",
        ),
        # a meeting named after who sits keeps its name (no body's head noun before "Meeting")
        (
            "The BRICS Foreign Ministers Meeting was held in Kazan on 3 May 2031.\n",
            "brics",
            "foreign-ministers-meeting",
        ),
        (
            "The Heads of Government of CARICOM held their 50th Regular Meeting in Georgetown on 3 May 2031.\n",
            "caricom",
            "conference-of-heads-of-government",
        ),
        (
            "The Heads of State of the EAC held their 21st Ordinary Meeting in Arusha on 3 May 2031.\n",
            "eac",
            "summit",
        ),
        (
            "The 12th Ministerial Meeting of the Pacific Alliance was held in Lima on 3 May 2031.\n",
            "pacific-alliance",
            "ministerial-meeting",
        ),
    ],
)
def test_the_body_that_sat(text: str, org: str, body: str) -> None:
    assert [m["body"] for m in _sittings(text, org)] == [body]


# -- a comma typed after a span of days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, edtf",
    [("3-5, July 2019", "2019-07-03/2019-07-05"), ("12 - 14, March, 2031", "2031-03-12/2031-03-14")],
)
def test_a_span_of_days_with_a_comma_before_the_month(phrase: str, edtf: str) -> None:
    from igo_timeline.extract.dates import find_dates

    assert [d.edtf for d in find_dates(f"The meeting was held in Basseterre {phrase} under the chair.")] == [
        edtf
    ]


def test_a_single_day_with_a_comma_stays_a_month() -> None:
    from igo_timeline.extract.dates import find_dates

    assert [d.kind for d in find_dates("Paragraph 3, July 2019 edition")] == ["month"]
