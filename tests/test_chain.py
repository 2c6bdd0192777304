"""Tamper evidence: the per-organization hash chain, igo verify and igo head.

The tampering is done the way a person with the file would do it: SQL on
the SQLite file (and on the PostgreSQL table), behind the engine's back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import sqlite3
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import appoint, founding, grant

from igo_timeline import Timeline
from igo_timeline.cli import main
from igo_timeline.engine import chain

PARTIES = ["AFG", "IND", "IRN", "PAK", "MNG"]


def igo(store: str, *args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["--store", store, *args], env=env)


def fill(location: str) -> list[str]:
    """Two batches in one organization, one in another: 8 decisions."""
    with Timeline(location) as t:
        ids = t.append(
            [founding(), *[grant(p, "observer", f"{2005 + i}") for i, p in enumerate(PARTIES[:3])]]
        )
        ids2 = t.append([grant(p, "observer", "2012") for p in PARTIES[3:]] + [appoint("A", "2013/2015")])
        t.append([founding("two")])
    return ids.added + ids2.added


def rows(path: str) -> list[tuple[int, int, dict[str, Any]]]:
    """(rowid, position, state) of the organization 'org', in position order."""
    with sqlite3.connect(path) as db:
        out = db.execute(
            "SELECT rowid, originator_version, state FROM stored_events WHERE topic LIKE '%Recorded' "
            "ORDER BY originator_version"
        ).fetchall()
    return [(r, v, json.loads(s)) for r, v, s in out if json.loads(s)["event"]["org"] == "org"]


def set_state(path: str, rowid: int, state: dict[str, Any]) -> None:
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE stored_events SET state = ? WHERE rowid = ?",
            (json.dumps(state, separators=(",", ":")).encode(), rowid),
        )


@pytest.fixture
def store(tmp_path: Any) -> tuple[str, list[str]]:
    path = str(tmp_path / "store.sqlite")
    return path, fill(path)


def test_a_clean_store_verifies_and_heads_print(store):
    path, ids = store
    result = igo(path, "verify")
    assert result.exit_code == 0, result.output
    assert (
        result.stderr.strip()
        == "verified 8 event(s) in 2 organization(s): every chain intact; the as-of index matches the log"
    )
    heads = igo(path, "head").stdout.splitlines()
    assert [h.split("=")[0] for h in heads] == ["org", "two"]
    assert all(h.split("=", 1)[1].startswith("sha256:") for h in heads)
    matched = igo(path, "verify", *[a for h in heads for a in ("--expect-head", h)])
    assert matched.exit_code == 0 and "2 recorded head(s) found" in matched.stderr
    data = json.loads(igo(path, "verify", "--json").stdout)
    assert data["ok"] and data["events"] == 8 and data["problems"] == []


def test_the_link_is_the_documented_format(store):
    """An independent implementation of the format in the README recomputes every link."""
    path, _ = store
    previous = "org"
    for _, position, state in rows(path):
        body = json.dumps(state["event"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        stamp = state["timestamp"]["_data_"]
        data = f"{previous}\norg\n{position}\n{stamp}\n{body}".encode()
        assert state["link"] == "sha256:" + hashlib.sha256(data).hexdigest()
        previous = state["link"]


def _edit_quote(path: str) -> str:
    rowid, _, state = rows(path)[2]
    state["event"]["source"]["quote"] = "words nobody said"
    set_state(path, rowid, state)
    return state["event"]["id"]


def _edit_time(path: str) -> str:
    rowid, _, state = rows(path)[2]
    state["timestamp"]["_data_"] = "2001-01-01T00:00:00.000000+00:00"
    set_state(path, rowid, state)
    return state["event"]["id"]


def _delete(path: str) -> str:
    rowid, _, state = rows(path)[2]
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM stored_events WHERE rowid = ?", (rowid,))
    return rows(path)[2][2]["event"]["id"]  # the event after the gap is the first bad one


def _reorder(path: str) -> str:
    (a, _, first), (b, _, second) = rows(path)[2:4]
    set_state(path, a, second)
    set_state(path, b, first)
    return second["event"]["id"]


def _renumber(path: str) -> str:
    """Reorder by swapping positions, and close the gap a deletion leaves."""
    (a, va, _), (b, vb, second) = rows(path)[2:4]
    with sqlite3.connect(path) as db:
        db.execute("UPDATE stored_events SET originator_version = -1 WHERE rowid = ?", (a,))
        db.execute("UPDATE stored_events SET originator_version = ? WHERE rowid = ?", (va, b))
        db.execute("UPDATE stored_events SET originator_version = ? WHERE rowid = ?", (vb, a))
    return second["event"]["id"]


TAMPERING = {
    "content-edit": (_edit_quote, "does not match its link"),
    "record-time-edit": (_edit_time, "does not match its link"),
    "deletion": (_delete, "position 4 missing before it: deleted"),
    "reordering-by-content": (_reorder, "does not match its link"),
    "reordering-by-position": (_renumber, "does not match its link"),
}


@pytest.mark.parametrize("case", TAMPERING, ids=list(TAMPERING))
def test_tampering_is_detected_naming_the_first_bad_event(store, case):
    path, _ = store
    tamper, what = TAMPERING[case]
    first_bad = tamper(path)
    result = igo(path, "verify")
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith("Error: chain broken: org position ") and what in line, line
    assert f" {first_bad[:8]}): " in line, (first_bad, line)
    assert igo(path, "verify", "two").exit_code == 0  # the other organization's chain is untouched


def test_truncation_is_caught_against_a_recorded_head(store):
    path, _ = store
    head = next(h for h in igo(path, "head").stdout.splitlines() if h.startswith("org="))
    last = rows(path)[-2:]
    with sqlite3.connect(path) as db:
        db.executemany("DELETE FROM stored_events WHERE rowid = ?", [(r,) for r, _, _ in last])
    assert igo(path, "verify").exit_code == 0  # a cut at the end leaves a valid, shorter chain...
    result = igo(path, "verify", "--expect-head", head)
    assert result.exit_code == 1  # ...which the head recorded earlier exposes
    assert result.stderr.startswith("Error: chain broken: org: the recorded head sha256:")
    assert "cut off the end" in result.stderr and "now ends at position 6" in result.stderr


def test_a_head_survives_later_appends(store):
    path, _ = store
    head = igo(path, "head", "org").stdout.strip()
    with Timeline(path) as t:
        t.append([grant("TUR", "dialogue_partner", "2012")])
    assert igo(path, "verify", "--expect-head", head).exit_code == 0
    assert igo(path, "head", "org").stdout.strip() != head


def test_with_a_key_a_recomputed_chain_is_refused(tmp_path, monkeypatch):
    """Without the key, whoever edits the file cannot make the chain verify again."""
    secret = {chain.KEY_VARIABLE: "the records office's secret"}
    monkeypatch.setenv(chain.KEY_VARIABLE, secret[chain.KEY_VARIABLE])
    path = str(tmp_path / "keyed.sqlite")
    fill(path)
    assert igo(path, "verify", env=secret).exit_code == 0
    assert all(s["link"].startswith("hmac-sha256:") for _, _, s in rows(path))
    # a keyed store says what it needs when verified without the key
    result = igo(path, "verify", "two", env={chain.KEY_VARIABLE: ""})
    assert result.exit_code == 1 and "set IGO_CHAIN_KEY to verify it" in result.stderr
    # the forger edits an event and recomputes every link: plainly, and with a guessed key
    for forged_key in (None, b"a guess"):
        previous = None
        for rowid, position, state in rows(path):
            if position == 4:
                state["event"]["source"]["quote"] = "forged"
            stamp = dt.datetime.fromisoformat(state["timestamp"]["_data_"])
            state["link"] = chain.link(previous, "org", position, stamp, state["event"], forged_key)
            previous = state["link"]
            set_state(path, rowid, state)
        result = igo(path, "verify", env=secret)
        assert result.exit_code == 1
        assert "org position 2 (OrganizationFounded" in result.stderr
        # without the key (the forger's view) the plain forgery's chain verifies: the key is what
        # protects the chain; the as-of index built before the edit still holds the old words, and
        # says the log changed under it
        if forged_key is None:
            plain = igo(path, "verify", "org", env={chain.KEY_VARIABLE: ""})
            assert plain.exit_code == 1 and "chain broken" not in plain.stderr
            assert plain.stderr.startswith(
                "Error: index out of step: org: the as-of index does not match the log"
            )


def test_an_hmac_link_is_the_documented_format(tmp_path, monkeypatch):
    monkeypatch.setenv(chain.KEY_VARIABLE, "k")
    path = str(tmp_path / "k.sqlite")
    with Timeline(path) as t:
        t.append([founding()])
    (_, position, state) = rows(path)[0]
    body = json.dumps(state["event"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    data = f"org\norg\n{position}\n{state['timestamp']['_data_']}\n{body}".encode()
    assert state["link"] == "hmac-sha256:" + hmac.new(b"k", data, hashlib.sha256).hexdigest()


def test_a_content_edit_on_postgres_is_detected(tmp_path):
    import psycopg
    from conftest import discard, make_location

    from igo_timeline.engine.postgres import parse

    location = make_location("postgres", tmp_path)
    try:
        fill(location)
        assert igo(location, "verify").exit_code == 0
        loc = parse(location)
        with psycopg.connect(
            host=loc.host, port=loc.port, user=loc.user, password=loc.password, dbname=loc.dbname
        ) as conn:
            conn.execute(
                f"UPDATE {loc.schema}.igotimeline_events SET state = "
                "convert_to(replace(convert_from(state, 'UTF8'), '\"AFG\"', '\"IND\"'), 'UTF8') "
                "WHERE originator_version = 3"
            )
        result = igo(location, "verify")
        assert result.exit_code == 1 and "org position 3 (StatusGranted" in result.stderr
        assert "does not match its link" in result.stderr
    finally:
        discard(location)


# -- encryption at rest ------------------------------------------------------------------

QUOTE = "a sentence that must not be readable in the file"


def _key() -> str:
    import base64
    import os

    return base64.b64encode(os.urandom(32)).decode()


def _raw_states(location: str) -> bytes:
    if location.startswith("postgresql://"):
        import psycopg

        from igo_timeline.engine.postgres import parse

        loc = parse(location)
        with psycopg.connect(
            host=loc.host, port=loc.port, user=loc.user, password=loc.password, dbname=loc.dbname
        ) as conn:
            return b"".join(
                bytes(r[0]) for r in conn.execute(f"SELECT state FROM {loc.schema}.igotimeline_events")
            )
    with open(location, "rb") as fh:
        data = fh.read()
    for suffix in ("-wal",):
        try:
            with open(location + suffix, "rb") as fh:
                data += fh.read()
        except FileNotFoundError:
            pass
    return data


def test_with_a_cipher_key_events_are_encrypted_at_rest(shared_store, monkeypatch):
    key = _key()
    monkeypatch.setenv("IGO_CIPHER_KEY", key)
    with Timeline(shared_store) as t:
        added = t.append(
            [founding(), grant("AFG", "observer", "2012", source={"document": "d", "quote": QUOTE})]
        )
    with Timeline(shared_store) as t:
        assert [r.event.id for r in t.records("org")] == added.added
        assert t.records("org")[1].event.source.quote == QUOTE
    assert QUOTE.encode() not in _raw_states(shared_store) and b"AFG" not in _raw_states(shared_store)
    assert igo(shared_store, "verify", env={"IGO_CIPHER_KEY": key}).exit_code == 0
    for other in ("", _key()):  # no key, or another key: one line, no traceback
        result = igo(shared_store, "state", "org", env={"IGO_CIPHER_KEY": other})
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
        assert result.stderr.startswith("Error: ") and "do not decode" in result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_an_edit_of_an_encrypted_event_is_named_by_verify(tmp_path, monkeypatch):
    key = _key()
    monkeypatch.setenv("IGO_CIPHER_KEY", key)
    path = str(tmp_path / "enc.sqlite")
    fill(path)
    with sqlite3.connect(path) as db:
        db.execute(
            # byte 41 changed: to 0x00, or to 0x01 where it already was 0x00 (1 run in 256, with a fresh
            # key and nonce each run, the edit was otherwise no edit at all and the store verified)
            "UPDATE stored_events SET state = CAST(substr(state, 1, 40) || "
            "CASE WHEN substr(state, 41, 1) = x'00' THEN x'01' ELSE x'00' END || substr(state, 42) AS BLOB) "
            "WHERE originator_version = 3 AND topic LIKE '%Recorded'"
        )
    result = igo(path, "verify", "org", env={"IGO_CIPHER_KEY": key})
    assert result.exit_code == 1
    assert "org position 3 (event -): does not decode" in result.stderr
    # an edit that leaves bytes the database itself cannot return (TEXT that is not UTF-8)
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE stored_events SET state = CAST(state AS TEXT) WHERE originator_version = 4 "
            "AND topic LIKE '%Recorded'"
        )
    for command in ("verify", "state"):
        result = igo(path, command, "org", env={"IGO_CIPHER_KEY": key})
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
        assert result.stderr.startswith("Error: ") and "cannot be read" in result.stderr


@pytest.mark.parametrize("bad", ["not base64!", "c2hvcnQ="], ids=["not-base64", "too-short"])
def test_a_bad_cipher_key_is_one_line(tmp_path, bad):
    result = igo(str(tmp_path / "s.sqlite"), "orgs", env={"IGO_CIPHER_KEY": bad})
    assert result.exit_code == 1 and "IGO_CIPHER_KEY" in result.stderr and "16, 24 or 32" in result.stderr


def test_a_chain_is_keyed_or_not_from_its_first_event(tmp_path, monkeypatch):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding()])
    before = rows(path)
    result = igo(
        path,
        "grant",
        "org",
        "AFG",
        "observer",
        "--on",
        "2012",
        "--document",
        "d",
        "--quote",
        "q",
        env={chain.KEY_VARIABLE: "k"},
    )
    assert result.exit_code == 1 and "is not keyed: unset IGO_CHAIN_KEY" in result.stderr
    monkeypatch.setenv(chain.KEY_VARIABLE, "k")
    with Timeline(path) as t:
        t.append([founding("keyed")])
    result = igo(
        path,
        "grant",
        "keyed",
        "AFG",
        "observer",
        "--on",
        "2012",
        "--document",
        "d",
        "--quote",
        "q",
        env={chain.KEY_VARIABLE: ""},
    )
    assert result.exit_code == 1 and "is keyed (hmac-sha256): set IGO_CHAIN_KEY" in result.stderr
    assert rows(path) == before
