"""`geopol lint`: check trigger files for entries in the wrong section, silent overlaps and
undocumented fields, and construction files for duplicate ids and examples that fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)


def lint(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Trigger or construction files (default: the packaged triggers.yaml and constructions)."),
    ] = None,
    examples: Annotated[
        bool, typer.Option("--examples/--no-examples", help="Run construction examples through the coder.")
    ] = True,
) -> None:
    """Lint trigger and construction files; exit status 1 when anything is found, 2 when a file
    cannot be read."""
    from geopol.events.constructions import ConstructionError, default_files, is_construction_file
    from geopol.events.lexicon import LexiconError
    from geopol.events.lint import default_trigger_file, lint_file

    paths = files or [default_trigger_file(), *default_files()]
    for path in paths:
        if not path.exists():
            err.print(f"[red]error[/red] {path}: no such file")
            raise typer.Exit(2)
    constructions = [p for p in paths if is_construction_file(p)]
    runs: list[tuple[str, Callable[[], list]]] = [
        (path.name, lambda path=path: lint_file(path)) for path in paths if path not in constructions]
    if constructions:
        runs.append((f"{len(constructions)} construction file(s)",
                     lambda: _lint_constructions(constructions, shipped=not files, examples=examples)))
    found = 0
    for label, run in runs:
        try:
            findings = run()
        except (LexiconError, ConstructionError) as exc:
            err.print(f"[red]error[/red] {exc}")
            raise typer.Exit(2) from exc
        for f in findings:
            print(f)
        found += len(findings)
        err.print(f"{label}: {len(findings)} finding(s)")
    if found:
        raise typer.Exit(1)


def _lint_constructions(paths: list[Path], shipped: bool, examples: bool) -> list[str]:
    """Duplicate ids across the files, then each entry's examples coded with those files."""
    from geopol.events.constructions import duplicate_ids, example_problems, load_constructions
    from geopol.schema import Document

    problems = duplicate_ids(paths)
    load_constructions(() if shipped else tuple(paths))  # validates every file
    if not examples:
        return problems
    from geopol.pipeline import Pipeline

    # The shipped files together; a user's file with the shipped ones (as `--constructions` reads it).
    for extra in [()] if shipped else [(p,) for p in paths]:
        pipeline = Pipeline(constructions=extra)
        names = {p.name for p in extra} or {p.name for p in paths}
        for entry in (e for e in pipeline.constructions if e.file in names):
            for i, example in enumerate(entry.examples):
                events = pipeline.code(Document(id=f"{entry.id}-{i}", text=example.text, date="2024-03-01"))
                problems.extend(example_problems(entry, example, events))
    return problems


def register(app: typer.Typer) -> None:
    app.command("lint")(lint)
