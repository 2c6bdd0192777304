"""One decision reader (``igo_timeline.extract.reader``): trigger lemmas with all their inflections, argument
slots in the same clause, shared filters for what is not done (modality, negation, history); and document
titles as noun phrases. Every sentence is invented for the test (invented organization ``xyz`` and events):
no sentence of a real text or of a held-out set."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.documents import title_phrase
from igo_timeline.extract.reader import forms, unreal, verb_rx


def _events(text: str, kind: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == kind and c.record == "event"]


# -- inflections -------------------------------------------------------------------------------------

_LEMMAS = ["withdraw from", "leave", "exit", "quit", "pull out of", "admit", "suspend", "denounce", "bar",
           "notify", "take", "approve", "drop out of", "hand over", "choose"]  # fmt: skip


@given(st.sampled_from(_LEMMAS))
def test_every_inflection_of_a_lemma_is_read_by_its_trigger(lemma: str) -> None:
    """Law: each form :func:`forms` gives is matched, whole, by the lemma's trigger, in any case."""
    rx = re.compile(verb_rx([lemma]), re.I)
    assert lemma in forms(lemma)
    for form in forms(lemma):
        assert rx.fullmatch(form) and rx.fullmatch(form.upper())


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("leave", {"leaves", "left", "leaving"}), ("admit", {"admitted", "admitting", "admits"}),
     ("notify", {"notified", "notifies", "notifying"}), ("pull out of", {"pulled out of", "pulling out of"}),
     ("denounce", {"denounced", "denouncing", "denounces"})],
)  # fmt: skip
def test_forms_include_the_regular_and_irregular_inflections(lemma: str, expected: set[str]) -> None:
    assert expected <= set(forms(lemma))


@pytest.mark.parametrize(
    ("head", "clause", "not_done"),
    [
        ("Andorra would ", "", True),
        ("Andorra hopes to ", "", True),
        ("The ministers recommended that the leaders ", "", True),
        ("The leaders agreed in principle to ", "", True),
        ("Andorra did not ", "", True),
        ("Andorra will ", "Andorra will take part as an associate member from now on", False),
        ("Andorra on Monday formally ", "", False),
    ],
)
def test_the_shared_filter_of_what_is_not_done(head: str, clause: str, not_done: bool) -> None:
    assert unreal(head, clause) is not_done


# -- withdrawals in any wording ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        # the progressive, the day from the next sentence's announcement
        ("VADUZ, 12 March 2021 -- Andorra is quitting the XYZ. Its foreign minister announced on Wednesday that the country would no longer take part in the group's work.", "2021-03-10"),
        # a phrasal verb no set uses, the day in the clause
        ("VADUZ, 12 March 2021 -- Andorra walked out of the XYZ on Monday after a row over fishing quotas.", "2021-03-08"),
        # the notice by letter, dated in the next sentence
        ("VADUZ, 12 March 2021 -- Andorra has pulled out of the organisation. In a letter to the XYZ secretariat dated 9 March, its prime minister wrote that the step was final.", "2021-03-09"),
        # a noun announced by a letter
        ("VADUZ, 12 March 2021 -- The XYZ secretariat received on Thursday evening Andorra's formal letter announcing its withdrawal from the bloc.", "2021-03-11"),
        # the founding treaty denounced
        ("VADUZ, 12 March 2021 -- Andorra on Tuesday denounced the XYZ Charter, the step the Charter requires of a member that wants to go.", "2021-03-09"),
    ],
)  # fmt: skip
def test_a_withdrawal_in_any_wording_is_notified_on_the_day_of_its_notice(text: str, notice: str) -> None:
    found = _events(text, "WithdrawalNotified")
    assert [(e["party"], e["effective"]) for e in found] == [("AND", notice)]


@pytest.mark.parametrize(
    "text",
    [
        "VADUZ, 12 March 2021 -- Andorra threatened to quit the XYZ on Tuesday if the levy is raised.",
        "VADUZ, 12 March 2021 -- Andorra would leave the XYZ only after a referendum, the minister said.",
        "VADUZ, 12 March 2021 -- Andorra left the XYZ in 1998 and rejoined it later.",
        "VADUZ, 12 March 2021 -- Andorra's prime minister left for Geneva on Monday.",
        "VADUZ, 12 March 2021 -- Andorra pulled out of the talks on the fisheries deal on Monday.",
        "VADUZ, 12 March 2021 -- Andorra did not withdraw from the XYZ, its minister insisted on Monday.",
    ],
)
def test_no_withdrawal_from_threats_conditions_history_or_other_things_left(text: str) -> None:
    assert _events(text, "WithdrawalNotified") == []


