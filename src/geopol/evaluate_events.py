"""Scoring against exhaustively coded documents (the shared ``events_dev.jsonl`` format).

Every political event of each document is in the gold, so this measures both precision (events
invented or repeated) and recall. The rules are those of the shared ``EVENTS.md`` and its
``score.py events``, so the figures agree: the system events scored are those whose source is
coded (the events that enter counts); each side is reduced to ``(source key, target key, PLOVER
type)``, a key being the actor's country, else its IGO or group key; matching is one to one per
document, so a repeated reading of one act is a false positive; precision, recall and F1 are over
asserted events. An event's ``alternatives`` are not scored: they never count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# (CAMEO code prefix, key) as EVENTS.md keys IGOs; the longest prefix wins.
IGO_KEYS: tuple[tuple[str, str], ...] = (
    ("IGOUNO", "UN"), ("IGOWSTNAT", "NATO"), ("IGOEUREEC", "EU"), ("IGOEURBUSECB", "ECB"),
    ("IGOEURCOE", "COE"), ("IGOEURSCE", "OSCE"), ("IGOSEAASN", "ASEAN"), ("IGOASASCO", "SCO"),
    ("IGOBRI", "BRICS"), ("IGOCASCIS", "CIS"), ("IGOCASEEU", "EAEU"), ("IGOCASCST", "CSTO"),
    ("IGOAFRAFU", "AU"), ("IGOAFROAU", "AU"), ("IGOWAFWAS", "ECOWAS"), ("IGOSAFDEVSAD", "SADC"),
    ("IGOEAFDEVIAD", "IGAD"), ("IGOMEAARL", "ARAB_LEAGUE"), ("IGOPGSGCC", "GCC"), ("IGOMOSOIC", "OIC"),
    ("IGOOAS", "OAS"), ("IGOCWN", "COMMONWEALTH"), ("IGONON", "NAM"), ("IGOCOPITP", "INTERPOL"),
    ("IGOBUSIMF", "IMF"), ("IGOBUSWTO", "WTO"), ("IGOBUSOPC", "OPEC"), ("IGOBUSGOS", "G7"),
    ("IGOBUSGOE", "G8"), ("IGOBUSGTW", "G20"), ("IGOJUDICC", "ICC"), ("IGOPKO", "PKO"),
    ("NGOHLHIRC", "ICRC"), ("NGOHLHCRC", "ICRC"), ("IGOOPCW", "OPCW"), ("IGOUNOOPCW", "OPCW"),
)
# Transnational groups with no home country, matched by code or name.
GROUP_KEYS: dict[str, tuple[str, ...]] = {
    "ISIS": ("IMGMOSISI", "islamic state", "isis", "isil", "daesh", "is"),
    "AL_QAEDA": ("IMGMOSALQ", "al qaeda", "al qaida", "alqaeda", "aqap", "aqim"),
    "AMNESTY": ("NGOHRIAMN", "amnesty international", "amnesty"),
    "HRW": ("NGOHRIHRW", "human rights watch", "hrw"),
}
# The PLV data's labels: PLOVER's CONCEDE and RETREAT are YIELD.
FOLD = {"CONCEDE": "YIELD", "RETREAT": "YIELD", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE",
        "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2, "YIELD": 2, "REQUEST": 3,
        "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4,
        "ASSAULT": 4}
LEVELS = (("type", True), ("type", False), ("quad", True), ("dyad", True))

Tuple = tuple[Any, Any, Any]


def fold(label: Any) -> str | None:
    if not label:
        return None
    label = str(label).strip().upper()
    return FOLD.get(label, label)


def _norm_name(name: Any) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(name or "").lower().replace("-", " ")).split())


def _group_key(code: str | None, name: Any) -> str:
    n = _norm_name(name)
    for key, names in GROUP_KEYS.items():
        if code and code.upper() in names or n in names:
            return "GRP:" + key
    return "GRP:" + (n.upper().replace(" ", "_") if n else str(code))


def system_key(actor: dict | None) -> str | None:
    """A system actor's key: its country, else its IGO or group key; None when it is uncoded."""
    if not isinstance(actor, dict) or not actor.get("code"):
        return None
    code = str(actor["code"]).upper()
    igo = max((k for k in IGO_KEYS if code.startswith(k[0])), key=lambda k: len(k[0]), default=None)
    if igo:
        return "IGO:" + igo[1]
    if code.startswith("IGO"):
        return "IGO:" + code
    if actor.get("country"):
        return str(actor["country"]).upper()
    return _group_key(code, actor.get("name") or actor.get("text"))


def gold_key(actor: dict | None) -> str | None:
    if not isinstance(actor, dict):
        return None
    if actor.get("igo"):
        return "IGO:" + str(actor["igo"]).upper()
    if actor.get("country"):
        return str(actor["country"]).upper()
    if actor.get("group"):
        return _group_key(None, actor["group"].replace("_", " "))
    return None


