"""Seventeenth session (issue 14): the slots of a meeting a real page fills in its own way.

The meetings of the real pages of earlier rounds were often found with their place missing: a town after a
descriptor ("the port city of X in <state>"), a town whose name holds the article written with a small "the"
("at the Hague"), a capital in apposition ("in the <adjective> capital, X"). The texts and
organizations here are invented; the towns are real towns of the gazetteer.
"""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract
from tests.extract_run import held, meetings


@pytest.mark.parametrize(
    "where, town",
    [
        ("in the port city of Aktau in Kazakhstan", "Aktau"),
        ("in the mountain town of Cholpon-Ata in Kyrgyzstan", "Cholpon-Ata"),
        ("at the Hague in the Netherlands", "The Hague"),
        ("at the Hague", "The Hague"),
        (
            "in the Malawien capital, Lilongwe",
            "Lilongwe",
        ),  # the adjective misspelt: the town in apposition tells it
        ("in the Kenyan capital, Nairobi", "Nairobi"),
    ],
)
def test_the_town_of_a_sitting_after_its_descriptor_or_with_its_article(where: str, town: str) -> None:
    text = (
        f"The Council of Foreign Ministers of the Steppe Union met {where} on 12 May 2031. "
        "The ministers discussed trade and transit."
    )
    assert held(text, "stu")["place"] == town


def test_a_town_the_gazetteer_lacks_after_its_descriptor_and_its_state() -> None:
    text = (
        "The Council of Foreign Ministers of the Steppe Union met in the resort village of Nowhereville "
        "in Kazakhstan on 12 May 2031. The ministers discussed trade."
    )
    event = held(text, "stu")
    assert event["place"] == "Nowhereville"
    assert event["host"] == "KAZ"


def test_a_building_after_the_article_is_no_town() -> None:
    text = "The Council of Foreign Ministers of the Steppe Union met at the Kremlin on 12 May 2031."
    assert held(text, "stu").get("place") is None


@pytest.mark.parametrize(
    "sentence, body",
    [
        # a state chairing a sitting of the members' ministers, named in lower case
        (
            "Kazakhstan chaired a sitting of the defence ministers of the SCO member states in Almaty on 14 March "
            "2031.",
            "defense-ministers",
        ),
        (
            "On 14 March 2031, Ruritania presided over a session of the foreign ministers of the SCO member states "
            "in Almaty.",
            "council-of-foreign-ministers",
        ),
    ],
)
def test_a_state_that_chaired_the_ministers_sitting_tells_it_held(sentence: str, body: str) -> None:
    event = held(sentence + " The ministers discussed regional security.", "sco")
    assert event["date"] == "2031-03-14"
    assert event["place"] == "Almaty"
    assert "minister" in event["body"]


def test_a_chairing_still_to_come_tells_no_sitting() -> None:
    text = (
        "Ruritania will chair a meeting of the defence ministers of the SCO member states in Almaty in 2032."
    )
    assert [c for c in meetings(text, "sco") if c.record == "event"] == []


def test_partook_in_a_session_tells_the_session_held_and_the_person_there() -> None:
    text = (
        "ASTANA, 22 December 2031 -- On Sunday President Aidar Sultanov partook in a session of the Supreme "
        "Eurasian Economic Council. The leaders discussed the common market."
    )
    event = held(text, "eaeu")
    assert event["body"] == "supreme-council"
    assert event["date"] == "2031-12-21"
    assert [p["person"] for p in event["participants"]] == ["Aidar Sultanov"]


def test_a_decision_taken_at_a_council_in_a_town_on_its_days_tells_the_sitting() -> None:
    text = (
        "A single decision was taken at the Ministerial Council in Vilnius on 9 and 10 December 2031: to meet "
        "again in Riga the following year. Several drafts failed to find consensus."
    )
    event = held(text, "osce")
    assert event["body"] == "ministerial-council"
    assert event["date"] == "2031-12-09/2031-12-10"
    assert event["place"] == "Vilnius"


def test_a_council_named_without_a_town_and_days_is_no_sitting_by_this_rule() -> None:
    text = "The decision was taken at the Permanent Council long before the crisis began."
    assert [c for c in meetings(text, "osce") if c.record == "event"] == []


