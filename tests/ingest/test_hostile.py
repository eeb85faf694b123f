"""Inputs that hung, crashed or silently lost data (issue 11): each now a clear error, the rest read."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from helpers import code_codes
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from geopol.ingest import InputError, read_documents
from geopol.schema import Document
from geopol.store import Coded, open_store

from .samples import ENGLISH, ENGLISH_2


def _split(items: list) -> tuple[list[Document], list[InputError]]:
    return ([x for x in items if isinstance(x, Document)], [x for x in items if isinstance(x, InputError)])


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# -- hangs ----------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_skipped_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block until a writer comes: forever
    (tmp_path / "good.txt").write_text(ENGLISH)
    docs, errors = _split(list(read_documents([tmp_path, tmp_path / "pipe.txt"])))
    assert [d.id for d in docs] == ["good"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'pipe.txt'}: not a regular file (a FIFO, socket or device; use - to read a pipe)"] * 2


def test_gzip_line_over_the_cap_is_skipped_without_holding_it(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEOPOL_MAX_DOC_CHARS", "1000")  # the cap is 6 bytes per allowed character
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "text": ENGLISH[:900]}) + "\n")
        f.write(json.dumps({"id": "bomb", "text": "a" * 100_000}) + "\n")
        f.write(json.dumps({"id": "b", "text": ENGLISH_2[:900]}) + "\n")
    docs, errors = _split(list(read_documents([path])))
    assert [d.id for d in docs] == ["a", "b"]
    [err] = errors
    assert err.line == 2 and err.reason.startswith("document too large (line over 0 MB")


# -- silent loss: duplicate ids --------------------------------------------------------------------
def test_duplicate_id_in_one_input_names_both_places_and_keeps_the_first(tmp_path: Path) -> None:
    one = _jsonl(tmp_path / "one.jsonl", {"id": "x", "text": ENGLISH}, {"id": "y", "text": ENGLISH_2},
                 {"id": "x", "text": ENGLISH_2})
    two = _jsonl(tmp_path / "two.jsonl", {"id": "y", "text": ENGLISH})
    docs, errors = _split(list(read_documents([one, two])))
    assert [(d.id, d.text) for d in docs] == [("x", ENGLISH), ("y", ENGLISH_2)]
    assert [str(e) for e in errors] == [
        f"{one}:3: duplicate id 'x' (first at {one}:1; the first is kept)",
        f"{two}:1: duplicate id 'y' (first at {one}:2; the first is kept)",
    ]


def _coder(docs):
    return (Coded(d, code_codes(d)) for d in docs)


def test_same_id_changed_across_inputs_replaces_and_a_rerun_changes_nothing(tmp_path: Path) -> None:
    first = _jsonl(tmp_path / "a.jsonl", {"id": "x", "text": "RUS praises CHN. " + ENGLISH})
    second = _jsonl(tmp_path / "b.jsonl", {"id": "x", "text": "RUS accuses CHN. " + ENGLISH})
    both = _jsonl(tmp_path / "both.jsonl", {"id": "x", "text": "RUS praises CHN. " + ENGLISH},
                  {"id": "x", "text": "RUS accuses CHN. " + ENGLISH})
    with open_store(tmp_path / "c.duckdb") as store:
        store.ingest(read_documents([first]), coder=_coder)
        report = store.ingest(read_documents([second]), coder=_coder)
        assert report.updated == 1 and store.document("x").text.startswith("RUS accuses")
        again = store.ingest(read_documents([second]), coder=_coder)
        assert (again.updated, again.new, again.unchanged) == (0, 0, 1)
        states = []
        for _ in range(3):  # one input naming x twice: the first wins, every run the same
            report = store.ingest(read_documents([both]), coder=_coder, batch_size=1)
            states.append((store.document("x").text[:12], store.stats()["event_mentions"], len(report.skipped)))
        assert states == [("RUS praises ", 1, 1)] * 3


# -- silent loss: truncation -----------------------------------------------------------------------
PAGE = ("<html><head><title>T{i}</title></head><body><article><p>{text}</p></article></body></html>")


def _warc(n: int, gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        page = PAGE.format(i=i, text=ENGLISH).encode()
        writer.write_record(writer.create_warc_record(f"http://news.example/{i}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_reports_the_record_cut_short(tmp_path: Path, gz: bool) -> None:
    # Records carry a fresh date and id, so their sizes vary: cut inside the third record's own bytes.
    data = _warc(3, gz)
    last = len(_warc(1, gz))
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data[: len(data) - last // 2])
    docs, errors = _split(list(read_documents([path])))
    assert [d.id for d in docs] == ["http://news.example/0", "http://news.example/1"]
    [err] = errors
    assert err.line == 3 and err.reason.startswith("truncated WARC record at byte")
    path.write_bytes(data)
    assert len(_split(list(read_documents([path])))[0]) == 3


@pytest.mark.parametrize("data, reason", [
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", "WARC file has no response records"),
    (b"WARC/1.0\r\nWARC-Type: response\r\n\r\n", "malformed WARC record at byte 0"),
    (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
     b"Content-Length: 17\r\n\r\nHTTP/1.1 200 OK\r\n", "malformed WARC record"),
])
def test_header_only_warc_is_a_clear_error(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "h.warc"
    path.write_bytes(data)
    [err] = list(read_documents([path]))
    assert isinstance(err, InputError) and err.reason.startswith(reason) and "NoneType" not in str(err).split("(")[0]


def test_truncated_html_is_reported(tmp_path: Path) -> None:
    page = PAGE.format(i=0, text=ENGLISH + " " + ENGLISH_2)
    path = tmp_path / "cut.html"
    path.write_text(page[: len(page) - 60], encoding="utf-8")
    [err] = list(read_documents([path]))
    assert isinstance(err, InputError)
    assert err.reason.startswith("truncated HTML: no closing </body> or </html>")
    path.write_text(page, encoding="utf-8")
    [doc] = list(read_documents([path]))
    assert isinstance(doc, Document)


def test_unterminated_tsv_quote_is_reported_not_merged(tmp_path: Path) -> None:
    to_end = tmp_path / "end.tsv"
    to_end.write_text(f'id\ttext\na\t"{ENGLISH}\nb\t{ENGLISH_2}\n', encoding="utf-8")
    docs, errors = _split(list(read_documents([to_end])))
    assert docs == [] and [(e.line, e.reason.split(":")[0]) for e in errors] == [(2, "unterminated quote")]
    assert "(the end of the file)" in errors[0].reason
    swallowing = tmp_path / "mid.tsv"
    swallowing.write_text(f'id\ttext\na\t"{ENGLISH}\nb\t{ENGLISH_2}\nc\tSome "quoted" words.\nd\t{ENGLISH}\n',
                          encoding="utf-8")
    docs, errors = _split(list(read_documents([swallowing])))
    assert [d.id for d in docs] == ["d"] and [e.line for e in errors] == [2]
    fine = tmp_path / "fine.tsv"
    fine.write_text(f'id\ttext\na\t"{ENGLISH}\nsecond line."\nb\t{ENGLISH_2}', encoding="utf-8")
    docs, errors = _split(list(read_documents([fine])))
    assert [d.id for d in docs] == ["a", "b"] and not errors and "\nsecond line." in docs[0].text


def test_lone_surrogate_in_json_is_that_documents_error(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id":"s1","text":"Russia \\ud800 condemned Ukraine."}\n'
                    + json.dumps({"id": "ok", "text": ENGLISH}) + "\n", encoding="utf-8")
    docs, errors = _split(list(read_documents([path])))
    assert [d.id for d in docs] == ["ok"]
    assert [str(e) for e in errors] == [f"{path}:1: invalid Unicode: lone surrogate U+D800 at character 7"]
