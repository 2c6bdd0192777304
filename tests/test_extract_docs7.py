"""Documents and procedure steps of ``igo extract`` (sixth-session fixer docs7): a document is a noun phrase
headed by a document noun (declaration, communique, agreement, protocol, framework, outlook, plan, rules ...)
that is the object of an adoption or signing act in the same clause or list item, its title capitalised or
not; its date is the act's. Every sentence is invented for the test (invented organizations, places and
persons): no sentence of a real text or of a held-out set."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract

_OPENING = "VORLAND, May 14 -- The summit of the Xylo Yard Zone was held today in Vorland.\n\n"
_DAY = "2031-05-14"
_DOCS = ("DocumentAdopted", "AgreementSigned")


def _documents(text: str, org: str = "xyz", published: str | None = _DAY) -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t", published=published) if c.type in _DOCS]


def _importable(text: str, published: str | None = _DAY) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, "xyz", "t", published=published)
        if c.type in _DOCS and c.record == "event"
    ]


def _titles(text: str) -> list[str]:
    return sorted(e["title"] for e in _importable(text))


# -- a document whose head is lowercase: a title with its complement -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The leaders adopted a special declaration on water, soil and forests in the delta.",
            "Special declaration on water, soil and forests in the delta",
        ),
        (
            "Ministers approved a regional framework for the protection of migratory birds.",
            "Regional framework for the protection of migratory birds",
        ),
        (
            "The council endorses an action plan against the smuggling of cultural goods.",
            "Action plan against the smuggling of cultural goods",
        ),
        (
            "The heads of state signed a declaration in support of open sea lanes.",
            "Declaration in support of open sea lanes",
        ),
    ],
)
def test_a_lowercase_document_with_its_complement_is_a_document(sentence: str, title: str) -> None:
    found = _importable(_OPENING + sentence)
    assert [(e["title"], e.get("adopted_on") or e.get("signed_on")) for e in found] == [(title, _DAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers adopted an agreement.",  # named by nothing
        "The leaders signed the memorandum.",
        "The council discussed a declaration on water, soil and forests in the delta.",  # no act
    ],
)
def test_a_lowercase_document_noun_without_complement_or_act_is_no_document(sentence: str) -> None:
    assert _importable(_OPENING + sentence) == []


# -- coordinated documents: each its own ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The leaders adopted the Vorland Declaration and the Strategic Framework of the Zone 2032-2040, "
            "together with a declaration on the rights of fishers and a regulatory framework for observers.",
            [
                "Declaration on the rights of fishers",
                "Regulatory framework for observers",
                "Strategic Framework of the Zone 2032-2040",
                "Vorland Declaration",
            ],
        ),
        (
            "The session also adopted an agreement on joint veterinary controls and a protocol amending the "
            "2019 agreement on river pilots.",
            [
                "Agreement on joint veterinary controls",
                "Protocol amending the 2019 agreement on river pilots",
            ],
        ),
        (
            "Ministers signed a charter on coastal towns as well as a convention against drift nets.",
            ["Charter on coastal towns", "Convention against drift nets"],
        ),
    ],
)
def test_coordinated_documents_are_each_a_document(sentence: str, titles: list[str]) -> None:
    assert _titles(_OPENING + sentence) == titles


def test_a_year_naming_a_document_is_not_the_acts_date() -> None:
    """ "amending the 2019 agreement": 2019 names the agreement amended, the protocol is signed now."""
    found = _importable(_OPENING + "Ministers signed a protocol amending the 2019 agreement on river pilots.")
    assert [(e["type"], e["signed_on"]) for e in found] == [("AgreementSigned", _DAY)]


# -- the head noun: the last of a run of document nouns, adverbials of the act no part of the title ------


@pytest.mark.parametrize(
    ("sentence", "title", "kind"),
    [
        (
            "The ministers signed the Zone Framework Agreement on Ferries (Passengers) in the presence of "
            "their leaders.",
            "Zone Framework Agreement on Ferries (Passengers)",
            "agreement",
        ),
        (
            "Envoys signed the Vorland Framework Convention on Dunes at the closing ceremony.",
            "Vorland Framework Convention on Dunes",
            "convention",
        ),
        (
            "The delegates signed the Zone Accord on Salt Trade with the host president looking on.",
            "Zone Accord on Salt Trade",
            "agreement",
        ),
    ],
)
def test_the_title_ends_before_the_acts_adverbial(sentence: str, title: str, kind: str) -> None:
    found = _importable(_OPENING + sentence)
    assert [(e["type"], e["title"], e["kind"]) for e in found] == [("AgreementSigned", title, kind)]


# -- new document nouns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The leaders adopted the Zone Outlook on the Northern Seas.", "Zone Outlook on the Northern Seas"),
        (
            "The council adopted the Rules of Procedure of the Assembly of Elders.",
            "Rules of Procedure of the Assembly of Elders",
        ),
        ("Ministers approved the Vorland Compact for Migration.", "Vorland Compact for Migration"),
        (
            "They also adopted its first Strategic Plan, which will guide the zone for a decade.",
            "Strategic Plan",
        ),
    ],
)
def test_more_document_nouns_head_documents(sentence: str, title: str) -> None:
    assert _titles(_OPENING + sentence) == [title]


# -- descriptions and reports are no documents --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The leaders approved the Harbour Work Plan, the Zone's roadmap for the next decade.",
            ["Harbour Work Plan"],
        ),
        ("The ministers adopted the Report of the Senior Officials on the past biennium.", []),
        ("The council also adopted the report of the Secretary-General on the budget.", []),
        ("The leaders approved a list of countries to be invited as guests next year.", []),
    ],
)
def test_descriptions_reports_and_lists_of_parties_are_no_documents(sentence: str, titles: list[str]) -> None:
    assert _titles(_OPENING + sentence) == titles


def test_another_organizations_communique_endorsed_is_not_the_orgs_document() -> None:
    text = (
        _OPENING + "The council endorsed the final communique of the Southern Ocean Fisheries Union on the "
        "dispute and asked the Union's chair to report."
    )
    assert _titles(text) == []


# -- the object relative: the document first, the act after ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The results were recorded in the Declaration of the Council of Elders, which the heads of state adopted.",
            "Declaration of the Council of Elders",
        ),
        (
            "Talks turned on the Vorland Accord on Fisheries, which the ministers signed after lunch.",
            "Vorland Accord on Fisheries",
        ),
        ("Much was said about the Zone Charter, which the leaders then endorsed.", "Zone Charter"),
    ],
)
def test_a_document_adopted_in_an_object_relative(sentence: str, title: str) -> None:
    assert _titles(_OPENING + sentence) == [title]


def test_an_object_relative_without_an_acting_body_is_no_act() -> None:
    assert _titles(_OPENING + "Talks turned on the Vorland Treaty, which the storm delayed.") == []


# -- a collective of documents, then the titles ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders adopted or noted some forty outcome documents during the week, among them the Zone Declaration "
        "on Reefs and the Zone Declaration on Rivers.",
        "The ministers adopted a dozen texts, including the Zone Declaration on Reefs and the Zone Declaration on Rivers.",
        "The summit approved several instruments, notably the Zone Declaration on Reefs and the Zone Declaration on Rivers.",
    ],
)
def test_documents_named_after_a_collective(sentence: str) -> None:
    assert _titles(_OPENING + sentence) == ["Zone Declaration on Reefs", "Zone Declaration on Rivers"]


# -- lists: the intro's collective noun, the item's own act -------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "Three texts came out of the meeting:",
        "The leaders adopted four key deliverables:",
        "Among the outcomes of the session:",
    ],
)
def test_list_items_under_a_documents_intro(intro: str) -> None:
    text = (
        _OPENING + intro + "\n"
        "(a) the pact establishing the Union of Vorland Towns, signed by the three heads of state;\n"
        "(b) the Zone Outlook on the Northern Seas;\n"
        "(c) an agreement on customs seals was signed;\n"
    )
    found = {e["title"]: e["type"] for e in _importable(text)}
    assert found == {
        "Pact establishing the Union of Vorland Towns": "AgreementSigned",
        "Zone Outlook on the Northern Seas": "DocumentAdopted",
        "Agreement on customs seals": "AgreementSigned",
    }


# -- the meeting's final communique -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The council also issued a final communique on its deliberations.",
        "The summit ended with the adoption of the Vorland Declaration and a final communique that praised the host.",
        "At the close the leaders released a closing communique on their work.",
    ],
)
def test_the_meetings_final_communique_is_adopted(sentence: str) -> None:
    found = [e for e in _importable(_OPENING + sentence) if e["kind"] == "communique"]
    assert len(found) == 1
    assert found[0]["title"].lower().startswith(("final communique", "closing communique", "communique"))
    assert found[0]["adopted_on"] == _DAY


def test_according_to_the_final_communique_is_no_act() -> None:
    """The communique as the source of what is told, in a text that names no meeting to title it after."""
    text = (
        "VORLAND, May 14 -- The Assembly of the Xylo Yard Zone met today in Vorland.\n\n"
        "According to the final communique, the members also resolved to send a mission."
    )
    assert [e for e in _importable(text) if e["kind"] == "communique"] == []


@pytest.mark.parametrize("verb", ["read out", "issued", "released"])
def test_a_titled_declaration_read_out_or_issued(verb: str) -> None:
    text = _OPENING + f"At the close, the Secretary-General {verb} the Vorland Declaration."
    assert _titles(text) == ["Vorland Declaration"]


# -- background: an act of another time is no new document -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The founding charter of the zone, the Vorland Charter, was signed in 2001.",
        "The Zone Treaty had been adopted by the heads of state in Vorland on 16 February 2013.",
        "The alliance grew out of the Delta Charter signed in September 2023.",
    ],
)
def test_background_acts_yield_no_new_document(sentence: str) -> None:
    text = (
        "VORLAND, May 14, 2031 -- The summit of the Xylo Yard Zone was held today in Vorland.\n\n" + sentence
    )
    assert _importable(text) == []


# -- laws -------------------------------------------------------------------------------------------------

_SENTENCES = [
    "The leaders adopted a special declaration on water, soil and forests in the delta.",
    "Ministers signed the Zone Framework Agreement on Ferries (Passengers) in the presence of their leaders.",
    "The results were recorded in the Declaration of the Council of Elders, which the heads of state adopted.",
    "The council also issued a final communique on its deliberations.",
    "Leaders adopted some forty outcome documents, among them the Zone Declaration on Reefs.",
    "The founding charter of the zone, the Vorland Charter, was signed in 2001.",
    "The weather was fine and the delegates walked along the shore.",
    "The session also adopted an agreement on joint veterinary controls and a protocol amending the 2019 agreement on river pilots.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5))
def test_every_quote_is_the_text_and_every_title_is_in_its_quote(picked: list[str]) -> None:
    text = _OPENING + "\n\n".join(picked)
    for c in extract(text, "xyz", "t", published=_DAY):
        for source in [c.event.get("source", {}), *c.event.get("more_sources", [])]:
            if "start" in source:
                assert text[source["start"] : source["end"]] == source["quote"]
        if (
            c.type in _DOCS
            and c.record == "event"
            and not c.event["title"].startswith(("Final", "Communique"))
        ):
            quote = c.event["source"]["quote"].casefold()
            title = c.event["title"].casefold()
            assert title in quote or title.removeprefix("first ") in quote


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Charter", "Treaty", "Accord", "Declaration", "Protocol"]),
    st.sampled_from(["was signed in 2001", "was adopted in 1998", "had been signed in March 2009"]),
    st.lists(st.sampled_from(_SENTENCES[6:7]), max_size=2),
)
def test_background_sentences_never_yield_a_new_document(kind: str, when: str, filler: list[str]) -> None:
    text = (
        "VORLAND, May 14, 2031 -- The summit of the Xylo Yard Zone was held today in Vorland.\n\n"
        + " ".join(filler)
        + f" The Vorland {kind} {when}."
    )
    assert _importable(text) == []


# -- procedures of admission: steps and launches ------------------------------------------------------------

_COUNCIL = "VORLAND, May 14 -- The council of the Xylo Yard Zone met today in Vorland.\n\n"
_PROCEDURE = ("ProcedureLaunched", "ProcedureStepTaken", "ProcedureConcluded", "StatusGranted")


def _procedure(sentence: str, opening: str = _COUNCIL) -> list[tuple[str, str, str, str]]:
    out = []
    for c in extract(opening + sentence, "xyz", "t", published=_DAY):
        if c.type in _PROCEDURE and c.record == "event":
            e = c.event
            what = e.get("step") or e.get("status") or ""
            out.append((e["type"], e["party"], what, e.get("date") or e.get("effective")))
    return sorted(out)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade ministers unanimously approved the terms of membership of Bhutan and Palau.",
        "The conference adopted the conditions of accession for Bhutan and Palau, after long talks.",
        "Delegates endorsed the package of membership of Bhutan and Palau on the opening day.",
    ],
)
def test_terms_of_membership_approved_are_a_step_for_each_party(sentence: str) -> None:
    assert _procedure(sentence) == [
        ("ProcedureStepTaken", "BTN", "terms of membership approved", _DAY),
        ("ProcedureStepTaken", "PLW", "terms of membership approved", _DAY),
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The four members accepted Uruguay and Palau as new candidates for associate state status.",
            "associate_state",
        ),
        ("The summit recognised Uruguay and Palau as official candidates for observer status.", "observer"),
        ("The council named Uruguay and Palau as candidates for membership, and thanked the host.", "member"),
    ],
)
def test_candidates_accepted_launch_a_procedure(sentence: str, status: str) -> None:
    assert _procedure(sentence) == [
        ("ProcedureLaunched", "PLW", status, _DAY),
        ("ProcedureLaunched", "URY", status, _DAY),
    ]


@pytest.mark.parametrize(
    ("sentence", "step", "day"),
    [
        (
            "The working party on the accession of Bhutan concluded its work on Monday.",
            "accession working party concluded its work",
            "2031-05-12",
        ),
        (
            "The Parliament of Palau ratified the agreement on the country's accession to the zone on Friday.",
            "accession ratified by the party's parliament",
            "2031-05-09",
        ),
        (
            "Palau completed the last formality on Monday by accepting the Constitution of the zone.",
            "constitution accepted",
            "2031-05-12",
        ),
    ],
)
def test_a_step_of_the_party_is_dated_by_its_clause(sentence: str, step: str, day: str) -> None:
    parties = [p for _, p, _, _ in _procedure(sentence)]
    assert _procedure(sentence) == [("ProcedureStepTaken", parties[0], step, day)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the accession of Palau to the zone, which will take effect after ratification by its parliament.",
        "The council adopted a resolution that opens the way for Palau to become the zone's 12th member state.",
        "Ministers approved Palau's entry. Palau will not yet be a full member: its parliament must first ratify.",
    ],
)
def test_an_admission_on_a_condition_is_a_step_not_a_grant(sentence: str) -> None:
    found = _procedure(sentence)
    assert [t for t, *_ in found] == ["ProcedureStepTaken"]
    assert found[0][1] == "PLW"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bhutan submitted its application for membership on Tuesday.",
        "Bhutan has lodged a formal request to join the zone, officials said on Tuesday.",
        "On Tuesday Bhutan filed its bid to become a member.",
    ],
)
def test_an_application_submitted_launches_the_procedure(sentence: str) -> None:
    found = _procedure(sentence)
    assert [(t, p, s) for t, p, s, _ in found] == [("ProcedureLaunched", "BTN", "member")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Uruguay applied to join the zone on 7 April 2015.",
        "The working party on the accession of Bhutan concluded its work in March 2019.",
        "Bhutan submitted its application for membership on 2 June 2017.",
    ],
)
def test_a_procedure_act_years_before_the_text_is_background(sentence: str) -> None:
    assert _procedure(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Bhutan will submit its application for membership next year.",
        "The working party on the accession of Bhutan is expected to conclude its work in June.",
        "Ministers may approve the terms of membership of Bhutan later.",
    ],
)
def test_a_step_to_come_is_no_step(sentence: str) -> None:
    assert _procedure(sentence) == []


@pytest.mark.parametrize("heading", ["Background", "About the Xylo Yard Zone", "Notes to editors:"])
def test_a_background_section_yields_no_decision(heading: str) -> None:
    """Facts told under a heading of background are history recorded elsewhere, even when dated recently."""
    text = (
        "14 May 2031\n\nXylo Yard Zone welcomes the vote of the Parliament of Palau\n\n"
        "The Parliament of Palau ratified the agreement on the country's accession to the zone on Friday.\n\n"
        f"{heading}\n"
        "- The Protocol on the Accession of Palau to the Zone was signed on 14 October 2030 in Vorland.\n"
        "- The council approved the Zone Outlook on the Northern Seas on 2 December 2030.\n\n"
        "The zone has eleven members."
    )
    found = [
        (c.type, c.event.get("party") or c.event.get("title"))
        for c in extract(text, "xyz", "t")
        if c.record == "event" and c.type != "MeetingHeld"
    ]
    assert found == [("ProcedureStepTaken", "PLW")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the agreement on cooperation between the zone and the Delta Union. The two chairs will sign it in June.",
        "Ministers endorsed the Vorland Treaty on Ports, which is to be signed at the next summit.",
        "The council approved the draft-free Harbour Convention on Pilots; the leaders are to sign it later this year.",
    ],
)
def test_an_agreement_approved_but_still_to_be_signed_is_not_yet_a_document(sentence: str) -> None:
    assert _titles(_OPENING + sentence) == []


def test_an_agreement_signed_and_approved_at_once_is_a_document() -> None:
    assert _titles(_OPENING + "The council approved and signed the Vorland Treaty on Ports.") == [
        "Vorland Treaty on Ports"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Palau, long an observer, was the only candidate. The accession agreement was signed at the opening "
        "ceremony of a special meeting.",
        "Palau and the zone signed the accession protocol in the afternoon.",
        "Ministers signed an association agreement with Palau, the first of its kind.",
    ],
)
def test_an_accession_or_association_instrument_named_by_its_kind_is_a_document(sentence: str) -> None:
    """Named by its kind, the instrument is the one party's that the telling names."""
    found = _importable(_OPENING + sentence)
    assert [(e["type"], e["signed_on"]) for e in found] == [("AgreementSigned", _DAY)]
    assert "Palau" in found[0]["title"]
    assert re.search(r"accession|association", found[0]["title"], re.I)


