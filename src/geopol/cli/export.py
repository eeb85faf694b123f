"""``geopol export``: a store's events as GDELT 2.0 TSV, Parquet, CSV, JSONL or Stata, each file
stamped with the provenance of the coder that made them."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from geopol.cli import checks
from geopol.cli.options import DbOpt, SinceOpt, UntilOpt
from geopol.cli.options import open_db as _open
from geopol.schema import DOMAINS, PLOVER_TYPES

err = Console(stderr=True)


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    dta = "dta"


#: The file ``geopol export`` writes when no ``--out`` is given.
EXPORT_SUFFIX = {"gdelt": "tsv", "parquet": "parquet", "csv": "csv", "jsonl": "jsonl"}


SourceOpt = Annotated[
    str | None, typer.Option(help="Source actor: country (RUS), code prefix (RUSGOV) or name.", callback=checks.actor)
]
TargetOpt = Annotated[str | None, typer.Option(help="Target actor: country or code prefix.", callback=checks.actor)]
BetweenOpt = Annotated[
    tuple[str, str] | None,
    typer.Option(help="Two actors, either direction: --between RUS CHN.", callback=checks.actor),
]
CameoOpt = Annotated[str | None, typer.Option(help="CAMEO code prefix (06 = material cooperation).")]
PloverOpt = Annotated[
    str | None, typer.Option(help="PLOVER event type (AID, ACCUSE, ...).", callback=checks.choice(PLOVER_TYPES))
]
DomainOpt = Annotated[
    str | None, typer.Option(help="Domain (energy, arms, military, ...).", callback=checks.choice(DOMAINS))
]
MinConfOpt = Annotated[float | None, typer.Option("--min-confidence", help="Only readings at least this direct.")]
AllMentionsOpt = Annotated[
    bool, typer.Option("--all-mentions", help="Include near-duplicate copies (not counted).")
]


def export(
    db: DbOpt = Path("corpus.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", help="Output file (default: events.jsonl, events.tsv, events.csv or events.parquet "
                                   "by --format; never overwritten without --force)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the default output file.")] = False,
    source: SourceOpt = None,
    target: TargetOpt = None,
    between: BetweenOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    cameo: CameoOpt = None,
    plover: PloverOpt = None,
    domain: DomainOpt = None,
    modality: Annotated[
        str | None,
        typer.Option(help="asserted, negated, hypothetical, future, question, or all "
                          "(default: all; gdelt: asserted)."),
    ] = None,
    min_confidence: MinConfOpt = None,
    all_mentions: AllMentionsOpt = False,
) -> None:
    """Export stored events (each cluster event once) as GDELT 2.0 TSV, Parquet, CSV or JSONL.

    Takes the filters of `geopol events`. The GDELT table holds asserted, dated events unless
    --modality says otherwise. Parquet carries geopol's version and coder fingerprint in its
    metadata; the other formats get them in a FILE.meta.json beside the file.
    """
    if out_path is None:
        out_path = Path(f"events.{EXPORT_SUFFIX[fmt.value]}")
        if out_path.exists() and not force:
            raise checks.usage_error(f"{out_path} exists: give --out FILE, or --force to overwrite it")
    filters = dict(source=source, target=target, between=between, since=since, until=until, cameo=cameo,
                   plover=plover, domain=domain, min_confidence=min_confidence)
    with _open(db) as store:
        n, left_out = export_store(store, fmt.value, out_path, counted_only=not all_mentions,
                                   modality=modality, **filters)
    note = (f" ({left_out} undated events left out: a GDELT row needs a date; their documents have no"
            " publication date, give one with `geopol ingest --date`)" if left_out else "")
    err.print(f"{n} events -> {out_path}{note}")


def export_store(
    store: Any, fmt: str, path: Path, counted_only: bool = True, modality: str | None = None, **filters: Any
) -> tuple[int, int]:
    """Write a store's events; return (written, undated left out of a GDELT table).

    CSV/Parquet carry the flat columns (with the document's outlet, URL and date) plus
    num_articles/num_sources; GDELT rows get NumArticles/NumSources/NumMentions from the duplicate
    clusters. Every file is stamped with the provenance (see :mod:`geopol.provenance`).
    """
    from geopol.export import GDELT_MODALITIES
    from geopol.provenance import provenance, write_sidecar
    gdelt = fmt == "gdelt"
    mod = None if modality in (None, "all", "any") else modality
    info = {**provenance(), **store.provenance(), "format": fmt,
            "filters": {k: v for k, v in {**filters, "modality": modality}.items() if v is not None},
            "counted_only": counted_only}
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("csv", "parquet", "dta"):
        from geopol.export import FLAT_COLUMNS, parquet_metadata

        columns = [*FLAT_COLUMNS, "num_articles", "num_sources", "cluster_id"]
        if fmt == "dta":
            from geopol.export import write_dta
            from geopol.provenance import label

            df = store.flat_events(columns, counted_only=counted_only, modality=mod, **filters)
            write_dta(df, path, label(info))
            write_sidecar(path, {**info, "rows": len(df)})
            return len(df), 0
        kv = None
        if fmt == "parquet":
            kv = {k.decode(): v.decode() for k, v in parquet_metadata(
                {k: v if isinstance(v, str) else json.dumps(v) for k, v in info.items()}).items()}
        n = store.copy_events(path, fmt, columns, metadata=kv, counted_only=counted_only, modality=mod, **filters)
        if fmt == "csv":
            write_sidecar(path, {**info, "rows": int(n)})
        return int(n), 0
    from geopol.export import event_record, gdelt_rows

    docs = store.document_stubs()
    events = store.iter_events(counted_only=counted_only, modality=mod, **filters)
    n = offered = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if not gdelt:
            for e in events:
                fh.write(json.dumps(event_record(e, docs.get(e.doc_id)), ensure_ascii=False) + "\n")
                n += 1
        else:
            from geopol.counts import counts as counts_in
            from geopol.export import GDELT_COLUMNS

            counts = store.article_counts(counted_only=counted_only, modality=mod, **filters)
            i_mentions, i_sources, i_articles = (
                GDELT_COLUMNS.index(c) for c in ("NumMentions", "NumSources", "NumArticles")
            )
            keep = GDELT_MODALITIES if modality is None else None

            def offer() -> Any:
                nonlocal offered
                for e in events:
                    if counts_in(e, None) and (keep is None or e.modality in keep):
                        offered += 1
                        yield e

            for e, row in gdelt_rows(offer(), docs, None):
                na, ns = counts.get(e.event_id, (1, 1))
                row[i_mentions], row[i_articles], row[i_sources] = str(na), str(na), str(ns)
                fh.write("\t".join(row) + "\n")
                n += 1
    left_out = offered - n if gdelt else 0
    write_sidecar(path, {**info, "rows": n, **({"undated_left_out": left_out} if gdelt else {})})
    return n, left_out
