"""The trigger joining a given pair of actors when the coder's own events do not link them.

Input is a parsed sentence and the character spans of the marked source and target; the trigger
words on the dependency path between the two phrases are looked up in the lexicon. The entry point
that parses marked text and tries the coder's events first is :func:`geopol.pairs.classify`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from geopol.events.extract import Extractor, modifiers


def _head_of(doc: Doc, span: tuple[int, int]) -> Token | None:
    toks = [t for t in doc if t.idx >= span[0] and t.idx + len(t) <= span[1]]
    if not toks:
        toks = [t for t in doc if t.idx < span[1] and span[0] < t.idx + len(t)]
    for t in toks:
        if t.head not in toks or t.head.i == t.i:
            return t
    return toks[0] if toks else None


def path_trigger(doc: Doc, src: tuple[int, int], tgt: tuple[int, int] | None, extractor: Extractor) -> str | None:
    """The trigger on the path joining the two phrases, nearest the point where they meet."""
    lexicon = extractor.lexicon
    s = _head_of(doc, src)
    if s is None:
        return None
    up_s = [s, *s.ancestors]
    path = up_s
    if tgt is not None:
        t = _head_of(doc, tgt)
        if t is not None:
            up_t = [t, *t.ancestors]
            common = next((a for a in up_t if a in up_s), None)
            if common is not None:
                path = [common] + up_t[: up_t.index(common)][::-1] + up_s[: up_s.index(common)][::-1]
    marked = [src, *([tgt] if tgt else [])]
    for tok in [*path, *sorted(doc, key=lambda x: abs(x.i - s.i))]:
        if any(a <= tok.idx < b for a, b in marked):
            continue  # "the coalition fighting Houthi rebels": words describing an actor are not its act
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX"):
            found = extractor.verb_trigger(tok)
            if found is not None and not found[0].code.startswith("01"):
                if found[0].code[:2] in ("02", "10") and (asked := extractor.asks_punishment(tok)) is not None:
                    return asked
                return extractor.construe(found[0].code, tok)[0]
        elif tok.pos_ in ("NOUN", "PROPN"):
            trig = lexicon.select(lemma, "NOUN", modifiers(tok), ())
            if trig is not None and not trig.code.startswith("01"):
                return extractor.construe(trig.code, tok)[0]
    return None
