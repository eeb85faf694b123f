"""`geopol code`: documents in, coded events out, bad inputs reported and skipped."""

from __future__ import annotations

import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from geopol.cli import checks
from geopol.cli.options import ActorsOpt, ConstructionsOpt, MinConfidenceOpt, TriggersOpt
from geopol.config import MIN_CONFIDENCE, CoderConfig

err = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


def code(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files or folders (.txt .html .jsonl .csv ...); - for stdin.")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD) for documents that carry none.",
                     callback=checks.publication_date),
    ] = None,
    fmt: Annotated[
        Format | None, typer.Option("--format", "-f", help="Output format (default: table on a terminal, else jsonl).")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Code the bundled sample op-ed (April 2016).")] = False,
    actors: ActorsOpt = None,
    triggers: TriggersOpt = None,
    constructions: ConstructionsOpt = None,
    min_confidence: MinConfidenceOpt = MIN_CONFIDENCE,
    modality: Annotated[
        str | None, typer.Option(help="Keep only events of this modality (asserted, negated, ...).")
    ] = None,
    processes: Annotated[
        int, typer.Option("--processes", "-j", help="Parser processes.", callback=checks.at_least(1))
    ] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per parser batch.", callback=checks.at_least(1))] = 32,
) -> None:
    """Code documents into events: who did what to whom, when, where, on what evidence."""
    from geopol.export import GDELT_MODALITIES, write_events
    from geopol.ingest import read_documents
    from geopol.pipeline import Pipeline, sample_document
    from geopol.provenance import write_sidecar

    if not sample and not paths:
        err.print("[red]error[/red] give a file, a folder, - for stdin, or --sample")
        raise typer.Exit(2)
    fmt = fmt or (Format.table if out is None and sys.stdout.isatty() else Format.jsonl)
    if fmt is Format.parquet and out is None:
        err.print("[red]error[/red] --format parquet needs --out FILE")
        raise typer.Exit(2)
    try:
        pipeline = Pipeline(config=CoderConfig(actors=tuple(actors or ()), triggers=tuple(triggers or ()),
                                               constructions=tuple(constructions or ()),
                                               min_confidence=min_confidence))
    except Exception as exc:  # a user's data file with an error: say which and why
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc

    items = [sample_document()] if sample else read_documents(paths or [], date=date)
    events, skipped, n_docs = [], [], 0
    docs: dict = {}
    show_progress = err.is_terminal and not sample
    with coding_progress(err, disable=not show_progress) as progress:
        task = progress.add_task("code", total=None, rate="")
        for result in pipeline.code_many(items, batch_size=batch_size, n_process=processes):
            if result.error is not None:
                skipped.append(result.error)
                err.print(f"[yellow]skipped[/yellow] {escape(str(result.error))}", soft_wrap=True, highlight=False)
            else:
                n_docs += 1
                docs[result.doc.id] = replace(result.doc, text="")  # outlet, URL, date for the rows
                events.extend(e for e in result.events if modality is None or e.modality == modality)
            elapsed = progress.tasks[0].elapsed or 0
            progress.update(task, advance=1, rate=f"{n_docs / elapsed:.1f} docs/s" if elapsed else "")

    if fmt is Format.table:
        _print_table(events, out)
    else:
        # The GDELT table is asserted events unless --modality asked for others.
        opts = {"documents": docs, "modalities": None if modality else GDELT_MODALITIES}
        if out is not None and fmt is Format.parquet:
            write_events(events, fmt.value, out, **opts)
        elif out is not None:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                write_events(events, fmt.value, fh, **opts)
            write_sidecar(out, {**pipeline.provenance, "format": fmt.value})
        else:
            write_events(events, fmt.value, sys.stdout, **opts)
        if fmt is Format.gdelt:
            from geopol.export import gdelt_rows

            kept = sum(1 for _ in gdelt_rows(events, docs, opts["modalities"]))
            if dropped := len(events) - kept:
                err.print(f"{dropped} events not in the GDELT table (not asserted, or undated: give --date)")

    from geopol.analysis.explain import plural

    err.print(f"{plural(n_docs, 'document')}, {plural(len(events), 'event')}"
              + (f", {len(skipped)} skipped" if skipped else ""))
    if skipped:
        from geopol.cli.exits import EXIT_SKIPPED

        raise typer.Exit(EXIT_SKIPPED)


def coding_progress(console: Console, disable: bool = False) -> Progress:
    """A spinner with the documents coded so far: inputs are streamed (a JSONL file's lines, a
    folder's files), so there is no total to show a bar against, and "0/?" tells nobody anything."""
    return Progress(SpinnerColumn(), TextColumn("coding [bold]{task.completed:.0f}[/bold] docs"),
                    TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=console, disable=disable)


def _print_table(events: list, out: Path | None) -> None:
    console = Console(file=open(out, "w", encoding="utf-8") if out else None, width=200 if out else None)
    table = Table(show_lines=False, header_style="bold")
    for col in ("date", "source", "event", "target", "modality", "amount", "where", "evidence"):
        table.add_column(col, overflow="fold")
    for e in events:
        amount = f"{e.amount.value:,.0f} {e.amount.currency or ''}".strip() if e.amount else ""
        table.add_row(
            e.date or "",
            _actor(e.source),
            f"{e.cameo} {e.plover}\n[dim]{e.trigger.text}[/dim]",
            _actor(e.target),
            e.modality if e.modality == "asserted" else f"[yellow]{e.modality}[/yellow]",
            amount,
            e.location.name if e.location else "",
            _clip(e.evidence.text, 110),
        )
    console.print(table)


def _actor(a) -> str:
    if a is None:
        return "[dim]-[/dim]"
    return f"{a.code or '?'}\n[dim]{_clip(a.text, 30)}[/dim]"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
