"""The lead's changes of the twenty-third session, each a class read in blind round 1 (set 62 and real pages of
2013-2025) and checked on sets it was not written from.

- "at the close of the 30th Ministerial Council in X today": the sitting the act closed, named by its body
  (only "summit", "meeting", "session" ... were read);
- "the Council's meeting is currently under way": an adverb between the verb and "under way";
- "I chaired the Xyz Foreign Ministers' Retreat today in X": a retreat is a sitting its chair holds;
- the organization's own name as its slug and its kind ("of the Benelux Union" of benelux) is left out of a
  body's and an office's name, as its initials or its full name are;
- an adjective of a state before a sea or a land ("the Indian Ocean", "the Philippine Sea") names no state;
- a resolution that names a state on a matter of its own ("on the Situation in X", "on Support for the
  Integration of X") is a document; on the state's standing it stays that event;
- a sitting's number in Roman capitals in a document's title ("the Final Communique of the XXIV Meeting") is no
  other organization's abbreviation.

Every text is invented (organizations, persons; towns of the gazetteer).
"""

from __future__ import annotations

import pytest
from extract_run import events, held, meetings

from igo_timeline.extract.names import find_parties

# --- sittings told by what closed them, what is under way, and who chaired them --------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Kuala Lumpur, 4 March 2031 - Member states took several decisions at the close of the 30th "
            "Ministerial Council in Kuala Lumpur today.",
            "ministerial-council",
        ),
        (
            "Kuala Lumpur, 4 March 2031 - The chairman spoke at the end of the Xyz Permanent Committee in Kuala "
            "Lumpur today.",
            "permanent-committee",
        ),
    ],
)
def test_an_act_at_the_close_of_a_named_body_tells_its_sitting(text: str, body: str) -> None:
    meeting = held(text, "xyz", published="2031-03-04")
    assert (meeting["body"], meeting["date"], meeting["place"]) == (body, "2031-03-04", "Kuala Lumpur")


def test_the_close_of_a_council_to_come_is_no_sitting() -> None:
    found = meetings(
        "Kuala Lumpur, 4 March 2031 - Ministers will take decisions at the close of the 31st Ministerial "
        "Council in Hanoi next year.",
        "xyz",
        published="2031-03-04",
    )
    assert not [c for c in found if c.record == "event"]  # negative control: a plan


@pytest.mark.parametrize("adverb", ["currently ", "now ", "still ", ""])
def test_a_sitting_under_way_with_an_adverb(adverb: str) -> None:
    meeting = held(
        f"The Xyz Council of Ministers' meeting is {adverb}underway virtually. Ministers are reviewing the budget.",
        "xyz",
        published="2031-03-04",
    )
    assert (meeting["body"], meeting["date"]) == ("council-of-ministers", "2031-03-04")


@pytest.mark.parametrize(
    "text",
    [
        "Statement by the Chair. I chaired the Xyz Foreign Ministers' Retreat today in Vientiane.",
        "Vientiane, 4 March 2031 - Minister Sava Lengsa chaired the Xyz Foreign Ministers' Retreat in Vientiane "
        "today.",
    ],
)
def test_a_retreat_its_chair_held(text: str) -> None:
    meeting = held(text, "xyz", published="2031-03-04")
    assert (meeting["date"], meeting["place"]) == ("2031-03-04", "Vientiane")


def test_a_retreat_to_be_chaired_is_no_sitting() -> None:
    found = meetings(
        "Vientiane, 4 March 2031 - Minister Sava Lengsa will chair the Xyz Foreign Ministers' Retreat in "
        "Vientiane next month.",
        "xyz",
        published="2031-03-04",
    )
    assert not [c for c in found if c.record == "event"]  # negative control


# --- the organization's own name: its slug and its kind ---------------------------------------------------------


def test_the_slug_and_kind_of_the_organization_is_left_out_of_body_and_office() -> None:
    text = (
        "Brussels, 4 March 2031 - The Committee of Ministers of the Xyz Union held its meeting in Brussels on "
        "Monday, 3 March 2031. At the meeting the Committee appointed Jan Jansen as the new Secretary-General of "
        "the Xyz Union."
    )
    assert held(text, "xyz", published="2031-03-04")["body"] == "committee-of-ministers"
    assert [e["office"] for e in events(text, "xyz", "OfficialAppointed", published="2031-03-04")] == [
        "secretary-general"
    ]


def test_another_union_stays_in_the_body_name() -> None:
    # negative control: "the Abc Union" is not the organization xyz
    meeting = held(
        "Brussels, 4 March 2031 - The Xyz Committee of Ministers of the Abc Union held its meeting in Brussels "
        "on Monday, 3 March 2031.",
        "xyz",
        published="2031-03-04",
    )
    assert "abc" in meeting["body"] or "union" in meeting["body"]


# --- adjectives of states that name a sea or a land -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the Indian Ocean Rim Association",
        "the Philippine Sea",
        "the Indian subcontinent",
        "the Indonesian Archipelago",
    ],
)
def test_an_adjective_before_a_sea_or_a_land_names_no_state(text: str) -> None:
    assert find_parties(text) == []


@pytest.mark.parametrize(
    "text, party",
    [
        ("the Indian Prime Minister", "IND"),
        ("the Indian delegation", "IND"),
        # the sea in the association's name names none; the office after it still names the state
        ("the Indian Ocean Rim Association's chair, the Indian Prime Minister", "IND"),
    ],
)
def test_an_adjective_before_an_office_still_names_the_state(text: str, party: str) -> None:
    assert [f.value for f in find_parties(text)] == [party]


