"""Issue 14, seventh session, fixer comm8: official communiqués with numbered paragraphs and their lists of
attendance, the meeting's days from the lede rather than a byline, the place from the headline or from a town
the gazetteer lacks.

Every text here is invented (organizations, towns and persons included where they are not states); none is a
sentence of a real page or of a held-out set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.text import Document, is_byline_text


def _meeting(text: str, org: str = "zbc", published: str | None = None) -> dict:
    found = [c for c in extract(text, org, "t", published=published) if c.type == "MeetingHeld"]
    assert found, "no meeting found"
    return found[0].event


def _people(event: dict) -> dict[str, tuple[str | None, str | None]]:
    return {p["person"]: (p.get("role"), p.get("party")) for p in event.get("participants", [])}


# --- class 1: a numbered communiqué's list of who attended -------------------------------------------------

STATE_HEADED = """COMMUNIQUE OF THE 9TH ORDINARY SUMMIT OF THE ZAMBEZI BASIN COMMUNITY

1. The 9th Ordinary Summit of Heads of State and Government of the Zambezi Basin Community (ZBC) was held in Kariba, Republic of Zimbabwe, on 6th and 7th May 2021.

2. Summit was attended by the following Heads of State and Government and or their representatives:

Botswana : H.E. President Lt. Gen. Kagiso Modise Tau
Malawi : H.E. President Prof. Chimwemwe Banda
Mauritius : Dr. the Rt. Honourable Ravi Seenath Prime Minister
Namibia : Hon. Vice President Dr. Ndapewa Shikongo
Eswatini : Rt. Hon. Sipho Nkosinathi Dlamini, Prime Minister
Zambia  : H.E.  President Mwila Chanda

3. Summit was also attended by the Executive Secretary of ZBC.
"""


def test_state_headed_lines_after_a_blank_line_are_each_a_person() -> None:
    event = _meeting(STATE_HEADED)
    people = _people(event)
    assert people == {
        "Kagiso Modise Tau": ("President", "BWA"),
        "Chimwemwe Banda": ("President", "MWI"),
        "Ravi Seenath": ("Prime Minister", "MUS"),
        "Ndapewa Shikongo": ("Vice President", "NAM"),
        "Sipho Nkosinathi Dlamini": ("Prime Minister", "SWZ"),
        "Mwila Chanda": ("President", "ZMB"),
    }
    assert (event["date"], event["place"], event["host"]) == ("2021-05-06/2021-05-07", "Kariba", "ZWE")


NAME_FIRST_LINES = """FINAL COMMUNIQUE

1. The Eleventh Ordinary Session of the Authority of Heads of State and Government of the Coastal States Union (CSU) was held on 4 December 2022 in Lome, Togolese Republic, under the chairmanship of H.E. Mr Kodjo Amavi Mensah, President of the Togolese Republic and current Chair of the Authority.

2. The Session was attended by the following Heads of State and Government or their duly mandated representatives:
H.E. Mr Kodjo Amavi Mensah, President of the Togolese Republic;
H. E. Mrs Adwoa Serwaa Boateng, President of the Republic of Ghana;
Hon. Fatou Ceesay Jallow, Vice-President of the Republic of The Gambia;
Rt. Hon. Ibrahim Kamara Sesay, Minister of Foreign Affairs of the Republic of Sierra Leone; and
H.E. Ousmane Traore Diallo, Ambassador of the Republic of Senegal in Togo.
"""


def test_name_first_lines_with_styles_and_a_closing_and() -> None:
    event = _meeting(NAME_FIRST_LINES, org="csu")
    people = _people(event)
    assert people["Adwoa Serwaa Boateng"] == ("President", "GHA")
    assert people["Fatou Ceesay Jallow"] == ("Vice-President", "GMB")
    assert people["Ibrahim Kamara Sesay"][1] == "SLE"
    assert not any(name.startswith(("Rt", "Hon", "H.", "Mr")) for name in people)
    assert all(role and "; and" not in role for role, _ in people.values())
    # the chair's apposition names the chair's state
    assert event["chair"] == {"person": "Kodjo Amavi Mensah", "role": "President", "party": "TGO"}


RUN_ON = (
    "1. The 3rd Extraordinary Summit of the Great Rift Authority was held in Entebbe, Uganda, on 2 August 2020.\n\n"
    "2. The following Heads of State or their representatives participated in the Summit: H.E. Okello Mugisha Atim, "
    "President of the Republic of Uganda; H.E. Abdi Warsame Yusuf, President of the Republic of Djibouti; "
    "Hon. Akech Deng Majok, Minister of Foreign Affairs of the Republic of South Sudan.\n"
)


def test_run_on_list_separated_by_semicolons() -> None:
    people = _people(_meeting(RUN_ON, org="gra"))
    assert people == {
        "Okello Mugisha Atim": ("President", "UGA"),
        "Abdi Warsame Yusuf": ("President", "DJI"),
        "Akech Deng Majok": ("Minister of Foreign Affairs", "SSD"),
    }


COUNTRY_THEN_STYLE = """The 21st Summit of the Lakes Rim Association

