"""`geopol evaluate` and `geopol classify`: accuracy on gold data, and the label of a given pair."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

err = Console(stderr=True)


class GoldFormat(str, Enum):
    plv = "plv"
    gsr = "gsr"
    geopol = "geopol"
    events = "events"


class PairFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


def evaluate(
    gold: Annotated[Path, typer.Argument(
        help="Gold file: PLV TSV, PLOVER GSR JSON, exhaustively coded events JSONL, or geopol gold JSONL.")],
    fmt: Annotated[GoldFormat, typer.Option("--format", "-f", help="Gold format.")] = GoldFormat.plv,
    errors: Annotated[Path | None, typer.Option(
        help="Write every miss (and, for events, every false positive) as JSONL.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score the first N items only.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
) -> None:
    """Score the coder on labelled data: the shared metrics, per-type P/R/F1, a confusion matrix.

    Gold formats (--format); the README's "Gold formats" section has examples:

    plv: TSV with a header: marked_sentence (source in <s>..</s>, target in <t>..</t>), gold_root, gold_penta.

    gsr: a JSON list of PLOVER GSR records: id, text, event (PLOVER type), source/target lists of {"code": ...}.

    geopol: JSONL of {"id", "text", "date", "events"}; each event: source and target spans (start, end), plover.
    """
    from geopol.evaluate import evaluate as run

    if not gold.exists():
        err.print(f"[red]error[/red] {gold}: no such file")
        raise typer.Exit(2)
    try:
        report = run(gold, fmt.value, limit=limit)
    except (ValueError, KeyError) as exc:
        err.print(f"[red]error[/red] {gold}: {exc}")
        raise typer.Exit(2) from exc
    if errors is not None:
        with open(errors, "w", encoding="utf-8") as fh:
            for e in report.errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    if as_json:
        print(json.dumps(report.to_dict()))
        return
    console = Console()
    summary = Table(title=f"{gold.name} ({fmt.value})", show_header=False)
    for k, v in report.metrics.items():
        summary.add_row(k, str(v))
    summary.add_row("seconds", str(report.seconds))
    console.print(summary)
    per = Table(title="per type")
    system = any("system" in m for m in report.per_type.values())  # events: how many the coder emitted
    for col in ("type", "precision", "recall", "f1", "support", *(("system",) if system else ())):
        per.add_column(col, justify="right" if col != "type" else "left")
    for label, m in report.per_type.items():
        per.add_row(label, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["support"]),
                    *((str(m.get("system", "")),) if system else ()))
    console.print(per)
    labels = sorted({p for row in report.confusion.values() for p in row} | set(report.confusion))
    conf = Table(title="confusion (rows gold, columns system; - = none)")
    conf.add_column("gold")
    for label in labels:
        conf.add_column(label[:4], justify="right")
    for gold_label, row in report.confusion.items():
        conf.add_row(gold_label, *[str(row.get(label, "")) for label in labels])
    if report.confusion:
        console.print(conf)
    if errors is not None:
        what = "false positives and misses" if fmt is GoldFormat.events else "misses"
        err.print(f"{len(report.errors)} {what} written to {errors}")


def classify(
    text: Annotated[
        str, typer.Argument(help="A sentence with <s>source</s> and <t>target</t> marked, or a .jsonl file.")
    ],
    fmt: Annotated[PairFormat, typer.Option("--format", "-f")] = PairFormat.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSONL here instead of stdout.")] = None,
    date: Annotated[str | None, typer.Option(help="Publication date, for terms of office.")] = None,
) -> None:
    """The relation between a marked pair: PLOVER type, CAMEO code, quad class, confidence."""
    from geopol.pairs import classify as label_pair
    from geopol.pipeline import default_pipeline

    pipeline = default_pipeline()
    path = Path(text)
    if text.endswith(".jsonl") and path.exists():
        sink = open(out, "w", encoding="utf-8") if out else sys.stdout
        bad = 0
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    label = label_pair(row["text"], pipeline, date=row.get("date", date))
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                    err.print(f"[yellow]skipped[/yellow] {path}:{n}: {exc}")
                    bad += 1
                    continue
                sink.write(json.dumps({"id": row.get("id", n), **label.to_dict()}) + "\n")
        if out:
            sink.close()
        if bad:
            from geopol.cli.exits import EXIT_SKIPPED

            raise typer.Exit(EXIT_SKIPPED)
        return
    try:
        label = label_pair(text, pipeline, date=date)
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc
    if fmt is PairFormat.jsonl:
        print(json.dumps(label.to_dict()))
        return
    table = Table(show_header=False)
    for k, v in label.to_dict().items():
        table.add_row(k, str(v))
    Console().print(table)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
    app.command("classify")(classify)
