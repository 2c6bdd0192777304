"""Commands about identities: the store's registry of parties, organization links, and the
questions across organizations (memberships, compare)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from igo_timeline.cli.common import (
    as_of_option,
    echo_table,
    indexed,
    known_at_option,
    note,
    output_option,
    period_option,
    print_answer,
    rich_output,
    short,
    timeline,
)
from igo_timeline.engine import AppendResult, Timeline
from igo_timeline.events.dates import check_date
from igo_timeline.events.parties import cow_undated, party_kind, party_name, resolve_party
from igo_timeline.events.registry import KINDS, SUCCESSION_KINDS, describe_fact
from igo_timeline.projections.memberships import compare as compare_of
from igo_timeline.projections.memberships import memberships as memberships_of
from igo_timeline.projections.period import Period


def _edtf(ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return check_date(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


def _source_options(command: Any) -> Any:
    for option in reversed(
        [
            click.option("--document", help="Id of the document the fact comes from (with --quote)."),
            click.option("--quote", help="The words of the document that support it."),
            click.option("--note", "note_text", help="A note on the fact."),
        ]
    ):
        command = option(command)
    return command


def _with_source(
    fact: dict[str, Any], document: str | None, quote: str | None, note_text: str | None
) -> dict[str, Any]:
    if (document is None) != (quote is None):
        raise click.UsageError("--document and --quote go together")
    if document and quote:
        fact["source"] = {"document": document, "quote": quote}
    if note_text:
        fact["note"] = note_text
    return fact


def _record(tl: Timeline, fact: dict[str, Any]) -> AppendResult:
    result = tl.record_identities([fact])
    for ident in result.added + result.known:
        click.echo(ident)
    if result.added:
        note("recorded 1 fact in the registry")
    else:
        note("nothing new: the fact is already recorded")
    return result


# -- parties -----------------------------------------------------------------------------


@click.group()
def party() -> None:
    """The store's registry of parties: add one the package lacks, describe, rename, show."""


@party.command("add")
@click.argument("code")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, help="Another name of the party (repeatable).")
@click.option("--kind", type=click.Choice(KINDS), default="state", show_default=True)
@click.option("--part-of", "part_of", help="The party it is part of (a territory's state).")
@click.option("--from", "from_", callback=_edtf, help="From when it exists (EDTF date).")
@click.option("--until", callback=_edtf, help="Its last day (EDTF date).")
@_source_options
@click.pass_context
def party_add(
    ctx: click.Context,
    code: str,
    name: str,
    aliases: tuple[str, ...],
    kind: str,
    part_of: str | None,
    from_: str | None,
    until: str | None,
    document: str | None,
    quote: str | None,
    note_text: str | None,
) -> None:
    """Add a party the package lacks under CODE (x-..., e.g. x-sadr), named NAME."""
    tl = timeline(ctx)
    fact: dict[str, Any] = {"type": "PartyAdded", "party": code, "name": name, "kind": kind}
    if aliases:
        fact["aliases"] = list(aliases)
    if part_of:
        fact["part_of"] = part_of
    if from_:
        fact["effective"] = from_
    if until:
        fact["until"] = until
    _record(tl, _with_source(fact, document, quote, note_text))


