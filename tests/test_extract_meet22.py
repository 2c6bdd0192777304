"""Meetings of ``igo extract`` (fixer meet22): a dateline with no date ("ADDIS ABABA -- The council ...",
"Caracas - ...", "Nusa Dua, Bali - ...", "NEW DELHI: ..." under a page's stamp), "this morning" and "this
afternoon" read as the text's own day, a sitting that "got under way in" a town. Every sentence is invented for
the test: no sentence of a real text or of a held-out set."""

from __future__ import annotations

import pytest

from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.dates import relative_days
from tests.conftest import held_meetings

# -- a dateline with no date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ministers back a new fund\n\nTASHKENT -- The ministers of the bloc agreed today on a new fund for "
            "roads and railways across the region.\n",
            "Tashkent",
        ),
        (
            "Ministers back a new fund\n\nADDIS ABABA - The council of the union decided on Monday to admit two new "
            "observers to its sessions next year.\n",
            "Addis Ababa",
        ),
        (
            "Caracas — The permanent council of the system approved its budget for the coming year after a long "
            "debate on fees.\n",
            "Caracas",
        ),
        (
            "Leaders meet\n\nWashington: The executive board of the fund chose its new managing director on Friday "
            "after two rounds of talks.\n",
            "Washington",
        ),
        (
            "Tegucigalpa.- The outgoing president handed the rotating chair of the group to his successor at a "
            "ceremony in the presidential palace.\n",
            "Tegucigalpa",
        ),
        (
            "VIENNA (Wire) - The governors of the agency met behind closed doors on Tuesday to weigh the budget "
            "for the next two years.\n",
            "Vienna",
        ),
        (
            "MANILA (UPDATE) - Foreign ministers of the region opened their yearly meeting at the convention "
            "centre on Saturday morning.\n",
            "Manila",
        ),
        # a town the gazetteer may lack, named again in the lede
        (
            "Ministers meet at the coast\n\nSanurbaya, Bali - Energy ministers of the region opened their yearly "
            "meeting in Sanurbaya on Wednesday with a plan for grid links.\n",
            "Sanurbaya",
        ),
        # a page's stamp above the dateline
        (
            "Leaders float a food bank\n\nPublished: 14 November 2031\n\nNEW DELHI: Leaders of the seven states of "
            "the grouping held their third summit here yesterday and ended it with a joint declaration.\n",
            "New Delhi",
        ),
    ],
)
def test_dash_dateline_read(text: str, place: str) -> None:
    assert find_anchor(text, "2031-11-14").place == place


@pytest.mark.parametrize(
    "text",
    [
        # a label before the dash, no town
        "UPDATE - The council of the union decided on Monday to admit two new observers to its sessions.\n",
        "Explainer - The three states renewed the treaty that binds them in a new text signed last week.\n",
        # a state, no town
        "KENYA – Kenya has become the new chair of the authority of the common market of the region this year.\n",
        # a headline, not a lede: the line is too short to be prose
        "Moscow - Beijing axis\n\nThe two capitals signed a pact.\n",
        # an item of a list deep in the text, not a dateline
        "Talks end\n\nThe ministers met.\n\nThe delegations were:\n\n- Brazil: Ms Ana Souza, Deputy Minister for "
        "Industry and Trade, who led the delegation to the talks\n",
        # an unknown name the text never writes again
        "Klopstow Freeport, Zarland - Defence ministers of the ten states met on Monday for their yearly meeting "
        "and signed a joint declaration.\n",
    ],
)
def test_dash_dateline_not_read(text: str) -> None:
    assert find_anchor(text, "2031-11-14").place is None


def test_stamp_is_no_town() -> None:
    """ "Published: 14 November 2031" is a page's stamp: its day, no town."""
    anchor = find_anchor("Title\n\nPublished: 14 November 2031\n\nThe council met in a closed session.\n")
    assert anchor.place is None


def test_dash_dateline_ends_before_the_lede() -> None:
    text = "TASHKENT -- The ministers of the bloc agreed today on a new fund for roads and railways in the region.\n"
    anchor = find_anchor(text, "2031-04-12")
    assert text[anchor.start : anchor.end].strip() == "TASHKENT --"


