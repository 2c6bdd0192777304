"""How the golden stores of this folder were made (kept so the next release can see it).

Run once, by the release that wrote them (igo-timeline 0.1.0, December 2026):

    PYTHONPATH=. python tests/data/golden-v1/make_golden.py tests/data/golden-v1

Never run it again into this folder: tests/test_golden.py checks that *later*
releases open these very files, verify them, answer as recorded in
answers.json and append to them. Regenerating them with a later release would
test nothing. (The script refuses to overwrite a folder that holds stores.)

Two stores, every write through the ``igo`` command as a user types it:

- ``plain.sqlite.gz``: the bundled SCO chronicle, then appends through the typed
  verbs (a meeting, presidency handovers, a scheduling), a correction, a
  retraction, and three organizations of the COW excerpt the tests use,
  imported at two different record times. Unkeyed chain.
- ``encrypted.sqlite.gz``: the same SCO history without COW, encrypted at rest
  (``IGO_CIPHER_KEY``) and with a keyed chain (``IGO_CHAIN_KEY``), both taken
  from ``TEST-KEYS.json``: test keys, published here, protecting nothing.

The appended facts come from /work/shared/data/sco-history-facts-2013-2025.md,
cited as the document with the row as locator. The corrected and the
retracted events are real kinds of mistakes: a two-day meeting first recorded
with its last day only, and a meeting first recorded under the wrong body.

answers.json holds what this release answered: for each store, the store's
record times (one per batch) and, keyed by the command line after
``igo --store STORE``, the JSON answer of ``state`` (several days, at every
record time), ``history`` (the ids in force, at every record time),
``diff``, ``orgs``, ``head`` and ``verify``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from igo_timeline.cli import main

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
COW_EXCERPT = REPO / "tests" / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"
SHEET = "sco-history-facts-2013-2025"
CHS = "council-of-heads-of-state"


def cite(locator: str, quote: str) -> list[str]:
    return ["--document", SHEET, "--locator", locator, "--quote", quote]


class Igo:
    """``igo --store STORE ...`` in process, failing loudly on anything but exit 0."""

    def __init__(self, store: Path, env: dict[str, str]) -> None:
        self.store = store
        self.env = env
        self.runner = CliRunner()

    def __call__(self, *args: str) -> str:
        result = self.runner.invoke(main, ["--store", str(self.store), *args], env=self.env)
        if result.exit_code != 0:
            raise SystemExit(f"igo {shlex.join(args)} failed ({result.exit_code}): {result.stderr}")
        return result.stdout

    def new_id(self, *args: str) -> str:
        return self(*args).strip().split()[-1]


def sco_history(igo: Igo) -> None:
    """The SCO's part, the same in both stores: one batch per command."""
    igo("import", "--bundled", "sco")
    igo(
        "meeting",
        "sco",
        CHS,
        "--date",
        "2013-09-13",
        "--place",
        "Bishkek",
        "--host",
        "Kyrgyzstan",
        "--name",
        "13th meeting",
        *cite("§2 row 2.1", "13th CHS. Bishkek; host Kyrgyzstan (KGZ). Chair not stated. Virtual: no."),
    )
    igo(
        "handover",
        "sco",
        "Tajikistan",
        "--on",
        "2013-09-13",
        "--from",
        "Kyrgyzstan",
        "--decided-on",
        "2013-09-13",
        *cite(
            "§3 row 3.2",
            "Tajikistan (TJK) takes over from Kyrgyzstan at the Bishkek summit and holds the presidency "
            "until the Dushanbe summit (2014-09-12).",
        ),
    )
    igo(
        "schedule",
        "sco",
        CHS,
        "--host",
        "Tajikistan",
        "--date",
        "2014",
        "--decided-on",
        "2013-09-13",
        *cite("§2 row 2.2", "13th CHS, Bishkek, 2013-09-13: next meeting to be in Tajikistan in 2014"),
    )
    dushanbe_quote = "14th CHS. Dushanbe; host Tajikistan (TJK). Chair not stated. Virtual: no."
    # recorded with its last day only, then corrected to the two days the sheet gives
    dushanbe = igo.new_id(
        "meeting",
        "sco",
        CHS,
        "--date",
        "2014-09-12",
        "--place",
        "Dushanbe",
        "--host",
        "Tajikistan",
        "--name",
        "14th meeting",
        *cite("§2 row 2.2", dushanbe_quote),
    )
    # recorded under the wrong body, then retracted
    wrong_body = igo.new_id(
        "meeting",
        "sco",
        "council-of-heads-of-government",
        "--date",
        "2014-09-11/2014-09-12",
        "--place",
        "Dushanbe",
        *cite("§2 row 2.2", dushanbe_quote),
    )
    igo(
        "correct",
        dushanbe,
        json.dumps({"date": "2014-09-11/2014-09-12"}),
        "--reason",
        "the meeting lasted two days: 2014-09-11/2014-09-12 (§2 row 2.2)",
    )
    igo(
        "retract",
        wrong_body,
        "--reason",
        "recorded under the wrong body: §2 row 2.2 is a meeting of the Council of Heads of State",
    )
    igo(
        "handover",
        "sco",
        "Russia",
        "--on",
        "2014-09-12",
        "--from",
        "Tajikistan",
        "--decided-on",
        "2014-09-12",
        *cite(
            "§3 row 3.3",
            "Russia (RUS) takes over when the Dushanbe summit ends Tajikistan's presidency, and holds it "
            "until the Ufa summit (2015-07-10).",
        ),
    )


