"""Documents approved, adopted or signed; agreements not yet in force; bodies being set up.

An object list after the verb ("approved the revised version of the X and the
Programme of ... for 2013-2015, which ...") is cut where a new title starts
(", the <Kind>", " and the <Kind>"); a title's trailing clause (", which
...", " delivered by" is kept: it tells reports apart) is dropped. A title
"for 2013-2015" gives the document's period in force; "the revised version
of" makes it a revision. "<Agreement ...> signed in June 2010 must take
effect" is an agreement signed then and not yet in force.
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import find_dates, years_interval
from igo_timeline.extract.names import resolve_body
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage, normalize

_KINDS = {
    "declaration": "declaration", "strategic plan": "plan", "action plan": "plan", "plan": "plan",
    "programme": "programme", "program": "programme", "regulations": "regulations", "regulation": "regulations",
    "agreement": "agreement", "treaty": "treaty", "convention": "convention", "charter": "charter",
    "concept": "concept", "protocol": "protocol", "memorandum": "memorandum", "statement": "statement",
    "strategy": "strategy", "report": "report", "development strategy": "strategy", "rules": "regulations",
    "provisions": "regulations", "decision": "decision",
}  # fmt: skip
_KIND = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))
_TITLE_START = re.compile(
    rf"\b(?:the\s+)?(?:revised\s+version\s+of\s+(?:the\s+)?)?(?:SCO\s+)?(?:{_KIND})\b", re.I
)
_VERB = re.compile(
    r"\b(?:(?:heard\s+and\s+)?approved|adopted|signed|endorsed|ratified|(?:have\s+been\s+|were\s+)?(?:incorporated|reflected)\s+in(?:to)?)\b"
)
_TRAIL = re.compile(
    r"(?:,\s*which\b|,\s*that\b|,\s*aimed\b|\s+signed\s+(?:in|on|at)\b|\s+must\b|\s+should\b|\s+to\s+enter\b|\s+will\b|\s*[.;]\s*$).*$"
)
_SPLIT = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:also\s+)?(?:approved|adopted|signed|endorsed)\s+)?(?=(?:the\s+)?(?:revised\s+version\s+of\s+(?:the\s+)?)?(?:SCO\s+)?(?:{_KIND})\b)",
    re.I,
)
_SIGNED_BEFORE = re.compile(
    r"\bsigned\s+(?:in|on)\s+(?P<when>.+?)(?:\s+(?:must|should|has|have|is|are|will|to)\b|[,.;]|$)"
)
_NOT_IN_FORCE = re.compile(
    r"\b(?:take\s+effect|enter\s+into\s+force|come\s+into\s+force|ratification)\b.*\b(?:as\s+soon\s+as\s+possible|early|speedy|soon)\b|\bnot\s+yet\s+(?:in\s+force|entered)",
    re.I,
)
_SETTING_UP = re.compile(
    r"\b(?:setting\s+up|establishing|establishment\s+of|creation\s+of|creating)\s+(?:the\s+)?(?P<what>.+?)(?=,|\.|;|$)"
)


def documents(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.doc.sentences:
        text = passage.norm
        signed_before = _SIGNED_BEFORE.search(text)
        if signed_before:
            out.extend(_signed_earlier(ctx, passage, signed_before))
            continue
        verb = _VERB.search(text)
        if not verb or not _TITLE_START.search(text, verb.end()):
            continue
        first = _TITLE_START.search(text, verb.end())
        assert first is not None
        if text[verb.end() : first.start()].strip(" ,"):
            continue  # "approved the report ..." yes; "approved the need to ..." no title right after
        pieces = _pieces(text, first.start())
        for k, (start, end) in enumerate(pieces):
            cand = _document(ctx, passage, start, end, 0 if k == 0 else start, verb.group())
            if cand:
                out.append(cand)
    return out


def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    trail = _TRAIL.search(text, start)
    stop = trail.start() if trail else len(text)
    cuts = [start] + [m.end() for m in _SPLIT.finditer(text, start, stop)]
    ends = [m.start() for m in _SPLIT.finditer(text, start, stop)] + [stop]
    return list(zip(cuts, ends, strict=True))


def _title(phrase: str) -> tuple[str, str, bool]:
    """(title, kind, revised) of a document phrase."""
    phrase = normalize(re.sub(r"^the\s+", "", phrase.strip(), flags=re.I))
    revised = bool(re.match(r"revised\s+version\s+of\s+", phrase, re.I))
    phrase = re.sub(r"^revised\s+version\s+of\s+(?:the\s+)?", "", phrase, flags=re.I)
    kind_word = re.search(rf"\b({_KIND})\b", phrase, re.I)
    kind = _KINDS[kind_word.group(1).lower()] if kind_word else "document"
    title = phrase[:1].upper() + phrase[1:]
    return title, kind, revised


def slug(title: str) -> str:
    text = title.casefold()
    text = re.sub(r"shanghai cooperation organi[sz]ation", "sco", text)
    text = re.sub(r"\b(?:the|of|in|on|for|and|a|an)\b", " ", text)
    return "-".join(re.findall(r"[a-z0-9]+", text))[:80].strip("-")


def _document(
    ctx: Context, passage: Passage, start: int, end: int, quote_start: int, verb: str
) -> Candidate | None:
    title, kind, revised = _title(passage.norm[start:end])
    if len(title.split()) < 2:
        return None
    doc_slug = slug(title)
    event: dict[str, Any] = {"type": "DocumentAdopted", "document": doc_slug, "title": title, "kind": kind}
    if revised:
        event["title"] = f"{title} (revised version)"
        event["revises"] = doc_slug
        if ctx.meeting:
            event["document"] = f"{doc_slug[:66].strip('-')}-revised-{ctx.meeting.last_day[:4]}"
    period = [
        d
        for d in find_dates(title)
        if d.kind in ("years", "year") and re.search(rf"\bfor\s+{re.escape(title[d.start : d.end])}", title)
    ]
    if period:
        event["in_force"] = years_interval(period[-1].edtf)
    quote = passage.sub(quote_start, end)
    if "signed" in verb and kind in (
        "agreement",
        "treaty",
        "convention",
        "protocol",
        "memorandum",
        "charter",
    ):
        event = {"type": "AgreementSigned", "document": doc_slug, "title": title, "kind": kind}
        return ctx.decision(event, "signed_on", quote, decided=False)
    return ctx.decision(event, "adopted_on", quote, decided=False)


def _signed_earlier(ctx: Context, passage: Passage, signed: re.Match[str]) -> list[Candidate]:
    text = passage.norm
    first = None
    for m in _TITLE_START.finditer(text, 0, signed.start()):
        first = m
        break
    dates = find_dates(signed.group("when"))
    if first is None or not dates:
        return []
    title, kind, _ = _title(text[first.start() : signed.start()])
    event: dict[str, Any] = {
        "type": "AgreementSigned", "org": ctx.org, "document": slug(title), "title": title,
        "kind": kind, "signed_on": dates[0].edtf, "source": ctx.source(passage),
    }  # fmt: skip
    note = "not yet in force at the meeting" if _NOT_IN_FORCE.search(text) else None
    return [Candidate("event", event, note=note)]


def bodies_planned(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.doc.sentences:
        m = _SETTING_UP.search(passage.norm)
        if not m:
            continue
        names = re.split(r"\s+and\s+(?:the\s+)?(?=(?:SCO\s+)?[A-Z])", m.group("what"))
        for name in names:
            body = resolve_body(name, ctx.bodies)
            if body is None:
                continue
            event = {"type": "BodyPlanned", "body": body, "name": normalize(name)}
            out.append(ctx.decision(event, "date", passage, decided=False))
    return out
