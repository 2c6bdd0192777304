"""Commands that vouch for the record: verify the hash chains, print their heads."""

from __future__ import annotations

import time

import click

from igo_timeline.cli.common import note, output_option, print_answer, timeline
from igo_timeline.engine import Timeline
from igo_timeline.engine.integrity import ChainBroken, parse_expectation, verify
from igo_timeline.engine.rules import violations
from igo_timeline.projections.effective import decisions, effective_events


@click.command("verify")
@click.argument("org", required=False)
@click.option(
    "--expect-head",
    "expect",
    multiple=True,
    metavar="ORG=HASH",
    help="A head printed earlier by igo head: the chain must still contain it (nothing cut off the end).",
)
@click.option(
    "--rules",
    "rules",
    is_flag=True,
    help="Also list the rule breaks the store already holds (new appends tolerate them): exit 1 if any.",
)
@output_option
@click.pass_context
def verify_(ctx: click.Context, org: str | None, expect: tuple[str, ...], rules: bool, output: str) -> None:
    """Check every organization's hash chain (or ORG's): exit 1 naming the first bad event.

    Each stored event carries a link over the previous link, its organization,
    position, record time and content (HMAC with IGO_CHAIN_KEY when set). An
    edit, a deletion or a reordering breaks the chain; events cut off the end
    are caught against heads recorded earlier with igo head.
    """
    expected = dict(parse_expectation(e) for e in expect)
    report = verify(timeline(ctx), [org] if org else None, expected)
    breaks = rule_breaks(timeline(ctx), [org] if org else None) if rules else []
    if output != "table":
        print_answer(
            {
                "ok": not report.problems,
                "organizations": len(report.heads),
                "events": report.events,
                "heads_matched": report.heads_matched,
                "index_checked": report.index_checked,
                "problems": [str(p) for p in report.problems],
                "heads": [h.json() for h in report.heads],
                **({"rule_breaks": breaks} if rules else {}),
            },
            output,
        )
    else:
        for item in breaks:
            click.echo(
                f"{item['org']}: {item['rule']}: {item['event_type']} {(item['event'] or '-')[:8]}: {item['detail']}"
            )
    if report.problems:
        for problem in report.problems[1:]:
            note(f"also: {problem}")
        first = report.problems[0]
        label = "index out of step" if first.what.startswith("the as-of index") else "chain broken"
        raise ChainBroken(f"{label}: {first}")
    if breaks:
        raise ChainBroken(
            f"{len(breaks)} rule break(s) held in the store (tolerated by new appends; listed above)"
        )
    matched = f"; {report.heads_matched} recorded head(s) found" if expected else ""
    note(
        f"verified {report.events} event(s) in {len(report.heads)} organization(s): every chain intact{matched}; "
        f"the as-of index matches the log" + ("; no rule break held in the store" if rules else "")
    )


def rule_breaks(tl: Timeline, orgs: list[str] | None) -> list[dict[str, str | None]]:
    """Every rule the stored history of each organization breaks (DESIGN section 8: violations
    already in a store are not held against new appends; this says what they are)."""
    found = []
    for slug in orgs or tl.org_slugs():
        for v in violations(decisions(effective_events(tl.records(slug)))):
            found.append(
                {
                    "org": slug,
                    "rule": v.rule,
                    "event": v.event.id,
                    "event_type": v.event.type,
                    "other": v.other.id if v.other is not None else None,
                    "detail": v.detail,
                }
            )
    return found


@click.command("head")
@click.argument("org", required=False)
@output_option
@click.pass_context
def head(ctx: click.Context, org: str | None, output: str) -> None:
    """Print where each organization's chain ends, as ORG=HASH (keep it; give it to igo verify --expect-head)."""
    t = timeline(ctx)
    report = verify(t, [org] if org else None, index=False)  # the chains only
    if output != "table":
        print_answer([h.json() for h in report.heads], output)
        return
    for h in report.heads:
        if h.link:
            click.echo(f"{h.org}={h.link}")
    if report.problems:
        note(f"warning: {report.problems[0]}; run igo verify")


@click.command("rebuild")
@output_option
@click.pass_context
def rebuild(ctx: click.Context, output: str) -> None:
    """Rebuild the as-of index from the log, from zero (queries keep it current by themselves).

    The index is a projection of the store's log: every answer of igo state
    and igo diff is read from it. It catches up on its own before each
    query; rebuild it after changing the code that builds it, or when igo
    verify says it does not match the log.
    """
    t = timeline(ctx)
    started = time.perf_counter()
    events = t.index.rebuild()
    seconds = time.perf_counter() - started
    counts = t.index.counts()
    if output != "table":
        print_answer({"events": events, "seconds": round(seconds, 3), **counts}, output)
        return
    note(
        f"rebuilt the index: {events} event(s) of {counts['orgs']} organization(s) -> {counts['rows']} row(s), "
        f"{counts['current_rows']} current, in {seconds:.2f} s"
    )


COMMANDS = [verify_, head, rebuild]
