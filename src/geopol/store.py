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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import duckdb
import pandas as pd
import pyarrow as pa

from geopol import dedup
from geopol.counts import COUNTED_SQL
from geopol.dates import to_date as parse_date
from geopol.queries import Summaries, _flat_sql, event_filters
from geopol.queries import actor_clause as actor_clause
from geopol.schema import Document, Event
from geopol.store_rows import (
    _DUCK_TYPES,
    EVENT_COLUMNS,
    EVENT_FIELDS,
    EVENT_SCHEMA,
    event_rows,
    row_to_event,
)
from geopol.store_rows import events_frame as events_frame
from geopol.store_rows import outlet_key as outlet_key

#: 2: one event per act, its other readings in an ``alternatives`` column (version 1 stored them as events).
SCHEMA_VERSION = 2


class StoreVersionError(Exception):
    """A store written by a geopol whose events do not mean what this one's do."""

# ---------------------------------------------------------------------------------------------
# Ingest bookkeeping
# ---------------------------------------------------------------------------------------------


class CodedResult(Protocol):
    """What a coder yields per input: ``geopol.pipeline.Result`` has this shape."""

    doc: Document | None
    events: list[Event]
    error: Any


Coder = Callable[[Iterable[Document]], Iterable[CodedResult]]


@dataclass(slots=True)
class Coded:
    """A minimal :class:`CodedResult` (for coders other than the pipeline, and for tests)."""

    doc: Document | None
    events: list[Event]
    error: Any = None


