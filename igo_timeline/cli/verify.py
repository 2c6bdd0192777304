"""Commands that vouch for the record: verify the hash chains, print their heads."""

from __future__ import annotations

import click

from igo_timeline.cli.common import note, output_option, print_answer, timeline
from igo_timeline.engine.integrity import ChainBroken, parse_expectation, verify


@click.command("verify")
@click.argument("org", required=False)
@click.option(
    "--expect-head",
    "expect",
    multiple=True,
    metavar="ORG=HASH",
    help="A head printed earlier by igo head: the chain must still contain it (nothing cut off the end).",
)
@output_option
@click.pass_context
def verify_(ctx: click.Context, org: str | None, expect: tuple[str, ...], output: str) -> None:
    """Check every organization's hash chain (or ORG's): exit 1 naming the first bad event.

    Each stored event carries a link over the previous link, its organization,
    position, record time and content (HMAC with IGO_CHAIN_KEY when set). An
    edit, a deletion or a reordering breaks the chain; events cut off the end
    are caught against heads recorded earlier with igo head.
    """
    expected = dict(parse_expectation(e) for e in expect)
    report = verify(timeline(ctx), [org] if org else None, expected)
    if output != "table":
        print_answer(
            {
                "ok": not report.problems,
                "organizations": len(report.heads),
                "events": report.events,
                "heads_matched": report.heads_matched,
                "problems": [str(p) for p in report.problems],
                "heads": [h.json() for h in report.heads],
            },
            output,
        )
    if report.problems:
        for problem in report.problems[1:]:
            note(f"also: {problem}")
        raise ChainBroken(f"chain broken: {report.problems[0]}")
    matched = f"; {report.heads_matched} recorded head(s) found" if expected else ""
    note(
        f"verified {report.events} event(s) in {len(report.heads)} organization(s): every chain intact{matched}"
    )


@click.command("head")
@click.argument("org", required=False)
@output_option
@click.pass_context
def head(ctx: click.Context, org: str | None, output: str) -> None:
    """Print where each organization's chain ends, as ORG=HASH (keep it; give it to igo verify --expect-head)."""
    t = timeline(ctx)
    report = verify(t, [org] if org else None)
    if output != "table":
        print_answer([h.json() for h in report.heads], output)
        return
    for h in report.heads:
        if h.link:
            click.echo(f"{h.org}={h.link}")
    if report.problems:
        note(f"warning: {report.problems[0]}; run igo verify")


COMMANDS = [verify_, head]
