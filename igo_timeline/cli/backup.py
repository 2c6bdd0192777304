"""Commands that keep and move a store whole: dump, restore, backup, copy.

Each keeps both times: every event keeps its position, its record time and its
link of the hash chain, so the copy answers every ``--known-at`` as the
original did and ``igo head`` prints the same heads.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from igo_timeline.cli.common import note, progress, timeline
from igo_timeline.engine import MEMORY, Timeline, dump, postgres
from igo_timeline.errors import InvalidInput, StoreError


def _where(location: str) -> str:
    return postgres.parse(location).redacted() if postgres.is_url(location) else location


def _sqlite_path(location: str) -> Path | None:
    """The file of a SQLite store location (None for PostgreSQL or memory:)."""
    if location == MEMORY or postgres.is_url(location):
        return None
    return Path(location).expanduser()


@contextlib.contextmanager
def _target(location: str) -> Iterator[Timeline]:
    """The store restored into; a SQLite file this command created is removed again on failure."""
    path = _sqlite_path(location)
    created = path is not None and not path.exists()
    ok = False
    try:
        with Timeline(location) as target:
            yield target
        ok = True
    finally:
        if created and not ok and path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)


def _index(target: Timeline) -> None:
    """Build the restored store's as-of index now (an encrypted store keeps it in memory: not now).

    The events are written by then: a failure here is a warning, and the first query builds it.
    """
    if target.app.mapper.cipher is not None:
        return
    try:
        with progress("indexing the restored events (igo state and history answer from the index)"):
            target.index.catch_up()
    except Exception as err:
        text = " ".join(str(err).split())[:200] or type(err).__name__
        note(f"warning: the as-of index was not built now ({text}); the first query there builds it")


def _heads(restored: dump.Restored) -> str:
    registry = f" and {restored.registry} record(s) of the registry" if restored.registry else ""
    return f"{restored.events} event(s) of {len(restored.orgs)} organization(s){registry}"


@click.command("dump")
@click.argument("orgs", nargs=-1, metavar="[ORG]...")
@click.option(
    "-o", "--output", metavar="FILE", help="The file to write (default: stdout, when not a terminal)."
)
@click.pass_context
def dump_(ctx: click.Context, orgs: tuple[str, ...], output: str | None) -> None:
    """Write the store's log to a file, times kept.

    The dump is gzip-compressed JSON Lines: a header (the format version, the
    release that wrote it, each organization's chain head), then every stored
    event in the order of the log, each with its position, its record time and
    its link. A dump of an encrypted store (IGO_CIPHER_KEY) seals each event
    with the store's key. The file is written whole or not at all.
    """
    tl = timeline(ctx)
    if output is None and sys.stdout.isatty():
        raise InvalidInput(
            "a dump is gzip data, not for a terminal: give -o FILE, or redirect stdout to a file"
        )
    content = dump.read_store(tl, orgs or None)
    cipher = tl.app.mapper.cipher
    if output is None or output == "-":
        out = sys.stdout.buffer
        with progress("dumping the store"):
            dump.write(content, out, cipher)
        out.flush()
    else:
        _write_file(Path(output), lambda fh: dump.write(content, fh, cipher))
    sealed = "; each event sealed with IGO_CIPHER_KEY" if cipher is not None else ""
    where = f" to {output}" if output not in (None, "-") else ""
    heads = content.header["heads"]
    registry = (content.header["registry"] or {"position": 1})["position"] - 1
    also = f" and {registry} record(s) of the registry" if registry else ""
    note(
        f"dumped {sum(h['events'] for h in heads)} event(s) of {len(heads)} organization(s){also}{where}{sealed}"
    )


def _as_created(path: str) -> None:
    """The mode a file created by ``open`` would have (mkstemp makes it private): the umask's."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _folder(path: Path) -> Path:
    """The folder a new file goes into, created when missing (as a store's folder is)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InvalidInput(f"{path}: cannot create its folder: {err.strerror}") from None
    return folder


def _write_file(path: Path, writer: Any) -> int:
    """Write through a temporary file beside ``path``, renamed over it only when whole."""
    if path.is_dir():
        raise InvalidInput(f"{path}: is a directory; give a file name")
    folder = _folder(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as err:
        raise InvalidInput(f"{path}: cannot be written: {err.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as fh:
            count: int = writer(fh)
            fh.flush()
            os.fsync(fh.fileno())
        _as_created(temporary)
        os.replace(temporary, path)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise InvalidInput(f"{path}: cannot be written: {err.strerror or err}; nothing was written") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


@contextlib.contextmanager
def _opened(source: str) -> Iterator[IO[bytes]]:
    if source == "-":
        yield sys.stdin.buffer
        return
    path = Path(source)
    if path.is_dir():
        raise InvalidInput(f"{source}: is a directory, not a dump")
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise InvalidInput(f"{source}: no such file") from None
    except OSError as err:
        raise InvalidInput(f"{source}: cannot be read: {err.strerror}") from None
    with fh:
        yield fh


@click.command("restore")
@click.argument("source", metavar="FILE")
@click.pass_context
def restore(ctx: click.Context, source: str) -> None:
    """Restore a dump into an empty store, record times kept.

    The store (--store: a new SQLite file, or a PostgreSQL schema) must be
    empty. Every chain of the dump is verified first (a keyed chain with the
    same IGO_CHAIN_KEY); a dump that does not verify, of a newer format, or a
    target that is not empty is refused, and nothing is written. The events are
    written in one transaction.
    """
    root = ctx.find_root().ensure_object(dict)
    location = root.get("store") or _default()
    cipher = _cipher()
    with _opened(source) as fh:
        content = dump.read(fh, source, cipher)  # the header: refuse a newer format before anything
        with _target(location) as target:
            with progress(f"restoring {content.header.get('stored_events', '?')} stored event(s)"):
                restored = dump.restore(target, content, source)
            _index(target)
    note(
        f"restored {_heads(restored)} into {_where(location)}, with their record times; "
        "every chain verified; igo head prints the dump's heads"
    )


def _default() -> str:
    from igo_timeline.engine import default_location

    return default_location()


def _cipher() -> Any:
    """The cipher IGO_CIPHER_KEY names (the library's AES-GCM), or None."""
    from igo_timeline.engine.store import cipher_env

    env = cipher_env()
    if not env:
        return None
    from eventsourcing.cryptography import AESCipher
    from eventsourcing.utils import Environment

    return AESCipher(Environment(env=env))


@click.command("copy")
@click.argument("orgs", nargs=-1, metavar="[ORG]...")
@click.option(
    "--to",
    "to",
    required=True,
    metavar="PATH|URL",
    help="The empty store to copy into: a new SQLite file or postgresql://user@host:port/dbname?schema=NAME.",
)
@click.pass_context
def copy(ctx: click.Context, orgs: tuple[str, ...], to: str) -> None:
    """Copy the store into another one, times kept.

    Streamed, with no file between: the same events, positions, record times
    and chain links, written in one transaction once every chain verified. The
    target must be empty; on any failure nothing is written there. It is how a
    store moves from a SQLite file to a PostgreSQL schema, or back.
    """
    source = timeline(ctx)
    if to == source.location or (
        _sqlite_path(to) is not None
        and _sqlite_path(source.location) is not None
        and Path(to).expanduser().resolve() == Path(source.location).expanduser().resolve()
    ):
        raise InvalidInput("--to names the store itself: give another store")
    if to == MEMORY:
        raise InvalidInput(
            "--to memory: would be gone when the command ends: give a file or a PostgreSQL URL"
        )
    with _target(to) as target:
        content = dump.read_store(source, orgs or None)
        with progress(f"copying {content.header['stored_events']} stored event(s)"):
            restored = dump.restore(target, content, _where(source.location))
        _index(target)
    note(
        f"copied {_heads(restored)} to {_where(to)}, with their record times; every chain verified; "
        "igo head prints the same heads there"
    )


@click.command("backup")
@click.argument("file", metavar="FILE")
@click.pass_context
def backup(ctx: click.Context, file: str) -> None:
    """Copy a SQLite store to FILE while writers run.

    The copy is one read of the store (writers are never stopped) into a new
    FILE, which is then checked: it opens, and every chain verifies.
    """
    root = ctx.find_root().ensure_object(dict)
    location = root.get("store") or _default()
    path = _sqlite_path(location)
    if path is None:
        raise InvalidInput(
            f"igo backup copies a SQLite store; {_where(location)} is not one: use igo dump, or igo copy"
        )
    if not path.is_file():
        raise StoreError(f"store {location!r} does not exist")
    target = Path(file)
    if target.exists():
        raise InvalidInput(f"{file}: exists; a backup never overwrites: give a new file name")
    if target.expanduser().resolve() == path.resolve():
        raise InvalidInput(f"{file}: is the store itself")
    timeout = float(os.environ.get("IGO_SQLITE_LOCK_TIMEOUT", "5") or 5)

    folder = _folder(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
        os.close(handle)
    except OSError as err:
        raise InvalidInput(f"{file}: cannot be written: {err.strerror}") from None
    try:
        with progress(f"backing up {location}"):
            _online_backup(path, Path(temporary), timeout)
        _check_copy(temporary)
        _as_created(temporary)
        os.replace(temporary, target)
    except sqlite3.Error as err:
        raise StoreError(f"cannot back up {location!r} to {file}: {err}; nothing was written") from None
    except OSError as err:
        raise InvalidInput(f"{file}: cannot be written: {err.strerror or err}; nothing was written") from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    from igo_timeline.engine.integrity import verify

    size = target.stat().st_size
    try:
        with Timeline(str(target)) as copied:
            report = verify(copied, index=False)
    except StoreError as err:  # another IGO_CIPHER_KEY, say: the copy is made, it is not vouched for
        note(f"backed up {location} to {file} ({size} bytes); warning: its chains were not checked: {err}")
        return
    if report.problems:
        note(
            f"warning: the store backed up does not verify: {report.problems[0]} (the backup is its faithful copy)"
        )
    note(
        f"backed up {location} to {file} ({size} bytes): {report.events} event(s) of "
        f"{len(report.heads)} organization(s), {'every chain intact' if not report.problems else 'a chain broken'}"
    )


def _online_backup(source: Path, target: Path, timeout: float) -> None:
    """SQLite's online backup API, all pages in one step: one read transaction, a consistent snapshot."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=-1)
            # a standalone file: the copy's log folded in, not left beside it
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def _check_copy(path: str) -> None:
    con = sqlite3.connect(path)
    try:
        (result,) = con.execute("PRAGMA quick_check").fetchone()
    finally:
        con.close()
    if result != "ok":
        raise sqlite3.DatabaseError(f"the copy does not check: {result}")


COMMANDS = [dump_, restore, copy, backup]