@dataclass
class IngestReport:
    """What an ingest run did; ``skipped`` holds ``(document or path, reason)`` pairs."""

    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    batches: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        return self.new + self.updated

    @property
    def docs_per_s(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0


def content_hash(doc: Document, coder: str = "") -> str:
    """What counts as a change: the text, the metadata events depend on (date, title) and the
    fingerprint of the coder (its model and knowledge files), so a changed dictionary re-codes."""
    h = hashlib.sha256()
    for part in (doc.text, doc.date or "", doc.title or "", coder):
        h.update(part.encode("utf-8", "replace"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def _error_parts(err: Any) -> tuple[str, str]:
    where = getattr(err, "doc_id", None) or getattr(err, "path", None) or "?"
    line = getattr(err, "line", None)
    if line is not None and not getattr(err, "doc_id", None):
        where = f"{where}:{line}"
    return str(where), str(getattr(err, "reason", err))


# ---------------------------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------------------------

_DOC_DDL = """
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR NOT NULL,
    seq BIGINT NOT NULL,
    title VARCHAR,
    url VARCHAR,
    date DATE,
    date_text VARCHAR,
    outlet VARCHAR,
    author VARCHAR,
    path VARCHAR,
    text VARCHAR,
    content_hash VARCHAR NOT NULL,
    cluster_id VARCHAR NOT NULL,
    n_events INTEGER,
    minhash BLOB,
    ingested_at TIMESTAMP,
    coder VARCHAR
)
"""

_DOC_FIELDS = (
    ("id", pa.string()),
    ("seq", pa.int64()),
    ("title", pa.string()),
    ("url", pa.string()),
    ("date", pa.date32()),
    ("date_text", pa.string()),
    ("outlet", pa.string()),
    ("author", pa.string()),
    ("path", pa.string()),
    ("text", pa.string()),
    ("content_hash", pa.string()),
    ("cluster_id", pa.string()),
    ("n_events", pa.int32()),
    ("minhash", pa.binary()),
    ("ingested_at", pa.timestamp("us")),
    ("coder", pa.string()),  # geopol version and coder fingerprint that coded it (issue 13)
)
_DOC_SCHEMA = pa.schema(list(_DOC_FIELDS))

#: What every count reads: see :mod:`geopol.counts`.
COUNTED = COUNTED_SQL

_VIEWS = f"""
CREATE OR REPLACE VIEW clusters AS
SELECT cluster_id,
       count(*) AS num_articles,
       count(DISTINCT coalesce(lower(outlet), id)) AS num_sources,
       arg_min(id, seq) AS first_doc_id,
       min(date) AS first_date,
       max(date) AS last_date
FROM documents GROUP BY cluster_id;
CREATE OR REPLACE VIEW duplicates AS
SELECT id AS doc_id, cluster_id AS duplicate_of, outlet, title, date
FROM documents WHERE cluster_id <> id;
CREATE OR REPLACE VIEW counted_events AS SELECT * FROM events WHERE {COUNTED};
"""



class Store(Summaries):
    """A DuckDB corpus file; open it with :func:`open_store`. One writer process at a time."""

    def __init__(self, path: str | Path, read_only: bool = False, threshold: float = dedup.THRESHOLD):
        self.path = str(path)
        self.read_only = read_only
        self.threshold = threshold
        if self.path != ":memory:" and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(self.path, read_only=read_only)
        self._dups: dedup.DuplicateIndex | None = None
        self._check_version()
        if not read_only:
            self._create()

    # -- lifecycle -------------------------------------------------------------------------

    def _check_version(self) -> None:
        """A store from an older schema is refused with what to do: its events would be counted
        by rules they were not written for (version 1 stored each reading of an act as an event)."""
        has_meta = self._one("SELECT 1 FROM information_schema.tables WHERE table_name = 'meta'")
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'") if has_meta else None
        if row is not None and int(row[0]) != SCHEMA_VERSION:
            self.con.close()
            raise StoreVersionError(
                f"{self.path}: store schema {row[0]}, this geopol reads schema {SCHEMA_VERSION} (one event "
                "per act, other readings kept as alternatives); ingest the documents again into a new --db file")

    def _create(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)")
        if not self._one("SELECT 1 FROM meta WHERE key = 'schema_version'"):
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        self.con.execute(_DOC_DDL)
        cols = ", ".join(f"{name} {_DUCK_TYPES[typ]}" for name, typ in EVENT_FIELDS)
        self.con.execute(f"CREATE TABLE IF NOT EXISTS events ({cols})")
        self._migrate()
        self.con.execute(_VIEWS)

    def _migrate(self) -> None:
        """Add the columns a store written by an older geopol lacks, filled from what it has."""
        have = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
        missing = [(n, t) for n, t in EVENT_FIELDS if n not in have]
        for name, typ in missing:
            self.con.execute(f"ALTER TABLE events ADD COLUMN {name} {_DUCK_TYPES[typ]}")
        if missing:
            self.con.execute(
                """UPDATE events SET
                   quad_class_cameo = coalesce(quad_class_cameo, CASE
                       WHEN cameo_root <= '05' THEN 1 WHEN cameo_root <= '08' THEN 2
                       WHEN cameo_root <= '13' THEN 3 ELSE 4 END),
                   date_start = coalesce(date_start, date),
                   date_end = coalesce(date_end, CASE date_precision
                       WHEN 'year' THEN make_date(year(date), 12, 31)
                       WHEN 'month' THEN last_day(date) ELSE date END)"""
            )
        docs = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'documents'").fetchall()}
        if "coder" not in docs:
            self.con.execute("ALTER TABLE documents ADD COLUMN coder VARCHAR")

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

    # -- duplicate index -------------------------------------------------------------------

    def _index(self) -> dedup.DuplicateIndex:
        """The LSH index, rebuilt from the stored signatures on first use (resume stays aware)."""
        if self._dups is None:
            index = dedup.DuplicateIndex(threshold=self.threshold)
            rows = self.con.execute(
                "SELECT id, minhash, seq, cluster_id FROM documents WHERE minhash IS NOT NULL ORDER BY seq"
            ).fetchall()
            for doc_id, blob, seq, cluster in rows:
                index.add(doc_id, dedup.from_bytes(blob), seq, cluster)
            self._dups = index
        return self._dups

    def known_hashes(self) -> dict[str, str]:
        """Document id -> content hash of everything stored (what an ingest may skip)."""
        return dict(self.con.execute("SELECT id, content_hash FROM documents").fetchall())

    # -- writing ---------------------------------------------------------------------------

    def write_batch(
        self, results: Sequence[CodedResult], report: IngestReport | None = None, coder: dict | None = None
    ) -> IngestReport:
        """Store coded documents and their events in ONE transaction (all or nothing).

        Unchanged documents are skipped, changed ones replace their old rows, near-duplicates join
        their twin's cluster and the affected clusters' counts are recomputed.
        """
        report = report or IngestReport()
        docs: list[Document] = []
        evs: list[list[Event]] = []
        for res in results:
            if res.error is not None or res.doc is None:
                report.skipped.append(_error_parts(res.error))
                continue
            docs.append(res.doc)
            evs.append(list(res.events))
        if not docs:
            return report
        # The last version of a document in the batch wins.
        latest = {d.id: i for i, d in enumerate(docs)}
        keep = sorted(latest.values())
        docs = [docs[i] for i in keep]
        evs = [evs[i] for i in keep]

        from geopol.provenance import label, provenance

        info = coder or provenance()
        coder_label = label(info)
        index = self._index()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM meta WHERE key IN ('geopol_version', 'coder_fingerprint')")
            self.con.execute("INSERT INTO meta VALUES ('geopol_version', ?), ('coder_fingerprint', ?)",
                             [info["geopol_version"], info["coder_fingerprint"]])
            ids = [d.id for d in docs]
            old = dict(
                self.con.execute(
                    "SELECT id, content_hash FROM documents WHERE id IN (SELECT unnest(?))", [ids]
                ).fetchall()
            )
            hashes = [content_hash(d, info["coder_fingerprint"]) for d in docs]
            todo = [i for i, d in enumerate(docs) if old.get(d.id) != hashes[i]]
            report.unchanged += len(docs) - len(todo)
            replaced = [docs[i].id for i in todo if docs[i].id in old]
            touched: set[str] = set()
            if replaced:
                touched.update(
                    r[0]
                    for r in self.con.execute(
                        "SELECT DISTINCT cluster_id FROM documents WHERE id IN (SELECT unnest(?))", [replaced]
                    ).fetchall()
                )
                self.con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [replaced])
                self.con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [replaced])
                for doc_id in replaced:
                    index.remove(doc_id)
            (seq0,) = self._one("SELECT coalesce(max(seq), 0) FROM documents")
            now = dt.datetime.now()
            dcols: dict[str, list[Any]] = {name: [] for name, _ in _DOC_FIELDS}
            ecols: dict[str, list[Any]] = {name: [] for name in EVENT_COLUMNS}
            for n, i in enumerate(todo, start=1):
                doc, events = docs[i], evs[i]
                seq = seq0 + n
                sig = dedup.signature(doc.text or doc.title or "")
                cluster = index.assign(doc.id, sig, seq)
                if cluster == doc.id and doc.id in old and self._has_members(doc.id):
                    # A changed document no longer like the twins that joined it: new cluster label.
                    cluster = f"{doc.id}#{seq}"
                    index.add(doc.id, sig, seq, cluster)
                if cluster != doc.id:
                    report.duplicates += 1
                    touched.add(cluster)
                if doc.id in old:
                    report.updated += 1
                else:
                    report.new += 1
                row = {
                    "id": doc.id,
                    "seq": seq,
                    "title": doc.title,
                    "url": doc.url,
                    "date": parse_date(doc.date),
                    "date_text": doc.date,
                    "outlet": doc.outlet,
                    "author": doc.author,
                    "path": doc.path,
                    "text": doc.text,
                    "content_hash": hashes[i],
                    "cluster_id": cluster,
                    "n_events": len(events),
                    "minhash": dedup.to_bytes(sig),
                    "ingested_at": now,
                    "coder": coder_label,
                }
                for k, v in row.items():
                    dcols[k].append(v)
                for k, v in event_rows(events, doc, cluster, seq).items():
                    ecols[k].extend(v)
                report.events += len(events)
            if todo:
                self.con.register("_new_docs", pa.Table.from_pydict(dcols, schema=_DOC_SCHEMA))
                self.con.register("_new_events", pa.Table.from_pydict(ecols, schema=EVENT_SCHEMA))
                self.con.execute("INSERT INTO documents SELECT * FROM _new_docs")
                self.con.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT * FROM _new_events")
                self.con.unregister("_new_docs")
                self.con.unregister("_new_events")
            multi = [c for c in touched if c]
            if multi:
                self._recount(multi)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._dups = None  # the in-memory index may hold uncommitted documents: rebuild it
            raise
        report.batches += 1
        return report

    def _has_members(self, cluster: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE cluster_id = ? LIMIT 1", [cluster]) is not None

    def _recount(self, clusters: list[str]) -> None:
        """Elect, per cluster and event key, the first mention as counted and count its articles."""
        self.con.execute(
            """
            UPDATE events SET counted = (events.event_id = agg.canon AND events.doc_id = agg.canon_doc),
                              num_articles = agg.na, num_sources = agg.ns
            FROM (
                SELECT cluster_id, dedup_key,
                       arg_min(event_id, doc_seq) AS canon,
                       arg_min(doc_id, doc_seq) AS canon_doc,
                       count(DISTINCT doc_id) AS na,
                       count(DISTINCT outlet) AS ns
                FROM events WHERE cluster_id IN (SELECT unnest(?))
                GROUP BY cluster_id, dedup_key
            ) AS agg
            WHERE events.cluster_id = agg.cluster_id AND events.dedup_key = agg.dedup_key
            """,
            [clusters],
        )

    def delete(self, doc_ids: Iterable[str]) -> int:
        """Remove documents and their events (one transaction); returns how many were removed."""
        ids = list(doc_ids)
        index = self._index()
        self.con.execute("BEGIN TRANSACTION")
        try:
            clusters = [
                r[0]
                for r in self.con.execute(
                    "SELECT DISTINCT cluster_id FROM documents WHERE id IN (SELECT unnest(?))", [ids]
                ).fetchall()
            ]
            (n,) = self._one("SELECT count(*) FROM documents WHERE id IN (SELECT unnest(?))", [ids])
            self.con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [ids])
            self.con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [ids])
            if clusters:
                self._recount(clusters)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._dups = None
            raise
        for doc_id in ids:
            index.remove(doc_id)
        return int(n)

    def ingest(
        self,
        items: Iterable[Any],
        coder: Coder | None = None,
        batch_size: int = 64,
        progress: Callable[[IngestReport], None] | None = None,
        results: Iterable[CodedResult] | None = None,
    ) -> IngestReport:
        """Code and store documents, committing every ``batch_size`` documents.

        ``items`` are Documents or ``InputError``s (what :func:`geopol.ingest.read_documents`
        yields). Documents already stored with the same content are skipped *before* coding, which
        is what makes a rerun after a kill cheap. ``coder`` maps Documents to results (e.g.
        :func:`geopol.pipeline.default_coder`); pass precomputed ``results`` instead (e.g. from Dask)
        to only store.
        """
        from geopol.provenance import provenance

        report = IngestReport()
        start = time.perf_counter()
        known = self.known_hashes()
        # The coder's own stamp (its configuration's fingerprint); a document coded under another
        # fingerprint is coded again.
        info = getattr(coder, "provenance", None) or provenance()
        fingerprint = info["coder_fingerprint"]

        def fresh() -> Iterator[Document]:
            for item in items:
                if not isinstance(item, Document):
                    report.seen += 1
                    report.skipped.append(_error_parts(item))
                    _tick()
                    continue
                if known.get(item.id) == content_hash(item, fingerprint):
                    report.seen += 1
                    report.unchanged += 1
                    _tick()
                    continue
                yield item

        def _tick() -> None:
            report.seconds = time.perf_counter() - start
            if progress is not None:
                progress(report)

        if results is None:
            if coder is None:
                raise ValueError("ingest needs a coder (geopol.pipeline.default_coder()) or coded results")
            results = coder(fresh())
        batch: list[CodedResult] = []
        for res in results:
            batch.append(res)
            if len(batch) >= batch_size:
                self._flush(batch, report, info)
                _tick()
                batch = []
        if batch:
            self._flush(batch, report, info)
        report.seconds = time.perf_counter() - start
        _tick()
        return report

    def _flush(self, batch: list[CodedResult], report: IngestReport, info: dict | None = None) -> None:
        report.seen += len(batch)
        self.write_batch(batch, report, info)

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
