"""Attendance (helper `att10`, issue 14): lists whose lines the segmenter runs together, numbered paragraphs,
more attendance predicates, roles that stop at the verb. Every sentence is invented (invented organizations,
places and persons where the state does not matter: no sentence of a real text)."""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.people import parse_item
from tests.conftest import first_meeting, meeting_people


def _roles(text: str, org: str = "xyz") -> dict[str, str]:
    return {p["person"]: p["role"] for p in first_meeting(text, org).get("participants", [])}


_OPENING = (
    "The Fifth Summit of the Heads of State of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"
)


# -- a list whose lines, without a full stop, the segmenter runs together: one unit a line ----------------


@pytest.mark.parametrize(
    ("intro", "lines", "after"),
    [
        (
            "2. The following Heads of State and Government attended the Summit:",
            [
                "Kenya: H.E. President Otieno Wafula",
                "Uganda: Rt. Hon. Prime Minister Dr Grace Nakato",
                "the United Republic of Tanzania: Hon. Asha Mwinyi, Vice President",
            ],
            "Rwanda was represented by its Minister of Trade, Eric Habimana.",
        ),
        (
            "The leaders present were:",
            [
                "Uganda: Prime Minister Grace Nakato",
                "Kenya: President Otieno Wafula",
                "United Republic of Tanzania: Vice President Asha Mwinyi",
            ],
            "",
        ),
        (
            "Delegations at the table, by state:",
            [
                "- Kenya: President Otieno Wafula",
                "- Uganda: Grace Nakato, Prime Minister",
                "- Tanzania: Vice-President Asha Mwinyi",
            ],
            "The summit closed at noon.",
        ),
    ],
)
def test_a_list_of_state_lines_run_together_is_read_line_by_line(
    intro: str, lines: list[str], after: str
) -> None:
    text = _OPENING + intro + "\n" + "\n".join(lines) + ("\n" + after if after else "") + "\n"
    people = meeting_people(text)
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= people
    if "Rwanda" in after:
        assert ("Eric Habimana", "RWA") in people


def test_lines_that_a_state_does_not_head_are_not_a_state_list() -> None:
    text = _OPENING + "Agenda of the day:\nMorning: opening remarks by the chair\nAfternoon: the budget\n"
    assert meeting_people(text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "4. Also present were Dr Ole Dahl, Executive Secretary of the Nordic Bank; and Ms Maria Ruiz, Chairperson of the Andean Commission.",
        "(4) Also present were Dr Ole Dahl, Executive Secretary of the Nordic Bank, and Ms Maria Ruiz, Chairperson of the Andean Commission.",
        "12. Present as well were Dr Ole Dahl, Executive Secretary of the Nordic Bank, and Ms Maria Ruiz, Chairperson of the Andean Commission.",
    ],
)
def test_a_paragraph_number_does_not_hide_an_inverted_attendance(sentence: str) -> None:
    names = {name for name, _ in meeting_people(_OPENING + sentence + "\n")}
    assert {"Ole Dahl", "Maria Ruiz"} <= names


# -- attendance predicates: where they sat, who hosted whom, who joined whom on the screens -----------------


