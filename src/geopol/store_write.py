"""The store's write path: ingest bookkeeping, and the batched, transactional writes that keep a
store idempotent, resumable and duplicate-aware (mixed into :class:`geopol.store.Store`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import duckdb
import pyarrow as pa

from geopol import dedup
from geopol.dates import to_date as parse_date
from geopol.schema import Document, Event
from geopol.store_rows import EVENT_COLUMNS, EVENT_SCHEMA, event_rows
from geopol.store_schema import DOC_FIELDS, DOC_SCHEMA

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


class Writes:
    """How a store takes documents in (mixed into :class:`geopol.store.Store`)."""

    con: duckdb.DuckDBPyConnection
    threshold: float
    _dups: dedup.DuplicateIndex | None
    _one: Callable[..., tuple[Any, ...] | None]  # the store's "first row of a query"

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
            dcols: dict[str, list[Any]] = {name: [] for name, _ in DOC_FIELDS}
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
                self.con.register("_new_docs", pa.Table.from_pydict(dcols, schema=DOC_SCHEMA))
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
