"""The lead's fixes of the ninth session (issue 14), each on invented sentences."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import extracted_events, extracted_sittings

from igo_timeline.extract import extract
from igo_timeline.extract.names import org_bodies


def meetings(text: str, org: str, **kw: Any) -> list[tuple[str, str | None, str | None]]:
    return extracted_sittings(extract(text, org, "invented", **kw))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # another's meeting named "<ABBR> <ordinal word> Meeting of the Conference of ...": not ECCAS's conference
        ("The CARICOM Regular Meeting of the Conference of Heads of Government met in Geneva on 14 March 2019.",
         "eccas"),
        ("The CICA Meeting of Ministers of Foreign Affairs opened in Lisbon on 2 May 2021.", "oic"),
        # an abbreviation that is also a town's name (Oas, the Philippines) still names another organization
        ("The OAS Permanent Council met in Geneva on 14 March 2019.", "csto"),
        ("The OAS Permanent Council convened in Vienna on 3 June 2022.", "osce"),
    ],
)  # fmt: skip
def test_another_organizations_body_by_its_abbreviation_is_not_this_ones(text: str, org: str) -> None:
    # (found as a body no table knows, under its name as written, at most: never one of this organization's)
    assert not any(b in org_bodies(org) for b, _, _ in meetings(text, org))


def test_the_own_abbreviation_before_the_same_body_keeps_it() -> None:
    assert [
        b for b, _, _ in meetings("The CSTO Permanent Council met in Moscow on 14 March 2019.", "csto")
    ] == ["permanent-council"]


def conditions(text: str, org: str, **kw: Any) -> list[tuple[str, str]]:
    found = extract(text, org, "invented", **kw)
    return [
        (e["type"], e["party"])
        for k in ("ConditionImposed", "ConditionLifted")
        for e in extracted_events(found, k)
    ]


@pytest.mark.parametrize(
    "history",
    [
        "It had suspended Chad, Gabon and Mali when their armies seized power.",
        "The bloc had also suspended Gabon after its coup.",
        "Before that, the Council had previously suspended Chad and Mali over similar events.",
    ],
)
def test_a_suspension_told_in_the_pluperfect_is_history(history: str) -> None:
    text = (
        "ADDIS ABABA, 3 May 2027 -- The Peace and Security Council decided to suspend Niger from all activities "
        f"of the Union with immediate effect. {history}"
    )
    assert conditions(text, "au") == [("ConditionImposed", "NER")]


def test_a_pluperfect_suspension_in_reported_speech_is_the_act_reported() -> None:
    text = "ADDIS ABABA, 3 May 2027 -- The chairperson announced today that the Council had suspended Niger."
    assert conditions(text, "au") == [("ConditionImposed", "NER")]


def grants(text: str, org: str, **kw: Any) -> list[tuple[str, str]]:
    return [
        (e["party"], e["status"])
        for e in extracted_events(extract(text, org, "invented", **kw), "StatusGranted")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders took a decision on awarding the Order of the Union to the President of Laos for his "
        "contribution to cooperation between the member states.",
        "By a decision of the Council, the Prime Minister of Nepal received a medal for strengthening the ties "
        "among all member states.",
        "The Council decided to thank Mongolia for its support to the other member states.",
    ],
)
def test_the_member_states_as_a_group_grant_no_status(text: str) -> None:
    assert grants(f"BEIJING, 3 May 2027 -- {text}", "sco") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Council decided to grant Laos and Nepal the status of member states.", [("LAO", "member"),
                                                                                      ("NPL", "member")]),
        ("The Council decided to admit Mongolia as a member state, strengthening cooperation between the member "
         "states.", [("MNG", "member")]),
    ],
)  # fmt: skip
def test_a_status_named_as_the_partys_is_still_granted(text: str, expected: list[tuple[str, str]]) -> None:
    assert grants(f"BEIJING, 3 May 2027 -- {text}", "sco") == expected


def handovers(text: str, org: str, **kw: Any) -> list[tuple[str, str | None, str]]:
    found = extract(text, org, "invented", **kw)
    return [
        (e["to_party"], e.get("from_party"), e["effective"])
        for e in extracted_events(found, "PresidencyHandedOver")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was decided to transfer the chairmanship of the Organization from Armenia to Belarus from 1 January 2031.",
        "The leaders agreed to hand over the presidency of the Organization from Armenia to Belarus as of 1 January "
        "2031.",
        "The Council resolved to pass the chairmanship from the Republic of Armenia to the Republic of Belarus, "
        "effective 1 January 2031.",
    ],
)
def test_a_handover_decided_in_the_infinitive(sentence: str) -> None:
    text = f"MOSCOW, 20 November 2030 -- The CSTO Collective Security Council met in Moscow today. {sentence}"
    assert handovers(text, "csto") == [("BLR", "ARM", "2031-01-01")]


def test_a_handover_hoped_for_is_no_handover() -> None:
    text = (
        "MOSCOW, 20 November 2030 -- The CSTO Collective Security Council met in Moscow today. Armenia proposed "
        "that the leaders should later decide to transfer the chairmanship to Belarus."
    )
    assert handovers(text, "csto") == []


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("on 7 th July 2024 in Abuja", "2024-07-07"),
        ("on the 21 st of March 2019", "2019-03-21"),
        ("ON 2 ND MAY 2023", "2023-05-02"),
        ("on September 3 rd, 2022", "2022-09-03"),
    ],
)
def test_an_ordinal_suffix_typed_apart_from_its_day(text: str, edtf: str) -> None:
    from igo_timeline.extract.dates import find_dates

    assert [d.edtf for d in find_dates(text, None) if d.kind == "day"] == [edtf]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council of Heads of State decided to finalise the procedure for admitting Laos as a member state.",
        "The heads of state decided to complete the process of admitting Laos and granting it member status.",
        "The Council resolved to conclude the procedure of Laos's admission as a member state.",
    ],
)
def test_a_procedure_completed_in_the_infinitive_grants_the_status(sentence: str) -> None:
    assert grants(f"ASTANA, 4 July 2031 -- {sentence}", "sco") == [("LAO", "member")]


@pytest.mark.parametrize(
    ("line", "day", "place"),
    [
        ("East African Community Headquarters, Arusha, Tanzania, 25th November, 2023: The Summit met.",
         "2023-11-25", "Arusha"),
        ("State House, Entebbe, Uganda, 12 May 2024 – The leaders met.", "2024-05-12", "Entebbe"),
        ("AU Headquarters, Addis Ababa, 3 May 2027: The Council met.", "2027-05-03", "Addis Ababa"),
    ],
)  # fmt: skip
def test_a_dateline_that_names_a_seat_before_its_city(line: str, day: str, place: str) -> None:
    from igo_timeline.extract.anchor import find_anchor

    anchor = find_anchor(line)
    assert (str(anchor.day), anchor.place) == (day, place)


def test_an_act_dated_by_its_meeting_not_by_the_dateline_of_its_first_mention() -> None:
    text = (
        "AU Headquarters, Addis Ababa, 4 May 2027: The Union has grown with the admission of Laos as a member.\n\n"
        "The Assembly, meeting in Addis Ababa on Monday, 3 May 2027, resolved to admit Laos as a member."
    )
    assert [(c.event["party"], c.event["effective"]) for c in extract(text, "au", "invented")
            if c.event["type"] == "StatusGranted"] == [("LAO", "2027-05-03")]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders of the CSTO member nations discussed regional security at a summit in Minsk on November 23.",
        "The heads of state reviewed the work of the year at their session in Minsk on November 23.",
        "The presidents exchanged views on Afghanistan at the summit in Minsk on 23 November.",
    ],
)
def test_deliberation_at_a_sitting_tells_the_sitting(sentence: str) -> None:
    assert meetings(sentence, "csto", published="2023-11-24") == [
        ("collective-security-council", "2023-11-23", "Minsk")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The issue will be discussed at a summit in Minsk on November 23.",
        "The ministers considered whether to raise the issue at the summit in Minsk on November 23.",
    ],
)
def test_deliberation_planned_for_a_sitting_is_no_meeting_held(sentence: str) -> None:
    assert meetings(sentence, "csto", published="2023-11-20") == []


def sitting(text: str, org: str, **kw: Any) -> dict[str, Any]:
    return next(c.event for c in extract(text, org, "invented", **kw) if c.event["type"] == "MeetingHeld")


@pytest.mark.parametrize(
    "chair",
    [
        "H.E. Musa Example, the Deputy Chairman of the Sovereignty Council of the Republic of the Sudan and "
        "representative of the Chair of the Assembly",
        "Musa Example, Vice Chairman of the Sovereignty Council of the Republic of the Sudan",
        "Musa Example, Vice-Chairman of the Sovereignty Council of the Republic of the Sudan",
    ],
)
def test_a_chair_whose_apposition_names_another_state_is_not_the_hosts_head(chair: str) -> None:
    text = (
        "The 20th Ordinary Session of the IGAD Assembly of Heads of State and Government was held on Monday, "
        f"12th June 2023, in Djibouti, and was chaired by {chair}."
    )
    event = sitting(text, "igad")
    assert event["chair"]["party"] == "SDN"
    entry = next(p for p in event["participants"] if p["person"] == "Musa Example")
    assert (entry["party"], entry["role"] != "head of state") == ("SDN", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chairman and members of the Council of Elders and the Heads of Turkic Cooperation Organizations also "
        "took part.",
        "Representatives of regional Economic Communities also attended.",
        "The Heads of Specialized Agencies also took part in the meeting.",
    ],
)
def test_plural_bodies_are_no_persons(sentence: str) -> None:
    text = f"The Council of Heads of State of the Organization of Turkic States met on 6 November 2024 in Baku. {sentence}"
    assert sitting(text, "ots")["participants"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairmanship passed to Ramaphosa from Egyptian President Abdel Fattah al-Sisi.",
        "The presidency went to the South African leader from his Egyptian counterpart.",
        "The chair passed to South Africa from Egypt, which had held it for a year.",
    ],
)
def test_the_giver_after_from_is_not_the_receiver(sentence: str) -> None:
    text = (
        "ADDIS ABABA, Feb. 9, 2020 -- Cyril Ramaphosa, the President of South Africa, took over the rotating "
        f"chair of the African Union on Sunday. {sentence}"
    )
    assert {to for to, _, _ in handovers(text, "au")} == {"ZAF"}


def terms(text: str, org: str, **kw: Any) -> list[tuple[str, str]]:
    return [
        (e["person"], e["term"])
        for e in extracted_events(extract(text, org, "invented", **kw), "OfficialAppointed")
    ]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("has been elected Secretary General of the OIC for a five-year term.",
         "He will take office on November 17, 2031, when his predecessor's term ends."),
        ("was appointed Secretary General of the OIC for a period of five years.",
         "She will assume her duties on 17 November 2031."),
        ("was chosen as Secretary General of the OIC for a 5-year term on Saturday.",
         "They said he would take up the post on 17 November 2031."),
    ],
)  # fmt: skip
def test_a_length_told_with_the_election_and_the_first_day_after_it(first: str, then: str) -> None:
    text = f"JEDDAH, 29 November 2030 -- Musa Example, a former minister of Chad, {first} {then}"
    assert terms(text, "oic") == [("Musa Example", "2031-11-17/2036-11-16")]


def test_a_term_in_reported_speech_after_the_result() -> None:
    text = (
        "CAIRO, 10 March 2030 -- Foreign ministers on Thursday chose Musa Example as the organization's new "
        "secretary-general at a session in Cairo. The chair of the session announced the result and said the new "
        "secretary-general would serve a five-year term beginning on July 1."
    )
    assert terms(text, "arab-league") == [("Musa Example", "2030-07-01/2035-06-30")]


@pytest.mark.parametrize(
    ("item", "person", "role"),
    [
        ("Angola: H.E. Minister of External Relations Tete Antonio", "Tete Antonio",
         "Minister of External Relations"),
        ("Malawi: Hon. Minister of Trade and Industry Vitumbiko Mumba", "Vitumbiko Mumba",
         "Minister of Trade and Industry"),
        ("Zambia: Hon. Minister of Finance and National Planning Musa Mwale", "Musa Mwale",
         "Minister of Finance and National Planning"),
    ],
)  # fmt: skip
def test_a_titles_last_noun_is_no_given_name(item: str, person: str, role: str) -> None:
    text = (
        "The 45th Ordinary Summit of SADC Heads of State and Government was held on 17 August 2025 in Antananarivo."
        f"\n\nSummit was attended by the following:\n{item}\n"
    )
    assert [(p["person"], p["role"]) for p in sitting(text, "sadc")["participants"]] == [(person, role)]


def test_an_incoming_chair_is_no_one_named_incoming() -> None:
    text = (
        "The 45th Ordinary Summit of SADC Heads of State and Government was held on 17 August 2025 in Antananarivo."
        " The President of the Republic of South Africa, His Excellency Matamela Cyril Ramaphosa, was elected "
        "Incoming Chairperson."
    )
    assert terms(text, "sadc") == []


@pytest.mark.parametrize(
    ("text", "edtf"),
    [("was held 23.11.2023", ["2023-11-23"]), ("on 05.07.2024 in Astana", ["2024-07-05"]),
     ("no such day 31.02.2023", []), ("a score of 12.5.2020x", []), ("sent 06/07/2020", [])],
)  # fmt: skip
def test_a_day_written_with_dots_is_day_month_year(text: str, edtf: list[str]) -> None:
    from igo_timeline.extract.dates import find_dates

    assert [d.edtf for d in find_dates(text, None) if d.kind == "day"] == edtf


@pytest.mark.parametrize(
    ("sentence", "org", "body"),
    [
        ("The Authority of Heads of State and Government of ECOWAS held its 65th Ordinary Session on 7 July 2024 "
         "in Abuja.", "ecowas", "authority"),
        ("The Council of Ministers of SADC met in Windhoek on 14 August 2018.", "sadc", "council-of-ministers"),
        ("The Summit of Heads of State of the EAC was held in Arusha on 24 November 2023.", "eac", "summit"),
    ],
)  # fmt: skip
def test_a_body_named_with_its_organization_after_of(sentence: str, org: str, body: str) -> None:
    assert [b for b, _, _ in meetings(sentence, org)] == [body]


@pytest.mark.parametrize("town", ["Nuku‘alofa", "Nukuʻalofa", "Nuku'alofa", "Nuku’alofa"])
def test_a_dateline_town_with_an_okina_or_any_apostrophe(town: str) -> None:
    from igo_timeline.extract.anchor import find_anchor

    anchor = find_anchor(
        f"Leaders meet in {town}\n\n{town}, Tonga, 26th April 1998 -- The summit was held here yesterday."
    )
    assert (str(anchor.day), anchor.place) == ("1998-04-26", town)
