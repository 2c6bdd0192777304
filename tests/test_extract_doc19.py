"""Documents of ``igo extract`` (seventeenth-session fixer doc19): several documents in one sentence told the
ways many organizations' pages word them: a plural kind whose subjects follow the passive verb ("statements
were adopted on A, on B, as well as on C"), a plural kind listed after a titled document ("the X Declaration
and resolutions on A and on B"), a document given its name ("a statement entitled X", "a joint declaration
titled "X""). Every sentence is invented for the test (invented organization, places and subjects): no
sentence of a real text or of a held-out set."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from tests.extract_run import DOC_DAY, DOC_OPENING, DOC_TYPES, doc_events, doc_titles

_OPENING, _DAY, _DOCS = DOC_OPENING, DOC_DAY, DOC_TYPES
_events, _titles = doc_events, doc_titles


# -- a plural kind, the passive verb, then its subjects each with "on" -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "In particular, resolutions were passed on the grain reserve and on the river authority.",
            ["Resolution on the grain reserve", "Resolution on the river authority"],
        ),
        (
            "Statements were adopted on regional security, on the fight against smuggling and on the river dispute.",
            [
                "Statement on regional security",
                "Statement on the fight against smuggling",
                "Statement on the river dispute",
            ],
        ),
        (
            "Joint statements were also adopted on food security, as well as on the 30th anniversary of the Zone.",
            ["Statement on food security", "Statement on the 30th anniversary of the Zone"],
        ),
        (
            "Decisions were approved on the budget for 2032 and on the staff rules of the secretariat.",
            ["Decision on the budget for 2032", "Decision on the staff rules of the secretariat"],
        ),
    ],
)
def test_plural_kind_with_subjects_after_the_passive_is_one_document_each(
    sentence: str, titles: list[str]
) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Statements were adopted on Friday by the ministers of the member states.",  # a day, no subject
        "Resolutions were passed on 12 May at the plenary.",
        "Draft statements were approved on regional security and on the river dispute for the heads of state.",
        "Decisions were adopted to strengthen the river authority and to widen the grain reserve.",  # no "on"
    ],
)
def test_plural_passive_without_subjects_or_of_drafts_is_no_document(sentence: str) -> None:
    assert _titles(sentence) == []


# -- a plural kind with its subjects, listed after a titled document --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The Assembly adopted the Vorland Declaration and resolutions on river transport and on seed banks.",
            ["Resolution on river transport", "Resolution on seed banks", "Vorland Declaration"],
        ),
        (
            "The leaders adopted the Vorland Declaration as well as decisions on river transport, on seed banks"
            " and on fisheries.",
            [
                "Decision on fisheries",
                "Decision on river transport",
                "Decision on seed banks",
                "Vorland Declaration",
            ],
        ),
        (
            "The ministers approved the Zone Action Plan and two statements on coastal safety and on migrant"
            " workers.",
            ["Statement on coastal safety", "Statement on migrant workers", "Zone Action Plan"],
        ),
    ],
)
def test_plural_kind_after_a_title_is_one_document_per_subject(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


def test_plural_kind_after_a_title_with_one_on_stays_untitled() -> None:
    # one "on" for two subjects may be one text or two: only the titled document is named
    assert _titles(
        "The Assembly adopted the Vorland Declaration and resolutions on river transport and seed banks."
    ) == ["Vorland Declaration"]


# -- a document given its name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The ministers adopted a statement entitled Vision for the Uplands, setting out their shared outlook.",
            ["Vision for the Uplands"],
        ),
        ("The ministers adopted a joint statement titled Partners in Growth.", ["Partners in Growth"]),
        (
            'At the formal session the ministers signed a joint declaration titled "Working Together, Growing'
            ' Together" and issued a joint statement on coastal safety.',
            ["Joint statement on coastal safety", "Working Together, Growing Together"],
        ),
        ('The summit adopted a declaration called "Harbour of Hope" on its last day.', ["Harbour of Hope"]),
    ],
)
def test_a_document_named_is_titled_by_its_name(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


def test_a_named_document_still_to_come_is_no_document() -> None:
    assert _titles("The leaders will adopt a statement entitled Vision for the Uplands next year.") == []


# -- laws ------------------------------------------------------------------------------------------------

_KINDS = st.sampled_from(["statements", "resolutions", "decisions", "declarations"])
_SUBJECTS = st.lists(
    st.sampled_from(
        ["river transport", "seed banks", "the grain reserve", "coastal safety", "migrant workers"]
    ),
    min_size=2,
    max_size=4,
    unique=True,
)


@settings(max_examples=25, deadline=None)
@given(_KINDS, _SUBJECTS)
def test_passive_plural_gives_one_document_per_subject_and_quotes_hold(
    kind: str, subjects: list[str]
) -> None:
    told = ", ".join(f"on {s}" for s in subjects[:-1]) + f" and on {subjects[-1]}"
    sentence = f"{kind.capitalize()} were adopted {told}."
    text = _OPENING + sentence
    cands = [c for c in extract(text, "xyz", "t", published=_DAY) if c.type in _DOCS and c.record == "event"]
    assert len(cands) == len(subjects)
    for c in cands:
        src = c.event["source"]
        assert text[src["start"] : src["end"]] == src["quote"]


# -- a council's decision taken, named by its subject ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The ministers took a decision on the implementation of the grain agreement.",
            ["Decision on the implementation of the grain agreement"],
        ),
        (
            "The council took the Decision on the establishment of a Joint Grain Commission and the Decision on"
            " the approval of the Zone budget.",
            [
                "Decision on the approval of the Zone budget",
                "Decision on the establishment of a Joint Grain Commission",
            ],
        ),
        (
            "A far-reaching decision on financing the Zone, was taken by the heads of state in a closed session.",
            ["Decision on financing the Zone"],
        ),
        (
            "The decisions on the grain reserve and on the river authority were taken unanimously.",
            ["Decision on the grain reserve", "Decision on the river authority"],
        ),
    ],
)
def test_a_decision_taken_on_a_subject_is_a_document(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers took a decision to widen the grain reserve.",  # an act, no document named
        # "made a decision on X" tells the act as often as a document (a decision on a centre, with no body named)
        "The leaders also made a decision on a Zone Crisis Centre, which would let members share information.",
        "The meeting took a number of decisions related to the air defence of the Zone.",
        "The council took a decision on the admission of Ruritania as an observer.",  # a status, not a document
        "A decision on financing the Zone will be taken at the next summit.",
        "No decision on financing the Zone was taken.",
        "Ministers took the floor on the situation in the region.",
    ],
)
def test_a_decision_to_act_or_still_to_come_is_no_document(sentence: str) -> None:
    assert _titles(sentence) == []


# -- a lowercase title whose complement starts with "in" -------------------------------------------------


def test_a_concept_in_a_field_is_titled_and_the_list_goes_on() -> None:
    sentence = (
        "The heads of government also approved the cooperation concept in science and technology and the concept"
        " of digital transformation of the chemical industry, as well as action plans for their implementation."
    )
    assert _titles(sentence) == [
        "Concept of digital transformation of the chemical industry",
        "Cooperation concept in science and technology",
    ]


def test_how_a_document_was_approved_is_no_part_of_a_title() -> None:
    # "in principle": the manner of the approval; what is left ("new strategy") names no document
    assert _titles("The heads of government approved the new strategy in principle.") == []


# -- the day of a document named inside another's title is not the day of the act -----------------------


def test_a_day_that_names_a_document_does_not_date_the_act() -> None:
    text = (
        "VORLAND, May 14, 2031 -- The summit of the Xylo Yard Zone was held on May 12 in Vorland.\n\n"
        "The leaders adopted a statement on the river, and approved the Protocol amending the grain agreement"
        " of May 9, 2031."
    )
    days = {
        c.event["title"]: c.event["adopted_on"]
        for c in extract(text, "xyz", "t")
        if c.type == "DocumentAdopted" and c.record == "event"
    }
    assert days == {
        "Statement on the river": "2031-05-12",
        "Protocol amending the grain agreement of May 9, 2031": "2031-05-12",
    }


# -- a council's acts titled "On ..." in a prose list cut by semicolons ---------------------------------


def test_acts_titled_on_cut_by_semicolons_are_one_document_each() -> None:
    sentence = (
        "A package of documents was signed at the summit. The documents include resolutions On the Concept for"
        " the Development of the Zone; On the Fisheries Fund; On the Concept of Military Cooperation until 2035;"
        " as well as decisions on joint statements on the 10th anniversary of the Zone and on food security."
    )
    assert _titles(sentence) == [
        "On the Concept for the Development of the Zone",
        "On the Concept of Military Cooperation until 2035",
        "On the Fisheries Fund",
        "Statement on food security",
        "Statement on the 10th anniversary of the Zone",
    ]


def test_decisions_on_joint_statements_name_the_statements() -> None:
    assert _titles(
        "The council adopted decisions on joint statements on the river dispute and on migrant workers."
    ) == ["Statement on migrant workers", "Statement on the river dispute"]


def test_subjects_cut_by_semicolons_without_on_titles_stay_one() -> None:
    # a lowercase "on" after a semicolon is no council title: the list is not cut there
    assert _titles("The council adopted statements on river safety; on fisheries.") == []


# -- one document told by its kind, the passive, then its subject ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "In addition, an agreement was signed on the Joint Grain Unit of the Zone and a decision on the Zone"
            " Programme of Cooperation to Strengthen Border Security for 2032-2036.",
            [
                "Agreement on the Joint Grain Unit of the Zone",
                "Decision on the Zone Programme of Cooperation to Strengthen Border Security for 2032-2036",
            ],
        ),
        (
            "A joint statement was adopted on the situation in the river basin.",
            ["Joint statement on the situation in the river basin"],
        ),
        (
            "A memorandum was signed on cooperation in customs matters.",
            ["Memorandum on cooperation in customs matters"],
        ),
    ],
)
def test_a_kind_then_the_passive_then_its_subject_is_a_document(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "A resolution was passed on Friday by the assembly.",  # a day after "on"
        "An agreement was signed on the sidelines by Ruritania and Borduria.",  # where, not a subject
        "An agreement will be signed on the grain reserve.",  # still to come
        "A draft memorandum was approved on cooperation in customs matters.",
    ],
)
def test_a_kind_then_the_passive_without_a_subject_is_no_document(sentence: str) -> None:
    assert _titles(sentence) == []


# -- the organization's own abbreviation that also names a territory; a possessive deep in a title -------


def test_the_organizations_own_abbreviation_is_no_party_a_decision_is_about() -> None:
    text = (
        "KYIV, 2 December 2031 -- The Council of Ministers for Foreign Affairs of GUAM held its meeting today in"
        " Kyiv.\n\nThe Council took the Decision on the adoption of the Plans of interaction of the GUAM member"
        " states for 2032-2033 and the Decision on the establishment of a Joint Commission on forecasting storms"
        " and limiting their damage."
    )
    titles = sorted(
        c.event["title"]
        for c in extract(text, "guam", "t")
        if c.type == "DocumentAdopted" and c.record == "event"
    )
    assert titles == [
        "Decision on the adoption of the Plans of interaction of the GUAM member states for 2032-2033",
        "Decision on the establishment of a Joint Commission on forecasting storms and limiting their damage",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit approved the treaty on its enlargement.",  # a possessive at the head describes
        "The leaders adopted the Action Plan on its Implementation.",
        # deep and lowercase, not after a gerund: still a description ("after their border clashes")
        "The leaders signed the peace agreement on the river boundary after their border clashes.",
    ],
)
def test_a_possessive_that_describes_is_no_title(sentence: str) -> None:
    assert _titles(sentence) == []


def test_a_possessive_in_a_titles_own_words_is_kept() -> None:
    sentence = (
        "The leaders approved the Concept for the Growth of the Zone and the Programme of Priority Actions for its"
        " Implementation."
    )
    assert _titles(sentence) == [
        "Concept for the Growth of the Zone",
        "Programme of Priority Actions for its Implementation",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit welcomed Norway and Sweden, and the leaders witnessed the Peace Agreement between"
        " Norway and Sweden on the river boundary.",
        "The Peace Agreement between Norway and Sweden was signed at the summit.",
    ],
)
def test_a_document_between_two_states_is_theirs(sentence: str) -> None:
    assert _titles(sentence) == []


def test_a_document_between_the_organization_and_a_state_is_kept() -> None:
    assert _titles("The summit approved the Agreement between the Zone and Norway on river transport.") == [
        "Agreement between the Zone and Norway on river transport"
    ]


# -- a group of texts adopted, then named: a plural kind with its subjects among the names ---------------


def test_a_plural_kind_among_the_texts_a_group_names_is_one_document_per_subject() -> None:
    sentence = (
        "Other texts adopted during the session included the Harbour Declaration and resolutions on river"
        " transport, on seed banks and on coastal fisheries."
    )
    assert _titles(sentence) == [
        "Harbour Declaration",
        "Resolution on coastal fisheries",
        "Resolution on river transport",
        "Resolution on seed banks",
    ]


def test_a_kind_passive_with_its_authors_then_its_subject() -> None:
    sentence = (
        "At the meeting, a statement was adopted by the heads of government of the Zone member states on the"
        " prospects for cultural cooperation."
    )
    assert _titles(sentence) == [
        "Statement by the heads of government of the Zone member states on the prospects for cultural cooperation"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "An agreement was signed by the ministers on Friday.",  # authors, then a day
        "An agreement was signed by Ruritania and Norway on river transport.",  # two states sign, no authors
    ],
)
def test_a_kind_passive_with_a_day_or_two_signatories_is_no_document(sentence: str) -> None:
    assert _titles(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The council approved the Concept of River Cooperation for the period up to 2040, along with a plan of"
            " main activities to put it into practice.",
            ["Concept of River Cooperation for the period up to 2040"],
        ),
        (
            "The leaders signed the Vorland Programme and the Plan of concrete measures to carry it out.",
            ["Vorland Programme"],
        ),
    ],
)
def test_a_document_told_by_a_pronoun_for_another_is_no_title(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


# -- a communique titled by its authors ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "At the close of the sitting the heads of delegation signed a joint communique of the defence ministers"
            " along with several other documents.",
            ["Joint communique of the defence ministers"],
        ),
        (
            "The heads of government adopted the communique of the heads of government of the member states.",
            ["Communique of the heads of government of the member states"],
        ),
    ],
)
def test_a_communique_of_its_authors_is_titled_by_them(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders adopted a joint communique on the results of the talks.",  # untitled, see ``untitled``
        "The leaders adopted a joint communique of the leaders of Norway and Sweden.",  # two states' own
    ],
)
def test_a_communique_without_authors_or_of_two_states_is_not_titled_so(sentence: str) -> None:
    assert "Joint communique on the results of the talks" not in _titles(sentence)
    assert not any("Norway" in t for t in _titles(sentence))


# -- a document named in apposition to "a document" ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The joint meeting signed another key document - the programme of talks between the ministries on"
            " trade, transport and energy.",
            ["Programme of talks between the ministries on trade, transport and energy"],
        ),
        (
            "The ministers adopted another important document, the Plan of Consultations on Foreign Policy for 2032.",
            ["Plan of Consultations on Foreign Policy for 2032"],
        ),
        (
            "Another adopted document – the Zone Cooperation Agreement on Joint Activities in Outer Space – aims to"
            " strengthen the legal framework.",
            ["Zone Cooperation Agreement on Joint Activities in Outer Space"],
        ),
        (
            "The leaders signed a key document: the Vorland Charter of the Zone.",
            ["Vorland Charter of the Zone"],
        ),
    ],
)
def test_a_document_named_in_apposition_is_titled_by_the_name(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders will sign another document, the Vorland Charter of the Zone.",  # still to come
        "The ministers discussed a document - the draft plan of consultations.",  # no act of adoption
    ],
)
def test_a_document_in_apposition_without_an_act_is_no_document(sentence: str) -> None:
    assert _titles(sentence) == []
