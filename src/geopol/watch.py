"""Live feeds: poll RSS/Atom feeds, fetch each new article page, code it and store it.

Why it is shaped this way:

* **Polite**: every request has a timeout, goes through a per-host rate limit and asks the host's
  ``robots.txt`` first (:mod:`urllib.robotparser`); feeds and pages are fetched with a conditional
  GET (``If-None-Match`` / ``If-Modified-Since`` from the last ``ETag`` / ``Last-Modified``), so an
  unchanged feed costs a ``304`` and no parsing.
* **Idempotent**: documents go through :meth:`geopol.store.Store.ingest`, keyed by the entry's
  guid (else its link) as a feed file's entries are, so a repeated item is skipped, a changed one
  has its events replaced, and a rerun of the watcher never duplicates anything.
* **Never dies on one failure**: a feed that is down, a page that times out or has no article text
  is logged and retried next round; the other feeds and pages go on.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from geopol.ingest.dates import normalize_date
from geopol.ingest.feeds import _entry_date, _entry_text, is_feed, parse_feed
from geopol.ingest.html import declared_charset, extract_html, html_to_text
from geopol.ingest.text import DecodeError, decode_bytes
from geopol.ingest.validate import max_doc_chars
from geopol.schema import Document

log = logging.getLogger("geopol.watch")
USER_AGENT = "geopol-watch (+https://pypi.org/project/geopol/)"
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)


def parse_interval(text: str) -> float:
    """``15m`` -> 900.0; ``30s``, ``2h``, ``1d``, or bare seconds (``900``)."""
    m = _INTERVAL.match(str(text))
    if not m:
        raise ValueError(f"unreadable interval {text!r} (use e.g. 30s, 15m, 2h)")
    scale = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2).lower()]
    seconds = float(m.group(1)) * scale
    if seconds <= 0:
        raise ValueError(f"interval must be positive, not {text!r}")
    return seconds


class FetchError(Exception):
    """A request that gave no usable body; the message says why (status, timeout, robots.txt)."""


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict[str, str]


@dataclass
class RoundReport:
    """What one polling round did; ``line()`` is the log line."""

    feeds: int = 0
    not_modified: int = 0
    failed_feeds: list[tuple[str, str]] = field(default_factory=list)
    new_items: int = 0
    changed_items: int = 0
    repeated_items: int = 0
    failed_pages: list[tuple[str, str]] = field(default_factory=list)
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        def n(k: int, word: str) -> str:
            return f"{k} {word}{'' if k == 1 else 's'}"

        return (
            f"{n(self.feeds, 'feed')} polled ({self.not_modified} not modified, {len(self.failed_feeds)} failed); "
            f"{n(self.new_items, 'new item')}, {self.changed_items} changed, {self.repeated_items} repeated, "
            f"{n(len(self.failed_pages), 'page')} failed; stored {self.stored} new, {self.updated} replaced, "
            f"{n(self.events, 'event')} in {self.seconds:.1f} s"
        )


class Fetcher:
    """HTTP GETs with a timeout, a per-host pause, robots.txt and conditional requests."""

    def __init__(self, timeout: float = 10.0, host_delay: float = 1.0, user_agent: str = USER_AGENT,
                 client: httpx.Client | None = None) -> None:
        self.timeout, self.host_delay, self.user_agent = timeout, host_delay, user_agent
        self.client = client or httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True,
                                             headers={"User-Agent": user_agent})
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._validators: dict[str, dict[str, str]] = {}
        self._cap = max_doc_chars() * 4

    def close(self) -> None:
        self.client.close()

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.host_delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def _raw(self, url: str, headers: dict[str, str] | None = None) -> Response:
        host = urlsplit(url).netloc
        self._wait(host)
        try:
            with self.client.stream("GET", url, headers=headers or {}) as r:
                body = b""
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self._cap:
                        raise FetchError(f"{url}: larger than {self._cap} bytes")
                return Response(r.status_code, body, {k.lower(): v for k, v in r.headers.items()})
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url}: timed out after {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets our user agent fetch ``url`` (no robots.txt: yes)."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        rp = self._robots.get(key)
        if rp is None:
            rp = urllib.robotparser.RobotFileParser(key + "/robots.txt")
            try:
                r = self._raw(key + "/robots.txt")
                if r.status in (401, 403):
                    rp.disallow_all = True
                elif r.status >= 400:
                    rp.allow_all = True
                else:
                    rp.parse(r.body.decode("utf-8", "replace").splitlines())
            except FetchError as exc:  # unreachable robots.txt: the page request will say so itself
                log.debug("robots.txt: %s", exc)
                rp.allow_all = True
            self._robots[key] = rp
        return rp.can_fetch(self.user_agent, url)

    def get(self, url: str) -> Response | None:
        """The body of ``url``, or ``None`` when it has not changed since the last fetch (304)."""
        if not self.allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        headers = {}
        known = self._validators.get(url, {})
        if "etag" in known:
            headers["If-None-Match"] = known["etag"]
        if "last-modified" in known:
            headers["If-Modified-Since"] = known["last-modified"]
        r = self._raw(url, headers)
        if r.status == 304:
            return None
        if r.status >= 400:
            raise FetchError(f"{url}: HTTP {r.status}")
        self._validators[url] = {k: r.headers[k] for k in ("etag", "last-modified") if k in r.headers}
        return r


def _fingerprint(entry: Any) -> str:
    """What makes an entry "changed": its link, dates, title and body as the feed gives them."""
    parts = [str(dict.get(entry, k) or "") for k in ("link", "updated", "published", "title")]
    parts.append(_entry_text(entry))
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def _page_text(resp: Response, url: str) -> tuple[str, dict[str, Any]]:
    try:
        page = decode_bytes(resp.body, declared_charset(resp.body))
    except DecodeError as exc:
        raise FetchError(f"{url}: {exc.reason}") from exc
    text, meta = extract_html(page, url=url)
    if not text:
        raise FetchError(f"{url}: no article text on the page")
    return text, meta


Coder = Callable[[Iterable[Document]], Iterable[Any]]


class Watcher:
    """Polls ``feeds`` into ``store``; ``lock`` (if given) guards the store against a server's reads."""

    def __init__(self, feeds: Sequence[str], store: Any, coder: Coder | None = None, *,
                 lock: threading.Lock | None = None, fetcher: Fetcher | None = None,
                 fetch_pages: bool = True) -> None:
        self.feeds = list(feeds)
        self.store = store
        self.coder = coder
        self.lock = lock or threading.Lock()
        self.fetcher = fetcher or Fetcher()
        self.fetch_pages = fetch_pages
        self.seen: dict[str, str] = {}  # entry id -> fingerprint of the version stored
        self.rounds = 0
        self.last_round: str | None = None
        self.last_report: RoundReport | None = None

    def _coder(self) -> Coder:
        if self.coder is None:
            from geopol.pipeline import default_coder

            self.coder = default_coder()
        return self.coder

    def _documents(self, url: str, report: RoundReport, known: set[str]) -> list[tuple[Document, str]]:
        resp = self.fetcher.get(url)
        if resp is None:
            report.not_modified += 1
            return []
        parsed = parse_feed(resp.body)
        if not is_feed(parsed):
            raise FetchError(f"{url}: not an RSS or Atom feed")
        outlet = parsed.feed.get("title") or urlsplit(url).netloc
        out = []
        for n, entry in enumerate(parsed.entries, start=1):
            doc_id = str(entry.get("id") or entry.get("link") or f"{url}#{n}")
            mark = _fingerprint(entry)
            if self.seen.get(doc_id) == mark or (doc_id not in self.seen and doc_id in known):
                report.repeated_items += 1
                self.seen.setdefault(doc_id, mark)
                continue
            link = urljoin(url, entry["link"]) if entry.get("link") else None
            text, meta = _entry_text(entry), {}
            if link and urlsplit(link).scheme in ("http", "https") and self.fetch_pages:
                try:
                    page = self.fetcher.get(link)
                    if page is not None:
                        text, meta = _page_text(page, link)
                except FetchError as exc:
                    report.failed_pages.append((link, str(exc)))
                    log.warning("page failed: %s", exc)
                    continue  # not marked seen: retried next round
            if not text.strip():
                report.failed_pages.append((link or doc_id, "no text in the entry or its page"))
                continue
            if doc_id in self.seen:
                report.changed_items += 1
            else:
                report.new_items += 1
            doc = Document(
                id=doc_id, text=text, date=_entry_date(entry) or normalize_date(meta.get("date")),
                title=html_to_text(entry.get("title", "")) or meta.get("title"), url=link or None,
                outlet=outlet, author=entry.get("author") or meta.get("author"), path=url,
            )
            out.append((doc, mark))
        return out

    def round(self) -> RoundReport:
        """Poll every feed once, store what is new or changed, and log one line."""
        start = time.perf_counter()
        report = RoundReport()
        with self.lock:
            known = set(self.store.known_hashes())
        docs: list[tuple[Document, str]] = []
        for url in self.feeds:
            report.feeds += 1
            try:
                docs.extend(self._documents(url, report, known))
            except FetchError as exc:
                report.failed_feeds.append((url, str(exc)))
                log.warning("feed failed: %s", exc)
            except Exception as exc:  # a bug in one feed's handling must not stop the others
                report.failed_feeds.append((url, f"{type(exc).__name__}: {exc}"))
                log.exception("feed failed: %s", url)
        if docs:
            coded = list(self._coder()([d for d, _ in docs]))  # coding outside the lock: readers go on
            with self.lock:
                ing = self.store.ingest((), results=coded)
            report.stored, report.updated, report.unchanged = ing.new, ing.updated, ing.unchanged
            report.events = ing.events
            for doc, mark in docs:
                self.seen[doc.id] = mark
        report.seconds = time.perf_counter() - start
        self.rounds += 1
        self.last_round = time.strftime("%Y-%m-%d %H:%M:%S")
        self.last_report = report
        log.info("round %d: %s", self.rounds, report.line())
        return report

    def run(self, every: float, rounds: int | None = None, stop: threading.Event | None = None,
            on_round: Callable[[RoundReport], None] | None = None) -> None:
        """Poll every ``every`` seconds until ``stop`` is set (or ``rounds`` rounds are done)."""
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set():
            report = self.round()
            if on_round is not None:
                on_round(report)
            done += 1
            if rounds is not None and done >= rounds:
                break
            stop.wait(every)

    def start(self, every: float) -> tuple[threading.Thread, threading.Event]:
        """Run in a daemon thread (``geopol serve --watch``); set the event to stop it."""
        stop = threading.Event()
        thread = threading.Thread(target=self.run, args=(every,), kwargs={"stop": stop}, daemon=True,
                                  name="geopol-watch")
        thread.start()
        return thread, stop
