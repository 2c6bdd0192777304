"""Commands that answer questions: state, history, replay, diff, orgs, show, schema."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from igo_timeline.cli.common import (
    day_option,
    echo_table,
    indexed,
    known_at_option,
    note,
    org_argument,
    output_option,
    parse_period,
    period_option,
    print_answer,
    print_json,
    rich_output,
    short,
    timeline,
)
from igo_timeline.errors import InvalidInput
from igo_timeline.events import EventBase, EventCorrected, party_name, resolve_party
from igo_timeline.projections.answers import (
    batches_answer,
    event_answer,
    orgs_answer,
    schema_answer,
)
from igo_timeline.projections.history import event_json, step_day
from igo_timeline.projections.period import Period, PeriodState
from igo_timeline.projections.results import Change, State


def describe(ev: EventBase) -> str:
    """One line saying what an event decided (each type words its own: ``EventBase.summary``)."""
    return ev.summary()


def _quote(ev: EventBase, width: int = 90) -> str:
    q = " ".join(ev.source.quote.split()) if ev.source else ""
    return q if len(q) <= width else q[: width - 1] + "…"


# -- state ---------------------------------------------------------------------------


# the parties "not in state system" a human answer lists one by one, at most (more are counted)
_OUTSIDE_LISTED = 5


def _human_state(state: State) -> list[str | list[list[str]]]:
    """The state for people: heading lines and tables (rich on a terminal, plain text otherwise).

    Parties whose status is not known (uncertain entries of kind ``status_unknown``) get a
    block of their own after the statuses, "status unknown (n)"; the other uncertain entries
    come last."""
    out: list[str | list[list[str]]] = []
    known = f", as known at {state.known_at.isoformat()}" if state.known_at else ""
    if not state.recorded:
        assert state.known_at is not None
        out.append(f"{state.org}: as of {state.as_of.isoformat()}{known}")
        out.append(f"  nothing about the organization had been recorded by {state.known_at.isoformat()}")
        return out
    out.append(f"{state.org}: {state.name or '(not founded)'}, as of {state.as_of.isoformat()}{known}")
    if state.founded is None:
        out.append("  not founded on this day")
    if state.dissolved is not None:
        out.append(f"  dissolved {state.dissolved.date} [{short(state.dissolved.event)}]")
    if state.links:
        out += [f"  the same organization as {other}" for other in state.links["same_as"]]
        out += [f"  succeeds {s['org']} from {s['on']}" for s in state.links["succeeds"]]
        out += [f"  succeeded by {s['org']} from {s['on']}" for s in state.links["succeeded_by"]]
    for status in state.ladder:
        entries = state.statuses.get(status, [])
        out.append(f"{status.replace('_', ' ')} ({len(entries)})")
        if status == "not_in_state_system" and len(entries) > _OUTSIDE_LISTED:
            # COW's empty cells: every state not in the state system that year (Hanover, the Papal States, ...);
            # a reader of one organization asks about its members, so they are counted, not listed
            out.append("  states outside the state system on that day (COW's empty cells): --json lists them")
            continue
        rows = [
            [e.party, e.name, f"since {e.since}" + (f" (as {e.via})" if e.via else ""), f"[{short(e.event)}]"]
            for e in entries
        ]
        if any(e.conditions or e.previously for e in entries):  # a column only where one says something
            rows = [[*row, _conditions_cell(e)] for row, e in zip(rows, entries, strict=True)]
        out.append(rows)
    # parties whose status is not known (StatusUnknown): uncertain entries, shown beside the
    # statuses (where a reader looks for a party) rather than once more in the uncertain block
    unknown = [u for u in state.uncertain if u.kind == "status_unknown"]
    others = [u for u in state.uncertain if u.kind != "status_unknown"]
    if unknown:
        out.append(f"status unknown ({len(unknown)})")
        out.append([[u.party or "", u.name or "", f"since {u.date}", f"[{short(u.event)}]"] for u in unknown])
    out.append("offices")
    rows = []
    for slug, office in state.offices.items():
        if office.holder:
            holder = office.holder + (f" ({office.nationality})" if office.nationality else "")
            rows.append([slug, holder, office.term or "", f"[{short(office.event)}]"])
        elif office.status == "ended":
            rows.append(
                [slug, "no holder recorded", f"last term {office.term} ended", f"[{short(office.event)}]"]
            )
        else:
            rows.append([slug, office.status, "", ""])
    out.append(rows)
    p = state.presidency
    out.append("presidency")
    if p is not None:
        chair = state.chairs.get("presidency")
        until = f" until {chair.until}" if chair and chair.until else ""
        since = f"since {p.since}" if p.since else "start unknown"
        out.append(f"  {p.party}  {p.name}  {since}{until}  [{short(p.event)}]")
    elif "presidency" in state.chairs:
        vacant = state.chairs["presidency"]
        out.append("  vacant" + (f"  [{short(vacant.event)}]" if vacant.event else ""))
    else:
        out.append("  none recorded")
    extra_chairs = {slug: c for slug, c in state.chairs.items() if slug != "presidency"}
    if extra_chairs:
        out.append("chairs")
        out.append(
            [
                [
                    slug,
                    c.party or "vacant",
                    c.name or "",
                    (f"since {c.since}" if c.since else "") + (f" until {c.until}" if c.until else ""),
                    f"[{short(c.event)}]" if c.event else "",
                ]
                for slug, c in extra_chairs.items()
            ]
        )
    if state.pending:
        out.append(f"pending procedures ({len(state.pending)})")
        out.append(
            [
                [
                    p.party,
                    p.name,
                    p.procedure + (f" towards {p.status}" if p.status else ""),
                    f"since {p.since}" + "".join(f"; {s.step} {s.date}" for s in p.steps),
                    f"[{short(p.event)}]",
                ]
                for p in state.pending
            ]
        )
    for title, meetings in (
        ("upcoming meetings", state.upcoming_meetings),
        ("meetings held", state.meetings_held),
    ):
        out.append(f"{title} ({len(meetings)})")
        out.append(
            [
                [m.date, m.body, ", ".join(x for x in (m.place, m.host) if x), f"[{short(m.event)}]"]
                for m in meetings
            ]
        )
    for title, docs in (
        ("documents adopted", state.documents_adopted),
        ("documents in force", state.documents_in_force),
        ("agreements not in force", state.agreements_not_in_force),
    ):
        out.append(f"{title} ({len(docs)})")
        out.append([[d.date, d.kind, d.title, f"[{short(d.event)}]"] for d in docs])
    if state.bodies or state.bodies_planned:
        out.append("bodies")
        out.append([[b.body, b.name, f"since {b.since}", f"[{short(b.event)}]"] for b in state.bodies])
        out.append([[b.body, b.name, "being set up", f"[{short(b.event)}]"] for b in state.bodies_planned])
    besides = f", besides the {len(unknown)} of status unknown above" if unknown else ""
    out.append(f"uncertain on this day ({len(others)}{besides})")
    out.append(
        [
            [
                u.kind + (f" ({u.reason})" if u.reason else "") + (f" {u.chair}" if u.chair else ""),
                " ".join(
                    x for x in (u.party, u.status, u.condition, u.office, u.person, u.body, u.document) if x
                ),
                u.date,
                f"[{short(u.event)}]",
            ]
            for u in others
        ]
    )
    return out


def _conditions_cell(entry: Any) -> str:
    """A status entry's conditions in words: "suspended since 2009-01-01 until 2009-12-31"."""
    words = []
    for c in entry.conditions or []:
        text = f"{c.condition.replace('_', ' ')} since {c.since}"
        if c.until:
            text += f" until {c.until}"
        if c.takes_effect:
            text += f", takes effect {c.takes_effect}"
        words.append(f"{text} [{short(c.event)}]")
    for step in entry.previously or []:
        words.append(f"previously {step['status'].replace('_', ' ')} since {step['since']}")
    return "; ".join(words)


