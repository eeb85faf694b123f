"""Corpus commands: ``ingest``, ``events``, ``dyad``, ``network``, ``explain``, ``export``.

Thin wrappers over :mod:`geopol.store` and :mod:`geopol.analysis` (``export`` is written in
:mod:`geopol.cli.export`, and registered here with the rest). ``ingest`` exits with
``geopol.cli.EXIT_SKIPPED`` (3, as ``geopol code``) when some inputs were skipped as unreadable or
invalid, and 0 when everything was stored (or already was).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from geopol.cli import checks
from geopol.cli.export import export
from geopol.cli.export import export_store as export_store
from geopol.cli.options import (
    ActorsOpt,
    ConstructionsOpt,
    DbOpt,
    MinConfidenceOpt,
    SinceOpt,
    TriggersOpt,
    UntilOpt,
)
from geopol.cli.options import open_db as _open
from geopol.config import MIN_CONFIDENCE
from geopol.schema import DOMAINS, MODALITIES, PLOVER_TYPES

err = Console(stderr=True)
out = Console()


class EventFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class Freq(str, Enum):
    month = "month"
    quarter = "quarter"
    year = "year"


def make_coder(processes: int = 1, batch_size: int = 32, dask: str | None = None, config: Any = None) -> Any:
    """The coder ingest uses: the pipeline in this process, or on Dask (``local`` or an address),
    built from the coder configuration (default: the shipped knowledge)."""
    if dask:
        from geopol.distributed import dask_coder, missing_dask

        missing = missing_dask()  # checked now: the coder itself imports Dask only once documents flow
        if missing:
            raise checks.usage_error(
                f'--dask needs Dask, the optional [dist] extra ({missing} is not installed): pip install -e ".[dist]"'
            )
        return dask_coder(dask, config=config)
    from geopol.pipeline import default_coder

    return default_coder(batch_size=batch_size, n_process=processes, config=config)


# ---------------------------------------------------------------------------------------------
# ingest
# ---------------------------------------------------------------------------------------------


def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders (txt html jsonl csv parquet rss atom warc).")
    ],
    db: DbOpt = Path("corpus.duckdb"),
    date: Annotated[
        str | None,
        typer.Option(help="Publication date for documents that carry none.", callback=checks.publication_date),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(help="Documents per committed batch.", callback=checks.at_least(1))
    ] = 64,
    processes: Annotated[
        int, typer.Option("--processes", "-j", help="Parser processes.", callback=checks.at_least(1))
    ] = 1,
    dask: Annotated[
        str | None, typer.Option(help="Code on Dask: 'local' (LocalCluster) or a scheduler address.")
    ] = None,
    actors: ActorsOpt = None,
    triggers: TriggersOpt = None,
    constructions: ConstructionsOpt = None,
    min_confidence: MinConfidenceOpt = MIN_CONFIDENCE,
) -> None:
    """Store documents and their events: idempotent, resumable, near-duplicates counted once.

    A document already stored is coded again when its text or the coder changed (another geopol
    version, model, or actor or trigger file)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from geopol.config import CoderConfig
    from geopol.ingest import read_documents

    coder = make_coder(processes=processes, dask=dask,
                       config=CoderConfig(actors=tuple(actors or ()), triggers=tuple(triggers or ()),
                                          constructions=tuple(constructions or ()),
                                          min_confidence=min_confidence))
    store = _open(db, read_only=False)
    try:
        with Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/bold] {task.fields[seen]} docs"),
            TextColumn("[cyan]{task.fields[rate]:.1f} docs/s"),
            TextColumn(
                "{task.fields[new]} new · {task.fields[dups]} duplicates · {task.fields[events]} events"
            ),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as progress:
            task = progress.add_task("ingest", total=None, seen=0, rate=0.0, new=0, dups=0, events=0)

            def tick(r: Any) -> None:
                progress.update(
                    task, seen=r.seen, rate=r.docs_per_s, new=r.stored, dups=r.duplicates, events=r.events
                )

            undated: list[str] = []
            try:
                report = store.ingest(
                    _noting_undated(read_documents(paths, date=date), undated),
                    coder=coder, batch_size=batch_size, progress=tick,
                )
            except KeyboardInterrupt:
                done = store.stats()["documents"]
                err.print(
                    f"[yellow]interrupted[/yellow]: {done} documents committed; rerun to finish the rest"
                )
                raise typer.Exit(130) from None
        totals = store.stats()
    finally:
        store.close()
    _summary(report, totals, db, len(undated))
    if undated:
        from geopol.analysis.explain import plural

        shown = ", ".join(undated[:3]) + (", ..." if len(undated) > 3 else "")
        err.print(
            f"[yellow]warning[/yellow] {plural(len(undated), 'document')} without a publication date ({shown}): "
            "their events are undated: counted in explanations, but on no time axis (dyad periods, trends) "
            "and in no GDELT row; "
            "give one with --date YYYY-MM-DD (or a date field in JSONL/CSV)", highlight=False, soft_wrap=True,
        )
    if report.skipped:
        from geopol.cli.exits import EXIT_SKIPPED

        raise typer.Exit(EXIT_SKIPPED)


