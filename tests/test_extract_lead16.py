"""Sixteenth session (issue 14): the body a text names for its sitting, a slashed dateline, and the scorer's
comparison of bodies.

Round 1's blind sets lost most meetings to the body: the organization's own name or a lower-case
descriptor of it read as a body ("the summit of the Developing Eight (D-8)", "the 12th summit of the
regional trade bloc"), ministers who met put in the organization's summit because its name holds
"Conference", and one body spelled several ways by the golds and the store. The texts and organizations
here are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igo_timeline.extract import extract
from tests.extract_run import held, meetings

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from score import body_key  # noqa: E402


@pytest.mark.parametrize(
    "who, body",
    [
        ("Foreign ministers", "foreign-ministers"),
        ("The foreign ministers", "foreign-ministers"),
        ("Defence ministers", "defence-ministers"),
    ],
)
def test_ministers_who_met_sit_in_their_body_not_in_the_organizations_name(who: str, body: str) -> None:
    text = (
        "ORAN, 25 September 2031 -- "
        f"{who} of the member states of the Conference on Steppe Trade and Transit (CSTT) held an informal "
        "meeting here today. The meeting was chaired by the minister of the host state."
    )
    event = held(text, "cstt")
    assert event["body"] != "summit"
    assert body in event["body"]
    assert event["date"] == "2031-09-25"


def test_a_summit_of_the_organization_by_its_name_is_its_summit_not_a_body_of_that_name() -> None:
    text = (
        "LAHORE, 23 November 2031 -- The ninth summit of the Developing Nine (D-9) concluded on Thursday with "
        "the member states signing a charter on trade."
    )
    event = held(text, "d9")
    assert event["body"] == "summit"
    assert event["date"] == "2031-11-20"


@pytest.mark.parametrize("descriptor", ["regional trade bloc", "economic grouping", "Andean alliance"])
def test_a_summit_of_the_organization_by_a_descriptor_is_its_summit(descriptor: str) -> None:
    text = (
        "CALI, 30 June 2031 -- The four presidents of the Steppe Alliance wrapped up the 14th summit of the "
        f"{descriptor} on Friday by approving a declaration on trade."
    )
    event = held(text, "steppe-alliance")
    assert event["body"] == "summit"  # a head noun in lower case describes the organization
    assert event["date"] == "2031-06-27"


SLASHED = (
    "Dushanbe, 08/10/2031\n\n"
    "Leaders of the Steppe Treaty Organisation (STO) held a session of the Collective Council in the Tajik "
    "capital on Saturday.\n"
)


def test_a_slashed_dateline_is_read_by_the_known_day() -> None:
    # 8 October 2031 is a Wednesday; the Saturday before it is 4 October (read as 10 August, a Sunday, the
    # Saturday before would be 9 August: the known day tells which)
    event = held(SLASHED, "sto", published="2031-10-08")
    assert event["date"] == "2031-10-04"


def test_a_slashed_dateline_no_known_day_reads_is_no_day() -> None:
    found = meetings(SLASHED, "sto")
    assert found, "the meeting itself is still read"
    assert all(c.record != "event" for c in found)  # day and month cannot be told apart: held back
    assert any(c.kind == "date-unresolved" for c in found)


@pytest.mark.parametrize(
    "a, b, org",
    [
        ("council-of-defence-ministers", "defense-ministers", "sco"),
        ("defence-ministers-meeting", "defense-ministers", "sco"),
        ("asean-regional-forum", "regional-forum", "asean"),
        ("secretaries-of-security-councils", "security-council-secretaries-meeting", "sco"),
        ("heads-of-state-council", "council-of-heads-of-state", "sco"),
        ("council-of-energy-ministers", "energy-ministers-meeting", "sco"),
        ("council-of-foreign-ministers", "foreign-ministers-meeting", "csto"),
        # the kind of sitting is no part of the organ (session 21)
        ("extraordinary-summit", "summit", "sadc"),
        ("special-ministerial-meeting", "ministerial-meeting", "asean"),
        ("informal-council-of-foreign-ministers", "council-of-foreign-ministers", "csto"),
        # "ministers of foreign affairs" are the foreign ministers (session 26)
        ("council-of-ministers-of-foreign-affairs", "foreign-ministers-meeting", "bsec"),
        ("meeting-of-ministers-of-foreign-affairs", "council-of-foreign-ministers", "cei"),
    ],
)
def test_the_scorer_compares_one_body_spelled_several_ways_as_one(a: str, b: str, org: str) -> None:
    assert body_key(a, org) == body_key(b, org)


@pytest.mark.parametrize(
    "a, b, org",
    [
        ("council", "meeting", "imo"),
        ("executive-council", "assembly", "au"),
        # (session 28: the CIS's body table names its Council of Heads of State its "summit", and the scorer
        # compares bodies through it: the summit and the heads of government's council stay apart)
        ("summit", "council-of-heads-of-government", "cis"),
        ("general-assembly", "assembly", "oas"),
        ("foreign-ministers-meeting", "defence-ministers-meeting", "sco"),
        ("council-of-heads-of-state", "council-of-heads-of-government", "cis"),
        ("council-of-ministers-of-foreign-affairs", "council-of-ministers", "bsec"),
        ("extraordinary-summit", "council-of-ministers", "sadc"),
    ],
)
def test_the_scorer_keeps_different_bodies_apart(a: str, b: str, org: str) -> None:
    assert body_key(a, org) != body_key(b, org)


_WORD = st.sampled_from(
    ["council", "of", "the", "heads", "state", "foreign", "ministers", "meeting", "summit"]
)


@given(st.lists(_WORD, min_size=1, max_size=6), st.randoms())
def test_a_bodys_key_is_that_of_its_words_in_any_order(words: list[str], rnd: Any) -> None:
    shuffled = list(words)
    rnd.shuffle(shuffled)
    assert body_key("-".join(words), "xyz") == body_key("-".join(shuffled), "xyz")
    assert body_key("-".join(words), "xyz")  # never empty: a body of sitting words alone keeps them


# ---- the head of the organization appointed, the office named apart (extract/headoffice.py) ----


def appointed(text: str, org: str, published: str | None = None) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == "OfficialAppointed" and c.record == "event"
    ]


def test_elected_to_lead_the_organization_takes_the_office_the_headline_names() -> None:
    text = (
        "Ruritania's Ana Belmonte elected Secretary-General of the XTU\n\n"
        "VALDORA, 23 October 2031 -- Ana Belmonte, the current Deputy Secretary-General of the International "
        "Transit Union (XTU), was elected on Thursday to lead the organization for the next four years. She "
        "will take office on 1 January 2032, succeeding Piet Marten."
    )
    [event] = appointed(text, "xtu")
    assert (event["person"], event["office"]) == ("Ana Belmonte", "secretary-general")
    assert event["term"] == "2032-01-01/2035-12-31"


def test_the_head_of_the_organization_is_the_title_written_with_its_name() -> None:
    text = (
        "NEW YORK, 19 April 2031 -- The General Assembly today confirmed the appointment of Ruritania's Karl "
        "Weiss as the head of the Northern Development Programme (NDP). Mr. Weiss's nomination for NDP "
        "Administrator followed consultations with the NDP Executive Board. The four-year appointment begins "
        "on 20 April, the Secretary-General said."
    )
    [event] = appointed(text, "ndp")
    assert (event["person"], event["office"]) == ("Karl Weiss", "administrator")
    assert event["term"] == "2031-04-20/2035-04-19"


def test_appointed_to_run_the_organization_with_no_term_is_open() -> None:
    text = (
        "GENEVA, March 28 (Wire) - The Secretary-General has appointed former provincial governor Tomas "
        "Brandt to run the World Grain Programme (WGP). Brandt will replace Ines Kohl, who has been the WGP "
        "executive director since 2026."
    )
    [event] = appointed(text, "wgp", published="2031-03-28")
    assert (event["person"], event["office"]) == ("Tomas Brandt", "executive-director")
    assert event["term"] == "2031-03-28/.."
    assert "term not stated" in event["note"]


def test_a_mandate_begun_today_runs_from_the_datelines_day_for_its_length() -> None:
    text = (
        "PARIS, 15 November 2031 -- Marta Ilic today began her four-year mandate as Director-General of the "
        "Cultural Cooperation Organization (CCO). She takes over from Jon Berg."
    )
    [event] = appointed(text, "cco")
    assert (event["person"], event["office"]) == ("Marta Ilic", "director-general")
    assert event["term"] == "2031-11-15/2035-11-14"


def test_the_title_before_the_name_and_the_term_told_after() -> None:
    text = (
        "LYON, 18 October 2031 - The session of the XPO General Assembly ended today, where member countries "
        "reappointed Secretary General Jan Kowal. Delegates voted to keep Kowal at the head of the "
        "General Secretariat for the 2031-2036 term, his second. Among those present were Ivo Lind, XPO "
        "President, and Jan Kowal, XPO Secretary General."
    )
    [event] = appointed(text, "xpo")
    assert (event["person"], event["office"]) == ("Jan Kowal", "secretary-general")
    assert event["term"] == "2031-01-01/2036-12-31"


def test_its_title_and_the_name_in_apposition() -> None:
    text = (
        "GENEVA, 7 November 2031 (Wire) - The International Work Organization said Monday it had re-elected "
        "its Director-General, Ola Nordin, for a second five-year term. His new term formally starts on "
        "1 October 2032."
    )
    [event] = appointed(text, "iwo")
    assert (event["person"], event["office"]) == ("Ola Nordin", "director-general")
    assert event["term"] == "2032-10-01/2037-09-30"


def test_a_term_after_the_office_is_no_portfolio_and_its_days_come_after() -> None:
    text = (
        "VIENNA, 9 March 2031 - The Board of Governors of the Xyz Energy Agency (XEA) on Wednesday reappointed "
        "Rui Tanaka as Director General for a further four years. His current term runs out at the end of "
        "November; the new one is to run from 1 December 2031 until 30 November 2035."
    )
    [event] = appointed(text, "xea")
    assert (event["person"], event["office"]) == ("Rui Tanaka", "director-general")
    assert event["term"] == "2031-12-01/2035-11-30"


def test_the_organization_named_by_its_slugs_words_run_together_is_its_own() -> None:
    text = (
        "WASHINGTON, April 16 (Wire) -- The Grain Bank announced on Monday that its executive directors had "
        "selected Lea Moreau, the candidate of Ruritania, as the institution's new president. The bank said "
        "the directors had chosen Moreau to serve as president for five years, starting on July 1, 2031."
    )
    [event] = appointed(text, "grainbank", published="2031-04-16")
    assert (event["person"], event["office"]) == ("Lea Moreau", "president")
    assert event["term"] == "2031-07-01/2036-06-30"


@pytest.mark.parametrize(
    "text",
    [
        # background: the head's first election, years before
        "ROME, 3 May 2031 -- Jose Amaral opened the session. Amaral, who was first elected in June 2027 to "
        "lead the organization, spoke of the harvest.",
        # a state's delegation, not the organization
        "ROME, 3 May 2031 -- Ruritania appointed Petra Salo to lead its delegation to the session of the "
        "Food Cooperation Organization (FCO).",
        # a deputy's office
        "ROME, 3 May 2031 -- Petra Salo today began her mandate as Deputy Director-General of the Food "
        "Cooperation Organization (FCO).",
    ],
)
def test_no_head_appointed(text: str) -> None:
    assert appointed(text, "fco") == []


# ---- where a meeting sat: datelines after a stamp or with a colon, a region's capital ----


def test_a_dateline_after_an_agency_stamp_gives_the_place() -> None:
    text = (
        "Leaders back reconstruction plan\n\n"
        "(Wire / Gulf News / WAM - 05th Mar, 2031) CAIRO, 5th March, 2031 (WAM) – The Extraordinary Arab "
        "Summit approved today the plan submitted by the host state."
    )
    event = held(text, "arab-league")
    assert (event["body"], event["date"], event.get("place"), event.get("host")) == (
        "summit",
        "2031-03-05",
        "Cairo",
        "EGY",
    )


@pytest.mark.parametrize("town, host", [("BANGKOK", "THA"), ("NAIROBI", "KEN")])
def test_a_town_in_capitals_with_a_colon_is_a_dateline(town: str, host: str) -> None:
    text = (
        f"Joint declaration on security\n\n11 Jul 2031 / 16:57 H.\n\n{town}: Defence Minister Ali Rahman today "
        "attended the 25th Xyz Defence Ministers' Meeting (XDMM), which concluded with a joint declaration."
    )
    event = held(text, "xyz", published="2031-07-11")
    assert event.get("place") == town.title()
    assert event.get("host") == host


def test_a_colon_after_a_word_in_capitals_that_is_no_town_is_no_dateline() -> None:
    text = (
        "NOTE: Times are local.\n\nLUSAKA, 3 May 2031 -- The Xyz Council of Ministers met today and adopted "
        "a budget."
    )
    event = held(text, "xyz")
    assert event.get("place") == "Lusaka"


def test_the_capital_of_a_states_region_is_not_the_states_capital() -> None:
    text = (
        "ALMATY, May 26, 2031 - The Council of Heads of Government of the Commonwealth of Independent States "
        "(CIS) met this morning at the City Hall of Kazan, the capital of Russia's Republic of Tatarstan."
    )
    event = held(text, "cis")
    assert event.get("place") == "Kazan"
    assert event.get("host") == "RUS"


# ---- statuses and withdrawals: declared observers, a return as associate, a treaty denounced by a ministry ----


def decided(text: str, org: str, kind: str, published: str | None = None) -> list[tuple[str, ...]]:
    return [
        (
            c.event["party"],
            *([c.event["status"]] if "status" in c.event else []),
            c.event.get("effective", ""),
        )
        for c in extract(text, org, "t", published=published)
        if c.type == kind and c.record == "event"
    ]


@pytest.mark.parametrize("verb", ["declared", "designated", "recognized as"])
def test_states_declared_observers_in_the_passive(verb: str) -> None:
    text = (
        "Cali, 30 June 2031 - The leaders of the Steppe Alliance held their summit on Friday. During the session "
        f"Croatia, Slovenia and Lithuania were {verb} observer states of the Alliance."
    )
    # 30 June 2031 is a Monday: the summit's Friday, and its session's grants, are the 27th
    assert decided(text, "steppe-alliance", "StatusGranted") == [
        ("HRV", "observer", "2031-06-27"),
        ("SVN", "observer", "2031-06-27"),
        ("LTU", "observer", "2031-06-27"),
    ]


def test_a_return_to_the_bloc_as_an_associate_is_a_grant_and_the_old_leaving_is_history() -> None:
    text = (
        "LIMA, 20 September 2031 -- The Steppe Community (SC) on Wednesday approved the return of Chile to the bloc "
        "as an associate member, three decades after Santiago walked out of the group."
    )
    assert decided(text, "sc", "StatusGranted") == [("CHL", "associate_member", "2031-09-17")]
    assert decided(text, "sc", "WithdrawalNotified") == []


@pytest.mark.parametrize(
    "organ",
    ["The Brazilian Ministry of Foreign Affairs", "The Brazilian government", "Brazilian authorities"],
)
def test_a_states_organ_denouncing_the_founding_treaty_notifies_its_withdrawal(organ: str) -> None:
    text = (
        f"BRASILIA, April 16, 2031 - {organ} denounced Monday the founding treaty of the Union of Steppe "
        "Nations (USN), thereby giving notice of its withdrawal from the bloc."
    )
    assert decided(text, "usn", "WithdrawalNotified") == [("BRA", "2031-04-14")]


def test_a_states_organ_that_only_comments_notifies_nothing() -> None:
    text = (
        "BRASILIA, April 16, 2031 - The Brazilian government said on Monday it regretted that Ruritania had "
        "denounced the founding treaty of the Union of Steppe Nations (USN) in 2029."
    )
    # Ruritania's act is told as history (2029); Brazil only comments: no withdrawal of Brazil on any day
    assert not [e for e in decided(text, "usn", "WithdrawalNotified") if e[0] == "BRA"]


def test_a_suspended_members_return_is_no_status_granted() -> None:
    text = (
        "CAIRO, 7 May 2031 -- Foreign ministers of the Arab League approved the return of Syria to the bloc on "
        "Sunday, ending a suspension of twelve years."
    )
    assert decided(text, "arab-league", "StatusGranted") == []


def test_a_foreign_ministerial_meeting_is_the_foreign_ministers_body() -> None:
    text = "Xyz Foreign Ministerial meeting held in Minsk\n\nOn July 17, 2031 the foreign ministers of the Xyz met."
    event = held(text, "xyz")
    assert "foreign-ministers" in event["body"]


def test_the_hosts_counterparts_welcomed_to_a_venue_are_participants() -> None:
    text = (
        "Cali, Colombia, June 30, 2031 - The four presidents of the Steppe Alliance wrapped up the 14th summit of "
        "the bloc on Friday.\n\nThe host, Colombian President Ana Ruiz, welcomed her counterparts Jorge Vidal of "
        "Mexico, Lucia Soto of Chile and Pablo Mora of Peru to the Pacific Events Center, where they met in private."
    )
    who = {(p["person"], p.get("party")) for p in held(text, "steppe-alliance")["participants"]}
    assert {("Jorge Vidal", "MEX"), ("Lucia Soto", "CHL"), ("Pablo Mora", "PER")} <= who


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairmanship of the Xyz Union rotates every year. It is held by the host of the summit, currently Ghana.",
        "The presidency of the Xyz Council is held by Ghana this year.",
        "The post of Secretary-General is held by a national of the host state.",
    ],
)
def test_an_office_held_by_its_holder_is_no_sitting_held(sentence: str) -> None:
    assert meetings(f"ACCRA, 3 May 2031 -- {sentence}", "xyz") == []


def test_a_sitting_held_by_its_members_is_still_held() -> None:
    text = "ACCRA, 3 May 2031 -- The meeting of the Xyz Council was held by the ministers in Accra today."
    event = held(text, "xyz")
    assert (event["date"], event.get("place")) == ("2031-05-03", "Accra")


def test_a_term_begun_in_the_past_tense_is_read_after_the_act() -> None:
    text = (
        "PARIS, 10 January 2031 -- Ines Morel of Ruritania has assumed office as the new Secretary-General of the "
        "Cultural Cooperation Organization (CCO). Her five-year term began on 1 January 2031."
    )
    [event] = appointed(text, "cco")
    assert (event["person"], event["term"]) == ("Ines Morel", "2031-01-01/2035-12-31")


def test_a_plural_subject_after_the_act_is_not_the_one_appointed() -> None:
    text = (
        "SAMARKAND, 11 November 2031 -- The leaders appointed Omar Talas, a diplomat of Ruritania, as the "
        "organization's new Secretary General. They also approved the Strategy for 2031-2035."
    )
    [event] = appointed(text, "xyz")
    assert event["person"] == "Omar Talas"
    assert event["term"] != "2031-01-01/2035-12-31"  # the strategy's years are no term of his


# ---- found by trying real pages of an unnamed case (an ILO election), rewritten in invented words ----


def test_the_one_elected_told_by_a_former_office_first() -> None:
    text = (
        "GENEVA, 25 March 2031 -- The International Grain Organization elected former Ruritanian Prime Minister "
        "Ana Belmonte as its director-general. Her five-year term will begin on Oct. 1, the organization said."
    )
    [event] = appointed(text, "igo", published="2031-03-25")
    assert (event["person"], event["office"]) == ("Ana Belmonte", "director-general")
    assert event["term"] == "2031-10-01/2036-09-30"


def test_the_body_that_elects_is_no_one_appointed() -> None:
    text = (
        "GENEVA, 25 March 2031 -- The XYZ Governing Body has elected a new XYZ Director-General. Ana Belmonte "
        "will take office in October."
    )
    assert not [e for e in appointed(text, "xyz") if "Body" in e["person"]]
