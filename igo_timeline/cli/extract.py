"""``igo extract``: summit texts' candidate events, checked against the store and applied on request.

Several files are read in the order of their meetings (else of their
datelines); ``--check`` checks each against the store and the files before
it; ``--apply`` appends each file's new events as one atomic batch, stopping
at the first file it refuses. One summary line per file goes to stderr.
``igo extract-withdraw`` retracts an applied file's batch as a whole.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
import yaml

from igo_timeline.cli.common import note, read_source, table, timeline
from igo_timeline.engine import Timeline
from igo_timeline.errors import IgoError, InvalidInput, UnknownOrganization, UnknownParty
from igo_timeline.events.dates import parse_day
from igo_timeline.events.parties import is_state, resolve_party
from igo_timeline.extract import Candidate, Verdict, check, extract, plan
from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.check import accept_candidates
from igo_timeline.extract.html import html_published, html_text, looks_like_html, url_published
from igo_timeline.extract.vocabulary import store_ladder, store_offices, store_vocabulary
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
        how = (
            f"; record its founding first (igo found {org} NAME --on DAY --statuses member,... "
            "--document ID --quote TEXT)"
        )
        try:
            tl.records(org)
        except UnknownOrganization as err:  # names the closest known ones
            raise UnknownOrganization(f"{err}{how}") from None
        raise UnknownOrganization(f"unknown organization {org!r}{how}")
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
            # a new grant that changes the party's status says so: "new (changes MNG's status: observer -> ...)";
            # a candidate held back says why in a word ("unresolved (new-body)": the jsonl's note has the command)
            said = (
                f"{row['check']} ({row['detail']})"
                if row.get("check") == "new" and row.get("detail")
                else f"{row['check']} ({row['kind']})"
                if row.get("check") == "unresolved" and row.get("kind")
                else row.get("check")
            )
            body.append(cells + ([said] if "check" in row else []))
        for line in table([head, *body], indent=""):
            click.echo(line)


@dataclass
class _Text:
    """One file as read: its name, document id, candidates, and the day it sorts by."""

    path: str
    document: str
    candidates: list[Candidate]
    when: dt.date | None  # the meeting's first day, else the dateline's

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path != "-" else "stdin"


def _sort_day(cands: list[Candidate], text: str, published: str | None) -> dt.date | None:
    for cand in cands:
        if cand.type == "MeetingHeld" and cand.record == "event" and "body" in cand.event:
            first = str(cand.event["date"]).split("/")[0]
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
                return dt.date.fromisoformat(first)
            break
    return find_anchor(text, published).day


def _stamp(cands: list[Candidate], url: str | None, published: str | None) -> list[Candidate]:
    """Every source carries the document's address and day when they are given."""
    if not (url or published):
        return cands
    extra = {k: v for k, v in (("url", url), ("published", published)) if v}
    out = []
    for cand in cands:
        event = dict(cand.event)
        if isinstance(event.get("source"), dict):
            event["source"] = {**event["source"], **extra}
        if event.get("more_sources"):
            event["more_sources"] = [{**s, **extra} for s in event["more_sources"]]
        out.append(Candidate(cand.record, event, cand.note, cand.kind, cand.closest))
    return out


def _read(
    path: str, org: str, document: str | None, records: list[Record], url: str | None, published: str | None
) -> _Text:
    text, name = read_source(path)
    if not text.strip():
        raise InvalidInput(f"{name}: the file is empty: no text to read")
    if looks_like_html(text, name):
        # a page that states its own publication day dates what its text leaves yearless, as --published would
        published = published or html_published(text)
        text = html_text(text)
    # else the day the page's address states ("--url https://example.org/news/2021/05/25/..."), as --published would
    published = published or url_published(url)
    persons, bodies = store_vocabulary(records)
    doc_id = document or _document_id(path)
    cands = extract(
        text, org, doc_id, known_persons=persons, bodies=bodies, published=published,
        offices=store_offices(records), ladder=store_ladder(records),
    )  # fmt: skip
    return _Text(path, doc_id, _stamp(cands, url, published), _sort_day(cands, text, published))


# the command a held-back candidate's note names ("record its establishment first (igo establish-office ...)")
_FIRST_STEP = re.compile(r"\((igo establish-[^)]*)\)")