def test_a_withdrawal_taking_effect_immediately_or_on_a_stated_day() -> None:
    text = (
        "VADUZ, 12 March 2021 -- Andorra is leaving the XYZ. Its minister told a news conference on Friday"
        " that the country's membership would end as of January 1, 2022."
    )
    (event,) = _events(text, "WithdrawalNotified")
    assert (event["effective"], event["takes_effect"]) == ("2021-03-12", "2022-01-01")
    text = (
        "VADUZ, 12 March 2021 -- Andorra pulled out of the XYZ. In a letter dated 10 March, the president"
        " wrote that the withdrawal took effect immediately."
    )
    (event,) = _events(text, "WithdrawalNotified")
    assert (event["effective"], event["takes_effect"]) == ("2021-03-10", "2021-03-10")


def test_the_day_a_notice_was_told_of_is_not_its_day() -> None:
    """ "X said on Monday that Y's decision to leave ..." : Monday is the telling; the notice's day is the
    one its own sentence states."""
    text = (
        "VADUZ, 12 March 2021 -- The XYZ secretary said on Friday that Andorra's decision to leave the XYZ had"
        " surprised him. Andorra's foreign ministry announced last Tuesday that the government had decided"
        " to give up its XYZ membership as of 1 July 2021."
    )
    assert [e["effective"] for e in _events(text, "WithdrawalNotified")] == ["2021-03-09"]


# -- grants told as a state, an approved accession; returns from a suspension -------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("VADUZ, 12 March 2021 -- Andorra is now a full member state of the XYZ.", "member"),
        ("VADUZ, 12 March 2021 -- Andorra will take part in the XYZ as an associate member from now on.", "associate_member"),
        ("VADUZ, 12 March 2021 -- Meeting in the capital, the leaders approved the accession of Andorra as a member state.", "member"),
        ("VADUZ, 12 March 2021 -- The council endorsed Andorra's admission as an observer on Friday.", "observer"),
    ],
)  # fmt: skip
def test_a_status_told_as_a_new_state_or_an_approved_accession_is_granted(text: str, status: str) -> None:
    found = _events(text, "StatusGranted")
    assert [(e["party"], e["status"]) for e in found] == [("AND", status)]


@pytest.mark.parametrize(
    "text",
    [
        "VADUZ, 12 March 2021 -- Andorra takes part in the XYZ as an observer, in keeping with its neutrality.",
        "VADUZ, 12 March 2021 -- The ministers recommended that the leaders grant observer status to Andorra.",
        "VADUZ, 12 March 2021 -- The leaders approved in principle the accession of Andorra as a member state.",
        "VADUZ, 12 March 2021 -- Andorra, an observer since 2006, was not discussed.",
    ],
)
def test_no_grant_from_a_standing_state_a_recommendation_or_an_agreement_in_principle(text: str) -> None:
    assert _events(text, "StatusGranted") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Andorra, suspended after the 2019 coup, took its seat again following its elections.",
        "Andorra, whose suspension followed the 2019 coup, resumed its seat at the council table.",
        "Andorra returned to the fold after the elections, two years after its suspension.",
    ],
)
def test_a_suspended_state_back_in_its_seat_has_its_suspension_lifted(sentence: str) -> None:
    text = f"VADUZ, 12 March 2021 -- {sentence}"
    assert [e["party"] for e in _events(text, "ConditionLifted")] == ["AND"]


def test_a_return_and_observers_joining_in_one_sentence_stay_apart() -> None:
    """The status is given to the coordinated run of states next to it, not to every state of the sentence."""
    text = (
        "VADUZ, 12 March 2021 -- Andorra, suspended after the 2019 coup, took its seat again, and Malta,"
        " Cyprus and Iceland joined the XYZ as observers."
    )
    granted = _events(text, "StatusGranted")
    assert sorted(e["party"] for e in granted) == ["CYP", "ISL", "MLT"]
    assert {e["status"] for e in granted} == {"observer"}
    assert [e["party"] for e in _events(text, "ConditionLifted")] == ["AND"]


@pytest.mark.parametrize(
    "text",
    [
        "VADUZ, 12 March 2021 -- The XYZ has suspended Andorra over the crisis in Monaco.",
        "VADUZ, 12 March 2021 -- Over the fighting in Monaco, the XYZ suspended Andorra from all its bodies.",
        "VADUZ, 12 March 2021 -- The council decided that Andorra is suspended, citing the events in Monaco.",
    ],
)
def test_a_suspension_goes_to_the_verbs_argument_not_to_every_state_named(text: str) -> None:
    assert [e["party"] for e in _events(text, "ConditionImposed")] == ["AND"]