1. The Summit of the Lakes Rim Association was held in Kisumu, Republic of Kenya, from 11 to 12 October 2018.

2. The Summit was attended by the following Heads of State:

Kenya H.E. President Otieno Wafula Barasa
Lesotho The Rt. Hon. Prime Minister, Mr. Thabo Letsie Mokhehle
Rwanda H.E. President Jean Bosco Uwimana
"""


def test_lines_headed_by_a_state_with_no_separator_before_the_style() -> None:
    people = _people(_meeting(COUNTRY_THEN_STYLE, org="lra"))
    assert people["Otieno Wafula Barasa"] == ("President", "KEN")
    assert people["Thabo Letsie Mokhehle"][1] == "LSO"
    assert people["Jean Bosco Uwimana"] == ("President", "RWA")


def test_an_abbreviated_state_the_table_lacks_keeps_the_person_without_a_party() -> None:
    text = STATE_HEADED.replace(
        "Malawi : H.E. President Prof. Chimwemwe Banda", "ZZQ : H.E. President Chimwemwe Banda"
    )
    people = _people(_meeting(text))
    assert people["Chimwemwe Banda"] == ("President", None)  # never a party guessed, never a role of "ZZQ :"


def test_the_chair_with_style_and_apposition() -> None:
    for wording, party in [
        (
            "The Summit was chaired by H.E. Dr. Lerato Kgosi Molefe, President of the Republic of Botswana and Chairperson of ZBC.",
            "BWA",
        ),
        (
            "The meeting was presided over by H.E. Mr. Tendai Moyo Chikore, President of the Republic of Zimbabwe and outgoing Chairman of the Community.",
            "ZWE",
        ),
        (
            "3. The Summit took place under the chairmanship of Rt. Hon. Palesa Mokoena Ntsane, Prime Minister of the Kingdom of Lesotho and current Chair of ZBC.",
            "LSO",
        ),
    ]:
        text = (
            "1. The 5th Ordinary Summit of the Zambezi Basin Community was held in Harare, Zimbabwe, on 9 May 2019.\n\n"
            f"2. {wording}\n"
        )
        chair = _meeting(text)["chair"]
        assert chair["party"] == party, wording
        assert not chair["person"].startswith(("Dr", "Mr", "Rt", "H.")), chair


def test_an_unparsed_line_is_not_a_person_and_the_list_is_no_decision() -> None:
    # a list under "attended by the following" that names organizations only: no person, no party guessed
    text = (
        "1. The 7th Summit of the Zambezi Basin Community was held in Maun, Botswana, on 3 June 2017.\n\n"
        "2. The Summit was also attended by the following organisations:\n"
        "African Development Bank;\nUnited Nations Economic Commission for Africa.\n"
    )
    assert _people(_meeting(text)) == {}


# --- class 2: the meeting's days from the lede, not the byline ----------------------------------------------


def test_byline_day_is_the_texts_day_not_the_meetings() -> None:
    for text, want in [
        (
            "Lagoon States summit closes with four accords\nBy Tevita Fonua Nov 12, 2011 | |\n"
            "The 9th Lagoon States Summit concluded on a high note this evening on 11 November in the Nukualofa city in Tonga.\n",
            "2011-11-11",
        ),
        (
            "Atoll leaders end talks\nPosted on 14 March 2019\n"
            "The leaders of the Pacific Atolls Forum met on 11 and 12 March in Apia for their annual summit.\n",
            "2019-03-11/2019-03-12",
        ),
        (  # a wording unlike any page read: two stamps on one line, the meeting across a month's end
            "Atolls summit wraps up\nFiled 3 October 2022 | Updated 4 October 2022\n"
            "The heads of state gathered in Suva on 30 September and 1 October for the summit of the Pacific Atolls Forum.\n",
            "2022-09-30/2022-10-01",
        ),
    ]:
        assert _meeting(text, org="paf")["date"] == want, text


def test_byline_lines_are_units_of_their_own() -> None:
    for line in [
        "By Tevita Fonua Nov 12, 2011 | |",
        "Filed 3 October 2022 | Updated 4 October 2022",
        "March 9, 2018 10:42 AM",
        "Nukualofa, 12 November 2011",
        "Posted: 2020-06-01 08:30",
    ]:
        assert is_byline_text(line), line
    for line in [
        "By the end of the summit, the leaders had adopted four accords.",
        "The 9th Lagoon States Summit concluded on 11 November 2011.",
        "By 12 November 2011 every member had signed.",
    ]:
        assert not is_byline_text(line), line
    doc = Document("Headline of the day\nBy Tevita Fonua Nov 12, 2011\nThe summit ended on 11 November.\n")
    assert [p.norm for p in doc.sentences] == [
        "Headline of the day",
        "By Tevita Fonua Nov 12, 2011",
        "The summit ended on 11 November.",
    ]


def test_a_stamp_line_anchors_relative_days() -> None:
    text = "Forum summit ends in Honiara\nBy Mere Tuilagi\nMarch 9, 2018 10:42 AM\nThe Pacific Atolls Forum summit came to a close on Thursday with a call for climate finance.\n"
    event = _meeting(text, org="paf")
    assert event["date"] == "2018-03-08"  # the Thursday before Friday 9 March 2018


# --- class 3: the place from the headline, or a town the gazetteer lacks by its state ----------------------


def test_place_from_the_headline_when_the_lede_names_none() -> None:
    for text, place, host in [
        (
            "Forum summit ends in Honiara\nBy Mere Tuilagi\nMarch 9, 2018 10:42 AM\nThe Pacific Atolls Forum summit came to a close on Thursday.\n",
            "Honiara",
            "SLB",
        ),
        (
            "Island forum summit ends in Victoria\n\nMarch 9, 2018\n\nThe leaders of the Indian Ocean Islands Forum concluded their two-day summit today.\n",
            "Victoria",
            "SYC",
        ),
        (
            "Atoll leaders wrap up their summit in Apia\n2019-03-14 08:30\nThe leaders of the Pacific Atolls Forum concluded their summit today.\n",
            "Apia",
            "WSM",
        ),
    ]:
        event = _meeting(text, org="paf")
        assert (event.get("place"), event.get("host")) == (place, host), text


def test_a_town_the_gazetteer_lacks_by_the_state_it_lies_in() -> None:
    for sentence, place, host in [
        (
            "The 9th Lagoon States Summit concluded on 11 November 2011 in the Hithadhoo city in Maldives.",
            "Hithadhoo",
            "MDV",
        ),
        (
            "The Lagoon States Summit was held on 11 November 2011 at Kulhudhuffushi of the Maldives.",
            "Kulhudhuffushi",
            "MDV",
        ),
        (
            "Leaders met on 11 November 2011 in the Ngerulmud town of Palau for the Lagoon States Summit.",
            "Ngerulmud",
            "PLW",
        ),
    ]:
        event = _meeting(sentence, org="lss")
        assert (event.get("place"), event.get("host")) == (place, host), sentence


def test_an_institution_or_a_polity_of_a_state_is_no_town() -> None:
    for where, word in [
        ("at the University of Ghana", "University"),
        ("in the Commonwealth of Australia", "Commonwealth"),
        ("in the Emirate of Qatar", "Emirate"),
        ("at the Embassy of France", "Embassy"),
    ]:
        event = _meeting(f"The Lagoon States Summit was held on 11 November 2011 {where}.", org="lss")
        assert event.get("place") != word, where


# --- laws ------------------------------------------------------------------------------------------------

_LINES = [
    "Botswana : H.E. President Kagiso Modise Tau",
    "Malawi : H.E. President Chimwemwe Banda",
    "Namibia : Hon. Vice President Ndapewa Shikongo",
    "Eswatini : Rt. Hon. Sipho Nkosinathi Dlamini, Prime Minister",
    "Zambia : H.E. President Mwila Chanda",
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(_LINES), st.sampled_from(["\n", "\n\n"]))
def test_the_order_of_list_lines_changes_no_attendance(lines: list[str], gap: str) -> None:
    text = (
        "1. The 9th Ordinary Summit of the Zambezi Basin Community was held in Kariba, Zimbabwe, on 6 May 2021.\n\n"
        f"2. Summit was attended by the following Heads of State and Government:{gap}"
        + "\n".join(lines)
        + "\n"
    )
    found = extract(text, "zbc", "t")
    people = _people(found[0].event)
    assert set(people) == {
        "Kagiso Modise Tau",
        "Chimwemwe Banda",
        "Ndapewa Shikongo",
        "Sipho Nkosinathi Dlamini",
        "Mwila Chanda",
    }
    for c in found:
        for source in [c.event["source"], *c.event.get("more_sources", [])]:
            assert text[source["start"] : source["end"]] == source["quote"]


def test_those_who_held_the_sitting_attended_it() -> None:
    for text, want in [
        (
            "The Lakes Rim Community Heads of State, their Excellencies President Dr. Joseph Mwakasege of the United "
            "Republic of Tanzania, President Okello Mugisha Atim of the Republic of Uganda, and H.E. Dr. Pierre Ndayizeye, "
            "2nd Vice President of the Republic of Burundi, held the 15th Ordinary Summit of the Lakes Rim Community Heads "
            "of State at the Serena Lodge in Arusha, Tanzania on 2nd March, 2016.",
            {"Joseph Mwakasege": "TZA", "Okello Mugisha Atim": "UGA", "Pierre Ndayizeye": "BDI"},
        ),
        (
            "1. The Heads of State and Government of the Great Rift Authority, President Mwangi Kariuki Njoroge of the "
            "Republic of Kenya; President Abdi Warsame Yusuf of the Republic of Djibouti; and Prime Minister Hiwot "
            "Alemu Desta of the Federal Democratic Republic of Ethiopia convened their 41st Extraordinary Summit in "
            "Nairobi on 12 July 2023.",
            {"Mwangi Kariuki Njoroge": "KEN", "Abdi Warsame Yusuf": "DJI", "Hiwot Alemu Desta": "ETH"},
        ),
        (  # a wording unlike any page read: "Leaders" as the head noun, a virtual sitting
            "The Coral Sea Forum Leaders, Prime Minister Tavita Leleua of Samoa and Prime Minister Sione Vaipulu of "
            "Tonga, held a virtual summit on 5 May 2021.",
            {"Tavita Leleua": "WSM", "Sione Vaipulu": "TON"},
        ),
    ]:
        people = _people(_meeting(text, org="lrc"))
        assert {k: v[1] for k, v in people.items()} == want, text


def test_who_held_a_meeting_elsewhere_is_not_read_as_attending() -> None:
    # no list of persons before "held": nobody is read from the sentence
    text = "The Heads of State of the Lakes Rim Community, meeting in Arusha, held the 15th Ordinary Summit on 2 March 2016."
    assert _people(_meeting(text, org="lrc")) == {}


def test_style_without_its_last_stop_before_the_chair() -> None:
    text = (
        "ENTEBBE, 4th of June 2015 The Great Rift Authority Heads of State and Government held its 30th extraordinary "
        "summit in Entebbe, Uganda on 4th of June 2015, under the Chairmanship of H.E Mr. Okello Mugisha Atim, the "
        "President of the Republic of Uganda and current Chairperson of the Assembly.\n"
    )
    assert _meeting(text, org="gra")["chair"] == {
        "person": "Okello Mugisha Atim",
        "role": "President",
        "party": "UGA",
    }


def test_list_lines_marked_by_letters_roman_numerals_or_sub_numbers() -> None:
    lines = [
        "H.E. Kagiso Modise Tau, President of the Republic of Botswana",
        "H.E. Chimwemwe Banda, President of the Republic of Malawi",
        "Rt. Hon. Sipho Nkosinathi Dlamini, Prime Minister of the Kingdom of Eswatini",
        "Hon. Ndapewa Shikongo, Vice-President of the Republic of Namibia",
    ]
    want = {
        "Kagiso Modise Tau": "BWA",
        "Chimwemwe Banda": "MWI",
        "Sipho Nkosinathi Dlamini": "SWZ",
        "Ndapewa Shikongo": "NAM",
    }
    for marks, end, gap in [
        (["(a)", "(b)", "(c)", "(d)"], ";", "\n"),
        (["i.", "ii.", "iii.", "iv."], "", "\n\n"),
        (["2.1", "2.2", "2.3", "2.4"], ";", "\n"),
        (["a)", "b)", "c)", "d)"], "", "\n"),
    ]:
        body = "\n".join(f"{m} {line}{end}" for m, line in zip(marks, lines, strict=True))
        text = (
            "1. The 14th Ordinary Summit of the Zambezi Basin Community was held in Kasane, Botswana, on 18 August 2016.\n\n"
            f"2. The Summit was attended by the following Heads of State and Government:{gap}{body}\n\n"
            "3. The Summit noted the report of the Council.\n"
        )
        people = _people(_meeting(text))
        assert {k: v[1] for k, v in people.items()} == want, marks


def test_a_line_of_the_list_that_names_no_one_does_not_end_the_list() -> None:
    for odd in [
        "Malawi : The High Commissioner In Gaborone",
        "Lesotho : (To Be Confirmed)",
        "Seychelles : Apologies",
    ]:
        text = (
            "1. The 14th Ordinary Summit of the Zambezi Basin Community was held in Kasane, Botswana, on 18 August 2016.\n\n"
            "2. The Summit was attended by the following Heads of State and Government:\n"
            f"Botswana : H.E. President Kagiso Modise Tau\n{odd}\nNamibia : Hon. Vice President Ndapewa Shikongo\n\n"
            "3. The Summit was opened by the Chairperson, who welcomed the leaders.\n"
        )
        people = _people(_meeting(text))
        assert {k: v[1] for k, v in people.items()} == {
            "Kagiso Modise Tau": "BWA",
            "Ndapewa Shikongo": "NAM",
        }, odd


def test_dates_set_in_capitals() -> None:
    from igo_timeline.extract.dates import find_dates

    for written, want in [
        ("HELD THE 25TH ORDINARY SUMMIT ON 23RD FEBRUARY, 2024.", "2024-02-23"),
        ("THE SUMMIT MET FROM 16 TO 17 AUGUST 2024 IN KASANE", "2024-08-16/2024-08-17"),
        ("ON 17TH AND 18TH AUGUST 2014", "2014-08-17/2014-08-18"),
        ("FROM 30 SEPTEMBER TO 1 OCTOBER 2022", "2022-09-30/2022-10-01"),  # across a month's end
    ]:
        assert [d.edtf for d in find_dates(written)] == [want], written
    # a month's name that is a word of a title, with no day, stays no day
    assert [d.kind for d in find_dates("THE MAY DECLARATION OF 2024")] == ["year"]
    text = (
        "JOINT COMMUNIQUE OF THE 25TH ORDINARY SUMMIT OF THE LAKES COMMUNITY HEADS OF STATE\n\n"
        "1. THE LAKES COMMUNITY HEADS OF STATE HELD THE 25TH ORDINARY SUMMIT AT THE SERENA LODGE, ARUSHA, "
        "ON 23RD FEBRUARY, 2024.\n"
    )
    assert _meeting(text, org="lrc")["date"] == "2024-02-23"


def test_styles_with_a_comma_and_lower_case_styles_open_list_lines() -> None:
    text = (
        "THE NINTH SUMMIT of the Authority of the Great Lakes Trade Area (GLTA) was held in Lusaka, the Republic of "
        "Zambia from 3 - 4 June, 2015. The Summit was attended by the following GLTA Heads of State and Government "
        "and Plenipotentiaries:\n"
        "His Excellency, Mwila Chanda, President of the Republic of Zambia;\n"
        "His Excellency, Dr Eng. Pierre Ndayizeye, Second Vice-President of the Republic of Burundi;\n"
        "the Rt Hon Tevita Fonua, Prime Minister of Tonga;\n"
        "Dr. the Hon Kenrick Baptiste, Prime Minister of Grenada;\n"
        "Honourable Amani Juma Said, Minister of Foreign Affairs of the United Republic of Tanzania.\n"
    )
    people = _people(_meeting(text, org="glta"))
    assert {k: v[1] for k, v in people.items()} == {
        "Mwila Chanda": "ZMB",
        "Pierre Ndayizeye": "BDI",
        "Tevita Fonua": "TON",
        "Kenrick Baptiste": "GRD",
        "Amani Juma Said": "TZA",
    }


def test_a_hyphenated_title_is_no_name() -> None:
    from igo_timeline.extract.people import parse_item, person_like

    assert not person_like("Second Vice-President")
    assert not person_like("Deputy Secretary-General")
    assert person_like("Jean-Claude Ndayisaba")
    person = parse_item(
        "His Excellency, Dr Eng. Pierre Ndayizeye, Second Vice-President of the Republic of Burundi", "x"
    )
    assert person is not None and (person.name, person.role, person.party) == (
        "Pierre Ndayizeye",
        "Second Vice-President",
        "BDI",
    )


def test_a_special_guest_attests_no_status() -> None:
    for guest in [
        "2. His Excellency Mr Takeshi Morimoto, Prime Minister of Japan, special guest of the Authority, attended the Summit.",
        "2. H.E. Takeshi Morimoto, Prime Minister of Japan, attended the session as guest of honour.",
        "2. Also present was H.E. Takeshi Morimoto, Prime Minister of Japan, a distinguished guest of the Chair.",
    ]:
        text = (
            "1. The Twentieth Ordinary Session of the Authority of Heads of State and Government of the Coastal States "
            "Union (CSU) was held on 9 December 2023 in Accra, Republic of Ghana.\n\n"
            f"{guest}\n\n"
            "3. The following Heads of State participated in the Summit: H.E. Patrice Talon, President of the Republic "
            "of Benin; H.E. Adama Barrow, President of the Republic of The Gambia.\n"
        )
        found = extract(text, "csu", "t")
        attested = {c.event.get("party") for c in found if c.record == "attestation"}
        assert "JPN" not in attested, guest
        names = {p["person"] for p in found[0].event["participants"]}
        assert not any(n.startswith(("Excellency", "His", "2.")) for n in names), names


def test_a_representative_is_the_person_of_the_line_and_the_represented_state_its_party() -> None:
    text = (
        "1. The 14th Ordinary Summit of the Zambezi Basin Community was held in Kasane, Botswana, on 18 August 2016.\n\n"
        "2. The Summit was attended by the following Heads of State and Government and/or their representatives:\n"
        "Hon. Amani Juma Said, Minister of Foreign Affairs, representing H.E. President Joseph Mwakasege of the United Republic of Tanzania;\n"
        "Hon. Tendai Moyo, Vice-President, on behalf of H.E. Emmanuel Chikore, President of the Republic of Zimbabwe;\n"
        "Mr. Lerato Kgosi, High Commissioner of the Kingdom of Lesotho in Botswana, standing in for the Prime Minister.\n"
    )
    people = _people(_meeting(text))
    assert people == {
        "Amani Juma Said": ("Minister of Foreign Affairs", "TZA"),
        "Tendai Moyo": ("Vice-President", "ZWE"),
        "Lerato Kgosi": ("High Commissioner in Botswana", "LSO"),
    }


CAPS_SURNAMES = """FINAL COMMUNIQUE