@pytest.mark.parametrize("quoted", ["“on the sidelines”", '"on the sidelines"', "on the sidelines"])
def test_the_assembly_a_meeting_sat_beside_is_not_its_body_quoted_or_not(quoted: str) -> None:
    text = (
        f"On 20 September 2031 the BRICS foreign ministers gathered in New York {quoted} of the 86th UN General "
        "Assembly session."
    )
    event = held(text, "brics")
    assert "general-assembly" not in event["body"]
    assert "foreign-ministers" in event["body"]


@pytest.mark.parametrize("season", ["pre-New Year", "New Year", "Christmas", "spring"])
def test_a_summit_named_by_its_season_is_the_organizations_summit(season: str) -> None:
    text = (
        f"Leaders of the CIS met in Minsk on 22 December 2031 for a {season} summit that Belarus hosted in the "
        "National Library."
    )
    assert held(text, "cis")["body"] == "council-of-heads-of-state"


@pytest.mark.parametrize("before", ["the", "the spring", "the winter"])
def test_another_organizations_summit_stays_anothers(before: str) -> None:
    # a season before another organization's name does not make its summit the organization's own
    from igo_timeline.extract.context import Context
    from igo_timeline.extract.meeting_body import _anothers_summit
    from igo_timeline.extract.text import Document

    text = f"Leaders of the CIS met on the sidelines of {before} APEC summit in Lima."
    ctx = Context(Document(text), "cis", "t", (), {})
    assert _anothers_summit(text, text.index("summit"), ctx) == "apec-summit"


@pytest.mark.parametrize(
    "timed_by",
    ["before the opening of the G20 summit in the German city", "before the start of the G20 summit"],
)
def test_a_sitting_the_meeting_is_timed_by_is_not_its_body(timed_by: str) -> None:
    text = (
        "BRICS leaders compare notes\n\nHAMBURG, 8 July 2031 -- The heads of state and government of Brazil, "
        f"Russia, India, China and South Africa held an informal meeting in Hamburg on Friday, {timed_by}."
    )
    event = held(text, "brics")
    assert event["body"] == "summit"
    assert event["date"] == "2031-07-04"


def test_a_meeting_that_sat_in_a_town_from_one_weekday_to_another() -> None:
    text = (
        "NUKU'ALOFA, TONGA - SATURDAY 13 SEPTEMBER 2031: The 60th Pacific Islands Forum Leaders meeting, which sat "
        "in Nuku'alofa from Wednesday to Friday, has been called a success by its chair."
    )
    event = held(text, "pif")
    assert event["date"] == "2031-09-10/2031-09-12"
    assert event["body"] == "leaders-meeting"


@pytest.mark.parametrize(
    "line, day",
    [
        ("APIA, SAMOA - MONDAY 15 SEPTEMBER 2031:", "2031-09-15"),
        ("APIA, SAMOA – 15 SEPTEMBER 2031:", "2031-09-15"),
        ("APIA, Samoa - Monday, 15 September 2031 -", "2031-09-15"),
    ],
)
def test_a_dateline_in_capitals_gives_its_day(line: str, day: str) -> None:
    from igo_timeline.extract.anchor import find_anchor

    anchor = find_anchor(f"{line} The leaders met today in Apia.", None)
    assert anchor.place == "Apia"
    assert anchor.day is not None and anchor.day.isoformat() == day


@pytest.mark.parametrize("verb", ["wrapped up", "concluded", "closed"])
def test_sectoral_ministers_who_closed_their_meeting_sat_in_their_body(verb: str) -> None:
    text = (
        "SHANGHAI, Aug. 2 (Xinhua) -- Trade ministers of Brazil, Russia, India, China and South Africa "
        f"{verb} their seventh annual meeting in Shanghai on Wednesday, pledging to resist protectionism."
    )
    event = held(text, "brics", "2031-08-02")
    assert event["body"] == "trade-ministers-meeting"
    assert event["place"] == "Shanghai"


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Ruritania at the head of the bloc as Nairobi hosts the 24th summit\n\nKenya today assumed the "
            "chairmanship of the Steppe Union, with its president taking over at the 24th Summit of Heads of State "
            "of the Steppe Union on 9 October 2031.",
            "Nairobi",
        ),
        (
            "MINSK, 30 June 2031 - This week St. Petersburg has held a session of the SCO defence ministers, the "
            "ministry said.",
            "St. Petersburg",
        ),
        (
            "Leaders ended the 40th ASEAN Summit at the Jakarta Convention Center on 8 May 2031.",
            "Jakarta",
        ),
        (
            "On 17 May 2031 the heads of state and government of the Council of Europe closed the Reykjavík Summit "
            "with a declaration.",
            "Reykjavík",
        ),
    ],
)
def test_a_town_that_hosts_or_names_the_sitting_or_its_venue(text: str, town: str) -> None:
    org = "sco" if "SCO" in text else "asean" if "ASEAN" in text else "coe" if "Europe" in text else "stu"
    assert held(text, org)["place"] == town