_THREE = {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Around the table with him were President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and Vice President Asha Mwinyi of Tanzania.",
        "The leaders at the summit table were President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and Vice President Asha Mwinyi of Tanzania.",
        "Gathered in the state house were Kenyan President Otieno Wafula, Ugandan Prime Minister Grace Nakato and Tanzanian Vice President Asha Mwinyi.",
        "Seated at the round table were Kenya's President Otieno Wafula, Uganda's Prime Minister Grace Nakato and Tanzania's Vice President Asha Mwinyi.",
        "Among the heads of member states who attended were President of Kenya Otieno Wafula, Prime Minister of Uganda Grace Nakato and Vice President of Tanzania Asha Mwinyi.",
        "Among the leaders in Kisumu were President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and Vice President Asha Mwinyi of Tanzania.",
        "Members of the Authority present were: President Otieno Wafula of Kenya; Prime Minister Grace Nakato of Uganda; and Vice President Asha Mwinyi of Tanzania.",
        "Kenyan President Otieno Wafula, Ugandan Prime Minister Grace Nakato and Tanzanian Vice President Asha Mwinyi joined the host leader on the screens.",
        "Kenyan President Otieno Wafula, Ugandan Prime Minister Grace Nakato and Tanzanian Vice President Asha Mwinyi joined the chairman by video link.",
    ],
)
def test_an_attendance_predicate_of_place_or_company_lists_those_present(sentence: str) -> None:
    assert _THREE <= meeting_people(_OPENING + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "President Otieno Wafula of Kenya, whose country chairs the union this year, hosted Presidents Jean Ndayi of Burundi, Peter Banda of Malawi and Hassan Omar of Somalia.",
        "President Otieno Wafula of Kenya hosted his counterparts Jean Ndayi of Burundi, Peter Banda of Malawi and Hassan Omar of Somalia.",
        "President Otieno Wafula of Kenya welcomed Presidents Jean Ndayi of Burundi, Peter Banda of Malawi and Hassan Omar of Somalia.",
    ],
)
def test_the_host_and_those_hosted_attended(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {
        ("Otieno Wafula", "KEN"),
        ("Jean Ndayi", "BDI"),
        ("Peter Banda", "MWI"),
        ("Hassan Omar", "SOM"),
    } <= people
    roles = _roles(_OPENING + sentence + "\n")
    assert "whose" not in roles["Jean Ndayi"]  # a relative clause is no item


@pytest.mark.parametrize(
    ("sentence", "observer", "guest"),
    [
        (
            "President of Burundi Jean Ndayi took part as head of an observer state, while President of Malawi Peter Banda came as an honorary guest.",
            "BDI",
            "MWI",
        ),
        (
            "Jean Ndayi, President of Burundi, attended as the head of an observer state's delegation; Peter Banda, President of Malawi, was present as a special guest.",
            "BDI",
            "MWI",
        ),
        (
            "The President of Malawi, Peter Banda, came as a distinguished guest, whereas the President of Burundi, Jean Ndayi, attended as head of a union observer state.",
            "BDI",
            "MWI",
        ),
    ],
)
def test_an_observer_and_a_guest_in_one_sentence_keep_their_own_roles(
    sentence: str, observer: str, guest: str
) -> None:
    text = _OPENING + sentence + "\n"
    found = [c for c in extract(text, "xyz", "t") if c.record == "attestation"]
    observers = {c.event["party"] for c in found if c.event.get("status") == "observer"}
    assert observer in observers
    assert guest not in observers  # a guest is never an observer
    roles = {p["party"]: p["role"] for p in first_meeting(text).get("participants", []) if "party" in p}
    assert "guest" in roles[guest]


# -- a chair's words stop at "as"; a list whose subject is a pronoun for the leaders just named -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit, chaired by Kenyan President Otieno Wafula as the 2022 Union Chair, opened at the lakeside hall.",
        "The meeting was presided over by President Otieno Wafula of Kenya as chairman of the Union.",
        "The session, chaired by Kenya's President Otieno Wafula as host, adopted its agenda.",
    ],
)
def test_the_chair_is_the_name_before_as(sentence: str) -> None:
    chair = first_meeting(_OPENING + sentence + "\n").get("chair")
    assert chair is not None
    assert (chair["person"], chair.get("party")) == ("Otieno Wafula", "KEN")


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        (
            "Wafula led the leaders of the other member states in signing the documents.",
            "They were Sultan Omar Saif of Brunei, Ugandan Prime Minister Grace Nakato and Tanzanian Vice President Asha Mwinyi.",
        ),
        (
            "Three heads of state joined the host for the group photograph.",
            "These were Sultan Omar Saif of Brunei, Prime Minister Grace Nakato of Uganda and Vice President Asha Mwinyi of Tanzania.",
        ),
        (
            "The host thanked his counterparts for coming.",
            "They included Sultan Omar Saif of Brunei, Uganda's Prime Minister Grace Nakato and Tanzania's Vice President Asha Mwinyi.",
        ),
    ],
)
def test_they_were_after_a_sentence_naming_the_leaders_is_a_list_of_them(before: str, sentence: str) -> None:
    people = meeting_people(_OPENING + before + " " + sentence + "\n")
    assert {("Omar Saif", "BRN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= people


def test_they_were_without_leaders_named_before_is_no_list() -> None:
    text = _OPENING + "Two reports reached the secretariat late. They were Annex Four and Annex Five.\n"
    assert meeting_people(text) == set()


# -- items: what the person did is no part of the role; long names with particles; an honorific inside -------


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit was also attended by officials who reported to the leaders: Ole Dahl, Secretary of the Nordic Bank, spoke on the budget, the reserves and the loans; Maria Ruiz, Chairperson of the Andean Commission, presented the report; and Jon Vik, Executive Secretary of the Polar Commission, covered the fisheries.",
        "Also attending were: Ole Dahl, Secretary of the Nordic Bank, who spoke first; Maria Ruiz, Chairperson of the Andean Commission, then briefed the leaders on trade; Jon Vik, Executive Secretary of the Polar Commission, outlined the year's work.",
        "Other speakers at the table were Ole Dahl, Secretary of the Nordic Bank, who gave the figures; Maria Ruiz, Chairperson of the Andean Commission, summarized the talks; and Jon Vik, Executive Secretary of the Polar Commission, tabled a paper.",
    ],
)
def test_the_role_of_an_item_stops_at_what_the_person_did(sentence: str) -> None:
    roles = _roles(_OPENING + sentence + "\n")
    assert roles.get("Maria Ruiz") == "Chairperson of the Andean Commission"
    assert roles.get("Jon Vik") == "Executive Secretary of the Polar Commission"
    assert all("," not in role for role in roles.values())


