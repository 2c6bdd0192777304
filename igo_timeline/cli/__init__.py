"""The ``igo`` command: glue between the shell and the engine.

Errors are mapped to exit codes in one place, :class:`IgoGroup`: anything
from the :class:`~igo_timeline.errors.IgoError` tree is exit 1 with one
``Error: ...`` line on stderr; click's usage errors are exit 2.

Each command's module is imported only when the command runs (:data:`COMMANDS`):
``igo state`` need not load a web server, charts or the extractor. ``igo
--help`` lists every command from the same table, without importing any.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping
from typing import Any

import click

from igo_timeline.engine.store import default_location
from igo_timeline.errors import IgoError

# command name -> ("module:attribute" under igo_timeline.cli, the first paragraph of its help).
# The help is what ``igo --help`` lists (shortened as click shortens it); keep it the command's own.
COMMANDS: dict[str, tuple[str, str]] = {
    "alias": (
        "write:alias",
        "Record NAMES as other names of an --office or a --body of ORG (not a rename: no date).",
    ),
    "append": ("write:append", "Record one event given as JSON (or - to read it from stdin)."),
    "appoint": ("write:appoint", "Appoint PERSON to OFFICE of ORG for a term."),
    "backup": (
        "backup:backup",
        "Copy a SQLite store to FILE while writers run.",
    ),
    "batches": (
        "query:batches",
        "ORG's record times, one per batch, oldest first: what each recorded, and what was revised.",
    ),
    "compare": (
        "identities:compare",
        "The organizations both PARTY_A and PARTY_B belong to on a day, and where their statuses differ.",
    ),
    "chart": (
        "export:chart",
        "Draw ORG's timeline: meetings, presidency, offices and each party's statuses, lane by lane.",
    ),
    "copy": (
        "backup:copy",
        "Copy the store into another one, times kept.",
    ),
    "coverage": (
        "write:coverage",
        "Declare how far ORG's record reaches (its sources' coverage): the horizon of every answer.",
    ),
    "correct": (
        "write:correct",
        "Correct EVENT_ID: the JSON object's fields (or a whole event) replace the event's.",
    ),
    "conclude": (
        "write:conclude",
        "Conclude PARTY's pending procedure in ORG: granted, rejected or abandoned.",
    ),
    "diff": ("query:diff", "What changed in ORG between two days (YYYY-MM-DD)."),
    "dump": (
        "backup:dump_",
        "Write the store's log to a file, times kept.",
    ),
    "establish-body": (
        "write:establish_body",
        "Declare BODY of ORG, under NAME (then its meetings can be recorded and extracted).",
    ),
    "establish-office": (
        "write:establish_office",
        "Declare OFFICE of ORG, under NAME (then appointments to it can be recorded and extracted).",
    ),
    "found": (
        "write:found",
        "Record that ORG was founded as NAME: its day, its ladder of statuses, its founders, bodies and offices.",
    ),
    "establish-chair": (
        "write:establish_chair",
        "Declare a rotating chair of ORG besides its presidency (then --chair CHAIR on handover).",
    ),
    "export": (
        "export:export",
        "ORG's history in a format other tools read: Popolo, TimelineJS 3, CSV or COW.",
    ),
    "export-cow": ("cow:export_cow_command", "Write the COW IGO-year layout back: same columns, same rows."),
    "extract": (
        "extract:extract_",
        "Candidate events of summit texts (FILE..., or - for stdin), each with its quote.",
    ),
    "extract-withdraw": (
        "extract:extract_withdraw",
        "Withdraw the batch that `igo extract --apply` recorded from DOCUMENT (a file's document id).",
    ),
    "grant": ("write:grant", "Grant PARTY a STATUS (member, observer, ...) in ORG from a date."),
    "handover": ("write:handover", "Hand ORG's rotating presidency to TO_PARTY (a member)."),
    "head": (
        "verify:head",
        "Print where each organization's chain ends, as ORG=HASH (keep it; give it to igo verify --expect-head).",
    ),
    "history": ("query:history", "The events of ORG in valid-time order, each with its dates and source."),
    "import": ("write:import_", "Record events from files (JSON array, JSON Lines or YAML; - for stdin)."),
    "import-cow": (
        "cow:import_cow_command",
        "Load the Correlates of War IGO data v3.0 (cow_igo_v3_igo_year.csv, or its folder).",
    ),
    "intervals": (
        "serve:intervals",
        "The spans of ORG a chart draws: statuses, terms, presidencies, meetings, with their uncertainty.",
    ),
    "launch": (
        "write:launch",
        "Launch a procedure for PARTY in ORG: pending until a grant (or a withdrawal) or igo conclude.",
    ),
    "memberships": (
        "identities:memberships",
        "Every organization in which PARTY holds a status on a day (or may), from the index.",
    ),
    "meeting": ("write:meeting", "Record a meeting of BODY of ORG that was held."),
    "notify-withdrawal": (
        "write:notify_withdrawal",
        "Record PARTY's notice of withdrawal from ORG: its status holds until a withdrawal.",
    ),
    "org": (
        "identities:org_group",
        "Identities of organizations: the same organization loaded twice, or one succeeding another.",
    ),
    "orgs": ("query:orgs", "The organizations in the store."),
    "parties": (
        "identities:parties",
        "The parties of the store's registry (added, described or renamed), with their kind.",
    ),
    "party": (
        "identities:party",
        "The store's registry of parties: add one the package lacks, describe, rename, show.",
    ),
    "rebuild": (
        "verify:rebuild",
        "Rebuild the as-of index from the log, from zero (queries keep it current by themselves).",
    ),
    "reform": (
        "write:reform",
        "Reform ORG's ladder of statuses from a date: merge (a rename is a merge of one), add, retire.",
    ),
    "reinstate": ("write:reinstate", "Lift PARTY's suspension in ORG (or another --condition) from a date."),
    "rename": (
        "write:rename",
        "Rename ORG (or an --office or a --body of it) from a date: slugs stay, the old name finds it.",
    ),
    "replay": (
        "query:replay",
        "Step through ORG's history in valid-time order: each event and what it changed.",
    ),
    "restore": (
        "backup:restore",
        "Restore a dump into an empty store, record times kept.",
    ),
    "retract": ("write:retract", "Withdraw EVENT_ID from the record from now on (it stays in the log)."),
    "schedule": ("write:schedule", "Record that a meeting of BODY of ORG is scheduled."),
    "schema": ("query:schema", "The JSON Schema of every event type (or of the TYPES named)."),
    "serve": (
        "serve:serve",
        "Serve the timeline: a page with an as-of slider at /, the JSON API under /api/v1.",
    ),
    "show": ("query:show", "One event (by id or unique prefix), with its record time and any correction."),
    "step": ("write:step", "Record a step of PARTY's pending procedure in ORG (no status changes)."),
    "suspend": (
        "write:suspend",
        "Suspend PARTY in ORG from a date (or impose another --condition): its status goes on.",
    ),
    "state": (
        "query:state",
        "The state of ORG as of a day: statuses, offices, presidency, meetings, documents, and what is uncertain.",
    ),
    "succession": (
        "identities:succession",
        "Record a succession of states; a continuation carries statuses and presidencies over, everywhere.",
    ),
    "unknown": (
        "write:unknown",
        "Mark PARTY's status in ORG as not known from a date (neither a status nor none).",
    ),
    "vacate": ("write:vacate", "End PERSON's term in OFFICE early."),
    "vacate-presidency": (
        "write:vacate_presidency",
        "Record that ORG's presidency (or another --chair) is vacant from a date.",
    ),
    "verify": (
        "verify:verify_",
        "Check every organization's hash chain (or ORG's): exit 1 naming the first bad event.",
    ),
    "why": (
        "export:why",
        "Why an entry of ORG's state holds as of a day: the decisive event first, then what it rests on.",
    ),
    "withdraw": ("write:withdraw", "End PARTY's status in ORG from a date."),
}
# every module with commands: a command missing from the table is still found here (slowly), but
# igo --help does not list it: a command added to a module's COMMANDS belongs in the table too
MODULES = ("write", "query", "serve", "extract", "export", "verify", "cow", "identities", "backup")


def table_problems() -> list[str]:
    """How :data:`COMMANDS` disagrees with the modules' own ``COMMANDS`` (imports them all):
    a command missing, one listed that no module has, a help or module not the command's own."""
    problems = []
    found: dict[str, tuple[str, click.Command]] = {}
    for module in MODULES:
        for command in getattr(importlib.import_module(f"igo_timeline.cli.{module}"), "COMMANDS", []):
            found[command.name or ""] = (module, command)
    for name, (module, command) in sorted(found.items()):
        entry = COMMANDS.get(name)
        first = " ".join((command.help or "").split("\n\n")[0].split())
        if entry is None:
            problems.append(f"{name} ({module}) is not in the table")
        elif _load(entry[0]) is not command:
            problems.append(f"{name}: the table names {entry[0]}, not the command of {module}")
        elif entry[1] != first:
            problems.append(f"{name}: the table's help is not the command's: {first!r}")
    problems += [
        f"{name} is in the table but in no module's COMMANDS" for name in COMMANDS if name not in found
    ]
    return problems