def _noting_undated(items: Any, undated: list[str]) -> Any:
    """Pass documents through, noting the ids of those with no publication date."""
    from geopol.schema import Document

    for item in items:
        if isinstance(item, Document) and not item.date:
            undated.append(item.id)
        yield item


def _summary(report: Any, totals: dict[str, int], db: Path, undated: int = 0) -> None:
    t = Table(title=f"ingest summary · {db}", show_header=False, title_justify="left")
    t.add_column("what")
    t.add_column("n", justify="right")
    rows = [
        ("documents read", report.seen),
        ("stored (new)", report.new),
        ("replaced (changed)", report.updated),
        ("unchanged (already stored)", report.unchanged),
        ("near-duplicates (counted once)", report.duplicates),
        ("events coded", report.events),
        ("documents without a date", undated),
        ("skipped", len(report.skipped)),
        ("time", f"{report.seconds:.1f} s"),
        ("throughput", f"{report.docs_per_s:.1f} docs/s"),
        ("store: documents / events (counted)", f"{totals['documents']} / {totals['events']}"),
    ]
    for k, v in rows:
        t.add_row(k, str(v))
    err.print(t)
    if report.skipped:
        reasons = Counter(reason for _, reason in report.skipped)
        s = Table(title="skipped, by reason", title_justify="left")
        s.add_column("reason")
        s.add_column("n", justify="right")
        s.add_column("examples")
        for reason, n in reasons.most_common():
            examples = [w for w, r in report.skipped if r == reason][:3]
            s.add_row(reason, str(n), ", ".join(examples))
        err.print(s)


# ---------------------------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------------------------


def events(
    db: DbOpt = Path("corpus.duckdb"),
    source: Annotated[
        str | None,
        typer.Option(help="Source actor: country (RUS), code prefix (RUSGOV) or name (Russia).", callback=checks.actor),
    ] = None,
    target: Annotated[
        str | None, typer.Option(help="Target actor: country, code prefix or name.", callback=checks.actor)
    ] = None,
    between: Annotated[
        tuple[str, str] | None,
        typer.Option(help="Two actors, either direction: --between RUS CHN.", callback=checks.actor),
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix (06 = material cooperation).")] = None,
    plover: Annotated[
        str | None, typer.Option(help="PLOVER event type (AID, ACCUSE, ...).", callback=checks.choice(PLOVER_TYPES))
    ] = None,
    domain: Annotated[
        str | None, typer.Option(help="Domain (energy, arms, military, ...).", callback=checks.choice(DOMAINS))
    ] = None,
    modality: Annotated[
        str,
        typer.Option(help="asserted (default: what counts), negated, hypothetical, future, question, any.",
                     callback=checks.choice((*MODALITIES, "any"))),
    ] = "asserted",
    fmt: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.table,
    limit: Annotated[
        int | None, typer.Option(help="At most this many events.", callback=checks.at_least(0))
    ] = None,
    all_mentions: Annotated[
        bool, typer.Option("--all-mentions", help="Include near-duplicate copies (not counted).")
    ] = False,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", help="Only readings at least this direct.")
    ] = None,
) -> None:
    """List the stored events that count: asserted, with a coded source, each near-duplicate
    cluster's event once (--modality any, --all-mentions for the rest)."""
    with _open(db) as store:
        df = store.events(
            source=source,
            target=target,
            between=between,
            since=since,
            until=until,
            cameo=cameo,
            plover=plover,
            domain=domain,
            modality=None if modality == "any" else modality,
            limit=limit,
            counted_only=not all_mentions,
            min_confidence=min_confidence,
        )
    if fmt is EventFormat.table:
        _events_table(df)
    elif fmt is EventFormat.jsonl:
        from geopol.store import row_to_event

        for row in df.to_dict("records"):
            rec = row_to_event(row).to_dict()
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        _flat(df).to_csv(sys.stdout, index=False)
    from geopol.analysis.explain import plural

    err.print(plural(len(df), "event"))


