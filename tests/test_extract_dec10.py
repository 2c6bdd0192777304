"""Decisions of ``igo extract`` (ninth-session fixer dec10): terms stated apart from the appointment, what is no
appointment or no grant (the chair of a sitting, a sitting joined, a welcome, a purpose, an anaphor of another
clause), a return from a suspension, and documents (titled statements, plural statements distributed, directives
and addresses, a budget named by its owner, a copular "main document", lists of persons, untitled groups,
previews). Every sentence is invented for the test (invented organizations, places and persons): no sentence of
a real text or of a held-out set."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import XYZ_OPENING as OPENING
from tests.conftest import events_of as _events


def _terms(text: str, **kw: Any) -> dict[str, str]:
    return {e["person"]: e.get("term", "") for e in _events(text, "OfficialAppointed", **kw)}


def _titles(text: str, **kw: Any) -> list[str]:
    return [e["title"] for e in _events(text, "DocumentAdopted", **kw)] + [
        e["title"] for e in _events(text, "AgreementSigned", **kw)
    ]


# -- (a) a term stated apart from the appointment ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person", "term"),
    [
        # a relative clause after the length: "for a second five-year term, which will start on ..."
        (
            "The Board of the XYZ has chosen Orla Venn as Managing Director for a second five-year term, which will "
            "start on October 1, 2030.",
            "Orla Venn",
            "2030-10-01/2035-09-30",
        ),
        (
            "The Assembly re-elected Tomas Quill as Secretary General for a four-year mandate, that begins on "
            "1 January 2031.",
            "Tomas Quill",
            "2031-01-01/2034-12-31",
        ),
        # the person's own term, in a later clause of the next sentence, named by a possessive
        (
            "The Council today chose the physicist Mara Lindqvist to be the Zone's next Director-General. The choice "
            "will be confirmed at the December session, and Professor Lindqvist's five-year mandate will begin on "
            "1 January 2032.",
            "Mara Lindqvist",
            "2032-01-01/2036-12-31",
        ),
        (
            "The leaders appointed Ibrahim Sello as Executive Secretary. Details were not released; Sello's "
            "three-year term starts on 1 March 2031.",
            "Ibrahim Sello",
            "2031-03-01/2034-02-28",
        ),
        # a term told done, the subject with a title
        (
            "Kofi Arhin, the newly appointed Secretary General of the XYZ, has taken up his post in Kumasi. According "
            "to the secretariat, Ambassador Arhin assumed his duties on 12 August 2030.",
            "Kofi Arhin",
            "2030-08-12/..",
        ),
        (
            "Nana Osei was appointed Executive Secretary of the XYZ. Dr Osei took office on 15 August 2030.",
            "Nana Osei",
            "2030-08-15/..",
        ),
    ],
)
def test_term_stated_apart(sentence: str, person: str, term: str) -> None:
    assert _terms(OPENING + sentence)[person] == term


def test_a_possessive_term_of_another_person_is_not_the_appointees() -> None:
    text = OPENING + (
        "The Council today chose Mara Lindqvist to be the Zone's next Director-General. The outgoing chief, "
        "and Olsen's second term ends on 31 December 2031."
    )
    assert _terms(text)["Mara Lindqvist"].endswith("/..")


# -- (b) what is no appointment, no grant, no lift, no withdrawal ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Adisa Kone of Ghana was elected Chairman of the Summit.",
        "President Rana Holm of Norway was elected President of the 14th Session.",
        "The foreign minister of Kenya, Wanjiru Ochieng, was elected chairperson of the meeting.",
    ],
)
def test_the_chair_of_a_sitting_holds_no_office(sentence: str) -> None:
    assert _events(OPENING + sentence, "OfficialAppointed") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "For the first time the leaders of the observer states -- Chile, Peru and Bolivia -- joined the heads of "
        "the member states at the table.",
        "Ghana and Togo joined the talks of the member states in the afternoon.",
        "The presidents of Chile and Peru joined their counterparts of the member states for the family photo.",
    ],
)
def test_a_sitting_joined_grants_nothing(sentence: str) -> None:
    assert _events(OPENING + sentence, "StatusGranted") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Opening the session, the Commission's president welcomed the leaders, thanked Ghana for its hospitality, "
        "and said that talks with the three Member States that have left the Zone were going well.",
        "The chair welcomed Kenya's offer to host the next session of the member states.",
        "The leaders welcomed Togo's delegation and praised the member states for their work.",
    ],
)
def test_a_welcome_grants_no_status_it_does_not_name(sentence: str) -> None:
    assert _events(OPENING + sentence, "StatusGranted") == []
    assert _events(OPENING + sentence, "WithdrawalNotified") == []


def test_welcomed_as_the_newest_member_is_a_greeting() -> None:
    # "welcomed X as the newest member": a member admitted before, greeted (no grant at this meeting)
    assert (
        _events(OPENING + "The leaders welcomed Togo as the newest member of the Zone.", "StatusGranted")
        == []
    )


def test_a_welcome_that_names_the_status_still_grants() -> None:
    events = _events(OPENING + "The summit welcomed Togo as a new member state of the Zone.", "StatusGranted")
    assert [(e["party"], e["status"]) for e in events] == [("TGO", "member")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy said that the technical work to restore Kiribati's membership would be done by the secretariat.",
        "Steps to lift Mali's suspension could be considered at the next summit, the minister said.",
        "Efforts to reinstate Guinea may take several months.",
    ],
)
def test_a_purpose_under_a_modal_lifts_nothing(sentence: str) -> None:
    assert (
        _events(OPENING + "Mali, Guinea and Kiribati were suspended in 2029. " + sentence, "ConditionLifted")
        == []
    )


def test_a_decision_to_lift_still_lifts() -> None:
    text = OPENING + "The leaders decided to lift the suspension of Mali, which will take effect at once."
    assert [e["party"] for e in _events(text, "ConditionLifted")] == ["MLI"]


# -- (c) a return from a suspension ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Fiji became a full member of the Zone again today, after the ministers decided to lift its suspension.",
        "Mali became a member of the XYZ once more on Saturday, three years after its suspension.",
        "Guinea has become a full member of the Zone anew, its suspension over.",
    ],
)
def test_became_a_member_again_is_a_lift(sentence: str) -> None:
    text = OPENING + sentence
    assert _events(text, "StatusGranted") == []
    assert len(_events(text, "ConditionLifted")) == 1


def test_became_a_member_in_a_text_without_suspension_is_a_grant() -> None:
    text = OPENING + "Togo became a full member of the Zone today."
    assert [e["party"] for e in _events(text, "StatusGranted")] == ["TGO"]


# -- (d) documents -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The leaders adopted a statement on the 40th anniversary of the Zone.",
            ["Statement on the 40th anniversary of the Zone"],
        ),
        (
            "The heads of state approved a statement on consolidating regional efforts against piracy.",
            ["Statement on consolidating regional efforts against piracy"],
        ),
        (
            "The summit adopted the XYZ Leaders' Statement on Ocean Health.",
            ["XYZ Leaders' Statement on Ocean Health"],
        ),
        # plural, one subject each
        (
            "They also adopted statements on the 40th anniversary of the Zone, on the end of the Kumasi war and on "
            "regional water security.",
            [
                "Statement on the 40th anniversary of the Zone",
                "Statement on the end of the Kumasi war",
                "Statement on regional water security",
            ],
        ),
        (
            "The council approved a directive on removing barriers to trade in services and a directive on customs "
            "data.",
            ["Directive on removing barriers to trade in services", "Directive on customs data"],
        ),
        (
            "The leaders issued an address marking the 50th anniversary of the Kumasi Accord.",
            ["Address marking the 50th anniversary of the Kumasi Accord"],
        ),
    ],
)
def test_titled_statements_directives_addresses(sentence: str, expected: list[str]) -> None:
    assert _titles(OPENING + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders issued a statement.",  # no title
        "- directives on plans to open segments of the services market;",  # a group, untitled
        "The council also approved several resolutions amending earlier decisions.",
        "The leaders were expected to declare 2032 a year of youth, to launch a culture programme and to approve "
        "an address to the peoples of the Zone.",  # a preview
        "The council also approved a list of representatives of the member states who will receive medals.",
        "The summit approved the list of citizens to be awarded the Order of the Zone.",
    ],
)
def test_no_document(sentence: str) -> None:
    text = OPENING + "The heads of state signed a package of documents, among them:\n\n" + sentence
    assert [t for t in _titles(text) if "package" not in t.lower()] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council also passed the organization's budget for 2031.", "Budget of the XYZ for 2031"),
        ("The leaders approved the Zone's budget for 2031-2032.", "Budget of the XYZ for 2031-2032"),
        ("Ministers adopted the bloc's budget for the year 2031.", "Budget of the XYZ for 2031"),
    ],
)
def test_the_organizations_budget(sentence: str, expected: str) -> None:
    assert _titles(OPENING + sentence) == [expected]


def test_a_states_budget_is_not_the_organizations() -> None:
    assert _titles(OPENING + "The leaders noted that Kenya passed Ghana's budget for 2031.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The main document of the summit, adopted at the host's initiative, was a Joint Statement by the members "
            "of the Council on the tenth anniversary of the Kumasi Treaty.",
            "Joint Statement by the members of the Council on the tenth anniversary of the Kumasi Treaty",
        ),
        (
            "The key outcome document of the meeting was the Kumasi Declaration on Water.",
            "Kumasi Declaration on Water",
        ),
        (
            "Its final document of the session was a Programme of Action on Youth Employment.",
            "Programme of Action on Youth Employment",
        ),
    ],
)
def test_the_main_document_named_after_a_copula(sentence: str, expected: str) -> None:
    assert _titles(OPENING + sentence) == [expected]


def test_the_main_document_to_come_is_none() -> None:
    assert _titles(OPENING + "The main document of the summit will be a declaration on water.") == []


# -- (e) laws over all inputs ---------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(
    st.permutations(
        [
            "Ghana joined the talks of the member states.",
            "The weather was fine.",
            "The leaders adopted a statement on the 40th anniversary of the Zone.",
        ]
    )
)
def test_shuffled_sentences_keep_the_documents_and_grant_nothing(order: list[str]) -> None:
    text = OPENING + " ".join(order)
    assert _titles(text) == ["Statement on the 40th anniversary of the Zone"]
    assert _events(text, "StatusGranted") == []


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["one", "two", "three", "four", "five", "six"]), st.integers(min_value=1, max_value=28)
)
def test_a_relative_term_start_is_read_for_any_length_and_day(length: str, day: int) -> None:
    years = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}[length]
    text = OPENING + (
        f"The Board of the XYZ chose Orla Venn as Managing Director for a {length}-year term, which will start on "
        f"{day} March 2031."
    )
    term = _terms(text)["Orla Venn"]
    assert term.startswith(f"2031-03-{day:02d}/")
    assert term.split("/")[1].startswith(str(2031 + years))


# -- (f) statuses: a category granted "for" its parties, a leading phrase, a quoted status name ------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On the second day the summit approved the category of associate observer for Chile, Peru and Fiji.",
            {("CHL", "associate_observer"), ("PER", "associate_observer"), ("FJI", "associate_observer")},
        ),
        (
            "The leaders granted the status of observer for Chile and Peru.",
            {("CHL", "observer"), ("PER", "observer")},
        ),
        ("The Council approved the status of dialogue partner for Nepal.", {("NPL", "dialogue_partner")}),
    ],
)
def test_a_status_granted_for_its_parties(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(e["party"], e["status"]) for e in _events(OPENING + sentence, "StatusGranted")} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In keeping with the decision taken by the leaders in June to approve its application, Aruba was admitted "
        "as the sixth Associate Member of the Zone on Saturday.",
        "In line with the ministers' recommendation on its application, Aruba was admitted as an associate member "
        "of the Zone.",
        "Pursuant to the treaty's article 4, the leaders admitted Aruba as an associate member.",
    ],
)
def test_a_leading_phrase_is_not_the_clause(sentence: str) -> None:
    events = _events(OPENING + sentence, "StatusGranted")
    assert [(e["party"], e["status"]) for e in events] == [("ABW", "associate_member")]


@pytest.mark.parametrize(
    "sentence",
    [
        'Vietnam has been formally admitted to the XYZ group as a "partner country", the host announced.',
        "Vietnam was admitted to the Zone as its tenth partner country.",
        "The leaders welcomed Vietnam as a new partner country of the XYZ.",
    ],
)
def test_partner_country_is_its_own_status(sentence: str) -> None:
    events = _events(OPENING + sentence, "StatusGranted")
    assert [(e["party"], e["status"]) for e in events] == [("VNM", "partner_country")]


# -- (g) titles: title case, a headline's place, a task in a list, a source named --------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The leaders signed the XYZ Convention Against Piracy in Coastal Waters.",
            "XYZ Convention Against Piracy in Coastal Waters",
        ),
        (
            "The ministers signed the Agreement Concerning Fisheries in the Gulf.",
            "Agreement Concerning Fisheries in the Gulf",
        ),
        ("The leaders adopted the Charter On Regional Water Security.", "Charter On Regional Water Security"),
    ],
)
def test_a_title_in_title_case_keeps_its_complement(sentence: str, expected: str) -> None:
    assert _titles(OPENING + sentence) == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        "Zone leaders issue Kumasi communiqué",
        "Kumasi communique released as summit ends",
        "Leaders adopt Kumasi communique",
    ],
)
def test_a_communique_named_by_a_headline(headline: str) -> None:
    text = (
        headline
        + "\n\n"
        + OPENING
        + "The leaders released their communiqué, in which they welcome new members."
    )
    assert _titles(text) == ["Kumasi Communique"]


@pytest.mark.parametrize(
    "item",
    [
        "2. Work towards a Charter of the Zone that sets out its values.",
        "1. Preparation of a Treaty on the Zone's courts.",
        "3. Further steps towards a Convention on Water.",
    ],
)
def test_a_task_in_a_list_is_no_document(item: str) -> None:
    text = OPENING + "They agreed on the following:\n\n" + item
    assert _titles(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the final communique, the summit was attended by nine heads of state.",
        "According to the communique, the leaders discussed security.",
        "According to their final declaration, the ministers will meet again.",
    ],
)
def test_a_document_named_as_a_source_is_no_act(sentence: str) -> None:
    assert _titles(OPENING + sentence) == []


# -- (h) more of what is not the meeting's document or step -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The heads of state adopted the Kumasi Declaration at their informal summit in Kumasi on Saturday.",
            ["Kumasi Declaration"],
        ),
        ("Leaders adopt Kumasi Declaration at informal summit in Kumasi.", ["Kumasi Declaration"]),
        ("The ministers signed the Water Charter during talks in Kumasi.", ["Water Charter"]),
    ],
)
def test_the_meeting_after_a_title_is_not_part_of_it(sentence: str, expected: list[str]) -> None:
    assert _titles(OPENING + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Members asked that equity be reflected in the Twelfth Programme of Work.",
        "The leaders demanded that the guidelines be adopted by the Council of Ministers.",
        "Delegates wanted the Water Charter to be approved soon.",
    ],
)
def test_a_request_adopts_nothing(sentence: str) -> None:
    assert _titles(OPENING + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "- Ghana, Togo, Benin and Niger signed the agreement establishing the Continental Market during the summit.",
        "Ghana, Togo and Benin signed the protocol on free movement, so that 40 members have now signed it.",
        "Chile, Peru and Bolivia signed the convention on fisheries at the summit.",
    ],
)
def test_members_signing_an_existing_instrument(sentence: str) -> None:
    assert _titles(OPENING + "\n" + sentence) == []


def test_the_leaders_signing_is_still_the_meetings() -> None:
    assert _titles(OPENING + "The leaders of Ghana, Togo and Benin signed the Kumasi Accord.") == [
        "Kumasi Accord"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana and Togo deposited their instruments of ratification, bringing the number of ratifications to six.",
        "Benin deposited its instrument of ratification of the fisheries convention.",
        "Niger also deposited its instrument of ratification.",
    ],
)
def test_a_members_ratification_of_another_agreement_is_no_admission_step(sentence: str) -> None:
    assert _events(OPENING + sentence, "ProcedureStepTaken") == []


def test_an_instrument_of_accession_is_a_step() -> None:
    text = OPENING + "Aruba deposited its instrument of accession to the Zone's founding treaty."
    assert [e["party"] for e in _events(text, "ProcedureStepTaken")] == ["ABW"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council amended the rules of procedure of the Commission and approved a plan.",
            "Amendments to the rules of procedure of the Commission",
        ),
        (
            "It also decided to amend the regulations on the coordinating council of the Zone.",
            "Amendments to the regulations on the coordinating council of the Zone",
        ),
        (
            "The ministers amended the working regulations of the Secretariat.",
            "Amendments to the working regulations of the Secretariat",
        ),
    ],
)
def test_an_instrument_amended(sentence: str, expected: str) -> None:
    assert expected in _titles(OPENING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders will amend the charter next year.",
        "Kenya amended its constitution in 2029.",
        "The ministers were expected to amend the rules of procedure.",
    ],
)
def test_no_instrument_amended(sentence: str) -> None:
    assert [t for t in _titles(OPENING + sentence) if t.startswith("Amendments")] == []


# -- (i) a second election in its own passive clause ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "President John Mensah of Ghana has been elected Chairperson of the XYZ, and President Paul Kagame of "
            "Rwanda was elected Chairperson of the XYZ Organ on Defence.",
            {"GHA": None, "RWA": "organ"},
        ),
        (
            "President Ama Sarpong of Ghana was elected Chairperson of the XYZ; President Jean Habimana of Rwanda was "
            "elected Chairperson of the Organ on Defence Cooperation.",
            {"GHA": None, "RWA": "organ"},
        ),
        (
            "The President of Ghana, John Mensah, was elected Chairperson of the XYZ and President Paul Kagame of "
            "Rwanda has been named Chairperson of the Organ on Security.",
            {"GHA": None, "RWA": "organ"},
        ),
    ],
)
def test_a_second_election_in_its_own_clause(sentence: str, expected: dict[str, str | None]) -> None:
    found = {e["to_party"]: e.get("chair") for e in _events(OPENING + sentence, "PresidencyHandedOver")}
    assert found == expected


def test_two_officials_in_two_clauses() -> None:
    text = OPENING + (
        "Dr Ama Boateng was appointed Executive Secretary; Kofi Annor was named Deputy Executive Secretary."
    )
    assert {e["person"]: e["office"] for e in _events(text, "OfficialAppointed")} == {
        "Ama Boateng": "executive-secretary",
        "Kofi Annor": "deputy-executive-secretary",
    }


# -- (j) a parent's head appointing the agency's head; a far back-reference; a year to begin in -------------------


@pytest.mark.parametrize(
    "text",
    [
        "UNITED NATIONS, 10 December 2030 -- UN Secretary-General Ana Lima on Friday appointed Orla Venn of Ireland as "
        "the next Executive Director of the Xylo Youth Zone (XYZ), her spokesman said.",
        "GENEVA, 10 December 2030 -- The Board appointed Orla Venn as the next Executive Director of the XYZ.",
        "NEW YORK, 10 December 2030 -- The head of the United Nations named Orla Venn as Executive Director of the Xylo "
        "Youth Zone (XYZ) on Friday.",
    ],
)
def test_an_office_of_the_organization_named_by_its_name(text: str) -> None:
    assert _events(text, "OfficialAppointed")[0]["office"] == "executive-director"


def test_another_organizations_office_is_still_not_its_own() -> None:
    text = "NEW YORK, 10 December 2030 -- The United Nations appointed Orla Venn as its envoy to the Alpine Forum."
    assert _events(text, "OfficialAppointed") == []


@pytest.mark.parametrize(
    ("later", "term"),
    [
        ("The XYZ said its new chief would take up her duties early in 2031.", "2031/.."),
        ("The new chief will take office on 1 March 2031.", "2031-03-01/.."),
        ("The secretariat announced that its new head would assume her duties later in 2031.", "2031/.."),
    ],
)
def test_a_far_noun_back_reference_tells_the_term(later: str, term: str) -> None:
    filler = " ".join(f"Delegates praised the outgoing chief for her work in area {k}." for k in range(9))
    text = (
        "GENEVA, 10 December 2030 -- The Board appointed Orla Venn as the next Executive Director of the XYZ. "
        + filler
        + " "
        + later
    )
    assert _terms(text)["Orla Venn"] == term


# -- (k) mandates extended or renewed; "until the same date" -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mandates of Secretary General Ana Lima and High Commissioner on Minorities Jon Olafsen are extended "
            "until 3 September 2031.",
            {
                "Ana Lima": ("secretary-general", "2030-08-17/2031-09-03"),
                "Jon Olafsen": ("high-commissioner-on-minorities", "2030-08-17/2031-09-03"),
            },
        ),
        (
            "The leaders renewed the term of XYZ Executive Secretary Kofi Arhin, a former minister.",
            {"Kofi Arhin": ("executive-secretary", "2030-08-17/..")},
        ),
        (
            "The term of office of Director General Mara Lind was extended until 31 December 2032.",
            {"Mara Lind": ("director-general", "2030-08-17/2032-12-31")},
        ),
    ],
)
def test_a_mandate_extended(sentence: str, expected: dict[str, tuple[str, str]]) -> None:
    found = {e["person"]: (e["office"], e["term"]) for e in _events(OPENING + sentence, "OfficialAppointed")}
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers may extend the mandate of Secretary General Ana Lima next year.",
        "The mandates of the observers were extended until 2031.",  # no one named
        "Kenya extended the term of its ambassador Jon Olafsen until 2031.",  # no title of the organization
    ],
)
def test_no_mandate_extended(sentence: str) -> None:
    assert _events(OPENING + sentence, "OfficialAppointed") == []


def test_until_the_same_date() -> None:
    text = OPENING + (
        "The ministers decided the following:\n- the mandate of Secretary General Ana Lima is extended until "
        "3 September 2031;\n- Jon Olafsen is appointed Director of the Office for Water until the same date."
    )
    terms = _terms(text)
    assert terms["Jon Olafsen"] == "2030-08-17/2031-09-03"


# -- (l) a lift dated by the meeting its sentence dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "effective"),
    [
        (
            "According to a statement, the conference of heads of state, meeting on Saturday in Kumasi, decided to lift "
            "the sanctions and reinstate Mali.",
            "2030-08-17",
        ),
        ("The ministers, who met on Thursday in Accra, agreed to lift the suspension of Mali.", "2030-08-15"),
        ("The council, in session on 14 August 2030, decided to end the suspension of Mali.", "2030-08-14"),
    ],
)
def test_a_lift_dated_by_the_meeting_its_sentence_dates(sentence: str, effective: str) -> None:
    text = (
        "Zone lifts sanctions on Mali\n\nACCRA, 19 August 2030 -- The Xylo Yard Zone (XYZ) has decided to lift the "
        "sanctions it imposed on Mali and to reinstate the country, a year after suspending it. " + sentence
    )
    assert [e["effective"] for e in _events(text, "ConditionLifted")] == [effective]
