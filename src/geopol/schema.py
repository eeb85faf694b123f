"""The event schema: the one place where geopol's records are defined.

Every stage reads and writes these types; exporters and the store turn them into rows.
Spans are character offsets ``[start, end)`` into the document text as given.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from geopol.dates import bounds as date_bounds

Kind = Literal["state", "person", "organization", "igo", "group"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "question"]
DatePrecision = Literal["year", "month", "day"]
DateSource = Literal["text", "publication", "inferred"]

MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "question")
KINDS: tuple[str, ...] = ("state", "person", "organization", "igo", "group")
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
DOMAINS: tuple[str, ...] = (
    "diplomacy", "military", "arms", "energy", "trade", "finance", "infrastructure",
    "sanctions", "territory", "humanitarian", "legal", "nuclear", "politics", "security",
)

Span = tuple[int, int]


def cameo_quad(code: str) -> int:
    """GDELT's QuadClass, from the CAMEO root alone: 01-05=1, 06-08=2, 09-13=3, 14-20=4."""
    root = int(str(code)[:2])
    if not 1 <= root <= 20:
        raise KeyError(f"not a CAMEO event root: {code!r}")
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(slots=True)
class Document:
    """One text to code. ``date`` is the publication date (ISO) when known."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    path: str | None = None


@dataclass(slots=True)
class Actor:
    """A resolved actor mention. ``code`` is the full CAMEO actor code (``RUSGOV``)."""

    text: str
    span: Span
    code: str | None = None
    country: str | None = None
    role: str | None = None
    name: str | None = None
    kind: Kind | None = None


@dataclass(slots=True)
class TextSpan:
    text: str
    span: Span


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Amount:
    text: str
    value: float
    currency: str | None = None


@dataclass(slots=True)
class Alternative:
    """Another reading of the same act (a party deeper in the clause, the place it happens in):
    kept on the event for pair-based scoring and review, never counted."""

    source: Actor
    target: Actor | None
    confidence: float


@dataclass(slots=True)
class Event:
    """A coded event with the evidence behind it. Field names are the JSONL contract."""

    doc_id: str
    sentence: int
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: str
    trigger: TextSpan
    evidence: TextSpan
    plover_mode: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_source: DateSource | None = None
    modality: Modality = "asserted"
    claimed_by: Actor | None = None
    location: Location | None = None
    amount: Amount | None = None
    domain: str | None = None
    confidence: float = 0.5
    alternatives: list[Alternative] = field(default_factory=list)
    event_id: str = field(default="")
    # Research fields (issue 13), kept last so positional readers of the fields above are unchanged.
    quad_class_cameo: int | None = None
    date_start: str | None = None
    date_end: str | None = None
    killed: int | None = None
    injured: int | None = None

    def __post_init__(self) -> None:
        if not self.event_id:
            self.event_id = self.stable_id()
        if self.quad_class_cameo is None and self.cameo_root:
            self.quad_class_cameo = cameo_quad(self.cameo_root)
        if self.date and self.date_start is None:
            self.date_start, self.date_end = date_bounds(self.date)

    def stable_id(self) -> str:
        """Same document, spans and code give the same id, run after run."""
        key = "|".join(
            str(x)
            for x in (
                self.doc_id,
                self.sentence,
                self.source.span,
                self.source.code,
                self.target.span if self.target else None,
                self.target.code if self.target else None,
                self.trigger.span,
                self.cameo,
            )
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        # event_id first: it is the key a reader looks for.
        return {"event_id": d.pop("event_id"), **d}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        actor = _actor

        def text_span(x: dict) -> TextSpan:
            return TextSpan(x["text"], tuple(x["span"]))

        known = cls.__dataclass_fields__  # readers may add columns (document metadata): ignore them
        d = {k: v for k, v in d.items() if k in known}
        return cls(
            **{
                **d,
                "alternatives": [_alternative(x) for x in d.get("alternatives") or []],
                "source": actor(d["source"]),
                "target": actor(d.get("target")),
                "claimed_by": actor(d.get("claimed_by")),
                "trigger": text_span(d["trigger"]),
                "evidence": text_span(d["evidence"]),
                "location": Location(**d["location"]) if d.get("location") else None,
                "amount": Amount(**d["amount"]) if d.get("amount") else None,
            }
        )


def _actor(x: dict | None) -> Actor | None:
    return None if x is None else Actor(**{**x, "span": tuple(x["span"])})


def _alternative(x: dict) -> Alternative:
    source = _actor(x["source"])
    if source is None:
        raise ValueError("an alternative reading needs a source")
    return Alternative(source, _actor(x.get("target")), float(x.get("confidence", 0.0)))


def alternatives_to_json(alternatives: list[Alternative]) -> str | None:
    """The alternatives as one JSON text (a flat row's ``alternatives`` column); None when there are none."""
    return json.dumps([asdict(a) for a in alternatives], ensure_ascii=False) if alternatives else None


def alternatives_from_json(text: str | None) -> list[Alternative]:
    """Inverse of :func:`alternatives_to_json`."""
    return [_alternative(x) for x in json.loads(text)] if text else []