def test_an_invitation_received_goes_to_the_receiver() -> None:
    text = (
        "VADUZ, 12 March 2021 -- Andorra has received a formal invitation to join Malta, Cyprus and Iceland in"
        " the XYZ, its minister told reporters on Friday. She said the Maltese minister had telephoned her on"
        " Thursday to pass on the invitation."
    )
    found = _events(text, "ProcedureLaunched")
    assert [(e["party"], e["procedure"], e["date"]) for e in found] == [("AND", "invitation", "2021-03-11")]
    assert _events(text, "StatusGranted") == []


# -- chairs ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The outgoing chair, President Ann Berg of Malta, then passed the chair of the XYZ to her Andorran counterpart.",
        "At the close President Ann Berg of Malta handed the rotating chairmanship over to President Joan Vila of Andorra, who thanked Cyprus for its help.",
        "Andorra now holds the chair of the council.",
        "Andorra took the helm of the XYZ at the closing session.",
    ],
)  # fmt: skip
def test_the_chair_goes_to_the_phrase_after_to_or_the_holder_now(sentence: str) -> None:
    text = f"VADUZ, 12 March 2021 -- The XYZ summit met in Vaduz on Friday. {sentence}"
    assert [e["to_party"] for e in _events(text, "PresidencyHandedOver")] == ["AND"]


def test_a_chair_held_before_is_history() -> None:
    text = "VADUZ, 12 March 2021 -- Malta had held the chair since the 2019 summit, when it took over from Cyprus."
    assert _events(text, "PresidencyHandedOver") == []


# -- appointments ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("He will start work on 1 October 2021.", "2021-10-01/.."),
        ("He will take up his post on 1 October 2021.", "2021-10-01/.."),
        ("He will assume office on 1 October 2021.", "2021-10-01/.."),
    ],
)
def test_an_appointment_runs_from_the_day_the_person_starts(sentence: str, term: str) -> None:
    text = (
        "VADUZ, 12 March 2021 -- The XYZ council chose Joan Vila, the outgoing Andorran foreign minister, on"
        f" Wednesday to become the organisation's next Secretary General. {sentence}"
    )
    (event,) = _events(text, "OfficialAppointed")
    assert (event["person"], event["office"], event["term"]) == ("Joan Vila", "secretary-general", term)


# -- documents ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        ("Vaduz Declaration, released on Friday, says the leaders", "Vaduz Declaration"),
        ("declaration, dated March 3, is", "declaration"),
        ("agreement took effect thirty days later", "agreement"),
        ("Declaration and 23 other documents prepared by the council", "Declaration"),
        ("Charter of the Alpine Union, signed by all", "Charter of the Alpine Union"),
        ("Treaty establishing the Alpine Union", "Treaty establishing the Alpine Union"),
    ],
)
def test_a_title_is_a_noun_phrase_headed_by_a_document_noun(phrase: str, title: str) -> None:
    assert title_phrase(phrase) == title


@pytest.mark.parametrize(
    "text",
    [
        "VADUZ, 12 March 2021 -- The declaration, dated March 3, is signed by the ministers of every member.",
        "VADUZ, 12 March 2021 -- The threshold was reached in March, and the agreement took effect thirty days later.",
        "VADUZ, 12 March 2021 -- Invoking the Lugano Declaration, the council condemned the coup.",
    ],
)
def test_no_document_from_a_clause_about_a_document(text: str) -> None:
    assert _events(text, "DocumentAdopted") == [] and _events(text, "AgreementSigned") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("VADUZ, 12 March 2021 -- Leaders closed their summit on Friday by launching the 2040 Strategy for Alpine Cooperation, the region's plan for two decades.", "2040 Strategy for Alpine Cooperation"),
        ("VADUZ, 12 March 2021 -- The Vaduz Declaration, issued on Friday, says the leaders will cooperate.", "Vaduz Declaration"),
        ("VADUZ, 12 March 2021 -- The Vaduz Declaration records the admission of Andorra. The leaders approved the declaration and 12 other documents on Friday.", "Vaduz Declaration"),
        ("VADUZ, 12 March 2021 -- The 9th XYZ summit closed on Friday, the leaders releasing a communique after the talks.", "Communique of the 9th XYZ Summit"),
        ("VADUZ, 12 March 2021 -- The 9th summit of the group closed on Friday. In their declaration the leaders called for calm.", "Declaration of the 9th XYZ Summit"),
    ],
)  # fmt: skip
def test_the_meetings_documents_by_title_or_titled_after_the_meeting(text: str, title: str) -> None:
    found = _events(text, "DocumentAdopted")
    assert [e["title"] for e in found] == [title]
    assert found[0]["adopted_on"] == "2021-03-12"


