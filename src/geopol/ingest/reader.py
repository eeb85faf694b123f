"""``read_documents``: paths, folders and stdin in, documents and errors out, in order.

The contract is that a batch never dies on bad input: every problem becomes an
:class:`InputError` yielded in place of the document, and reading goes on.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from geopol.ingest.dates import normalize_date
from geopol.ingest.errors import InputError
from geopol.ingest.feeds import read_feed
from geopol.ingest.html import read_html
from geopol.ingest.source import Item, Source
from geopol.ingest.tables import parse_jsonl_lines, read_csv, read_jsonl, read_parquet
from geopol.ingest.text import DecodeError, decode_bytes, read_text
from geopol.ingest.validate import validate
from geopol.ingest.warc import read_warc
from geopol.schema import Document

Reader = Callable[[Source], Iterator[Item]]
READERS: dict[str, Reader] = {
    "": read_text,
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".parquet": read_parquet,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
}
SUPPORTED = ".txt .text .md .html .htm .jsonl .ndjson .csv .tsv .parquet .rss .atom .xml .warc (.gz too)"
STDIN = "<stdin>"


def read_documents(
    paths: Iterable[str | Path],
    date: str | None = None,
    recursive: bool = True,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Yield a :class:`Document` or an :class:`InputError` for every input document, in order.

    ``paths`` may name files, folders (walked in sorted order, recursively unless
    ``recursive=False``) or ``-`` for stdin. ``date`` is the publication date given to documents
    that carry none. Only unexpected conditions outside the input raise.
    """
    if isinstance(paths, str | Path):  # one path, not an iterable of characters
        paths = [paths]
    default_date = normalize_date(date)
    seen: dict[str, int] = {}
    first_at: dict[str, str] = {}  # id -> where it was first read
    for arg in paths:
        for src in _sources(arg, recursive, stdin):
            if isinstance(src, InputError):
                yield src
                continue
            for item in _read_safely(src):
                if isinstance(item, InputError):
                    yield item
                    continue
                doc, line = item
                if doc.date is None:
                    doc.date = default_date
                error = validate(doc, line)
                if error is not None:
                    yield error
                    continue
                if doc.id in seen and doc.id in src.derived:
                    # Same derived id from two roots (a/x.txt, b/x.txt): keep both, stably.
                    seen[doc.id] += 1
                    doc.id = f"{doc.id}#{seen[doc.id]}"
                elif doc.id in first_at:
                    # Two documents claim one id: storing both would make the later silently replace
                    # the earlier (and a rerun swap them back), so the first wins and this one is reported.
                    yield InputError(src.display, line, f"duplicate id {doc.id!r} (first at {first_at[doc.id]}; "
                                     "the first is kept)", doc.id)
                    continue
                seen.setdefault(doc.id, 1)
                first_at[doc.id] = src.display if line is None else f"{src.display}:{line}"
                yield doc


def _read_safely(src: Source) -> Iterator[Item]:
    """Run the reader for ``src``; a crash or I/O failure becomes one error for the file."""
    reader = _read_stdin if src.path is None and src.display == STDIN else READERS.get(src.suffix)
    if reader is None:
        yield src.error(f"unsupported file type '{src.suffix}' (expected {SUPPORTED})")
        return
    try:
        yield from reader(src)
    except gzip.BadGzipFile as e:
        yield src.error(f"not a valid gzip file ({e})")
    except (EOFError, zlib.error) as e:
        yield src.error(f"truncated or corrupt compressed file ({e or type(e).__name__})")
    except OSError as e:
        yield src.error(f"cannot read file ({e.strerror or e})")
    except Exception as e:  # a library bug on one file must not end the batch
        yield src.error(f"could not read file ({type(e).__name__}: {e})")


def _sources(arg: str | Path, recursive: bool, stdin: BinaryIO | None) -> Iterator[Source | InputError]:
    if str(arg) == "-":
        yield _stdin_source(stdin)
        return
    root = Path(arg)
    if root.is_dir():
        for path in _walk(root, recursive):
            if not path.is_file():
                yield InputError(str(path), None, NOT_REGULAR)
                continue
            yield Source(display=str(path), rel=path.relative_to(root).as_posix(), path=path)
    elif root.is_file():
        yield Source(display=str(arg), rel=root.name, path=root)
    elif root.exists():
        yield InputError(str(arg), None, NOT_REGULAR)
    else:
        yield InputError(str(arg), None, "no such file or directory")


# Reading a FIFO or a device would wait forever (or never end): such inputs are named and skipped.
NOT_REGULAR = "not a regular file (a FIFO, socket or device; use - to read a pipe)"


def _walk(root: Path, recursive: bool) -> list[Path]:
    """Files below ``root`` in sorted order; hidden files and folders are skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if recursive else []
        found.extend(Path(dirpath, f) for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _stdin_source(stdin: BinaryIO | None) -> Source:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    return Source(display=STDIN, rel="stdin", data=data)


def _is_jsonl(text: str) -> bool:
    """Stdin is JSONL when every non-empty line is a JSON object."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (json.JSONDecodeError, RecursionError):
            return False
    return True


def _read_stdin(src: Source) -> Iterator[Item]:
    """Stdin is one text document, or JSONL when it looks like it."""
    assert src.data is not None
    try:
        text = decode_bytes(src.data)
    except DecodeError as e:
        yield src.error(e.reason, doc_id="stdin")
        return
    if _is_jsonl(text):
        yield from parse_jsonl_lines(src, src.data.splitlines())
    else:
        yield from read_text(src)