def read_jsonl(path: str | Path, what: str, make: Callable[[Any], T], limit: int | None = None) -> list[T]:
    """Each non-blank line of a JSON Lines file, parsed and passed through ``make``; a line that does
    not parse or that ``make`` rejects raises one ValueError naming the file, the line and ``what``."""
    out: list[T] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(make(json.loads(line)))
            except (KeyError, TypeError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
                raise ValueError(f"{path}:{n}: not {what} ({exc})") from exc
            if limit and len(out) >= limit:
                break
    return out


def _gold_record(d: Any) -> dict:
    if not isinstance(d, dict) or "id" not in d or not isinstance(d.get("text"), str):
        raise ValueError("needs an id and a text")
    if not isinstance(d.get("events", []), list):
        raise ValueError("events must be a list")
    return d


def load_gold(path: str | Path, limit: int | None = None) -> list[dict]:
    """The gold documents: ``{"id", "text", "date", "events": [{source, target, plover, modality}]}``."""
    return read_jsonl(path, "an events gold record", _gold_record, limit)


def _tuples(events: Sequence[dict], key, level: str, asserted_only: bool) -> list[tuple[Tuple, dict]]:
    out = []
    for e in events:
        src = key(e.get("source"))
        if src is None:
            continue
        if asserted_only and (e.get("modality") or "asserted") != "asserted":
            continue
        label: Any = fold(e.get("plover"))
        if level == "quad":
            label = QUAD.get(label or "")
        elif level == "dyad":
            label = None
        out.append(((src, key(e.get("target")), label), e))
    return out


def _match(system: list, gold: list) -> tuple[int, list, list]:
    """One-to-one matching of equal tuples: (true positives, false positives, misses)."""
    pool: dict[Tuple, list[dict]] = {}
    for t, e in gold:
        pool.setdefault(t, []).append(e)
    tp, fp = 0, []
    for t, e in system:
        if pool.get(t):
            pool[t].pop()
            tp += 1
        else:
            fp.append((t, e))
    return tp, fp, [(t, e) for t, es in pool.items() for e in es]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score(docs: Sequence[dict], events_by_doc: dict[str, list[dict]]) -> tuple[dict, dict, list[dict]]:
    """Metrics, per-type figures and the error rows (every false positive and miss)."""
    totals: dict[tuple[str, bool], tuple[int, int, int]] = {}
    per_type: dict[Any, list[int]] = {}
    errors: list[dict] = []
    for level, asserted in LEVELS:
        tp = fp = fn = 0
        for d in docs:
            system = _tuples(events_by_doc.get(str(d["id"]), []), system_key, level, asserted)
            gold = _tuples(d.get("events", []), gold_key, level, asserted)
            a, b, c = _match(system, gold)
            tp, fp, fn = tp + a, fp + len(b), fn + len(c)
            if (level, asserted) != ("type", True):
                continue
            for t, _ in system:
                per_type.setdefault(t[2], [0, 0, 0])[1] += 1
            for t, _ in gold:
                per_type.setdefault(t[2], [0, 0, 0])[2] += 1
            left: dict[Tuple, int] = {}
            for t, _ in gold:
                left[t] = left.get(t, 0) + 1
            for t, _ in system:
                if left.get(t):
                    left[t] -= 1
                    per_type[t[2]][0] += 1
            for t, e in b:
                errors.append({"doc": d["id"], "kind": "false_positive", "event": list(t),
                               "trigger": (e.get("trigger") or {}).get("text"), "confidence": e.get("confidence"),
                               "evidence": (e.get("evidence") or {}).get("text")})
            for t, e in c:
                errors.append({"doc": d["id"], "kind": "missed", "event": list(t), "trigger": e.get("trigger")})
        totals[(level, asserted)] = (tp, fp, fn)
    p, r, f = _prf(*totals[("type", True)])
    n = len(docs) or 1
    gold_n = sum(len(d.get("events", [])) for d in docs)
    system_n = sum(1 for d in docs for e in events_by_doc.get(str(d["id"]), []) if system_key(e.get("source")))
    metrics = {
        "docs": len(docs), "gold_events": gold_n, "system_events": system_n,
        "precision": p, "recall": r, "f1": f,
        "f1_any_modality": _prf(*totals[("type", False)])[2],
        "quad_f1": _prf(*totals[("quad", True)])[2],
        "dyad_f1": _prf(*totals[("dyad", True)])[2],
        "gold_events_per_doc": round(gold_n / n, 3), "system_events_per_doc": round(system_n / n, 3),
    }
    per = {}
    for label, (tp, s, g) in sorted(per_type.items(), key=lambda kv: str(kv[0])):
        tp_p, tp_r, tp_f = _prf(tp, s - tp, g - tp)
        per[str(label)] = {"precision": tp_p, "recall": tp_r, "f1": tp_f, "support": g, "gold": g, "system": s}
    return metrics, per, errors
