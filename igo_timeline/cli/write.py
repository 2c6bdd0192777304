"""Commands that record decisions: import, append, the typed verbs, corrections."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import click

from igo_timeline.cli.common import (
    bundled_events,
    decided_or_started_by,
    load_items,
    note,
    parse_as_of,
    progress,
    read_source,
    timeline,
    unwrap,
)
from igo_timeline.engine import AppendResult
from igo_timeline.errors import IgoError, InvalidInput, RuleViolation
from igo_timeline.events.input import one_event
from igo_timeline.events.names import find, known_names
from igo_timeline.projections.effective import decisions, effective_events


def _report(result: AppendResult, what: str = "") -> None:
    for line in result.warnings:
        note(f"Warning: {line}")
    if result.added:
        note(
            f"recorded {len(result.added)} event(s){what}"
            + (f"; {len(result.known)} already recorded" if result.known else "")
        )
    else:
        note(f"nothing new: {len(result.known)} event(s) already recorded{what}")


@click.command("import")
@click.argument("files", nargs=-1)
@click.option("--bundled", "bundled", multiple=True, help="A chronicle shipped with the package (e.g. sco).")
@click.option(
    "--until",
    "until",
    metavar="DAY",
    callback=parse_as_of,
    help="Only the events decided, or starting, on or before DAY (YYYY-MM-DD or today): "
    "the record as its sources stood on that day.",
)
@click.pass_context
def import_(
    ctx: click.Context, files: tuple[str, ...], bundled: tuple[str, ...], until: dt.date | None
) -> None:
    """Record events from files (JSON array, JSON Lines or YAML; - for stdin).

    Everything given is one batch: all of it is recorded, or nothing. Events
    already recorded (same content) are skipped. With --until, an event counts
    by the earliest possible day of its decision or of its start, whichever
    comes first.
    """
    if not files and not bundled:
        raise click.UsageError("give FILE(s), '-', or --bundled NAME")
    day = until
    items: list[Any] = []
    origins: list[str] = []
    skipped = checked = 0
    extracted: list[dict[str, Any]] = []
    inputs: list[tuple[list[tuple[Any, str]], str]] = [
        ([(e, f"bundled:{name} item {k}") for k, e in enumerate(bundled_events(name), start=1)], f"bundled:{name}")
        for name in bundled
    ]  # fmt: skip
    inputs += [(load_items(text, name), name) for text, name in [read_source(path) for path in files]]
    sources = [name for _, name in inputs]
    for loaded, _name in inputs:
        extracted += [
            i["event"] for i, _ in loaded
            if isinstance(i, dict) and i.get("record") == "event" and "type" not in i and isinstance(i.get("event"), dict)
        ]  # fmt: skip
        found, left, seen = unwrap(loaded)
        items += [item for item, _ in found]
        origins += [origin for _, origin in found]
        skipped += left
        checked += seen
    if day is not None:
        kept_items = [(i, o) for i, o in zip(items, origins, strict=True) if decided_or_started_by(i, day)]
        if not kept_items and items:
            raise InvalidInput(f"no event was decided or starts on or before {day.isoformat()}")
        items, origins = [i for i, _ in kept_items], [o for _, o in kept_items]
    if not items and checked:
        note(f"nothing new: the {checked} event(s) of the extraction are already in the store (its check)")
        return
    if not items:
        raise InvalidInput("no events in the input")
    if extracted:
        kept, recorded = _screen_extracted(ctx, items, extracted)
        kept_ids = {id(i) for i in kept}
        origins = [o for i, o in zip(items, origins, strict=True) if id(i) in kept_ids]
        items = kept
        if recorded:
            note(f"skipped {recorded} extracted event(s) the record already holds (by meaning, as --check)")
        if not items:
            note("nothing new to import")
            return
    try:
        with progress(f"importing {len(items)} event(s)"):
            result = timeline(ctx).append(items)
    except RuleViolation as err:  # item N of the batch: say where it stands in its file
        if err.item is None or not 1 <= err.item <= len(origins):
            raise
        origin = origins[err.item - 1]
        if len(sources) == 1 and origin.endswith(f" item {err.item}"):
            raise  # item N of one file is item N of the batch: nothing to add
        raise RuleViolation(
            err.rule, err.detail, event_type=err.event_type, event_id=err.event_id, item=err.item,
            origin=origin,
        ) from None  # fmt: skip
    _report(result)
    if checked:
        note(f"skipped {checked} event(s) the extraction's check found in the store already")
    if skipped:
        note(f"skipped {skipped} extraction record(s) that are not events")


def _screen_extracted(
    ctx: click.Context, items: list[Any], extracted: list[dict[str, Any]]
) -> tuple[list[Any], int]:
    """``igo extract`` output: drop what ``--check`` calls recorded; refuse what it calls conflicting."""
    from igo_timeline.extract import Candidate, check  # only when extraction records are imported

    tl = timeline(ctx)
    drop: set[int] = set()
    for org in sorted({str(e.get("org")) for e in extracted}):
        mine = [e for e in extracted if str(e.get("org")) == org]
        records = tl.records(org) if org in tl.org_slugs() else []
        for event, verdict in zip(mine, check([Candidate("event", e) for e in mine], records), strict=True):
            if verdict.verdict == "conflicting":
                raise InvalidInput(
                    f"an extracted {event.get('type')} conflicts with the record ({verdict.detail}): "
                    "review it with igo extract --check; nothing imported"
                )
            if verdict.verdict == "recorded":
                drop.add(id(event))
    return [i for i in items if id(i) not in drop], len(drop)


@click.command("append")
@click.argument("event", default="-")
@click.pass_context
def append(ctx: click.Context, event: str) -> None:
    """Record one event given as JSON (or - to read it from stdin)."""
    text, name = read_source("-") if event == "-" else (event, "the event")
    _record(ctx, one_event(text, name))


def _record(ctx: click.Context, data: dict[str, Any]) -> None:
    result = timeline(ctx).append([data])
    for event_id in result.added + result.known:
        click.echo(event_id)
    _report(result)


def _source_params() -> list[click.Parameter]:
    return [
        click.Option(["--document"], required=True, help="Id of the document that records the decision."),
        click.Option(["--quote"], required=True, help="The words of the document that support it."),
        click.Option(["--locator"], help="Paragraph, page or section."),
        click.Option(["--inferred"], is_flag=True, help="The fact is inferred, not stated."),
        click.Option(["--note", "note_text"], help="A note on the event."),
    ]


def decision_verb(
    event_type: str, *arguments: str, decided_on: bool = True
) -> Callable[[Callable[..., Any]], click.Command]:
    """Make a typed verb: its arguments and options are the event's fields, plus the source.

    Its arguments are ORG and then ``arguments`` (fields of the event, in that order); its
    options, the decorated function's own, then --decided-on (unless ``decided_on`` is
    False) and the source's. The function only documents the verb (its docstring is the
    help); every verb records one ``event_type`` event from its fields, dropping those not
    given, through the same path as ``igo append``.
    """

    def make(func: Callable[..., Any]) -> click.Command:
        @click.pass_context
        @functools.wraps(func)
        def verb(
            ctx: click.Context,
            org: str,
            document: str,
            quote: str,
            locator: str | None,
            inferred: bool,
            note_text: str | None,
            **fields: Any,
        ) -> None:
            source: dict[str, Any] = {"document": document, "quote": quote}
            if locator:
                source["locator"] = locator
            if inferred:
                source["inferred"] = True
            given = {k: v for k, v in fields.items() if v not in (None, (), [], {})}
            for kind in ("office", "body"):
                if isinstance(given.get(kind), str):
                    given[kind] = _named(ctx, org, kind, given[kind])
            event = {"type": event_type, "org": org, **given, "source": source}
            if note_text:
                event["note"] = note_text
            _record(ctx, event)

        command = click.command(func.__name__.replace("_", "-"))(verb)
        command.params = [
            *(click.Argument([name]) for name in ("org", *arguments)),
            *command.params,  # the function's own options
            *([click.Option(["--decided-on"], help="When it was decided (EDTF).")] if decided_on else []),
            *_source_params(),
        ]
        return command

    return make


def on(help: str, field: str = "effective", *, required: bool = True) -> Callable[[Any], Any]:
    """A typed verb's --on: the event's valid time (its ``effective`` or its ``date``)."""
    return click.option("--on", field, required=required, help=help)


def _named(ctx: click.Context, org: str, kind: str, value: str) -> str:
    """A typed verb's office or body as the organization's record names it: its slug, title, an
    alias or a former name. A name the record does not know is left as given, for the rules to
    refuse with the closest known ones."""
    try:
        events = decisions(effective_events(timeline(ctx).records(org)))
        return find(kind, value, events, where=org)
    except IgoError:
        return value


def _comma_list(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _slug_names(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        slug, sep, name = value.partition("=")
        if not sep or not slug.strip() or not name.strip():
            raise click.BadParameter(f"{value!r}: give SLUG=NAME (e.g. summit='Council of Heads of State')")
        out[slug.strip()] = name.strip()
    return out


def _slug_aliases(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for value in values:
        slug, name = next(iter(_slug_names(ctx, param, (value,)).items()))
        out.setdefault(slug, []).append(name)
    return out


@decision_verb("OrganizationFounded", "name", decided_on=False)
@on("The founding day (EDTF).", field="founded")
@click.option(
    "--statuses",
    required=True,
    callback=_comma_list,
    help="Its ladder of statuses, the founders' first, comma-separated (e.g. member,observer,dialogue_partner).",
)
@click.option(
    "--founder", "founders", multiple=True, help="A founding party (repeatable): it holds the first status."
)
@click.option("--body", "bodies", multiple=True, callback=_slug_names, help="A body, SLUG=NAME (repeatable).")
@click.option(
    "--office", "offices", multiple=True, callback=_slug_names, help="An office, SLUG=NAME (repeatable)."
)
@click.option("--headquarters", help="Where its seat is.")
@click.option(
    "--conditions",
    callback=_comma_list,
    help="Conditions that qualify a status without ending it, beside suspended and withdrawal_notified "
    "(comma-separated, e.g. excluded_from_participation).",
)
@click.option(
    "--blocks-presidency",
    callback=_comma_list,
    help="The conditions under which a member may not hold the presidency (comma-separated; default: suspended).",
)
@click.option(
    "--office-alias",
    "office_aliases",
    multiple=True,
    callback=_slug_aliases,
    help="Another name of an office, SLUG=NAME (repeatable; not a rename).",
)
@click.option(
    "--body-alias",
    "body_aliases",
    multiple=True,
    callback=_slug_aliases,
    help="Another name of a body, SLUG=NAME (repeatable; not a rename).",
)
def found() -> None:
    """Record that ORG was founded as NAME: its day, its ladder of statuses, its founders, bodies and offices.

    The first step for an organization the store and the party table do not hold (then igo grant,
    igo meeting, igo extract --apply ... --org ORG).
    """


@decision_verb("BodyEstablished", "body", "name")
@on("From when the body exists (EDTF).", required=False)
@click.option("--alias", "aliases", multiple=True, help="Another name of the body (repeatable).")
@click.option("--place", help="Where it sits.")
def establish_body() -> None:
    """Declare BODY of ORG, under NAME (then its meetings can be recorded and extracted)."""


@decision_verb("OfficeEstablished", "office", "name")
@on("From when the office exists (EDTF).", required=False)
@click.option("--alias", "aliases", multiple=True, help="Another title of the office (repeatable).")
def establish_office() -> None:
    """Declare OFFICE of ORG, under NAME (then appointments to it can be recorded and extracted)."""


@decision_verb("StatusGranted", "party", "status")
@on("Effective date (EDTF).")
def grant() -> None:
    """Grant PARTY a STATUS (member, observer, ...) in ORG from a date."""


@decision_verb("StatusWithdrawn", "party")
@on("First day without the status (EDTF).")
def withdraw() -> None:
    """End PARTY's status in ORG from a date."""


