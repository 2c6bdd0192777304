"""Attendance (helper `att14`, issue 14): classes of attendance wording read on the TRAIN sets (24, 25, real11
first) and checked against pages of other organizations: the state a reigning house's name tells, the lines of a
list that carry a clause after their person, "with (the) presence of" lists and "under chairmanship of" without
its article. Every sentence is invented (invented persons; the houses and states are real only where the party
is what is tested): no sentence of a real text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.people import parse_item
from tests.conftest import first_meeting, meeting_people

_OPENING = (
    "The 50th session of the Supreme Council of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"
)


# -- a reigning house's name tells the state of a titled member ------------------------------------------------


@pytest.mark.parametrize(
    ("item", "state"),
    [
        ("King Rashid bin Salem Al Khalifa", "BHR"),
        ("Emir Sheikh Fahad bin Jassim Al Thani", "QAT"),
        ("Sheikh Nasser Al-Ahmad Al-Jaber Al-Sabah, Emir", "KWT"),
        ("Vice President Sheikh Saif bin Hamdan Al Nahyan", "ARE"),
        ("Custodian of the Two Holy Mosques King Fahd bin Turki", "SAU"),
        ("Deputy Prime Minister Sayyid Badr bin Hamad Al Said", "OMN"),
    ],
    ids=[
        "king-khalifa",
        "emir-thani",
        "name-then-title-sabah",
        "vice-president-nahyan",
        "custodian",
        "said-bin",
    ],
)
def test_a_titled_member_of_a_reigning_house_is_of_its_state(item: str, state: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and person.party == state


@pytest.mark.parametrize(
    "item",
    [
        "Secretary General Sheikh Fahad bin Jassim Al Thani",  # the organization's official represents no state
        "Minister Omar Al Said",  # "Al Said" with no "bin": another Said's name
        "Professor Ali bin Nasser Al Khalifa",  # no state's title
    ],
    ids=["official", "said-without-bin", "no-state-title"],
)
def test_a_house_name_tells_no_state_without_a_state_title(item: str) -> None:
    person = parse_item(item, "xyz")
    assert person is None or person.party is None


_HOUSES = {"Khalifa": "BHR", "Thani": "QAT", "Sabah": "KWT", "Nahyan": "ARE", "Maktoum": "ARE", "Saud": "SAU"}


@settings(max_examples=40, deadline=None)
@given(
    given_name=st.sampled_from(["Rashid", "Fahad", "Saif", "Nasser", "Hamdan", "Turki"]),
    father=st.sampled_from(["Salem", "Jassim", "Hamad", "Khaled", "Majid"]),
    house=st.sampled_from(sorted(_HOUSES)),
    title=st.sampled_from(
        ["King", "Emir", "Crown Prince", "Prime Minister", "Secretary General", "Director"]
    ),
)
def test_the_house_gives_the_state_exactly_when_the_title_is_a_states(
    given_name: str, father: str, house: str, title: str
) -> None:
    person = parse_item(f"{title} {given_name} bin {father} Al {house}", "xyz")
    assert person is not None
    expected = None if title in ("Secretary General", "Director") else _HOUSES[house]
    assert person.party == expected


def test_the_chair_of_a_reigning_house_is_of_its_state() -> None:
    text = (
        "The 50th session of the Supreme Council of the Lake Union was held on 4 June 2022 at the palace, under "
        "the chairmanship of King Rashid bin Salem Al Khalifa.\n"
    )
    chair = first_meeting(text).get("chair") or {}
    assert (chair.get("person"), chair.get("party")) == ("Rashid bin Salem Al Khalifa", "BHR")


# -- "under chairmanship of X": the article left out ----------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "under chairmanship of President Otieno Wafula of Kenya",
        "under presidency of President Otieno Wafula of Kenya",
    ],
)
def test_a_chair_without_the_article_is_read(words: str) -> None:
    text = f"The 50th session of the Supreme Council of the Lake Union was held in Kisumu on 4 June 2022 {words}.\n"
    chair = first_meeting(text).get("chair") or {}
    assert (chair.get("person"), chair.get("party")) == ("Otieno Wafula", "KEN")


# -- the lines of a list that carry a clause after their person -------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        "- President Otieno Wafula of Kenya, at his first summit since he came to power in 2020;\n"
        "- the Prime Minister of Uganda, Grace Nakato;\n- Asha Mwinyi, Vice President of Tanzania.\n",
        "- President Otieno Wafula of Kenya;\n- Ugandan Prime Minister Grace Nakato, who headed the Ugandan "
        "delegation;\n- the Vice President of Tanzania, Asha Mwinyi.\n",
        "- President Otieno Wafula of Kenya, who came in person for the first time;\n"
        "- Prime Minister Grace Nakato of Uganda, accompanied by her foreign minister;\n"
        "- Vice President Asha Mwinyi of Tanzania.\n",
    ],
    ids=["since-he-came-to-power", "who-headed", "who-came-and-accompanied"],
)
def test_a_list_line_with_a_clause_after_its_person_is_read_and_the_list_goes_on(lines: str) -> None:
    text = _OPENING + "Taking part in the session were:\n" + lines
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= meeting_people(text)


def test_coming_to_power_is_no_attendance() -> None:
    text = _OPENING + "Asha Mwinyi, Vice President of Tanzania, came to power in 2019 after the elections.\n"
    assert ("Asha Mwinyi", "TZA") not in meeting_people(text)


# -- "with (the) presence of" and "with the attendance of" lists ------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "with presence of Otieno Wafula, President of Kenya; Grace Nakato, Prime Minister of Uganda; and Asha "
        "Mwinyi, Vice President of Tanzania.",
        "with the presence of President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and Vice "
        "President Asha Mwinyi of Tanzania.",
        "with the attendance of President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and Vice "
        "President Asha Mwinyi of Tanzania.",
    ],
    ids=["presence-semicolons", "the-presence", "the-attendance"],
)
def test_a_list_after_with_the_presence_of_is_read(words: str) -> None:
    text = f"The 50th session of the Supreme Council of the Lake Union was held in Kisumu on 4 June 2022, {words}\n"
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= meeting_people(text)


def test_with_the_presence_of_a_body_names_no_one() -> None:
    text = (
        "The 50th session of the Supreme Council of the Lake Union was held in Kisumu on 4 June 2022, with the "
        "presence of the heads of state of the member countries.\n"
    )
    assert meeting_people(text) == set()


@settings(max_examples=25, deadline=None)
@given(
    clause=st.sampled_from([", at his first summit", ", who headed the delegation", ", since 2020", ""]),
    end=st.sampled_from([";", ".", ""]),
)
def test_every_quote_of_a_list_is_the_text_between_its_offsets(clause: str, end: str) -> None:
    text = _OPENING + f"Taking part in the session were:\n- President Otieno Wafula of Kenya{clause}{end}\n"
    for cand in extract(text, "xyz", "t"):
        for src in [cand.event.get("source") or {}, *cand.event.get("more_sources", [])]:
            if "start" in src:
                assert text[src["start"] : src["end"]] == src["quote"]


# -- the chair named by a relative clause, or by a minister's title of a state before the name ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's Foreign Minister Otieno Wafula, who chaired the ministers' meeting, said the talks had been useful.",
        "Otieno Wafula, Minister of Foreign Affairs of Kenya, who presided over the session, thanked the hosts.",
        "Kenyan Foreign Minister Otieno Wafula, who also chaired the council meeting, told reporters it went well.",
    ],
    ids=["who-chaired", "who-presided-over", "who-also-chaired"],
)
def test_a_chair_named_by_a_relative_clause_is_read(sentence: str) -> None:
    text = "The Council of Ministers of the Lake Union met in Kisumu on 4 June 2022.\n\n" + sentence + "\n"
    chair = first_meeting(text).get("chair") or {}
    assert (chair.get("person"), chair.get("party")) == ("Otieno Wafula", "KEN")


def test_who_chaired_the_previous_meeting_is_no_chair_of_this_one() -> None:
    text = (
        "The Council of Ministers of the Lake Union met in Kisumu on 4 June 2022.\n\n"
        "Kenya's Foreign Minister Otieno Wafula, who chaired the previous meeting, handed over to his successor.\n"
    )
    assert (first_meeting(text).get("chair") or {}).get("person") != "Otieno Wafula"


@pytest.mark.parametrize(
    "words",
    [
        "chaired by the Minister of Foreign Affairs of the Republic of Kenya, Otieno Wafula under the rotating chair",
        "chaired by the Foreign Minister of Kenya, Otieno Wafula",
        "chaired by the Minister for Foreign Affairs and Trade of Kenya, Otieno Wafula",
    ],
    ids=["minister-of-foreign-affairs", "foreign-minister", "and-trade"],
)
def test_a_chair_named_by_a_ministers_title_of_a_state_then_the_name_is_read(words: str) -> None:
    text = (
        f"The Council of Ministers of the Lake Union met in Kisumu on 4 June 2022. The meeting was {words}.\n"
    )
    chair = first_meeting(text).get("chair") or {}
    assert (chair.get("person"), chair.get("party")) == ("Otieno Wafula", "KEN")


# -- precision: whom the sitting honoured is no attendee; a title's object is no person ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit congratulated the heads of state elected this year, including President Otieno Wafula of Kenya.",
        "The leaders paid tribute to former leaders who passed away, including President Otieno Wafula of Kenya.",
        "The meeting sent condolences to several governments, including that of President Otieno Wafula of Kenya.",
    ],
    ids=["congratulated-elected", "tribute-passed-away", "condolences"],
)
def test_whom_the_sitting_honoured_including_is_no_attendee(sentence: str) -> None:
    text = (
        _OPENING + "The session was attended by Prime Minister Grace Nakato of Uganda.\n\n" + sentence + "\n"
    )
    people = meeting_people(text)
    assert ("Grace Nakato", "UGA") in people
    assert ("Otieno Wafula", "KEN") not in people


def test_an_attendance_list_including_its_persons_is_still_read() -> None:
    text = _OPENING + "The session was attended by leaders, including President Otieno Wafula of Kenya.\n"
    assert ("Otieno Wafula", "KEN") in meeting_people(text)


@pytest.mark.parametrize(
    "item",
    [
        "plans for closer cooperation across Southern Africa",
        "Deputy Prime Minister for the Financial and",
        "talks on integration within East Africa",
    ],
)
def test_capitalized_words_after_a_preposition_or_a_cut_title_name_no_one(item: str) -> None:
    assert parse_item(item, "xyz") is None


def test_a_title_that_holds_and_keeps_its_name() -> None:
    person = parse_item("Deputy Prime Minister for the Financial and Economic Sector, Aman Orazov", "xyz")
    assert person is not None and person.name == "Aman Orazov"


# -- a surname written first and in capitals, the East Asian way ------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("XYZ Director General CHEN Lihua", "Chen Lihua"),
        ("Ambassador PARK Min-jun", "Park Min-jun"),
        ("H.E. Mr. CHEN Lihua, Director General of the XYZ", "Chen Lihua"),
    ],
    ids=["title-then-name", "hyphenated-given", "name-then-title"],
)
def test_a_capitals_surname_written_first_is_read_as_a_name(item: str, name: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and person.name == name


@pytest.mark.parametrize(
    "item", ["Director-General of UNESCO Audrey Azoulay", "UN Secretary-General Antonio Guterres"]
)
def test_an_organizations_acronym_before_a_name_is_no_surname(item: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and person.name in ("Audrey Azoulay", "Antonio Guterres")


def test_an_official_with_a_capitals_surname_is_a_participant() -> None:
    text = (
        _OPENING
        + "XYZ Director General CHEN Lihua and the Kenyan Minister of Trade and Industry, Otieno Wafula, "
        "addressed the opening ceremony.\n"
    )
    people = meeting_people(text)
    assert {("Chen Lihua", None), ("Otieno Wafula", "KEN")} <= people


# -- post-nominal letters; a name and its title with no comma; a state's possessive before a styled name ---------


@pytest.mark.parametrize(
    ("item", "party"),
    [
        ("Prime Minister of Barbados, the Honourable Grace Nakato, Q.C.", "BRB"),
        ("Prime Minister of Barbados, Honourable Grace Nakato, KC, MP", "BRB"),
        ("Grace Nakato, Prime Minister of Barbados, GCMG", "BRB"),
    ],
    ids=["qc", "kc-mp", "gcmg"],
)
def test_post_nominal_letters_are_no_part_of_the_item(item: str, party: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and (person.name, person.party) == ("Grace Nakato", party)


def test_a_semicolon_list_with_post_nominals_keeps_every_item() -> None:
    text = (
        _OPENING
        + "Other members in attendance were: Prime Minister of Barbados, Honourable Grace Nakato, Q.C; MP; "
        "Prime Minister of Belize, Honourable Otieno Wafula; and President of Guyana, His Excellency Asha Mwinyi.\n"
    )
    assert {("Grace Nakato", "BRB"), ("Otieno Wafula", "BLZ"), ("Asha Mwinyi", "GUY")} <= meeting_people(text)


@pytest.mark.parametrize(
    ("item", "role"),
    [
        ("Senator the Hon. Grace Nakato Minister of Foreign Affairs", "Minister of Foreign Affairs"),
        (
            "Hon. Otieno W. Wafula Deputy Premier and Minister of Home Affairs",
            "Deputy Premier and Minister of Home Affairs",
        ),
        ("Dr. the Hon. Grace Nakato Prime Minister of Uganda", "Prime Minister"),
    ],
    ids=["senator-minister", "initial-deputy-premier", "prime-minister-of"],
)
def test_a_name_then_its_title_without_a_comma_is_read(item: str, role: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and person.role == role
    assert person.name in ("Grace Nakato", "Otieno W. Wafula")


def test_a_title_before_the_name_is_not_cut_as_a_name_then_a_title() -> None:
    person = parse_item("Kenya Foreign Minister Grace Nakato", "xyz")
    assert person is not None and (person.name, person.role, person.party) == (
        "Grace Nakato",
        "Foreign Minister",
        "KEN",
    )


def test_a_states_possessive_before_a_styled_name_gives_the_state() -> None:
    person = parse_item("Jamaica's Senator the Hon. Grace Nakato Minister of Foreign Affairs", "xyz")
    assert person is not None and (person.name, person.party) == ("Grace Nakato", "JAM")


# -- who opened or addressed a sitting called a conference was at it ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Otieno Wafula opened the conference, which the finance ministry hosted.",
        "Prime Minister Otieno Wafula formally opened the ministerial conference on Monday.",
        "Prime Minister Otieno Wafula inaugurated the conference before the ministers began their work.",
    ],
    ids=["opened", "formally-opened-ministerial", "inaugurated"],
)
def test_the_host_head_who_opened_the_conference_attended(sentence: str) -> None:
    text = (
        "NAIROBI, 26 October 2016: The 15th Ministerial Conference of the Lake Union was held in Nairobi, Kenya, "
        "on Wednesday.\n\n" + sentence + "\n"
    )
    assert ("Otieno Wafula", "KEN") in meeting_people(text)


# -- a name with a lower-case particle is one person; a list after "including" ends at the sentence's verb -------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kenyan President Omar Hassan al-Bashir took over the rotating chairmanship of the union on Sunday "
            "from Ugandan President Grace Nakato.",
            "Omar Hassan al-Bashir",
        ),
        (
            "Kenyan President Omar Hassan el-Bashir handed over the chairmanship to Ugandan President Grace Nakato.",
            "Omar Hassan el-Bashir",
        ),
        ("Kenyan President Omar bin Hassan opened the session.", "Omar bin Hassan"),
    ],
    ids=["al-", "el-", "bin"],
)
def test_a_head_acting_at_the_sitting_keeps_the_particle_of_the_name(sentence: str, name: str) -> None:
    people = meeting_people(_OPENING + "KISUMU -- " + sentence + "\n")
    assert [p for p in people if p[1] == "KEN"] == [(name, "KEN")]


def test_states_listed_after_including_before_the_verb_name_no_person() -> None:
    text = (
        _OPENING + "Several members, including Uganda and Tanzania, have since re-engaged with President "
        "Otieno Wafula of Kenya.\n"
    )
    assert ("Otieno Wafula", "KEN") not in meeting_people(text)


def test_a_states_name_before_a_title_is_no_name_then_a_title() -> None:
    assert parse_item("British Virgin Islands's Premier", "xyz") is None
    person = parse_item(
        "the British Virgin Islands represented by Premier, the Honourable Grace Nakato", "xyz"
    )
    assert person is not None and (person.name, person.party) == ("Grace Nakato", "VGB")


# -- who spoke at the sitting was at it, whatever future their words tell ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Speaking to the expanded session, Otieno Wafula, Chairman of the Executive Committee, said that the "
        "Kyrgyz Republic will chair the union next year.",
        "Addressing the meeting, Otieno Wafula, Chairman of the Executive Committee, said the next summit would "
        "be held in Bishkek.",
        "Opening the session, Otieno Wafula, Chairman of the Executive Committee, announced that a new fund will "
        "be set up.",
    ],
    ids=["speaking-to-will", "addressing-would", "opening-announced-will"],
)
def test_a_speaker_at_the_sitting_attended_though_the_words_tell_the_future(sentence: str) -> None:
    text = (
        "ASTANA -- The heads of state of the Lake Union met in Astana on Friday, 14 October 2022.\n\n"
        + sentence
    )
    assert "Otieno Wafula" in {p for p, _ in meeting_people(text + "\n")}


def test_a_speaker_at_a_meeting_ahead_of_the_sitting_is_not_read_as_attending_it() -> None:
    text = (
        "ASTANA -- The heads of state of the Lake Union met in Astana on Friday, 14 October 2022.\n\n"
        "Speaking at the preparatory meeting ahead of the summit, Otieno Wafula, Chairman of the Executive "
        "Committee, said the agenda was ready.\n"
    )
    assert "Otieno Wafula" not in {p for p, _ in meeting_people(text)}


def test_a_speaker_named_by_surname_takes_the_state_of_the_fuller_mention() -> None:
    text = (
        "ASTANA -- The heads of state of the Lake Union met in Astana on Friday, 14 October 2022. Kenyan "
        "President Otieno Wafula chaired the session.\n\n"
        "Closing the meeting, Wafula said that the next meeting will be held in Kampala.\n"
    )
    people = meeting_people(text)
    assert ("Otieno Wafula", "KEN") in people and ("Otieno Wafula", None) not in people
