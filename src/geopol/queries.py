"""The SQL filters every events query shares (store tables and in-memory frames alike)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
