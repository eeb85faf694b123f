"""The memos of the document being coded give spaCy's own answers, for each document anew."""

from spacy.util import filter_spans

from geopol import nlp as geonlp
from geopol.events.tree import children_of, sentence_of
from geopol.parsed import doc_ents, doc_text, ents_in, longest_first, per_document, span_text, token_tags, tokens_at

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


def test_entities_tokens_and_tags_are_spacys() -> None:
    for doc in _docs():
        assert doc_ents(doc) == doc.ents
        pos, dep, ent = token_tags(doc)
        assert [(t.pos_, t.dep_, t.ent_type_) for t in doc] == list(zip(pos, dep, ent, strict=True))
        for start in range(len(doc)):
            for end in range(start, len(doc) + 1):
                assert ents_in(doc, start, end) == list(doc[start:end].ents)
        for sent in doc.sents:
            for a in range(sent.start_char, sent.end_char + 1, 3):
                for b in range(a, sent.end_char + 2, 5):
                    assert tokens_at(doc, a, b, sent.start, sent.end) == [t for t in sent if a <= t.idx < b]


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
