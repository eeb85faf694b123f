"""Research commands: ``panel`` (country/dyad x year/month tables) and ``codebook``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from geopol.cli import checks
from geopol.cli.corpus import SinceOpt, UntilOpt

err = Console(stderr=True)


def panel(
    db: Annotated[Path, typer.Option("--db", help="The corpus store (a DuckDB file).")] = Path("corpus.duckdb"),
    out_path: Annotated[Path, typer.Option("--out", help="panel.csv, panel.parquet or panel.dta")] = Path(
        "panel.csv"
    ),
    unit: Annotated[
        str, typer.Option(help="country or dyad.", callback=checks.one_of(("country", "dyad")))
    ] = "country",
    freq: Annotated[str, typer.Option(help="year or month.", callback=checks.one_of(("year", "month")))] = "year",
    undirected: Annotated[bool, typer.Option("--undirected", help="Dyads as unordered pairs.")] = False,
    role: Annotated[
        str, typer.Option(help="Country panels: count what a country does (source), suffers (target), or either.",
                          callback=checks.one_of(("source", "target", "either")))
    ] = "source",
    actors: Annotated[
        str | None, typer.Option(help="Comma-separated countries (RUS,CHN,USA): the panel's actor set.")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    modality: Annotated[
        str, typer.Option(help="asserted (default), negated, hypothetical, future, question, or all.")
    ] = "asserted",
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", help="Only readings at least this direct.")
    ] = None,
    all_mentions: Annotated[
        bool, typer.Option("--all-mentions", help="Include near-duplicate copies (not counted).")
    ] = False,
) -> None:
    """A zero-filled country-period or dyad-period panel: counts per quad class and PLOVER type,
    Goldstein sum and mean. Written as CSV, Parquet or Stata .dta (by the --out suffix)."""
    from geopol.analysis.panel import PANEL_FORMATS, build_panel, write_panel
    from geopol.cli.corpus import _open

    fmt = out_path.suffix.lstrip(".").lower()
    if fmt not in PANEL_FORMATS:
        err.print(f"[red]error[/red] --out {out_path}: the suffix must be one of {', '.join(PANEL_FORMATS)}")
        raise typer.Exit(2)
    wanted = [a.strip() for a in actors.split(",") if a.strip()] if actors else None
    try:
        with _open(db) as store:
            p = build_panel(store, unit, freq, directed=not undirected, role=role, actors=wanted,  # type: ignore[arg-type]
                            since=since, until=until, modality=None if modality in ("all", "any") else modality,
                            min_confidence=min_confidence, counted_only=not all_mentions)
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc
    write_panel(p, out_path)
    err.print(f"{len(p.table)} cells -> {out_path}")
    for line in p.notes():
        err.print(line)


def codebook(
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the Markdown codebook.")] = Path(
        "CODEBOOK.md"
    ),
) -> None:
    """Write the codebook (actors, triggers, CAMEO table, conventions) generated from the shipped data."""
    from geopol.codebook import render_codebook

    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(render_codebook(), encoding="utf-8")
    err.print(f"codebook -> {out_path}")


def register(app: typer.Typer) -> None:
    app.command("panel")(panel)
    app.command("codebook")(codebook)
