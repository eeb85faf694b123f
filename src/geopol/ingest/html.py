"""HTML pages -> main article text via trafilatura (menus, footers, comments dropped)."""

from __future__ import annotations

import html as _html
import logging
import re
from collections.abc import Iterator
from typing import Any

from geopol.ingest.dates import normalize_date
from geopol.ingest.source import Item, Source
from geopol.ingest.text import DecodeError, decode_bytes
from geopol.ingest.validate import NO_HTML_TEXT
from geopol.schema import Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "pre", "dd", "dt",
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}  # no guessing from "(c) 2016"
_META_KEYS = ("title", "author", "date", "url", "sitename", "description")
# Page furniture inside the article container: share bars, "Trending on ...", related links,
# newsletter boxes and sidebars. trafilatura drops most menus; these it can keep.
_FURNITURE_WORDS = ("share", "social", "trending", "related", "newsletter", "sidebar", "promo", "popular",
                    "recommend", "read-more", "readmore", "subscribe", "signup", "sign-up", "advert", "outbrain",
                    "taboola")
_PRUNE = ["//aside", "//nav", "//figcaption", *(
    f"//*[contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}') or "
    f"contains(translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}')]"
    for w in _FURNITURE_WORDS)]
_FURNITURE_LINE = re.compile(
    r"^\s*(trending( now| on\b.*)?|most (read|popular|viewed)( on\b.*)?|share( this( article| story)?)?( on \w+)?|"
    r"(read|see) (more|also)\b.*|related( (articles|stories|coverage|content))?|advertisement|"
    r"(sign up|subscribe)( now)?\b.{0,60}|follow us( on \w+)?|(facebook|twitter|x|linkedin|whatsapp|email|print)"
    r"(\s*[|/,]\s*(facebook|twitter|x|linkedin|whatsapp|email|print))*)\s*[:.]?\s*$",
    re.IGNORECASE,
)
# Extracted text shorter than this share of the page's JSON-LD ``articleBody`` is a caption or a
# teaser: the embedded body is the story.
TEASER_SHARE = 0.5
log = logging.getLogger(__name__)


def extract_html(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """Main text and metadata (title, author, ISO date, url, sitename, description) of a page.

    Returns ``("", meta)`` when the page has no article text (truncated, an index page, ...);
    callers turn that into an error. Never raises on bad HTML.
    """
    import trafilatura  # imported here so text/JSONL ingest works without it

    result = None
    for recall in (False, True):  # a second, more generous pass for short or odd pages
        try:
            result = trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=True,
                include_comments=False,
                favor_recall=recall,
                date_extraction_params=_DATE_PARAMS,
                prune_xpath=_PRUNE,
            )
        except Exception as e:  # a parser crash on one page must not stop a batch
            log.debug("trafilatura failed: %s", e)
            result = None
        if result is not None and (getattr(result, "text", None) or "").strip():
            break
    if result is None:
        return "", {}
    meta = {k: getattr(result, k, None) for k in _META_KEYS}
    meta["date"] = normalize_date(meta["date"])
    meta = {k: v for k, v in meta.items() if v}
    text = _without_furniture(getattr(result, "text", None) or "")
    if "articleBody" in html:
        body = _without_furniture(_ld_article_body(html))
        if len(text) < TEASER_SHARE * len(body):
            text = body  # the extracted text was only a caption or a teaser of the story
    return text, meta


def _without_furniture(text: str) -> str:
    """The text without lines that are page furniture ("Trending on ...", "Share this")."""
    return "\n".join(line for line in text.strip().splitlines() if not _FURNITURE_LINE.match(line)).strip()


def _ld_article_body(page: str) -> str:
    """The ``articleBody`` of the page's JSON-LD article, if any (the full story many sites embed)."""
    import json

    best = ""
    for m in _LD_SCRIPT.finditer(page):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                body = node.get("articleBody")
                if isinstance(body, str) and len(body) > len(best):
                    best = body
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return _html.unescape(best).strip()


_LD_SCRIPT = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)


_OPEN_HTML = re.compile(r"<html[\s>]", re.I)
_CLOSE_PAGE = re.compile(r"</(?:html|body)\s*>", re.I)


def truncation(page: str) -> str | None:
    """Why a saved page looks cut short (an interrupted download), or None: it ends inside a tag,
    or it opens ``<html>`` and never closes its body or itself."""
    end = page.rstrip()
    if end.rfind("<") > end.rfind(">"):
        return f"truncated HTML: the page ends inside a tag (at character {len(end)})"
    if _OPEN_HTML.search(page, 0, 4096) and _CLOSE_PAGE.search(page, max(0, len(end) - 65536)) is None:
        return f"truncated HTML: no closing </body> or </html> (the page ends at character {len(end)})"
    return None


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML snippet (feed summaries), keeping paragraph breaks."""
    if "<" not in fragment:
        return _html.unescape(fragment).strip()
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _html.unescape(re.sub(r"<[^>]+>", " ", fragment)).strip()
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def read_html(src: Source) -> Iterator[Item]:
    """One page = one document; the page's own title, author and date fill the metadata."""
    data = src.read_whole()
    if data is None:
        yield src.too_large()
        return
    try:
        page = decode_bytes(data, declared_charset(data))
    except DecodeError as e:
        yield src.error(e.reason, doc_id=src.doc_id)
        return
    if not page.strip():
        yield src.error("empty document", doc_id=src.doc_id)
        return
    cut = truncation(page)
    if cut is not None:
        yield src.error(cut, doc_id=src.doc_id)
        return
    text, meta = extract_html(page)
    if not text:
        yield src.error(NO_HTML_TEXT, doc_id=src.doc_id)
        return
    yield (
        Document(
            id=src.doc_id,
            text=text,
            date=meta.get("date"),
            title=meta.get("title"),
            url=meta.get("url"),
            outlet=meta.get("sitename"),
            author=meta.get("author"),
            path=src.display,
        ),
        None,
    )