# -- properties -----------------------------------------------------------------------------------------

_FILLER = [
    "The weather in the capital was mild.",
    "Trade between the members grew by four percent last year.",
    "Ministers discussed tourism and fisheries.",
    "The secretariat employs about 90 people.",
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(_FILLER), st.integers(min_value=0, max_value=4))
def test_unrelated_sentences_around_a_withdrawal_change_nothing(filler: list[str], at: int) -> None:
    """Law: shuffling unrelated sentences around the act does not change what is read, and every quote is
    the text's own span."""
    act = "Andorra walked out of the XYZ on Monday after a row over fishing quotas."
    sentences = list(filler)
    sentences.insert(at, act)
    text = "VADUZ, 12 March 2021 -- " + " ".join(sentences)
    found = extract(text, "xyz", "t")
    got = [(c.event["party"], c.event["effective"]) for c in found if c.type == "WithdrawalNotified"]
    assert got == [("AND", "2021-03-08")]
    for c in found:
        src = c.event["source"]
        assert text[src["start"] : src["end"]] == src["quote"]


def test_a_random_order_of_the_clauses_of_a_chair_and_a_withdrawal_reads_both() -> None:
    parts = [
        "Andorra walked out of the XYZ on Monday.",
        "Malta now holds the chair of the council.",
        "Trade grew by four percent.",
    ]
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(parts)
        text = "VADUZ, 12 March 2021 -- " + " ".join(parts)
        assert [e["party"] for e in _events(text, "WithdrawalNotified")] == ["AND"]
        assert [e["to_party"] for e in _events(text, "PresidencyHandedOver")] == ["MLT"]


# -- accessions with spelled ordinals, history, applications ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "VADUZ, 12 March 2021 -- Andorra has become the thirty-fourth member of the XYZ, the ministry said.",
        "VADUZ, 12 March 2021 -- Andorra today became the thirteenth member of the XYZ after depositing its instrument.",
        "VADUZ, 12 March 2021 -- Andorra on Friday became the 21st member of the XYZ.",
    ],
)
def test_an_accession_with_any_ordinal_is_membership(text: str) -> None:
    assert [(e["party"], e["status"]) for e in _events(text, "StatusGranted")] == [("AND", "member")]


def test_a_status_told_with_a_past_year_is_history() -> None:
    text = "VADUZ, 12 March 2021 -- Andorra started talks in December 2005, when it joined the XYZ as an observer."
    assert _events(text, "StatusGranted") == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Andorra, an observer since 2001, had applied on Monday 1 March, when its minister handed over a letter.", "2021-03-01"),
        ("Andorra submitted its formal application on 3 March, the secretariat said.", "2021-03-03"),
        ("Andorra applied for membership on March 2, 2021.", "2021-03-02"),
    ],
)  # fmt: skip
def test_an_application_with_its_day_launches_the_admission_procedure(sentence: str, day: str) -> None:
    found = _events(f"VADUZ, 12 March 2021 -- {sentence}", "ProcedureLaunched")
    assert [(e["party"], e["procedure"], e["date"]) for e in found] == [("AND", "admission", day)]


def test_an_application_without_its_day_is_background() -> None:
    text = "VADUZ, 12 March 2021 -- Andorra applied for membership earlier this month."
    assert _events(text, "ProcedureLaunched") == []


# -- chairs, appointments and meetings told in other wordings ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "President Joan Vila of Andorra was on Friday designated chairman-in-office of the XYZ Conference.",
        "The chair of the Ninth Conference then went to Andorra, whose leader spoke next.",
        "President Joan Vila of Andorra has been elected rotating president of the XYZ.",
    ],
)
def test_a_chair_designated_or_gone_to(sentence: str) -> None:
    text = f"VADUZ, 12 March 2021 -- The XYZ Conference met in Vaduz on Friday. {sentence}"
    assert [e["to_party"] for e in _events(text, "PresidencyHandedOver")] == ["AND"]


