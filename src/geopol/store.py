"""The corpus store: documents and their coded events in one embedded DuckDB file.

Why it is shaped this way:

* **Idempotent**: each document keeps a content hash; the same id with the same hash is skipped
  before coding, a changed one has its old events replaced.
* **Resumable**: every batch (documents, their events, their MinHash signatures) is written in one
  transaction, so a killed run loses at most the batch in flight and a rerun skips what was committed.
* **Duplicate-aware**: a near-duplicate document joins the cluster of its first-seen twin
  (:mod:`geopol.dedup`). All events are stored, but within a cluster only the first mention
  of each event is ``counted``; it carries ``num_articles``/``num_sources`` (GDELT's NumArticles and
  NumSources), and every figure (dyads, networks, explanations) reads counted events only.
* **Fast queries**: events are one flat, columnar table with ``source_country``/``target_country``
  and a ``DATE`` column; DuckDB's vectorised scans answer dyad and filter queries over millions of
  rows in milliseconds without secondary indexes (which would slow the bulk inserts).

This module opens a store and reads it; the tables live in :mod:`geopol.store_schema`, the write
path in :mod:`geopol.store_write`, the row form of an event in :mod:`geopol.store_rows`.
"""


from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from geopol import dedup, store_schema
from geopol.counts import COUNTED_SQL as COUNTED
from geopol.dates import to_date as parse_date  # noqa: F401  (callers parse filter dates with it)
from geopol.queries import Summaries, _flat_sql, event_filters
from geopol.queries import actor_clause as actor_clause
from geopol.schema import Document, Event
from geopol.store_rows import EVENT_COLUMNS as EVENT_COLUMNS
from geopol.store_rows import EVENT_FIELDS as EVENT_FIELDS
from geopol.store_rows import EVENT_SCHEMA as EVENT_SCHEMA
from geopol.store_rows import event_rows as event_rows
from geopol.store_rows import events_frame as events_frame
from geopol.store_rows import outlet_key as outlet_key
from geopol.store_rows import row_to_event
from geopol.store_schema import SCHEMA_VERSION as SCHEMA_VERSION
from geopol.store_schema import StoreVersionError as StoreVersionError
from geopol.store_write import Coded as Coded
from geopol.store_write import CodedResult as CodedResult
from geopol.store_write import Coder as Coder
from geopol.store_write import IngestReport as IngestReport
from geopol.store_write import Writes
from geopol.store_write import content_hash as content_hash