@pytest.mark.parametrize(
    ("item", "name", "party"),
    [
        (
            "Mohammed bin Salim bin Abdulaziz Al Omar, Crown Prince and Prime Minister of Oman",
            "Mohammed bin Salim bin Abdulaziz Al Omar",
            "OMN",
        ),
        (
            "Ahmed bin Ali bin Saud Al Nasser, Prime Minister of Qatar",
            "Ahmed bin Ali bin Saud Al Nasser",
            "QAT",
        ),
        (
            "Foreign Minister Sheikh Salim Abdullah Al Jaber Al Nasser of Kuwait",
            "Salim Abdullah Al Jaber Al Nasser",
            "KWT",
        ),
        (
            "Deputy Prime Minister Sayyid Fahd bin Hamad Al Busaidi of Oman",
            "Fahd bin Hamad Al Busaidi",
            "OMN",
        ),
        (
            "Prime Minister Sheikh Rahima of Bangladesh",
            "Sheikh Rahima",
            "BGD",
        ),  # a name of one word: Sheikh is hers
        ("President Hassan Sheikh Abdi of Somalia", "Hassan Sheikh Abdi", "SOM"),  # inside a name: kept
    ],
)
def test_a_long_name_with_particles_and_an_honorific_after_the_title(
    item: str, name: str, party: str
) -> None:
    person = parse_item(item, "xyz", ())
    assert person is not None
    assert (person.name, person.party) == (name, party)


@pytest.mark.parametrize(
    ("item", "role"),
    [
        (
            "Olga Petrova, President of the Russian Chamber of Commerce and Industry",
            "President of the Russian Chamber of Commerce and Industry",
        ),
        (
            "Ana Lima, Director of the Brazilian Development Bank",
            "Director of the Brazilian Development Bank",
        ),
        ("Tom Berg, Chairman of the Swedish Trade Council", "Chairman of the Swedish Trade Council"),
    ],
)
def test_a_state_adjective_naming_an_institution_is_no_party(item: str, role: str) -> None:
    person = parse_item(item, "xyz", ())
    assert person is not None
    assert (person.role, person.party) == (role, None)


def test_a_state_named_whole_in_the_apposition_is_the_party() -> None:
    person = parse_item("Ivan Petrov, Minister of Foreign Affairs of the Kyrgyz Republic", "xyz", ())
    assert person is not None and person.party == "KGZ"