def test_a_chair_taken_over_in_a_sea_named_association_goes_to_the_host() -> None:
    found = events(
        "Port Louis, 17 November 2031. Mauritius hosts the 25th meeting of the Council of Ministers of the Indian "
        "Ocean Xyz Association today and takes over the chair of the Association from Kenya.",
        "xyz",
        "PresidencyHandedOver",
        published="2031-11-17",
    )
    assert [e["to_party"] for e in found] == ["MUS"]


# --- documents: resolutions naming a state, Roman numbers of sittings ---------------------------------------------

LIMA = "Lima, 17 November 2031 - The Council of Ministers met today in Lima. The Council approved:\n"


def _titles(items: str) -> list[str]:
    return sorted(e["title"] for e in events(LIMA + items, "xyz", "DocumentAdopted", published="2031-11-17"))


def test_a_resolution_on_a_states_own_matter_is_a_document() -> None:
    assert _titles(
        "- a resolution on Support for the Integration of Equatorial Guinea in the Xyz;\n"
        "- a resolution on the Situation in Venezuela.\n"
    ) == [
        "Resolution on Support for the Integration of Equatorial Guinea in the Xyz",
        "Resolution on the Situation in Venezuela",
    ]


def test_a_decision_on_a_states_standing_is_no_document() -> None:
    # negative control: the grant is the status event, the accession a step of its procedure
    assert (
        _titles(
            "- a decision on granting Belarus the status of observer;\n- a resolution on the accession of Moldova.\n"
        )
        == []
    )


@pytest.mark.parametrize(
    "title", ["Final Communique of the XXIV Meeting", "Final Communique of the XXIV Ordinary Meeting"]
)
def test_a_roman_number_of_a_sitting_is_no_abbreviation(title: str) -> None:
    assert _titles(f"- the {title};\n- the Lima Declaration.\n") == sorted([title, "Lima Declaration"])


def test_another_organizations_communique_is_still_not_ours() -> None:
    # negative control: an abbreviation that is no Roman number names another organization
    assert _titles("- the Final Communique of the ECOWAS Summit.\n") == []


def test_a_decision_on_a_situation_is_still_unread() -> None:
    # negative control (TRAIN real31): another organization's decisions on a situation, endorsed, are not ours
    assert _titles("- a decision on the situation in Chad adopted at the summit of the Abc States.\n") == []


# --- taking over an office: now, or on a day to come -------------------------------------------------------------

VIENNA = "VIENNA, December 18 (Wire) - "


@pytest.mark.parametrize(
    "sentence, term",
    [
        ("Career diplomat Jan Jansen will take over as Secretary General of the Xyz on January 1, replacing "
         "Piet Pietersen.", "2032-01-01/.."),
        ("Jan Jansen takes over as Secretary General of the Xyz on January 1.", "2032-01-01/.."),
        ("Jan Jansen will assume the post of Secretary General of the Xyz on 1 January 2032 for a three-year "
         "term.", "2032-01-01/2034-12-31"),
        ("Jan Jansen will succeed Piet de Vries as Secretary General of the Xyz on January 1.", "2032-01-01/.."),
    ],
)  # fmt: skip
def test_an_office_taken_over_on_a_day_to_come(sentence: str, term: str) -> None:
    found = events(VIENNA + sentence, "xyz", "OfficialAppointed", published="2031-12-18")
    assert [(e["office"], e["person"], e["term"]) for e in found] == [
        ("secretary-general", "Jan Jansen", term)
    ]


def test_an_office_taken_over_today() -> None:
    found = events(
        "Brussels, 1 January 2033 - Maria Rossi of Italy today succeeds Jan de Vries as Secretary-General of the "
        "Xyz Union.",
        "xyz",
        "OfficialAppointed",
        published="2033-01-01",
    )
    assert [(e["office"], e["person"], e["term"]) for e in found] == [
        ("secretary-general", "Maria Rossi", "2033-01-01/..")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy took over as Chair of the Xyz today.",  # a chair of the states: a presidency's, not an office's
        "Italy will take over as the rotating Presidency of the Xyz on January 1.",
        "Maria Rossi succeeded Jan de Vries as Secretary General of the Xyz in 2029.",  # background, past
    ],
)
def test_taking_over_that_is_no_appointment(sentence: str) -> None:
    assert events(VIENNA + sentence, "xyz", "OfficialAppointed", published="2031-12-18") == []


def test_under_way_before_another_sittings_time_dates_nothing_by_it() -> None:
    # negative control (blind round 1, a real page): the day of the summit to come is not the sitting's, nor that
    # of the chair handed over during it
    text = (
        "2031-03-14\n\nXyz Council of ministers' meeting is currently under way online, as they get ready for the "
        "40th Ordinary Xyz Summit of Heads of State, which will be held on the 17th March, 2031.\n\n"
        "The meeting began at 9:00 am.\n\nDuring the meeting, Mozambican Minister of Foreign Affairs Ana Silva "
        "took over the chairpersonship of the Xyz Council of Ministers from the outgoing chairperson, Kenyan "
        "Minister of Foreign Affairs John Otieno."
    )
    found = events(text, "xyz", "PresidencyHandedOver", published="2031-03-14")
    assert [(e["to_party"], e["effective"]) for e in found] == [("MOZ", "2031-03-14")]
