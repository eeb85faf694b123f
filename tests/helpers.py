"""Hand-made events for the tests (no language model needed).

Importable as ``helpers`` from any test: ``pythonpath = ["tests"]`` in pyproject.toml puts this folder on
``sys.path`` (a plain ``tests.helpers`` would not resolve from every test folder nor from the scripts the
store tests run in a subprocess).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from geopol.schema import Actor, Document, Event, TextSpan

# -- events by actor code and CAMEO code --------------------------------------------------------------

#: CAMEO code -> (quad class, Goldstein, PLOVER) for the codes the analysis tests use.
QUAD = {
    "051": (1, 3.4, "CONSULT"),
    "070": (2, 7.0, "AID"),
    "112": (3, -2.0, "ACCUSE"),
    "190": (4, -10.0, "ASSAULT"),
}


def ev(i: int, src: str, tgt: str, cameo: str, date: str = "2016-01-01", modality: str = "asserted") -> Event:
    """An event ``src`` -> ``tgt`` (full actor codes; the country is their first three letters) in document
    ``d{i}``, sentence 0, with the quad class, Goldstein score and PLOVER type of ``cameo`` from :data:`QUAD`."""
    quad, gold, plover = QUAD[cameo]
    return Event(
        doc_id=f"d{i}",
        sentence=0,
        source=Actor(src, (0, 3), code=src, country=src[:3]),
        target=Actor(tgt, (10, 13), code=tgt, country=tgt[:3]),
        cameo=cameo,
        cameo_root=cameo[:2],
        quad_class=quad,
        goldstein=gold,
        plover=plover,
        trigger=TextSpan("x", (4, 5)),
        evidence=TextSpan(f"{src} x {tgt}", (0, 13)),
        date=date,
        modality=modality,
    )


# -- a tiny deterministic coder: "RUS praises CHN." -> one event ----------------------------------------

#: A row of codes for a verb: (CAMEO, CAMEO root, quad class, Goldstein, PLOVER).
Codes = tuple[str, str, int, float, str]

VERBS: dict[str, Codes] = {
    "praises": ("051", "05", 1, 3.4, "CONSULT"),
    "aids": ("070", "07", 2, 7.0, "AID"),
    "accuses": ("112", "11", 3, -2.0, "ACCUSE"),
    "attacks": ("190", "19", 4, -10.0, "ASSAULT"),
}
PATTERN = re.compile(r"\b([A-Z]{3}) (praises|aids|accuses|attacks) ([A-Z]{3})\b")


def matched_event(
    doc: Document,
    m: re.Match[str],
    source: str,
    target: str,
    codes: Codes,
    *,
    sentence: int,
    domain: str,
    evidence: TextSpan | None = None,
) -> Event:
    """The event a stand-in coder reads from a match of ``(source) (verb) (target)`` in ``doc``: the actors and
    the trigger are the match's three groups, coded ``source`` and ``target`` (country: their first three
    letters); the evidence is the whole match unless given."""
    cameo, root, quad, gold, plover = codes
    return Event(
        doc_id=doc.id,
        sentence=sentence,
        source=Actor(m.group(1), m.span(1), code=source, country=source[:3]),
        target=Actor(m.group(3), m.span(3), code=target, country=target[:3]),
        cameo=cameo,
        cameo_root=root,
        quad_class=quad,
        goldstein=gold,
        plover=plover,
        trigger=TextSpan(m.group(2), m.span(2)),
        evidence=evidence or TextSpan(m.group(0), m.span(0)),
        date=doc.date,
        domain=domain,
    )


def code_codes(doc: Document, domains: Mapping[str, str] | None = None) -> list[Event]:
    """Codes ``doc`` whose sentences read "RUS praises CHN." (see :data:`VERBS`): one event per match, the
    source coded as its government (``RUSGOV``); the domain is ``domains[verb]``, else "diplomacy"."""
    out = []
    for m in PATTERN.finditer(doc.text):
        verb = m.group(2)
        out.append(
            matched_event(
                doc,
                m,
                m.group(1) + "GOV",
                m.group(3),
                VERBS[verb],
                sentence=doc.text.count(".", 0, m.start()),
                domain=(domains or {}).get(verb, "diplomacy"),
            )
        )
    return out


# -- the corpus commands with a coder that needs no model -------------------------------------------------


def corpus_app(monkeypatch, coder):
    """The corpus commands on a Typer app of their own, coding with ``coder`` and printing 200 columns wide."""
    import typer
    from rich.console import Console

    from geopol.cli import corpus

    monkeypatch.setattr(corpus, "make_coder", lambda **kw: coder)
    monkeypatch.setattr(corpus, "out", Console(width=200))
    app = typer.Typer()
    corpus.register(app)
    return app


# -- every reading, held or not -----------------------------------------------------------------------

_EVERY_READING: list = []


def code_every_reading(text: str, date: str | None = None, doc_id: str = "doc") -> list[Event]:
    """Code one text with no confidence floor: the extractor's own readings, which its tests check,
    before unsure ones are held (``tests/events/test_readings.py`` tests the floor itself)."""
    from geopol.config import CoderConfig
    from geopol.pipeline import Pipeline

    if not _EVERY_READING:
        _EVERY_READING.append(Pipeline(config=CoderConfig(min_confidence=0.0)))
    return _EVERY_READING[0].code(Document(id=doc_id, text=text, date=date))


# -- what the default coder counts, as (source country, target country, PLOVER) ---------------------------

#: A wildcard in a wanted triple.
ANY = "*"


def asserted_list(text: str, date: str = "2019-05-02") -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, PLOVER type) of each counted, asserted event of ``text``,
    one per event: how many times a count reads a triple."""
    from geopol import code_text  # the language model loads only for the tests that code text

    return [(e.source.country, e.target.country if e.target else None, e.plover)
            for e in code_text(text, date=date) if e.source.code and e.modality == "asserted"]


def asserted_triples(text: str, date: str = "2019-05-02") -> set[tuple[str | None, str | None, str]]:
    """The distinct (source country, target country, PLOVER type) of the counted, asserted events of ``text``."""
    return set(asserted_list(text, date))


def holds(found: set, want: tuple) -> bool:
    """Some found triple matches ``want``, where :data:`ANY` matches anything."""
    return any(all(w == ANY or w == f for w, f in zip(want, got, strict=True)) for got in found)