@pytest.mark.parametrize(
    "sentence",
    [
        "Their Majesties and Highnesses taking part were King Omar Saif of Bahrain; Sultan Ali Nasser of Oman; and Prince Fahd Al Busaidi, Crown Prince of Kuwait.",
        "The rulers taking part were King Omar Saif of Bahrain, Sultan Ali Nasser of Oman and Crown Prince Fahd Al Busaidi of Kuwait.",
        "Heads taking part included King Omar Saif of Bahrain, Sultan Ali Nasser of Oman and Crown Prince Fahd Al Busaidi of Kuwait.",
    ],
)
def test_those_taking_part_were(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {("Omar Saif", "BHR"), ("Ali Nasser", "OMN"), ("Fahd Al Busaidi", "KWT")} <= people


# -- "..., as did X"; "Opening the session, X said ..." ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Uganda's Prime Minister Grace Nakato and Tanzanian Vice President Asha Mwinyi joined the talks, as did Union Secretary General Maria Ruiz.",
        "Prime Minister Grace Nakato of Uganda and Vice President Asha Mwinyi of Tanzania also attended the Summit, as did Ms Maria Ruiz, Secretary General of the Union.",
        "Prime Minister Grace Nakato of Uganda and Vice President Asha Mwinyi of Tanzania took part, as did the Union's Secretary General, Maria Ruiz.",
    ],
)
def test_as_did_adds_to_those_who_attended(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= people
    assert "Maria Ruiz" in {name for name, _ in people}


def test_as_did_after_a_future_attendance_adds_no_one() -> None:
    text = _OPENING + "Grace Nakato will attend the next summit in 2023, as did Maria Ruiz in 2019.\n"
    assert "Maria Ruiz" not in {name for name, _ in meeting_people(text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Opening the proceedings, Dr. Ole Dahl, President of the Union Commission, welcomed the leaders.",
        "Chairing the summit in restricted format, President Ole Dahl of Kenya called for calm.",
        "At the closing ceremony, addressing the summit for the last time, Ole Dahl, President of the Union Commission, thanked the staff.",
    ],
)
def test_who_opened_chaired_or_addressed_the_sitting_was_at_it(sentence: str) -> None:
    assert "Ole Dahl" in {name for name, _ in meeting_people(_OPENING + sentence + "\n")}


def test_opening_another_meeting_is_no_attendance() -> None:
    text = (
        _OPENING
        + "Opening the next session in 2023, Ole Dahl, President of the Union Commission, will welcome the leaders.\n"
    )
    assert "Ole Dahl" not in {name for name, _ in meeting_people(text)}


# -- a name after the state is all after it; a title cut at "and" stays one; "X, title, represented A" -------


@pytest.mark.parametrize(
    ("item", "name", "role", "party"),
    [
        (
            "the Minister of Industry, Mine and Trade of the Republic of Kenya M. Otieno",
            "M. Otieno",
            "Minister of Industry, Mine and Trade",
            "KEN",
        ),
        (
            "Minister of Fisheries and Ports of Uganda Grace Nakato",
            "Grace Nakato",
            "Minister of Fisheries and Ports",
            "UGA",
        ),
        (
            "the Secretary for Water, Land and Forests of Tanzania A. Mwinyi",
            "A. Mwinyi",
            "Secretary for Water, Land and Forests",
            "TZA",
        ),
    ],
)
def test_the_name_after_the_state_takes_no_word_of_the_title(
    item: str, name: str, role: str, party: str
) -> None:
    person = parse_item(item, "xyz", ())
    assert person is not None
    assert (person.name, person.role, person.party) == (name, role, party)


@pytest.mark.parametrize(
    "sentence",
    [
        "The observer states were represented by the Deputy Prime Minister of Kenya D. Otieno and the Adviser to the President of Uganda on Security and Foreign Affairs S. Nakato.",
        "The observer states were represented by the Adviser to the President of Uganda on Security and Foreign Affairs S. Nakato and the Deputy Prime Minister of Kenya D. Otieno.",
        "Attending as observers were the Deputy Prime Minister of Kenya D. Otieno and the Special Adviser of Uganda on Peace and Regional Affairs S. Nakato.",
    ],
)
def test_a_title_cut_at_and_joins_the_next_piece(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {("D. Otieno", "KEN"), ("S. Nakato", "UGA")} <= people


@pytest.mark.parametrize(
    ("sentence", "name", "party"),
    [
        (
            "The Honourable Ole Dahl, Attorney-General and Minister of Foreign Affairs, represented Belize.",
            "Ole Dahl",
            "BLZ",
        ),
        (
            "Maria Ruiz, Minister of Trade, represented the Republic of Uganda at the summit.",
            "Maria Ruiz",
            "UGA",
        ),
        (
            "Senator Jon Vik, Leader of Government Business, represented Jamaica in the talks.",
            "Jon Vik",
            "JAM",
        ),
    ],
)
def test_who_represented_a_state_is_of_that_state(sentence: str, name: str, party: str) -> None:
    assert (name, party) in meeting_people(_OPENING + sentence + "\n")


def test_representing_an_organization_gives_no_state() -> None:
    text = _OPENING + "Maria Ruiz, Director of Trade, represented the Union Commission.\n"
    assert all(party is None for name, party in meeting_people(text) if name == "Maria Ruiz")


@pytest.mark.parametrize(
    "sentence",
    [
        "The proceedings were presided over by the Chair of the Conference, the Honourable Otieno Wafula, Prime Minister of Uganda.",
        "The meeting was chaired by the current Chairman of the Union, Dr Otieno Wafula, President of Uganda.",
        "The session was presided over by the Chairperson of the Authority, H.E. Otieno Wafula, President of the Republic of Uganda.",
    ],
)
def test_the_chair_named_after_the_office_takes_the_state_of_its_apposition(sentence: str) -> None:
    chair = first_meeting(_OPENING + sentence + "\n").get("chair")
    assert chair is not None
    assert (chair["person"], chair.get("party")) == ("Otieno Wafula", "UGA")


# -- more predicates: a meeting between A and B, delegates heard A, among those at the table; the ellipsis -----


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks opened with a meeting in restricted format between President of Kenya Otieno Wafula, Prime Minister of Uganda Grace Nakato and Vice President of Tanzania Asha Mwinyi, with Chairman of the Union Commission Jon Vik also at the table.",
        "The day began with talks in narrow format between Kenyan President Otieno Wafula, Ugandan Prime Minister Grace Nakato and Tanzanian Vice President Asha Mwinyi, with Chairman of the Union Commission Jon Vik also present.",
        "At its opening, delegates heard President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda, Vice President Asha Mwinyi of Tanzania and the Chairman of the Union Commission, Jon Vik.",
    ],
)
def test_a_meeting_between_or_the_speakers_heard_are_those_present(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert _THREE <= people
    assert "Jon Vik" in {name for name, _ in people}


def test_invited_speakers_are_guests_never_observers() -> None:
    text = (
        _OPENING
        + "Delegates heard President Otieno Wafula of Kenya, as well as two invited speakers: the President of Burundi, Jean Ndayi, and the President of Malawi, Peter Banda.\n"
    )
    roles = {p.get("party"): p["role"] for p in first_meeting(text)["participants"]}
    assert "guest" in roles["BDI"] and "guest" in roles["MWI"]
    assert not [
        c
        for c in extract(text, "xyz", "t")
        if c.record == "attestation" and c.event.get("party") in ("BDI", "MWI")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ethiopian Prime Minister Abiy Tesfaye, who arrived in Kisumu on Tuesday, was among those at the table.",
        "Prime Minister Abiy Tesfaye of Ethiopia was among those around the conference table.",
        "Ethiopia's Prime Minister Abiy Tesfaye was also among those in attendance.",
    ],
)
def test_among_those_at_the_table(sentence: str) -> None:
    assert ("Abiy Tesfaye", "ETH") in meeting_people(_OPENING + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bahamas was represented by Minister of Education Grace Nakato, Belize by Foreign Minister Ole Dahl (virtually), Jamaica by Foreign Minister Maria Ruiz and St Kitts and Nevis by Deputy Prime Minister Jon Vik.",
        "The Bahamas was represented by Grace Nakato, Minister of Education, Belize by Ole Dahl, Foreign Minister, Jamaica by Maria Ruiz, Foreign Minister, and St Kitts and Nevis by Jon Vik, Deputy Prime Minister.",
        "The Bahamas was represented at the meeting by Minister of Education Grace Nakato (online), Belize by Foreign Minister Ole Dahl, Jamaica by Foreign Minister Maria Ruiz (by video link) and St Kitts and Nevis by Deputy Prime Minister Jon Vik.",
    ],
)
def test_the_ellipsis_of_represented_by_gives_each_its_state(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {("Grace Nakato", "BHS"), ("Ole Dahl", "BLZ"), ("Maria Ruiz", "JAM"), ("Jon Vik", "KNA")} <= people


@pytest.mark.parametrize(
    ("item", "name", "role"),
    [
        ("Minister of Education Grace Nakato", "Grace Nakato", "Minister of Education"),
        ("Head of Mission Ana Maria Lopez", "Ana Maria Lopez", "Head of Mission"),
        ("Minister for Fisheries Jon Vik", "Jon Vik", "Minister for Fisheries"),
    ],
)
def test_a_title_of_one_object_word_before_the_name(item: str, name: str, role: str) -> None:
    person = parse_item(item, "xyz", ())
    assert person is not None and (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    "sentence",
    [
        "Malawi was represented by Hon. Grace Nakato, the Deputy Prime Minister, Zambia by Hon. Ole Dahl, the Minister of Foreign Affairs, Botswana by Hon. Mr. Maria Ruiz, Minister of Trade and Angola by Hon. Jon Vik, Minister of Foreign Affairs and Regional Cooperation.",
        "Malawi was represented by Grace Nakato, Deputy Prime Minister; Zambia by Ole Dahl, Minister of Foreign Affairs; Botswana by Maria Ruiz, Minister of Trade; and Angola by Jon Vik, Minister of Foreign Affairs and Regional Cooperation.",
        "Malawi was represented at the summit by Deputy Prime Minister Grace Nakato, Zambia by Ole Dahl, Minister of Foreign Affairs, Botswana by Minister of Trade Maria Ruiz, and Angola by Jon Vik, Minister of Foreign Affairs and Regional Cooperation.",
    ],
)
def test_the_ellipsis_keeps_commas_inside_each_states_item(sentence: str) -> None:
    meeting = first_meeting(_OPENING + sentence + "\n")
    people = {(p["person"], p.get("party")) for p in meeting["participants"]}
    assert {("Grace Nakato", "MWI"), ("Ole Dahl", "ZMB"), ("Maria Ruiz", "BWA"), ("Jon Vik", "AGO")} == people
    roles = {p["person"]: p["role"] for p in meeting["participants"]}
    assert roles["Jon Vik"] == "Minister of Foreign Affairs and Regional Cooperation"
    assert roles["Grace Nakato"] == "Deputy Prime Minister"  # a deputy heads no state


# -- name lines followed by title lines (the Gulf's style) ----------------------------------------------------


_GULF = [
    ("His Highness Sheikh Omar bin Saif Al Nasser", "President of the United Arab Emirates"),
    ("His Majesty King Ali bin Hamad Al Rashid", "King of the Kingdom of Bahrain"),
    ("His Excellency Sayyid Fahd bin Salim Al Busaidi", "Deputy Prime Minister of the Sultanate of Oman"),
]
_GULF_PEOPLE = {
    ("Omar bin Saif Al Nasser", "ARE"),
    ("Ali bin Hamad Al Rashid", "BHR"),
    ("Fahd bin Salim Al Busaidi", "OMN"),
}


@pytest.mark.parametrize(
    ("intro", "sep"),
    [
        (
            "The Council met in Manama on 4 June 2022 with the participation of Their Majesties and Highnesses:",
            "\n",
        ),
        (
            "The Council met in Manama on 4 June 2022 in the presence of their Majesties and Highnesses:",
            "\n\n",
        ),
        ("The Council met in Manama on 4 June 2022. Taking part were:", "\n "),
    ],
)
def test_name_lines_followed_by_title_lines_are_one_item_each(intro: str, sep: str) -> None:
    body = "\n\n".join(f"{name}{sep}{title}" for name, title in _GULF)
    text = (
        "The Supreme Council of the Gulf Union held its 30th session.\n\n"
        + intro
        + "\n\n"
        + body
        + "\n\nThe Council then adopted its agenda.\n"
    )
    assert _GULF_PEOPLE <= meeting_people(text)


def test_a_line_that_is_no_title_is_not_joined_to_the_name_before() -> None:
    text = (
        _OPENING
        + "The following attended:\n\nHis Excellency Omar bin Saif Al Nasser\n\nThe session then heard the reports of the committees.\n"
    )
    assert all("reports" not in p["role"] for p in first_meeting(text).get("participants", []))


# -- a sovereign's regnal name; "His Honour"; a person "of" another organization; the chair after a state's title


@pytest.mark.parametrize(
    ("item", "name", "role", "party"),
    [
        ("Queen Matilda II, Head of the Union", "Queen Matilda II", "Head of the Union", None),
        ("King Harald IV, the King of Norway", "King Harald IV", "King of Norway", "NOR"),
        ("Zambia: His Honour Dr. Ole Banda, Vice President", "Ole Banda", "Vice President", "ZMB"),
        ("Her Honour Grace Nakato, Vice President of Uganda", "Grace Nakato", "Vice President", "UGA"),
        ("Maria Ruiz of UN ESCAP", "Maria Ruiz", "of UN ESCAP", None),
        ("Jon Vik of the CICA Secretariat", "Jon Vik", "of the CICA Secretariat", None),
    ],
)
def test_items_of_sovereigns_styles_and_other_organizations(
    item: str, name: str, role: str, party: str | None
) -> None:
    person = parse_item(item, "xyz", ())
    assert person is not None
    assert (person.name, person.role, person.party) == (name, role, party)


@pytest.mark.parametrize(
    "item", ["Secretary General of the GCC", "Xi Jinping of China", "Executive Secretary of SADC"]
)
def test_an_office_or_a_state_after_of_is_no_other_organizations_member(item: str) -> None:
    person = parse_item(item, "xyz", ())
    assert person is None or person.party is not None or person.name != item.split(" of ")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Assembly sat under the chairmanship of the President of Rwanda, Eric Habimana, Chairperson of the Union.",
        "The summit met under the presidency of the Prime Minister of Uganda, Eric Habimana.",
        "The session was chaired by the King of Eswatini, Eric Habimana, current chair of the Union.",
    ],
)
def test_the_chair_named_after_a_states_title(sentence: str) -> None:
    chair = first_meeting(_OPENING + sentence + "\n").get("chair")
    assert chair is not None and chair["person"] == "Eric Habimana"
    assert chair.get("party") in ("RWA", "UGA", "SWZ")


