"""phrases.same_actor: one mention or one named actor twice, never two actors that share a code."""

from geopol.events.phrases import same_actor
from geopol.schema import Actor


def _actor(text, start, code, name=None):
    return Actor(text=text, span=(start, start + len(text)), code=code, country=code[:3], role=code[3:] or None,
                 name=name)


def test_one_mention_and_one_named_actor_are_the_same():
    putin = _actor("Putin", 0, "RUSGOV", "Vladimir Putin")
    assert same_actor(putin, putin)
    assert same_actor(putin, _actor("the Russian leader Putin", 40, "RUSGOV", "Vladimir Putin"))


def test_actors_that_only_share_a_code_are_two():
    army = _actor("the Iraqi army", 0, "IRQMIL")
    assert not same_actor(army, _actor("Peshmerga fighters", 30, "IRQMIL", "Peshmerga"))
    assert not same_actor(_actor("the court", 0, "PAKJUD"), _actor("a magistrate", 20, "PAKJUD"))
    assert not same_actor(_actor("Russia", 0, "RUS", "Russia"), _actor("Putin", 20, "RUSGOV", "Vladimir Putin"))


def test_an_answer_that_searched_nothing_serves_the_plain_question_too():
    # Asked with search first, a phrase that names its actor answers the plain question (search=False)
    # from memory; one whose answer came from an inner argument ("the Iranian presence") does not.
    from geopol.events.context import DocContext, Salience
    from geopol.pipeline import default_pipeline

    pipe = default_pipeline()
    doc = pipe.nlp("Greek police stayed at home. The Iranian presence in the gulf worried Oman.")
    police, presence = (next(t for t in doc if t.text == w) for w in ("police", "presence"))

    def fresh() -> DocContext:
        return DocContext(doc, None, pipe.resolver.match(doc), Salience())

    for tok in (police, presence):
        ctx = fresh()
        searched = pipe.extractor.actors_at(tok, ctx)
        assert pipe.extractor.actors_at(tok, ctx, search=False) == pipe.extractor.actors_at(tok, fresh(), search=False)
        assert searched == pipe.extractor.actors_at(tok, fresh())
    ctx = fresh()
    assert pipe.extractor.actors_at(presence, ctx) and not pipe.extractor.actors_at(presence, ctx, search=False)
    greek = pipe.extractor.actors_at(police, ctx)
    assert greek and ctx.actors[(police.i, False, 0)] == greek