def test_an_accession_agreement_of_no_named_party_is_no_document() -> None:
    assert _importable(_OPENING + "The accession agreement was signed at the opening ceremony.") == []


def test_the_countrys_entry_approved_on_a_condition_is_the_subjects_step() -> None:
    sentence = (
        "Georgia signed the protocol on its accession to the Zone Treaty today, after the council, meeting in the "
        "capital of Bosnia and Herzegovina, unanimously approved the country's entry. Georgia will not yet be a "
        "full member."
    )
    assert [(t, p) for t, p, _, _ in _procedure(sentence)] == [("ProcedureStepTaken", "GEO")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The leaders witnessed the signing of the Vorland Agreement on Ports.", "AgreementSigned"),
        ("The summit ended with the signature of the Zone Treaty on Rivers.", "AgreementSigned"),
        ("The meeting saw the approval of the Zone Action Plan on Reefs.", "DocumentAdopted"),
        ("The ministers signed off on the Zone Compact on Salt.", "AgreementSigned"),
    ],
)
def test_an_act_told_by_its_noun_names_its_document(sentence: str, kind: str) -> None:
    found = _importable(_OPENING + sentence)
    assert [e["type"] for e in found] == [kind]
    assert not found[0]["title"].lower().startswith(("of ", "the "))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council opened accession negotiations with Bhutan.",
            [("ProcedureStepTaken", "BTN", "accession negotiations opened", _DAY)],
        ),
        (
            "Ministers completed accession negotiations with Bhutan on Monday.",
            [("ProcedureStepTaken", "BTN", "accession negotiations concluded", "2031-05-12")],
        ),
        (
            "Leaders agreed to start the admission procedure for Bhutan.",
            [("ProcedureLaunched", "BTN", "member", _DAY)],
        ),
        (
            "Bhutan formally applied for membership on Monday.",
            [("ProcedureLaunched", "BTN", "member", "2031-05-12")],
        ),
        ("Bhutan has applied to join the zone.", []),  # no day: an application of another time
    ],
)
def test_negotiations_and_procedures_opened_and_concluded(
    sentence: str, expected: list[tuple[str, ...]]
) -> None:
    assert _procedure(sentence) == expected


