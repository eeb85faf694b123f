"""What one request may ask of the API (413 past its limits), and bad documents in a batch."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from geopol.api import create_app

GOOD = "Turkey condemned Syria on Monday."
SURROGATE_BATCH = '[{"id":"s1","text":"Russia \\ud800 condemned Ukraine."},{"id":"ok","text":"' + GOOD + '"}]'


def test_body_over_the_limit_is_413_declared_or_streamed() -> None:
    with TestClient(create_app(max_body_bytes=2_000)) as c:
        big = json.dumps({"text": GOOD * 100})
        r = c.post("/code", content=big, headers={"content-type": "application/json"})
        assert r.status_code == 413 and "2,000 bytes" in r.json()["detail"]

        def chunks():  # no Content-Length: the limit counts what arrives
            for i in range(0, len(big), 500):
                yield big[i:i + 500].encode()

        r = c.post("/code", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413
        assert c.get("/health").status_code == 200


def test_characters_over_the_budget_are_413() -> None:
    with TestClient(create_app(max_request_chars=1_000)) as c:
        r = c.post("/code", json=[{"id": str(i), "text": GOOD * 4} for i in range(10)])
        assert r.status_code == 413 and "1,320 characters" in r.json()["detail"]
        assert c.post("/code", json={"text": GOOD * 40}).status_code == 413


def test_lone_surrogate_is_that_documents_error() -> None:
    with TestClient(create_app()) as c:
        r = c.post("/code", content=SURROGATE_BATCH, headers={"content-type": "application/json"})
        assert r.status_code == 200
        by_id = {x["doc_id"]: x for x in r.json()["results"]}
        assert "lone surrogate U+D800" in by_id["s1"]["error"]
        assert by_id["ok"]["error"] is None and by_id["ok"]["events"]
        r = c.post("/code", content='{"text":"Russia \\udfff condemned Ukraine."}',
                   headers={"content-type": "application/json"})
        assert r.status_code == 422 and "lone surrogate U+DFFF" in r.json()["detail"]


def test_document_over_a_million_characters_in_a_batch() -> None:
    long = GOOD + "\n\n" + " " * 1_100_000 + "\n\nJapan accused China of spying."
    with TestClient(create_app()) as c:
        r = c.post("/code", json=[{"id": "long", "text": long}, {"id": "short", "text": GOOD}])
        assert r.status_code == 200
        long_out, short_out = r.json()["results"]
        assert long_out["error"] is None and short_out["events"]
        jpn = [e for e in long_out["events"] if e["source"]["code"] == "JPN"]
        assert jpn and long[slice(*jpn[0]["source"]["span"])] == "Japan"