def _first_steps(skipped: list[Any]) -> str:
    """What to record before the held-back candidates can apply, each command once: "; record first: igo
    establish-office cow-opec secretary-general NAME" (the notes of --format json say the same per candidate)."""
    steps = sorted({m.group(1) for v in skipped if (m := _FIRST_STEP.search(v.candidate.note or ""))})
    return f"; record first: {'; '.join(steps)}" if steps else ""


def _counts(items: list[str]) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(Counter(items).items()))


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_day(value).isoformat()
    except Exception:  # noqa: BLE001 - any unreadable day is the same bad input
        raise InvalidInput(f"--published {value!r}: not a day (YYYY-MM-DD)") from None


@click.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option("--org", required=True, help="The organization's slug (e.g. sco).")
@click.option(
    "--document", "document_id", help="The document id the quotes cite (one FILE; default: its name)."
)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "yaml", "table"]), default=None,
              help="Print the records (default jsonl; with --apply nothing unless given).")  # fmt: skip
@click.option("--check", "do_check", is_flag=True, help="Compare each candidate with the store, by meaning.")
@click.option(
    "--apply",
    "do_apply",
    is_flag=True,
    help="Append each file's new candidates as one batch (implies --check).",
)
@click.option("--skip-conflicts", is_flag=True, help="With --apply: apply the new ones despite conflicts.")
@click.option("--accept-candidates", is_flag=True, help="Read a name close to a known one as that person.")
@click.option("--url", help="The document's address, recorded in every source.")
@click.option(
    "--published",
    help="The document's day (YYYY-MM-DD): recorded, and anchors its dates. An HTML page's own publication "
    "day (article:published_time, datePublished, <time pubdate>), else a day --url states "
    "(.../2021/05/25/..., .../20210525/...), is taken when this is not given.",
)
@click.pass_context
def extract_(
    ctx: click.Context, files: tuple[str, ...], org: str, document_id: str | None, fmt: str | None,
    do_check: bool, do_apply: bool, skip_conflicts: bool, accept_candidates: bool, url: str | None,
    published: str | None,
) -> None:  # fmt: skip
    """Candidate events of summit texts (FILE..., or - for stdin), each with its quote.

    Prints one record per line ({"record": "event"|"attestation"|"unresolved",
    "event": {...}, "note": ...}); quotes carry start/end offsets into the
    text as read. With several files, --check and --apply take them in the
    order of their meetings (else their datelines) and check each against the
    ones before it; --apply appends each file as its own batch and stops at
    the first file it refuses. Never writes to the store unless --apply is given.
    """
    if document_id and len(files) > 1:
        raise InvalidInput("--document names one file's document; give one FILE with it")
    day = _published(published)
    tl = timeline(ctx)
    records = _records(tl, org)
    texts = [_read(path, org, document_id, records, url, day) for path in files]
    if accept_candidates:
        for t in texts:
            t.candidates = accept_candidates_(t.candidates)
    if not (do_check or do_apply):
        rows = [c.to_json() for t in texts for c in t.candidates]
        _print(rows, fmt or "jsonl")
        for t in texts:
            found = _counts([c.record for c in t.candidates])
            note(f"{t.name}: " + (found + _undated_hint(t.candidates) if found else "nothing found"))
        return
    if len(texts) > 1:
        undated = [t.name for t in texts if t.when is None]
        if undated:
            raise InvalidInput(
                f"{', '.join(undated)}: names no meeting and has no dated dateline, so its place in the "
                "order is unknown (give it alone, or with --published)"
            )
        texts.sort(key=lambda t: t.when or dt.date.min)
    if do_apply:
        _apply(tl, org, texts, fmt, skip_conflicts)
    else:
        _check(tl, org, texts, records, fmt or "jsonl")


def accept_candidates_(cands: list[Candidate]) -> list[Candidate]:
    return accept_candidates(cands)


def _line(t: _Text, verdicts: list[Verdict]) -> str:
    if not verdicts:
        return f"{t.name}: nothing found"  # as without --check
    return f"{t.name}: " + _counts([v.verdict for v in verdicts]) + _undated_hint(t.candidates)


def _undated_hint(cands: list[Candidate]) -> str:
    """Say how to date what the text left undated (its year stated nowhere), once per file."""
    n = sum(1 for c in cands if c.record == "unresolved" and c.kind == "date-unresolved")
    return f" ({n} date-unresolved: the text states no year for them; give --published DAY)" if n else ""