@pytest.mark.parametrize("verb", ["adopt", "approve", "endorse"])
def test_an_act_in_the_present_names_the_document(verb: str) -> None:
    text = _OPENING + f"At the close of the summit today the leaders {verb} the Vorland Declaration on Reefs."
    assert _titles(text) == ["Vorland Declaration on Reefs"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders adopted two documents: the Vorland Declaration and the Zone Plan on Reefs.",
        "Also adopted were the Vorland Declaration and the Zone Plan on Reefs.",
        "Adopted at the summit were the Vorland Declaration and the Zone Plan on Reefs.",
    ],
)
def test_documents_after_a_colon_or_an_inverted_act(sentence: str) -> None:
    assert _titles(_OPENING + sentence) == ["Vorland Declaration", "Zone Plan on Reefs"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ('The ministers adopted a declaration entitled "Seas of Peace".', "Seas of Peace"),
        (
            "The leaders adopted a resolution titled Cooperation for Clean Rivers.",
            "Cooperation for Clean Rivers",
        ),
        ("The council approved a programme called 'Rivers Without Borders'.", "Rivers Without Borders"),
    ],
)
def test_a_document_named_by_entitled_or_called_takes_that_name(sentence: str, title: str) -> None:
    assert _titles(_OPENING + sentence) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the sidelines, Norway and Chile signed an agreement on salmon farming.",
        "Kenya and Uganda signed a memorandum of understanding on fisheries.",
        "The presidents of Kenya and Uganda also signed a bilateral agreement on border posts.",
    ],
)
def test_two_states_own_agreement_is_not_the_organizations(sentence: str) -> None:
    assert _importable(_OPENING + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "India signed the Zone Convention on Dunes.",
        "The leaders of Kenya and Uganda signed the Zone Treaty on Lakes with the other members.",
        "The member states signed the Zone Treaty on Lakes.",
    ],
)
def test_the_organizations_agreement_signed_by_members(sentence: str) -> None:
    found = _importable(_OPENING + sentence)
    assert [e["type"] for e in found] == ["AgreementSigned"]
    assert found[0]["title"] in ("Zone Convention on Dunes", "Zone Treaty on Lakes")


