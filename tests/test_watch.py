"""`geopol watch` against a local HTTP server the tests start (127.0.0.1, a free port, stopped after)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers import code_codes

from geopol.store import Coded, open_store
from geopol.watch import Fetcher, Watcher, parse_interval


def coder(docs):
    """A stand-in coder ("RUS praises CHN." -> one event): these tests are about fetching."""
    return [Coded(d, code_codes(d)) for d in docs]


def page(sentence: str) -> bytes:
    filler = " ".join(
        f"Paragraph {i} of the report describes the talks at length, quoting officials from both delegations."
        for i in range(6)
    )
    return (
        f"<html><head><title>Report</title></head><body><nav>Home | World</nav><article><h1>Report</h1>"
        f"<p>{sentence}</p><p>{filler}</p></article><footer>(c) The Paper</footer></body></html>"
    ).encode()


def feed(items: list[tuple[str, str, str]], base: str) -> bytes:
    """RSS 2.0 with (guid, path, pubDate) items."""
    body = "".join(
        f"<item><title>Item {g}</title><guid>{g}</guid><link>{base}{p}</link><pubDate>{d}</pubDate>"
        f"<description>Summary of {g}.</description></item>"
        for g, p, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>{body}</channel></rss>'.encode()


class Site:
    """Routes path -> (status, body, headers, delay); records every request (path, headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes, dict[str, str], float]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.times: list[tuple[str, float]] = []

    def handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.requests.append((self.path, dict(self.headers)))
                site.times.append((self.path, time.monotonic()))
                status, body, headers, delay = site.routes.get(self.path, (404, b"not found", {}, 0.0))
                if delay:
                    time.sleep(delay)
                etag, modified = headers.get("ETag"), headers.get("Last-Modified")
                if (etag and self.headers.get("If-None-Match") == etag) or (
                    modified and self.headers.get("If-Modified-Since") == modified
                ):
                    self.send_response(304)
                    self.end_headers()
                    return
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def hits(self, path: str) -> int:
        return sum(p == path for p, _ in self.requests)


@pytest.fixture()
def site() -> Iterator[tuple[Site, str]]:
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), s.handler())
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield s, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def watcher(store, feeds: list[str], timeout: float = 2.0) -> Watcher:
    return Watcher(feeds, store, coder=coder, fetcher=Fetcher(timeout=timeout, host_delay=0.0))


def test_new_items_are_fetched_coded_and_stored_then_repeats_skipped(site, tmp_path: Path) -> None:
    s, base = site
    s.routes["/robots.txt"] = (200, b"User-agent: *\nDisallow: /private/\n", {}, 0.0)
    s.routes["/feed.xml"] = (200, feed([("n1", "/a1", "Tue, 05 Apr 2016 10:00:00 GMT"),
                                        ("n2", "/a2", "Wed, 06 Apr 2016 10:00:00 GMT")], base),
                             {"ETag": '"v1"'}, 0.0)
    s.routes["/a1"] = (200, page("RUS praises CHN after the summit in Beijing."), {}, 0.0)
    s.routes["/a2"] = (200, page("CHN accuses RUS of stalling the pipeline deal."), {}, 0.0)
    with open_store(tmp_path / "w.duckdb") as store:
        w = watcher(store, [base + "/feed.xml"])
        first = w.round()
        assert (first.new_items, first.stored, first.events, first.failed_pages) == (2, 2, 2, [])
        docs = store.documents().set_index("id")
        assert set(docs.index) == {"n1", "n2"}
        assert docs.loc["n1", "url"] == base + "/a1" and str(docs.loc["n1", "date_text"]) == "2016-04-05"
        assert docs.loc["n1", "outlet"] == "Test wire"
        ev = store.events()
        assert sorted(zip(ev.source_code, ev.cameo, strict=True)) == [("CHNGOV", "112"), ("RUSGOV", "051")]
        # The page text was used, not the feed's one-line summary.
        assert "summit in Beijing" in store.document("n1").text
        # Round two: the feed answers 304 to the conditional GET, no page is fetched again.
        second = w.round()
        assert second.not_modified == 1 and second.new_items == 0 and second.stored == 0
        assert s.hits("/a1") == 1 and s.hits("/robots.txt") == 1
        assert any(h.get("If-None-Match") == '"v1"' for p, h in s.requests if p == "/feed.xml")
        # A feed without ETag repeating the same items: items are recognised, nothing re-fetched or duplicated.
        s.routes["/feed.xml"] = (200, s.routes["/feed.xml"][1], {}, 0.0)
        third = w.round()
        assert third.repeated_items == 2 and third.new_items == 0 and s.hits("/a2") == 1
        assert store.stats()["documents"] == 2 and store.stats()["event_mentions"] == 2
    # A new watcher process on the same store re-fetches nothing it already stored.
    with open_store(tmp_path / "w.duckdb") as store:
        again = watcher(store, [base + "/feed.xml"]).round()
        assert again.repeated_items == 2 and again.stored == 0 and s.hits("/a1") == 1