def _flat(df: Any) -> Any:
    """Store rows -> the exporters' flat columns (``geopol.export.FLAT_COLUMNS``) + GDELT-like counts."""
    try:
        from geopol.export import FLAT_COLUMNS
    except ImportError:  # pragma: no cover - exporters ship with the package
        FLAT_COLUMNS = tuple(c for c in df.columns if c not in ("date_text",))
    flat = df.copy()
    flat["date"] = flat["date_text"]
    extra = ["num_articles", "num_sources", "cluster_id"]
    return flat[[c for c in FLAT_COLUMNS if c in flat.columns] + extra]


def _events_table(df: Any) -> None:
    t = Table(header_style="bold")
    for col in ("date", "source", "event", "target", "modality", "domain", "amount", "art/src", "evidence"):
        t.add_column(col, overflow="fold")
    for r in df.itertuples():
        ev = str(r.evidence_text or "")
        t.add_row(
            str(r.date_text or ""),
            str(r.source_code or r.source_country or ""),
            f"{r.cameo} {r.plover}\n[dim]{r.trigger_text}[/dim]",
            str(r.target_code or r.target_country or ""),
            r.modality if r.modality == "asserted" else f"[yellow]{r.modality}[/yellow]",
            str(r.domain or ""),
            str(r.amount_text or ""),
            f"{r.num_articles}/{r.num_sources}",
            (ev[:117] + "...") if len(ev) > 120 else ev,
        )
    out.print(t)


# ---------------------------------------------------------------------------------------------
# dyad, network
# ---------------------------------------------------------------------------------------------


def dyad(
    a: Annotated[str, typer.Argument(help="First actor (RUS, or a name: Russia).", callback=checks.actor)],
    b: Annotated[str, typer.Argument(help="Second actor (CHN).", callback=checks.actor)],
    db: DbOpt = Path("corpus.duckdb"),
    freq: Annotated[Freq, typer.Option(help="Period.")] = Freq.month,
    since: SinceOpt = None,
    until: UntilOpt = None,
    plot: Annotated[Path | None, typer.Option("--plot", help="Draw the time series to this PNG.")] = None,
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Also write the table as CSV.")] = None,
) -> None:
    """Per period: events by quad class, Goldstein total/mean, cooperation index; A->B, B->A, both."""
    from geopol.analysis import dyads

    with _open(db) as store:
        table = dyads.dyad_table(store, a, b, freq=freq.value, since=since, until=until)
    t = Table(title=f"{a.upper()} - {b.upper()} by {freq.value} (asserted events, duplicates once)")
    cols = (
        "period",
        "direction",
        "events",
        "v.coop",
        "m.coop",
        "v.confl",
        "m.confl",
        "Goldstein",
        "mean",
        "coop idx",
    )
    for c in cols:
        if c in ("period", "direction"):
            t.add_column(c, no_wrap=True)
        else:
            t.add_column(c, justify="right")
    for r in table.itertuples():
        t.add_row(
            r.label,
            r.direction,
            str(r.n_events),
            str(r.verbal_coop),
            str(r.material_coop),
            str(r.verbal_conflict),
            str(r.material_conflict),
            f"{r.goldstein_total:+.1f}",
            f"{r.goldstein_mean:+.2f}",
            "" if r.coop_index != r.coop_index else f"{r.coop_index:+.2f}",
        )
    out.print(t)
    from geopol.analysis.dyads import coarse_note, undated_note

    for note in (undated_note(table.attrs.get("undated", 0)), coarse_note(table.attrs.get("coarse", 0), freq.value)):
        if note:
            err.print(note)
    if csv_out:
        table.to_csv(csv_out, index=False)
        err.print(f"table: {csv_out}")
    if plot:
        if table.empty:
            err.print("[yellow]no events: nothing to plot[/yellow]")
        else:
            dyads.plot(table, plot, title=f"{a.upper()} - {b.upper()}")
            err.print(f"plot: {plot}")