@decision_verb("StatusUnknown", "party", decided_on=False)
@on("First day the status is not known (EDTF).")
def unknown() -> None:
    """Mark PARTY's status in ORG as not known from a date (neither a status nor none).

    Any status PARTY held ends there; the state lists PARTY under uncertain
    (status_unknown), never under a status, until a later grant or withdrawal.
    """


@decision_verb("OfficialAppointed", "office", "person")
@click.option("--term", required=True, help="The term, an EDTF interval (2013-01-01/2015-12-31).")
@click.option("--nationality", help="The person's state.")
def appoint() -> None:
    """Appoint PERSON to OFFICE of ORG for a term."""


@decision_verb("OfficeVacated", "office", "person", decided_on=False)
@on("First day without the holder (EDTF).")
def vacate() -> None:
    """End PERSON's term in OFFICE early."""


@decision_verb("PresidencyHandedOver", "to_party")
@on("Effective date (EDTF); with --term, the term's start.", required=False)
@click.option(
    "--term", help="A fixed term, START/END (EDTF): the chair is vacant after END unless handed over."
)
@click.option(
    "--chair", help="The chair (default: the presidency; others are declared by igo establish-chair)."
)
@click.option("--from", "from_party", help="The state handing it over (the holder on the day before).")
def handover() -> None:
    """Hand ORG's rotating presidency to TO_PARTY (a member)."""