def test_a_failing_feed_and_a_slow_page_do_not_stop_the_round(site, tmp_path: Path) -> None:
    s, base = site
    s.routes["/good.xml"] = (200, feed([("g1", "/fast", "2016-04-05"), ("g2", "/slow", "2016-04-05"),
                                        ("g3", "/private/x", "2016-04-05")], base), {}, 0.0)
    s.routes["/robots.txt"] = (200, b"User-agent: *\nDisallow: /private/\n", {}, 0.0)
    s.routes["/broken.xml"] = (500, b"oops", {}, 0.0)
    s.routes["/fast"] = (200, page("RUS aids CHN with grain shipments."), {}, 0.0)
    s.routes["/slow"] = (200, page("CHN praises RUS."), {}, 3.0)  # longer than the 0.5 s timeout
    with open_store(tmp_path / "w.duckdb") as store:
        w = watcher(store, [base + "/broken.xml", "http://127.0.0.1:9/down.xml", base + "/good.xml"],
                    timeout=0.5)
        t0 = time.monotonic()
        r = w.round()
        assert time.monotonic() - t0 < 10
        failed = dict(r.failed_feeds)
        assert "HTTP 500" in failed[base + "/broken.xml"]
        assert "http://127.0.0.1:9/down.xml" in failed
        pages = dict(r.failed_pages)
        assert "timed out" in pages[base + "/slow"]
        assert "robots.txt" in pages[base + "/private/x"] and s.hits("/private/x") == 0
        assert r.stored == 1 and set(store.documents().id) == {"g1"}
        # Next round the slow page answers in time and is stored; the fast one is not fetched again.
        s.routes["/slow"] = (200, page("CHN praises RUS."), {}, 0.0)
        r2 = w.round()
        assert r2.stored == 1 and set(store.documents().id) == {"g1", "g2"} and s.hits("/fast") == 1
        assert "1 page failed" in r2.line()  # the robots-disallowed one, still refused


def test_a_feed_that_changes_its_items(site, tmp_path: Path) -> None:
    s, base = site
    s.routes["/f.xml"] = (200, feed([("c1", "/p1", "2016-04-05")], base), {}, 0.0)
    s.routes["/p1"] = (200, page("RUS praises CHN on trade."), {}, 0.0)
    with open_store(tmp_path / "w.duckdb") as store:
        w = watcher(store, [base + "/f.xml"])
        assert w.round().stored == 1
        # The item is updated (new date, corrected story) and a second item appears.
        s.routes["/f.xml"] = (200, feed([("c2", "/p2", "2016-04-07"), ("c1", "/p1", "2016-04-06")], base), {}, 0.0)
        s.routes["/p1"] = (200, page("RUS accuses CHN on trade."), {}, 0.0)
        s.routes["/p2"] = (200, page("CHN aids RUS."), {}, 0.0)
        r = w.round()
        assert (r.new_items, r.changed_items, r.stored, r.updated) == (1, 1, 1, 1)
        ev = store.events().set_index("doc_id")
        assert ev.loc["c1", "cameo"] == "112" and len(store.events()) == 2  # old event replaced, not kept


def test_parse_interval() -> None:
    assert parse_interval("15m") == 900 and parse_interval("30s") == 30 and parse_interval("2h") == 7200
    assert parse_interval("90") == 90
    with pytest.raises(ValueError):
        parse_interval("soon")


def test_watch_command_rejects_a_path_and_a_bad_interval(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    r = CliRunner().invoke(app, ["watch", "feeds.xml", "--db", str(tmp_path / "x.duckdb")])
    assert r.exit_code == 2 and "not a feed URL" in r.output
    r = CliRunner().invoke(app, ["watch", "http://127.0.0.1:9/f.xml", "--every", "soon"])
    assert r.exit_code == 2 and "interval" in r.output


def test_requests_to_one_host_are_spaced_by_the_rate_limit(site) -> None:
    s, base = site
    for k in range(3):
        s.routes[f"/p{k}"] = (200, page("RUS praises CHN."), {}, 0.0)
    fetcher = Fetcher(timeout=2.0, host_delay=0.3)
    for k in range(3):
        fetcher.get(f"{base}/p{k}")
    stamps = [t for p, t in s.times if p.startswith("/p")]
    assert len(stamps) == 3 and all(b - a >= 0.28 for a, b in zip(stamps, stamps[1:], strict=False))
    assert all(h.get("User-Agent", "").startswith("geopol-watch") for _, h in s.requests)


def test_watch_command_codes_a_live_page_with_the_real_coder(site, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    s, base = site
    s.routes["/feed.xml"] = (200, feed([("r1", "/story", "Tue, 05 Apr 2016 10:00:00 GMT")], base), {}, 0.0)
    s.routes["/story"] = (200, page("Russia condemned Ukraine over the blockade of Crimea on Monday."), {}, 0.0)
    db = tmp_path / "live.duckdb"
    r = CliRunner().invoke(app, ["watch", base + "/feed.xml", "--db", str(db), "--every", "1s", "--rounds", "2",
                                 "--host-delay", "0"])
    assert r.exit_code == 0, r.output
    with open_store(db, read_only=True) as store:
        ev = store.events(between=("RUS", "UKR"))
        assert len(ev) >= 1 and set(ev.source_country) == {"RUS"} and set(ev.doc_id) == {"r1"}
        assert store.stats()["documents"] == 1


def test_last_modified_makes_the_next_poll_conditional(site, tmp_path: Path) -> None:
    s, base = site
    stamp = "Tue, 05 Apr 2016 10:00:00 GMT"
    s.routes["/lm.xml"] = (200, feed([("m1", "/m1", stamp)], base), {"Last-Modified": stamp}, 0.0)
    s.routes["/m1"] = (200, page("RUS praises CHN."), {"Last-Modified": stamp}, 0.0)
    with open_store(tmp_path / "w.duckdb") as store:
        w = watcher(store, [base + "/lm.xml"])
        assert w.round().stored == 1
        again = w.round()
        assert again.not_modified == 1 and again.stored == 0
        sent = [h.get("If-Modified-Since") for p, h in s.requests if p == "/lm.xml"]
        assert sent == [None, stamp]
