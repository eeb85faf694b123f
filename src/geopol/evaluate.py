"""Scoring the coder against gold data: PLV marked pairs, PLOVER GSR records, exhaustively coded
documents (``events``, in :mod:`geopol.evaluate_events`), geopol's own format.

The PLV and GSR metrics follow the rules of the shared evaluation README (and its score.py),
so figures printed by `geopol evaluate` agree with it; per-type precision, recall and F1 and
a confusion matrix are added for error analysis.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geopol import evaluate_events
from geopol.events.ontology import PLOVER_QUAD, fold_plover

csv.field_size_limit(2**31 - 1)

# The PLV data's 15 labels: PLOVER's CONCEDE and RETREAT count as YIELD.
PLV_FOLD = {"CONCEDE": "YIELD", "RETREAT": "YIELD", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE",
            "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
PLV_QUAD = {**{k: v for k, v in PLOVER_QUAD.items()}, "YIELD": 2}
MARK = re.compile(r"<(/?)([st])>")


def plv_label(label: str | None) -> str | None:
    if not label:
        return None
    label = str(label).strip().upper()
    return PLV_FOLD.get(label, PLV_FOLD.get(fold_plover(label), fold_plover(label)))


@dataclass(slots=True)
class GoldItem:
    """One gold unit: a text, the marked actors (spans or codes) and the expected label(s)."""

    id: str
    text: str
    label: str | None
    quad: int | None = None
    src_spans: list[tuple[int, int]] = field(default_factory=list)
    tgt_spans: list[tuple[int, int]] = field(default_factory=list)
    src_codes: set[str] = field(default_factory=set)
    tgt_codes: set[str] = field(default_factory=set)
    date: str | None = None
    expected: list[dict] = field(default_factory=list)  # geopol format: the document's events


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Plain text and the spans of <s>..</s> and <t>..</t>."""
    plain, spans, open_at, pos, last = [], {"s": [], "t": []}, {}, 0, 0
    for m in MARK.finditer(marked):
        chunk = marked[last:m.start()]
        plain.append(chunk)
        pos += len(chunk)
        last = m.end()
        closing, tag = m.group(1) == "/", m.group(2)
        if closing and tag in open_at:
            spans[tag].append((open_at.pop(tag), pos))
        elif not closing:
            open_at[tag] = pos
    plain.append(marked[last:])
    return "".join(plain), spans["s"], spans["t"]


# ---------------------------------------------------------------------- loaders
def load_plv(path: str | Path, limit: int | None = None) -> list[GoldItem]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh, delimiter="\t")):
            text, s, t = parse_marked(row["marked_sentence"])
            if not s:
                continue
            items.append(GoldItem(f"plv-{i}", text, plv_label(row["gold_root"]), int(row["gold_penta"]), s, t))
            if limit and len(items) >= limit:
                break
    return items


def _codes(field_value: Any) -> set[str]:
    if not isinstance(field_value, list):
        return set()
    return {str(a.get("code", "")).upper()[:3] for a in field_value if isinstance(a, dict) and a.get("code")}


def load_gsr(path: str | Path, limit: int | None = None) -> list[GoldItem]:
    items = []
    for r in json.loads(Path(path).read_text(encoding="utf-8")):
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        label = plv_label(r["event"])
        items.append(GoldItem(r["id"], r["text"], label, PLV_QUAD.get(label or ""), src_codes=_codes(r.get("source")),
                              tgt_codes=_codes(r.get("target"))))
        if limit and len(items) >= limit:
            break
    return items


def load_geopol(path: str | Path, limit: int | None = None) -> list[GoldItem]:
    """geopol's gold format: one JSON document a line with its expected events.

    ``{"id": "d1", "text": "...", "date": "2016-04-05", "events": [{"source": [0, 6], "target": [20, 25],
    "plover": "ASSAULT", "modality": "asserted"}]}`` — spans are ``[start, end)`` into ``text``;
    ``target`` may be null; ``cameo`` and ``modality`` are optional and scored when given.
    """
    return evaluate_events.read_jsonl(path, "a geopol gold record", lambda d: GoldItem(
        str(d["id"]), d["text"], None, date=d.get("date"), expected=list(d["events"])), limit)


def load_events(path: str | Path, limit: int | None = None) -> list[GoldItem]:
    """Exhaustively coded documents (the shared ``events_dev.jsonl`` format; see evaluate_events)."""
    return [GoldItem(str(d["id"]), d["text"], None, date=d.get("date"), expected=list(d.get("events", [])))
            for d in evaluate_events.load_gold(path, limit)]


LOADERS: dict[str, Callable[..., list[GoldItem]]] = {"plv": load_plv, "gsr": load_gsr, "geopol": load_geopol,
                                                     "events": load_events}


