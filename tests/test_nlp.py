"""The model as geopol loads it: its changes to spaCy's pipeline keep spaCy's answers."""

from __future__ import annotations

import spacy

from geopol import nlp
from geopol.config import DEFAULT_MODEL
from geopol.pipeline import sample_document


def test_lemma_index_is_a_set_per_part_of_speech():
    table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table.get("noun") and all(isinstance(words, frozenset) for words in table.values())


def test_lemmas_are_the_stock_models_on_the_sample():
    text = sample_document().text
    ours = nlp.load()
    stock = spacy.load(DEFAULT_MODEL)
    assert isinstance(stock.get_pipe("lemmatizer").lookups.get_table("lemma_index").get("noun"), list)
    # Word by word on text with the same tokens: geopol's tokenizer rule splits "U.S.-led" only.
    words = [w for w in text.split() if "-" not in w]
    plain = " ".join(words)
    assert [t.lemma_ for t in ours(plain)] == [t.lemma_ for t in stock(plain)]
