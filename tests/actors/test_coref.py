"""A later surname resolves to the one earlier full name (geopol.actors.coref), on sentences and
names written for these tests."""

from __future__ import annotations

from spacy.language import Language

from geopol import code_text
from geopol.actors import ActorResolver
from geopol.schema import Actor


def _at(nlp: Language, resolver: ActorResolver, text: str, phrase: str, nth: int = -1,
        date: str | None = None) -> Actor | None:
    """The actor of the ``nth`` occurrence of ``phrase`` in ``text`` (the last by default)."""
    doc = nlp(text)
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    i = starts[nth]
    span = doc.char_span(i, i + len(phrase), alignment_mode="expand")
    assert span is not None
    return resolver.resolve(doc, span.start, span.end, date, resolver.match(doc))


def test_surname_takes_the_earlier_full_mention(nlp, resolver) -> None:
    text = ("Chilean Defence Minister Tomas Varga flew to the border on Friday. "
            "Varga accused Bolivia of moving troops.")
    actor = _at(nlp, resolver, text, "Varga")
    assert actor is not None and actor.code == "CHLMIL" and actor.country == "CHL"
    assert actor.text == "Varga"  # the mention's own text and span, the antecedent's codes
    assert text[actor.span[0]:actor.span[1]] == "Varga"


def test_title_and_surname_and_a_country_after_the_name(nlp, resolver) -> None:
    text = ("Interior Minister Lena Okafor of Nigeria visited the camp. "
            "Later Mrs. Okafor told reporters that the army had done its duty.")
    actor = _at(nlp, resolver, text, "Mrs. Okafor")
    assert actor is not None and actor.country == "NGA" and actor.code.startswith("NGA")


def test_two_full_names_with_the_surname_link_neither(nlp, resolver) -> None:
    text = ("Peruvian Foreign Minister Rosa Quispe and her brother Mario Quispe arrived on Monday. "
            "Quispe denounced Ecuador.")
    actor = _at(nlp, resolver, text, "Quispe")
    assert actor is None or actor.code is None  # which Quispe? no guess


def test_a_surname_before_the_full_name_is_not_linked(nlp, resolver) -> None:
    text = "Quispe denounced Ecuador. Peruvian Foreign Minister Rosa Quispe spoke on Monday."
    actor = _at(nlp, resolver, text, "Quispe", nth=0)
    assert actor is None or actor.code is None


def test_a_known_persons_surname_in_another_full_name(nlp, resolver) -> None:
    # "Mbeki" is the knowledge's Thabo Mbeki; "Tom Mbeki" is someone else, and so is the later "Mbeki".
    text = "Kenyan opposition leader Tom Mbeki spoke in Mombasa. Mbeki urged the United Nations to act."
    full = _at(nlp, resolver, text, "Kenyan opposition leader Tom Mbeki")
    later = _at(nlp, resolver, text, "Mbeki")
    assert full is not None and full.code == "KENOPP" and full.name != "Thabo Mbeki"
    assert later is not None and later.code == "KENOPP"
    assert "ZAF" not in (full.code + later.code)


def test_the_known_person_keeps_his_surname(nlp, resolver) -> None:
    text = "President Thabo Mbeki spoke in Pretoria. Mbeki urged the United Nations to act."
    later = _at(nlp, resolver, text, "Mbeki", date="2004-05-01")
    assert later is not None and later.code == "ZAFGOV"
    alone = _at(nlp, resolver, "President Mbeki urged the United Nations to act.", "President Mbeki",
                date="2004-05-01")
    assert alone is not None and alone.code == "ZAFGOV"


def test_surname_source_gives_the_event() -> None:
    text = ("Chilean Defence Minister Tomas Varga flew to the border on Friday. "
            "Varga accused Bolivia of moving troops.")
    events = code_text(text, date="2016-04-05")
    accuse = [e for e in events if e.plover == "ACCUSE"]
    assert [(e.source.code, e.target.code) for e in accuse] == [("CHLMIL", "BOL")]
    assert not [e for e in events if e.source.code is None and e.trigger.text == "accused"]
