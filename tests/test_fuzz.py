"""Fuzzing every reader and the API (hypothesis, bounded): no traceback, every bad document reported
with its file, every good one read (and coded). ~20 s in all; ``FUZZ_EXAMPLES`` scales it."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geopol.api import create_app
from geopol.ingest import InputError, read_documents
from geopol.pipeline import default_pipeline
from geopol.schema import Document

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=5000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ACTORS = ["Turkey", "Syria", "Japan", "China", "Russia", "the United States", "Iran", "Israel"]
VERBS = ["condemned", "accused", "praised", "met", "threatened", "criticised"]
DAYS = ["on Monday", "on Tuesday", "last week", "in March", "after the talks"]

# A good document: a few plain English news sentences, always codable (two states: a state
# condemning itself by name is no act towards itself).
PAIRS = [(a, b) for a in ACTORS for b in ACTORS if a != b]
sentence = st.builds(lambda ab, v, d: f"The government of {ab[0]} {v} {ab[1]} {d}, officials said.",
                     st.sampled_from(PAIRS), st.sampled_from(VERBS), st.sampled_from(DAYS))
good_text = st.lists(sentence, min_size=3, max_size=6).map(" ".join)
# A bad one: nothing, control bytes, a lone surrogate, or foreign text.
bad_text = st.one_of(
    st.just(""), st.just("   \n "),
    st.binary(min_size=20, max_size=80).map(lambda b: "\x00" + b.decode("latin-1")),
    good_text.map(lambda t: t[:11] + "\ud800" + t[11:]),
    st.just("Le gouvernement de la France a condamné les attaques dans la ville, selon les responsables."),
)
doc = st.tuples(st.booleans(), st.integers(0, 3)).flatmap(
    lambda flags: st.tuples(st.just(flags[0]), good_text if flags[0] else bad_text))
docs = st.lists(doc, min_size=1, max_size=6)


def _check(items: list, path: Path, goods: list[str], expect_all: bool = True) -> list[Document]:
    """No exception escaped; errors are one line naming the file; the good texts all came through."""
    found = [x for x in items if isinstance(x, Document)]
    for x in items:
        assert isinstance(x, Document | InputError)
        if isinstance(x, InputError):
            assert str(x).startswith(str(path)) and "\n" not in str(x) and "Traceback" not in str(x)
    if expect_all:
        texts = [d.text for d in found]
        for g in goods:
            assert any(g in t for t in texts), (g, texts)
    return found


def _writer(kind: str) -> Callable[[Path, list[tuple[bool, str]]], Path]:
    def jsonl(p: Path, rows):
        lines = [json.dumps({"id": f"d{i}", "text": t}) for i, (_, t) in enumerate(rows)]
        p = p / "docs.jsonl"
        p.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
        return p

    def table(p: Path, rows, delimiter=","):
        p = p / ("docs.tsv" if delimiter == "\t" else "docs.csv")
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delimiter)
        w.writerow(["id", "text"])
        for i, (_, t) in enumerate(rows):
            w.writerow([f"d{i}", t])
        p.write_bytes(buf.getvalue().encode("utf-8", "surrogatepass"))
        return p

    def parquet(p: Path, rows):
        import pyarrow as pa
        import pyarrow.parquet as pq

        p = p / "docs.parquet"
        texts = [re.sub("[\ud800-\udfff]", "\x00", t) for _, t in rows]  # Arrow holds valid UTF-8 only
        pq.write_table(pa.table({"id": [f"d{i}" for i in range(len(rows))], "text": texts}), p)
        return p

    def rss(p: Path, rows):
        items = "".join(f"<item><guid>d{i}</guid><title>T{i}</title><description>{escape(t)}</description></item>"
                        for i, (_, t) in enumerate(rows))
        p = p / "feed.rss"
        p.write_bytes(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
                      .encode("utf-8", "surrogatepass"))
        return p

    def gz(p: Path, rows):
        plain = jsonl(p, rows)
        out = p / "docs.jsonl.gz"
        out.write_bytes(gzip.compress(plain.read_bytes()))
        plain.unlink()
        return out

    return {"jsonl": jsonl, "csv": table, "tsv": lambda p, r: table(p, r, "\t"), "parquet": parquet,
            "rss": rss, "gz": gz}[kind]


@pytest.mark.parametrize("kind", ["jsonl", "csv", "tsv", "parquet", "rss", "gz"])
@FUZZ
@given(rows=docs, cut=st.one_of(st.none(), st.floats(0.0, 1.0)))
def test_multi_document_readers(kind: str, rows: list[tuple[bool, str]], cut: float | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = _writer(kind)(Path(tmp), rows)
        if cut is not None:  # an interrupted download: cut anywhere
            data = path.read_bytes()
            path.write_bytes(data[: int(len(data) * cut)])
        items = list(read_documents([path]))
        goods = [t for ok, t in rows if ok]
        found = _check(items, path, goods, expect_all=cut is None)
        if cut is None and kind != "rss":  # one result per record, none lost or doubled
            assert len(items) == len(rows) and len(found) == len(goods)
        coded = list(default_pipeline().code_many(found))
        assert all(r.error is None for r in coded)
        assert all(r.events for r in coded if r.doc.text in goods)  # every good document coded




@pytest.mark.parametrize("kind", ["txt", "html", "warc", "txt.gz"])
@FUZZ
@given(text=st.one_of(good_text, bad_text), noise=st.binary(max_size=64), cut=st.one_of(st.none(), st.floats(0, 1)))
def test_single_document_readers(kind: str, text: str, noise: bytes, cut: float | None) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    page = (b"<html><head><title>T</title></head><body><article><p>" + raw.replace(b"<", b"&lt;")
            + b"</p></article></body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc.{kind}"
        if kind == "txt":
            data = raw + (noise if cut is not None else b"")
        elif kind == "txt.gz":
            data = gzip.compress(raw)
        elif kind == "html":
            data = page
        else:
            from warcio.statusandheaders import StatusAndHeaders
            from warcio.warcwriter import WARCWriter

            buf = io.BytesIO()
            w = WARCWriter(buf, gzip=True)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("http://x.example/a", "response", payload=io.BytesIO(page),
                                                http_headers=headers))
            data = buf.getvalue()
        if cut is not None and kind != "txt":
            data = data[: int(len(data) * cut)]
        path.write_bytes(data)
        items = list(read_documents([path]))
        good = text in good_text_examples(text)
        _check(items, path, [text] if good and cut is None else [], expect_all=True)
        if cut is not None and kind in ("html", "warc") and len(data) < len(page) // 2:
            assert not any(isinstance(x, Document) and x.text == text for x in items)


def good_text_examples(text: str) -> set[str]:
    """Whether ``text`` is one of the good documents (built only from the sentence template)."""
    parts = text.split(", officials said.")
    ok = len(parts) >= 4 and all(p.strip().startswith("The government of ") for p in parts[:-1]) and not parts[-1]
    return {text} if ok else set()


@pytest.fixture(scope="module")
def client():
    default_pipeline()  # load the model before the clock starts
    with TestClient(create_app()) as c:
        yield c


@FUZZ
@given(rows=docs)
def test_api_batch(client: TestClient, rows: list[tuple[bool, str]]) -> None:
    body = json.dumps([{"id": f"d{i}", "text": t} for i, (_, t) in enumerate(rows)])
    r = client.post("/code", content=body.encode("utf-8", "surrogatepass"),
                    headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["doc_id"] for x in results] == [f"d{i}" for i in range(len(rows))]
    for (ok, _), res in zip(rows, results, strict=True):
        assert (res["error"] is None) == ok, res
        if ok:
            assert res["events"]  # "The government of X condemned Y": always an event


