"""Sentence starts at paragraph breaks and at new lines after finished sentences (geopol.breaks)."""

from geopol import code_text
from geopol import nlp as geonlp


def _sentences(text):
    return [s.text.strip() for s in geonlp.load()(text).sents]


def test_paragraphs_never_merge_into_one_sentence():
    text = ("Ministers ended the talks with Canada\n\nBrazil condemned the plan on Monday.\n\n"
            "Argentina recalled its envoy")
    sents = _sentences(text)
    assert not [s for s in sents if "Canada" in s and "Brazil" in s]
    assert not [s for s in sents if "Monday" in s and "Argentina" in s]


def test_a_wrapped_line_stays_in_its_sentence():
    sents = _sentences("The army moved its tanks\ninto the city on Monday.")
    assert sents == ["The army moved its tanks\ninto the city on Monday."]


def test_no_event_joins_actors_across_a_paragraph_break():
    events = code_text("Peru signed a trade deal with Chile\n\nBolivia criticised the move.", date="2019-05-02")
    assert not [e for e in events if {e.source.code, e.target.code if e.target else None} >= {"CHL", "BOL"}]
    assert [e for e in events if e.source.code == "BOL"]
