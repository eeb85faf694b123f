"""HTML pages: main text only, metadata, encodings, broken pages."""

from __future__ import annotations

import re
from pathlib import Path

from geopol.ingest import InputError, extract_html, html_to_text, read_documents
from geopol.schema import Document

from .samples import ARTICLE_HTML, ENGLISH, ENGLISH_2


def test_extract_html_keeps_article_drops_boilerplate() -> None:
    text, meta = extract_html(ARTICLE_HTML)
    assert ENGLISH in text and ENGLISH_2 in text
    assert "Subscribe" not in text and "Copyright" not in text and "Home" not in text
    assert meta["title"] == "Russia and China sign gas deal"
    assert meta["author"] == "Jane Doe"
    assert meta["date"] == "2016-04-05"


def test_html_file_to_document(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(ARTICLE_HTML, encoding="utf-8")
    [doc] = list(read_documents([p]))
    assert isinstance(doc, Document)
    assert doc.id == "page"
    assert doc.date == "2016-04-05"
    assert doc.title == "Russia and China sign gas deal"
    assert doc.author == "Jane Doe"
    assert ENGLISH in doc.text


def test_page_date_beats_default_date(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text(ARTICLE_HTML, encoding="utf-8")
    [doc] = list(read_documents([tmp_path], date="2020-01-01"))
    assert doc.date == "2016-04-05"


def test_no_date_guessed_from_copyright_line(tmp_path: Path) -> None:
    page = re.sub(r'<meta property="article:published_time"[^>]*>', "", ARTICLE_HTML)
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [doc] = list(read_documents([tmp_path]))
    assert doc.date is None


def test_truncated_html_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "cut.html"
    p.write_text('<!DOCTYPE html><html><head><title>News</title></head><body><div class="', encoding="utf-8")
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError)
    assert str(err) == f"{p}: truncated HTML: the page ends inside a tag (at character 71)"


def test_empty_html_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("  \n", encoding="utf-8")
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError) and err.reason == "empty document"


def test_html_not_utf8_without_declaration(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    data = ARTICLE_HTML.replace('<meta charset="utf-8">', "").encode("utf-8")
    data = data.replace(b"Beijing", b"P\xe9kin")
    p.write_bytes(data)
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError)
    offset = data.index(b"\xe9")
    assert err.reason == f"not UTF-8 text (byte 0xe9 at offset {offset})"


def test_html_with_declared_charset_is_decoded(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Beijing", "Pékin")
    p = tmp_path / "latin.html"
    p.write_bytes(page.encode("latin-1"))
    [doc] = list(read_documents([p]))
    assert isinstance(doc, Document)
    assert "Pékin" in doc.text


def test_html_to_text_strips_tags_keeps_paragraphs() -> None:
    assert html_to_text("<p>One &amp; two.</p><p>Three <b>four</b>.</p><script>x()</script>") == (
        "One & two.\nThree four."
    )
    assert html_to_text("plain &lt;text&gt;") == "plain <text>"


_STORY = ("Chile and Peru signed a fisheries accord in Lima on Tuesday, ending a dispute over "
          "anchovy quotas that had strained relations for two years. ")
_FURNISHED = f"""<html><head><title>Accord signed</title></head><body>
<article><h1>Accord signed</h1>
<div class="share-bar"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
<p>{_STORY}</p><p>{_STORY.replace("Tuesday", "Wednesday")}</p>
<p>Trending on Newswire</p>
<aside><p>Bolivia threatened to expel the ambassador of Ecuador over the border row.</p></aside>
<div id="related-stories"><p>Argentina accused Uruguay of polluting the river again.</p></div>
</article></body></html>"""


def test_page_furniture_is_not_text() -> None:
    text, _ = extract_html(_FURNISHED)
    assert "fisheries accord" in text
    for furniture in ("Trending on", "Facebook", "Bolivia", "Argentina"):
        assert furniture not in text


def test_json_ld_body_replaces_a_caption_only_extraction() -> None:
    body = _STORY * 8
    caption = ("Ministers from both countries pose for photographers after the signing ceremony at the "
               "foreign ministry in Lima, in a picture released by the government press office.")
    page = f"""<html><head><title>Accord</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Accord", "articleBody": "{body.strip()}"}}</script></head>
<body><article><p>{caption}</p><p>{caption} Photo: pool.</p></article></body></html>"""
    text, _ = extract_html(page)
    assert "anchovy quotas" in text and len(text) >= len(body.strip())


def test_a_full_extraction_is_kept_over_json_ld() -> None:
    page = _FURNISHED.replace("<head>", '<head><script type="application/ld+json">'
                              '{"@type": "NewsArticle", "articleBody": "Short teaser."}</script>')
    text, _ = extract_html(page)
    assert "fisheries accord" in text and "Short teaser" not in text
