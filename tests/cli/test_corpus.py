"""The corpus commands end to end: ingest (jsonl, RSS, WARC), events, dyad, network, explain, export."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import pytest
import typer
from helpers import corpus_app, matched_event
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from geopol.schema import Document, TextSpan
from geopol.store import Coded, open_store

# A tiny coder: "Russia praised China ..." -> RUS -> CHN (no language model needed).
COUNTRIES = {"Russia": "RUS", "China": "CHN", "Japan": "JPN", "Ukraine": "UKR"}
VERBS = {
    "praised": ("051", "05", 1, 3.4, "CONSULT", "diplomacy"),
    "supplied gas to": ("061", "06", 2, 6.4, "COOPERATE", "energy"),
    "accused": ("112", "11", 3, -2.0, "ACCUSE", "diplomacy"),
}
PATTERN = re.compile(
    r"\b(Russia|China|Japan|Ukraine) (praised|supplied gas to|accused) (Russia|China|Japan|Ukraine)\b"
)


def fake_coder(docs: Iterable[Document]) -> Iterator[Coded]:
    for d in docs:
        evs = []
        for m in PATTERN.finditer(d.text):
            *codes, domain = VERBS[m.group(2)]
            evs.append(
                matched_event(
                    d,
                    m,
                    COUNTRIES[m.group(1)],
                    COUNTRIES[m.group(3)],
                    tuple(codes),
                    sentence=0,
                    domain=domain,
                    evidence=TextSpan(m.group(0) + ".", (m.start(), m.end() + 1)),
                )
            )
        yield Coded(d, evs)


STORIES = [
    (
        "a1",
        "2015-03-02",
        "Reuters",
        "Russia praised China for its support during the long talks in Beijing on trade.",
    ),
    (
        "a2",
        "2015-06-10",
        "AP",
        "Russia supplied gas to China under a new contract signed by both state companies.",
    ),
    (
        "a3",
        "2016-01-20",
        "AFP",
        "Japan accused China of sending patrol boats near the disputed islands again.",
    ),
    (
        "a4",
        "2016-02-11",
        "BBC",
        "Russia accused Japan of militarising the region with new missile systems there.",
    ),
]


@pytest.fixture()
def app(monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    return corpus_app(monkeypatch, fake_coder)


def build_inputs(root: Path) -> Path:
    root.mkdir()
    with (root / "news.jsonl").open("w") as f:
        for i, d, outlet, text in STORIES:
            f.write(
                json.dumps({"id": i, "date": d, "outlet": outlet, "title": f"Story {i}", "text": text}) + "\n"
            )
        # A near-duplicate of a2 from another outlet, and an unreadable line.
        copy = "MOSCOW (AP) - " + STORIES[1][3]
        f.write(json.dumps({"id": "a2-copy", "date": "2015-06-11", "outlet": "Yahoo", "text": copy}) + "\n")
        f.write("{not json\n")
    items = "".join(
        f"<item><title>Feed {k}</title><link>http://feed.example/{k}</link>"
        f"<pubDate>Tue, 05 Apr 2016 10:00:00 GMT</pubDate><description>{text}</description></item>"
        for k, text in enumerate(
            ["Russia praised China after the summit of leaders from both countries in Moscow."]
        )
    )
    (root / "wire.rss").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>'
    )
    page = (
        "<html><head><title>Gas</title></head><body><article><h1>Gas</h1><p>China praised Russia for the gas "
        "pipeline agreement that both governments signed in Shanghai after ten years of difficult talks "
        "about prices and routes.</p></article></body></html>"
    )
    with (root / "crawl.warc").open("wb") as fh:
        w = WARCWriter(fh, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = w.create_warc_record(
            "http://news.example/gas",
            "response",
            payload=io.BytesIO(page.encode()),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2016-05-01T00:00:00Z"},
        )
        w.write_record(rec)
    return root


def test_ingest_then_query(app: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    src = build_inputs(tmp_path / "in")
    db = tmp_path / "c.duckdb"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--batch-size", "2"])
    assert r.exit_code == 3, r.output  # one line skipped
    assert (
        "near-duplicates" in r.output
        and "invalid JSON" in r.output.replace("\n", " ")
        or "skipped" in r.output
    )
    with open_store(db) as st:
        s = st.stats()
        assert s["documents"] == 7 and s["duplicates"] == 1
        assert set(st.documents().id) >= {"a1", "http://news.example/gas"}
        assert len(st.events(source="CHN", target="RUS")) == 1  # from the WARC page
    again = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert again.exit_code == 3
    with open_store(db) as st:
        assert st.stats()["documents"] == 7

    r = runner.invoke(app, ["events", "--db", str(db), "--between", "RUS", "CHN", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 4 and {x["source"]["code"] for x in lines} == {"RUS", "CHN"}
    r = runner.invoke(app, ["events", "--db", str(db), "--source", "JPN", "--format", "csv"])
    df = pd.read_csv(io.StringIO(r.stdout.split("\n1 events")[0]))
    assert df.target_country.tolist() == ["CHN"] and df.num_articles.tolist() == [1]
    r = runner.invoke(app, ["events", "--db", str(db), "--domain", "energy"])
    assert r.exit_code == 0 and "2/2" in r.stdout  # the duplicate counted as articles/sources
    r = runner.invoke(
        app, ["events", "--db", str(db), "--since", "2016", "--plover", "ACCUSE", "--format", "jsonl"]
    )
    assert len([x for x in r.stdout.splitlines() if x.startswith("{")]) == 2

    png = tmp_path / "d.png"
    r = runner.invoke(app, ["dyad", "RUS", "CHN", "--db", str(db), "--freq", "year", "--plot", str(png)])
    assert r.exit_code == 0, r.output
    assert "2015" in r.stdout and "RUS->CHN" in r.stdout and png.stat().st_size > 5000

    for suffix in ("graphml", "gexf", "png"):
        out = tmp_path / f"g.{suffix}"
        r = runner.invoke(app, ["network", "--db", str(db), "--out", str(out)])
        assert r.exit_code == 0, r.output
        assert out.stat().st_size > 200

    report = tmp_path / "rep" / "report.md"
    r = runner.invoke(app, ["explain", "RUS", "CHN", "--db", str(db), "--out", str(report)])
    assert r.exit_code == 0, r.output
    md = report.read_text()
    assert "Why are Russia and China cooperating?" in md and "### energy" in md
    assert (tmp_path / "rep" / "report-trend.png").exists()
    r = runner.invoke(app, ["explain", "RUS", "CHN", "--db", str(db), "--no-chart"])
    assert "Drivers of cooperation" in r.stdout
    assert runner.invoke(app, ["explain", "RUS", "CHN"]).exit_code == 2


def test_export_formats(app: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    src = build_inputs(tmp_path / "in")
    db = tmp_path / "c.duckdb"
    runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    for fmt in ("jsonl", "csv", "parquet", "gdelt"):
        out = tmp_path / f"e.{fmt}"
        r = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
        assert r.exit_code == 0, r.output
        assert "6 events" in r.output
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 6
    pq = pd.read_parquet(tmp_path / "e.parquet")
    assert len(pq) == 6 and {"num_articles", "num_sources", "cameo", "evidence_text"} <= set(pq.columns)
    assert sorted(pq.num_articles) == [1, 1, 1, 1, 1, 2]
    from geopol.export import GDELT_COLUMNS

    rows = [line.split("\t") for line in (tmp_path / "e.gdelt").read_text().splitlines()]
    assert all(len(r) == 61 for r in rows)
    arts = sorted(int(r[GDELT_COLUMNS.index("NumArticles")]) for r in rows)
    assert arts == [1, 1, 1, 1, 1, 2]
    assert pd.read_csv(tmp_path / "e.csv").shape[0] == 6


def test_missing_store_is_an_error(app: typer.Typer, tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 1