@pytest.mark.parametrize(
    "sentence",
    [
        "Queen Matilda II, Head of the Union, opened the meeting, which is chaired by the host, Kenyan President Otieno Wafula.",
        "Dr Ole Dahl, Secretary General of the Union, opened the session, which was chaired by the host, President Otieno Wafula of Kenya.",
        "The summit, which Queen Matilda II opened, was chaired by the host, Kenya's President Otieno Wafula.",
    ],
)
def test_the_chair_is_who_chaired_not_who_opened(sentence: str) -> None:
    meeting = first_meeting(_OPENING + sentence + "\n")
    assert meeting.get("chair", {}).get("person") == "Otieno Wafula"
    assert all(
        p.get("party") in (None, "KEN") or p["person"] != "Matilda II"
        for p in meeting.get("participants", [])
    )
    assert not [
        p
        for p in meeting.get("participants", [])
        if p["person"].startswith("Queen") and p.get("party") == "KEN"
    ]


# -- the chair "from" a place; acts at the sitting: hosting the leaders, a report to them, "During the plenary, X"


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit took place today by video conference, chaired from Nairobi by President Otieno Wafula of Kenya.",
        "The meeting was presided over remotely by Kenyan President Otieno Wafula.",
        "President Otieno Wafula of Kenya presided over the fifth Lake Union summit.",
    ],
)
def test_the_chair_from_a_place_or_over_a_named_summit(sentence: str) -> None:
    chair = first_meeting(_OPENING + sentence + "\n").get("chair")
    assert chair is not None and (chair["person"], chair.get("party")) == ("Otieno Wafula", "KEN")


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met on Friday, with Kenyan President Otieno Wafula hosting the leaders of the member states.",
        "During the plenary, Kenyan President Otieno Wafula proposed a common fund for the lake.",
        "At the summit's opening session, President Otieno Wafula of Kenya warned of the drought.",
    ],
)
def test_an_act_at_the_sitting_attests_the_actor(sentence: str) -> None:
    assert ("Otieno Wafula", "KEN") in meeting_people(_OPENING + sentence + "\n")