def _load(target: str) -> click.Command:
    module, _, attr = target.partition(":")
    command = getattr(importlib.import_module(f"igo_timeline.cli.{module}"), attr)
    assert isinstance(command, click.Command), target
    return command


class LazyCommands(MutableMapping[str, click.Command]):
    """The group's commands by name, each imported on first use (the names need no import)."""

    def __init__(self, table: dict[str, tuple[str, str]]) -> None:
        self.table = dict(table)
        self.loaded: dict[str, click.Command] = {}
        self._scanned = False

    def __getitem__(self, name: str) -> click.Command:
        command = self.loaded.get(name)
        if command is None:
            if name in self.table:
                command = self.loaded[name] = _load(self.table[name][0])
            elif not self._scanned:
                self._scan()
                return self[name]
            else:
                raise KeyError(name)
        return command

    def _scan(self) -> None:
        """Import every command module: a command its module lists but the table lacks is found."""
        self._scanned = True
        for module in MODULES:
            for command in getattr(importlib.import_module(f"igo_timeline.cli.{module}"), "COMMANDS", []):
                if command.name and command.name not in self.table:
                    self.loaded.setdefault(command.name, command)

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        if self.loaded.pop(name, None) is None and self.table.pop(name, None) is None:
            raise KeyError(name)
        self.table.pop(name, None)

    def __contains__(self, name: object) -> bool:
        return name in self.table or name in self.loaded

    def __iter__(self) -> Iterator[str]:
        return iter([*self.table, *(n for n in self.loaded if n not in self.table)])

    def __len__(self) -> int:
        return len(self.table) + sum(1 for n in self.loaded if n not in self.table)

    def help_of(self, name: str, limit: int) -> str | None:
        """The short help of a command not imported yet (None once it is: ask the command)."""
        if name in self.loaded or name not in self.table:
            return None
        return _short_help(self.table[name][1], limit)


