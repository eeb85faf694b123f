"""Row-per-document inputs: JSONL/NDJSON (optionally gzipped), CSV/TSV and Parquet.

All three share one record -> Document mapping, so ``content``/``body`` and ``source``/``outlet``
mean the same everywhere. A broken line is reported with its number and the rest is still read.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from geopol.ingest.dates import normalize_date
from geopol.ingest.source import Item, Source
from geopol.ingest.text import DecodeError, decode_bytes
from geopol.ingest.validate import max_doc_chars
from geopol.schema import Document

TEXT_KEYS = ("text", "content", "body")
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "document_id"),
    "text": TEXT_KEYS,
    "date": ("date", "published", "publish_date", "pub_date", "publication_date"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "publisher"),
    "author": ("author", "byline"),
}
_TEXT_KEYS_SAID = ", ".join(f'"{k}"' for k in TEXT_KEYS)


def _pick(rec: Mapping[str, Any], field: str) -> Any:
    for key in ALIASES[field]:
        value = rec.get(key)
        if value is not None and not (isinstance(value, float) and value != value):  # NaN
            return value
    return None


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def record_to_document(rec: Mapping[str, Any], default_id: str, path: str) -> Document | str:
    """Build a document from one record, or return the reason it cannot be one."""
    if not any(k in rec for k in TEXT_KEYS):
        return f"no text field (expected one of {_TEXT_KEYS_SAID})"
    text = _pick(rec, "text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        return f"text must be a string, got {type(text).__name__}"
    doc_id = _opt_str(_pick(rec, "id")) or default_id
    return Document(
        id=doc_id,
        text=text,
        date=normalize_date(_pick(rec, "date")),
        title=_opt_str(_pick(rec, "title")),
        url=_opt_str(_pick(rec, "url")),
        outlet=_opt_str(_pick(rec, "outlet")),
        author=_opt_str(_pick(rec, "author")),
        path=path,
    )


def _lower_keys(rec: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k).strip().lower(): v for k, v in rec.items()}


def parse_jsonl_lines(src: Source, lines: Iterable[bytes | None]) -> Iterator[Item]:
    """One document per non-empty line (``None`` for one over the size cap); errors carry the
    1-based line number."""
    for n, raw in enumerate(lines, start=1):
        if raw is None:
            cap = max_doc_chars() * JSON_BYTES_PER_CHAR
            yield src.error(f"document too large (line over {cap / 1e6:.0f} MB, the cap for "
                            f"{max_doc_chars() / 1e6:.1f} M characters); split it", n)
            continue
        if not raw.strip():
            continue
        try:
            line = decode_bytes(raw)
        except DecodeError as e:
            yield src.error(e.reason, n)
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield src.error(f"invalid JSON ({e.msg})", n)
            continue
        except RecursionError:
            yield src.error("invalid JSON (nested too deeply)", n)
            continue
        if not isinstance(rec, dict):
            yield src.error(f"expected a JSON object, got {type(rec).__name__}", n)
            continue
        doc = record_to_document(_lower_keys(rec), src.id_at(n), src.display)
        if isinstance(doc, str):
            yield src.error(doc, n, _opt_str(_pick(_lower_keys(rec), "id")))
        else:
            yield doc, n


def read_jsonl(src: Source) -> Iterator[Item]:
    """Stream a JSONL file line by line, so a large corpus never sits in memory."""
    with src.open_binary() as f:
        yield from parse_jsonl_lines(src, bounded_lines(f, max_doc_chars() * JSON_BYTES_PER_CHAR))


# A JSON string may spell a character as "\\uXXXX": up to six bytes for one character of text.
JSON_BYTES_PER_CHAR = 6


def bounded_lines(f: IO[bytes], cap: int) -> Iterator[bytes | None]:
    """The lines of ``f``; ``None`` in place of a line over ``cap`` bytes, which is read past in
    chunks and never held whole (a small .gz can hold a gigabyte-long line)."""
    while True:
        line = f.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while (chunk := f.readline(1 << 20)) and not chunk.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _raise_csv_field_limit() -> None:
    """Articles exceed csv's 128 KB default field size; a field over the document size limit is an
    error on its row (not a gigabyte held in memory)."""
    limit = max_doc_chars() + 1
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def read_csv(src: Source) -> Iterator[Item]:
    """CSV, or TSV by suffix; a header row names the columns (``text`` required)."""
    _raise_csv_field_limit()
    delimiter = "\t" if src.suffix in (".tsv", ".tab") else ","
    with src.open_binary() as raw:
        stream = _LastLine(raw)
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            header = next(reader, None)
        except UnicodeDecodeError as e:
            yield src.error(f"not UTF-8 text (byte 0x{e.object[e.start]:02x} in the header)", 1)
            return
        except csv.Error as e:
            yield src.error(f"invalid CSV header ({e})", 1)
            return
        if header is None:
            yield src.error("empty document")
            return
        columns = [h.strip().lower() for h in header]
        if not any(k in columns for k in TEXT_KEYS):
            found = ", ".join(columns)
            yield src.error(f"no text column (expected one of {_TEXT_KEYS_SAID}; found: {found})", 1)
            return
        line = stream.count + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as e:  # lines are decoded one by one: only this row is lost
                yield src.error(f"not UTF-8 text (byte 0x{e.object[e.start]:02x} at column {e.start + 1}); "
                                "row skipped", stream.count)
                line = stream.count + 1
                continue
            except csv.Error as e:
                reason = str(e)
                if "field limit" in reason:
                    reason = f"a field larger than the {max_doc_chars():,}-character document limit"
                yield src.error(f"invalid CSV ({reason})", line)
                line = stream.count + 1
                continue
            if not any(cell.strip() for cell in row):
                line = stream.count + 1
                continue
            unclosed = _unclosed_quote(row, stream.count - line, stream, delimiter)
            if unclosed:
                yield src.error(f"unterminated quote: the field opened on this line runs to line "
                                f"{stream.count}{unclosed}; row skipped", line)
            elif len(row) > len(columns):
                yield src.error(f"{len(row)} fields but the header has {len(columns)}", line)
            else:
                rec = dict(zip(columns, row, strict=False))
                doc = record_to_document(rec, src.id_at(line), src.display)
                if isinstance(doc, str):
                    yield src.error(doc, line)
                else:
                    yield doc, line
            line = stream.count + 1


class _LastLine:
    """The lines of a binary stream decoded one at a time (a bad byte costs its row, not the rest of
    the file), counting them and noting when the end was reached."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0
        self.done = False

    def __iter__(self) -> _LastLine:
        return self

    def __next__(self) -> str:
        raw = self.stream.readline()
        if not raw:
            self.done = True
            raise StopIteration
        self.count += 1
        return raw.decode("utf-8-sig" if self.count == 1 else "utf-8")