def test_a_report_presented_to_the_heads_attests_the_official() -> None:
    text = _OPENING + "Union Secretary General Maria Ruiz presented a report to the heads of state.\n"
    assert "Maria Ruiz" in {name for name, _ in meeting_people(text)}


def test_an_act_at_another_meeting_attests_no_one() -> None:
    text = (
        _OPENING
        + "During the next summit in 2023, Kenyan President Otieno Wafula will propose a common fund.\n"
    )
    assert ("Otieno Wafula", "KEN") not in meeting_people(text)


def test_in_the_presence_of_the_leaders_is_no_list() -> None:
    text = (
        _OPENING
        + "In the presence of the leaders, the five states signed the Agreement on the Lake Development Bank and the Treaty for the Establishment of a Union Reserve Arrangement.\n"
    )
    assert meeting_people(text) == set()


@pytest.mark.parametrize(
    "last_line",
    [
        "- Chairman of the People's Council of Malawi Peter Banda and Prime Minister of Burundi Jean Ndayi, representing the observer states.",
        "- President of Malawi Peter Banda and Prime Minister of Burundi Jean Ndayi, as observers.",
        "- Speaker of the Assembly of Malawi Peter Banda and Vice President of Burundi Jean Ndayi, representing the Union's observer states;",
    ],
)
def test_a_list_line_of_two_persons_and_its_own_role(last_line: str) -> None:
    text = (
        _OPENING
        + "The summit was attended by:\n- President of Kenya Otieno Wafula;\n- Prime Minister of Uganda Grace Nakato;\n"
        + last_line
        + "\n\nThe leaders then adopted the agenda.\n"
    )
    meeting = first_meeting(text)
    people = {(p["person"], p.get("party")) for p in meeting["participants"]}
    assert {
        ("Otieno Wafula", "KEN"),
        ("Grace Nakato", "UGA"),
        ("Peter Banda", "MWI"),
        ("Jean Ndayi", "BDI"),
    } <= people
    observers = {
        c.event["party"]
        for c in extract(text, "xyz", "t")
        if c.record == "attestation" and c.event.get("status") == "observer"
    }
    assert {"MWI", "BDI"} <= observers and "KEN" not in observers


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Otieno Wafula of Kenya was elected Chairman of the Summit.",
        "Kenya's President Otieno Wafula was unanimously elected as Chairperson of the Fifth Summit.",
        "President Otieno Wafula of Kenya had been elected President of the Conference at its opening.",
    ],
)
def test_elected_chair_of_the_sitting_is_its_chair(sentence: str) -> None:
    chair = first_meeting(_OPENING + sentence + "\n").get("chair")
    assert chair is not None and (chair["person"], chair.get("party")) == ("Otieno Wafula", "KEN")


