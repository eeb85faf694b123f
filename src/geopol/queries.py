"""The SQL filters every events query shares (store tables and in-memory frames alike), and the
store's summary reads (:class:`Summaries`) the interfaces call instead of running SQL themselves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import duckdb
import pandas as pd

from geopol.counts import COUNTED_SQL as COUNTED
from geopol.dates import to_date as parse_date


def actor_clause(column: str, code: str) -> tuple[str, list[Any]]:
    """SQL matching a coded actor by country or by full-code prefix (``RUS`` or ``RUSGOV``); an
    uncoded phrase (a place, "the attackers") never matches, whatever country it lies in."""
    code = code.strip().upper()
    return (
        f"({column}_code IS NOT NULL AND ({column}_country = ? OR starts_with({column}_code, ?)))",
        [code, code],
    )


def event_filters(
    source: str | None = None,
    target: str | None = None,
    between: tuple[str, str] | Sequence[str] | None = None,
    since: Any = None,
    until: Any = None,
    cameo: str | None = None,
    plover: str | None = None,
    domain: str | None = None,
    modality: str | None = None,
    counted_only: bool = True,
    min_confidence: float | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause shared by every events query (store tables and in-memory frames alike)."""
    clauses: list[str] = []
    params: list[Any] = []

    def add(sql: str, ps: list[Any]) -> None:
        clauses.append(sql)
        params.extend(ps)

    if counted_only:
        clauses.append(COUNTED)
    if source:
        add(*actor_clause("source", source))
    if target:
        add(*actor_clause("target", target))
    if between:
        a, b = between
        sa, pa_ = actor_clause("source", a)
        tb, pb = actor_clause("target", b)
        sb, pb2 = actor_clause("source", b)
        ta, pa2 = actor_clause("target", a)
        add(f"(({sa} AND {tb}) OR ({sb} AND {ta}))", [*pa_, *pb, *pb2, *pa2])
    if since is not None:
        add("date >= ?", [parse_date(since)])
    if until is not None:
        add("date <= ?", [parse_date(until, end=True)])
    if cameo:
        add("starts_with(cameo, ?)", [str(cameo)])
    if plover:
        add("plover = ?", [plover.upper()])
    if domain:
        add("domain = ?", [domain.lower()])
    if modality:
        add("modality = ?", [modality.lower()])
    if min_confidence is not None:
        add("confidence >= ?", [float(min_confidence)])
    return (" AND ".join(clauses) if clauses else "TRUE"), params


def _flat_sql(columns: Sequence[str], counted_only: bool, filters: dict[str, Any]) -> tuple[str, str, list[Any]]:
    """(select, where, params) for flat export rows joined with their document."""
    where, params = event_filters(counted_only=counted_only, **filters)
    special = {"date": "e.date_text", "date_start": "CAST(e.date_start AS VARCHAR)",
               "date_end": "CAST(e.date_end AS VARCHAR)", "doc_outlet": "d.outlet", "doc_url": "d.url",
               "doc_date": "d.date_text"}
    cols = ", ".join(f"{special.get(c, 'e.' + c)} AS {c}" for c in columns)
    sql = (f"SELECT {cols} FROM (SELECT * FROM events WHERE {where}) AS e "
           "LEFT JOIN documents AS d ON d.id = e.doc_id ORDER BY e.date, e.doc_seq, e.event_id")
    return sql, where, params


class Summaries:
    """The store's summary queries (mixed into :class:`geopol.store.Store`)."""

    con: duckdb.DuckDBPyConnection

    def count_events(self, **filters: Any) -> int:
        """How many events match the store's filters (counted ones unless ``counted_only=False``)."""
        where, params = event_filters(**filters)
        return int(self.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0])

    def document_events(self, doc_id: str) -> pd.DataFrame:
        """Every event (mention) of one document, in text order."""
        return self.con.execute(
            "SELECT * FROM events WHERE doc_id = ? ORDER BY evidence_start, event_id", [doc_id]
        ).df()

    def span(self) -> dict[str, Any]:
        """Counted events' first and last date, how many are undated or not asserted, and how many
        documents are undated."""
        lo, hi, undated, not_asserted = self.con.execute(
            "SELECT min(date), max(date), count(*) FILTER (WHERE date IS NULL), "
            f"count(*) FILTER (WHERE modality <> 'asserted') FROM events WHERE {COUNTED}"
        ).fetchone()
        (docs_undated,) = self.con.execute("SELECT count(*) FROM documents WHERE date IS NULL").fetchone()
        return {"first": lo, "last": hi, "undated": int(undated), "not_asserted": int(not_asserted),
                "documents_undated": int(docs_undated)}

    def last_date(self, modality: str = "asserted") -> Any:
        """The latest date of a counted event of ``modality`` (None when none is dated)."""
        return self.con.execute(f"SELECT max(date) FROM events WHERE {COUNTED} AND modality = ?",
                                [modality]).fetchone()[0]

    def period_counts(self, freq: str, classes: Mapping[int, str], column: str = "quad_class_cameo") -> pd.DataFrame:
        """Counted, asserted, dated events per ``freq`` period (``period``, ``n_events``), with one
        count column per value of ``column`` named by ``classes`` (quad class -> name)."""
        split = ", ".join(f"count(*) FILTER (WHERE {column} = {int(q)}) AS {name}" for q, name in classes.items())
        return self.con.execute(
            f"SELECT date_trunc(?, date) AS period, count(*) AS n_events, {split} FROM events "
            f"WHERE {COUNTED} AND modality = 'asserted' AND date IS NOT NULL GROUP BY ALL ORDER BY period",
            [freq],
        ).df()