def test_a_venue_named_after_no_town_gives_no_town() -> None:
    text = (
        "Leaders ended the 40th ASEAN Summit at the Kenyatta International Convention Centre on 8 May 2031."
    )
    assert held(text, "asean").get("place") is None


def appointed(text: str, org: str, published: str | None = None) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == "OfficialAppointed" and c.record == "event"
    ]


@pytest.mark.parametrize(
    "sentence, day",
    [
        (
            "Jane Moore was appointed on 27 November 2031 as Director General of the organization.",
            "2031-11-27",
        ),
        ("Jane Moore was elected on 27 November 2031 as Director General of the organization.", "2031-11-27"),
        (
            "Jane Moore was reappointed on 27 November 2031 as Director General of the organization.",
            "2031-11-27",
        ),
        (
            "Jane Moore was reappointed as Director General of the organization on 27 November 2031.",
            "2031-11-27",
        ),
        ("MOORE Jane was re-appointed on Monday as Director General of the organization.", "2031-11-24"),
    ],
)
def test_a_day_between_the_act_and_the_office_is_no_ones_name(sentence: str, day: str) -> None:
    found = appointed(sentence, "unido", "2031-11-28")
    assert len(found) == 1, found
    assert found[0]["office"] == "director-general"
    assert found[0]["decided_on"] == day
    assert "Jane" in found[0]["person"] and "Moore" in found[0]["person"].title()


@pytest.mark.parametrize("noun", ["organization", "bloc", "alliance"])
def test_an_office_in_lower_case_of_the_organization_by_its_noun(noun: str) -> None:
    text = (
        "The presidents of the member states, meeting in Dushanbe on 28 April 2031, appointed Nikolai Petrenko "
        f"secretary general of the {noun} and adopted a statement."
    )
    found = appointed(text, "csto")
    assert [(e["person"], e["office"]) for e in found] == [("Nikolai Petrenko", "secretary-general")]
    assert found[0]["decided_on"] == "2031-04-28"


def test_an_office_praised_in_lower_case_is_no_appointment() -> None:
    text = "On 3 March 2031 the leaders praised the secretary general of the organization for his work."
    assert appointed(text, "csto") == []


def test_the_act_is_dated_by_its_own_day_not_by_the_dateline_or_the_day_it_was_reported() -> None:
    text = (
        "MOSCOW. April 29 (Agency) - The presidents of the member states, meeting in Dushanbe on Monday, "
        "appointed Nikolai Petrenko secretary general of the organization, an official said on Tuesday."
    )
    found = appointed(text, "csto", "2031-04-29")
    assert [e["decided_on"] for e in found] == ["2031-04-28"]


def scheduled(text: str, org: str, published: str | None = None) -> list[Any]:
    return [c for c in extract(text, org, "t", published=published) if c.type == "MeetingScheduled"]


_OPENING = "PHNOM PENH, 18 June 2031 -- The ministers of the organization met in Phnom Penh today. "


@pytest.mark.parametrize(
    "org, sentence, host, date",
    [
        ("asean", "Indonesia will host the ASEAN summit in October.", "IDN", "2031-10"),
        (
            "asean",
            "Indonesia takes over the chairmanship of ASEAN and will host the ASEAN summit in October.",
            "IDN",
            "2031-10",
        ),
        (
            "brics",
            "The group's full summit would take place in September in the port city of Xiamen.",
            "CHN",
            "2031-09",
        ),
        (
            "ots",
            "The leaders agreed that the Fourth Summit, to be held in Turkey next year, would focus on trade.",
            "TUR",
            "2032",
        ),
    ],
)
def test_a_sitting_to_come_told_without_the_word_next(org: str, sentence: str, host: str, date: str) -> None:
    found = [c for c in scheduled(_OPENING + sentence, org) if c.record == "event"]
    assert [(c.event["host"], c.event["date"]) for c in found] == [(host, date)]
    assert c_quote_is_text(found[0], _OPENING + sentence)