@party.command("set")
@click.argument("party_name_", metavar="PARTY")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--part-of", "part_of", help="The party it is part of (a territory's state).")
@click.option("--from", "from_", callback=_edtf, help="From when this holds (EDTF date).")
@click.option("--until", callback=_edtf, help="Its last day (EDTF date).")
@_source_options
@click.pass_context
def party_set(
    ctx: click.Context,
    party_name_: str,
    kind: str | None,
    part_of: str | None,
    from_: str | None,
    until: str | None,
    document: str | None,
    quote: str | None,
    note_text: str | None,
) -> None:
    """Describe PARTY (any known party): its kind, and what it is part of."""
    if kind is None and part_of is None:
        raise click.UsageError("give --kind, --part-of or both")
    tl = timeline(ctx)
    fact: dict[str, Any] = {"type": "PartyDescribed", "party": party_name_}
    for key, value in (("kind", kind), ("part_of", part_of), ("effective", from_), ("until", until)):
        if value:
            fact[key] = value
    _record(tl, _with_source(fact, document, quote, note_text))


@party.command("rename")
@click.argument("party_name_", metavar="PARTY")
@click.argument("name")
@click.option("--on", "on", required=True, callback=_edtf, help="The first day of the new name (EDTF date).")
@_source_options
@click.pass_context
def party_rename(
    ctx: click.Context,
    party_name_: str,
    name: str,
    on: str,
    document: str | None,
    quote: str | None,
    note_text: str | None,
) -> None:
    """Give PARTY the name NAME from a day (the earlier name holds before it)."""
    tl = timeline(ctx)
    fact = {"type": "PartyRenamed", "party": party_name_, "name": name, "effective": on}
    _record(tl, _with_source(fact, document, quote, note_text))


def _party_answer(tl: Timeline, code: str, day: dt.date, known_at: dt.datetime | None) -> dict[str, Any]:
    reg = tl.registry(known_at)
    info = reg.parties.get(code)
    by_id = reg.facts
    return {
        "party": code,
        "name": party_name(code, day),
        "kind": party_kind(code, day),
        "part_of": info.part_of_on(day) if info else None,
        "as_of": day.isoformat(),
        "names": [
            {
                "name": n,
                "from": None if first == dt.date.min.toordinal() else dt.date.fromordinal(first).isoformat(),
                "fact": i,
            }
            for first, n, i in (info.names if info else [])
        ],
        "aliases": list(info.added.aliases) if info and info.added else [],
        "added": info.added is not None if info else False,
        "facts": [
            {
                "id": i,
                "type": by_id[i].event.type,
                "what": describe_fact(by_id[i].event),
                "recorded_at": by_id[i].recorded_at.isoformat(),
            }
            for i in (info.events if info else [])
        ],
    }


@party.command("show")
@click.argument("party_name_", metavar="PARTY")
@as_of_option
@known_at_option
@output_option
@click.pass_context
def party_show(
    ctx: click.Context, party_name_: str, as_of: dt.date, known_at: dt.datetime | None, output: str
) -> None:
    """What the store knows of PARTY: its name on the day, kind, what it is part of, the registry's facts."""
    tl = timeline(ctx)
    answer = _party_answer(tl, resolve_party(party_name_), as_of, known_at)
    if output != "table":
        print_answer(answer, output)
        return
    click.echo(f"{answer['party']}: {answer['name']} ({answer['kind']}), as of {answer['as_of']}")
    if answer["part_of"]:
        click.echo(f"  part of {answer['part_of']} ({party_name(answer['part_of'], as_of)})")
    if answer["aliases"]:
        click.echo(f"  also called: {', '.join(answer['aliases'])}")
    for n in answer["names"]:
        click.echo(f"  name {n['name']!r} from {n['from'] or 'the start'}")
    if not answer["facts"]:
        click.echo("  the registry holds nothing about it (the package's tables name it)")
    for f in answer["facts"]:
        click.echo(f"  [{short(f['id'])}] {f['what']} (recorded {f['recorded_at']})")


@click.command()
@click.option("--kind", type=click.Choice(KINDS), help="Only parties of this kind.")
@as_of_option
@known_at_option
@output_option
@click.pass_context
def parties(
    ctx: click.Context, kind: str | None, as_of: dt.date, known_at: dt.datetime | None, output: str
) -> None:
    """The parties of the store's registry (added, described or renamed), with their kind."""
    tl = timeline(ctx)
    reg = tl.registry(known_at)
    rows = []
    for code in sorted(reg.parties):
        if kind is not None and party_kind(code, as_of) != kind:
            continue
        rows.append(_party_answer(tl, code, as_of, known_at))
    if output != "table":
        print_answer(rows, output)
        return
    if not rows:
        note(
            "the store's registry holds no party"
            + (f" of kind {kind}" if kind else "")
            + " (see igo party add)"
        )
        return
    echo_table(
        [
            [
                r["party"],
                r["name"],
                r["kind"],
                f"part of {r['part_of']}" if r["part_of"] else "",
                "added" if r["added"] else "",
            ]
            for r in rows
        ],
        headers=["party", "name", "kind", "part of", ""] if rich_output() else None,
        indent="",
    )


# -- organizations --------------------------------------------------------------------------


@click.group("org")
def org_group() -> None:
    """Identities of organizations: the same organization loaded twice, or one succeeding another."""


@org_group.command("link")
@click.argument("org")
@click.option("--same-as", "same_as", required=True, help="The organization ORG is the same as.")
@_source_options
@click.pass_context
def org_link(
    ctx: click.Context, org: str, same_as: str, document: str | None, quote: str | None, note_text: str | None
) -> None:
    """Record that ORG and another organization of the store are the same body (e.g. cow-sco and sco)."""
    tl = timeline(ctx)
    fact = {"type": "OrganizationsLinked", "org": org, "same_as": same_as}
    _record(tl, _with_source(fact, document, quote, note_text))


@org_group.command("succeed")
@click.argument("org")
@click.option("--from", "from_", required=True, help="The organization ORG succeeds.")
@click.option("--on", "on", required=True, callback=_edtf, help="ORG's first day as successor (YYYY-MM-DD).")
@_source_options
@click.pass_context
def org_succeed(
    ctx: click.Context,
    org: str,
    from_: str,
    on: str,
    document: str | None,
    quote: str | None,
    note_text: str | None,
) -> None:
    """Record that ORG succeeds another organization: its members on the day before become ORG's."""
    tl = timeline(ctx)
    fact = _with_source({"org": org, "predecessor": from_, "effective": on}, document, quote, note_text)
    ident, result = tl.org_succession(fact)
    click.echo(ident)
    carried = len(result.added) - (1 if ident in result.added else 0)
    note(
        f"recorded the succession; {carried} status(es) carried over to {org}"
        if result.added
        else "nothing new"
    )


@click.command()
@click.option("--kind", type=click.Choice(SUCCESSION_KINDS), required=True)
@click.option("--from", "from_", multiple=True, required=True, help="A predecessor (repeatable).")
@click.option("--to", "to", multiple=True, required=True, help="A successor (repeatable).")
@click.option("--on", "on", required=True, callback=_edtf, help="The successors' first day (YYYY-MM-DD).")
@click.option(
    "--skip", "skip", multiple=True, help="Leave this organization out of a continuation (repeatable)."
)
@_source_options
@click.pass_context
def succession(
    ctx: click.Context,
    kind: str,
    from_: tuple[str, ...],
    to: tuple[str, ...],
    on: str,
    skip: tuple[str, ...],
    document: str | None,
    quote: str | None,
    note_text: str | None,
) -> None:
    """Record a succession of states; a continuation carries statuses and presidencies over, everywhere."""
    tl = timeline(ctx)
    fact: dict[str, Any] = {
        "kind": kind,
        "predecessors": list(from_),
        "successors": list(to),
        "effective": on,
    }
    if skip:
        fact["skip"] = list(skip)
    ident, result = tl.succession(_with_source(fact, document, quote, note_text))
    click.echo(ident)
    if not result.added:
        note("nothing new: the succession is already recorded")
        return
    carried = [i for i in result.added if i != ident]
    note(
        f"recorded the {kind}; {len(carried)} event(s) carried over"
        if kind == "continuation"
        else f"recorded the {kind}"
    )


# -- across organizations --------------------------------------------------------------------------


def _undated_hint(answer: dict[str, Any], others: Callable[[str], dict[str, Any]]) -> None:
    """Where a party holds nothing but the Correlates of War data holds it under a column no source at hand dates
    (Serbia as ``cow:345``), and that column holds something on the day: say so on stderr, and how to ask.
    ``others(code)`` answers the same question for the column."""
    if answer["memberships"] or answer.get("partly"):
        return
    for code in cow_undated().get(answer["party"], ()):
        held = len(others(code)["memberships"])
        if held:
            click.echo(
                f"note: the Correlates of War data names {answer['party']} only as {code} ({party_name(code)}), "
                f"in {held} organization(s) as of {answer['as_of']}, and no source at hand dates when it stands for "
                f"{answer['party']}: igo memberships {code} --as-of {answer['as_of']}",
                err=True,
            )


@click.command()
@click.argument("party_name_", metavar="PARTY")
@period_option
@known_at_option
@click.option("--status", help="Only organizations where the party holds this status.")
@output_option
@click.pass_context
def memberships(
    ctx: click.Context,
    party_name_: str,
    as_of: Period,
    known_at: dt.datetime | None,
    status: str | None,
    output: str,
) -> None:
    """Every organization in which PARTY holds a status on a day (or may), from the index.

    --as-of also takes a month (2008-05) or a year (2008): the list then holds what held on every
    day of it; "partly" what held on some days only, with its spans; "changes" what changed within
    it; "uncertain" what an imprecise date leaves open on some day of it.
    """
    answer = memberships_of(indexed(ctx), party_name_, as_of, known_at, status)
    period = "partly" in answer
    if output == "jsonl":
        if not period:
            print_answer(answer["memberships"], output)
        else:  # one entry a line, each naming its list
            print_answer(
                [
                    {"list": name, **entry}
                    for name in ("memberships", "partly", "uncertain", "changes")
                    for entry in answer[name]
                ],
                output,
            )
        return
    if output != "table":
        print_answer(answer, output)
        return
    part = f", part of {answer['part_of']}" if answer["part_of"] else ""
    if not period:
        click.echo(
            f"{answer['party']} ({answer['name']}{part}), as of {answer['as_of']}: "
            f"{len(answer['memberships'])} organization(s)"
        )
        _membership_table(answer["memberships"])
        _undated_hint(answer, lambda code: memberships_of(indexed(ctx), code, as_of, known_at, status))
        return
    when = f"in {answer['as_of']} ({answer['from']} to {answer['to']})"
    click.echo(
        f"{answer['party']} ({answer['name']}{part}), {when}: "
        f"{len(answer['memberships'])} organization(s) every day"
    )
    _membership_table(answer["memberships"])
    if answer["partly"]:
        click.echo(f"partly ({len(answer['partly'])}): held on some days of {answer['as_of']} only")
        echo_table(
            [
                [
                    p["org"],
                    (p["name"] or "")[:48],
                    p["status"].replace("_", " "),
                    f"via {p['via']}" if p["via"] else "",
                    ", ".join(
                        s["start"] if s["start"] == s["end"] else f"{s['start']} to {s['end']}"
                        for s in p["spans"]
                    ),
                ]
                for p in answer["partly"]
            ]
        )
    if answer["uncertain"]:
        click.echo(f"uncertain on some day of {answer['as_of']} ({len(answer['uncertain'])})")
        _membership_table(answer["uncertain"])
    click.echo(f"changes within {answer['as_of']} ({len(answer['changes'])})")
    echo_table(
        [
            [
                c["on"],
                c["org"],
                "status" if c["kind"] == "status" else "conditions",
                f"{_said(c['before'])} -> {_said(c['after'])}",
            ]
            for c in answer["changes"]
        ]
    )
    _undated_hint(answer, lambda code: memberships_of(indexed(ctx), code, as_of, known_at, status))


def _said(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(value) or "none"
    return str(value).replace("_", " ") if value else "-"


def _membership_table(found: list[dict[str, Any]]) -> None:
    rows = []
    for m in found:
        what = m["status"] or "?"
        if m["uncertain"]:
            what = f"uncertain: {m['status']} ({m['uncertain']})" if m["status"] else m["uncertain"]
        if m["disagreement"]:
            what = "DISAGREE: " + "; ".join(f"{d['org']} {d['status'] or 'none'}" for d in m["disagreement"])
        if m["conditions"]:
            what += " (" + ", ".join(c["condition"].replace("_", " ") for c in m["conditions"]) + ")"
        ends = [f"{e['org']} record ends {e['until']}" for e in m["record_ends"]]
        if m["beyond_horizon"]:
            ends.insert(0, f"record ends {m['horizon']['until']}")
        rows.append(
            [
                " = ".join(m["orgs"]),
                (m["name"] or "")[:48],
                what,
                f"since {m['since']}",
                f"via {m['via']}" if m["via"] else "",
                f"[{short(m['event'])}]",
                "; ".join(ends),
            ]
        )
    headers = ["org", "name", "status", "since", "via", "event", "record"]
    if not any(r[-1] for r in rows):  # the column only when a record has ended
        rows = [r[:-1] for r in rows]
        headers = headers[:-1]
    echo_table(rows, headers=headers if rich_output() else None)


@click.command()
@click.argument("first", metavar="PARTY_A")
@click.argument("second", metavar="PARTY_B")
@as_of_option
@known_at_option
@output_option
@click.pass_context
def compare(
    ctx: click.Context, first: str, second: str, as_of: dt.date, known_at: dt.datetime | None, output: str
) -> None:
    """The organizations both PARTY_A and PARTY_B belong to on a day, and where their statuses differ."""
    answer = compare_of(indexed(ctx), first, second, as_of, known_at)
    if output != "table":
        print_answer(answer, output)
        return
    a, b = (p["party"] for p in answer["parties"])
    click.echo(f"{a} and {b}, as of {answer['as_of']}: {len(answer['both'])} organization(s) in common")
    echo_table(
        [
            [
                " = ".join(r["orgs"]),
                (r["name"] or "")[:48],
                f"{a} {r[a]}",
                f"{b} {r[b]}",
                "" if r["same"] else "differ",
            ]
            for r in answer["both"]
        ]
    )
    for code, only in answer["only"].items():
        if only:
            click.echo(f"only {code}: {', '.join(only)}")
    if answer["uncertain"]:
        click.echo(f"uncertain for one or both: {', '.join(answer['uncertain'])}")


COMMANDS = [party, parties, org_group, memberships, compare, succession]
