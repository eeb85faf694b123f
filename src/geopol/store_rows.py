"""The store's event rows: the flat row of :mod:`geopol.schema` plus what the store keeps per
mention (cluster, ingest order, outlet, duplicate key, counted flag, article and outlet counts),
with the Arrow/DuckDB types the columns are stored in."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlparse

import pandas as pd
import pyarrow as pa

from geopol.dates import to_date as parse_date
from geopol.schema import Actor, Document, Event, event_from_row, event_to_row, row_schema

_ARROW: dict[type, pa.DataType] = {str: pa.string(), int: pa.int32(), float: pa.float64(), bool: pa.bool_()}
#: Stored types that differ from the flat row's (dates as DATE for range scans, small ints).
_STORED_AS: dict[str, pa.DataType] = {
    "quad_class": pa.int8(), "quad_class_cameo": pa.int8(), "date": pa.date32(),
    "date_start": pa.date32(), "date_end": pa.date32(),
}


def _event_fields() -> tuple[tuple[str, pa.DataType], ...]:
    """The flat row (:func:`geopol.schema.row_schema`) plus what the store keeps per mention."""
    out: list[tuple[str, pa.DataType]] = [
        ("event_id", pa.string()), ("doc_id", pa.string()), ("cluster_id", pa.string()), ("doc_seq", pa.int64()),
    ]
    for name, typ in row_schema():
        if name in ("event_id", "doc_id"):
            continue
        out.append((name, _STORED_AS.get(name, _ARROW[typ])))
        if name == "date":
            out.append(("date_text", pa.string()))  # the partial date as written (``2015-08``)
    out += [("outlet", pa.string()), ("dedup_key", pa.string()), ("counted", pa.bool_()),
            ("num_articles", pa.int32()), ("num_sources", pa.int32())]
    return tuple(out)


#: Event columns as stored (one row per event mention); also the columns of ``Store.events()``.
#: A new Event field becomes a column here, and older stores gain it in ``store_schema.migrate``.
EVENT_FIELDS: tuple[tuple[str, pa.DataType], ...] = _event_fields()
EVENT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in EVENT_FIELDS)
EVENT_SCHEMA = pa.schema(list(EVENT_FIELDS))

_DUCK_TYPES = {
    pa.string(): "VARCHAR",
    pa.int8(): "TINYINT",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
}

def _country(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code and len(actor.code) >= 3 else None


def _event_key(e: Event) -> str:
    """What makes two mentions in near-duplicate articles the same event."""
    return "|".join(
        str(x)
        for x in (
            e.source.code or e.source.text.lower(),
            (e.target.code or e.target.text.lower()) if e.target else None,
            e.cameo,
            e.modality,
        )
    )


def outlet_key(doc: Document) -> str:
    """The outlet counted by ``num_sources``: the outlet name, else the URL host, else the document."""
    if doc.outlet:
        return doc.outlet.strip().lower()
    if doc.url:
        host = urlparse(doc.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return f"doc:{doc.id}"


def event_rows(
    events: Sequence[Event],
    doc: Document | None = None,
    cluster_id: str | None = None,
    doc_seq: int = 0,
) -> dict[str, list[Any]]:
    """Flatten events to column lists (the stored layout); mentions start as counted singletons."""
    cols: dict[str, list[Any]] = {name: [] for name in EVENT_COLUMNS}
    seen: dict[str, int] = {}
    fallback_date = doc.date if doc else None
    outlet = outlet_key(doc) if doc else None
    for e in events:
        key = _event_key(e)
        n = seen.get(key, 0)
        seen[key] = n + 1
        row = event_to_row(e)
        row |= {
            "cluster_id": cluster_id or e.doc_id,
            "doc_seq": doc_seq,
            "date": parse_date(e.date) or parse_date(fallback_date),
            "date_text": e.date or fallback_date,
            "date_source": e.date_source if e.date else (e.date_source or "publication"),
            "date_start": parse_date(e.date_start) if e.date else parse_date(fallback_date),
            "date_end": parse_date(e.date_end) if e.date else parse_date(fallback_date, end=True),
            "source_country": _country(e.source),
            "target_country": _country(e.target),
            "claimed_by_country": _country(e.claimed_by),
            "outlet": outlet,
            # The k-th mention of a key in a document matches the k-th in its twin.
            "dedup_key": hashlib.sha1(f"{key}#{n}".encode()).hexdigest()[:16],
            "counted": True,
            "num_articles": 1,
            "num_sources": 1,
        }
        for name in EVENT_COLUMNS:
            cols[name].append(row[name])
    return cols


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """Events (e.g. coded in memory, not stored) as a frame with the store's columns."""
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    tables = [pa.Table.from_pydict(event_rows(evs), schema=EVENT_SCHEMA) for evs in by_doc.values()]
    table = pa.concat_tables(tables) if tables else EVENT_SCHEMA.empty_table()
    return table.to_pandas(date_as_object=False)


def row_to_event(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from a stored row (the inverse of :func:`event_rows`)."""
    return event_from_row({**row, "date": row.get("date_text")})