def c_quote_is_text(cand: Any, text: str) -> bool:
    source = cand.event["source"]
    return text[source["start"] : source["end"]] == source["quote"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Indonesia will host the World Cup in October.",
        "Indonesia hopes to host the ASEAN summit in October.",
        "Indonesia hosted the ASEAN summit in October 2030.",
    ],
)
def test_no_sitting_to_come_from_other_events_wishes_or_the_past(sentence: str) -> None:
    assert [c for c in scheduled(_OPENING + sentence, "asean") if c.record == "event"] == []


def test_a_day_to_come_without_its_year_is_the_next_such_day() -> None:
    text = "MOSCOW, 5 April 2031 -- The CIS foreign ministers met in Moscow today. The ministers will meet next in Ashgabat on October 10."
    found = [c for c in scheduled(text, "cis") if c.event.get("date")]
    assert [c.event["date"] for c in found] == ["2031-10-10"]
    text = "MOSCOW, 5 April 2031 -- The CIS foreign ministers met in Moscow today. The ministers will meet next in Ashgabat on March 10."
    assert [c.event["date"] for c in scheduled(text, "cis") if c.event.get("date")] == ["2032-03-10"]


def test_a_sitting_to_come_whose_host_is_unknown_never_breaks_the_reader() -> None:
    # an unresolved candidate carries its quote like every other (it broke the sort of candidates before)
    text = _OPENING + "The group's full summit would take place in September somewhere in the region."
    found = scheduled(text, "brics")
    assert all(c_quote_is_text(c, text) for c in found)


def test_the_summit_of_heads_of_state_to_come_is_the_organizations_own() -> None:
    text = _OPENING + "The Summit of Heads of State will be held in Jakarta on 10 October 2031."
    found = [c for c in scheduled(text, "asean") if c.record == "event"]
    assert [(c.event["host"], c.event["date"]) for c in found] == [("IDN", "2031-10-10")]


@pytest.mark.parametrize(
    "written", ["Guinea Bissau", "the Republic of Guinea Bissau", "Guinea-Bissau", "Timor Leste"]
)
def test_a_hyphenated_state_written_with_a_space_is_that_state(written: str) -> None:
    from igo_timeline.extract.names import find_parties

    found = find_parties(f"the President of {written}")
    assert [f.value for f in found] == ["TLS" if "Timor" in written else "GNB"]


def test_the_republic_of_guinea_stays_guinea() -> None:
    from igo_timeline.extract.names import find_parties

    assert [f.value for f in find_parties("the President of the Republic of Guinea")] == ["GIN"]


def test_the_datelines_town_is_no_participant_nor_chair() -> None:
    text = (
        "Phnom Penh, June 18: The ASEAN Regional Forum (ARF), the only region-wide security grouping of the area, "
        "opened its annual talks in the Cambodian capital today."
    )
    event = held(text, "asean", "2031-06-18")
    people = [p["person"] for p in event.get("participants", [])] + [event.get("chair", {}).get("person")]
    assert "Phnom Penh" not in people


def test_a_list_a_relative_clause_opens_after_who_led_a_delegation() -> None:
    text = (
        "KUWAIT, 11 December 2031 -- Gulf Cooperation Council (GCC) leaders ended the 52nd session of the GCC "
        "Supreme Council in Kuwait City today. Crown Prince Faisal bin Khalid headed Saudi Arabia's delegation at "
        "the summit, which was also attended by Kuwaiti Emir Sheikh Nawaf Al-Sabah; Bahraini King Hamad bin Isa "
        "Al-Khalifa; and Omani Deputy Prime Minister Sayyid Asaad bin Tariq Al-Said."
    )
    event = held(text, "gcc")
    assert [(p["person"], p.get("party")) for p in event["participants"]] == [
        ("Faisal bin Khalid", "SAU"),
        ("Nawaf Al-Sabah", "KWT"),
        ("Hamad bin Isa Al-Khalifa", "BHR"),
        ("Asaad bin Tariq Al-Said", "OMN"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board appointed Ana Lobo as the new executive director of UNAIDS.",
        "Ana Lobo has been appointed as the new UNAIDS executive director.",
        "The UN Secretary-General appointed Ana Lobo as the new UNAids executive director on Thursday.",
    ],
)
def test_an_executive_director_in_lower_case_by_the_organizations_name_or_initials(sentence: str) -> None:
    found = appointed(sentence, "unaids", "2031-08-15")
    assert [(e["person"], e["office"]) for e in found] == [("Ana Lobo", "executive-director")]


