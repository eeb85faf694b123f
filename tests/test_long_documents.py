"""Documents longer than the parser's limit are coded in pieces, spans still into the whole text."""

from geopol import code_documents, code_text, nlp
from geopol.ingest import MAX_DOC_CHARS

PUB = "2016-04-05"
FIRST = "Turkey condemned Syria on Monday."
SECOND = "Japan accused China of violating its airspace."


def test_pieces_partition_the_text_at_boundaries():
    para = "Turkey condemned Syria. Japan praised India.\n\n"
    text = para * 300
    spans = nlp.pieces(text, limit=1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(spans, spans[1:], strict=False))
    assert all(b - a <= 1000 for a, b in spans)
    assert all(text[b - 2:b] == "\n\n" for _, b in spans[:-1])  # cut after a paragraph


def test_pieces_without_paragraphs_cut_after_a_sentence():
    text = "Turkey condemned Syria. " * 200
    spans = nlp.pieces(text, limit=500)
    assert all(text[b - 2:b] == ". " for _, b in spans[:-1])


def test_document_over_a_million_characters_is_coded():
    # Mostly blank, so the parser has little to do; over spaCy's 1 M limit all the same.
    gap = "\n\n" + " " * 1_200_000 + "\n\n"
    text = FIRST + gap + SECOND
    assert nlp.load().max_length < len(text) < MAX_DOC_CHARS
    events = code_text(text, date=PUB)
    late = [e for e in events if e.source.code == "JPN" and e.target and e.target.code == "CHN"]
    early = [e for e in events if e.source.code == "TUR" and e.target and e.target.code == "SYR"]
    assert early and late
    for e in events:
        for part in (e.source, e.target, e.trigger, e.evidence):
            if part is not None:
                a, b = part.span
                assert text[a:b] == part.text
    assert late[0].evidence.span[0] == len(FIRST) + len(gap)
    assert late[0].sentence > early[0].sentence
    assert len({e.event_id for e in events}) == len(events)


def test_pieces_code_like_the_whole(monkeypatch):
    """Cut into small pieces, a story gives the same events at the same places as in one piece."""
    story = "\n\n".join([FIRST, SECOND, "Russia signed an energy deal with China in Beijing.",
                         "The European Commission opened an inquiry into subsidies paid by Hungary.",
                         "Rebels declared a ceasefire in Idlib.", "Iran threatened Israel with retaliation."] * 6)
    whole = code_text(story, date=PUB)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 300)
    assert len(nlp.pieces(story, 300)) > 3
    cut = code_text(story, date=PUB)
    def key(e):
        alternatives = tuple((a.source.span, a.target.span if a.target else None) for a in e.alternatives)
        return e.source.span, e.target.span if e.target else None, e.trigger.span, e.cameo, alternatives

    assert any(e.alternatives for e in whole)
    assert sorted(map(key, cut)) == sorted(map(key, whole))
    for e in cut:
        for a in e.alternatives:
            for actor in (a.source, a.target):
                if actor is not None:
                    assert story[slice(*actor.span)] == actor.text
    sentences = {e.evidence.span: e.sentence for e in whole}
    assert {e.evidence.span: e.sentence for e in cut} == sentences


def test_long_document_in_a_batch_keeps_the_others(monkeypatch):
    monkeypatch.setattr(nlp, "PIECE_CHARS", 200)
    long = " ".join([FIRST, SECOND] * 20)
    results = list(code_documents([{"id": "a", "text": FIRST}, {"id": "long", "text": long},
                                   {"id": "b", "text": SECOND}]))
    assert [r.doc.id for r in results] == ["a", "long", "b"]
    assert all(r.error is None and r.events for r in results)
    assert len([e for e in results[1].events if e.source.code == "JPN"]) == 20


def test_code_documents_reports_each_bad_item_and_codes_the_rest():
    items = [{"id": "big", "text": "Turkey condemned Syria. " * 250_000},  # 6 M characters
             {"id": "s1", "text": "Russia \ud800 condemned Ukraine."},
             {"id": "none"}, {"id": "num", "text": 7}, {"id": "d", "text": FIRST, "date": "2014-13-45"},
             {"id": "good", "text": FIRST}, 42]
    results = list(code_documents(items))
    assert len(results) == len(items)
    errors = {(r.error.doc_id or r.error.path): r.error.reason for r in results if r.error is not None}
    assert "too large" in errors["big"]
    assert "lone surrogate U+D800 at character 7" in errors["s1"]
    assert errors["none"] == "no text" and "string" in errors["num"] and "date" in errors["d"]
    assert "item 6" in errors
    good = [r for r in results if r.error is None]
    assert [r.doc.id for r in good] == ["good"] and good[0].events
