"""`geopol classify`: the relation between a given pair of actors, for annotators and pair-given coders.

Input is a sentence with the source marked ``<s>..</s>`` and the target ``<t>..</t>``. The
coder's own events decide when one links the pair; otherwise the trigger on the dependency path
between the two marked phrases does (:func:`geopol.events.classify.path_trigger`).
"""

from __future__ import annotations

from dataclasses import dataclass

from geopol.evaluate import GoldItem, parse_marked, plv_answer
from geopol.events.classify import path_trigger
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
    code = path_trigger(parsed, src[0], tgt[0] if tgt else None, pipeline.extractor)
    if code is None:
        return PairLabel(None, None, None, 0.0)
    info = cameo_info(code)
    return PairLabel(info.plover, info.code, info.quad_class, 0.3)