def test_elected_chair_of_the_next_summit_is_not_this_ones() -> None:
    chair = first_meeting(
        _OPENING + "President Otieno Wafula of Kenya was elected Chairman of the next Summit.\n"
    ).get("chair")
    assert chair is None or chair["person"] != "Otieno Wafula"


@pytest.mark.parametrize(
    ("item", "name", "party"),
    [
        ("King Harald IX of Norway", "Harald IX", "NOR"),
        ("Sultan Qasim II of Oman", "Qasim II", "OMN"),
        ("King Letsie IV of Lesotho", "Letsie IV", "LSO"),
    ],
)
def test_a_sovereign_of_one_name_and_a_numeral(item: str, name: str, party: str) -> None:
    person = parse_item(item, "xyz", ())
    assert person is not None and (person.name, person.party) == (name, party)


def test_opening_the_session_x_set_out_the_priorities() -> None:
    text = (
        _OPENING
        + "Kenyan President Otieno Wafula arrived on Friday. Opening the session, Wafula set out the priorities of his chairmanship.\n"
    )
    assert ("Otieno Wafula", "KEN") in meeting_people(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "President of Burundi Jean Ndayi also took part in the meeting as head of the union's observer states, and President of Malawi Peter Banda as an honorary guest of the union.",
        "Jean Ndayi, President of Burundi, attended as the head of an observer state, and Peter Banda, President of Malawi, as a special guest.",
        "Burundi's President Jean Ndayi participated as an observer, and Malawi's President Peter Banda as a guest of the host.",
    ],
)
def test_the_second_clause_without_its_verb_keeps_its_own_role(sentence: str) -> None:
    text = _OPENING + sentence + "\n"
    roles = {p.get("party"): p["role"] for p in first_meeting(text)["participants"]}
    assert "guest" in roles["MWI"] and "observer" in roles["BDI"]
    observers = {
        c.event["party"]
        for c in extract(text, "xyz", "t")
        if c.record == "attestation" and c.event.get("status") == "observer"
    }
    assert observers == {"BDI"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Presidents Jean Ndayi of Burundi and Peter Banda of Malawi joined Wafula and Nakato at the table.",
        "President Jean Ndayi of Burundi and President Peter Banda of Malawi joined their hosts around the conference table.",
        "Burundi's President Jean Ndayi and Malawi's President Peter Banda joined Kenya's leader at the round table.",
    ],
)
def test_joined_someone_at_the_table(sentence: str) -> None:
    assert {("Jean Ndayi", "BDI"), ("Peter Banda", "MWI")} <= meeting_people(_OPENING + sentence + "\n")


