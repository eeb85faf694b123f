"""The dashboard's pages and helpers, without a browser (TestClient on a small hand-made store)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers import code_codes

from geopol.api import create_app
from geopol.schema import Document
from geopol.store import Coded, open_store
from geopol.web.app import highlight

DOCS = [
    ("a1", "RUS praises CHN. Officials met in Moscow.", "2014-05-10"),
    ("a2", "CHN aids RUS after the floods.", "2015-08-20"),
    ("a3", "RUS accuses CHN of dumping steel. RUS praises CHN anyway.", "2016-03-02"),
    ("u1", "TUR accuses AUT of bias.", None),
    ("a1-copy", "RUS praises CHN. Officials met in Moscow.", "2014-05-10"),  # a republication: counted once
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("web") / "c.duckdb"
    with open_store(db) as st:
        docs = [Document(id=i, text=t, date=d, title=f"Story {i}") for i, t, d in DOCS]
        st.ingest((), results=[Coded(d, code_codes(d)) for d in docs])
    with TestClient(create_app(db)) as c:
        yield c


def test_overview_counts_and_pairs(client: TestClient) -> None:
    html = client.get("/").text
    assert "<b>5</b> documents" in html and "(1 near-duplicate)" in html and "<b>1</b> undated event" in html
    assert "Russia – China" in html or "China – Russia" in html
    assert 'class="mark bar"' in html


def test_dyad_timeline_is_continuous_and_events_link_to_documents(client: TestClient) -> None:
    html = client.get("/view/dyad", params={"a": "RUS", "b": "CHN", "freq": "quarter"}).text
    # 2014Q2 .. 2016Q1 is eight quarters, five of them empty: every one is on the axis.
    for q in ("2014Q2", "2014Q3", "2015Q1", "2015Q3", "2016Q1"):
        assert f">{q}</text>" in html
    assert html.count('class="mark bar"') == 4  # a1 coop, a2 coop, a3 coop + conflict
    assert "<mark class=trigger>accuses</mark>" in html
    assert "/view/document?id=a3#e-" in html
    year = client.get("/view/dyad", params={"a": "RUS", "b": "CHN", "freq": "year"}).text
    assert ">2015</text>" in year and ">2014Q2</text>" not in year


def test_document_page_marks_every_event_span(client: TestClient) -> None:
    html = client.get("/view/document", params={"id": "a3"}).text
    article = html.split('<article class="doctext">')[1].split("</article>")[0]
    import re

    assert article.count("<mark class=trigger>") == 2
    assert len(set(re.findall(r'data-events="(\w+)"', article))) == 2  # each event's sentence, cut at the trigger
    assert "<mark class=trigger>accuses</mark>" in article and "<mark class=trigger>praises</mark>" in article
    assert client.get("/view/document", params={"id": "nope"}).status_code == 404


def test_event_search_filters(client: TestClient) -> None:
    every = client.get("/view/events").text.count("<tr class=\"quad")
    accuse = client.get("/view/events", params={"plover": "ACCUSE"}).text.count("<tr class=\"quad")
    assert every == 5 and accuse == 2
    mentions = client.get("/view/events", params={"all_mentions": "true"}).text.count("<tr class=\"quad")
    assert mentions == 6
    assert client.get("/view/events", params={"a": "RUS", "b": "CHN"}).text.count("<tr class=\"quad") == 4
    bad = client.get("/view/events", params={"plover": "FOO"})
    assert bad.status_code == 422 and "unknown plover" in bad.text
    assert bad.headers["content-type"].startswith("text/html")


def test_forms_take_names_as_well_as_codes(client: TestClient) -> None:
    by_name = client.get("/view/dyad", params={"a": "Russia", "b": "china"})
    assert by_name.status_code == 200 and "Russia (RUS)" in by_name.text
    assert by_name.text.count('class="mark bar"') == 4
    rows = client.get("/view/events", params={"source": "Russia"}).text.count("<tr class=\"quad")
    assert rows == 3
    bad = client.get("/view/dyad", params={"a": "Narnia", "b": "CHN"})
    assert bad.status_code == 422 and "unknown actor" in bad.text


def test_explain_and_network_pages(client: TestClient) -> None:
    html = client.get("/view/explain", params={"a": "TUR", "b": "AUT"}).text
    assert "No asserted events" not in html and "undated" in html
    net = client.get("/view/network").text
    assert 'class="mark edge"' in net and "marker-end=" in net and ">Russia</text>" in net


def test_json_api_errors_stay_json(client: TestClient) -> None:
    r = client.get("/events", params={"plover": "FOO"})
    assert r.status_code == 422 and r.json()["detail"].startswith("unknown plover")


def test_docs_are_served_from_the_package(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_highlight_handles_overlapping_spans() -> None:
    text = "A B C D"
    events = [
        {"event_id": "e1", "evidence_start": 0, "evidence_end": 5, "trigger_start": 2, "trigger_end": 3},
        {"event_id": "e2", "evidence_start": 2, "evidence_end": 7, "trigger_start": 4, "trigger_end": 5},
    ]
    html = str(highlight(text, events))
    assert '<a id="e-e1"></a>' in html and '<a id="e-e2"></a>' in html
    assert '<span class=evidence data-events="e1 e2"><mark class=trigger>B</mark></span>' in html
    assert html.replace("<", " <").count("D") == 1  # every character once


def test_serve_sample_codes_the_op_ed_into_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from geopol.cli import app

    seen = {}

    def fake_run(asgi, **kw):
        with TestClient(asgi) as c:
            seen["overview"] = c.get("/").text
            seen["dyad"] = c.get("/view/dyad", params={"a": "RUS", "b": "CHN"}).status_code

    monkeypatch.setattr(uvicorn, "run", fake_run)
    r = CliRunner().invoke(app, ["serve", "--sample"])
    assert r.exit_code == 0, r.output
    assert "<b>1</b> document" in seen["overview"] and seen["dyad"] == 200


def test_serve_watch_polls_into_the_store_it_serves(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """One process: the watcher writes, the pages read (through the same lock)."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import uvicorn
    from typer.testing import CliRunner

    import geopol.cli.serve as serve_mod
    from geopol.cli import app

    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
            b'<guid isPermaLink="false">w1</guid><title>W</title>'
            b"<description>RUS praises CHN at the summit.</description></item></channel></rss>")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = feed if self.path == "/f.xml" else b""
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(serve_mod, "_locked_coder", lambda state: lambda docs: [Coded(d, code_codes(d)) for d in docs])
    seen = {}

    def fake_run(asgi, **kw):
        watcher = asgi.state.watcher
        deadline = time.monotonic() + 20
        while watcher.rounds < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        with TestClient(asgi) as c:
            seen["html"] = c.get("/").text
            seen["events"] = c.get("/events").json()["count"]

    monkeypatch.setattr(uvicorn, "run", fake_run)
    try:
        r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "live.duckdb"), "--watch",
                                     f"http://127.0.0.1:{server.server_address[1]}/f.xml", "--every", "1h"])
    finally:
        server.shutdown()
        server.server_close()
    assert r.exit_code == 0, r.output
    assert seen["events"] == 1 and "watching 1 feed" in seen["html"]


def test_event_search_lists_what_counts_unless_asked(tmp_path: Path) -> None:
    """Like `geopol events`, the search shows asserted events by default; a negated act is no event
    an analyst counts, so it appears only when its modality (or "any") is asked for."""
    from geopol.pipeline import default_coder

    db = tmp_path / "m.duckdb"
    with open_store(db) as st:
        st.ingest([Document(id="n1", text="Turkey did not recall its ambassador from Austria.", date="2020-01-05"),
                   Document(id="p1", text="Japan praised India.", date="2020-01-06")], coder=default_coder())
    with TestClient(create_app(db)) as c:
        default = c.get("/view/events").text
        assert default.count('<tr class="quad') == 1 and "praised" in default and "recall" not in default
        assert "<option selected>asserted</option>" in default
        negated = c.get("/view/events", params={"modality": "negated"}).text
        assert negated.count('<tr class="quad') == 1 and "recall" in negated and "praised" not in negated
        every = c.get("/view/events", params={"modality": "any"}).text
        assert every.count('<tr class="quad') == 2 and "<option selected>any</option>" in every
        assert c.get("/view/events", params={"modality": "maybe"}).status_code == 422