def test_a_conditional_admission_leaves_another_partys_grant() -> None:
    sentence = (
        "The council approved the accession of Palau, which will take effect after ratification by its parliament. "
        "It also granted Bhutan observer status."
    )
    found = _procedure(sentence)
    assert ("ProcedureStepTaken", "PLW") in [(t, p) for t, p, _, _ in found]
    assert ("StatusGranted", "BTN", "observer", _DAY) in found
    assert all(p != "PLW" for t, p, _, _ in found if t == "StatusGranted")


@pytest.mark.parametrize(
    "sentence",
    [
        "On the sidelines, the foreign minister of Norway and the XYZ Secretary General signed an agreement on "
        "Norway hosting the secretariat of the zone.",
        "On the margins of the summit, Chile and the organization signed an agreement on a liaison office.",
        "Separately, the Secretary-General and Kenya signed a host country agreement on the regional centre.",
    ],
)
def test_an_agreement_with_the_organization_on_the_sidelines_is_its_own(sentence: str) -> None:
    assert [e["type"] for e in _importable(_OPENING + sentence)] == ["AgreementSigned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders discussed regional issues and outlook of the future development of the zone.",
        "Delegates saw signs of a framework for talks on the rivers.",
        "The ministers exchanged views on the vision of the zone for the next decade.",
    ],
)
def test_common_nouns_without_an_act_are_no_documents(sentence: str) -> None:
    assert _importable(_OPENING + sentence) == []


