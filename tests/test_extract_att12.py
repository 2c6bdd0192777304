"""Attendance (helper `att12`, issue 14): classes of list wording checked against pages of other
organizations: a dashed list line "State – Office – Office Name" (two offices held at once), a line whose
offices run in a row with commas before the name, a list that an unreadable dashed line must not end, and an
initial written against the surname ("A.Surname"). Every sentence is invented (invented persons; the states
are real only where the party is what is tested): no sentence of a real text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.people import parse_item
from tests.conftest import meeting_people

_OPENING = "On 3 March 2031, a meeting of the Council of Heads of Government of the Steppe Union was held in Astana.\n"


# -- a dashed line with two offices, and the lines after it ------------------------------------------------------


def test_a_line_with_two_offices_joined_by_a_dash_gives_the_first_office() -> None:
    person = parse_item(
        "Kyrgyzstan – Chairman of the Cabinet of Ministers – Head of the Presidential Office Almaz Tokonov",
        "xyz",
    )
    assert person is not None
    assert (person.name, person.party, person.role) == (
        "Almaz Tokonov",
        "KGZ",
        "Chairman of the Cabinet of Ministers",
    )


def test_two_offices_with_an_em_dash_and_a_colon_head() -> None:
    person = parse_item("Kazakhstan: Deputy Prime Minister — Minister of Finance Dana Serikova", "xyz")
    assert person is not None and (person.name, person.party) == ("Dana Serikova", "KAZ")


def test_offices_in_a_row_with_commas_give_the_name_after_the_last() -> None:
    person = parse_item(
        "Armenia – Permanent Envoy to the joint bodies of the union, Ambassador of Armenia to Georgia Aram Petrosyan",
        "xyz",
    )
    assert person is not None and (person.name, person.party) == ("Aram Petrosyan", "ARM")
    person = parse_item(
        "Moldova: Permanent Representative to the Council, Deputy Foreign Minister Ion Rusu", "xyz"
    )
    assert person is not None and (person.name, person.party) == ("Ion Rusu", "MDA")


def test_words_before_a_comma_that_are_no_office_give_no_one() -> None:
    # the words before the comma are prose, the words after it no office: no name is made of them
    assert parse_item("Armenia – represented at the talks by its embassy, as in past years", "xyz") is None


def test_a_dashed_list_goes_on_past_a_line_with_two_offices() -> None:
    text = _OPENING + (
        "The meeting was attended by:\n"
        "- Belarus – Prime Minister Pavel Zhuk\n"
        "- Kyrgyzstan – Chairman of the Cabinet of Ministers – Head of the Presidential Office Almaz Tokonov\n"
        "- Russia – Chairman of the Government Ivan Sorokin\n"
        "- Tajikistan – Prime Minister Farrukh Nazarov\n"
        "- Armenia – Permanent Envoy to the joint bodies of the union, Ambassador of Armenia to Georgia "
        "Aram Petrosyan\n"
        "The heads of government exchanged views on trade.\n"
    )
    assert {
        ("Pavel Zhuk", "BLR"),
        ("Almaz Tokonov", "KGZ"),
        ("Ivan Sorokin", "RUS"),
        ("Farrukh Nazarov", "TJK"),
        ("Aram Petrosyan", "ARM"),
    } <= meeting_people(text)


def test_a_sentence_after_the_list_is_no_participant() -> None:
    text = _OPENING + (
        "The meeting was attended by:\n"
        "- Belarus – Prime Minister Pavel Zhuk\n"
        "- Russia – Chairman of the Government Ivan Sorokin\n"
        "The Heads of Government approved the Concept of Energy Cooperation.\n"
    )
    names = {name for name, _ in meeting_people(text)}
    assert names == {"Pavel Zhuk", "Ivan Sorokin"}


# -- an initial written against the surname ------------------------------------------------------------------


def test_a_glued_initial_is_read_as_an_initial() -> None:
    person = parse_item("Prime Minister of Belarus P.Zhuk", "xyz")
    assert person is not None and (person.name, person.party) == ("P. Zhuk", "BLR")
    person = parse_item("Minister of Trade of Ghana K.A.Boateng", "xyz")
    assert person is not None and (person.name, person.party) == ("K.A. Boateng", "GHA")


def test_an_acronym_stays_as_written() -> None:
    # "U.N." and "U.S.": stops of an acronym, no initial glued to a name
    person = parse_item("U.N. Secretary-General Maria Lopes", "xyz")
    assert person is None or person.name == "Maria Lopes"


def test_a_sentence_of_glued_initials_gives_each_head() -> None:
    text = _OPENING + (
        "The meeting was attended by Prime Minister of Belarus P.Zhuk, Chairman of the Government of the "
        "Russian Federation I.Sorokin, Prime Minister of Tajikistan F.Nazarov.\n"
    )
    assert {("P. Zhuk", "BLR"), ("I. Sorokin", "RUS"), ("F. Nazarov", "TJK")} <= meeting_people(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="AKZ.–— ,:abcxyz-", max_size=60))
def test_parse_item_never_raises_on_dashes_and_stops(item: str) -> None:
    parse_item(item, "xyz")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["Belarus", "Russia", "Tajikistan", "Armenia"]), min_size=1, max_size=4))
def test_every_quote_of_a_dashed_list_is_its_text(states: list[str]) -> None:
    lines = "".join(
        f"- {s} – Chairman of the Cabinet – Head of the Office Almaz Tokonov{i}x\n"
        for i, s in enumerate(states)
    )
    text = _OPENING + "The meeting was attended by:\n" + lines
    for c in extract(text, "xyz", "t"):
        for src in [c.event.get("source", {})] + list(c.event.get("more_sources", [])):
            if src and "start" in src:
                assert text[src["start"] : src["end"]] == src["quote"]


# -- "A was represented by X; and B was represented by Y", a state with a comma in its table name ----------------

_SUMMIT = "The Ninth Regular Meeting of the Conference of the Reef Community was held in Castries on 2 July 2031.\n\n"


def test_the_clause_after_semicolon_and_is_read() -> None:
    text = _SUMMIT + (
        "Belize was represented by the Minister of Trade, Honourable Ana Flores; Guyana was represented by the "
        "Minister of Finance, Honourable Ravi Persaud; and Suriname was represented by the Vice President, "
        "His Excellency Paul Kromo.\n"
    )
    assert {("Ana Flores", "BLZ"), ("Ravi Persaud", "GUY"), ("Paul Kromo", "SUR")} <= meeting_people(
        text, "reef"
    )


def test_a_list_with_two_semicolon_and_clauses_reads_both() -> None:
    text = _SUMMIT + (
        "Jamaica was represented by its Foreign Minister, Senator Kim Brown; and Haiti was represented by "
        "Foreign Minister Marc Pierre.\n"
    )
    assert {("Kim Brown", "JAM"), ("Marc Pierre", "HTI")} <= meeting_people(text, "reef")


def test_a_state_whose_table_name_has_a_comma_is_no_person() -> None:
    text = _SUMMIT + (
        "The British Virgin Islands was represented by its Premier, the Honourable Lena Smith; and Grenada "
        "was represented by its Prime Minister, Dr the Honourable Tom Joseph.\n"
    )
    names = {name for name, _ in meeting_people(text, "reef")}
    assert "Virgin Islands" not in names
    assert "Tom Joseph" in names