@decision_verb("PresidencyVacated")
@on("First day without a holder (EDTF).")
@click.option("--chair", help="The chair (default: the presidency).")
def vacate_presidency() -> None:
    """Record that ORG's presidency (or another --chair) is vacant from a date."""


@decision_verb("ChairEstablished", "chair", "name")
@on("From when the chair exists (EDTF).")
def establish_chair() -> None:
    """Declare a rotating chair of ORG besides its presidency (then --chair CHAIR on handover)."""


@decision_verb("ConditionImposed", "party")
@on("First day of the condition (EDTF).")
@click.option("--until", help="Its last day, when fixed (EDTF, inclusive); it then ends by itself.")
@click.option("--condition", help="The condition (default suspended; others as ORG declares them).")
def suspend() -> None:
    """Suspend PARTY in ORG from a date (or impose another --condition): its status goes on.

    The party keeps its place in its status list and its since; its entry lists
    the condition. A condition needs a status held on its first day.
    """


@decision_verb("ConditionLifted", "party")
@on("First day without the condition (EDTF).")
@click.option(
    "--condition", help="The condition lifted (default suspended; withdrawal_notified revokes a notice)."
)
def reinstate() -> None:
    """Lift PARTY's suspension in ORG (or another --condition) from a date."""


@decision_verb("WithdrawalNotified", "party")
@on("The day of the notice (EDTF).")
@click.option("--takes-effect", help="The first day without the status, as notified (EDTF).")
def notify_withdrawal() -> None:
    """Record PARTY's notice of withdrawal from ORG: its status holds until a withdrawal.

    From --takes-effect on, with no withdrawal recorded, PARTY's status is
    uncertain (withdrawal due). A new notice while one holds is an extension.
    """


