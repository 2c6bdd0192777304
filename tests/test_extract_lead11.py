"""The lead's tests of the eleventh session (issue 14): another organization's ministers' meeting is never this
one's.

The property test of the ninth session (test_extract_orgbodies9) draws one body of one organization and reads a
sentence about it for another; it failed now and then, for the three foreign ministers' meetings whose names
carry no body noun ("the CICA Meeting of Ministers of Foreign Affairs" read for BRICS became BRICS's foreign
ministers' meeting). These cases run every time. All sentences here are written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import held_meetings


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The CICA Meeting of Ministers of Foreign Affairs met in Geneva on 14 March 2019.", "brics"),
        ("The BRICS Meeting of Foreign Ministers met in Geneva on 14 March 2019.", "oic"),
        ("The BRICS Meeting of Ministers of Foreign Affairs met in Geneva on 14 March 2019.", "cica"),
        ("The BRICS Meeting of Foreign Ministers met in Geneva on 14 March 2019.", "cis"),
        ("The CICA foreign ministers met in Almaty on 2 October 2020.", "brics"),
    ],
)
def test_another_organizations_ministers_meeting_is_none_of_this_ones(text: str, org: str) -> None:
    assert held_meetings(text, org) == []


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        ("The CICA Meeting of Ministers of Foreign Affairs met in Geneva on 14 March 2019.", "cica",
         "council-of-foreign-ministers"),
        ("The foreign ministers of the CIS member states met in Minsk on 14 March 2019.", "cis",
         "council-of-foreign-ministers"),
        ("CIS foreign ministers gathered in Minsk on 14 March 2019.", "cis", "council-of-foreign-ministers"),
        ("Arab foreign ministers met in Cairo on 14 March 2019.", "arab-league", "council-of-foreign-ministers"),
    ],
)  # fmt: skip
def test_the_organizations_own_ministers_meeting_is_still_read(text: str, org: str, body: str) -> None:
    assert [m["body"] for m in held_meetings(text, org)] == [body]