def test_a_report_delivered_by_an_organ_and_approved_is_the_chronicles_document() -> None:
    """The chronicle records its organs' reports heard and approved at the meeting ("delivered by")."""
    text = (
        _OPENING
        + "The leaders heard and approved the report on the work of the zone delivered by the Secretary-General."
    )
    assert _titles(text) == ["Report on the work of the zone delivered by the Secretary-General"]


def test_the_organizations_own_name_inside_a_title_is_no_other_organization() -> None:
    text = (
        "VORLAND, May 14 -- The summit of the Xylo Yard Zone Organization was held today in Vorland.\n\n"
        "The leaders adopted the Declaration of the Heads of State of the Xylo Yard Zone Organization on Lasting Peace."
    )
    found = [c.event["title"] for c in extract(text, "xyzo", "t", published=_DAY) if c.type in _DOCS]
    assert found == ["Declaration of the Heads of State of the Xylo Yard Zone Organization on Lasting Peace"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders recalled that the 2015 Vorland Declaration was adopted by their predecessors.",
        "Ministers praised the 2019 Zone Treaty on Ports, which the founders signed.",
        "The council approved the 2012 Zone Charter as its guide.",
    ],
)
def test_a_document_named_with_an_old_year_is_background(sentence: str) -> None:
    text = (
        "VORLAND, May 14, 2031 -- The summit of the Xylo Yard Zone was held today in Vorland.\n\n" + sentence
    )
    assert _importable(text) == []