def plain_history(igo: Igo) -> None:
    igo("import-cow", str(COW_EXCERPT), "--orgs", "cow-eip,cow-sco")
    sco_history(igo)
    igo("import-cow", str(COW_EXCERPT), "--orgs", "cow-au")


def record_times(store: Path, env: dict[str, str]) -> dict[str, list[str]]:
    """Each organization's record times (one per batch that wrote to it), oldest first, ISO 8601."""
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        from igo_timeline import Timeline

        with Timeline(str(store)) as t:
            stamps = {org: sorted({r.recorded_at for r in records}) for org, records in t.all_records()}
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return {
        org: [s.astimezone(dt.UTC).isoformat(timespec="microseconds") for s in times]
        for org, times in stamps.items()
    }


SCO_DAYS = ["2001-06-15", "2010-03-01", "2012-06-07", "2013-03-01", "2013-09-13", "2014-09-12", "2015-01-01"]
COW_DAYS = {
    "cow-eip": ["2014-12-31"],
    "cow-sco": ["2001-12-31", "2005-12-31"],
    "cow-au": ["2002-12-31", "2014-12-31"],
}


def answers(igo: Igo, times: dict[str, list[str]]) -> dict[str, Any]:
    """Every answer recorded, keyed by its command line (after ``igo --store STORE``).

    An organization is asked as known at each of its own record times (between
    two, the answer is the earlier one's) and at no time given (everything).
    """
    out: dict[str, Any] = {}

    def ask(*args: str) -> None:
        out[shlex.join(args)] = json.loads(igo(*args))

    ask("orgs", "--json")
    ask("head", "--json")
    ask("verify", "--json")
    first = min(t for org_times in times.values() for t in org_times)
    for org, org_times in times.items():
        days = SCO_DAYS if org == "sco" else COW_DAYS[org]
        for known in [*org_times, None]:
            at = ["--known-at", known] if known else []
            for day in days:
                # every day at the start and the end; in between, the day every later batch bears on
                if known in (None, org_times[0], org_times[-1]) or day == "2014-09-12":
                    ask("state", org, "--as-of", day, *at, "--json")
            # the history in force: its ids and record times (the whole events are in the store)
            history = json.loads(igo("history", org, *at, "--json"))
            out[shlex.join(("history", org, *at, "--json"))] = {
                "count": len(history),
                "events": [[e["id"], e["recorded_at"], e["corrected_by"]] for e in history],
            }
    ask("diff", "sco", "2013-01-01", "2015-01-01", "--json")
    ask("diff", "sco", "2013-01-01", "2015-01-01", "--known-at", times["sco"][0], "--json")
    ask("diff", "sco", "2013-01-01", "2015-01-01", "--known-at", first, "--json")
    return out