def test_joined_a_rally_is_no_attendance() -> None:
    text = _OPENING + "Thousands of people led by Jean Ndayi joined an opposition rally in the city.\n"
    assert ("Jean Ndayi", None) not in meeting_people(text) and all(
        n != "Jean Ndayi" for n, _ in meeting_people(text)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Also at the table were the Prime Ministers of Uganda, Grace Nakato; of Burundi, Jean Ndayi; and of Rwanda, Dr Eric Habimana, together with the President of Tanzania, Asha Mwinyi.",
        "The summit was attended by President Otieno Wafula of Kenya and Prime Minister Grace Nakato of Uganda, along with the President of Tanzania, Asha Mwinyi.",
        "Taking part were Grace Nakato, Prime Minister of Uganda; Jean Ndayi, Prime Minister of Burundi; Eric Habimana, Prime Minister of Rwanda, together with Asha Mwinyi, President of Tanzania.",
    ],
)
def test_together_with_adds_one_more_item(sentence: str) -> None:
    meeting = first_meeting(_OPENING + sentence + "\n")
    people = {(p["person"], p.get("party")) for p in meeting["participants"]}
    assert ("Asha Mwinyi", "TZA") in people and ("Grace Nakato", "UGA") in people
    assert all(
        not p["role"].endswith("s") or p["role"] in ("head of state",)
        for p in meeting["participants"]
        if p["person"] == "Grace Nakato"
    )