def test_a_term_from_the_sentences_about_the_same_person() -> None:
    """Sentences naming the person elected tell the same election: its length and its start combine."""
    text = (
        "VADUZ, 12 March 2021 -- Member states of the XYZ on Friday chose Joan Vila, a former Andorran"
        " minister, as the organization's next Director General. Two candidates stood. The ballot was secret."
        " Vila, who led in every round, was elected for a four-year mandate. He will take up the post on"
        " 1 July 2021."
    )
    (event,) = _events(text, "OfficialAppointed")
    assert (event["person"], event["term"]) == ("Joan Vila", "2021-07-01/2025-06-30")


def test_took_office_as_is_an_appointment_with_the_fuller_name() -> None:
    text = (
        "VADUZ, 12 March 2021 -- XYZ ministers met on Thursday for the inauguration of the new Secretary"
        " General, Professor Joan Vila. Vila, a historian born in 1960, took office the same day as the"
        " Commission's fifth Secretary General."
    )
    (event,) = _events(text, "OfficialAppointed")
    assert (event["person"], event["office"], event["term"]) == (
        "Joan Vila",
        "secretary-general",
        "2021-03-11/..",
    )


@pytest.mark.parametrize(
    ("sentence", "host", "date"),
    [
        (
            "The ministers welcomed Andorra's offer to host the third XYZ Summit in October 2021.",
            "AND",
            "2021-10",
        ),
        (
            "The 12th XYZ Council meeting will take place in Valletta, Malta, from 3 to 5 June 2021.",
            "MLT",
            "2021-06-03/2021-06-05",
        ),
        (
            "Its fourth summit is scheduled to open in Nicosia, Cyprus, on 2 September 2021.",
            "CYP",
            "2021-09-02",
        ),
    ],
)
def test_a_meeting_told_by_its_number_as_to_come_is_scheduled(sentence: str, host: str, date: str) -> None:
    found = _events(f"VADUZ, 12 March 2021 -- {sentence}", "MeetingScheduled")
    assert [(e["host"], e["date"]) for e in found] == [(host, date)]


def test_a_meeting_to_come_that_is_only_hoped_for_is_not_scheduled() -> None:
    text = "VADUZ, 12 March 2021 -- Andorra hopes the third XYZ Summit will take place in Andorra la Vella in 2022."
    assert _events(text, "MeetingScheduled") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At an earlier session the leaders had launched a programme of economic reforms for the zone.",
        "The treaty won support in April 2009, and the parliament later approved the Treaty of Vaduz by law.",
    ],
)
def test_a_document_of_an_earlier_act_is_not_adopted(sentence: str) -> None:
    text = f"VADUZ, 12 March 2021 -- {sentence}"
    assert _events(text, "DocumentAdopted") == [] and _events(text, "AgreementSigned") == []


def test_an_office_of_the_organization_named_through_its_own_abbreviation() -> None:
    """ "President of the AAB Group" in a text that defines "Alpine Agricultural Bank (AAB)" for the org
    slug ``alpab``: the organization's own president."""
    text = (
        "VADUZ, 12 March 2021 -- The governors of the Alpine Agricultural Bank (AAB) met on Friday. At the"
        " meeting the governors elected Dr. Joan Vila, a former Andorran minister, as President of the AAB Group."
    )
    (event,) = _events(text, "OfficialAppointed", org="alpab")
    assert (event["office"], event["person"]) == ("president", "Joan Vila")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The leaders adopted an Additional Act reforming the rules for the renewal of the Commission.", "Additional Act reforming the rules for the renewal of the Commission"),
        ("The summit endorsed the XYZ Blueprint 2022-2026, a set of guidelines for the members.", "XYZ Blueprint 2022-2026"),
        ("The ministers signed a Protocol amending the Vaduz Agreement on fisheries.", "Protocol amending the Vaduz Agreement on fisheries"),
    ],
)  # fmt: skip
def test_a_title_with_a_participle_complement(sentence: str, title: str) -> None:
    found = _events(f"VADUZ, 12 March 2021 -- {sentence}", "DocumentAdopted") + _events(
        f"VADUZ, 12 March 2021 -- {sentence}", "AgreementSigned"
    )
    assert [e["title"] for e in found] == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "The union was set up on 10 January 1984 by the Vaduz Agreement signed in Liechtenstein.",
        "In recent years the union had grown, notably by admitting Andorra and other observers, the secretary said.",
    ],
)
def test_acts_of_another_time_are_background(sentence: str) -> None:
    text = f"VADUZ, 12 March 2021 -- {sentence}"
    assert _events(text, "AgreementSigned") == [] and _events(text, "StatusGranted") == []


