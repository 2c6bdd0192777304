"""Other names of an office or a body (``aliases``): recorded by a later event, found wherever an
office or a body is named, shown by ``why``; ids of events without them unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_run import igo
from click.testing import Result
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.events.models import parse_event
from igo_timeline.events.names import every_name, find, other_names
from igo_timeline.extract import extract
from igo_timeline.extract.vocabulary import store_offices, store_vocabulary

SRC = ["--document", "test-doc", "--quote", "the words"]


def event(type_: str, **fields: Any) -> dict[str, Any]:
    return {"type": type_, "org": "ccc", "source": {"document": "d", "quote": "q"}, **fields}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """An organization with an office and a body declared by its founding, and a body established
    by an event of its own."""
    path = tmp_path / "s.sqlite"
    founding = event(
        "OrganizationFounded",
        name="Caspian Cooperation Council",
        founded="1999-03-01",
        founders=["AZE", "KAZ", "TKM"],
        statuses=["member", "observer"],
        offices={"executive-secretary": "Executive Secretary"},
        bodies={"summit": "Council of Heads of State"},
    )
    established = event(
        "BodyEstablished", body="fisheries-board", name="Fisheries Board", effective="2003-05-01"
    )
    for item in (founding, established):
        igo(path, "append", json.dumps(item))
    return path


def why(store: Path, *args: str, code: int = 0) -> Result:
    return igo(store, "why", "ccc", "--as-of", "2010-01-01", *args, code=code)


# -- the content hash ---------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    kind=st.sampled_from(["office", "body"]),
    name=st.text(st.characters(categories=["L"]), min_size=1, max_size=12),
    names=st.lists(st.text(st.characters(categories=["L", "Zs"]), min_size=1, max_size=12), max_size=3),
)
def test_no_aliases_is_no_content_and_aliases_are_content(kind, name, names):
    etype = "OfficeEstablished" if kind == "office" else "BodyEstablished"
    bare = parse_event(event(etype, **{kind: "x-1", "name": name}))
    empty = parse_event(event(etype, **{kind: "x-1", "name": name, "aliases": []}))
    assert bare.id == empty.id and "aliases" not in bare.content()
    named = [n for n in names if n.strip()]
    if named:
        aliased = parse_event(event(etype, **{kind: "x-1", "name": name, "aliases": named}))
        assert aliased.id != bare.id
        assert aliased.aliases == list(dict.fromkeys(" ".join(n.split()) for n in named))


# -- recording them ------------------------------------------------------------------------------


def test_an_alias_of_a_body_established_by_its_own_event_corrects_that_event(store):
    before = json.loads(igo(store, "history", "ccc", "--json").stdout)
    out = igo(store, "alias", "ccc", "Board of Fisheries", "FB", "--body", "Fisheries Board", *SRC)
    assert "recorded 1 event(s)" in out.output
    after = json.loads(igo(store, "history", "ccc", "--json").stdout)
    board = next(e for e in after if e["type"] == "BodyEstablished")
    assert board["aliases"] == ["Board of Fisheries", "FB"] and board["corrected_by"]
    assert [e["id"] for e in before] == [e["id"] for e in after]  # the event keeps its id
    # found by either name; the other names are shown
    for name in ("FB", "board of fisheries", "fisheries-board"):
        answer = json.loads(why(store, "--meeting", name, "--json").stdout)["answer"]
        assert answer["body"] == "fisheries-board"
        assert answer["body_aliases"] == ["Board of Fisheries", "FB"]
    assert "also called Board of Fisheries; FB" in why(store, "--meeting", "FB").output
    # again: nothing new; one more name: added to those it has
    assert "nothing new" in igo(store, "alias", "ccc", "FB", "--body", "fisheries-board", *SRC).output
    igo(store, "alias", "ccc", "Caspian Fisheries Board", "--body", "FB", *SRC)
    board = next(
        e for e in json.loads(igo(store, "history", "ccc", "--json").stdout) if e["type"] == "BodyEstablished"
    )
    assert board["aliases"] == ["Board of Fisheries", "FB", "Caspian Fisheries Board"]


def test_as_known_before_the_alias_the_event_has_no_aliases_but_the_name_still_finds_it(store):
    """A name is looked up in the whole record, whatever the times asked (as for every name); what
    the record said at a time is what the events said then."""
    first = json.loads(igo(store, "history", "ccc", "--json").stdout)[-1]["recorded_at"]
    igo(store, "alias", "ccc", "FB", "--body", "fisheries-board", *SRC)
    then = json.loads(igo(store, "history", "ccc", "--known-at", first, "--json").stdout)
    assert [e.get("aliases") for e in then if e["type"] == "BodyEstablished"] == [None]
    answer = json.loads(why(store, "--meeting", "FB", "--known-at", first, "--json").stdout)["answer"]
    assert answer["body"] == "fisheries-board"


def test_an_office_declared_by_the_founding_gets_its_names_by_a_correction_of_the_founding(store):
    before = json.loads(igo(store, "history", "ccc", "--json").stdout)
    igo(store, "alias", "ccc", "Secretary of the Council", "--office", "executive-secretary", *SRC)
    after = json.loads(igo(store, "history", "ccc", "--json").stdout)
    assert [e["id"] for e in after] == [e["id"] for e in before]  # no new decision; the founding corrected
    founding = after[0]
    assert founding["type"] == "OrganizationFounded" and founding["corrected_by"]
    assert founding["office_aliases"] == {"executive-secretary": ["Secretary of the Council"]}
    assert founding["founders"] == ["AZE", "KAZ", "TKM"]  # the rest as it was
    # a typed verb takes the other name and records the slug
    igo(
        store,
        "appoint",
        "ccc",
        "secretary of the council",
        "Ivan Hypothetical",
        "--term",
        "2009-01-01/2011-12-31",
        *SRC,
    )
    answer = json.loads(why(store, "--office", "Secretary of the Council", "--json").stdout)["answer"]
    assert answer["office"] == "executive-secretary" and answer["holder"] == "Ivan Hypothetical"
    assert answer["office_aliases"] == ["Secretary of the Council"]
    history = json.loads(
        igo(store, "history", "ccc", "--office", "SECRETARY OF THE COUNCIL", "--json").stdout
    )
    assert [e["type"] for e in history] == ["OfficialAppointed"]
    # a body of the founding too; both kept
    igo(store, "alias", "ccc", "Summit", "--body", "summit", *SRC)
    founding = json.loads(igo(store, "history", "ccc", "--json").stdout)[0]
    assert founding["office_aliases"] == {"executive-secretary": ["Secretary of the Council"]}
    assert founding["body_aliases"] == {"summit": ["Summit"]}
    state = json.loads(igo(store, "state", "ccc", "--as-of", "2010-01-01", "--json").stdout)
    assert state["offices"]["executive-secretary"]["holder"] == "Ivan Hypothetical"
    assert "every chain intact" in igo(store, "verify", "--rules").output


def test_the_founding_names_aliases_only_of_what_it_declares():
    with pytest.raises(Exception, match="office_aliases names 'treasurer'"):
        parse_event(
            event(
                "OrganizationFounded", name="X", founded="2000", statuses=["member"],
                offices={"director": "Director"}, office_aliases={"treasurer": ["Cashier"]},
            )
        )  # fmt: skip
    bare = event("OrganizationFounded", name="X", founded="2000", statuses=["member"], offices={"d": "D"})
    assert parse_event(bare).id == parse_event({**bare, "office_aliases": {"d": []}}).id


def test_a_renamed_office_is_found_by_its_former_and_its_new_name(store):
    igo(
        store,
        "rename",
        "ccc",
        "Secretary-General",
        "--office",
        "executive-secretary",
        "--on",
        "2008-01-01",
        *SRC,
    )
    for name in ("Executive Secretary", "Secretary-General", "executive-secretary"):
        answer = json.loads(why(store, "--office", name, "--json").stdout)["answer"]
        assert answer["office"] == "executive-secretary"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["FB"], "give exactly one of --office, --body"),
        (
            ["FB", "--office", "executive-secretary", "--body", "summit"],
            "give exactly one of --office, --body",
        ),
    ],
)
def test_alias_usage_errors(store, args, says):
    result = igo(store, "alias", "ccc", *args, *SRC, code=2)
    assert says in result.output


def test_an_unknown_office_or_a_name_of_another_is_refused_and_nothing_is_written(store):
    count = len(json.loads(igo(store, "history", "ccc", "--json").stdout))
    result = igo(store, "alias", "ccc", "X", "--office", "executive secretery", *SRC, code=1)
    assert result.output.count("\n") == 1 and "closest known: executive-secretary" in result.output
    result = igo(
        store, "alias", "ccc", "Council of Heads of State", "--body", "fisheries-board", *SRC, code=1
    )
    assert "already names the body summit" in result.output
    assert len(json.loads(igo(store, "history", "ccc", "--json").stdout)) == count


def test_a_name_two_offices_share_is_ambiguous():
    events = [
        parse_event(event("OfficeEstablished", office="a", name="Director A", aliases=["Director"])),
        parse_event(event("OfficeEstablished", office="b", name="Director B", aliases=["Director"])),
    ]
    with pytest.raises(Exception, match="ambiguous.*a, b"):
        find("office", "director", events)
    assert find("office", "Director B", events) == "b"
    assert every_name(events, "office") == {"a": ("Director A", "Director"), "b": ("Director B", "Director")}
    assert other_names(events)["office"] == {"a": ("Director",), "b": ("Director",)}


# -- extraction uses the store's names --------------------------------------------------------------


def test_extraction_matches_an_office_and_a_body_by_the_stores_aliases(store):
    igo(store, "alias", "ccc", "Chief Coordinator", "--office", "executive-secretary", *SRC)
    igo(store, "alias", "ccc", "Board of Fisheries", "--body", "fisheries-board", *SRC)
    from igo_timeline import Timeline

    with Timeline(str(store)) as tl:
        records = tl.records("ccc")
    offices = store_offices(records)
    _, bodies = store_vocabulary(records)
    assert offices["executive-secretary"] == ("Executive Secretary", "Chief Coordinator")
    assert bodies["fisheries-board"] == ("Fisheries Board", "Board of Fisheries")
    text = (
        "BAKU, 12 May 2011. The Council of Heads of State met in Baku on 12 May 2011.\n\n"
        "The Council appointed Ivan Hypothetical as Chief Coordinator for 2012-2014.\n"
    )
    found = extract(text, "ccc", "t", offices=offices, bodies=bodies)
    appointed = [c.event for c in found if c.type == "OfficialAppointed"]
    assert [a["office"] for a in appointed] == ["executive-secretary"], found


def test_an_alias_that_names_another_office_or_body_is_refused_by_the_rules_too(store):
    """Through igo append (not igo alias): the rules keep every name to one office or body."""
    taken = event(
        "BodyEstablished", body="ports-board", name="Ports Board", aliases=["Council of Heads of State"]
    )
    result = igo(store, "append", json.dumps(taken), code=1)
    assert "name-taken" in result.output and "already names the body 'summit'" in result.output
    first = event("BodyEstablished", body="ports-board", name="Ports Board", aliases=["PB"])
    igo(store, "append", json.dumps(first))
    again = event("BodyEstablished", body="harbour-board", name="Harbour Board", aliases=["pb"])
    result = igo(store, "append", json.dumps(again), code=1)
    assert "'pb' already names the body 'ports-board' (an alias by BodyEstablished" in result.output
    # an office may share a name with a body: they are looked up apart
    igo(store, "append", json.dumps(event("OfficeEstablished", office="ports-director", name="PB")))