def test_dash_dateline_gives_the_meeting_its_town() -> None:
    text = (
        "Ministers agree on transport corridors\n\n"
        "TASHKENT -- The foreign ministers of the Commonwealth of Independent States met here on Friday for their "
        "regular session and agreed a plan on transport corridors.\n"
    )
    found = held_meetings(text, "cis", published="2031-04-12")
    assert [(m["body"], m["date"], m.get("place")) for m in found] == [
        ("council-of-foreign-ministers", "2031-04-11", "Tashkent")
    ]


def test_stamp_then_colon_dateline_gives_the_town() -> None:
    text = (
        "Leaders float a regional food bank\n\nPublished: 14 November 2031\n\n"
        "NEW DELHI: Leaders of the seven countries of the Bay of Bengal Initiative for Multi-Sectoral Technical "
        "and Economic Cooperation (BIMSTEC) held their fifth summit here yesterday and closed it with a joint "
        "declaration.\n"
    )
    found = held_meetings(text, "bimstec", published="2031-11-14")
    assert [(m["date"], m.get("place")) for m in found] == [("2031-11-13", "New Delhi")]


# -- "this morning", "this afternoon" -------------------------------------------------------------


@pytest.mark.parametrize(
    "words", ["opened this morning", "closed this afternoon", "met this evening", "met today"]
)
def test_part_of_the_day_is_the_day(words: str) -> None:
    import datetime as dt

    found = relative_days(f"The council {words} in the capital.", dt.date(2031, 7, 3))
    assert [d.edtf for d in found] == ["2031-07-03"]


def test_this_morning_not_a_weekday() -> None:
    import datetime as dt

    assert relative_days("The council met in the morning.", dt.date(2031, 7, 3)) == []


@pytest.mark.parametrize(
    "lede",
    [
        "The Fifty-Second Regular Meeting of the Conference of Heads of Government of the Caribbean Community "
        "opened at the national stadium this afternoon and continues until Saturday, July 5, under the "
        "chairmanship of the host prime minister.",
        "The Fifty-Second Regular Meeting of the Conference of Heads of Government of the Caribbean Community "
        "got under way at the national stadium this morning and runs until Saturday, July 5.",
    ],
)
def test_sitting_under_way_this_afternoon(lede: str) -> None:
    text = f"Leaders open three-day summit\n\nKINGSTOWN, Saint Vincent, 3 July 2031 -- {lede}\n"
    found = held_meetings(text, "caricom")
    assert [(m["body"], m["date"], m.get("place")) for m in found] == [
        ("conference-of-heads-of-government", "2031-07-03/2031-07-05", "Kingstown")
    ]


def test_this_morning_dates_the_meeting_by_the_page_day() -> None:
    text = (
        "Heads of government meet in Kazan\n\nThe Council of Heads of Government of the Commonwealth of "
        "Independent States met this morning at the city hall of Kazan under the chairmanship of the host.\n"
    )
    found = held_meetings(text, "cis", published="2031-05-26")
    assert [(m["date"], m.get("place")) for m in found] == [("2031-05-26", "Kazan")]


# -- "got under way in" a town ----------------------------------------------------------------------


def test_got_under_way_in_an_unlisted_town() -> None:
    from igo_timeline.extract.meeting_place import _SAT_IN

    m = _SAT_IN.search("as the 40th ministers meeting got under way in Sanurbaya on Thursday")
    assert m is not None and m.group("place") == "Sanurbaya"
    m = _SAT_IN.search("the session began in Kotawaru, the ministers said")
    assert m is not None and m.group("place") == "Kotawaru"
    assert _SAT_IN.search("the talks got under way with a minute of silence") is None


def test_dateline_of_a_town_with_its_article() -> None:
    """ "THE HAGUE, Oct 27 --": a dated dateline whose town begins with "The" (not "The 12 March session")."""
    anchor = find_anchor(
        "THE HAGUE, Oct 27 -- The court said on Friday that a state had left it.\n", "2031-10-28"
    )
    assert (anchor.place, str(anchor.day)) == ("The Hague", "2031-10-27")
    assert find_anchor("The 12 March session was long and the council met twice.\n").place is None


def test_dash_line_after_the_lede_is_no_dateline() -> None:
    """A town and a dash after a sentence of prose has begun the text: no dateline (the lede is above it)."""
    text = (
        "The 12th session of the council of the union was held in Kisumu, Kenya, on 4 June 2031.\n\n"
        "KISUMU -- The host president took over the rotating chair of the union on Sunday from his neighbour.\n"
    )
    assert find_anchor(text).place is None