def test_a_relative_clause_about_the_past_does_not_make_the_act_history() -> None:
    text = "VADUZ, 12 March 2021 -- The leaders signed the Vaduz Declaration on the tenth anniversary of the XYZ, which was founded in May 2011."
    assert [e["title"] for e in _events(text, "DocumentAdopted")] == [
        "Vaduz Declaration on the tenth anniversary of the XYZ"
    ]


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("WithdrawalNotified", "Andorra has denounced the XYZ founding treaty, the foreign ministry said."),
        ("WithdrawalNotified", "Andorra will no longer be a member of the XYZ as of 1 January 2022, its foreign ministry said on Thursday."),
        ("WithdrawalNotified", "Andorra formally notified the XYZ secretariat of its decision to leave the organisation on Tuesday."),
        ("ConditionImposed", "The XYZ council on Thursday excluded Andorra from its meetings until constitutional order is restored."),
        ("ConditionLifted", "The XYZ reinstated Andorra on Thursday after elections."),
        ("ConditionLifted", "Andorra's suspension from the XYZ was lifted on Thursday."),
        ("OfficialAppointed", "The XYZ council on Thursday appointed Joan Vila as its new Secretary General."),
        ("OfficialAppointed", "The leaders named Andorran diplomat Joan Vila to head the XYZ secretariat as Secretary General."),
        ("OfficialAppointed", "Joan Vila was sworn in as XYZ Secretary General on Thursday."),
        ("PresidencyHandedOver", "Andorra took over the XYZ chair from Malta on Thursday."),
    ],
)  # fmt: skip
def test_more_wordings_of_the_same_acts(kind: str, sentence: str) -> None:
    found = _events(f"VADUZ, 12 March 2021 -- {sentence}", kind)
    assert len(found) == 1
    assert found[0].get("party", found[0].get("to_party", "AND")) == "AND"
    if kind == "OfficialAppointed":
        assert (found[0]["person"], found[0]["office"]) == ("Joan Vila", "secretary-general")


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders discussed whether to suspend Andorra but took no decision.",
        "Andorra threatened to walk out of the XYZ over the fishing dispute.",
        "Andorra pulled out of the race for the chairmanship.",
        "Joan Vila, who was elected Secretary General in 2015, opened the meeting.",
        "Andorra is expected to take over the chairmanship next year.",
        "Under the Vaduz Agreement signed in 1998, members consult each other.",
    ],
)
def test_no_act_from_deliberation_threats_or_history(sentence: str) -> None:
    found = [c for c in extract(f"VADUZ, 12 March 2021 -- {sentence}", "xyz", "t") if c.record == "event"]
    assert [c.type for c in found if c.type != "MeetingHeld"] == []


def test_a_rejection_explained_by_a_negation_is_still_a_rejection() -> None:
    text = (
        "VADUZ, 12 March 2021 -- XYZ leaders on Friday turned down Andorra's request to join the XYZ,"
        " concluding that the country does not meet the admission criteria."
    )
    found = _events(text, "ProcedureConcluded")
    assert [(e["party"], e["outcome"]) for e in found] == [("AND", "rejected")]


_SUMMIT = "VADUZ, 12 March 2021 -- The 9th summit of the XYZ was held in Vaduz on 11-12 March 2021. "


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("StatusGranted", "The summit welcomed Andorra's accession to the XYZ as its 13th member."),
        ("StatusGranted", "Andorra's membership was approved unanimously."),
        ("StatusGranted", "Observer status was granted to Andorra."),
        ("ConditionLifted", "The summit readmitted Andorra to the XYZ's activities, ending its suspension."),
        ("PresidencyHandedOver", "Andorra succeeded Malta as chair of the XYZ."),
        ("DocumentAdopted", "Following the summit, the Vaduz Declaration was issued."),
    ],
)
def test_acts_of_a_recognized_meeting_in_passive_and_nominal_wordings(kind: str, sentence: str) -> None:
    """Dated by the meeting the text reports (its last day) when the sentence states no day."""
    found = extract(_SUMMIT + sentence, "xyz", "t")
    events = [c.event for c in found if c.type == kind and c.record == "event"]
    assert len(events) == 1
    date = next(events[0][k] for k in ("effective", "adopted_on") if k in events[0])
    assert date == "2021-03-12"
    if kind == "ConditionLifted":  # the readmission it tells is the lift, not a grant
        assert not [c for c in found if c.type == "StatusGranted"]


