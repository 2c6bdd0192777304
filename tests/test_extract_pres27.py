"""Presidencies handed over (helper `pres27`): the organization named by a name the party table reads as its own
though its initials do not spell the slug; a head of state elected the organization's chairman, the name of
the organization followed by the rest of the clause or written as its abbreviation, and the state told
elsewhere in the text; the chair told as the organization's "leadership"; the receiver named with his office
in apposition. Every sentence is written for the test (invented persons; no sentence of a real text)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from igo_timeline.extract import extract


def _handovers(text: str, org: str, published: str) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]


@pytest.mark.parametrize(
    ("org", "text", "party", "day"),
    [
        (  # the union named in full: its initials spell EEU, the party table reads it as the eaeu
            "eaeu",
            "MINSK, 10 January - Since 1 January the chairmanship of the Eurasian Economic Union has passed to "
            "Kazakhstan, the union's press office said.",
            "KAZ",
            "2031-01-01",
        ),
        (  # the organization by its abbreviation, the clause going on after it
            "au",
            "ADDIS ABABA, 12 February - President Amadou Sow of Senegal was elected chairman of the AU at the "
            "summit in Addis Ababa.",
            "SEN",
            "2031-02-12",
        ),
        (  # the abbreviation in brackets after the name
            "au",
            "ADDIS ABABA, 12 February - President Amadou Sow of Senegal was elected chairman of the African "
            "Union (AU) at the summit.",
            "SEN",
            "2031-02-12",
        ),
        (  # "the regional bloc ECOWAS": the abbreviation last
            "ecowas",
            "ABUJA, 12 February - President Amadou Sow of Senegal has been re-elected chairman of the regional "
            "bloc ECOWAS at a summit.",
            "SEN",
            "2031-02-12",
        ),
        (  # the state of the president told in another sentence
            "au",
            "ADDIS ABABA, 12 February - President Amadou Sow was re-elected chairman of the AU at the summit. "
            "Senegal's Sow thanked his peers.",
            "SEN",
            "2031-02-12",
        ),
        (  # the chair told as the movement's leadership, the giver after "from"
            "nam",
            "HAVANA, 12 September - Chile on Friday took over the rotating leadership of the Non-Aligned Movement "
            "from Peru.",
            "CHL",
            "2031-09-12",
        ),
        (  # the group's leadership handed over
            "nam",
            "HAVANA, 12 September - The outgoing president handed over the movement's leadership to Chile at "
            "the opening.",
            "CHL",
            "2031-09-12",
        ),
        (  # the receiver named with his office in apposition
            "eac",
            "ARUSHA, 20 May - At the summit in Arusha President Ali Juma has handed over the leadership of the EAC "
            "to Mr Peter Okello, president of Uganda.",
            "UGA",
            "2031-05-20",
        ),
        (  # the same apposition after the chairmanship
            "eac",
            "ARUSHA, 20 May - President Ali Juma has handed over the chairmanship of the EAC to Peter Okello, "
            "President of Uganda, at the summit in Arusha.",
            "UGA",
            "2031-05-20",
        ),
    ],
)
def test_handover_read(org: str, text: str, party: str, day: str) -> None:
    # the text's own day: its dateline's, in the year of the day expected
    dateline = re.match(r"[A-Z ]+,\s+(?P<d>\d{1,2}\s+[A-Z][a-z]+)", text)
    assert dateline is not None
    published = dt.datetime.strptime(f"{dateline.group('d')} {day[:4]}", "%d %B %Y").date().isoformat()
    found = _handovers(text, org, published)
    assert [(e["to_party"], e["effective"]) for e in found] == [(party, day)]


@pytest.mark.parametrize(
    ("org", "text"),
    [
        (  # another organization's chair, named in full
            "eaeu",
            "MINSK, 10 January - The chairmanship of the Collective Security Treaty Organization passed to "
            "Kazakhstan on 1 January.",
        ),
        (  # the leadership of a commission: an official's office, the receiver a person
            "au",
            "ADDIS ABABA, 12 February - Jean Dupont handed over the leadership of the AU Commission to Pierre "
            "Durand of Gabon.",
        ),
        (  # a party's leadership, no organization's chair
            "au",
            "ADDIS ABABA, 12 February - Kenya took over the leadership of the ruling party from Uganda.",
        ),
        (  # the chairman of the Commission: an official, no state's turn
            "ecowas",
            "ABUJA, 12 February - President Amadou Sow of Senegal has been elected chairman of the ECOWAS "
            "Commission on Saturday.",
        ),
        (  # a person who is no head of state elected chairman
            "ecowas",
            "ABUJA, 12 February - Jean Dupont of Niger has been elected chairman of ECOWAS.",
        ),
        (  # a president whose state the text never tells
            "ecowas",
            "ABUJA, 12 February - President Amadou Sow has been elected chairman of ECOWAS on Saturday. He "
            "thanked the leaders.",
        ),
    ],
)
def test_no_handover(org: str, text: str) -> None:
    assert _handovers(text, org, "2031-02-12") == []
