"""Verifying the record: every organization's hash chain, and heads recorded earlier.

Reads the stored events of each stream directly (not by replaying the
aggregate, which a hand-edited stream may not survive), recomputes every link
(:mod:`igo_timeline.engine.chain`) and reports the first bad event of each
organization: an edit of content or record time, a deletion, a reordering;
and, given heads recorded earlier (``igo head``), events cut off the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from igo_timeline.engine import chain
from igo_timeline.engine.store import OrgStream, stream_id
from igo_timeline.engine.timeline import Timeline
from igo_timeline.errors import StoreError


class ChainBroken(StoreError):
    """A stored chain does not verify: the record was altered, or cut short."""


@dataclass(frozen=True)
class Problem:
    """The first bad event of an organization's chain, and what is wrong with it."""

    org: str
    position: int | None
    what: str
    event_type: str = "event"
    event_id: str | None = None

    def __str__(self) -> str:
        if self.position is None:
            return f"{self.org}: {self.what}"
        short = (self.event_id or "-")[:8]
        return f"{self.org} position {self.position} ({self.event_type} {short}): {self.what}"


@dataclass(frozen=True)
class Head:
    """Where an organization's chain ends."""

    org: str
    link: str | None
    position: int
    events: int

    def json(self) -> dict[str, Any]:
        return {"org": self.org, "head": self.link, "position": self.position, "events": self.events}


@dataclass
class Report:
    heads: list[Head] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    heads_matched: int = 0
    index_checked: int = 0  # organizations whose current index rows were checked against the log

    @property
    def events(self) -> int:
        return sum(h.events for h in self.heads)


def check_chain(timeline: Timeline, slug: str) -> tuple[Head, Problem | None, set[str]]:
    """Verify one organization's chain: its head, its first problem (if any), and every link seen."""
    app = timeline.app
    key = timeline.chain_key
    links: set[str] = set()
    try:
        stored = app.recorder.select_events(stream_id(slug))
    except Exception as err:  # rows edited by hand so that the database cannot even return them
        what = " ".join(str(err).split())[:120]
        return Head(slug, None, 0, 0), Problem(slug, None, f"its rows cannot be read ({what})"), links
    previous: str | None = None
    expected = 1
    count = 0
    last = 0

    def head() -> Head:
        return Head(slug, previous, last, count)

    for item in stored:
        version = item.originator_version
        try:
            ev: Any = app.mapper.to_domain_event(item)
        except Exception as err:  # a hand-edited row: any decoding error is the finding
            return head(), Problem(slug, version, f"does not decode ({type(err).__name__})"), links
        if version == 1:
            if not isinstance(ev, OrgStream.Created) or ev.slug != slug:
                return head(), Problem(slug, 1, "the stream's creation event was altered"), links
            expected, last = 2, 1
            continue
        payload = getattr(ev, "event", None)
        kind = payload.get("type", "event") if isinstance(payload, dict) else "event"
        ident = payload.get("id") if isinstance(payload, dict) else None

        def problem(what: str, version: int = version, kind: str = kind, ident: Any = ident) -> Problem:
            return Problem(slug, version, what, kind, ident if isinstance(ident, str) else None)

        if expected == 1:
            return head(), problem("the stream's creation event is missing"), links
        if version != expected:
            gap = f"position {expected}" if version == expected + 1 else f"positions {expected}-{version - 1}"
            return head(), problem(f"{gap} missing before it: deleted"), links
        if not isinstance(ev, OrgStream.Recorded) or not isinstance(payload, dict):
            return head(), problem("is not a recorded decision"), links
        if not ev.link:
            return head(), problem("has no chain link"), links
        algorithm = chain.algorithm(ev.link)
        if key is not None and algorithm != chain.KEYED:
            return (
                head(),
                problem(f"its link is {algorithm or 'unknown'}, but {chain.KEY_VARIABLE} is set"),
                links,
            )
        if key is None and algorithm == chain.KEYED:
            return (
                head(),
                problem(f"its link is keyed (hmac-sha256): set {chain.KEY_VARIABLE} to verify it"),
                links,
            )
        try:
            recomputed = chain.link(previous, slug, version, ev.timestamp, payload, key)
        except (TypeError, ValueError) as err:
            return head(), problem(f"its content cannot be hashed ({err})"), links
        if recomputed != ev.link:
            return (
                head(),
                problem(
                    "does not match its link: its content, record time or position was changed, "
                    "or an event before it was removed"
                ),
                links,
            )
        previous = ev.link
        links.add(ev.link)
        expected, last = version + 1, version
        count += 1
    return head(), None, links


def verify(
    timeline: Timeline,
    orgs: Iterable[str] | None = None,
    expect: Mapping[str, str] | None = None,
    *,
    index: bool = True,
) -> Report:
    """Check the chains of the organizations (all by default) against the heads expected."""
    report = Report()
    known = timeline.org_slugs()
    wanted = list(orgs) if orgs is not None else known
    expect = dict(expect or {})
    for slug in [*wanted, *(o for o in expect if o not in wanted)]:
        if slug not in known:
            if slug in expect:
                report.problems.append(
                    Problem(slug, None, "recorded head given, but the organization is gone")
                )
                continue
            raise timeline._unknown_org(slug)
        head, problem, links = check_chain(timeline, slug)
        report.heads.append(head)
        if problem is not None:
            report.problems.append(problem)
            continue
        if slug in expect:
            if expect[slug] in links:
                report.heads_matched += 1
            else:
                report.problems.append(
                    Problem(
                        slug,
                        None,
                        f"the recorded head {_short(expect[slug])} is not in the chain: events were cut off "
                        f"the end or rewritten (the chain now ends at position {head.position})",
                    )
                )
    if index and not report.problems:
        _check_index(timeline, [h.org for h in report.heads], report)
    return report


def _check_index(timeline: Timeline, slugs: list[str], report: Report) -> None:
    """The index's current rows must be exactly those the log implies (after it catches up)."""
    from igo_timeline.index import expected_rows

    index = timeline.index
    index.catch_up()
    for slug in slugs:
        have = index.current_rows(slug)
        want = expected_rows(timeline.records(slug), timeline.stored_payloads(slug))
        report.index_checked += 1
        if have != want:
            report.problems.append(
                Problem(
                    slug,
                    None,
                    f"the as-of index does not match the log ({len(have - want)} row(s) not implied by the log, "
                    f"{len(want - have)} missing): the log was changed under the index, or the index was; "
                    "igo rebuild makes it anew from the log",
                )
            )


def _short(link: str) -> str:
    """A link shortened for a message: its algorithm and 16 hex digits."""
    algorithm, _, digest = link.partition(":")
    return f"{algorithm}:{digest[:16]}..."


def parse_expectation(text: str) -> tuple[str, str]:
    """``ORG=LINK`` as printed by ``igo head``."""
    org, sep, link = text.partition("=")
    if not sep or not org or chain.algorithm(link) not in (chain.PLAIN, chain.KEYED):
        raise StoreError(f"--expect-head {text!r}: expected ORG=HASH as printed by igo head")
    return org.strip(), link.strip()
