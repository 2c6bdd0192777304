"""Meeting recognition, twelfth session (issue 14, fixer meet14): classes of the misses of sets 24, 25 and
real11. Every sentence below is invented (organizations' real names, made-up persons, days and towns where
the class allows); none is copied from a page."""

from __future__ import annotations

import pytest

from tests.conftest import held_meetings

# -- a sitting's length up to ten days, and "came to a close" as its end -------------------------------------


@pytest.mark.parametrize(
    "text, org, published, date",
    [
        (  # the end told by "came to a close", the length as "N days of debate"
            "NIAMEY -- The 12th ECOWAS Council of Ministers came to a close in Niamey yesterday after six "
            "days of debate.\n",
            "ecowas",
            "2031-05-10",
            "2031-05-04/2031-05-09",
        ),
        (  # "drew to an end" and an "N-day" conference
            "VIENNA, 20 November 2032 -- The seven-day General Conference of the Organization drew to an end "
            "in Vienna today.\n",
            "unido",
            None,
            "2032-11-14/2032-11-20",
        ),
        (  # closed today after N days of work that began on a day: from that day to today
            "LOME, 9 March 2033 -- The 40th session of the Council of Ministers closed today in Lome after "
            "five days of work that began on 5 March.\n",
            "uemoa",
            None,
            "2033-03-05/2033-03-09",
        ),
        (  # a short sitting stays as it was: "a two-day summit" that concluded on its day
            "ACCRA, 4 June 2034 -- The two-day summit of the Economic Community of West African States "
            "concluded in Accra today.\n",
            "ecowas",
            None,
            "2034-06-03/2034-06-04",
        ),
    ],
    ids=[
        "came-to-a-close-six-days",
        "drew-to-an-end-seven-day",
        "closed-after-five-days-began-on",
        "two-day",
    ],
)
def test_a_sitting_of_up_to_ten_days_runs_back_from_its_close(
    text: str, org: str, published: str | None, date: str
) -> None:
    meetings = held_meetings(text, org, published=published)
    assert [m["date"] for m in meetings[:1]] == [date]


def test_a_length_beyond_the_longest_sitting_does_not_widen_the_day() -> None:
    """ "twenty days" is no sitting's length the rule reads: the day stays the one the text gives."""
    text = (
        "LOME, 9 March 2033 -- The Council of Ministers of the West African Economic and Monetary Union "
        "concluded its session in Lome today after twenty days of consultations among the member states.\n"
    )
    assert [m["date"] for m in held_meetings(text, "uemoa")[:1]] == ["2033-03-09"]


# -- one town, one name: the gazetteer's spelling of a town the text writes apart --------------------------


@pytest.mark.parametrize(
    "text, org, place",
    [
        (  # a town written in two words
            "HA NOI, 21 July 2031 -- The 64th ASEAN Foreign Ministers' Meeting was held in Ha Noi today.\n",
            "asean",
            "Hanoi",
        ),
        (  # a town written with hyphens
            "The EAC summit took place in Dar-es-Salaam on 30 November 2032.\n",
            "eac",
            "Dar es Salaam",
        ),
        (  # another name of the town is kept as written: it may be its name of the day
            "The summit of the Collective Security Treaty Organization took place in Nur-Sultan on 12 "
            "October 2031.\n",
            "csto",
            "Nur-Sultan",
        ),
        (  # an abbreviated saint's name is kept: records write it so
            "The CIS heads of state met in St. Petersburg on 20 December 2032.\n",
            "cis",
            "St. Petersburg",
        ),
        (  # a name written without its marks is quoted as it stands
            "The Mercosur summit was held in Asuncion on 4 July 2033.\n",
            "mercosur",
            "Asuncion",
        ),
    ],
    ids=["ha-noi", "dar-es-salaam", "nur-sultan-kept", "st-petersburg-kept", "unmarked-kept"],
)
def test_the_meeting_place_is_spelled_as_the_gazetteer_when_only_spaces_or_hyphens_differ(
    text: str, org: str, place: str
) -> None:
    assert [m.get("place") for m in held_meetings(text, org)[:1]] == [place]


# -- the foreign ministers told sitting by a participle ("ministers meeting in X"): their council ------------


@pytest.mark.parametrize(
    "text, org, body, date, place",
    [
        (  # the act in the lede, the ministers' sitting in a participle the sentence after
            "RABAT, 5 March 2031 -- Arab foreign ministers on Wednesday chose a Tunisian diplomat as the "
            "league's envoy for water. Jamal Benali, a former trade minister, won the votes of the Arab "
            "foreign ministers meeting in Rabat, the league said.\n",
            "arab-league",
            "council-of-foreign-ministers",
            "2031-03-05",
            "Rabat",
        ),
        (  # their organization named after them, a comma before the participle
            "NIAMEY, 18 May 2032 -- The foreign ministers of the Organisation of Islamic Cooperation, meeting "
            "in Niamey on Saturday, adopted a resolution on refugees.\n",
            "oic",
            "council-of-foreign-ministers",
            "2032-05-15",
            "Niamey",
        ),
    ],
    ids=["lede-act-then-participle", "of-the-organization-comma"],
)
def test_foreign_ministers_meeting_in_a_town_are_their_council_sitting(
    text: str, org: str, body: str, date: str, place: str
) -> None:
    meetings = held_meetings(text, org)
    assert [(m["body"], m["date"], m.get("place")) for m in meetings[:1]] == [(body, date, place)]