# ---------------------------------------------------------------------- matching
def _span(actor: Any) -> tuple[int, int] | None:
    if isinstance(actor, dict):
        sp = actor.get("span")
    elif actor is not None:
        sp = getattr(actor, "span", None)
    else:
        sp = None
    if isinstance(sp, (list, tuple)) and len(sp) == 2:
        return int(sp[0]), int(sp[1])
    return None


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _country(actor: Any) -> str:
    if actor is None:
        return ""
    if isinstance(actor, dict):
        return str(actor.get("country") or actor.get("code") or "").upper()[:3]
    return str(actor.country or actor.code or "").upper()[:3]


def _get(e: Any, key: str) -> Any:
    return e.get(key) if isinstance(e, dict) else getattr(e, key, None)


def _quad(e: Any) -> int | None:
    q = _get(e, "quad_class")
    if isinstance(q, int):
        return q
    return PLV_QUAD.get(plv_label(_get(e, "plover")) or "")


def with_alternatives(events: Sequence[Any]) -> list[Any]:
    """Each event, then one copy per entry of its ``alternatives`` (other readings of the same
    act), as score.py pairs them: pair scoring sees every reading the coder offers."""
    out = []
    for e in events:
        out.append(e)
        for alt in _get(e, "alternatives") or []:
            if isinstance(e, dict):
                out.append({**e, "source": alt.get("source", e.get("source")), "target": alt.get("target"),
                            "confidence": alt.get("confidence", 0.0), "alternatives": []})
            else:
                out.append(dataclasses.replace(e, source=alt.source, target=alt.target,
                                               confidence=alt.confidence, alternatives=[]))
    return out


def plv_answer(item: GoldItem, events: Sequence[Any]) -> Any | None:
    """The system's answer for a marked pair: the most confident reading linking the two spans
    (an event's alternatives are readings too)."""
    cands = [e for e in with_alternatives(events)
             if any(_overlaps(_span(_get(e, "source")), s) for s in item.src_spans)
             and (not item.tgt_spans or any(_overlaps(_span(_get(e, "target")), t) for t in item.tgt_spans))]
    if not cands:
        return None
    return max(cands, key=lambda e: float(_get(e, "confidence") or 0.0))


# ---------------------------------------------------------------------- report
@dataclass
class Report:
    mode: str
    metrics: dict[str, Any]
    per_type: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    errors: list[dict]
    seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"mode": self.mode, **self.metrics, "per_type": self.per_type, "confusion": self.confusion,
                "seconds": self.seconds}


