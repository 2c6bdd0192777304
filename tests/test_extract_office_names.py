"""An office named through its body's other name is the known office (issue 14): sentences written for
the test (invented persons, and an invented organization's vocabulary besides the SCO's store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from igo_timeline.cli import main
from igo_timeline.extract import extract

# an invented organization: a body under three names, and two offices of it that differ by rank
_BODIES = {
    "ccbs": (
        "Coordination Council for Anti-Smuggling Cooperation",
        "Anti-Smuggling Coordinating Organization (ASCO)",
        "ASCO",
    ),
    "customs": ("Council for Customs Cooperation",),
}
_OFFICES = {
    "ccbs-chair": ("Chairman of the Coordination Council for Anti-Smuggling Cooperation", "ASCO Chairman"),
    "ccbs-deputy-chair": ("Deputy Chairman of the Coordination Council for Anti-Smuggling Cooperation",),
    "customs-chair": ("Chairman of the Council for Customs Cooperation",),
}
_OPENING = "ALMATY, 3 May 2027 -- The Council of Heads of State met in Almaty today.\n"


def _offices(sentence: str, org: str = "xyz") -> list[tuple[str, str]]:
    found = extract(_OPENING + sentence + "\n", org, "t", bodies=_BODIES, offices=_OFFICES)
    return [(c.event["office"], c.event["person"]) for c in found if c.type == "OfficialAppointed"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an alias of the body, in another spelling, in the title's long form
        "The Council appointed Lev Arkadin Chairman of the Anti-Smuggling Coordinating Organisation for three years.",
        # the body's abbreviation before the role
        "The Council appointed Lev Arkadin ASCO Chairman for three years.",
        # the role after the body's name ("<body> Chairman"), two spellings differing from it
        "The Council appointed Lev Arkadin Anti-Smuggling Co-ordinating Organisation Chairman.",
        # the title's words with a hyphenated spelling of the body's
        "The Council appointed Lev Arkadin Chairman of the Coordination Council for Anti-Smuggling Co-operation.",
    ],
    ids=["alias-inflected", "abbreviation-first", "role-after", "spelling"],
)
def test_the_office_is_found_through_any_name_of_its_body(sentence: str) -> None:
    assert _offices(sentence) == [("ccbs-chair", "Lev Arkadin")]


def test_a_deputy_is_not_the_chairman_and_another_body_s_chairman_is_not_this_one() -> None:
    deputy = _offices(
        "The Council appointed Lev Arkadin Deputy Chairman of the Anti-Smuggling Coordinating Organization."
    )
    assert deputy == [("ccbs-deputy-chair", "Lev Arkadin")]
    other = _offices("The Council appointed Lev Arkadin Chairman of the Council for Customs Co-operation.")
    assert other == [("customs-chair", "Lev Arkadin")]
    unknown_rank = _offices("The Council appointed Lev Arkadin First Deputy Chairman of the ASCO.")
    assert unknown_rank and unknown_rank[0][0] not in ("ccbs-chair", "ccbs-deputy-chair")
    unknown_body = _offices(
        "The Council appointed Lev Arkadin Chairman of the Council for Maritime Security."
    )
    assert unknown_body and unknown_body[0][0] not in ("ccbs-chair", "customs-chair")


def test_sco_rats_director_under_the_anti_terrorism_spelling(tmp_path: Path) -> None:
    """The issue's repro, through the CLI and the bundled store (its RCTS names are the store's): the
    director by the body's "Anti-Terrorism" name, in an appointment and in an attendance list; the
    director by the abbreviation and fewer words; a deputy is not the director; a seat on the body's
    Executive Committee is no office."""
    store = tmp_path / "s.sqlite"
    text = tmp_path / "t.txt"
    text.write_text(
        "TASHKENT, 10 March 2026 -- The Council of Heads of State of the Shanghai Cooperation Organisation "
        "met in Tashkent today.\n"
        "Present at the meeting were:\nPresident of Kazakhstan Kassym-Jomart Tokayev;\n"
        "Director of the Executive Committee of the Regional Anti-Terrorism Structure Pavel Lonov.\n"
        "The Council appointed Ivan Petrovsky Director of the Executive Committee of the Regional "
        "Anti-Terrorism Structure for the period 2026-2028.\n"
        "The Council appointed Oleg Varin Deputy Director of the Executive Committee of the Regional "
        "Anti-Terrorism Structure.\n"
        "The Council appointed Anna Dorn the RATS Director for three years.\n"
        "The Council appointed Petr Sokol to the Executive Committee of the Regional Anti-Terrorist Structure.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(store), "import", "--bundled", "sco"]).exit_code == 0
    out = runner.invoke(main, ["--store", str(store), "extract", str(text), "--org", "sco", "--check"])
    rows = [json.loads(line) for line in out.output.splitlines() if line.startswith("{")]
    offices = {
        r["event"]["person"]: (r["record"], r["event"]["office"])
        for r in rows
        if r["event"]["type"] == "OfficialAppointed"
    }
    assert offices["Pavel Lonov"] == ("attestation", "rcts-director")
    assert offices["Ivan Petrovsky"] == ("event", "rcts-director")
    assert offices["Anna Dorn"] == ("event", "rcts-director")
    assert offices["Oleg Varin"][1] != "rcts-director"
    assert not any("Sokol" in person for person in offices)


@pytest.mark.parametrize(
    ("org", "sentence", "office"),
    [
        ("sco", "The Council appointed Oleg Varin Deputy Secretary-General for three years.", "secretary-general"),
        ("sco", "The Council appointed Oleg Varin Deputy Director of the RATS Executive Committee.", "rcts-director"),
        ("xyz", "The Council appointed Oleg Varin Vice Chairman of the Council for Customs Cooperation.", "customs-chair"),
    ],
    ids=["deputy-secretary-general", "deputy-director", "vice-chairman"],
)  # fmt: skip
def test_a_rank_before_a_known_title_is_another_office(org: str, sentence: str, office: str) -> None:
    found = _offices(sentence, org)
    assert found and found[0][1] == "Oleg Varin"
    assert found[0][0] != office
    same = _offices(sentence.replace("Deputy ", "").replace("Vice ", ""), org)
    assert same == [(office, "Oleg Varin")]


def test_a_short_body_name_inside_a_longer_unknown_name_is_not_that_body() -> None:
    bodies = {"council": ("Council",), "customs": ("Council for Customs Cooperation",)}
    offices = {
        "council-chair": ("Chairman of the Council",),
        "customs-chair": ("Chairman of the Council for Customs Cooperation",),
    }

    def office(sentence: str) -> str:
        found = extract(_OPENING + sentence + "\n", "xyz", "t", bodies=bodies, offices=offices)
        return next(c.event["office"] for c in found if c.type == "OfficialAppointed")

    assert office("The Council appointed Lev Arkadin Chairman of the Council for Customs Co-operation.") == (
        "customs-chair"
    )
    assert office("The Council appointed Lev Arkadin Chairman of the Council for Maritime Security.") not in (
        "council-chair",
        "customs-chair",
    )
    assert office("The Council appointed Lev Arkadin Chairman of the Maritime Council.") != "council-chair"
