"""RSS and Atom feeds: one document per entry."""

from __future__ import annotations

from pathlib import Path

from geopol.ingest import InputError, read_documents
from geopol.schema import Document

from .samples import ENGLISH, ENGLISH_2

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>http://example.org/</link><description>News</description>
<item>
  <title>Russia and China sign gas deal</title>
  <link>http://example.org/a</link>
  <guid>http://example.org/a</guid>
  <pubDate>Tue, 05 Apr 2016 23:30:00 -0500</pubDate>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>{ENGLISH}</p><p><a href="/x">Read more</a></p>]]></content:encoded>
</item>
<item>
  <title>Talks in Geneva</title>
  <link>http://example.org/b</link>
  <pubDate>Mon, 11 Apr 2016 09:00:00 GMT</pubDate>
  <description>&lt;p&gt;{ENGLISH_2}&lt;/p&gt;</description>
</item>
<item><title>Photo of the day</title><link>http://example.org/c</link><description></description></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title><id>urn:example:feed</id><updated>2016-04-06T00:00:00Z</updated>
  <entry>
    <title>Russia and China sign gas deal</title>
    <id>urn:example:1</id>
    <link href="http://example.org/atom/1"/>
    <published>2016-04-05T10:00:00+02:00</published>
    <updated>2016-04-07T10:00:00Z</updated>
    <author><name>Jane Doe</name></author>
    <content type="html">&lt;p&gt;{ENGLISH}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Talks</title>
    <id>urn:example:2</id>
    <updated>2016-04-11</updated>
    <summary>{ENGLISH_2}</summary>
  </entry>
</feed>
"""


def test_rss_entries_become_documents(tmp_path: Path) -> None:
    p = tmp_path / "wire.rss"
    p.write_text(RSS, encoding="utf-8")
    a, b, c = list(read_documents([p]))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.id, a.url, a.title, a.outlet) == (
        "http://example.org/a", "http://example.org/a", "Russia and China sign gas deal", "Example Wire"
    )
    assert a.date == "2016-04-05"  # local publication date, not shifted to UTC
    assert a.text.startswith(ENGLISH) and "<p>" not in a.text
    assert (b.text, b.date, b.id) == (ENGLISH_2, "2016-04-11", "http://example.org/b")
    assert isinstance(c, InputError) and c.reason == "empty document" and c.line == 3


def test_atom_entries(tmp_path: Path) -> None:
    p = tmp_path / "feed.atom"
    p.write_text(ATOM, encoding="utf-8")
    a, b = list(read_documents([p]))
    assert (a.id, a.url, a.date, a.author, a.text) == (
        "urn:example:1", "http://example.org/atom/1", "2016-04-05", "Jane Doe", ENGLISH
    )
    assert (b.id, b.date, b.text, b.outlet) == ("urn:example:2", "2016-04-11", ENGLISH_2, "Example Atom")


def test_xml_that_is_a_feed(tmp_path: Path) -> None:
    p = tmp_path / "feed.xml"
    p.write_text(ATOM, encoding="utf-8")
    assert [d.id for d in read_documents([p])] == ["urn:example:1", "urn:example:2"]


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    p = tmp_path / "config.xml"
    p.write_text('<?xml version="1.0"?><config><option name="a">1</option></config>', encoding="utf-8")
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError) and err.reason.startswith("not an RSS or Atom feed")


def test_entry_without_id_or_link(tmp_path: Path) -> None:
    p = tmp_path / "bare.rss"
    p.write_text(
        f'<rss version="2.0"><channel><title>T</title><item><description>{ENGLISH}</description></item>'
        "</channel></rss>",
        encoding="utf-8",
    )
    [doc] = list(read_documents([p]))
    assert isinstance(doc, Document) and doc.id == "bare.rss:1"