def network(
    db: DbOpt = Path("corpus.duckdb"),
    out_path: Annotated[Path, typer.Option("--out", help="graph.graphml, graph.gexf or graph.png")] = Path(
        "network.graphml"
    ),
    since: SinceOpt = None,
    until: UntilOpt = None,
    level: Annotated[str, typer.Option(help="country (RUS) or code (RUSGOV, RUSMIL).")] = "country",
    min_events: Annotated[int, typer.Option(help="Drop ties with fewer events.")] = 1,
) -> None:
    """The actor network: weighted cooperative (green) and conflictual (red) ties."""
    from geopol.analysis.network import build_network, write_network

    if level not in ("country", "code"):
        err.print("[red]error[/red] --level is country or code")
        raise typer.Exit(2)
    with _open(db) as store:
        g = build_network(store, since=since, until=until, level=level, min_events=min_events)
    try:
        write_network(g, out_path)
    except ValueError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc
    err.print(f"{g.number_of_nodes()} actors, {g.number_of_edges()} ties -> {out_path}")
    if since is None and until is None:
        from geopol.analysis.dyads import undated_events

        with _open(db) as store:
            n = undated_events(store, modality="asserted")
        if n:  # a network has no time axis: they are in it, and said so
            err.print(f"{n} undated events included (a network has no time series)")
    else:
        from geopol.analysis.dyads import undated_events, undated_note

        with _open(db) as store:
            note = undated_note(undated_events(store, modality="asserted"))
        if note:
            err.print(note + " (nor in this network: --since/--until need a date)")


# ---------------------------------------------------------------------------------------------
# explain, export
# ---------------------------------------------------------------------------------------------


def explain(
    a: Annotated[str, typer.Argument(help="First actor (RUS, or a name: Russia).", callback=checks.actor)],
    b: Annotated[str, typer.Argument(help="Second actor (CHN).", callback=checks.actor)],
    db: Annotated[Path | None, typer.Option("--db", help="The corpus store.")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Explain from the bundled op-ed alone.")] = False,
    out_path: Annotated[Path | None, typer.Option("--out", help="Write report.md or report.html.")] = None,
    chart: Annotated[Path | None, typer.Option(help="Trend chart PNG (default: next to the report).")] = None,
    no_chart: Annotated[bool, typer.Option("--no-chart", help="Do not draw the trend chart.")] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    freq: Annotated[
        str,
        typer.Option(help="Trend period: auto, month, quarter or year.",
                     callback=checks.one_of(("auto", "month", "quarter", "year"))),
    ] = "auto",
) -> None:
    """Why do A and B cooperate or clash? Balance, drivers by domain, shared stances, evidence."""
    from geopol.analysis.explain import explain as build
    from geopol.analysis.report import render, write_report

    if sample == (db is not None):
        err.print("[red]error[/red] give either --db DB or --sample")
        raise typer.Exit(2)
    if chart is None and not no_chart:
        stem = out_path.with_suffix("") if out_path else Path(f"{a.lower()}-{b.lower()}")
        chart = stem.parent / f"{stem.name}-trend.png"
    if no_chart:
        chart = None
    if sample:
        from geopol.pipeline import Pipeline, sample_document

        source: Any = Pipeline().code(sample_document())
        e = build(source, a, b, since=since, until=until, freq=freq, chart=chart)
    else:
        assert db is not None
        with _open(db) as store:
            e = build(store, a, b, since=since, until=until, freq=freq, chart=chart)
    if out_path:
        write_report(e, out_path)
        err.print(f"report: {out_path}" + (f" (chart: {e.chart})" if e.chart else ""))
    else:
        render(e, out)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the geopol CLI."""
    app.command("ingest")(ingest)
    app.command("events")(events)
    app.command("dyad")(dyad)
    app.command("network")(network)
    app.command("explain")(explain)
    app.command("export")(export)