def _short_help(text: str, limit: int) -> str:
    """``text`` shortened as click shortens a command's help (its own rule, through its public API)."""
    return click.Command(None, help=text).get_short_help_str(limit).strip()


class IgoGroup(click.Group):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lazy = LazyCommands(COMMANDS)
        lazy.update(self.commands)  # any given to the group itself
        self.commands = lazy

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:  # --help and --version print while the arguments are parsed
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:
            _quiet_exit_on_closed_stdout()
            raise  # pragma: no cover - the call above exits

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IgoError as err:
            raise click.ClickException(" ".join(str(err).split())) from None
        except BrokenPipeError:
            _quiet_exit_on_closed_stdout()


# the status a shell reports for a process ended by SIGPIPE (128 + 13)
SIGPIPE_STATUS = 141


def _quiet_exit_on_closed_stdout() -> None:
    """The reader of stdout went away (``igo state sco | head -1``): end quietly, as ``cat`` would.

    Not an error of the input: no message, and status 141, what a shell reports for a process
    that SIGPIPE ended. Output still buffered goes nowhere (stdout now points at the null device),
    so the interpreter's last flush cannot fail a second time.
    """
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # pragma: no cover - a stdout without a descriptor
        pass
    raise SystemExit(SIGPIPE_STATUS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's listing, with the help of commands not imported yet taken from the table."""
        lazy = self.commands if isinstance(self.commands, LazyCommands) else None
        rows: list[tuple[str, str | None, click.Command | None]] = []
        for name in self.list_commands(ctx):
            if lazy is not None and name in lazy.table and name not in lazy.loaded:
                rows.append((name, lazy.table[name][1], None))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, None, command))
        if not rows:
            return
        limit = formatter.width - 6 - max(len(name) for name, _, _ in rows)
        listed = [
            (
                name,
                command.get_short_help_str(limit) if command is not None else _short_help(text or "", limit),
            )
            for name, text, command in rows
        ]
        with formatter.section("Commands"):
            formatter.write_dl(listed)


class _StoreOption(click.Option):
    """``--store``, whose help names the default location only when the help is shown: finding
    that folder (platformdirs) is no part of a command run with ``--store`` or ``IGO_STORE``."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        return None if record is None else (record[0], record[1].replace(_DEFAULT, default_location(), 1))


_DEFAULT = "<the default location>"


@click.group(cls=IgoGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    cls=_StoreOption,
    envvar="IGO_STORE",
    metavar="PATH|URL|memory:",
    help=f"The event store: a SQLite file (default: {_DEFAULT}, timeline.sqlite in the "
    "per-user data folder), a PostgreSQL URL (postgresql://user:password@host:port/dbname?schema=NAME; prefer IGO_STORE "
    "for a password), or memory: for a throwaway one. Also IGO_STORE.",
)
@click.option(
    "--attempts",
    type=click.IntRange(1, 1000),
    default=10,
    show_default=True,
    envvar="IGO_ATTEMPTS",
    help="How often an append is retried when concurrent writers clash.",
)
@click.version_option(package_name="igo-timeline")
@click.pass_context
def main(ctx: click.Context, store: str | None, attempts: int) -> None:
    """igo: the institutional history of intergovernmental organizations, as of any date.

    Every decision is an immutable event with its source quote; queries rebuild
    an organization's state as of a day (valid time), as known at a moment
    (record time).
    """
    ctx.ensure_object(dict)
    ctx.obj["store"] = store
    ctx.obj["attempts"] = attempts