def _prf(pairs: Iterable[tuple[str | None, str | None]]) -> tuple[dict, dict]:
    """Per-type precision/recall/F1 and confusion from (gold, predicted) labels; None = no answer."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    for gold, pred in pairs:
        confusion[gold or "-"][pred or "-"] += 1
        if gold == pred and gold is not None:
            tp[gold] += 1
            continue
        if gold is not None:
            fn[gold] += 1
        if pred is not None:
            fp[pred] += 1
    per = {}
    for label in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[label] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                      "support": tp[label] + fn[label]}
    return per, {g: dict(c) for g, c in sorted(confusion.items())}


def score_plv(items: Sequence[GoldItem], events_by_doc: dict[str, list]) -> Report:
    found = type_ok = quad_ok = 0
    pairs, errors = [], []
    for item in items:
        answer = plv_answer(item, events_by_doc.get(item.id, []))
        pred = plv_label(_get(answer, "plover")) if answer is not None else None
        pairs.append((item.label, pred))
        if answer is not None:
            found += 1
            type_ok += pred == item.label
            quad_ok += _quad(answer) == item.quad
        if pred != item.label:
            errors.append({"id": item.id, "text": item.text, "gold": item.label, "gold_quad": item.quad,
                           "source": [item.text[a:b] for a, b in item.src_spans],
                           "target": [item.text[a:b] for a, b in item.tgt_spans],
                           "system": _brief(answer), "found_pair": answer is not None})
    n = len(items) or 1
    per, confusion = _prf(pairs)
    metrics = {"rows": len(items), "events": sum(len(v) for v in events_by_doc.values()),
               "pair_recall": round(found / n, 4), "type_accuracy": round(type_ok / n, 4),
               "quad_accuracy": round(quad_ok / n, 4),
               "type_accuracy_when_found": round(type_ok / found, 4) if found else 0.0}
    return Report("plv", metrics, per, confusion, errors)


def score_gsr(items: Sequence[GoldItem], events_by_doc: dict[str, list]) -> Report:
    any_event = type_ok = src_ok = dyad_ok = 0
    pairs, errors = [], []
    for item in items:
        evs = events_by_doc.get(item.id, [])
        any_event += bool(evs)
        typed = [e for e in evs if plv_label(_get(e, "plover")) == item.label]
        type_ok += bool(typed)
        src = [e for e in typed if _country(_get(e, "source")) in item.src_codes]
        src_ok += bool(item.src_codes and src)
        dyad_ok += bool(item.src_codes and any(not item.tgt_codes or _country(_get(e, "target")) in item.tgt_codes
                                               for e in src))
        best = typed[0] if typed else (max(evs, key=lambda e: float(_get(e, "confidence") or 0)) if evs else None)
        pairs.append((item.label, plv_label(_get(best, "plover")) if best is not None else None))
        if not typed:
            errors.append({"id": item.id, "text": item.text, "gold": item.label, "gold_source": sorted(item.src_codes),
                           "gold_target": sorted(item.tgt_codes), "system": [_brief(e) for e in evs]})
    n = len(items) or 1
    per, confusion = _prf(pairs)
    metrics = {"rows": len(items), "events": sum(len(v) for v in events_by_doc.values()),
               "docs_with_event": round(any_event / n, 4), "type_found": round(type_ok / n, 4),
               "type_and_source": round(src_ok / n, 4), "type_and_dyad": round(dyad_ok / n, 4)}
    return Report("gsr", metrics, per, confusion, errors)


def score_geopol(items: Sequence[GoldItem], events_by_doc: dict[str, list]) -> Report:
    """Event-level precision and recall: a gold event is found by a system event whose source and
    target spans overlap it with the same PLOVER type (and modality, when the gold gives one)."""
    tp = fn = 0
    pairs, errors = [], []
    system_total = sum(len(events_by_doc.get(i.id, [])) for i in items)
    matched_system: set[tuple[str, int]] = set()
    for item in items:
        evs = events_by_doc.get(item.id, [])
        for g in item.expected:
            gs, gt = tuple(g["source"]), tuple(g["target"]) if g.get("target") else None
            label = plv_label(g.get("plover"))
            linked = [(k, e) for k, e in enumerate(evs) if _overlaps(_span(_get(e, "source")), gs)
                      and (gt is None or _overlaps(_span(_get(e, "target")), gt))]
            good = [(k, e) for k, e in linked if plv_label(_get(e, "plover")) == label
                    and (not g.get("modality") or _get(e, "modality") == g["modality"])]
            if good:
                tp += 1
                matched_system.add((item.id, good[0][0]))
                pairs.append((label, label))
            else:
                fn += 1
                best = max((e for _, e in linked), key=lambda e: float(_get(e, "confidence") or 0), default=None)
                pairs.append((label, plv_label(_get(best, "plover")) if best is not None else None))
                errors.append({"id": item.id, "gold": g, "source": item.text[gs[0]:gs[1]],
                               "system": _brief(best)})
    fp = system_total - len(matched_system)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    per, confusion = _prf(pairs)
    metrics = {"documents": len(items), "gold_events": tp + fn, "system_events": system_total,
               "precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    return Report("geopol", metrics, per, confusion, errors)


def score_events(items: Sequence[GoldItem], events_by_doc: dict[str, list]) -> Report:
    """Precision, recall and F1 over every event of exhaustively coded documents, as score.py
    events computes them; the errors are every false positive and miss."""
    docs = [{"id": i.id, "events": i.expected} for i in items]
    as_dicts = {k: [e if isinstance(e, dict) else e.to_dict() for e in v] for k, v in events_by_doc.items()}
    metrics, per, errors = evaluate_events.score(docs, as_dicts)
    return Report("events", metrics, per, {}, errors)


SCORERS = {"plv": score_plv, "gsr": score_gsr, "geopol": score_geopol, "events": score_events}


def _brief(e: Any) -> dict | None:
    if e is None:
        return None
    src, tgt = _get(e, "source"), _get(e, "target")
    trig = _get(e, "trigger")
    return {"plover": _get(e, "plover"), "cameo": _get(e, "cameo"), "confidence": _get(e, "confidence"),
            "source": _get(src, "text") if not isinstance(src, dict) else src.get("text"),
            "target": (tgt.get("text") if isinstance(tgt, dict) else _get(tgt, "text")) if tgt else None,
            "trigger": (trig.get("text") if isinstance(trig, dict) else _get(trig, "text")) if trig else None,
            "modality": _get(e, "modality")}


def evaluate(gold: str | Path, fmt: str, limit: int | None = None, pipeline: Any = None) -> Report:
    """Code the gold texts with geopol and score them."""
    from geopol.pipeline import default_pipeline
    from geopol.schema import Document

    items = LOADERS[fmt](gold, limit)
    pipeline = pipeline or default_pipeline()
    t0 = time.perf_counter()
    events_by_doc: dict[str, list] = {}
    docs = (Document(id=i.id, text=i.text, date=i.date) for i in items)
    for result in pipeline.code_many(docs):
        if result.doc is not None:
            events_by_doc[result.doc.id] = result.events
    secs = time.perf_counter() - t0
    report = SCORERS[fmt](items, events_by_doc)
    report.seconds = round(secs, 2)
    report.metrics["docs_per_s"] = round(len(items) / secs, 1) if secs else None
    return report
