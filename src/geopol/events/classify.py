"""The relation between a given pair of actors: for annotators and pair-given coders.

Input is a sentence with the source marked ``<s>..</s>`` and the target ``<t>..</t>``. The
coder's own events decide when one links the pair; otherwise the trigger words on the
dependency path between the two marked phrases are looked up in the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from geopol.evaluate import GoldItem, parse_marked, plv_answer
from geopol.events.extract import ACCUSATION_CODE, code_in_context, modifiers
from geopol.events.ontology import cameo as cameo_info
from geopol.pipeline import Pipeline
from geopol.schema import Document


@dataclass(slots=True)
class PairLabel:
    plover: str | None
    cameo: str | None
    quad_class: int | None
    confidence: float

    def to_dict(self) -> dict:
        return {"plover": self.plover, "cameo": self.cameo, "quad_class": self.quad_class,
                "confidence": self.confidence}


def classify(marked: str, pipeline: Pipeline, date: str | None = None) -> PairLabel:
    text, src, tgt = parse_marked(marked)
    if not src:
        raise ValueError("no <s>source</s> marked in the text")
    parsed = pipeline.nlp(text)
    events = pipeline.events_from(Document(id="pair", text=text, date=date), parsed)
    answer = plv_answer(GoldItem("pair", text, None, src_spans=src, tgt_spans=tgt), events)
    if answer is not None:
        return PairLabel(answer.plover, answer.cameo, answer.quad_class, answer.confidence)
    code = _path_trigger(parsed, src[0], tgt[0] if tgt else None, pipeline)
    if code is None:
        return PairLabel(None, None, None, 0.0)
    info = cameo_info(code)
    return PairLabel(info.plover, info.code, info.quad_class, 0.3)


def _head_of(doc: Doc, span: tuple[int, int]) -> Token | None:
    toks = [t for t in doc if t.idx >= span[0] and t.idx + len(t) <= span[1]]
    if not toks:
        toks = [t for t in doc if t.idx < span[1] and span[0] < t.idx + len(t)]
    for t in toks:
        if t.head not in toks or t.head.i == t.i:
            return t
    return toks[0] if toks else None


def _path_trigger(doc: Doc, src: tuple[int, int], tgt: tuple[int, int] | None, pipeline: Pipeline) -> str | None:
    """The trigger on the path joining the two phrases, nearest the point where they meet."""
    lexicon = pipeline.lexicon
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
            found = pipeline.extractor.verb_trigger(tok)
            if found is not None and not found[0].code.startswith("01"):
                if found[0].code[:2] in ("02", "10") and pipeline.extractor.asks_punishment(tok):
                    return ACCUSATION_CODE
                return code_in_context(found[0].code, tok)[0]
        elif tok.pos_ in ("NOUN", "PROPN"):
            trig = lexicon.select(lemma, "NOUN", modifiers(tok), ())
            if trig is not None and not trig.code.startswith("01"):
                return code_in_context(trig.code, tok)[0]
    return None