@decision_verb("ProcedureLaunched", "party")
@click.option("--procedure", required=True, help="The procedure (admission, accession, withdrawal, ...).")
@click.option("--status", help="The status sought.")
@on("When it was launched (EDTF).", "date")
def launch() -> None:
    """Launch a procedure for PARTY in ORG: pending until a grant (or a withdrawal) or igo conclude."""


@decision_verb("ProcedureStepTaken", "party")
@click.option("--procedure", required=True, help="The pending procedure.")
@click.option("--step", required=True, help='What was done, e.g. "memorandum of obligations signed".')
@on("When (EDTF).", "date")
def step() -> None:
    """Record a step of PARTY's pending procedure in ORG (no status changes)."""


@decision_verb("ProcedureConcluded", "party")
@click.option("--procedure", required=True, help="The pending procedure.")
@click.option("--outcome", required=True, type=click.Choice(["granted", "rejected", "abandoned"]))
@on("First day it is no longer pending (EDTF).")
def conclude() -> None:
    """Conclude PARTY's pending procedure in ORG: granted, rejected or abandoned."""


@decision_verb("CoverageDeclared", decided_on=False)
@click.option("--until", required=True, help="The last day the record speaks for (EDTF).")
def coverage() -> None:
    """Declare how far ORG's record reaches (its sources' coverage): the horizon of every answer."""


