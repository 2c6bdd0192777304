"""Twenty-second session, doc22: documents named in lower case by a pronoun after a plural kind.

The sentences are the tests' own (no third-party text). A plural document noun after an act gives the kind of
the items that follow it, each named only by a pronoun and its subject ("one on A, another on B"); what must
not be read: a list after no act, an act to come, an act of long ago, the items of another body.
"""

from __future__ import annotations

import pytest
from extract_run import lede_documents

documents = lede_documents


def titles(text: str) -> list[str]:
    return [e["title"] for e in documents(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ministers adopted three resolutions: one on water security, one on the protection of migrants "
            "and one on youth employment.",
            [
                "Resolution on water security",
                "Resolution on the protection of migrants",
                "Resolution on youth employment",
            ],
        ),
        (
            "The council approved two declarations, one on the digital economy and another on regional transport.",
            ["Declaration on the digital economy", "Declaration on regional transport"],
        ),
        (
            "Before leaving, the leaders adopted three joint statements: one on digital trade, one on the creation "
            "of a youth fund, and one on fighting piracy in the region.",
            [
                "Joint statement on digital trade",
                "Joint statement on the creation of a youth fund",
                "Joint statement on fighting piracy in the region",
            ],
        ),
        (
            'The assembly passed several resolutions, including one titled "Water for All", and another on '
            "coastal fisheries that asks for a common register.",
            ["Water for All", "Resolution on coastal fisheries"],
        ),
        (
            "The ministers also endorsed two special declarations - one condemning piracy and the other "
            "supporting the island states.",
            ["Special declaration condemning piracy", "Special declaration supporting the island states"],
        ),
    ],
)
def test_items_told_by_a_pronoun_take_the_plural_kind(text: str, want: list[str]) -> None:
    assert titles(text) == want


def test_signed_items_are_agreements_signed() -> None:
    found = documents("The heads of state signed several agreements, including one on visa-free travel.")
    assert [(e["type"], e["title"], e["signed_on"]) for e in found] == [
        ("AgreementSigned", "Agreement on visa-free travel", "2024-03-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no act: discussed, up for consideration, no consensus
        "The leaders discussed several agreements, including one on trade and another on transit.",
        "Three agreements are up for consideration as well: one on customs seals and one on audits.",
        "The ministers could not agree on two protocols: one on fisheries and another on tourism.",
        # an act to come
        "The ministers will sign two protocols, one on fisheries and another on tourism.",
        # an act of long ago
        "In 1998 the ministers signed two protocols, one on fisheries and another on tourism.",
        # a pronoun that names no subject
        "The leaders adopted two statements, one of which was drafted by Norway.",
        # a generic plural gives no kind
        "The leaders signed four documents, among them one on customs and another on border patrols.",
    ],
)
def test_what_is_no_document_adopted_there(text: str) -> None:
    assert titles(text) == []
