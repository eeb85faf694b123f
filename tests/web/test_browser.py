"""The dashboard in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Every page renders, its chart draws marks, a filter changes the table, nothing is requested from
off this machine and the console stays free of errors.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


class Watched:
    """A page with every request and console error recorded."""

    def __init__(self, browser: object) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def off_host(self) -> list[str]:
        """Requests leaving this machine (``data:`` and a local page's ``blob:`` URLs stay on it)."""
        def host(url: str) -> str | None:
            return "127.0.0.1" if url.startswith("data:") else urlsplit(url.removeprefix("blob:")).hostname

        return [u for u in self.requests if host(u) not in ("127.0.0.1", "localhost")]


@pytest.fixture()
def watched(browser: object) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.page.close()


PAGES = [
    ("/", "Corpus overview", "svg.timeline .bar"),
    ("/view/dyad?a=RUS&b=CHN&freq=quarter", "Russia (RUS)", "svg.timeline .bar"),
    ("/view/explain?a=RUS&b=CHN", "Why are Russia and China cooperating?", "svg.timeline .point"),
    ("/view/events", "Event search", "table.events tbody tr"),
    ("/view/document?id=sample", "Why Russia And China", "article .evidence mark.trigger"),
    ("/view/network", "Actor network", "svg.network path.edge"),
]


@pytest.mark.parametrize(("path", "heading", "marks"), PAGES)
def test_page_renders_with_its_marks_offline_and_without_errors(live_url: str, watched: Watched, path: str,
                                                                  heading: str, marks: str) -> None:
    resp = watched.page.goto(live_url + path)
    assert resp is not None and resp.status == 200
    assert heading in watched.page.locator("h1").inner_text()
    assert watched.page.locator(marks).count() > 0
    # The stylesheet applied (it lives in the package and was served, not fetched from elsewhere).
    assert watched.page.eval_on_selector("header.top", "e => getComputedStyle(e).display") == "flex"
    assert watched.off_host() == [] and watched.errors == []


def test_dyad_timeline_shows_the_empty_quarters(live_url: str, watched: Watched) -> None:
    watched.page.goto(live_url + "/view/dyad?a=RUS&b=CHN&freq=quarter")
    labels = watched.page.locator("svg.timeline text").all_text_contents()
    quarters = [t for t in labels if "Q" in t]
    assert len(quarters) > 2
    # A continuous axis: consecutive quarters, whether or not they have events.
    index = [int(q[:4]) * 4 + int(q[-1]) for q in quarters]
    assert index == list(range(index[0], index[-1] + 1))
    assert watched.page.locator("svg.timeline .bar").count() < len(quarters) * 4
    # Events link to their document, where the trigger is marked.
    first = watched.page.locator("table.events tbody tr td a").first
    first.click()
    assert "/view/document" in watched.page.url and watched.page.locator("mark.trigger").count() > 0
    assert watched.off_host() == [] and watched.errors == []


def test_search_filter_changes_the_table(live_url: str, watched: Watched) -> None:
    page = watched.page
    page.goto(live_url + "/view/events")
    every = page.locator("table.events tbody tr").count()
    page.select_option("select[name=plover]", "CONSULT")
    page.click("#search button")
    page.wait_for_url("**plover=CONSULT**")
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() < every
    assert all("CONSULT" in t for t in rows.locator("td:nth-child(3)").all_inner_texts())
    # The quick filter hides rows client-side.
    page.fill("input.quick-filter", "zzzz-no-such-text")
    assert page.locator("table.events tbody tr:visible").count() == 0
    page.fill("input.quick-filter", "")
    assert page.locator("table.events tbody tr:visible").count() == rows.count()
    assert watched.off_host() == [] and watched.errors == []


def test_undated_events_are_named_not_hidden(live_url: str, watched: Watched) -> None:
    watched.page.goto(live_url + "/")
    assert "undated event" in watched.page.locator(".facts").inner_text()
    watched.page.goto(live_url + "/view/dyad?a=TUR&b=AUT")
    assert "undated" in watched.page.locator("main").inner_text()
    assert watched.page.locator("table.events tbody tr td.date").first.inner_text() == "undated"


def test_api_docs_load_offline(live_url: str, watched: Watched) -> None:
    watched.page.goto(live_url + "/docs")
    watched.page.wait_for_selector(".opblock", timeout=15_000)
    assert watched.page.locator(".opblock").count() >= 5
    assert watched.off_host() == [] and watched.errors == []



def test_no_page_of_the_app_points_at_a_cdn(live_url: str, watched: Watched) -> None:
    # ReDoc's bundle loads its logo from cdn.redoc.ly, so the app serves no /redoc.
    assert watched.page.goto(live_url + "/redoc").status == 404
