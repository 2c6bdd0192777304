"""`igo found`, `igo establish-body`, `igo establish-office`: a newcomer's first steps for an organization the
store and the party table do not hold, without writing an event's JSON by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from igo_timeline import Timeline
from igo_timeline.cli import main

SRC = ["--document", "charter", "--quote", "The parties hereby establish the Organization."]


def igo(store: Path, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    assert result.exit_code == code, result.output
    return result.output


def test_found_then_extract_and_apply_a_report(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    igo(
        store, "found", "xyz", "Xylo Yard Zone", "--on", "2009-10-03", "--statuses", "member,observer",
        "--founder", "AZE", "--founder", "KAZ", "--body", "council-of-heads-of-state=Council of Heads of State",
        "--office", "secretary-general=Secretary General", *SRC,
    )  # fmt: skip
    igo(
        store,
        "establish-body",
        "xyz",
        "council-of-foreign-ministers",
        "Council of Foreign Ministers",
        "--on",
        "2009-10-03",
        *SRC,
    )
    igo(
        store,
        "establish-office",
        "xyz",
        "deputy-secretary-general",
        "Deputy Secretary General",
        "--on",
        "2009-10-03",
        *SRC,
    )
    state = json.loads(igo(store, "state", "xyz", "--as-of", "2010-01-01", "--json"))
    text = json.dumps(state)
    for word in (
        "AZE",
        "KAZ",
        "council-of-foreign-ministers",
        "secretary-general",
        "deputy-secretary-general",
    ):
        assert word in text
    report = tmp_path / "report.txt"
    report.write_text(
        "BAKU, 12 May 2011 - The Council of Foreign Ministers of the Xylo Yard Zone met in Baku today.\n",
        "utf-8",
    )
    igo(store, "extract", str(report), "--org", "xyz", "--apply")
    state = json.loads(igo(store, "state", "xyz", "--as-of", "2011-05-13", "--json"))
    met = [(m["body"], m["date"]) for m in state["meetings_held"]]
    assert met == [("council-of-foreign-ministers", "2011-05-12")]


@pytest.mark.parametrize(
    ("args", "says", "code"),
    [
        (["--on", "2009", "--statuses", "member", "--body", "council", *SRC], "give SLUG=NAME", 2),
        (["--on", "someday", "--statuses", "member", *SRC], "not a valid EDTF date", 1),
        (["--on", "2009", "--statuses", "member", "--founder", "Atlantis", *SRC], "Atlantis", 1),
        (["--on", "2009", *SRC], "--statuses", 2),
        (["--on", "2009", "--statuses", "member", "--office-alias", "sg", *SRC], "give SLUG=NAME", 2),
        (
            ["--on", "2009", "--statuses", "member", "--office-alias", "sg=SG", *SRC],
            "not declared in offices",
            1,
        ),
    ],
)
def test_a_bad_founding_is_one_line_and_writes_nothing(
    tmp_path: Path, args: list[str], says: str, code: int
) -> None:
    store = tmp_path / "s.sqlite"
    igo(store, "found", "abc", "Alpha Bravo Council", "--on", "2001", "--statuses", "member", *SRC)
    out = igo(store, "found", "xyz", "Xylo Yard Zone", *args, code=code)
    assert says in out and "Traceback" not in out
    assert out.strip().splitlines()[-1].startswith("Error")
    with Timeline(str(store)) as tl:
        assert tl.org_slugs() == ["abc"]


def test_founding_twice_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2001", "--statuses", "member", *SRC)
    out = igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2002", "--statuses", "member", *SRC, code=1)
    assert "already founded" in out or "already-founded" in out


def test_extract_names_the_commands_a_newcomer_needs(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    report = tmp_path / "report.txt"
    report.write_text(
        "BAKU, 12 May 2011 - The Council of Elders of the Xylo Yard Zone met in Baku today.\n", "utf-8"
    )
    out = igo(store, "extract", str(report), "--org", "xyz", code=1)
    assert "igo found xyz NAME --on DAY --statuses" in out
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2001", "--statuses", "member", *SRC)
    out = igo(store, "extract", str(report), "--org", "xyz", "--check")
    assert "igo establish-body xyz council-of-elders NAME --document ID --quote TEXT" in out
    # the table says in a word why the meeting is held back
    table = igo(store, "extract", str(report), "--org", "xyz", "--check", "--format", "table")
    assert "unresolved (new-body)" in table
    # the hint is the whole command: with its placeholders filled in, it runs (no "Missing option")
    hint = out.split("(igo establish-body ", 1)[1].split(")", 1)[0]
    filled = (
        hint.replace("NAME", "'Council of Elders'").replace("ID", "report").replace("TEXT", "'the Council'")
    )
    import shlex

    igo(store, "establish-body", *shlex.split(filled))
    assert "new-body" not in igo(store, "extract", str(report), "--org", "xyz", "--check")


def test_a_new_body_the_bundled_table_knows_is_named_in_full_in_the_command_to_record_it(
    tmp_path: Path,
) -> None:
    import shlex

    store = tmp_path / "s.sqlite"
    igo(store, "found", "asean", "Association of Southeast Asian Nations", "--on", "1967-08-08",
        "--statuses", "member,observer", "--founder", "IDN", "--founder", "THA", *SRC)  # fmt: skip
    text = tmp_path / "report.txt"
    text.write_text(
        "HANOI, 12 November 2020 -- Leaders of the Association of Southeast Asian Nations held their 37th summit "
        "by videoconference today, chaired from Hanoi.\n",
        "utf-8",
    )
    out = igo(store, "extract", str(text), "--org", "asean", "--check")
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    (meeting,) = [r for r in rows if r["event"]["type"] == "MeetingHeld"]
    assert meeting["kind"] == "new-body"
    command = meeting["note"].split("record its establishment first (", 1)[1].rsplit("), then apply", 1)[0]
    args = shlex.split(command)
    assert args[:5] == ["igo", "establish-body", "asean", "asean-summit", "ASEAN Summit"]
    assert args[args.index("--document") + 1].startswith("http")  # the table's page, the body's source
    igo(store, *args[1:])  # the command as the note gives it
    igo(store, "extract", str(text), "--org", "asean", "--apply")
    with Timeline(str(store)) as tl:
        held = [r.event for r in tl.records("asean") if r.event.type == "MeetingHeld"]
    assert [(e.body, str(e.date)) for e in held] == [("asean-summit", "2020-11-12")]


def test_check_of_a_text_with_nothing_says_nothing_found(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2009-10-03", "--statuses", "member", *SRC)
    text = tmp_path / "empty.txt"
    text.write_text("Nothing was decided here.\n", "utf-8")
    assert "empty.txt: nothing found" in igo(store, "extract", str(text), "--org", "xyz", "--check")


def test_a_founding_declares_its_conditions_and_the_other_names_of_its_offices_and_bodies(
    tmp_path: Path,
) -> None:
    """`igo found` takes what the founding event holds: conditions beside the defaults, the conditions that
    keep a member from the presidency, and aliases of offices and bodies, which every verb then knows."""
    store = tmp_path / "s.sqlite"
    igo(
        store, "found", "xyz", "Xylo Yard Zone", "--on", "2009-10-03", "--statuses", "member,observer",
        "--founder", "AZE", "--founder", "KAZ", "--body", "council=Council of Ministers",
        "--office", "sg=Secretary General", "--conditions", "excluded_from_participation",
        "--blocks-presidency", "suspended,excluded_from_participation", "--office-alias", "sg=Chief Executive",
        "--office-alias", "sg=SG", "--body-alias", "council=CoM", *SRC,
    )  # fmt: skip
    (founding,) = json.loads(igo(store, "history", "xyz", "--json"))
    assert founding["conditions"] == ["excluded_from_participation"]
    assert founding["blocks_presidency"] == ["suspended", "excluded_from_participation"]
    assert founding["office_aliases"] == {"sg": ["Chief Executive", "SG"]}
    assert founding["body_aliases"] == {"council": ["CoM"]}
    igo(store, "appoint", "xyz", "Chief Executive", "Ana Example", "--term", "2010-01-01/2012-12-31", *SRC)
    why = json.loads(igo(store, "why", "xyz", "--office", "SG", "--as-of", "2011-01-01", "--json"))
    assert why["answer"]["office"] == "sg" and why["answer"]["holder"] == "Ana Example"


def test_a_sitting_worded_by_who_met_is_the_one_body_the_store_holds_of_them(tmp_path: Path) -> None:
    # the body recorded once as the council of foreign ministers; a text that says "Foreign ministers of the ...
    # met" is a sitting of it, not a new body to record again under another slug
    store = tmp_path / "s.sqlite"
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2001", "--statuses", "member", *SRC)
    report = tmp_path / "report.txt"
    report.write_text(
        "BAKU, 12 May 2011 - Foreign ministers of the Xylo Yard Zone met in Baku today and adopted the Baku "
        "Declaration.\n",
        "utf-8",
    )
    before = igo(store, "extract", str(report), "--org", "xyz", "--check", "--format", "table")
    assert "foreign-ministers-meeting" in before and "unresolved (new-body)" in before
    igo(store, "establish-body", "xyz", "council-of-foreign-ministers", "Council of Foreign Ministers", *SRC)
    after = igo(store, "extract", str(report), "--org", "xyz", "--check", "--format", "table")
    assert "body=council-of-foreign-ministers" in after and "new-body" not in after
    # another body of other sitters is no match: the heads' council leaves the ministers' sitting new
    other = tmp_path / "other.sqlite"
    igo(other, "found", "xyz", "Xylo Yard Zone", "--on", "2001", "--statuses", "member", *SRC)
    igo(other, "establish-body", "xyz", "council-of-heads-of-state", "Council of Heads of State", *SRC)
    assert "unresolved (new-body)" in igo(
        other, "extract", str(report), "--org", "xyz", "--check", "--format", "table"
    )
