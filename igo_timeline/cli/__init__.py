"""The ``igo`` command: glue between the shell and the engine.

Errors are mapped to exit codes in one place, :class:`IgoGroup`: anything
from the :class:`~igo_timeline.errors.IgoError` tree is exit 1 with one
``Error: ...`` line on stderr; click's usage errors are exit 2.
"""

from __future__ import annotations

from typing import Any

import click

from igo_timeline.cli import cow, export, extract, query, serve, verify, write
from igo_timeline.errors import IgoError


class IgoGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IgoError as err:
            raise click.ClickException(" ".join(str(err).split())) from None


@click.group(cls=IgoGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    envvar="IGO_STORE",
    metavar="PATH|URL|memory:",
    help="The event store: a SQLite file (default: timeline.sqlite in the per-user data folder), "
    "a PostgreSQL URL (postgresql://user:password@host:port/dbname?schema=NAME; prefer IGO_STORE "
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


for command in [
    *write.COMMANDS,
    *query.COMMANDS,
    *serve.COMMANDS,
    *extract.COMMANDS,
    *export.COMMANDS,
    *verify.COMMANDS,
    *cow.COMMANDS,
]:
    main.add_command(command)
