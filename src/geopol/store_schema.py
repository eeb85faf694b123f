"""The store's tables: the documents table's columns, the views every count reads, the schema
version a store is refused under, and the migration that adds the columns an older store lacks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa

from geopol.counts import COUNTED_SQL
from geopol.store_rows import _DUCK_TYPES, EVENT_FIELDS

#: 2: one event per act, its other readings in an ``alternatives`` column (version 1 stored them as events).
SCHEMA_VERSION = 2


class StoreVersionError(Exception):
    """A store written by a geopol whose events do not mean what this one's do."""


DOC_DDL = """
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

DOC_FIELDS = (
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
DOC_SCHEMA = pa.schema(list(DOC_FIELDS))

#: What every count reads: see :mod:`geopol.counts`.
COUNTED = COUNTED_SQL

VIEWS = f"""
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

def _one(con: duckdb.DuckDBPyConnection, query: str, params: Sequence[Any] | None = None) -> tuple[Any, ...] | None:
    """First row of a query, with the result fully consumed (DuckDB 2 refuses pending results)."""
    rows = con.execute(query, list(params or [])).fetchall()
    return rows[0] if rows else None


def check_version(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """A store from an older schema is refused with what to do: its events would be counted
    by rules they were not written for (version 1 stored each reading of an act as an event)."""
    has_meta = _one(con, "SELECT 1 FROM information_schema.tables WHERE table_name = 'meta'")
    row = _one(con, "SELECT value FROM meta WHERE key = 'schema_version'") if has_meta else None
    if row is not None and int(row[0]) != SCHEMA_VERSION:
        con.close()
        raise StoreVersionError(
            f"{path}: store schema {row[0]}, this geopol reads schema {SCHEMA_VERSION} (one event "
            "per act, other readings kept as alternatives); ingest the documents again into a new --db file")


def create(con: duckdb.DuckDBPyConnection) -> None:
    """The tables and views, created when missing and brought up to this geopol's columns."""
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)")
    if not _one(con, "SELECT 1 FROM meta WHERE key = 'schema_version'"):
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    con.execute(DOC_DDL)
    cols = ", ".join(f"{name} {_DUCK_TYPES[typ]}" for name, typ in EVENT_FIELDS)
    con.execute(f"CREATE TABLE IF NOT EXISTS events ({cols})")
    migrate(con)
    con.execute(VIEWS)


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Add the columns a store written by an older geopol lacks, filled from what it has."""
    have = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    missing = [(n, t) for n, t in EVENT_FIELDS if n not in have]
    for name, typ in missing:
        con.execute(f"ALTER TABLE events ADD COLUMN {name} {_DUCK_TYPES[typ]}")
    if missing:
        con.execute(
            """UPDATE events SET
               quad_class_cameo = coalesce(quad_class_cameo, CASE
                   WHEN cameo_root <= '05' THEN 1 WHEN cameo_root <= '08' THEN 2
                   WHEN cameo_root <= '13' THEN 3 ELSE 4 END),
               date_start = coalesce(date_start, date),
               date_end = coalesce(date_end, CASE date_precision
                   WHEN 'year' THEN make_date(year(date), 12, 31)
                   WHEN 'month' THEN last_day(date) ELSE date END)"""
        )
    docs = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'documents'").fetchall()}
    if "coder" not in docs:
        con.execute("ALTER TABLE documents ADD COLUMN coder VARCHAR")
