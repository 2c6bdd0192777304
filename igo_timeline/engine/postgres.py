"""PostgreSQL stores: the URL a user gives, and opening the library's postgres backend on it.

A store is ``postgresql://user:password@host:port/dbname?schema=NAME`` (libpq's
URL form; ``postgres://`` too). Each store lives in its own schema, created
when missing, so several stores share one database. A server that cannot be
reached fails within ``connect_timeout`` seconds (``?connect_timeout=N`` or
``IGO_PG_CONNECT_TIMEOUT``, default 10) with one line that names the server
but never its password. psycopg is imported only here, and only when a
PostgreSQL store is opened: it comes with the ``postgres`` extra.
"""

from __future__ import annotations

import os
import re
import zlib
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

from igo_timeline.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")
DEFAULT_CONNECT_TIMEOUT = 10
TIMEOUT_VARIABLE = "IGO_PG_CONNECT_TIMEOUT"
_SCHEMA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")

A = TypeVar("A")


@dataclass(frozen=True)
class PgLocation:
    """A parsed PostgreSQL store location."""

    user: str
    password: str
    host: str
    port: int
    dbname: str
    schema: str
    connect_timeout: int

    def redacted(self) -> str:
        """The location as shown to people: everything but the password."""
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}?schema={self.schema}"


def is_url(location: str) -> bool:
    return location.startswith(SCHEMES)


def _timeout(value: str, where: str) -> int:
    try:
        seconds = int(value)
    except ValueError:
        raise StoreError(f"{where} must be a whole number of seconds, not {value!r}") from None
    if not 2 <= seconds <= 3600:  # libpq treats less than 2 as 2, and 0 as forever
        raise StoreError(f"{where} must be between 2 and 3600 seconds, not {seconds}")
    return seconds


def parse(location: str) -> PgLocation:
    """Read a PostgreSQL URL; every error names the problem, never the password."""
    try:
        parts = urlsplit(location)
        port = parts.port or 5432
    except ValueError:
        raise StoreError("PostgreSQL store URL is malformed (its port?); expected " + _FORM) from None
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(query) - {"schema", "connect_timeout"})
    if unknown:
        raise StoreError(
            f"PostgreSQL store URL has unknown parameter(s) {', '.join(unknown)}; expected {_FORM}"
        )
    schema = query.get("schema", ["public"])[-1] or "public"
    if not _SCHEMA_NAME.fullmatch(schema):
        raise StoreError(f"PostgreSQL schema name {schema!r} is not a plain identifier (letters, digits, _)")
    if "connect_timeout" in query:
        timeout = _timeout(query["connect_timeout"][-1], "connect_timeout")
    elif os.environ.get(TIMEOUT_VARIABLE):
        timeout = _timeout(os.environ[TIMEOUT_VARIABLE], TIMEOUT_VARIABLE)
    else:
        timeout = DEFAULT_CONNECT_TIMEOUT
    dbname = unquote(parts.path.lstrip("/"))
    if not parts.username or not dbname:
        raise StoreError(f"PostgreSQL store URL needs a user and a database name: {_FORM}")
    return PgLocation(
        user=unquote(parts.username),
        password=unquote(parts.password or ""),
        host=parts.hostname or "localhost",
        port=port,
        dbname=dbname,
        schema=schema,
        connect_timeout=timeout,
    )


_FORM = "postgresql://user:password@host:port/dbname?schema=NAME"


def settings(loc: PgLocation) -> dict[str, str]:
    """The library's settings for the store."""
    return {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": loc.dbname,
        "POSTGRES_HOST": loc.host,
        "POSTGRES_PORT": str(loc.port),
        "POSTGRES_USER": loc.user,
        "POSTGRES_PASSWORD": loc.password,
        "POSTGRES_SCHEMA": loc.schema,
        "POSTGRES_CONNECT_TIMEOUT": str(loc.connect_timeout),
        # the library's recorder with its insert sent whole before the answer is awaited (pgrecorder.py:
        # the pipelined insert can hang on a large batch)
        "APPLICATION_RECORDER_TOPIC": "igo_timeline.engine.pgrecorder:WholeBatchRecorder",
        # a command holds one connection (igo serve up to five): many writers stay under max_connections
        "POSTGRES_POOL_SIZE": "1",
        "POSTGRES_MAX_OVERFLOW": "4",
    }


def _reason(err: BaseException, loc: PgLocation) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    if loc.password:
        text = text.replace(loc.password, "***")
    return text


def open_app(cls: type[A], location: str, extra: dict[str, str] | None = None) -> A:
    """Open the application on PostgreSQL: schema created if missing, tables by the library.

    Creating the schema and the library's tables and types runs under an
    advisory lock, so that processes opening a fresh store at once do not race
    each other's ``CREATE``.
    """
    loc = parse(location)
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "PostgreSQL stores need the postgres extra: pip install 'igo-timeline[postgres]'"
        ) from None
    try:
        conn = psycopg.connect(
            host=loc.host,
            port=loc.port,
            user=loc.user,
            password=loc.password,
            dbname=loc.dbname,
            connect_timeout=loc.connect_timeout,
            autocommit=True,
        )
    except psycopg.Error as err:
        raise StoreError(
            f"cannot connect to PostgreSQL store {loc.redacted()}: {_reason(err, loc)}"
        ) from None
    lock = zlib.crc32(f"igo-timeline:{loc.schema}".encode())
    try:
        with conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (lock,))
            try:
                conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{loc.schema}"')
                app: Any = cls(env={**settings(loc), **(extra or {})})  # type: ignore[call-arg]
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (lock,))
    except StoreError:
        raise
    except Exception as err:  # psycopg's and the library's errors: one line, no password
        raise StoreError(f"cannot open PostgreSQL store {loc.redacted()}: {_reason(err, loc)}") from None
    return app  # type: ignore[no-any-return]