1. The Fiftieth Ordinary Session of the Authority of Heads of State and Government of the Coastal States Union (CSU) was convened on 17 December 2016 in Abuja, Federal Republic of Nigeria, under the chairmanship of H. E. Mrs Adwoa SERWAA-BOATENG, President of the Republic of Ghana and current Chair of the CSU Authority of Heads of State and Government.

2. The session was attended by the under-listed Heads of State and Government or their duly mandated representatives:

H. E. Mr Kouassi N'GUESSAN, President of the Republic of Cote d'Ivoire

H.E. Mr Kofi Mensah ADJEI, President of the Republic of Ghana

H.E. Prof. Mamadou CAMARA, President of the Republic of Guinea

H. E. Aurelien A. HOUNKPATIN, Minister of Foreign Affairs and Cooperation of the Republic of Benin

Hon. Bala GARBA-JALLOW, Minister of Works of The Gambia
"""


def test_surnames_in_capitals_items_apart_by_blank_lines_and_the_chair_not_the_host() -> None:
    event = _meeting(CAPS_SURNAMES, org="csu")
    people = {k: v[1] for k, v in _people(event).items()}
    assert people == {
        "Adwoa Serwaa-Boateng": "GHA",
        "Kouassi N'Guessan": "CIV",
        "Kofi Mensah Adjei": "GHA",
        "Mamadou Camara": "GIN",
        "Aurelien A. Hounkpatin": "BEN",
        "Bala Garba-Jallow": "GMB",
    }
    # the chair's own office names Ghana: never the host (Nigeria) by default
    assert event["chair"]["party"] == "GHA"


def test_capitals_stay_an_acronym_outside_a_name() -> None:
    from igo_timeline.extract.people import _caps_surnames

    for item in [
        "Mahamat Faki, Chairperson of the AUC Commission",  # "AUC" after "the": no name's word
        "Director of the SCO RATS Executive Committee",
        "Omar Touray, President of ECOWAS Commission",
        "Minister Kofi ADJEI of the NEPAD Agency",  # no office after a comma: left as written
    ]:
        assert _caps_surnames(item) == item, item
    assert (
        _caps_surnames("Ellen JOHNSON-SIRLEAF, President of Liberia")
        == "Ellen Johnson-Sirleaf, President of Liberia"
    )
    assert _caps_surnames("Aurelien A. HOUNKPATIN") == "Aurelien A. Hounkpatin"


def test_a_title_whose_words_are_capitalized_does_not_swallow_the_name() -> None:
    from igo_timeline.extract.people import parse_item

    for item, name, party in [
        ("Bala Garba-Jallow, Minister of Works of The Gambia", "Bala Garba-Jallow", "GMB"),
        (
            "Ama Serwaa Owusu, Minister of Roads and Highways of the Republic of Ghana",
            "Ama Serwaa Owusu",
            "GHA",
        ),
        ("Tavita Leleua, Minister of Natural Resources of Samoa", "Tavita Leleua", "WSM"),
    ]:
        person = parse_item(item, "x")
        assert person is not None and (person.name, person.party) == (name, party), item


def test_state_then_style_lines_with_majesties_and_an_abbreviated_state() -> None:
    from igo_timeline.extract.people import parse_item

    for item, name, role, party in [
        ("Eswatini H.M. King Mswati III", "Mswati III", "King", "SWZ"),
        ("Eswatini : His Majesty King Mswati III", "Mswati III", "King", "SWZ"),
        (
            "Lesotho The Rt. Hon. Prime Minister, Mr. Thabo Letsie Mokhehle",
            "Thabo Letsie Mokhehle",
            "Prime Minister",
            "LSO",
        ),
        ("ZZQ H.E. President Chimwemwe Banda", "Chimwemwe Banda", "President", None),  # a head no table knows
    ]:
        person = parse_item(item, "x")
        assert person is not None and (person.name, person.role, person.party) == (name, role, party), item


_LEDE = (
    "The 9th Lagoon States Summit, which the leaders had opened on 10 November 2011 in the Hithadhoo city in "
    "Maldives, ended with four accords signed by the foreign ministers."
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n"]), min_size=len(_LEDE.split()), max_size=len(_LEDE.split())))
def test_a_date_wrapped_onto_a_line_of_its_own_is_no_byline(spaces: list[str]) -> None:
    words = _LEDE.split()
    text = (
        "Lagoon summit closes\nBy Tevita Fonua Nov 12, 2011\n"
        + "".join(w + s for w, s in zip(words, spaces, strict=True)).rstrip()
    )
    event = _meeting(text, org="lss")
    assert (event.get("place"), event.get("host")) == ("Hithadhoo", "MDV")
    lede = [p for p in Document(text).sentences if p.norm.startswith("The 9th")]
    assert lede and lede[0].norm == _LEDE