@decision_verb("NameChanged", "name")
@on("From when the name holds (EDTF).")
@click.option("--office", help="Rename this office (its slug stays).")
@click.option("--body", help="Rename this body (its slug stays).")
def rename() -> None:
    """Rename ORG (or an --office or a --body of it) from a date: slugs stay, the old name finds it."""


@click.command()
@click.argument("org")
@click.argument("names", nargs=-1, required=True)
@click.option("--office", help="The office (its slug, title or another name) the NAMES also name.")
@click.option("--body", help="The body (its slug, title or another name) the NAMES also name.")
@click.option("--reason", help="Why (default: the NAMES are other names of it, not a rename).")
@click.option("--document", required=True, help="Id of the document that gives the names.")
@click.option("--quote", required=True, help="Its words.")
@click.option("--locator", help="Paragraph, page or section.")
@click.pass_context
def alias(
    ctx: click.Context,
    org: str,
    names: tuple[str, ...],
    office: str | None,
    body: str | None,
    reason: str | None,
    document: str,
    quote: str,
    locator: str | None,
) -> None:
    """Record NAMES as other names of an --office or a --body of ORG (not a rename: no date).

    A correction adds them to the event that declared the office or body: its
    OfficeEstablished or BodyEstablished (``aliases``), else the founding
    (``office_aliases``/``body_aliases``). The event stays as first recorded, and
    as known before the correction the names are not there. Every --office,
    --body, why and typed verb finds the slug by them.
    """
    if bool(office) == bool(body):
        raise click.UsageError("give exactly one of --office, --body")
    kind, value = ("office", office) if office else ("body", body)
    assert value is not None
    tl = timeline(ctx)
    events = decisions(effective_events(tl.records(org)))
    slug = find(kind, value, events, where=org)
    org = events[0].org if events else org
    etype = "OfficeEstablished" if kind == "office" else "BodyEstablished"
    source: dict[str, Any] = {
        "document": document,
        "quote": quote,
        **({"locator": locator} if locator else {}),
    }
    why = reason or f"other names of the {kind} {slug}, not a rename"
    given = list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))
    for name in given:  # a name of another office or body would make both ambiguous
        try:
            other = find(kind, name, events, where=org)
        except InvalidInput:
            continue
        if other != slug:
            raise InvalidInput(f"{name!r} already names the {kind} {other} of {org!r}, not {slug}")
    established = [ev for ev in events if ev.type == etype and getattr(ev, kind) == slug]
    if established:  # the event that established it carries its names
        target, field = established[0], "aliases"
        had = list(getattr(target, field, None) or [])
        title = getattr(target, "name", None)
    else:  # declared by the founding only: the founding carries them, by slug
        target = next(ev for ev in events if ev.type == "OrganizationFounded")
        field = f"{kind}_aliases"
        by_slug = dict(getattr(target, field, None) or {})
        had, title = list(by_slug.get(slug, [])), known_names(events)[kind].get(slug)
    new = [n for n in given if n not in had and n != title]
    if not new:
        note(f"nothing new: the {kind} {slug} already has these names")
        return
    names_now = [*had, *new]
    fields: dict[str, Any] = {field: names_now if established else {**by_slug, slug: names_now}}
    result = tl.correct(target.id or "", fields, why, source)
    for new_id in result.added + result.known:
        click.echo(new_id)
    _report(result)


def _merges(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, list[str]]:
    """'NEW=OLD[,OLD...]' (repeatable) -> {new: [old, ...]}."""
    merged: dict[str, list[str]] = {}
    for item in value:
        new, eq, olds = item.partition("=")
        names = [o.strip() for o in olds.split(",") if o.strip()]
        if not eq or not new.strip() or not names:
            raise click.BadParameter(f"{item!r}: give NEW=OLD or NEW=OLD1,OLD2")
        merged.setdefault(new.strip(), []).extend(names)
    return merged


