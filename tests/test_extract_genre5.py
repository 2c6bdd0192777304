"""Wording classes of the genre the fifth blind held-out set showed the extractor missing: accessions,
withdrawals, elections and chairs told in the core vocabulary but in other phrasings, each on sentences
written for the test (invented events and names: no sentence of a real text)."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _events(text: str, org: str, kind: str) -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == kind]


@pytest.mark.parametrize(
    ("org", "text", "day"),
    [
        ("xyz", "RIGA, 4 May 2021 -- Estonia officially joined the XYZ on Tuesday, when its instrument was deposited.", "2021-05-04"),
        ("xyz", "RIGA, 4 May 2021 -- Estonia became the 12th member of the XYZ on Tuesday, ending a long wait.", "2021-05-04"),
        ("nordic-league", "OSLO/RIGA, 4 May 2021 -- Estonia formally joined the Nordic League on Tuesday.", "2021-05-04"),
        ("xyz", "RIGA, 4 May 2021 -- Under the decree, the treaty enters into force for Estonia on 6 June 2021, from which date the country is again a member of the group.", "2021-06-06"),
    ],
)  # fmt: skip
def test_an_accession_done_is_membership_granted(org: str, text: str, day: str) -> None:
    """A state that joined / became the Nth member of the organization (named by its own name, its slug
    or the text's treaty entering into force for it) holds membership from the day stated."""
    granted = _events(text, org, "StatusGranted")
    assert [(e["party"], e["status"], e["effective"]) for e in granted] == [("EST", "member", day)]


@pytest.mark.parametrize(
    "text",
    [
        "RIGA, 4 May 2021 -- Estonia joined the XYZ in 1995, long before the crisis.",
        "RIGA, 4 May 2021 -- Estonia will join the XYZ on 1 June.",
        "RIGA, 4 May 2021 -- Estonia joined the XYZ's partnership scheme on Monday.",
        "RIGA, 4 May 2021 -- Finland joined the Arctic Forum on Monday.",
        "Estonia becomes the XYZ's 12th member\n\nRIGA, 4 May 2021 -- Ministers met in Riga on Tuesday.",
    ],
)
def test_no_accession_from_history_plans_other_bodies_or_headlines(text: str) -> None:
    assert _events(text, "xyz", "StatusGranted") == []


@pytest.mark.parametrize(
    ("text", "notice", "takes_effect"),
    [
        ("OSLO, 9 March 2021 -- The Ministry of Trade of Estonia announced last Thursday that the government had decided to give up its XYZ membership as of 1 July 2021.", "2021-03-04", "2021-07-01"),
        ("OSLO, March 13, 2021 -- In a note dated Friday and sent by its foreign ministry, the government told the XYZ that Estonia will stop being a member from July 1, 2021, and thanked the staff.", "2021-03-12", "2021-07-01"),
        ("OSLO, March 13, 2021 -- Estonia said on Friday it will leave the XYZ, effective July 1, 2021.", "2021-03-12", "2021-07-01"),
    ],
)  # fmt: skip
def test_a_member_leaving_from_a_day_is_a_withdrawal_notified(
    text: str, notice: str, takes_effect: str
) -> None:
    """ "give up its membership as of D", "stop being a member from D", "leave the X, effective D": the
    notice on the day its words state (not the day it takes effect), taking effect on D."""
    found = _events(text, "xyz", "WithdrawalNotified")
    assert [(e["party"], e["effective"], e["takes_effect"]) for e in found] == [("EST", notice, takes_effect)]


def test_leaving_told_as_history_is_no_notice() -> None:
    text = "OSLO, March 13, 2021 -- Estonia left the XYZ in 1999 and returned in 2007."
    assert _events(text, "xyz", "WithdrawalNotified") == []


def _appointed(text: str, org: str = "xyz") -> list[tuple[str, str, str | None]]:
    return [(e["office"], e["person"], e.get("nationality")) for e in _events(text, org, "OfficialAppointed")]


def test_a_list_of_posts_filled_names_each_office_by_its_words() -> None:
    text = (
        "RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. The same package filled three posts:\n\n"
        "- Olaf Berg of Norway becomes Director of the Bureau for Regional Trade and Transport Links;\n"
        "- Anna Kask of Estonia becomes High Commissioner on Water Resources;\n"
        "- Piet Jansen of the Netherlands becomes Representative on Freedom of Assembly.\n"
    )
    assert _appointed(text) == [
        ("brttl-director", "Olaf Berg", "NOR"),
        ("high-commissioner-on-water-resources", "Anna Kask", "EST"),
        ("representative-on-freedom-of-assembly", "Piet Jansen", "NLD"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "RIGA, 4 May 2021 -- Ministers of the XYZ on Tuesday elected Olaf Berg, Norway's trade minister, as the organization's next secretary general.",
        "RIGA, 4 May 2021 -- The leaders meeting in Riga on Tuesday picked Norway's trade minister, Olaf Berg, to become the next Secretary-General of the XYZ.",
        "RIGA, 4 May 2021 -- Former Estonian Trade Minister Olaf Berg will be the next Secretary General of the XYZ: the members agreed on Tuesday to appoint him.",
    ],
)  # fmt: skip
def test_an_election_names_the_person_and_the_organizations_office(text: str) -> None:
    assert _appointed(text) == [("secretary-general", "Olaf Berg", "EST" if "Estonian" in text else "NOR")]


@pytest.mark.parametrize(
    "text",
    [
        "RIGA, 4 May 2021 -- After the leaders elected him Chairman of the Summit, President Olaf Berg opened the session.",
        "RIGA, 4 May 2021 -- Olaf Berg of Norway becomes High Commissioner.",
    ],
)
def test_no_appointment_of_words_that_are_no_name(text: str) -> None:
    assert all(p not in ("After the leaders", "High") for _, p, _ in _appointed(text))


@pytest.mark.parametrize(
    "text",
    [
        "RIGA, 4 May 2021 -- XYZ leaders meeting in Riga agreed on Tuesday to invite Estonia and Latvia into the alliance as members.",
        "RIGA, 4 May 2021 -- The leaders on Tuesday invited Estonia and Latvia to join the XYZ as full members.",
    ],
)  # fmt: skip
def test_an_invitation_to_join_launches_a_procedure_and_grants_nothing(text: str) -> None:
    assert _events(text, "xyz", "StatusGranted") == []
    launched = _events(text, "xyz", "ProcedureLaunched")
    assert [(e["party"], e["procedure"], e["status"], e["date"]) for e in launched] == [
        ("EST", "invitation", "member", "2021-05-04"),
        ("LVA", "invitation", "member", "2021-05-04"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "RIGA, 4 May 2021 -- Estonia can no longer take part in any activity of the XYZ, the bloc's Security Council decided on Tuesday.",
        "RIGA, 4 May 2021 -- The Council on Tuesday barred Estonia from all activities of the union until order is restored.",
    ],
)  # fmt: skip
def test_a_state_shut_out_of_the_activities_is_suspended(text: str) -> None:
    imposed = _events(text, "xyz", "ConditionImposed")
    assert [(e["party"], e["condition"], e["effective"]) for e in imposed] == [
        ("EST", "suspended", f"{imposed[0]['effective'][:4]}-05-04")
    ]


def test_a_state_that_became_an_observer_holds_that_status() -> None:
    text = "RIGA, 4 May 2021 -- Estonia became an observer state of the XYZ on Tuesday, after the leaders decided to grant it the status."
    granted = _events(text, "xyz", "StatusGranted")
    assert [(e["party"], e["status"], e["effective"]) for e in granted] == [("EST", "observer", "2021-05-04")]


def test_rights_already_suspended_are_history() -> None:
    text = "RIGA, 4 May 2021 -- The XYZ excluded Estonia on Tuesday. Estonia's rights had already been suspended in March, shortly after the crisis began."
    assert _events(text, "xyz", "ConditionImposed") == []


@pytest.mark.parametrize(
    ("text", "to", "when"),
    [
        ("RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. Latvia takes over the XYZ chairmanship from Estonia in 2022.", "LVA", "2022"),
        ("RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. At the end of the session, Olaf Berg, Prime Minister of Latvia, received the bloc's pro tempore presidency from Estonian President Anna Kask.", "LVA", "2021-05-04"),
        ("RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. At the opening on Tuesday, President Anna Kask of Estonia handed the role of Chair-in-Office to Latvia's Prime Minister, Olaf Berg.", "LVA", "2021-05-04"),
        # the lead's new-user tryout: the day stated after the verb is the handover's, not the meeting's
        ("RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. Latvia will take over the rotating chairmanship from Estonia on 1 July 2021.", "LVA", "2021-07-01"),
        ("RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. The chairmanship passes to Latvia on July 1, 2021.", "LVA", "2021-07-01"),
    ],
)  # fmt: skip
def test_a_chair_passing_in_other_words(text: str, to: str, when: str) -> None:
    handed = _events(text, "xyz", "PresidencyHandedOver")
    assert [(e["to_party"], e["effective"]) for e in handed] == [(to, when)]


def test_a_chair_held_for_one_year_from_a_day_has_that_term() -> None:
    text = "RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. Latvia will hold the chairpersonship for one year from January 1, 2022."
    handed = _events(text, "xyz", "PresidencyHandedOver")
    assert [(e["to_party"], e["effective"], e["term"]) for e in handed] == [
        ("LVA", "2022-01-01", "2022-01-01/2022-12-31")
    ]


def test_a_gavel_received_is_no_second_handover() -> None:
    text = "RIGA, 4 May 2021 -- The Council of Ministers met in Riga on Tuesday. Olaf Berg received the chairmanship gavel from Anna Kask."
    assert _events(text, "xyz", "PresidencyHandedOver") == []


def _titles(text: str) -> list[str]:
    return [
        c.event["title"]
        for c in extract(text, "xyz", "t")
        if c.type in ("DocumentAdopted", "AgreementSigned")
    ]


def test_numbered_items_with_their_own_subject_and_verb_give_the_titles() -> None:
    text = (
        "RIGA, 4 May 2021 -- The XYZ summit was held in Riga on Tuesday. The outcomes were as follows:\n\n"
        "1. They adopted the Riga Declaration;\n"
        "2. They adopted the XYZ Riga Vision 2040, a roadmap for a greener region by the end of the period;\n"
        "3. They signed the Agreement on Rail Links, meant to make freight cheaper.\n"
    )
    assert _titles(text) == ["Riga Declaration", "XYZ Riga Vision 2040", "Agreement on Rail Links"]


def test_a_new_titled_document_and_its_appositive() -> None:
    text = "RIGA, 4 May 2021 -- The XYZ summit was held in Riga on Tuesday. The leaders endorsed a new Strategic Concept, the blueprint that will guide the bloc until 2030. They also adopted the Riga Consensus for Growth."
    assert _titles(text) == ["Strategic Concept", "Riga Consensus for Growth"]


def test_a_memorandum_between_states_is_no_document_of_the_organization() -> None:
    text = "RIGA, 4 May 2021 -- The XYZ summit was held in Riga on Tuesday. The deal was made possible by the trilateral memorandum that Estonia, Latvia and Lithuania signed in Riga on Monday."
    assert _titles(text) == []


def test_the_summit_of_an_organization_named_in_full_is_its_summit() -> None:
    text = "RIGA, 4 May 2021 -- The third summit of the Baltic Initiative for Multi-Sectoral Rail and Road Cooperation closed in Riga on Tuesday."
    meeting = next(c.event for c in extract(text, "xyz", "t") if c.type == "MeetingHeld")
    assert (meeting["body"], meeting["date"], meeting["place"]) == ("summit", "2021-05-04", "Riga")


def test_a_numbered_item_telling_an_act_is_no_participant() -> None:
    text = (
        "RIGA, 4 May 2021 -- The third XYZ summit closed in Riga on Tuesday. The leaders took the following decisions:\n"
        "1. They adopted the Riga Declaration;\n2. They signed the Agreement on Rail Links.\n"
    )
    meeting = next(c.event for c in extract(text, "xyz", "t") if c.type == "MeetingHeld")
    assert meeting.get("participants", []) == []


@pytest.mark.parametrize(
    ("org", "text", "body", "date"),
    [
        ("xyz", "RIGA, 4 May 2021 -- Estonia became an observer of the XYZ on Tuesday, after the leaders decided to grant it the status at a meeting of the Supreme Council of the XYZ.", "supreme-council", "2021-05-04"),
        ("au", "ADDIS ABABA, May 12, 2021 -- The African Union announced on Wednesday that Chad has been suspended. The suspension was decided by the AU Peace and Security Council at a session on Monday, 10 May.", "peace-and-security-council", "2021-05-10"),
    ],
)  # fmt: skip
def test_a_decision_taken_at_a_meeting_tells_the_meeting(org: str, text: str, body: str, date: str) -> None:
    meeting = next(c.event for c in extract(text, org, "t") if c.type == "MeetingHeld")
    assert (meeting["body"], meeting["date"]) == (body, date)


def test_a_suspension_announced_after_the_meeting_took_it_is_dated_by_the_meeting() -> None:
    text = "ADDIS ABABA, May 12, 2021 -- The African Union announced on Wednesday that Chad has been suspended from all its activities. The suspension was decided by the AU Peace and Security Council at a session on Monday, 10 May."
    imposed = _events(text, "au", "ConditionImposed")
    assert [(e["party"], e["effective"]) for e in imposed] == [("TCD", "2021-05-10")]


def test_a_meeting_on_two_weekdays_is_one_span() -> None:
    text = "RIGA, 7 May 2021 -- The decision came on the last day of the XYZ Ministerial Council, held in Riga on Thursday and Friday."
    meeting = next(c.event for c in extract(text, "xyz", "t") if c.type == "MeetingHeld")
    assert meeting["date"] == "2021-05-06/2021-05-07"


def test_a_dotted_abbreviation_names_its_state() -> None:
    from igo_timeline.extract.names import find_parties

    assert [p.value for p in find_parties("U.S. Secretary of State Anna Kask met the U.K. envoy")] == [
        "USA",
        "GBR",
    ]


def _people(text: str, org: str = "xyz") -> list[tuple[str, str | None]]:
    meeting = next(c.event for c in extract(text, org, "t") if c.type == "MeetingHeld")
    return sorted((p["person"], p.get("party")) for p in meeting.get("participants", []))


def test_a_host_who_welcomed_each_one_named_with_a_state() -> None:
    text = (
        "RIGA, 4 May 2021 -- The leaders of the XYZ gathered in Riga on Tuesday for the annual summit. "
        "President Olaf Berg of Latvia welcomed Anna Kask of Estonia, Piet Jansen of the Netherlands and Jonas Petraitis of Lithuania."
    )
    assert _people(text) == [
        ("Anna Kask", "EST"),
        ("Jonas Petraitis", "LTU"),
        ("Olaf Berg", "LVA"),
        ("Piet Jansen", "NLD"),
    ]


def test_both_ends_of_a_presidency_received_from_attended() -> None:
    text = (
        "RIGA, 4 May 2021 -- The XYZ closed its seventh summit in Riga on Tuesday. At the end of the plenary, "
        "Olaf Berg, Prime Minister of Saint Vincent and the Grenadines, received the bloc's pro tempore presidency from Latvian President Anna Kask."
    )
    assert _people(text) == [("Anna Kask", "LVA"), ("Olaf Berg", "VCT")]


def test_among_them_after_a_count_of_leaders_lists_them() -> None:
    text = (
        "RIGA, 4 May 2021 -- The XYZ closed its seventh summit in Riga on Tuesday. Twelve leaders travelled to Riga for the meeting. "
        "Among them were Estonia's President Anna Kask and Lithuanian Prime Minister Jonas Petraitis."
    )
    assert _people(text) == [("Anna Kask", "EST"), ("Jonas Petraitis", "LTU")]


def test_the_states_title_then_the_name_and_also_among_the_leaders() -> None:
    text = (
        "RIGA, 4 May 2021 -- The XYZ summit was held in Riga from 2 to 4 May 2021. At the opening on Sunday, President Anna Kask of Estonia "
        "handed the role of Chair-in-Office to Latvia's Prime Minister, Olaf Berg. The Lithuanian Prime Minister, Jonas Petraitis, was also among the leaders present."
    )
    assert _people(text) == [("Anna Kask", "EST"), ("Jonas Petraitis", "LTU"), ("Olaf Berg", "LVA")]


def test_an_election_whose_term_is_told_later_of_the_diplomat() -> None:
    text = (
        "RIGA, 4 May 2021 -- Members of the XYZ on Tuesday elected Olaf Berg, Latvia's trade minister, as the organization's next secretary general. "
        "The vote took place at a special session of the Assembly. Estonia chaired the session. Olaf Berg was declared elected at noon. "
        "The 58-year-old diplomat, a former deputy minister, will take office in July and serve for the 2021-2026 period."
    )
    found = _events(text, "xyz", "OfficialAppointed")
    assert [(e["person"], e["office"], e["term"]) for e in found] == [
        ("Olaf Berg", "secretary-general", "2021-07/2026")
    ]


def test_a_member_resuming_its_place_ends_its_suspension_on_the_day_it_told() -> None:
    text = (
        "RIGA, 24 May 2021 -- The XYZ closed its summit in Riga on Monday. Estonia's government had told the members on May 5 "
        "that it was resuming its place in the XYZ, ending the suspension of its participation that its former president ordered in January 2019."
    )
    lifted = _events(text, "xyz", "ConditionLifted")
    assert [(e["party"], e["effective"], "decided_on" in e) for e in lifted] == [("EST", "2021-05-05", False)]


def test_an_accession_protocol_signed_on_a_day_is_a_step_of_the_accession() -> None:
    text = "RIGA, 4 May 2021 -- Estonia officially joined the XYZ on Tuesday. The accession protocol between the XYZ and Estonia was signed on 6 February 2020."
    steps = _events(text, "xyz", "ProcedureStepTaken")
    assert [(e["party"], e["procedure"], e["step"], e["date"]) for e in steps] == [
        ("EST", "accession", "accession protocol signed", "2020-02-06")
    ]


def test_a_protocol_signed_by_all_members_names_no_applicant() -> None:
    text = "RIGA, 4 May 2021 -- Estonia officially joined the XYZ on Tuesday. The protocol of accession was signed by all the member states on 6 February 2015."
    assert _events(text, "xyz", "ProcedureStepTaken") == []


def test_a_meeting_named_by_the_organizations_own_name_is_its_summit() -> None:
    """The lead's new-user tryout: "the heads of government of the Northern Rivers Council (NRC) met" names
    the organization, not a body of it."""
    text = (
        "OSLO, 12 March 2026 -- The heads of government of the Northern Rivers Council (NRC) met in Oslo on "
        "Thursday for the council's annual summit. The next summit will be held in Stockholm in 2027."
    )
    held = _events(text, "nrc", "MeetingHeld")
    assert [(e["body"], e["date"], e.get("place")) for e in held] == [("summit", "2026-03-12", "Oslo")]
    assert [e["body"] for e in _events(text, "nrc", "MeetingScheduled")] == ["summit"]
