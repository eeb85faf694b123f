"""Markup residue read as the text meant, with every offset kept (``geopol.residue``)."""

import pytest

from geopol.boilerplate import dateline_places, news_mask
from geopol.pipeline import Pipeline
from geopol.residue import readable
from geopol.schema import Document


def _same_place(text: str, out: str, word: str) -> None:
    assert len(out) == len(text)
    assert out.index(word) == text.index(word)


@pytest.mark.parametrize(("text", "words"), [
    # quotes whose "&" a feed lost, opening and closing, join the words they hold
    ("Quito called the vote  quot;a farce quot; and left.", ['"a', 'farce"', "and"]),
    ("Oslo said it would  &quot;not yield&quot; to the demand.", ['"not', 'yield"', "to"]),
    ("Two  #39;hardline #39; deputies from Riga walked out.", ["'hardline'", "deputies"]),
    # a currency sign stays with its amount; a dash and an ampersand are read as themselves
    ("Kenya pledged  #36;40 million  #151; its largest gift.", ["$40", "\u2014", "its"]),
    ("Ghana (Radio Accra  amp; agencies) reported it.", ["&", "agencies)"]),
    ("Bern &amp; Vienna signed &#8220;the accord&#8221; today.", ["&", "\u201cthe", "accord\u201d"]),
    # a backslash where the feed broke a line, also before a dollar sign and at the start
    ("\\Peru asked for \\$5 million from\\Chile.", ["Peru", "$5", "from", "Chile."]),
])
def test_references_and_marks_read_as_characters(text: str, words: list[str]) -> None:
    out = readable(text)
    assert len(out) == len(text)
    split = out.split()
    for w in words:
        assert w in split, (w, split)
    assert "quot" not in out and "#39" not in out and "\\" not in out


def test_what_is_no_residue_stays_text() -> None:
    for text in ("Turnout was 3 < 4 > 2 in the poll; it was the  first.", "C:\\ drive \\ path",
                 "AT&amp;T sold a unit.", "The <s>Serbs</s> met <t>Croats</t>.", "Quotas were cut; a lot; gtk;",
                 "Team #65; was ranked #12;"):
        assert readable(text) == text


def test_escaped_paragraph_tags_break_lines_and_inline_tags_vanish() -> None:
    text = ("&lt;div&gt;&lt;br/&gt; By Ana Sousa&lt;/div&gt;&lt;p&gt; MAPUTO, Mozambique (Reuters) - "
            "Mozambique's &lt;b&gt;navy&lt;/b&gt; seized a trawler off its coast on Monday.&lt;/p&gt;"
            "&lt;div&gt;Officials in Dar es Salaam said the crew was detained.&lt;/div&gt;")
    out = readable(text)
    _same_place(text, out, "Mozambique's")
    assert "&lt;" not in out and "&gt;" not in out and "<" not in out
    assert out.count("\n") == 7
    assert "\n Officials" not in out and "Monday.\n" in out  # a new paragraph starts after the sentence
    masked = news_mask(text)
    _same_place(text, masked, "seized a trawler")
    assert "Ana Sousa" not in masked and "MAPUTO" not in masked  # byline and dateline blanked
    assert dateline_places(text) == ("Maputo", "Mozambique")


def test_literal_tags_in_plain_text_are_read_too() -> None:
    text = '<p>Chad recalled its envoy.</p><p>Sudan <a href="/x">protested</a> on Friday.<br/></p>'
    out = readable(text)
    assert len(out) == len(text) and "<" not in out
    assert out.split() == ["Chad", "recalled", "its", "envoy.", "Sudan", "protested", "on", "Friday."]


def test_the_coder_reads_the_residue_and_points_into_the_text_as_given() -> None:
    text = ("&lt;p&gt;Chad #39;s army shelled rebel camps on Monday.&lt;/p&gt;&lt;div&gt;Later, the"
            "  quot;Niger #39;s government quot; condemned\\Libya.&lt;/div&gt;")
    events = Pipeline().code(Document(id="r", text=text))
    assert events
    for e in events:
        for span in (e.trigger.span, e.evidence.span):
            assert text[span[0]:span[1]] == (e.trigger if span == e.trigger.span else e.evidence).text
        assert "Chad" not in e.evidence.text or "Niger" not in e.evidence.text  # two sentences, not one
    assert any(e.source.country == "TCD" and e.plover == "ASSAULT" for e in events)
