"""The body of a sitting is the body of those who sat (fixer sitters29, sitters.py): a sitting whose own words
name ministers or officials as its members, or whose chair and attendance are all ministers, is their body's,
not the summit's; a summit where heads sat stays the summit.

Every sentence here is invented (wordings and persons); organizations and states are real.
"""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract


def held(text: str, org: str) -> list[str]:
    return [
        c.event["body"] for c in extract(text, org, "t") if c.record == "event" and c.type == "MeetingHeld"
    ]


# the sitting's own words name ministers or officials as its members
MINISTERS_SAT = [
    (
        "BANGKOK, 4 March 2024 -- BIMSTEC's 20th Ministerial Meeting opened in Bangkok today, the bloc's "
        "secretariat said.",
        "bimstec",
        "ministerial",
    ),
    (
        "BANGKOK, 4 March 2024 -- The 20thMinisterial Meeting of BIMSTEC took place in Bangkok today, the "
        "secretariat said.",
        "bimstec",
        "ministerial",
    ),
    (
        "ASTANA, 12 May 2024 -- CICA's Senior Officials Committee sat in Astana on 10-12 May 2024.",
        "cica",
        "senior-officials",
    ),
    (
        "CAPE TOWN, 9 September 2024 -- The 14th BRICS Ministers of Health Summit was held in Cape Town on "
        "Monday.",
        "brics",
        "health-ministers",
    ),
    (
        "LIMA, 3 October 2024 -- Foreign ministers of the 33 CELAC states are meeting today in Lima to finalise "
        "the texts for Friday's summit. Foreign Minister Ana Rojas opened the tenth meeting of CELAC foreign "
        "ministers, which will settle the agenda of the summit.",
        "celac",
        "foreign-ministers",
    ),
    (
        "MOSCOW, 20 November 2023 -- The tenth meeting of SCO ministers responsible for trade was held in "
        "Moscow on 20 November 2023.",
        "sco",
        "trade-ministers",
    ),
]


@pytest.mark.parametrize("text,org,part", MINISTERS_SAT)
def test_the_body_of_those_who_sat(text: str, org: str, part: str) -> None:
    bodies = held(text, org)
    assert bodies and all(part in b and "summit" not in b for b in bodies), bodies


# a sitting named without its members, chaired and attended by ministers only: their body (the CBSS's council
# of ministers since session 28's body table says its Council is the foreign ministers; an organization no table
# knows, their meeting)
@pytest.mark.parametrize(
    "org, body", [("cbss", "council-of-ministers"), ("xyz", "foreign-ministers-meeting")]
)
def test_the_ranks_of_the_chair_and_the_attendance(org: str, body: str) -> None:
    text = (
        f"RIGA, 5 June 2023 -- On 5 June 2023, Riga hosted the closing high-level meeting of Latvia's {org.upper()} "
        "presidency, chaired by Latvia's Foreign Minister, Janis Berzins. The meeting was attended by the "
        "foreign ministers of Estonia, Finland and Sweden and by senior officials of other members."
    )
    assert held(text, org) == [body]


# heads sat: the summit stays, whatever ministers did besides
HEADS_SAT = [
    (
        "LIMA, 6 October 2024 -- The heads of state of CELAC met in Lima for the summit on Sunday, after the "
        "meeting of CELAC foreign ministers on Saturday.",
        "celac",
    ),
    (
        "BANGKOK, 4 April 2024 -- The BIMSTEC Summit, held in Bangkok today and chaired by the Prime Minister "
        "of Thailand, had the foreign ministers at the table as well.",
        "bimstec",
    ),
]


@pytest.mark.parametrize("text,org", HEADS_SAT)
def test_a_summit_where_heads_sat_stays_the_summit(text: str, org: str) -> None:
    bodies = held(text, org)
    assert bodies and not any("minist" in b for b in bodies), bodies


# a ministers' sitting told beside the heads' one is no evidence for the heads' sitting held
def test_heads_met_after_the_ministers() -> None:
    text = (
        "LIMA, 3 October 2024 -- Presidents of CELAC met in Lima on Thursday, a day after foreign ministers met "
        "to finalise the draft declaration."
    )
    assert held(text, "celac") == ["summit"]


# a deputy minister in the chair and ministers attending, but the president there too: no ministers' sitting
def test_a_head_among_those_attending_keeps_the_first_reading() -> None:
    text = (
        "RIGA, 5 June 2023 -- On 5 June 2023, Riga hosted the closing high-level meeting of Latvia's CBSS "
        "presidency, chaired by Latvia's Foreign Minister, Janis Berzins. The meeting was attended by the "
        "foreign ministers of Estonia and Finland and by the President of Latvia."
    )
    assert "foreign-ministers-meeting" not in held(text, "cbss")
