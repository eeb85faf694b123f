"""What the commands over a corpus store share: the ``--db``, ``--since`` and ``--until`` options and
the opening of the store (a missing store is a one-line error, not a new empty file)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from geopol.cli import checks

err = Console(stderr=True)

DbOpt = Annotated[Path, typer.Option("--db", help="The corpus store (a DuckDB file).")]
SinceOpt = Annotated[
    str | None, typer.Option(help="From this date: 2014, 2014-03 or 2014-03-05.", callback=checks.filter_date)
]
UntilOpt = Annotated[
    str | None, typer.Option(help="Up to this date, inclusive (2015 = end of 2015).", callback=checks.filter_date)
]

# The user's knowledge files, as `code` and `ingest` take them (they extend the shipped ones).
ActorsOpt = Annotated[
    list[Path] | None, typer.Option("--actors", help="Extra actor YAML files (extend or override).")
]
TriggersOpt = Annotated[list[Path] | None, typer.Option("--triggers", help="Extra trigger YAML files.")]
ConstructionsOpt = Annotated[
    list[Path] | None, typer.Option("--constructions", help="Extra construction YAML files.")
]
MinConfidenceOpt = Annotated[
    float,
    typer.Option("--min-confidence", min=0.0, max=1.0,
                 help="Events less sure than this are held: listed with their reading as an alternative, "
                      "never counted (0 counts every reading)."),
]


def open_db(db: Path, read_only: bool = True) -> Any:
    """The store at ``db``; opened read-only, a missing one exits with what to run first."""
    from geopol.store import open_store

    if read_only and not db.exists():
        err.print(f"[red]error[/red] no store at {db} (create one with `geopol ingest PATH --db {db}`)")
        raise typer.Exit(1)
    return open_store(db, read_only=read_only)