def _echo_blocks(blocks: list[str | list[list[str]]]) -> None:
    for block in blocks:
        if isinstance(block, str):
            click.echo(block)
        else:
            echo_table(block)


def _human_period(answer: PeriodState) -> list[str | list[list[str]]]:
    """A period's state for people: the day's blocks, the lists headed "every day", then what held
    partly (with its spans) and what changed within the period."""
    out = _human_state(answer.state)
    span = f"{answer.start.isoformat()} to {answer.end.isoformat()}"
    first = out[0]
    assert isinstance(first, str)
    out[0] = first.replace(f", as of {answer.state.as_of.isoformat()}", f", in {answer.period} ({span})", 1)
    for i, block in enumerate(out):
        if isinstance(block, str) and block.split(" (")[0].replace(" ", "_") in answer.state.ladder:
            out[i] = block.replace(" (", ", every day (", 1)
    partly = [
        [
            p.kind,
            # who holds what: a party its status, an office its holder, a party the presidency
            f"{p.holds} ({p.name})" if p.kind == "presidency" else f"{p.subject} ({p.name or p.subject})",
            "presidency" if p.kind == "presidency" else _holds(p.holds),
            ", ".join(s.start if s.start == s.end else f"{s.start} to {s.end}" for s in p.spans),
        ]
        for p in answer.partly
    ]
    where = next(
        i for i, b in enumerate(out) if isinstance(b, str) and b.startswith(("status unknown (", "offices"))
    )
    out[where:where] = [f"partly ({len(partly)}): held on some days of {answer.period} only", partly]
    for i, block in enumerate(out):
        if isinstance(block, str) and block.startswith("uncertain on this day ("):
            out[i] = block.replace("uncertain on this day", f"uncertain on some day of {answer.period}", 1)
    out.append(f"changes within {answer.period} ({len(answer.changes)})")
    out.append(
        [[c.on, c.kind, c.subject, f"{_holds(c.before)} -> {_holds(c.after)}"] for c in answer.changes]
    )
    return out


