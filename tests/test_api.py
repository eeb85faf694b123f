"""HTTP API behaviour through FastAPI's TestClient: coding, refusals, store queries, dyads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers import code_codes

from geopol.api import create_app
from geopol.schema import Document, Event
from geopol.store import Coded, open_store


# -- a tiny store: "RUS praises CHN." style sentences coded by a deterministic stand-in coder ------
def fake_code(doc: Document) -> list[Event]:
    return code_codes(doc, domains={"attacks": "military"})


class FakePipeline:
    """Stands in for the coder where the test is about the API's own handling, not coding."""

    def __init__(self) -> None:
        self.calls = 0

    def code(self, doc: Document) -> list[Event]:
        self.calls += 1
        return fake_code(doc)

    def code_many(self, docs: Iterable[Document]) -> Iterator[Coded]:
        self.calls += 1
        for d in docs:
            yield Coded(d, fake_code(d))  # the shape of pipeline.Result


DOCS = [
    ("a1", "RUS praises CHN. Officials met in Moscow.", "2016-01-10", "tass"),
    ("a2", "CHN aids RUS after the floods.", "2016-01-20", "xinhua"),
    ("a3", "RUS accuses CHN of dumping steel.", "2016-03-02", "reuters"),
    ("a4", "USA attacks SYR. RUS accuses USA.", "2016-03-15", "ap"),
    # A near-copy of a1 from another outlet: its event is stored but counted once.
    ("a5", "RUS praises CHN. Officials met in Moscow.", "2016-01-10", "sputnik"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "corpus.duckdb"
    with open_store(path) as store:
        docs = [Document(id=i, text=t, date=d, outlet=o, title=i) for i, t, d, o in DOCS]
        store.write_batch([Coded(d, fake_code(d)) for d in docs])
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db))) as c:
        yield c