def test_another_organizations_initials_before_the_title_name_not_this_office() -> None:
    assert (
        appointed(
            "The Board appointed Ana Lobo as the new UNICEF executive director.", "unaids", "2031-08-15"
        )
        == []
    )


def test_the_month_the_predecessor_left_is_no_start_of_the_new_term() -> None:
    text = (
        "The Board appointed Ana Lobo as the new executive director of UNAIDS on 15 August 2031. Ms Lobo is to "
        "succeed Jan Sora, who resigned in May."
    )
    found = appointed(text, "unaids", "2031-08-15")
    assert [e["term"] for e in found] == ["2031-08-15/.."]


def test_a_question_before_the_sitting_admits_no_one() -> None:
    opening = "PHNOM PENH, 18 June 2031 -- The forum met in Phnom Penh today. "
    asked = (
        opening + "The ministers were also expected to consider during the session whether to admit Pakistan."
    )
    assert [c for c in extract(asked, "asean", "t") if c.type == "StatusGranted"] == []
    done = opening + "The ministers decided to admit Pakistan to the forum."
    assert [c.event["party"] for c in extract(done, "asean", "t") if c.type == "StatusGranted"] == ["PAK"]


def test_a_return_told_with_an_old_year_lifts_no_suspension_now() -> None:
    text = (
        "CAIRO, 3 March 2031 -- The council renewed the mandate of its Secretary-General today. Egypt's membership "
        "was suspended after 1979. Its membership was restored in 1989, and the headquarters returned to Cairo."
    )
    assert [c for c in extract(text, "arab-league", "t") if c.type == "ConditionLifted"] == []


@pytest.mark.parametrize(
    "sentence, body",
    [
        (
            "The heads of state and government of the BRICS countries held an informal meeting in Hamburg on "
            "Friday, ahead of the G20 summit.",
            "summit",
        ),
        (
            "The BRICS foreign ministers met in New York on Friday ahead of the UN General Assembly session.",
            None,
        ),
    ],
)
def test_a_meeting_held_ahead_of_another_sitting_is_held(sentence: str, body: str | None) -> None:
    event = held("Saturday, 08 July 2031\n\n" + sentence, "brics")
    assert event["date"] == "2031-07-04"
    if body:
        assert event["body"] == body
    else:
        assert "minister" in event["body"]


def test_ahead_of_the_summit_before_the_verb_tells_no_sitting_held() -> None:
    text = "Saturday, 08 July 2031\n\nAhead of the BRICS summit, the leaders arrived in Hamburg on Friday."
    assert [c for c in meetings(text, "brics") if c.record == "event"] == []


@pytest.mark.parametrize(
    "sentence, titles",
    [
        (
            "A declaration on security was approved together with a decision on youth employment.",
            ["Decision on youth employment", "Declaration on security"],
        ),
        (
            "A declaration on trade has been approved together with a crucial decision on how to train young "
            "workers.",
            ["Decision on how to train young workers", "Declaration on trade"],
        ),
        (
            "The Vilnius Declaration was adopted together with a decision on youth employment.",
            ["Decision on youth employment", "Vilnius Declaration"],
        ),
    ],
)
def test_documents_named_by_kind_and_purpose_as_the_passives_subject(
    sentence: str, titles: list[str]
) -> None:
    text = "VILNIUS, 9 December 2031 -- The OSCE Ministerial Council concluded in Vilnius today. " + sentence
    found = sorted(c.event["title"] for c in extract(text, "osce", "t") if c.type == "DocumentAdopted")
    assert found == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "A draft declaration on security was approved as a basis for further talks.",
        "The ministers said a declaration on security will be adopted next year.",
    ],
)
def test_a_described_document_not_adopted_now_is_none(sentence: str) -> None:
    text = "VILNIUS, 9 December 2031 -- The OSCE Ministerial Council concluded in Vilnius today. " + sentence
    assert [c for c in extract(text, "osce", "t") if c.type == "DocumentAdopted"] == []
