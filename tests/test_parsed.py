"""The memos of the document being coded give spaCy's own answers, for each document anew."""

from spacy.util import filter_spans

from geopol import nlp as geonlp
from geopol.events.tree import children_of, sentence_of
from geopol.parsed import doc_text, longest_first, per_document, span_text

TEXTS = [
    "The Kenyan foreign minister met envoys from Uganda and Tanzania in Nairobi on Monday. "
    "He said talks on the border dispute would resume next week, officials said.",
    "Protesters marched on the parliament in Lima. Police fired tear gas at the crowd!",
]


def _docs():
    model = geonlp.load()
    return [model(t) for t in TEXTS]


def test_children_and_sentences_are_spacys_for_every_token_of_each_document() -> None:
    for doc in _docs():
        for tok in doc:
            assert children_of(tok) == tuple(tok.children)
            assert sentence_of(tok) == tok.sent
        assert children_of(doc[0]) == tuple(doc[0].children)  # asked again: the same answer


def test_texts_are_slices_of_the_document_text() -> None:
    for doc in _docs():
        assert doc_text(doc) == doc.text
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 6) + 1):
                assert span_text(doc, start, end) == doc[start:end].text


def test_a_memo_is_per_document() -> None:
    calls = []

    @per_document
    def lemma(tok):
        calls.append(tok.i)
        return tok.lemma_

    first, second = _docs()
    assert lemma(first[1]) == first[1].lemma_ and lemma(first[1]) == first[1].lemma_
    assert lemma(second[1]) == second[1].lemma_  # another document: read anew
    assert calls == [1, 1]


def test_longest_first_is_filter_spans_over_triples() -> None:
    doc = _docs()[0]
    triples = [(1, 1, 3), (2, 2, 4), (3, 1, 4), (4, 8, 9), (5, 7, 9), (6, 12, 13)]
    expected = [(s.start, s.end) for s in filter_spans([doc[s:e] for _, s, e in triples])]
    kept = longest_first(triples)
    assert [(s, e) for _, s, e in kept] == expected
    assert kept == [(3, 1, 4), (5, 7, 9), (6, 12, 13)]