def _check(tl: Timeline, org: str, texts: list[_Text], records: list[Record], fmt: str) -> None:
    """Each file against the store and the files before it (in a scratch copy: nothing is written)."""
    scratch = None
    if len(texts) > 1:
        scratch = Timeline("memory:")
        if records:
            scratch.append([r.event for r in records])
    for t in texts:
        current = scratch.records(org) if scratch and org in scratch.org_slugs() else records
        verdicts = check(t.candidates, current)
        _print([v.to_json() for v in verdicts], fmt)
        note(_line(t, verdicts))
        if scratch is not None:
            events, _ = plan(verdicts, skip_conflicts=True)
            if events:
                scratch.append(events)
    if scratch is not None:
        scratch.close()


def _apply(tl: Timeline, org: str, texts: list[_Text], fmt: str | None, skip_conflicts: bool) -> None:
    applied: list[str] = []
    for t in texts:
        records = _records(tl, org)
        verdicts = check(t.candidates, records)
        if fmt:
            _print([v.to_json() for v in verdicts], fmt)
        events, why = plan(verdicts, skip_conflicts=skip_conflicts)
        if why:
            note(f"{_line(t, verdicts)}; refused: {why}")
            done = ", ".join(applied) or "none"
            raise InvalidInput(f"stopped at {t.name}; files applied before it: {done}")
        skipped = [v for v in verdicts if v.verdict == "unresolved"]
        tail = (
            f"; {len(skipped)} candidate(s) not applied ({_counts([v.candidate.kind or '?' for v in skipped])})"
            f"{_first_steps(skipped)}"
            if skipped
            else ""
        )
        if not events:
            note(f"{_line(t, verdicts)}; nothing new to apply{tail}")
            applied.append(t.name)
            continue
        try:
            result = tl.append(events)
        except IgoError as err:
            note(f"{_line(t, verdicts)}; refused by the record's rules: {' '.join(str(err).split())}")
            done = ", ".join(applied) or "none"
            raise InvalidInput(f"stopped at {t.name}; files applied before it: {done}") from None
        known = f", {len(result.known)} already recorded" if result.known else ""
        withdrawn = len(set(result.known) & _retracted(records))  # the records read before this file's append
        if withdrawn:  # the file's events were withdrawn before (igo extract-withdraw): they stay withdrawn
            known = (
                f", {len(result.known)} already recorded ({withdrawn} of them withdrawn before by"
                " igo extract-withdraw: not applied again)"
            )
        note(f"{_line(t, verdicts)}; applied {len(result.added)} new event(s) as one batch{known}{tail}")
        applied.append(t.name)


def _retracted(records: list[Record]) -> set[str]:
    """The ids of the events a retraction among ``records`` withdrew."""
    return {r.event.target for r in records if r.event.type == "EventRetracted"}  # type: ignore[attr-defined]


@click.command("extract-withdraw")
@click.argument("document")
@click.option("--org", required=True, help="The organization's slug.")
@click.option("--reason", required=True, help="Why the file's events are withdrawn.")
@click.pass_context
def extract_withdraw(ctx: click.Context, document: str, org: str, reason: str) -> None:
    """Withdraw the batch that `igo extract --apply` recorded from DOCUMENT (a file's document id).

    DOCUMENT may be the file itself: its id is its name without the extension.
    Every event of the latest batch whose source is DOCUMENT is retracted, in
    one batch, with the reason; the events stay in the log (and in history as
    known before the withdrawal).
    """
    tl = timeline(ctx)
    records = tl.records(org)
    retracted = _retracted(records)

    def citing(doc: str) -> list[Any]:
        return [
            r for r in records
            if r.event.type not in ("EventRetracted", "EventCorrected")
            and r.event.source is not None and r.event.source.document == doc
        ]  # fmt: skip

    mine = citing(document)
    if (
        not mine and _document_id(document) != document
    ):  # "opec-algiers.txt": the id igo extract gave the file
        mine = citing(_document_id(document))
        document = _document_id(document) if mine else document
    if not mine:
        raise InvalidInput(f"no event of {org!r} cites document {document!r}")
    latest = max(r.recorded_at for r in mine)
    batch = [r for r in mine if r.recorded_at == latest and r.event.id not in retracted]
    if not batch:
        raise InvalidInput(f"the batch applied from {document!r} is already withdrawn")
    items = [{"type": "EventRetracted", "org": org, "target": r.event.id, "reason": reason} for r in batch]
    result = tl.append(items)
    note(
        f"{document}: withdrew {len(result.added)} event(s) applied at {latest.isoformat(timespec='seconds')}"
    )


COMMANDS = [extract_, extract_withdraw]