def _holds(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(_holds(v) for v in value) or "-"
    if isinstance(value, dict):
        if value.get("condition"):  # a condition held: its name as displayed, and its fixed end
            until = f" until {value['until']}" if value.get("until") else ""
            return str(value["condition"]).replace("_", " ") + until
        return str(value.get("holder") or value.get("date") or json.dumps(value, ensure_ascii=False))
    return str(value).replace("_", " ")


@click.command()
@org_argument
@period_option
@known_at_option
@output_option
@click.pass_context
def state(ctx: click.Context, org: str, as_of: Period, known_at: dt.datetime | None, output: str) -> None:
    """The state of ORG as of a day: statuses, offices, presidency, meetings, documents, and what is uncertain.

    --as-of also takes a month (2008-05) or a year (2008): the status lists, the offices and the
    presidency then hold what held on every day of it; "partly" what held on some days only,
    with its spans; "changes" what changed within it.
    """
    answer = indexed(ctx).period_state(org, as_of, known_at)  # from the index, brought up to date
    if output != "table":
        print_answer(answer.to_json(), output)
    elif isinstance(answer, PeriodState):
        _echo_blocks(_human_period(answer))
    else:
        beyond(org, answer.horizon, answer.beyond_horizon)
        _echo_blocks(_human_state(answer))


def beyond(org: str, horizon: dict[str, Any], is_beyond: bool) -> None:
    """One line on stderr when the day asked lies beyond what the record's sources speak for."""
    if is_beyond:
        note(f"sources for {org} reach {horizon['until']}; later days repeat the last known state")


# -- history and replay -----------------------------------------------------------------


def _in(ev: EventBase, org: str) -> str:
    """``in oau: `` before an event of a linked organization (history/replay --party follow links)."""
    return f"in {ev.org}: " if ev.org != org else ""


def _party(value: str | None) -> str | None:
    return resolve_party(value) if value else None


@click.command()
@org_argument
@click.option(
    "--party", help="Only events in which this party figures (subject, founder, host, participant...)."
)
@click.option("--office", help="Only events about this office (its slug, title or another name).")
@day_option(
    "--from",
    "Only events whose valid time reaches this day or later (YYYY-MM-DD; a month YYYY-MM or a year YYYY: its first day).",
)
@day_option(
    "--to",
    "Only events whose valid time starts by this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY: its last day).",
)
@known_at_option
@output_option
@click.pass_context
def history(
    ctx: click.Context,
    org: str,
    party: str | None,
    office: str | None,
    from_: dt.date | None,
    to: dt.date | None,
    known_at: dt.datetime | None,
    output: str,
) -> None:
    """The events of ORG in valid-time order, each with its dates and source."""
    tl = indexed(ctx)
    found = tl.history(  # from the index
        org, party=_party(party), office=office, start=from_, end=to, known_at=known_at
    )
    org = tl.resolve_org(org) if found else org  # a former name: the events' own slug
    names = tl.org_names(org, known_at)  # the organization's name on each event's date
    if to is not None:  # the last day asked: the horizon is the state's on that day
        # on stderr in every format: the JSON form is a bare array of events, with no room for it
        last = indexed(ctx).state(org, to, known_at)
        beyond(org, last.horizon, last.beyond_horizon)
    if output != "table":
        print_answer([event_json(e, names.of_event(e.event)) for e in found], output)
        return
    if not found:
        note(f"no event of {org} matches (--from/--to keep events whose own dates meet the range)")
        return
    if rich_output():
        rows = [
            [
                e.event.valid_time or "-",
                short(e.event.id),
                e.event.type,
                _in(e.event, org)
                + describe(e.event)
                + (" (corrected)" if e.corrections else "")
                + (f" [{names.of_event(e.event)}]" if names.renamed and names.of_event(e.event) else ""),
                f"“{_quote(e.event)}” ({e.event.source.document})" if e.event.source else "",
            ]
            for e in found
        ]
        echo_table(rows, headers=["valid time", "id", "type", "what", "source"])
        return
    shown = None
    for eff in found:
        ev = eff.event
        if (
            names.renamed and (name := names.of_event(ev)) and name != shown
        ):  # where the name in force changes
            click.echo(f"-- {name}")
            shown = name
        fixed = " (corrected)" if eff.corrections else ""
        click.echo(
            f"{ev.valid_time or '-':<23} {short(ev.id)}  {ev.type:<22} {_in(ev, org)}{describe(ev)}{fixed}"
        )
        if ev.source:
            click.echo(f"{'':<33}“{_quote(ev)}” ({ev.source.document})")


def _change_line(c: Change, first: dt.date, second: dt.date) -> str:
    """One change, its parties named as in force on the day before (first) and after (second)."""

    def who(code: str, day: dt.date) -> str:
        return f"{code} ({party_name(code, day)})"

    def fmt(v: Any) -> str:
        if v is None:
            return "-"
        if isinstance(v, dict):
            return v.get("holder") or v.get("date") or json.dumps(v, ensure_ascii=False)
        return str(v)

    subject, before, after = c.subject, fmt(c.before), fmt(c.after)
    if c.kind in ("status", "name"):
        subject = who(c.subject, second)
    elif c.kind == "continued":
        before, after = who(c.before, first), who(c.after, second)
    elif c.kind == "presidency":
        before = who(c.before, first) if c.before else before
        after = who(c.after, second) if c.after else after
    return f"    {c.kind} {subject}: {before} -> {after}"


@click.command()
@org_argument
@click.option(
    "--party",
    help="Only the steps of events in which this party figures, across the organization's links "
    "(a predecessor's, a successor's, the same organization's) and the states it continues.",
)
@day_option(
    "--from",
    "Start with the events that begin on or after this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY: its first day).",
)
@day_option(
    "--to",
    "Stop after the events that begin by this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY: its last day).",
)
@known_at_option
@output_option
@click.pass_context
def replay(
    ctx: click.Context,
    org: str,
    party: str | None,
    from_: dt.date | None,
    to: dt.date | None,
    known_at: dt.datetime | None,
    output: str,
) -> None:
    """Step through ORG's history in valid-time order: each event and what it changed.

    JSON output is always JSON Lines: one {"event", "changes"} object per step.
    """
    tl = timeline(ctx)
    steps = tl.replay(org, party=_party(party), start=from_, end=to, known_at=known_at)
    org = tl.resolve_org(org)  # a former name: the events' own slug
    for eff, changes in steps:
        if output != "table":
            print_json(
                {"event": event_json(eff), "changes": [c.model_dump(mode="json") for c in changes]},
                lines=True,
            )
            continue
        ev = eff.event
        click.echo(f"{ev.valid_time or '-'}  {ev.type} [{short(ev.id)}]  {_in(ev, org)}{describe(ev)}")
        if ev.source:
            click.echo(f"    “{_quote(ev)}” ({ev.source.document})")
        day = step_day(ev)
        for c in changes:
            click.echo(_change_line(c, day - dt.timedelta(days=1), day))


@click.command()
@org_argument
@click.argument("date1", callback=parse_period)
@click.argument("date2", callback=parse_period)
@known_at_option
@output_option
@click.pass_context
def diff(
    ctx: click.Context, org: str, date1: Period, date2: Period, known_at: dt.datetime | None, output: str
) -> None:
    """What changed in ORG between two days (YYYY-MM-DD).

    Either may be a month (YYYY-MM) or a year (YYYY): the diff then runs from the first day of
    the first to the last day of the second (diff sco 2005 2012: 2005-01-01 to 2012-12-31).
    """
    first, second = date1.start, date2.end
    result = indexed(ctx).diff(org, first, second, known_at)  # from the index
    if output != "table":
        print_answer(result.to_json(), output)
        return
    beyond(org, result.horizon, result.beyond_horizon)
    click.echo(f"{org}: {first.isoformat()} -> {second.isoformat()}, {len(result.changes)} change(s)")
    for c in result.changes:
        click.echo(_change_line(c, first, second))


# -- the store -----------------------------------------------------------------------------


@click.command()
@output_option
@click.pass_context
def orgs(ctx: click.Context, output: str) -> None:
    """The organizations in the store."""
    tl = timeline(ctx)
    rows = orgs_answer(tl.all_records(), tl.refresh_registry())
    if output != "table":
        print_answer(rows, output)
        return
    if not rows:
        click.echo("no organizations in the store yet (try: igo import --bundled sco)")
    echo_table(
        [
            [
                str(r["org"]),
                str(r["name"] or ""),
                str(r["founded"] or ""),
                f"{r['events']} events",
                "; ".join(
                    [f"same as {o}" for o in r["same_as"]]
                    + [f"succeeds {s['org']} from {s['on']}" for s in r["succeeds"]]
                    + [f"succeeded by {s['org']} from {s['on']}" for s in r["succeeded_by"]]
                ),
            ]
            for r in rows
        ],
        headers=["org", "name", "founded", "events", "links"] if rich_output() else None,
        indent="",
    )


@click.command()
@click.argument("event_id")
@output_option
@click.pass_context
def show(ctx: click.Context, event_id: str, output: str) -> None:
    """One event (by id or unique prefix), with its record time and any correction."""
    found = timeline(ctx).find(event_id)
    org, rec, about = found
    data = event_answer(found)
    if output != "table":
        print_answer(data, output)
        return
    ev = rec.event
    click.echo(f"{ev.type} {ev.id}  ({org})")
    click.echo(
        f"  {describe(ev)}"
        if ev.type not in ("EventCorrected", "EventRetracted")
        else f"  target {getattr(ev, 'target', '')}"
    )
    click.echo(f"  valid time:  {ev.valid_time or '-'}")
    click.echo(f"  recorded at: {rec.recorded_at.isoformat()}")
    if ev.source:
        click.echo(
            f"  source:      {ev.source.document}" + (f", {ev.source.locator}" if ev.source.locator else "")
        )
        click.echo(f"  quote:       “{' '.join(ev.source.quote.split())}”")
        if ev.source.inferred:
            click.echo(f"  inferred:    {ev.source.note or 'yes'}")
    for r in about:
        reason = getattr(r.event, "reason", "")
        click.echo(f"  {r.event.type} {short(r.event.id)} at {r.recorded_at.isoformat()}: {reason}")
        if isinstance(r.event, EventCorrected):
            fixed = r.event.event
            click.echo(f"    now reads:  {describe(fixed)}, valid time {fixed.valid_time or '-'}")


@click.command()
@click.argument("types", nargs=-1)
def schema(types: tuple[str, ...]) -> None:
    """The JSON Schema of every event type (or of the TYPES named)."""
    try:
        print_json(schema_answer(types))
    except InvalidInput as err:
        raise click.BadParameter(str(err), param_hint="TYPES") from None


@click.command()
@org_argument
@output_option
@click.pass_context
def batches(ctx: click.Context, org: str, output: str) -> None:
    """ORG's record times, one per batch, oldest first: what each recorded, and what was revised.

    Each is a moment to give --known-at (the page's "as known at" control steps through them).
    """
    answer = batches_answer(org, timeline(ctx).records(org))
    if output != "table":
        print_answer(answer, output)
        return
    revised = {r["recorded_at"]: r for r in answer["revisions"]}
    rows = []
    for batch in answer["batches"]:
        what = ", ".join(f"{n} {t}" for t, n in batch["types"].items())
        rows.append([batch["recorded_at"], f"{batch['events']} event(s)", what])
        if batch["recorded_at"] in revised:
            for r in answer["revisions"]:
                if r["recorded_at"] == batch["recorded_at"]:
                    rows.append(["", "", f"  {r['type']} of {short(r['target'])}: {r['reason']}"])
    echo_table(rows, headers=["recorded at", "events", "what"] if rich_output() else None, indent="")


COMMANDS = [state, history, replay, diff, orgs, show, schema, batches]
