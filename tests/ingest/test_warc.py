"""WARC files built with warcio: HTML responses with article text become documents."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from geopol.ingest import InputError, read_documents
from geopol.schema import Document

from .samples import ARTICLE_HTML, ENGLISH, ENGLISH_2

NO_DATE_PAGE = ARTICLE_HTML.replace(
    '<meta property="article:published_time" content="2016-04-05T10:00:00+02:00">', ""
).replace(ENGLISH, ENGLISH_2)


def _record(writer: WARCWriter, kind: str, url: str, body: bytes, ctype: str, status: str = "200 OK",
            date: str = "2016-04-06T12:00:00Z") -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        url, kind, payload=io.BytesIO(body), http_headers=http if kind == "response" else None,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(rec)


def build_warc(path: Path, gzip: bool) -> None:
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        _record(w, "request", "http://example.org/a", b"GET /a HTTP/1.1\r\n\r\n", "text/plain")
        _record(w, "response", "http://example.org/a", ARTICLE_HTML.encode(), "text/html; charset=utf-8")
        _record(w, "response", "http://example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
        _record(w, "response", "http://example.org/missing", b"<html><body>Not found</body></html>",
                "text/html", status="404 Not Found")
        empty = b"<html><body><div></div></body></html>"
        _record(w, "response", "http://example.org/empty", empty, "text/html")
        _record(w, "response", "http://example.org/b", NO_DATE_PAGE.encode(), "text/html",
                date="2016-04-11T08:00:00Z")


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    build_warc(p, gzip=gz)
    a, b = list(read_documents([p]))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.id, a.url) == ("http://example.org/a", "http://example.org/a")
    assert a.title == "Russia and China sign gas deal"
    assert a.date == "2016-04-05"  # the page's own date beats the crawl date
    assert ENGLISH in a.text and "Copyright" not in a.text
    assert (b.url, b.date) == ("http://example.org/b", "2016-04-11")  # WARC-Date when the page has none
    assert ENGLISH_2 in b.text


def test_not_a_warc(tmp_path: Path) -> None:
    p = tmp_path / "junk.warc"
    p.write_text("this is not a warc file at all\n" * 3, encoding="utf-8")
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError)
    assert "WARC" in err.reason
