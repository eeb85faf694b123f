"""`geopol lint`: check trigger files for entries in the wrong section, silent overlaps and
undocumented fields."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)


def lint(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Trigger files (default: the packaged triggers.yaml).")
    ] = None,
) -> None:
    """Lint trigger files; exit status 1 when anything is found, 2 when a file cannot be read."""
    from geopol.events.lexicon import LexiconError
    from geopol.events.lint import default_trigger_file, lint_file

    found = 0
    for path in files or [default_trigger_file()]:
        if not path.exists():
            err.print(f"[red]error[/red] {path}: no such file")
            raise typer.Exit(2)
        try:
            findings = lint_file(path)
        except LexiconError as exc:
            err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(2) from exc
        for f in findings:
            print(f)
        found += len(findings)
        err.print(f"{path.name}: {len(findings)} finding(s)")
    if found:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("lint")(lint)
