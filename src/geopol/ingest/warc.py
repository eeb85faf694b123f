"""WARC crawls: each HTML ``response`` record with article text becomes a document.

Pages without main text (index pages, redirects, assets) are skipped silently: a crawl is
mostly such pages and reporting each would bury the real errors.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from geopol.ingest.dates import normalize_date
from geopol.ingest.html import declared_charset, extract_html
from geopol.ingest.source import Item, Source
from geopol.ingest.text import DecodeError, decode_bytes
from geopol.ingest.validate import max_doc_chars, too_large_reason
from geopol.schema import Document

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _looks_like_warc(src: Source) -> bool:
    """warcio skips junk with a warning and no records; check the magic so users hear of it."""
    with src.open_binary() as f:  # gzip-aware, so .warc.gz shows its first record too
        head = f.read(5)
    if head[:2] == b"\x1f\x8b":  # a gzipped crawl named plain .warc (warcio reads both)
        import gzip

        with gzip.open(io.BytesIO(src.data) if src.data is not None else src.path) as g:  # type: ignore[arg-type]
            head = g.read(5)
    return head == b"WARC/"


def read_warc(src: Source) -> Iterator[Item]:
    """Response records in file order; id and url are the target URI.

    The date is the page's publication date when its metadata gives one, else the WARC-Date.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    cap = max_doc_chars() * 4
    if not _looks_like_warc(src):
        yield src.error("not a WARC file (no 'WARC/' header at the start)")
        return
    with src.open_binary() if src.data is not None else open(src.path, "rb") as f:  # type: ignore[arg-type]
        n = records = 0
        archive = ArchiveIterator(f)
        try:
            for record in archive:
                records += 1
                if record.rec_type != "response":
                    continue
                n += 1
                if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                    yield src.error(f"truncated or malformed WARC record at byte {archive.offset} "
                                    "(no Content-Length)", n)
                    continue
                http = record.http_headers
                content_type = (http.get_header("Content-Type") if http else None) or ""
                if not content_type.lower().startswith(_HTML_TYPES) or (
                        http is not None and not (http.get_statuscode() or "").startswith("2")):
                    while record.content_stream().read(1 << 16):  # a skipped record may be where the file ends
                        pass
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        yield src.error(f"truncated WARC record at byte {archive.offset} (the file ends inside "
                                        "it)", n, record.rec_headers.get_header("WARC-Target-URI"))
                        return
                    continue
                payload = record.content_stream().read(cap + 1)
                url = record.rec_headers.get_header("WARC-Target-URI")
                doc_id = url or src.id_at(n)
                if len(payload) > cap:
                    yield src.error(too_large_reason(len(payload)), n, doc_id)
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside this record
                    yield src.error(f"truncated WARC record at byte {archive.offset} ({len(payload)} bytes "
                                    f"of its page read, {record.raw_stream.limit} missing)", n, doc_id)
                    return
                try:
                    page = decode_bytes(payload, _charset(content_type) or declared_charset(payload))
                except DecodeError as e:
                    yield src.error(e.reason, n, doc_id)
                    continue
                text, meta = extract_html(page, url=url)
                if not text:
                    continue
                yield (
                    Document(
                        id=doc_id,
                        text=text,
                        # The page's own publication date beats the crawl date.
                        date=meta.get("date") or normalize_date(record.rec_headers.get_header("WARC-Date")),
                        title=meta.get("title"),
                        url=url,
                        outlet=meta.get("sitename"),
                        author=meta.get("author"),
                        path=src.display,
                    ),
                    n,
                )
        except ArchiveLoadFailed as e:
            yield src.error(f"not a readable WARC file ({e})", n or None)
            return
        except Exception as e:  # warcio trips over malformed headers (a response with no target URI)
            yield src.error(f"malformed WARC record at byte {archive.offset} ({type(e).__name__}: {e}); "
                            "rest of file skipped", n + 1)
            return
        size = len(src.data) if src.data is not None else f.seek(0, 2)
        if n == 0:
            yield src.error("WARC file has no response records (only a header?)")
        elif archive.offset < size:
            # warcio stops without a word at a record cut short (an interrupted download or crawl).
            yield src.error(f"truncated WARC record at byte {archive.offset} of {size}; "
                            f"the {records} records before it were read", n + 1)
