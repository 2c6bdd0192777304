"""``igo extract``: a communiqué's candidate events, checked against the store on request."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import click
import yaml

from igo_timeline.cli.common import note, read_source, table, timeline
from igo_timeline.engine import Timeline
from igo_timeline.errors import InvalidInput, UnknownOrganization, UnknownParty
from igo_timeline.events.parties import is_state, resolve_party
from igo_timeline.extract import Verdict, check, extract, plan
from igo_timeline.extract.html import html_text, looks_like_html
from igo_timeline.extract.vocabulary import store_vocabulary
from igo_timeline.projections.effective import Record


def _records(tl: Timeline, org: str) -> list[Record]:
    """The organization's records; [] for an organization the store lacks but the party table knows."""
    if org in tl.org_slugs():
        return tl.records(org)
    try:
        known = resolve_party(org) == org and not is_state(org)
    except UnknownParty:
        known = False
    if not known:
        tl.records(org)  # raises UnknownOrganization naming the closest known ones
        raise UnknownOrganization(f"unknown organization {org!r}")
    return []


def _document_id(path: str) -> str:
    if path == "-":
        return "stdin"
    return re.sub(r"[^A-Za-z0-9_.:-]+", "-", Path(path).stem).strip("-") or "document"


def _summary(row: dict[str, Any]) -> str:
    e = row["event"]
    keys = ("party", "status", "office", "person", "to_party", "body", "host", "title", "place")
    return " ".join(f"{k}={e[k]}" for k in keys if e.get(k))[:56]


def _date(e: dict[str, Any]) -> str:
    for key in ("effective", "term", "date", "adopted_on", "signed_on"):
        if e.get(key):
            return str(e[key])
    return "?"


def _print(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "yaml":
        click.echo(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=100), nl=False)
    else:
        head = ["record", "type", "date", "what", "quote"] + (
            ["check"] if rows and "check" in rows[0] else []
        )
        body = []
        for row in rows:
            quote = " ".join(row["event"]["source"]["quote"].split())
            cells = [row["record"], row["event"].get("type", "?"), _date(row["event"]), _summary(row),
                     quote[:48] + ("…" if len(quote) > 48 else "")]  # fmt: skip
            body.append(cells + ([row["check"]] if "check" in row else []))
        for line in table([head, *body], indent=""):
            click.echo(line)


@click.command("extract")
@click.argument("file")
@click.option("--org", required=True, help="The organization's slug (e.g. sco).")
@click.option("--document", "document_id", help="The document id the quotes cite (default: the file's name).")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "yaml", "table"]), default="jsonl", show_default=True
)
@click.option("--check", "do_check", is_flag=True, help="Compare each candidate with the store, by meaning.")
@click.option(
    "--apply", "do_apply", is_flag=True, help="Append the new candidates as one batch (implies --check)."
)
@click.option("--skip-conflicts", is_flag=True, help="With --apply: apply the new ones despite conflicts.")
@click.pass_context
def extract_(
    ctx: click.Context, file: str, org: str, document_id: str | None, fmt: str,
    do_check: bool, do_apply: bool, skip_conflicts: bool,
) -> None:  # fmt: skip
    """Candidate events of a summit communiqué (FILE, or - for stdin), each with its quote.

    Prints one record per line ({"record": "event"|"attestation"|"unresolved",
    "event": {...}, "note": ...}); quotes carry start/end offsets into the
    text as read. Never writes to the store unless --apply is given.
    """
    text, name = read_source(file)
    if looks_like_html(text, name):
        text = html_text(text)
    tl = timeline(ctx)
    records = _records(tl, org)
    persons, bodies = store_vocabulary(records)
    candidates = extract(text, org, document_id or _document_id(file), known_persons=persons, bodies=bodies)
    if not (do_check or do_apply):
        _print([c.to_json() for c in candidates], fmt)
        counts = Counter(c.record for c in candidates)
        note(", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing found")
        return
    verdicts: list[Verdict] = check(candidates, records)
    if not do_apply:  # --apply reports in summary lines only: the records are for review
        _print([v.to_json() for v in verdicts], fmt)
    note(", ".join(f"{n} {k}" for k, n in sorted(Counter(v.verdict for v in verdicts).items())))
    if not do_apply:
        return
    events, why = plan(verdicts, skip_conflicts=skip_conflicts)
    if why:  # the records that stop it, for review; nothing else
        _print([v.to_json() for v in verdicts if v.verdict in ("conflicting", "unresolved")], fmt)
        raise InvalidInput(why)
    if not events:
        note("nothing new to apply")
        return
    result = tl.append(events)
    note(
        f"applied {len(result.added)} new event(s) as one batch"
        + (f"; {len(result.known)} already recorded" if result.known else "")
    )


COMMANDS = [extract_]
