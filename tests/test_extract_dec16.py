"""Fourteenth session, dec16: status words read against the organization's ladder; decisions by class.

The sentences are the tests' own (no third-party text). The ladder tests run
``igo extract`` against a real store (``igo found``, ``igo reform``), as a user
would: the store's ladder decides which status a word names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import igo
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.ladder import on_ladder

SRC = ["--document", "charter", "--quote", "The parties establish the Zone."]


def grants(store: Path, text: str, tmp_path: Path, *more: str) -> list[tuple[str, str]]:
    """(party, status) of every StatusGranted event ``igo extract`` gives for ``text``."""
    path = tmp_path / "report.txt"
    path.write_text(text, "utf-8")
    rows = [
        json.loads(line)
        for line in igo(store, "extract", str(path), "--org", "xyz", *more).stdout.splitlines()
    ]
    return [
        (r["event"]["party"], r["event"]["status"])
        for r in rows
        if r["record"] == "event" and r["event"]["type"] == "StatusGranted"
    ]


def founded(tmp_path: Path, statuses: str) -> Path:
    store = tmp_path / "s.sqlite"
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2001-01-01", "--statuses", statuses,
        "--body", "council-of-ministers=Council of Ministers", *SRC)  # fmt: skip
    return store


PARTNER = (
    "Oslo, 3 March 2024 - The Council of Ministers of the Xylo Yard Zone met in Oslo on 3 March 2024. "
    "The Council decided to grant Iceland the status of partner."
)
PARTNER_STATES = (
    "Bergen, 9 May 2024 - Ministers of the Xylo Yard Zone gathered in Bergen on 9 May 2024 for the Council of "
    "Ministers. Iceland and Ireland were admitted as partner states of the Zone."
)
ASSOCIATE = (
    "Oslo, 3 March 2024 - The Council of Ministers of the Xylo Yard Zone met in Oslo on 3 March 2024. "
    "The Council admitted Iceland as an associate member."
)


# ---- the rule, word against ladder ----


@pytest.mark.parametrize(
    ("word", "ladder", "expected"),
    [
        ("partner", ["member", "partner_country"], "partner_country"),  # the BRICS case
        ("partner_country", ["member", "observer", "partner"], "partner"),  # the other way round
        ("dialogue_partner", ["member", "observer", "dialogue_partner"], "dialogue_partner"),
        ("observer", ["member_state", "observer_state"], "observer_state"),
        ("member", ["member_state", "associate_member"], "member_state"),  # same telling words first
        ("partner", ["member", "dialogue_partner"], "dialogue_partner"),  # the one status it can name
        ("partner", ["member", "dialogue_partner", "sectoral_partner"], None),  # two: no guess
        ("associate_member", ["member", "observer"], None),  # more words than any status
        ("observer", ["member", "partner"], None),  # names none
        ("member", ["member", "associate_member"], "member"),  # the ladder's own word wins
    ],
)
def test_a_word_names_the_one_status_of_the_ladder(
    word: str, ladder: list[str], expected: str | None
) -> None:
    assert on_ladder(word, ladder) == expected


STATUSES = ["member", "observer", "partner", "dialogue_partner", "partner_country", "associate_member"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(STATUSES), unique=True, min_size=1),
    st.sampled_from(["member", "observer", "partner", "dialogue_partner", "associate_member", "guest"]),
)
def test_the_status_named_is_always_one_of_the_ladder(ladder: list[str], word: str) -> None:
    found = on_ladder(word, ladder)
    assert found is None or found in ladder
    if word in ladder:
        assert found == word


# ---- through igo extract with a store ----


def test_the_store_ladder_turns_partner_into_partner_country(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,partner_country")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner_country")]
    assert grants(store, PARTNER_STATES, tmp_path) == [("ISL", "partner_country"), ("IRL", "partner_country")]
    # and the decision applies: the status is the ladder's
    igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply")


def test_without_the_word_in_the_ladder_the_words_stay_and_apply_refuses(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,partner_country")
    assert grants(store, ASSOCIATE, tmp_path) == [("ISL", "associate_member")]
    out = igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply", code=1)
    assert "'associate_member' is not a status of 'xyz'" in out.stderr


def test_a_ladder_with_the_word_keeps_it(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,partner,partner_country")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner")]


def test_two_statuses_the_word_could_name_leave_it_as_written(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,dialogue_partner,sectoral_partner")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner")]


def test_the_ladder_in_force_on_the_decision_day_is_the_one_read(tmp_path: Path) -> None:
    """Before the reform that merges dialogue partners into partners, 'partner' names dialogue_partner;
    from the reform on, the ladder has partner itself."""
    store = founded(tmp_path, "member,observer,dialogue_partner")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "dialogue_partner")]
    igo(store, "reform", "xyz", "--on", "2024-01-01", "--merge", "partner=observer,dialogue_partner", *SRC)
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner")]


def test_an_old_status_name_is_read_as_the_status_a_reform_merged_it_into(tmp_path: Path) -> None:
    """After the reform that merged dialogue partners into partners, a text that still says "dialogue
    partner" grants the partner status (the SCO's texts after its reform of 2025 do so); before the reform
    the word keeps its own status."""
    store = founded(tmp_path, "member,observer,dialogue_partner")
    igo(store, "reform", "xyz", "--on", "2024-01-01", "--merge", "partner=observer,dialogue_partner", *SRC)
    dialogue = PARTNER.replace("status of partner", "status of dialogue partner")
    assert grants(store, dialogue, tmp_path) == [("ISL", "partner")]
    assert grants(store, dialogue.replace("2024", "2023"), tmp_path) == [("ISL", "dialogue_partner")]
    igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply")


def test_without_a_store_the_words_stay() -> None:
    found = extract(PARTNER, "xyz", "d")
    assert [(c.event["party"], c.event["status"]) for c in found if c.type == "StatusGranted"] == [
        ("ISL", "partner")
    ]
    mapped = extract(PARTNER, "xyz", "d", ladder=lambda day: ["member", "partner_country"])
    granted = [c for c in mapped if c.type == "StatusGranted"]
    assert [c.event["status"] for c in granted] == ["partner_country"]
    assert "partner_country" in granted[0].event["note"]
    src = granted[0].event["source"]
    assert PARTNER[src["start"] : src["end"]] == src["quote"]


# ---- the meeting's own outcome document, named by no title ----

SITTING = (
    "Oslo, 3 March 2024 - The foreign ministers of the Xylo Yard Zone met in Oslo on 3 March 2024 for the 12th "
    "meeting of the Council of Foreign Ministers. "
)


def documents_of(sentence: str) -> list[tuple[str, str]]:
    text = SITTING + sentence
    out = []
    for c in extract(text, "xyz", "d"):
        if c.type in ("DocumentAdopted", "AgreementSigned"):
            src = c.event["source"]
            assert text[src["start"] : src["end"]] == src["quote"]
            out.append((c.record, str(c.event["title"])))
    return out


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "At the end of the talks the ministers signed a joint declaration.",
            "Joint declaration of the meeting",
        ),
        (
            "The ministers put their signatures to a joint communique of the meeting.",
            "Joint communique of the",
        ),
        ("The ministers passed a communique after the meeting.", "Communique of the"),
        ("A joint declaration was adopted at the close of the sitting.", "Joint declaration of the meeting"),
    ],
)
def test_the_meetings_own_untitled_outcome_is_titled_after_the_meeting(sentence: str, words: str) -> None:
    found = documents_of(sentence)
    assert len(found) == 1 and found[0][0] == "event" and found[0][1].startswith(words)
    assert "Council of Foreign Ministers" in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers hope to sign a joint declaration next year.",  # not yet
        "The ministers did not adopt a joint declaration.",  # not done
        # a statement with no word that makes it the sitting's own (joint, ministerial, ...) names no outcome
        # (the sitting's own joint statement is a document since the golds of set 25 on: test_extract_doc24)
        "The ministers adopted a statement.",
        "The ministers discussed the joint communique of the previous meeting.",  # no act
    ],
)
def test_no_outcome_document_without_the_act(sentence: str) -> None:
    assert documents_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The ministers issued a joint declaration on maritime safety.",
            "Joint declaration on maritime safety",
        ),
        (
            "The two groups signed a joint declaration with a plan to ease trade.",
            "Joint declaration with a plan to ease trade",
        ),
    ],
)
def test_a_joint_declaration_with_a_subject_of_its_own_keeps_its_own_title(sentence: str, title: str) -> None:
    assert [t for _, t in documents_of(sentence)] == [title]


# ---- a council's act named by its kind and its subject: a decision declaring/naming, an order, an instruction ----


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The ministers adopted a decision declaring 2026 the Year of Science in the Zone.",
            "Decision declaring 2026 the Year of Science in the Zone",
        ),
        (
            "The ministers signed a decision naming Bergen the cultural capital of the Zone for 2025.",
            "Decision naming Bergen the cultural capital of the Zone for 2025",
        ),
        (
            "The ministers approved an order on a roadmap to expand cooperation in shipbuilding.",
            "Order on a roadmap to expand cooperation in shipbuilding",
        ),
        (
            "The ministers signed an instruction on the participation of Iceland in joint projects.",
            "Instruction on the participation of Iceland in joint projects",
        ),
        (
            "The meeting approved the work plans of the secretariat for the following year.",
            "Work plans of the secretariat for the following year",
        ),
    ],
)
def test_an_act_named_by_its_kind_and_subject_is_a_document(sentence: str, title: str) -> None:
    assert documents_of(sentence) == [("event", title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers took steps in order to strengthen cooperation.",  # "order" is a common word
        "The ministers adopted measures in order to improve trade.",
        "The ministers adopted a decision granting Iceland observer status.",  # a status, not a document
        "The ministers will adopt an order on the budget in May.",  # not yet
        "The ministers discussed a draft decision declaring 2027 the Year of Youth.",  # no act
    ],
)
def test_no_act_document_from_a_common_word_or_a_status_or_a_plan(sentence: str) -> None:
    assert documents_of(sentence) == []


# ---- a document named later as one of a group the text told adopted ----


def test_a_document_named_by_the_groups_noun_sentences_after_the_group() -> None:
    found = documents_of(
        "Several documents on trade were approved during the session. The ministers also discussed the weather. "
        "Among the documents was the Agreement on Cooperation in Shipbuilding. It deals with ships. "
        "Another key document was the Concept for the Harmonization of Fisheries Rules."
    )
    assert [t for _, t in found] == [
        "Agreement on Cooperation in Shipbuilding",
        "Concept for the Harmonization of Fisheries Rules",
    ]


def test_these_documents_name_the_group_of_the_sentence_before() -> None:
    found = documents_of(
        "The ministers signed eleven documents. These documents include the Programme of Cooperation in Culture "
        "for 2025-2027 and the Regulation on the Secretariat."
    )
    assert [t for _, t in found] == [
        "Programme of Cooperation in Culture for 2025-2027",
        "Regulation on the Secretariat",
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        "The ministers discussed the weather. Among the documents was the Agreement on Cooperation in Shipbuilding.",
        "The ministers will sign several documents in May. Among the documents is the Agreement on Shipbuilding.",
    ],
)
def test_no_group_told_adopted_no_document_named_from_it(sentences: str) -> None:
    assert documents_of(sentences) == []


def test_a_joint_declaration_the_text_titles_is_that_one_only() -> None:
    found = documents_of(
        "The ministers issued a joint declaration, the Oslo Declaration of the Twelfth Meeting."
    )
    assert [t for _, t in found] == ["Oslo Declaration of the Twelfth Meeting"]


def test_a_passive_group_with_a_long_subject_is_a_group_told_adopted() -> None:
    found = documents_of(
        "During the session, several documents aimed at strengthening cooperation within the Zone were approved. "
        "Among the documents was the Agreement on Cooperation in Shipbuilding."
    )
    assert [t for _, t in found] == ["Agreement on Cooperation in Shipbuilding"]
    discussed = documents_of(
        "Several documents aimed at strengthening cooperation within the Zone were discussed. "
        "Among the documents was the Agreement on Cooperation in Shipbuilding."
    )
    assert discussed == []