# -- health and docs ------------------------------------------------------------------------------
def test_health_reports_store_and_lazy_pipeline(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["store"]["documents"] == 5 and body["store"]["duplicates"] == 1
    assert body["store"]["events"] == 5 and body["store"]["event_mentions"] == 6
    assert body["pipeline_loaded"] is False  # nothing coded yet: the model is not loaded


def test_openapi_docs_list_the_endpoints(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/code", "/events", "/dyad/{a}/{b}", "/explain/{a}/{b}", "/health"} <= set(paths)


# -- /events --------------------------------------------------------------------------------------
def test_events_filters_by_source_and_target(client: TestClient) -> None:
    r = client.get("/events", params={"source": "RUS", "target": "CHN"})
    assert r.status_code == 200
    rows = r.json()["events"]
    assert [(e["doc_id"], e["cameo"]) for e in rows] == [("a1", "051"), ("a3", "112")]
    first = rows[0]
    assert first["date"] == "2016-01-10"
    assert first["source_code"] == "RUSGOV" and first["target_country"] == "CHN"
    assert first["evidence_text"] == "RUS praises CHN"
    assert first["outlet"] == "tass"
    assert first["num_articles"] == 2 and first["num_sources"] == 2  # a5 is a copy of a1


def test_events_duplicates_on_request(client: TestClient) -> None:
    rows = client.get("/events", params={"source": "RUS", "target": "CHN", "duplicates": True}).json()
    assert sorted(e["doc_id"] for e in rows["events"]) == ["a1", "a3", "a5"]
    assert [e["counted"] for e in rows["events"] if e["doc_id"] == "a5"] == [False]


def test_events_between_is_either_direction_and_dates_bound(client: TestClient) -> None:
    rows = client.get("/events", params={"between": "rus,chn"}).json()["events"]
    assert [e["doc_id"] for e in rows] == ["a1", "a2", "a3"]
    rows = client.get("/events", params={"between": "RUS,CHN", "since": "2016-01-15", "until": "2016-02"})
    assert [e["doc_id"] for e in rows.json()["events"]] == ["a2"]


def test_events_by_plover_domain_cameo_and_limit(client: TestClient) -> None:
    assert [e["doc_id"] for e in client.get("/events?plover=accuse").json()["events"]] == ["a3", "a4"]
    assert [e["source_country"] for e in client.get("/events?domain=military").json()["events"]] == ["USA"]
    assert [e["cameo"] for e in client.get("/events?cameo=07").json()["events"]] == ["070"]
    body = client.get("/events?limit=2").json()
    assert body["count"] == 2 and len(body["events"]) == 2
    assert client.get("/events?modality=negated").json()["events"] == []


@pytest.mark.parametrize(
    "query, fragment",
    [
        ("between=RUS", "two actor codes"),
        ("plover=HUG", "unknown plover"),
        ("modality=maybe", "unknown modality"),
        ("since=yesterday", "unreadable since"),
        ("limit=0", ""),
        ("cameo=abc", ""),
    ],
)
def test_events_bad_filters_are_422(client: TestClient, query: str, fragment: str) -> None:
    r = client.get(f"/events?{query}")
    assert r.status_code == 422
    assert fragment in str(r.json()["detail"])


# -- /dyad ----------------------------------------------------------------------------------------
def test_dyad_months_directions_and_index(client: TestClient) -> None:
    r = client.get("/dyad/RUS/CHN", params={"freq": "month"})
    assert r.status_code == 200
    body = r.json()
    assert body["a"] == "RUS" and body["b"] == "CHN" and body["freq"] == "month"
    rows = {(p["label"], p["direction"]): p for p in body["periods"]}
    jan = rows[("2016-01", "both")]
    assert jan["n_events"] == 2 and jan["verbal_coop"] == 1 and jan["material_coop"] == 1
    assert jan["coop_index"] == pytest.approx(1.0)
    assert rows[("2016-01", "RUS->CHN")]["n_events"] == 1
    assert rows[("2016-01", "CHN->RUS")]["n_events"] == 1
    mar = rows[("2016-03", "both")]
    assert mar["verbal_conflict"] == 1 and mar["coop_index"] == pytest.approx(-1.0)
    assert body["summary"]["n_events"] == 3
    assert body["summary"]["goldstein_total"] == pytest.approx(3.4 + 7.0 - 2.0)


def test_dyad_by_year_and_empty_dyad(client: TestClient) -> None:
    periods = client.get("/dyad/RUS/CHN?freq=year").json()["periods"]
    assert [(p["label"], p["direction"], p["n_events"]) for p in periods][-1] == ("2016", "both", 3)
    empty = client.get("/dyad/FRA/DEU").json()
    assert empty["periods"] == [] and empty["summary"]["n_events"] == 0
    assert client.get("/dyad/RUS/CHN?freq=week").status_code == 422


# -- /explain -------------------------------------------------------------------------------------
def test_explain_json_carries_answer_and_evidence(client: TestClient) -> None:
    r = client.get("/explain/RUS/CHN")
    assert r.status_code == 200
    body = r.json()
    assert body["a"] == "RUS" and body["b"] == "CHN"
    assert "Russia" in body["question"] and "China" in body["question"]
    assert body["balance"]["n_events"] == 3
    quoted = [it["evidence"] for d in body["cooperation"] for it in d["items"]]
    assert sorted(quoted) == ["CHN aids RUS", "RUS praises CHN"]
    assert [it["evidence"] for d in body["conflict"] for it in d["items"]] == ["RUS accuses CHN"]
    assert {t["label"] for t in body["trend"]} == {"2016-01", "2016-03"}


def test_explain_markdown_and_html(client: TestClient) -> None:
    md = client.get("/explain/RUS/CHN", params={"format": "md"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# Why are Russia and China") and "**accuses**" in md.text
    page = client.get("/explain/RUS/CHN", params={"format": "html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<html" in page.text.lower() and "accuses" in page.text
    assert client.get("/explain/RUS/CHN", params={"format": "pdf"}).status_code == 422


def test_query_endpoints_without_store_are_503() -> None:
    with TestClient(create_app(pipeline_factory=FakePipeline)) as c:
        r = c.get("/events")
        assert r.status_code == 503 and "--db" in r.json()["detail"]
        assert c.get("/dyad/RUS/CHN").status_code == 503
        assert c.get("/explain/RUS/CHN").status_code == 503
        assert c.get("/health").json()["store"] is None


def test_missing_store_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no corpus store"):
        create_app(str(tmp_path / "nope.duckdb"))


# -- /code: the API's own handling (stand-in coder) -----------------------------------------------
def test_code_builds_pipeline_once_lazily() -> None:
    built: list[FakePipeline] = []

    def factory() -> FakePipeline:
        built.append(FakePipeline())
        return built[-1]

    with TestClient(create_app(pipeline_factory=factory)) as c:  # type: ignore[arg-type]
        assert built == []
        for _ in range(3):
            assert c.post("/code", json={"text": "RUS praises CHN.", "date": "2016-04-05"}).status_code == 200
        assert len(built) == 1 and built[0].calls == 3
        assert c.get("/health").json()["pipeline_loaded"] is True


def test_code_batch_reports_bad_documents_and_codes_the_rest() -> None:
    with TestClient(create_app(pipeline_factory=FakePipeline)) as c:  # type: ignore[arg-type]
        r = c.post(
            "/code",
            json=[
                {"id": "good", "text": "RUS attacks SYR in the north of the country.", "date": "2016-04-05"},
                {"id": "empty", "text": "   "},
                {"text": "bin\x00ary\x00data\x00"},
                {"id": "late", "text": "CHN aids RUS with food and medicine.", "date": "April 2016"},
            ],
        )
    assert r.status_code == 200
    body = r.json()
    assert [x["doc_id"] for x in body["results"]] == ["good", "empty", "2", "late"]
    good, empty, binary, late = body["results"]
    assert good["error"] is None and good["events"][0]["cameo"] == "190"
    assert empty["error"] == "empty document" and empty["events"] == []
    assert "binary" in binary["error"]
    assert late["events"][0]["date"] == "2016-04"  # "April 2016" normalised, precision kept
    assert body["n_events"] == 2 and body["n_errors"] == 2


def test_code_refusals_are_422_with_the_reason() -> None:
    with TestClient(create_app(pipeline_factory=FakePipeline)) as c:  # type: ignore[arg-type]
        r = c.post("/code", json={"text": ""})
        assert r.status_code == 422 and r.json()["detail"] == "empty document"
        r = c.post("/code", json={"text": "\x00\x01\x02 binary \x00\x03"})
        assert r.status_code == 422 and "binary" in r.json()["detail"]
        german = (
            "Die Regierung hat am Montag in Berlin erklärt, dass sie die Sanktionen gegen das Land "
            "nicht aufheben wird."
        )
        r = c.post("/code", json={"text": german})
        assert r.status_code == 422 and r.json()["detail"].startswith("not English")
        r = c.post("/code", json={"text": "RUS praises CHN.", "date": "someday"})
        assert r.status_code == 422 and "date" in r.json()["detail"]
        assert c.post("/code", json={"date": "2016-04-05"}).status_code == 422  # no text at all


# -- /code: the real coder ------------------------------------------------------------------------
SENTENCE = "Turkey condemned Syria on Monday, and Russia sent warships to the Mediterranean."


@pytest.fixture(scope="module")
def real_client() -> Iterator[TestClient]:
    with TestClient(create_app()) as c:
        yield c


def test_code_real_sentence_gives_actor_codes_and_spans(real_client: TestClient) -> None:
    r = real_client.post("/code", json={"text": SENTENCE, "date": "2016-04-05", "id": "s1"})
    assert r.status_code == 200
    body = r.json()
    assert body["doc_id"] == "s1" and body["error"] is None
    events = body["events"]
    condemn = [e for e in events if e["source"]["code"].startswith("TUR")]
    assert condemn, events
    e = condemn[0]
    assert e["target"]["code"].startswith("SYR")
    assert e["cameo_root"] == "11" and e["plover"] == "ACCUSE"
    for span_holder in (e["source"], e["target"], e["trigger"]):
        start, end = span_holder["span"]
        assert SENTENCE[start:end] == span_holder["text"]
    assert SENTENCE[slice(*e["evidence"]["span"])] == e["evidence"]["text"]
    assert e["event_id"] and e["date"] == "2016-04-04"  # "on Monday" before Tuesday 5 April 2016


def test_code_real_is_deterministic_and_batches_agree(real_client: TestClient) -> None:
    one = real_client.post("/code", json={"text": SENTENCE, "date": "2016-04-05"}).json()["events"]
    again = real_client.post("/code", json={"text": SENTENCE, "date": "2016-04-05"}).json()["events"]
    batch = real_client.post("/code", json=[{"id": "doc", "text": SENTENCE, "date": "2016-04-05"}]).json()
    assert one == again == batch["results"][0]["events"]


# -- geopol serve ---------------------------------------------------------------------------------
def test_serve_command_runs_uvicorn_on_the_app(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from geopol.cli import app

    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda a, **kw: seen.update(app=a, **kw))
    r = CliRunner().invoke(app, ["serve", "--db", str(db), "--host", "127.0.0.1", "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    with TestClient(seen["app"]) as c:
        assert c.get("/health").json()["store"]["documents"] == 5


def test_serve_missing_store_exits_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert r.exit_code == 2
    assert "no corpus store" in r.output
