"""Faithful exports of the sample: GDELT asserted rows with root-based QuadClass, stamps, typed codes."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from helpers import ev
from typer.testing import CliRunner

import geopol
from geopol.cli import app
from geopol.cli.export import export_store
from geopol.export import GDELT_COLUMNS, write_events
from geopol.pipeline import default_pipeline, sample_document
from geopol.provenance import provenance
from geopol.schema import Document
from geopol.store import Coded, open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    doc = sample_document()
    doc.url, doc.outlet = "https://example.org/oped", "Example Review"
    s = open_store(tmp_path_factory.mktemp("s") / "sample.duckdb")
    s.write_batch([Coded(doc, default_pipeline().code(doc))])
    yield s
    s.close()


def test_gdelt_export_is_asserted_with_root_quad(store, tmp_path: Path) -> None:
    path = tmp_path / "e.tsv"
    n, left_out = export_store(store, "gdelt", path)
    rows = [line.split("\t") for line in path.read_text().splitlines()]
    asserted = store.events(modality="asserted")
    assert n == len(rows) == len(asserted) and left_out == 0
    assert len(store.events()) > len(asserted)  # the sample has negated events: none is exported
    col = {c: i for i, c in enumerate(GDELT_COLUMNS)}
    for r in rows:
        root = int(r[col["EventRootCode"]])
        assert r[col["QuadClass"]] == str(1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
        assert r[col["SQLDATE"]] and r[col["AvgTone"]] == ""
        assert r[col["SOURCEURL"]] == "https://example.org/oped"
    ids = set(asserted.event_id)
    every, _ = export_store(store, "gdelt", tmp_path / "all.tsv", modality="all")
    assert every == len(store.events()) > n and ids
    meta = json.loads((tmp_path / "e.tsv.meta.json").read_text())
    assert meta["geopol_version"] == geopol.__version__ and meta["store_coders"]


def test_flat_exports_carry_both_quads_document_and_stamp(store, tmp_path: Path) -> None:
    export_store(store, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    meta = table.schema.metadata
    assert meta[b"geopol_version"].decode() == geopol.__version__
    assert meta[b"coder_fingerprint"].decode() == provenance()["coder_fingerprint"]
    df = table.to_pandas()
    assert df.cameo.map(type).eq(str).all()
    appeals = df[df.cameo.str.startswith("02")]
    if len(appeals):
        assert (appeals.quad_class_cameo == 1).all()
    assert set(df.doc_outlet) == {"Example Review"} and set(df.doc_date) == {"2016-04-05"}
    export_store(store, "csv", tmp_path / "e.csv")
    csv = pd.read_csv(tmp_path / "e.csv", dtype={"cameo": str})
    assert list(csv.cameo) == list(df.cameo) and (tmp_path / "e.csv.meta.json").exists()
    # a year-dated event covers its year
    years = csv[csv.date_precision == "year"]
    assert years.empty or (years.date_end.str[5:] == "12-31").all()


def test_export_takes_the_events_filters(store, tmp_path: Path) -> None:
    n, _ = export_store(store, "jsonl", tmp_path / "f.jsonl", source="RUS", modality="asserted")
    assert n == len(store.events(source="RUS", modality="asserted")) > 0
    first = json.loads((tmp_path / "f.jsonl").read_text().splitlines()[0])
    assert first["doc_url"] == "https://example.org/oped" and "quad_class_cameo" in first


def test_dta_round_trip_keeps_leading_zeros(tmp_path: Path) -> None:
    e = ev(1, "RUS", "CHN", "051")
    e.cameo, e.cameo_root = "010", "01"
    s = open_store(tmp_path / "d.duckdb")
    s.write_batch([Coded(Document("d1", "x", date="2016-01-01"), [e])])
    export_store(s, "dta", tmp_path / "e.dta")
    s.close()
    back = pd.read_stata(tmp_path / "e.dta")
    assert back.cameo.tolist() == ["010"] and back.cameo_root.tolist() == ["01"]


def test_version_flag_and_jsonl_documents(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["--version"])
    fingerprint = provenance()["coder_fingerprint"]
    assert r.exit_code == 0 and r.output.strip() == f"geopol {geopol.__version__} (coder {fingerprint})"
    e = ev(1, "RUS", "CHN", "051")
    out = tmp_path / "e.jsonl"
    write_events([e], "jsonl", out, documents=[Document("d1", "x", date="2016-01-01", outlet="AP")])
    rec = json.loads(out.read_text())
    assert rec["doc_outlet"] == "AP" and rec["date_start"] == rec["date_end"] == "2016-01-01"