@decision_verb("LadderReformed")
@on("From when the reformed ladder holds (EDTF).")
@click.option(
    "--merge",
    "merged",
    multiple=True,
    callback=_merges,
    help="NEW=OLD[,OLD...]: holders of OLD hold NEW (repeat).",
)
@click.option("--add", "added", multiple=True, help="A new status (repeat).")
@click.option("--retire", "retired", multiple=True, help="A status no longer granted (repeat).")
@click.option(
    "--add-condition",
    "conditions",
    multiple=True,
    help="A condition the organization declares from this date on, e.g. excluded_from_participation (repeat).",
)
def reform() -> None:
    """Reform ORG's ladder of statuses from a date: merge (a rename is a merge of one), add, retire.

    --add-condition declares a condition of ORG from that date on (beside its founding's).
    """


def _participant(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """'person|role' or 'person|role|party' -> a participant (for --chair and --participant)."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return [_participant(ctx, param, v) for v in value]
    parts = [p.strip() for p in value.split("|")]
    if len(parts) not in (2, 3) or not all(parts):
        raise click.BadParameter(f"{value!r}: give 'person|role' or 'person|role|party'")
    out = {"person": parts[0], "role": parts[1]}
    if len(parts) == 3:
        out["party"] = parts[2]
    return out


@decision_verb("MeetingHeld", "body", decided_on=False)
@click.option("--date", required=True, help="Date or range (EDTF, e.g. 2012-06-06/2012-06-07).")
@click.option("--place")
@click.option("--host", help="The host state.")
@click.option("--name", help="The meeting's name, e.g. '12th meeting'.")
@click.option("--chair", callback=_participant, help="'person|role|party'.")
@click.option(
    "--participant",
    "participants",
    multiple=True,
    callback=_participant,
    help="'person|role' or 'person|role|party' (repeat).",
)
def meeting() -> None:
    """Record a meeting of BODY of ORG that was held."""


@decision_verb("MeetingScheduled", "body")
@click.option("--date", required=True, help="When it is to be held (EDTF; a bare year is fine).")
@click.option("--host", required=True, help="The host state.")
@click.option("--place")
def schedule() -> None:
    """Record that a meeting of BODY of ORG is scheduled."""


def _optional_source(document: str | None, quote: str | None) -> dict[str, Any] | None:
    if bool(document) != bool(quote):
        raise click.UsageError("give both --document and --quote, or neither")
    return {"document": document, "quote": quote} if document and quote else None


@click.command()
@click.argument("event_id")
@click.argument("event", default="-")
@click.option("--reason", required=True, help="Why the event is corrected.")
@click.option("--document", help="The document the correction rests on.")
@click.option("--quote", help="Its words.")
@click.pass_context
def correct(
    ctx: click.Context, event_id: str, event: str, reason: str, document: str | None, quote: str | None
) -> None:
    """Correct EVENT_ID: the JSON object's fields (or a whole event) replace the event's.

    The correction carries the full corrected event; the original stays in the
    log, so "as known at" a time before the correction still shows it.
    """
    source = _optional_source(document, quote)
    text, name = read_source("-") if event == "-" else (event, "the corrected event")
    data = one_event(text, name)
    result = timeline(ctx).correct(event_id, data, reason, source)
    for new_id in result.added + result.known:
        click.echo(new_id)
    _report(result)


@click.command()
@click.argument("event_id")
@click.option("--reason", required=True, help="Why the event is retracted.")
@click.option("--document", help="The document the retraction rests on.")
@click.option("--quote", help="Its words.")
@click.pass_context
def retract(ctx: click.Context, event_id: str, reason: str, document: str | None, quote: str | None) -> None:
    """Withdraw EVENT_ID from the record from now on (it stays in the log)."""
    result = timeline(ctx).retract(event_id, reason, _optional_source(document, quote))
    for new_id in result.added + result.known:
        click.echo(new_id)
    _report(result)


COMMANDS = [
    import_,
    append,
    found,
    establish_body,
    establish_office,
    grant,
    withdraw,
    unknown,
    appoint,
    vacate,
    handover,
    vacate_presidency,
    establish_chair,
    reform,
    rename,
    alias,
    coverage,
    suspend,
    reinstate,
    notify_withdrawal,
    launch,
    step,
    conclude,
    meeting,
    schedule,
    correct,
    retract,
]