_UNRELATED = [
    "The weather was fine and the delegates walked along the shore.",
    "Security was tight around the conference centre.",
    "Local schools were closed for the day.",
    "Several hundred journalists covered the meeting.",
]


@settings(max_examples=30, deadline=None)
@given(st.permutations(_UNRELATED), st.integers(min_value=0, max_value=4))
def test_unrelated_sentences_do_not_change_the_documents(order: list[str], at: int) -> None:
    act = "The leaders adopted a special declaration on water, soil and forests in the delta and signed the Zone Accord on Salt."
    sentences = list(order)
    sentences.insert(at, act)
    found = sorted((e["type"], e["title"]) for e in _importable(_OPENING + " ".join(sentences)))
    assert found == [
        ("AgreementSigned", "Zone Accord on Salt"),
        ("DocumentAdopted", "Special declaration on water, soil and forests in the delta"),
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Palau ratified the accession protocol on Monday.", "2031-05-12"),
        ("Palau has ratified the protocol on its accession to the zone.", _DAY),
        ("Palau formally ratified its accession treaty, the foreign ministry said.", _DAY),
    ],
)
def test_a_party_ratifying_its_accession_instrument_is_a_step(sentence: str, day: str) -> None:
    assert _procedure(sentence) == [("ProcedureStepTaken", "PLW", "accession ratified", day)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders welcomed the signing of the Vorland Peace Agreement between the government and the rebels.",
        "The council hailed the adoption of the Global Compact on Oceans by the United Nations.",
        "Ministers called for the conclusion of the Zone Treaty on Ports by the end of the year.",
        "The leaders noted the approval of the Delta Plan on Rivers by the World Bank.",
    ],
)
def test_an_act_welcomed_or_called_for_is_anothers_or_to_come(sentence: str) -> None:
    assert _importable(_OPENING + sentence) == []