def deduplicated(stores: dict[str, Any]) -> None:
    """A state answer equal to an earlier one (of either store) but for the ``known_at`` it echoes
    is written as ``{"same_as": [STORE, KEY], "known_at": ITS_OWN}``: most answers do not change
    between batches, and the two stores hold the same SCO history."""
    seen: dict[str, list[str]] = {}
    for name, store in stores.items():
        for key, answer in store["answers"].items():
            if not key.startswith("state ") or not isinstance(answer, dict):
                continue
            body = json.dumps({**answer, "known_at": None}, sort_keys=True)
            if body in seen:
                store["answers"][key] = {"same_as": seen[body], "known_at": answer["known_at"]}
            else:
                seen[body] = [name, key]


def compact(store: Path) -> None:
    """Fold the write-ahead log into the file, drop free pages, and gzip it: one small file to
    commit (the test unpacks it into a temporary folder; ``gunzip -k`` to look inside)."""
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("VACUUM")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    with (
        store.open("rb") as raw,
        open(f"{store}.gz", "wb") as out,
        gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as packed,
    ):
        shutil.copyfileobj(raw, packed)
    store.unlink()


def main_(folder: Path) -> None:
    if any(folder.glob("*.sqlite*")):
        raise SystemExit(f"{folder} already holds golden stores: they are never regenerated")
    folder.mkdir(parents=True, exist_ok=True)
    keys = json.loads((HERE / "TEST-KEYS.json").read_text(encoding="utf-8"))
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    from importlib.metadata import version

    recorded: dict[str, Any] = {
        "written_by": f"igo-timeline {version('igo-timeline')} (commit {commit or 'unknown'})",
        "written_on": dt.date.today().isoformat(),
        "stores": {},
    }
    base = {"IGO_CIPHER_KEY": "", "IGO_CHAIN_KEY": "", "IGO_STORE": ""}
    plans = {
        "plain.sqlite": ({}, plain_history),
        "encrypted.sqlite": ({k: keys[k] for k in ("IGO_CIPHER_KEY", "IGO_CHAIN_KEY")}, sco_history),
    }
    for name, (env, history) in plans.items():
        store = folder / name
        igo = Igo(store, {**base, **env})
        history(igo)
        times = record_times(store, {**base, **env})
        recorded["stores"][name] = {
            "env": sorted(env),
            "record_times": times,
            "answers": answers(igo, times),
        }
        compact(store)
    deduplicated(recorded["stores"])
    (folder / "answers.json").write_text(dumps(recorded), encoding="utf-8")


def dumps(recorded: dict[str, Any]) -> str:
    """answers.json: one answer per line (compact), so that a change shows as that line."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    lines = ["{"]
    lines += [f" {one(k)}: {one(recorded[k])}," for k in ("written_by", "written_on")]
    lines.append(' "stores": {')
    for n, (name, store) in enumerate(recorded["stores"].items()):
        lines.append(f"  {one(name)}: {{")
        lines.append(f'   "env": {one(store["env"])},')
        lines.append(f'   "record_times": {one(store["record_times"])},')
        lines.append('   "answers": {')
        items = list(store["answers"].items())
        lines += [
            f"    {one(k)}: {one(v)}" + ("," if i < len(items) - 1 else "") for i, (k, v) in enumerate(items)
        ]
        lines.append("   }")
        lines.append("  }" + ("," if n < len(recorded["stores"]) - 1 else ""))
    lines += [" }", "}"]
    text = "\n".join(lines) + "\n"
    assert json.loads(text) == recorded
    return text


if __name__ == "__main__":
    main_(Path(sys.argv[1] if len(sys.argv) > 1 else HERE))