def _unclosed_quote(row: list[str], extra_lines: int, stream: _LastLine, delimiter: str) -> str:
    """Why a multi-line record looks like a quote never closed ("" if it does not): csv reads such a
    field to the end of the file, or (in a TSV) swallows the rows after it up to the next quote."""
    if extra_lines <= 0 or not any("\n" in cell or "\r" in cell for cell in row):
        return ""
    if stream.done:  # csv asked for a line past the last one: it was still inside the quote
        return " (the end of the file)"
    if delimiter == "\t" and any("\t" in cell and "\n" in cell for cell in row):
        return " (it holds tab-separated lines: the rows after it)"
    return ""


def read_parquet(src: Source) -> Iterator[Item]:
    """Parquet read in record batches; "line" numbers are 1-based row numbers."""
    import pyarrow.parquet as pq

    handle = src.open_binary() if src.path is None or src.gz else src.path
    try:
        pf = pq.ParquetFile(handle)
    except Exception as e:  # pyarrow raises several types for a corrupt file
        yield src.error(f"not a readable Parquet file ({e})")
        return
    columns = {name.strip().lower(): name for name in pf.schema_arrow.names}
    if not any(k in columns for k in TEXT_KEYS):
        found = ", ".join(columns)
        yield src.error(f"no text column (expected one of {_TEXT_KEYS_SAID}; found: {found})")
        return
    wanted = [columns[k] for keys in ALIASES.values() for k in keys if k in columns]
    row = 0
    for batch in pf.iter_batches(batch_size=1024, columns=wanted):
        for rec in batch.to_pylist():
            row += 1
            doc = record_to_document(_lower_keys(rec), src.id_at(row), src.display)
            if isinstance(doc, str):
                yield src.error(doc, row)
            else:
                yield doc, row