@pytest.mark.parametrize(
    "text, org",
    [
        (  # another organization's ministers
            "BRUSSELS, 4 March 2031 -- A Tunisian diplomat won the votes of the EU foreign ministers meeting in "
            "Brussels, a spokesman of the Arab League said.\n",
            "arab-league",
        ),
        (  # a sitting to come
            "CAIRO, 4 March 2031 -- The candidate is expected to win the votes of the Arab foreign ministers "
            "meeting in Cairo next week.\n",
            "arab-league",
        ),
    ],
    ids=["another-organizations-ministers", "to-come"],
)
def test_ministers_meeting_of_another_or_to_come_is_no_sitting(text: str, org: str) -> None:
    assert held_meetings(text, org) == []


# -- an organization that is itself an assembly sits in sessions, never in a summit -------------------------


@pytest.mark.parametrize(
    "text, org, body",
    [
        (  # the assembly by its slug, its name after the session's
            "RIGA, 2 December 2031 -- The 45th Session of the Baltic Assembly took place in Riga today.\n",
            "baltic-assembly",
            "session",
        ),
        (  # a parliamentary assembly the text defines, its head noun before "of"
            "BAKU, 3 May 2033 -- The 12th Session of the Parliamentary Assembly of Turkic States (TURKPA) "
            "opened in Baku today.\n",
            "turkpa",
            "session",
        ),
        (  # an organization of states keeps its heads' sitting
            "ASTANA, 3 May 2033 -- The 12th Session of the Organization of Turkic States was held in Astana "
            "today.\n",
            "ots",
            "council-of-heads-of-state",
        ),
    ],
    ids=["baltic-assembly", "defined-parliamentary-assembly", "organization-of-states-unchanged"],
)
def test_an_assembly_organization_sits_in_sessions(text: str, org: str, body: str) -> None:
    assert [m["body"] for m in held_meetings(text, org)[:1]] == [body]


# -- the body a later sentence names is the sitting's only when it is the organization's own ----------------


@pytest.mark.parametrize(
    "text, org, body",
    [
        (  # another organization's summit told held in the sentence after
            "The appointment was announced during the CSTO summit that is taking place in Astana on 14 "
            "October 2031. Earlier this month, the Russian president stayed away from the G20 Summit held in "
            "Rome.\n",
            "csto",
            "collective-security-council",
        ),
        (  # another organization's summit, named by its abbreviation
            "The leaders' summit of the Shanghai Cooperation Organisation took place in Minsk on 3 July 2032. "
            "Days before, several of them attended the BRICS Summit held in Kazan.\n",
            "sco",
            "council-of-heads-of-state",
        ),
    ],
    ids=["g20-summit-after", "brics-summit-after"],
)
def test_a_later_sentence_naming_anothers_summit_does_not_take_the_sitting(
    text: str, org: str, body: str
) -> None:
    meetings = held_meetings(text, org)
    assert [m["body"] for m in meetings[:1]] == [body]
    assert not any(m["body"].endswith("-summit") and m["body"] != body for m in meetings[:1])


# -- the heads of government's body: the EAEU's prime ministers sit as its Intergovernmental Council --------


@pytest.mark.parametrize(
    "text, org, body",
    [
        (
            "YEREVAN, 1 October 2031 -- Prime ministers of the Eurasian Economic Union member states met in "
            "Yerevan today to discuss the common energy market.\n",
            "eaeu",
            "intergovernmental-council",
        ),
        (  # an organization with a council of heads of government keeps it
            "MINSK, 1 October 2031 -- The prime ministers of the Commonwealth of Independent States met in Minsk "
            "today.\n",
            "cis",
            "council-of-heads-of-government",
        ),
        (  # the EAEU's heads of state still sit as its Supreme Council
            "MINSK, 2 October 2031 -- The presidents of the Eurasian Economic Union member states met in Minsk "
            "today.\n",
            "eaeu",
            "supreme-council",
        ),
    ],
    ids=["eaeu-prime-ministers", "cis-prime-ministers", "eaeu-presidents"],
)
def test_the_prime_ministers_sit_in_their_organizations_heads_of_government_body(
    text: str, org: str, body: str
) -> None:
    assert [m["body"] for m in held_meetings(text, org)[:1]] == [body]


# -- a retreat named by who sits in it: a sitting of their body ---------------------------------------------


@pytest.mark.parametrize(
    "text, org, body",
    [
        (  # the foreign ministers' retreat, an organization whose table names no body of theirs: their meeting
            "VIENTIANE, 30 January 2031 -- The ASEAN Foreign Ministers' Retreat was convened today in "
            "Vientiane under the chairmanship of the host's foreign minister.\n",
            "asean",
            "foreign-ministers-meeting",
        ),
        (  # the leaders' retreat: the summit's (the table's leaders' meeting)
            "The Pacific Islands Forum Leaders Retreat was held in Aitutaki on 12 August 2032.\n",
            "pif",
            "leaders-meeting",
        ),
    ],
    ids=["foreign-ministers-retreat", "leaders-retreat"],
)
def test_a_retreat_named_by_who_sits_in_it_is_their_bodys_sitting(text: str, org: str, body: str) -> None:
    assert [m["body"] for m in held_meetings(text, org)[:1]] == [body]


def test_another_organizations_leaders_retreat_is_not_the_sitting() -> None:
    """ "the APEC Leaders' Retreat" read for ASEAN: another organization's."""
    text = "LIMA, 16 November 2031 -- ASEAN's chair spoke at the APEC Leaders' Retreat held in Lima today.\n"
    assert [m["body"] for m in held_meetings(text, "asean")] != ["asean-summit"]
