"""Writers from coded events to JSONL, CSV, Parquet and the GDELT 2.0 event table.

CSV and Parquet share one flat row (``event_row`` / ``FLAT_COLUMNS``), which the store reuses, so a
column means the same thing in every output. The GDELT writer fills the 61 columns of the GDELT 2.0
event table so geopol output can be fed to tools built for GDELT.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any, BinaryIO, TextIO

from geopol.counts import counts
from geopol.dates import split_date
from geopol.events.ontology import all_codes, gdelt_quad
from geopol.schema import Actor, Document, Event, Location, cell_value, event_from_row, event_to_row, row_schema

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "gdelt")
Out = BinaryIO | TextIO | str | os.PathLike[str]

# ---------------------------------------------------------------------------------------------
# Flat rows (CSV, Parquet, store)
# ---------------------------------------------------------------------------------------------

#: (column, python type) in output order: the event's flat row (:func:`geopol.schema.row_schema`),
#: then its document's outlet, URL and date; None is a missing value in every column.
FLAT_SCHEMA: tuple[tuple[str, type], ...] = (
    *row_schema(), ("doc_outlet", str), ("doc_url", str), ("doc_date", str),
)
#: Columns that come from the event's document, not the event (empty when no document is known).
DOC_COLUMNS: tuple[str, ...] = ("doc_outlet", "doc_url", "doc_date")
FLAT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in FLAT_SCHEMA)
_FLAT_TYPES: dict[str, type] = dict(FLAT_SCHEMA)


def event_row(e: Event, doc: Document | None = None) -> dict[str, Any]:
    """One flat dict per event, keys in ``FLAT_COLUMNS`` order, None where a value is absent.

    ``doc`` (the event's document) fills the ``doc_*`` columns: outlet, URL, publication date.
    """
    return event_to_row(e) | {
        "doc_outlet": doc.outlet if doc else None, "doc_url": doc.url if doc else None,
        "doc_date": doc.date if doc else None,
    }


# ---------------------------------------------------------------------------------------------
# GDELT 2.0 event table
# ---------------------------------------------------------------------------------------------

_GDELT_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
)
_GDELT_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: The 61 columns of the GDELT 2.0 event table, in file order (GDELT Event Codebook V2.0).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _GDELT_ACTOR),
    *(f"Actor2{c}" for c in _GDELT_ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GDELT_GEO),
    *(f"Actor2Geo_{c}" for c in _GDELT_GEO),
    *(f"ActionGeo_{c}" for c in _GDELT_GEO),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


def _read_data(name: str) -> list[list[str]]:
    text = resources.files("geopol").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()[1:] if line]


@lru_cache(maxsize=1)
def _actor_parts() -> dict[str, dict[str, str]]:
    """kind -> {3-letter code: name}, from data/cameo_actor_codes.tsv."""
    out: dict[str, dict[str, str]] = {}
    for kind, code, name in _read_data("cameo_actor_codes.tsv"):
        out.setdefault(kind, {})[code] = name
    return out


@lru_cache(maxsize=1)
def _fips() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 or alpha-2 code -> (FIPS 10-4 code, GDELT's country name)."""
    out: dict[str, tuple[str, str]] = {}
    for iso3, iso2, fips, name in _read_data("iso_fips.tsv"):
        out[iso3] = (fips, name)
        if iso2:
            out.setdefault(iso2, (fips, name))
    return out


def iso_to_fips(country: str | None) -> str | None:
    """FIPS 10-4 country code GDELT uses for geography, from an ISO 3166 alpha-3 or alpha-2 code."""
    if not country:
        return None
    hit = _fips().get(country.strip().upper())
    return hit[0] if hit else None


def split_actor_code(code: str | None) -> dict[str, str]:
    """Split a CAMEO actor code into GDELT's actor columns (``IGOUNO`` -> Type1 IGO, KnownGroup UNO).

    The code is read in 3-letter parts: a leading country, then known groups (preferred over the
    type table for IGO members such as UNO), religions (two at most), types (three) and ethnic codes.
    """
    parts = _actor_parts()
    out = {k: "" for k in _GDELT_ACTOR[2:]}
    if not code:
        return out
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if chunks[0].upper() in parts["country"]:
        out["CountryCode"] = chunks.pop(0).upper()
    religions, types = [], []
    for c in chunks:
        up = c.upper()
        if up in parts["known_group"] and not out["KnownGroupCode"]:
            out["KnownGroupCode"] = up
        elif up in parts["religion"]:
            religions.append(up)
        elif up in parts["type"]:
            types.append(up)
        elif c.lower() in parts["ethnic"] and not out["EthnicCode"]:
            out["EthnicCode"] = c.lower()
    for i, r in enumerate(religions[:2], 1):
        out[f"Religion{i}Code"] = r
    for i, t in enumerate(types[:3], 1):
        out[f"Type{i}Code"] = t
    return out


_CLEAN = re.compile(r"[\t\r\n]+")
_TIME = re.compile(r"^[T ](\d{2}):?(\d{2})(?::?(\d{2}))?")


def _s(v: Any) -> str:
    """A GDELT field: empty for None, no tabs or newlines inside."""
    return "" if v is None else _CLEAN.sub(" ", str(v))


def _parse_date(text: str | None) -> tuple[int, int, int, str] | None:
    """(year, month, day, HHMMSS) from an ISO date or datetime, month/day defaulting to 1."""
    parts = split_date(text)
    if parts is None:
        return None
    y, mo, d, rest = parts
    t = _TIME.match(rest)
    return y, mo or 1, d or 1, f"{t[1]}{t[2]}{t[3] or '00'}" if t else "000000"


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer for GLOBALEVENTID, taken from the hex event id."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        import hashlib

        return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _actor_gdelt(a: Actor | None) -> list[str]:
    if a is None:
        return [""] * len(_GDELT_ACTOR)
    parts = split_actor_code(a.code)
    if not a.code and a.country:
        parts["CountryCode"] = a.country.upper()
    name = (a.name or a.text or "").upper()
    return [_s(a.code or a.country), _s(name), *(parts[k] for k in _GDELT_ACTOR[2:])]


def _geo_gdelt(loc: Location | None) -> list[str]:
    if loc is None:
        return ["0", "", "", "", "", "", "", ""]
    hit = _fips().get((loc.country or "").strip().upper())
    fips, country_name = hit if hit else ("", "")
    is_country = loc.lat is None or loc.name.strip().lower() in {
        country_name.lower(), (loc.country or "").lower()
    }
    if is_country:
        geo_type, full = 1, country_name or loc.name
    else:
        geo_type = 3 if fips == "US" else 4
        full = f"{loc.name}, {country_name}" if country_name else loc.name
    return [
        str(geo_type), _s(full), fips, fips, "",
        _s(loc.lat), _s(loc.lon), fips if geo_type == 1 else "",
    ]


def gdelt_row(e: Event, doc: Document | None = None) -> list[str]:
    """The event as the 61 GDELT 2.0 fields (strings, in ``GDELT_COLUMNS`` order).

    Dates come from the event (a month or year is dated by its first day, as ``date_start``), else
    the document's publication date; DATEADDED is the publication time (not the wall clock, to stay
    deterministic). QuadClass is GDELT's, from the CAMEO root. Actor geography is left empty (type
    0); counts are 1 and AvgTone blank, since geopol measures no tone. A country-level place has
    the FIPS country code as ADM1Code and FeatureID, as GDELT writes them; a finer place has no
    GNS FeatureID, so it stays blank.
    """
    when = _parse_date(e.date) or _parse_date(doc.date if doc else None)
    if when:
        y, mo, d, _ = when
        day = date(y, mo, d)
        frac = (day.timetuple().tm_yday - 1) / (366 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 365)
        dates = [f"{y:04d}{mo:02d}{d:02d}", f"{y:04d}{mo:02d}", f"{y:04d}", f"{y + frac:.4f}"]
    else:
        dates = ["", "", "", ""]
    added = _parse_date(doc.date if doc else None) or when
    dateadded = f"{added[0]:04d}{added[1]:02d}{added[2]:02d}{added[3]}" if added else ""

    code = e.cameo + "0" if len(e.cameo) == 2 else e.cameo  # GDELT never uses bare roots
    entry = all_codes().get(e.cameo)
    quad = entry.gdelt_quad if entry else gdelt_quad(e.cameo_root or e.cameo)
    url = (doc.url if doc and doc.url else None) or e.doc_id
    row = [
        str(global_event_id(e.event_id)), *dates,
        *_actor_gdelt(e.source), *_actor_gdelt(e.target),
        "1" if e.sentence == 0 else "0", code, code[:3], code[:2], str(quad), f"{e.goldstein:.1f}",
        "1", "1", "1", "",
        *_geo_gdelt(None), *_geo_gdelt(None), *_geo_gdelt(e.location),
        dateadded, _s(url),
    ]
    return row


# ---------------------------------------------------------------------------------------------
# write_events
# ---------------------------------------------------------------------------------------------


@contextmanager
def _text_out(out: Out) -> Iterator[TextIO]:
    """A text stream over a path, a text file or a binary file (left open if it was given open)."""
    if isinstance(out, str | os.PathLike):
        with open(out, "w", encoding="utf-8", newline="") as f:
            yield f
    elif isinstance(out, io.TextIOBase):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()


def _docs_by_id(documents: Mapping[str, Document] | Iterable[Document] | None) -> dict[str, Document]:
    if documents is None:
        return {}
    if isinstance(documents, Mapping):
        return dict(documents)
    return {d.id: d for d in documents}


def _csv_value(v: Any) -> Any:
    return "" if v is None else v


def _write_parquet(events: Iterable[Event], out: Out, batch_size: int, docs: dict[str, Document]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from geopol.provenance import provenance

    if isinstance(out, io.TextIOBase):
        raise TypeError("parquet output needs a path or a binary file, not a text stream")
    arrow = {str: pa.string(), int: pa.int64(), float: pa.float64()}
    schema = pa.schema([(name, arrow[t]) for name, t in FLAT_SCHEMA], metadata=parquet_metadata(provenance()))
    where: Any = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    n = 0
    with pq.ParquetWriter(where, schema) as writer:
        it = iter(events)
        while batch := [event_row(e, docs.get(e.doc_id)) for e in islice(it, batch_size)]:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def parquet_metadata(info: Mapping[str, Any]) -> dict[bytes, bytes]:
    """The provenance as Parquet key-value metadata (``geopol_version``, ``coder_fingerprint``)."""
    return {str(k).encode(): str(v).encode() for k, v in info.items()}


#: The GDELT table holds what happened: asserted events only unless other modalities are asked for.
GDELT_MODALITIES: tuple[str, ...] = ("asserted",)


def gdelt_rows(
    events: Iterable[Event], docs: Mapping[str, Document], modalities: Iterable[str] | None = GDELT_MODALITIES
) -> Iterator[tuple[Event, list[str]]]:
    """(event, row) for the events the GDELT table takes: counted events (a coded source) of the
    given modalities (None: all), and a date (GDELT has no row without SQLDATE; an event with no
    date of its own or of its document is left out and counted by :func:`undated`)."""
    keep = None if modalities is None else set(modalities)
    for e in events:
        if not counts(e, modality=None) or keep is not None and e.modality not in keep:
            continue
        row = gdelt_row(e, docs.get(e.doc_id))
        if row[1]:
            yield e, row


def write_events(
    events: Iterable[Event],
    fmt: str,
    out: Out,
    *,
    documents: Mapping[str, Document] | Iterable[Document] | None = None,
    header: bool | None = None,
    batch_size: int = 50_000,
    modalities: Iterable[str] | None = GDELT_MODALITIES,
) -> int:
    """Write ``events`` to ``out`` (path, text or binary file) as ``fmt``; return how many were written.

    ``fmt`` is one of ``FORMATS``. ``documents`` (by id, or any iterable) supplies the document
    columns (outlet, URL, publication date) and GDELT's publication date and SOURCEURL.
    ``header``: CSV always has one unless False; GDELT files have none unless True. Parquet needs a
    path or a binary file, is written in batches and carries the provenance in its metadata.
    ``modalities`` applies to GDELT only (default: asserted events; None: every event given);
    GDELT rows need a coded source, as every count does (:mod:`geopol.counts`).
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    docs = _docs_by_id(documents)
    if fmt == "parquet":
        return _write_parquet(events, out, batch_size, docs)
    n = 0
    with _text_out(out) as f:
        if fmt == "jsonl":
            for e in events:
                f.write(json.dumps(event_record(e, docs.get(e.doc_id)), ensure_ascii=False) + "\n")
                n += 1
        elif fmt == "csv":
            w = csv.writer(f, lineterminator="\n")
            if header is not False:
                w.writerow(FLAT_COLUMNS)
            for e in events:
                w.writerow([_csv_value(v) for v in event_row(e, docs.get(e.doc_id)).values()])
                n += 1
        else:  # gdelt
            if header:
                f.write("\t".join(GDELT_COLUMNS) + "\n")
            for _, row in gdelt_rows(events, docs, modalities):
                f.write("\t".join(row) + "\n")
                n += 1
    return n


def event_record(e: Event, doc: Document | None = None) -> dict[str, Any]:
    """The JSONL record: the event's fields, then its document's outlet, URL and publication date."""
    return {**e.to_dict(), "doc_outlet": doc.outlet if doc else None, "doc_url": doc.url if doc else None,
            "doc_date": doc.date if doc else None}


def write_dta(df: Any, path: str | os.PathLike[str], data_label: str) -> None:
    """A Stata 14+ file: codes stay strings (``cameo`` "010"), missing text is "" as Stata has it."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith("string"):
            out[col] = out[col].astype(object).where(out[col].notna(), "").astype(str)
        elif str(out[col].dtype) == "bool":
            out[col] = out[col].astype("int8")
    out.to_stata(path, write_index=False, version=118, data_label=data_label[:80])


def read_rows(path: str | os.PathLike[str], fmt: str) -> list[dict[str, Any]]:
    """Read flat rows back from a CSV or Parquet export (typed; CSV blanks become None)."""
    fmt = fmt.lower()
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(os.fspath(path)).to_pylist()
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return [{c: cell_value(r.get(c), _FLAT_TYPES[c]) for c in FLAT_COLUMNS} for r in csv.DictReader(f)]
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as f:
            rows = []
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    doc = Document("", "", d.get("doc_date"), url=d.get("doc_url"), outlet=d.get("doc_outlet"))
                    rows.append(event_row(Event.from_dict(d), doc))
            return rows
    raise ValueError(f"cannot read rows back from {fmt!r}")


__all__ = [
    "write_dta", "DOC_COLUMNS", "GDELT_MODALITIES", "event_record", "gdelt_rows", "parquet_metadata",
    "FLAT_COLUMNS", "FLAT_SCHEMA", "FORMATS", "GDELT_COLUMNS", "event_from_row", "event_row",
    "gdelt_row", "global_event_id", "iso_to_fips", "read_rows", "split_actor_code", "write_events",
]
