"""RSS and Atom feeds: each entry becomes a document from its content or summary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from geopol.ingest.dates import normalize_date
from geopol.ingest.html import html_to_text
from geopol.ingest.source import Item, Source
from geopol.schema import Document


def parse_feed(data: bytes) -> Any:
    """Parse with feedparser; bytes, never a path or URL, which feedparser would try to fetch."""
    import feedparser

    return feedparser.parse(data)


def is_feed(parsed: Any) -> bool:
    """Whether feedparser recognised RSS/Atom (any ``.xml`` file may reach here)."""
    return bool(parsed.get("version") or parsed.entries)


def _entry_text(entry: Any) -> str:
    """The fullest body an entry offers: ``content`` beats ``summary``; HTML is stripped."""
    bodies = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    body = max(bodies, key=len) if bodies else entry.get("summary", "") or ""
    return html_to_text(body)


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        date = normalize_date(entry.get(key))
        if date:
            return date
    for key in ("published_parsed", "updated_parsed"):
        date = normalize_date(entry.get(key))
        if date:
            return date
    return None


def read_feed(src: Source) -> Iterator[Item]:
    """Entries in feed order; ids are the entry guid, else its link, else ``feed.xml:N``."""
    data = src.read_whole()
    if data is None:
        yield src.too_large()
        return
    parsed = parse_feed(data)
    if not is_feed(parsed):
        exc = parsed.get("bozo_exception")
        yield src.error(f"not an RSS or Atom feed ({exc})" if exc else "not an RSS or Atom feed")
        return
    if not parsed.entries:
        exc = parsed.get("bozo_exception")
        yield src.error(f"feed has no entries ({exc})" if exc else "feed has no entries")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, start=1):
        doc_id = entry.get("id") or entry.get("link") or src.id_at(n)
        yield (
            Document(
                id=str(doc_id),
                text=_entry_text(entry),
                date=_entry_date(entry),
                title=html_to_text(entry.get("title", "")) or None,
                url=entry.get("link") or None,
                outlet=outlet,
                author=entry.get("author") or None,
                path=src.display,
            ),
            n,
        )
