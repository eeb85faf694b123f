"""The `geopol` command: thin Typer commands over the Python API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from geopol.cli import code as code_cmd
from geopol.cli.exits import EXIT_SKIPPED as EXIT_SKIPPED

app = typer.Typer(
    name="geopol",
    help="Evidence-backed political event data (CAMEO, PLOVER, GDELT) from international-affairs text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

app.command("code")(code_cmd.code)


def _version(value: bool) -> None:
    if value:
        from geopol.provenance import label

        typer.echo(label())
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True,
                           help="Print the geopol version and coder fingerprint, and exit.")
    ] = False,
) -> None:
    """Evidence-backed political event data (CAMEO, PLOVER, GDELT) from international-affairs text."""


@app.command("text")
def text(
    path: Annotated[Path, typer.Argument(help="A .html/.htm page (or any input file).")],
) -> None:
    """Print the text geopol codes for a file: span offsets in events point into this text."""
    from geopol.ingest import InputError, read_documents

    for item in read_documents([str(path)]):
        if isinstance(item, InputError):
            err.print(f"[red]error[/red] {item}")
            raise typer.Exit(1)
        sys.stdout.write(item.text)
        if not item.text.endswith("\n"):
            sys.stdout.write("\n")


def _register_optional() -> None:
    """Commands written in their own modules register themselves here."""
    import importlib

    for name in ("geopol.cli.corpus", "geopol.cli.evaluate", "geopol.cli.serve", "geopol.cli.lint",
                 "geopol.cli.research", "geopol.cli.watch"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(app)


_register_optional()


def main() -> None:
    """The ``geopol`` entry point: any failure a command does not report itself is one line here."""
    from geopol.cli.errors import describe

    try:
        app()
    except Exception as exc:
        err.print(f"[red]error[/red] {escape(describe(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