def test_a_titleless_document_released_is_no_title() -> None:
    text = (
        _SUMMIT
        + "The council took the decision at a closed session; the council's communique was released on Friday."
    )
    assert _events(text, "DocumentAdopted") == []


def test_welcoming_an_entry_told_as_done_grants_nothing_here() -> None:
    assert (
        _events(
            _SUMMIT + "The leaders welcomed Andorra's entry into the XYZ as a historic moment.",
            "StatusGranted",
        )
        == []
    )


def test_a_chair_passed_as_the_session_opened_is_the_first_days() -> None:
    text = (
        "VADUZ, 12 March 2021 -- XYZ foreign ministers held their 9th session in Vaduz on 10-12 March 2021."
        " The session was formally opened by Malta's minister, speaking for the previous chair; Andorra now"
        " holds the chair of the council."
    )
    assert [(e["to_party"], e["effective"]) for e in _events(text, "PresidencyHandedOver")] == [
        ("AND", "2021-03-10")
    ]


def test_a_treaty_signed_decades_before_the_texts_latest_day_is_history() -> None:
    """No dateline: the text's own time is the latest day it writes in full."""
    text = (
        "Explainer - The members renewed their treaty on 17 June 2008 at a ceremony in Vaduz, and it entered"
        " into force on 1 January 2012. On 3 February 1958 they had first signed the Treaty establishing the"
        " Alpine Union. On 5 March 1960 they signed the Treaty establishing the Alpine Court."
    )
    titles = [e["title"] for e in _events(text, "AgreementSigned", org="xyz")]
    assert not any("1958" in t or "Alpine Union" in t or "Alpine Court" in t for t in titles)


@pytest.mark.parametrize(
    ("kind", "sentence", "value"),
    [
        ("StatusGranted", "The Assembly decides to grant observer status to Andorra.", "AND"),
        ("StatusGranted", "With the admission of Andorra, the XYZ now has 12 members.", "AND"),
        ("StatusGranted", "Andorra was welcomed as the newest member of the XYZ.", "AND"),
        ("WithdrawalNotified", "The Council noted with regret the withdrawal of Andorra from the XYZ, notified on 2 March 2021.", "AND"),
        ("WithdrawalNotified", "Andorra's withdrawal from the XYZ, announced on 2 March 2021, takes effect on 1 March 2022.", "AND"),
        ("OfficialAppointed", "The Summit appoints Ms Joan Vila (Andorra) as Secretary General for a period of three years from 1 January 2022.", "Joan Vila"),
        ("OfficialAppointed", "The leaders re-elected Joan Vila for a second term as Secretary General.", "Joan Vila"),
        ("MeetingScheduled", "The Summit accepted with gratitude the offer of Andorra to host the 10th Summit in 2022.", "AND"),
    ],
)  # fmt: skip
def test_communique_wordings_of_the_acts(kind: str, sentence: str, value: str) -> None:
    found = _events(_SUMMIT + sentence, kind)
    assert [e.get("party") or e.get("person") or e.get("host") for e in found] == [value]
    if kind == "WithdrawalNotified":
        assert found[0]["effective"] == "2021-03-02"
    if kind == "OfficialAppointed" and "1 January 2022" in sentence:
        assert found[0]["term"] == "2022-01-01/2024-12-31"


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("Andorra also quit the Alpine Forum on Monday.", False),
        ("Andorra walked out of the Alpine Fisheries Organization (AFO) on Monday.", False),
        ("Andorra walked out of the Xylophone Yodel Zone (XYZ-TCP) on Monday.", True),
        ("Andorra walked out of the organisation on Monday.", True),
    ],
)
def test_a_withdrawal_is_from_the_organization_itself_not_another(sentence: str, left: bool) -> None:
    found = _events(f"VADUZ, 12 March 2021 -- {sentence}", "WithdrawalNotified")
    assert bool(found) is left


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders welcomed the accession of Andorra to the World Trade Organization.",
        "Andorra was suspended from the Alpine Forum last week.",
        "Malta handed over the chairmanship of the Alpine Forum to Andorra.",
        "The Alpine Forum elected Joan Vila as its Secretary General.",
        "The next summit of the Alpine Forum will be held in Andorra in 2022.",
    ],
)
def test_another_organizations_acts_are_not_this_ones(sentence: str) -> None:
    found = [
        c for c in extract(_SUMMIT + sentence, "xyz", "t") if c.record == "event" and c.type != "MeetingHeld"
    ]
    assert found == []


