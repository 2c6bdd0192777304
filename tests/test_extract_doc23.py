"""Twenty-first session, fixer doc23: a communique cited as the source of what a text reports is no act on it.

The sentences are the tests' own (no third-party text). A sentence that opens by citing the sitting's
communique ("In the communique released at the end of the session, the leaders welcomed ...", "According to
the joint communique issued after the talks, ...") reports what the communique says, not that the sitting
adopted it: no DocumentAdopted from that sentence. A communique the opening tells adopted or signed ("In a
communique adopted at the close, ...", "In their joint communique, signed at the end of the meeting, ..."), or
one another sentence tells issued, stays.
"""

from __future__ import annotations

import pytest
from extract_run import lede_documents

documents = lede_documents


@pytest.mark.parametrize(
    "text",
    [
        "According to the joint communique released after the talks, the premiers agreed to widen trade in grain.",
        "In the communique released at the end of the session, the leaders welcomed the new electoral calendar.",
        "In the final communique read out by the host's foreign minister, the summit called for calm in the north.",
        "In its communique the summit then called for a ceasefire along the border.",
        "In the communique, the leaders pledged support to the fishing towns hit by the storm.",
        "According to the final communique issued once the meeting was over, the members will meet again in May.",
        "Under the joint communique, the chair of the summit was asked to write to the applicant state.",
        "In a communique published late on Sunday, the council condemned the seizure of power.",
    ],
)
def test_a_communique_cited_as_a_source_is_no_act(text: str) -> None:
    assert documents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the opening tells the act
        "In their joint communique, signed at the end of the meeting, the heads of delegation praised the chair.",
        # another sentence tells the act, the cited one then says what it holds
        "The leaders issued a communique. In the communique, the leaders pledged support to the region.",
        "The summit closed with a final communique. In the communique, the leaders called for calm.",
        "At the end of the meeting the leaders released a joint communique.",
        # a declaration cited so is the meeting's adopted text, as before
        "In the declaration, the leaders pledged support to the region.",
    ],
)
def test_a_communique_acted_on_stays(text: str) -> None:
    found = documents(text)
    assert len(found) == 1, found
    assert found[0]["type"] == "DocumentAdopted"
