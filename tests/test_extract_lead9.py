"""The lead's fixes of the ninth session (issue 14), each on invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.names import org_bodies


def meetings(text: str, org: str, **kw: Any) -> list[tuple[str, str | None, str | None]]:
    out = []
    for cand in extract(text, org, "invented", **kw):
        event = cand.to_json().get("event", {})
        if event.get("type") == "MeetingHeld":
            out.append((event["body"], event.get("date"), event.get("place")))
    return out


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # another's meeting named "<ABBR> <ordinal word> Meeting of the Conference of ...": not ECCAS's conference
        ("The CARICOM Regular Meeting of the Conference of Heads of Government met in Geneva on 14 March 2019.",
         "eccas"),
        ("The CICA Meeting of Ministers of Foreign Affairs opened in Lisbon on 2 May 2021.", "oic"),
        # an abbreviation that is also a town's name (Oas, the Philippines) still names another organization
        ("The OAS Permanent Council met in Geneva on 14 March 2019.", "csto"),
        ("The OAS Permanent Council convened in Vienna on 3 June 2022.", "osce"),
    ],
)  # fmt: skip
def test_another_organizations_body_by_its_abbreviation_is_not_this_ones(text: str, org: str) -> None:
    # (found as a body no table knows, under its name as written, at most: never one of this organization's)
    assert not any(b in org_bodies(org) for b, _, _ in meetings(text, org))


def test_the_own_abbreviation_before_the_same_body_keeps_it() -> None:
    assert [b for b, _, _ in meetings("The CSTO Permanent Council met in Moscow on 14 March 2019.", "csto")] == [
        "permanent-council"
    ]