class Store(Summaries, Writes):
    """A DuckDB corpus file; open it with :func:`open_store`. One writer process at a time."""

    def __init__(self, path: str | Path, read_only: bool = False, threshold: float = dedup.THRESHOLD):
        self.path = str(path)
        self.read_only = read_only
        self.threshold = threshold
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(self.path, read_only=read_only)
        self._dups: dedup.DuplicateIndex | None = None
        store_schema.check_version(self.con, self.path)
        if not read_only:
            store_schema.create(self.con)

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _one(self, query: str, params: Sequence[Any] | None = None) -> tuple[Any, ...] | None:
        """First row of a query, with the result fully consumed (DuckDB 2 refuses pending results)."""
        rows = self.con.execute(query, list(params or [])).fetchall()
        return rows[0] if rows else None

    def sql(self, query: str, params: Sequence[Any] | None = None) -> pd.DataFrame:
        """Run any SQL on the store (tables: documents, events; views: clusters, duplicates)."""
        return self.con.execute(query, list(params or [])).df()

    # -- queries ---------------------------------------------------------------------------

    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        between: tuple[str, str] | Sequence[str] | None = None,
        since: Any = None,
        until: Any = None,
        cameo: str | None = None,
        plover: str | None = None,
        domain: str | None = None,
        modality: str | None = None,
        limit: int | None = None,
        counted_only: bool = True,
        columns: Sequence[str] | None = None,
        min_confidence: float | None = None,
    ) -> pd.DataFrame:
        """Events matching the filters, oldest first. Actor filters match country or code prefix;
        ``between`` matches either direction; only counted (de-duplicated) events unless asked."""
        where, params = event_filters(
            source, target, between, since, until, cameo, plover, domain, modality, counted_only, min_confidence
        )
        cols = ", ".join(columns) if columns else "*"
        sql = f"SELECT {cols} FROM events WHERE {where} ORDER BY date, doc_seq, sentence, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.con.execute(sql, params).df()

    def iter_events(self, batch_rows: int = 50_000, **filters: Any) -> Iterator[Event]:
        """Stored events as :class:`Event` objects, streamed (for exporters)."""
        where, params = event_filters(**filters)
        sql = f"SELECT * FROM events WHERE {where} ORDER BY date, doc_seq, event_id"
        rel = self.con.sql(sql, params=params)
        reader = rel.to_arrow_reader(batch_rows)
        for rb in reader:
            for row in rb.to_pylist():
                yield row_to_event(row)

    def copy_events(
        self, path: str | Path, fmt: str, columns: Sequence[str], metadata: dict[str, str] | None = None,
        counted_only: bool = True, **filters: Any,
    ) -> int:
        """Write the matching events' flat ``columns`` (with their document's outlet, URL and date
        as ``doc_outlet``/``doc_url``/``doc_date``) straight to a CSV or Parquet file with DuckDB's
        COPY; Parquet carries ``metadata`` as key-value pairs. Returns how many rows were written."""
        sql, where, params = _flat_sql(columns, counted_only, filters)
        if fmt == "parquet":
            kv = ", ".join(f"{k}: '{_sql_quote(v)}'" for k, v in (metadata or {}).items())
            opts = f"(FORMAT PARQUET, KV_METADATA {{{kv}}})" if kv else "(FORMAT PARQUET)"
        else:
            opts = "(FORMAT CSV, HEADER)"
        self.con.execute(f"COPY ({sql}) TO '{_sql_quote(str(path))}' {opts}", params)
        (n,) = self._one(f"SELECT count(*) FROM events WHERE {where}", params) or (0,)
        return int(n)

    def flat_events(self, columns: Sequence[str], counted_only: bool = True, **filters: Any) -> pd.DataFrame:
        """The matching events' flat ``columns`` as a frame (what ``copy_events`` writes)."""
        sql, _, params = _flat_sql(columns, counted_only, filters)
        return self.con.execute(sql, params).df()

    def article_counts(self, counted_only: bool = True, **filters: Any) -> dict[str, tuple[int, int]]:
        """Event id -> (num_articles, num_sources) for the matching events."""
        where, params = event_filters(counted_only=counted_only, **filters)
        rows = self.con.execute(
            f"SELECT event_id, num_articles, num_sources FROM events WHERE {where}", params
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def document_stubs(self) -> dict[str, Document]:
        """Every stored document without its text (id, date, URL: what exporters cite)."""
        rows = self.con.execute("SELECT id, date_text, url, outlet FROM documents").fetchall()
        return {r[0]: Document(id=r[0], text="", date=r[1], url=r[2], outlet=r[3]) for r in rows}

    def documents(self, with_text: bool = False, limit: int | None = None) -> pd.DataFrame:
        """Stored documents in ingest order (text only when asked: it is the bulk of the file)."""
        cols = "id, seq, title, url, date, date_text, outlet, author, path, content_hash, cluster_id, "
        cols += "n_events, ingested_at" + (", text" if with_text else "")
        sql = f"SELECT {cols} FROM documents ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.con.execute(sql).df()

    def document(self, doc_id: str) -> Document | None:
        """One stored document, as the schema type."""
        row = self._one(
            "SELECT id, text, date_text, title, url, outlet, author, path FROM documents WHERE id = ?",
            [doc_id],
        )
        return None if row is None else Document(*row)

    def clusters(self, min_size: int = 2) -> pd.DataFrame:
        """Duplicate clusters with their article and outlet counts (largest first)."""
        return self.con.execute(
            "SELECT * FROM clusters WHERE num_articles >= ? ORDER BY num_articles DESC, first_doc_id",
            [min_size],
        ).df()

    def duplicates(self) -> pd.DataFrame:
        """Documents recognised as near-duplicates, with the document they duplicate."""
        return self.con.execute("SELECT * FROM duplicates ORDER BY doc_id").df()

    def provenance(self) -> dict[str, Any]:
        """What coded the stored events: the last ingest's stamp and every coder label on record."""
        meta = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
        coders = [r[0] for r in self.con.execute(
            "SELECT DISTINCT coder FROM documents WHERE coder IS NOT NULL ORDER BY 1").fetchall()]
        return {"store_geopol_version": meta.get("geopol_version"),
                "store_coder_fingerprint": meta.get("coder_fingerprint"), "store_coders": coders}

    def stats(self) -> dict[str, int]:
        """Headline counts of the store."""
        row = self._one(
            f"""SELECT (SELECT count(*) FROM documents),
                      (SELECT count(*) FROM documents WHERE cluster_id <> id),
                      (SELECT count(*) FROM events),
                      (SELECT count(*) FROM events WHERE {COUNTED})"""
        )
        assert row is not None
        return {"documents": row[0], "duplicates": row[1], "event_mentions": row[2], "events": row[3]}


def _sql_quote(text: str) -> str:
    return text.replace("'", "''")


def open_store(path: str | Path, read_only: bool = False, threshold: float = dedup.THRESHOLD) -> Store:
    """Open (creating if needed) a corpus store at ``path`` (``":memory:"`` for a throwaway one)."""
    return Store(path, read_only=read_only, threshold=threshold)