def test_the_organization_spelled_out_with_its_complement_is_itself() -> None:
    text = (
        "VADUZ, 12 March 2021 -- Member states of the International Xylophone Organization for Zithers on"
        " Friday chose Joan Vila, a former Andorran minister, as the agency's next Director General."
    )
    assert [e["person"] for e in _events(text, "OfficialAppointed", org="ixo")] == ["Joan Vila"]


@pytest.mark.parametrize(
    ("sentence", "kind", "title"),
    [
        ("Among the documents signed were the Agreement on Customs Cooperation and the Protocol on Transit.", "AgreementSigned", "Agreement on Customs Cooperation"),
        ("The summit concluded with the adoption of the Vaduz Declaration.", "DocumentAdopted", "Vaduz Declaration"),
        ("The Vaduz Declaration, adopted at the close of the summit, calls for closer ties.", "DocumentAdopted", "Vaduz Declaration"),
    ],
)  # fmt: skip
def test_documents_in_other_wordings(sentence: str, kind: str, title: str) -> None:
    assert title in [e["title"] for e in _events(_SUMMIT + sentence, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers will adopt the Vaduz Programme at their next meeting.",
        "The leaders reaffirmed their commitment to the Lugano Declaration of 2015.",
        "The Council took note of the Annual Report of the Secretary General.",
    ],
)
def test_no_document_adopted_from_plans_commitments_or_notes(sentence: str) -> None:
    assert _events(_SUMMIT + sentence, "DocumentAdopted") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The XYZ suspended cooperation with Andorra over the dispute.",
        "The council suspended its aid programmes in Andorra.",
        "The leaders suspended the meeting for an hour to consult Andorra.",
        "Andorra joined the talks on Friday as an observer.",
    ],
)
def test_suspending_or_joining_something_else_is_no_status_act(sentence: str) -> None:
    found = [
        c for c in extract(_SUMMIT + sentence, "xyz", "t") if c.record == "event" and c.type != "MeetingHeld"
    ]
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council suspended Andorra's membership with immediate effect.",
        "The summit decided to suspend the participation of Andorra in all XYZ bodies.",
        "The summit suspended Andorra over the coup.",
    ],
)
def test_suspending_a_state_or_its_place_is_a_suspension(sentence: str) -> None:
    assert [e["party"] for e in _events(_SUMMIT + sentence, "ConditionImposed")] == ["AND"]


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        ("Andorra became the 13th member of the XYZ after depositing its instrument of accession with the depositary.", "instrument of accession deposited"),
        ("Andorra applied for membership last month. The leaders took no decision on that request; they instructed the Committee of Experts to examine it.", "application referred to the Committee of Experts"),
        ("The leaders directed the Secretariat to assess Andorra's application against the criteria.", "application referred to the Secretariat"),
    ],
)  # fmt: skip
def test_steps_of_an_admission_procedure(sentence: str, step: str) -> None:
    found = _events(_SUMMIT + sentence, "ProcedureStepTaken")
    assert [(e["party"], e["step"]) for e in found] == [("AND", step)]


def test_a_step_only_hoped_for_is_none() -> None:
    text = _SUMMIT + "Andorra hopes to deposit its instrument of accession next year."
    assert _events(text, "ProcedureStepTaken") == []


@pytest.mark.parametrize(
    ("text", "org", "title"),
    [
        ("VADUZ, 12 March 2021 -- The leaders founded the Alpine Organization for Trade - XYZ on Friday. They also signed the organisation's charter, which parliaments must ratify.", "xyz", "Charter of the Alpine Organization for Trade - XYZ"),
        ("VADUZ, 12 March 2021 -- Ministers of the Xenon Yield Zone Union (XYZ) met on Friday and adopted the union's statute.", "xyz", "Statute of the Xenon Yield Zone Union"),
        ("VADUZ, 12 March 2021 -- The Xeric Youth Zone Association met on Friday; delegates approved the association's rules of procedure.", "xyza", "Rules of procedure of the Xeric Youth Zone Association"),
    ],
)  # fmt: skip
def test_a_founding_document_named_by_the_organizations_possessive(text: str, org: str, title: str) -> None:
    found = [c.event for c in extract(text, org, "t") if c.type in ("AgreementSigned", "DocumentAdopted")]
    assert title in [e["title"] for e in found]


def test_no_founding_document_when_the_text_does_not_name_the_organization() -> None:
    text = "VADUZ, 12 March 2021 -- The delegates signed the organisation's charter on Friday."
    assert _events(text, "AgreementSigned") == []
