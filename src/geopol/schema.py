"""The event schema: the one place where geopol's records are defined.

Every stage reads and writes these types; exporters and the store turn them into rows.
Spans are character offsets ``[start, end)`` into the document text as given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import lru_cache
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

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
    # The trigger entry that produced the event (``triggers.yaml verbs[12] declare 0871``).
    rule: str | None = None

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


# ---------------------------------------------------------------------------------------------
# The flat row: one codec (event <-> columns) for the store, the exporters and the API
# ---------------------------------------------------------------------------------------------

#: Sub-field order of nested records in a flat row; a ``span`` becomes ``_start`` and ``_end``.
_PARTS: dict[type, tuple[str, ...]] = {
    Actor: ("code", "country", "text", "span", "role", "name", "kind"),
    TextSpan: ("text", "span"),
    Location: ("name", "country", "lat", "lon"),
    Amount: ("text", "value", "currency"),
}
#: Leading column order; Event fields not named here follow in their dataclass order, so a new
#: field becomes a column (and a store column) without a line here.
_ORDER: tuple[str, ...] = (
    "event_id", "doc_id", "sentence", "source", "target", "claimed_by", "cameo", "cameo_root",
    "quad_class", "goldstein", "plover", "plover_mode", "trigger", "evidence", "date", "date_precision",
    "date_source", "modality", "location", "amount", "domain", "confidence",
)
_SCALARS = (str, int, float, bool)


def _scalar_type(hint: Any) -> type:
    """``str | None`` -> str, ``Literal["a"]`` -> str, ``list[...]``/``dict`` -> str (JSON text)."""
    origin = get_origin(hint)
    if origin is Literal:
        return type(get_args(hint)[0])
    if origin in (Union, UnionType):
        return _scalar_type(next(a for a in get_args(hint) if a is not type(None)))
    if hint in _SCALARS:
        return hint
    return str


def _record_type(hint: Any) -> type | None:
    if get_origin(hint) in (Union, UnionType):
        hint = next(a for a in get_args(hint) if a is not type(None))
    return hint if hint in _PARTS else None


@lru_cache(maxsize=1)
def _layout() -> tuple[tuple[str, str, Any], ...]:
    """(field, "scalar", type) or (field, "record", ((part, column, type), ...)) per Event field."""
    hints = get_type_hints(Event)
    names = [f.name for f in fields(Event)]
    ordered = [n for n in _ORDER if n in names] + [n for n in names if n not in _ORDER]
    out = []
    for name in ordered:
        record = _record_type(hints[name])
        if record is None:
            out.append((name, "scalar", _scalar_type(hints[name])))
            continue
        sub_hints = get_type_hints(record)
        cols = []
        for part in _PARTS[record]:
            if part == "span":
                cols += [("span", f"{name}_start", int), ("span", f"{name}_end", int)]
            else:
                cols.append((part, f"{name}_{part}", _scalar_type(sub_hints[part])))
        out.append((name, "record", tuple(cols)))
    return tuple(out)


def row_schema() -> tuple[tuple[str, type], ...]:
    """(column, python type) of the flat event row, in order; None is a missing value anywhere."""
    out: list[tuple[str, type]] = []
    for name, kind, spec in _layout():
        if kind == "scalar":
            out.append((name, spec))
        else:
            out += [(col, t) for _, col, t in spec]
    return tuple(out)


def _plain(value: Any) -> Any:
    """A list field (``alternatives``) is one JSON text, None when empty."""
    if isinstance(value, list):
        return json.dumps([asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value],
                          ensure_ascii=False) if value else None
    return value


#: How the items of a list field are read back from their JSON.
_ITEMS: dict[Any, Any] = {"Alternative": lambda x: _alternative(x), "Event": lambda x: Event.from_dict(x)}


def event_to_row(e: Event) -> dict[str, Any]:
    """The event as one flat dict, keys in :func:`row_schema` order, None where a value is absent."""
    row: dict[str, Any] = {}
    for name, kind, spec in _layout():
        value = getattr(e, name)
        if kind == "scalar":
            row[name] = _plain(value)
            continue
        for part, col, _ in spec:
            if value is None:
                row[col] = None
            elif part == "span":
                row[col] = value.span[0] if col.endswith("_start") else value.span[1]
            else:
                row[col] = getattr(value, part)
    return row


def cell_value(v: Any, t: type) -> Any:
    """A row value in its type (the one cell reader of store rows, Parquet and CSV exports); CSV's
    empty strings and pandas/NumPy missing values read as None."""
    if v is None or v == "" or (isinstance(v, float) and v != v) or type(v).__name__ == "NaTType":
        return None
    if t is bool and isinstance(v, str):
        return v.strip().lower() in ("true", "1")
    if t is str and isinstance(v, dt.date):  # a DATE column read back (``date_start``)
        return v.isoformat()[:10]
    if hasattr(v, "item") and not isinstance(v, str):  # numpy scalars
        v = v.item()
    return t(v) if not isinstance(v, t) else v


def event_from_row(row: Mapping[str, Any]) -> Event:
    """Inverse of :func:`event_to_row`; reads typed rows (Parquet, DuckDB) and all-text rows (CSV)."""
    kwargs: dict[str, Any] = {}
    defaults = {f.name: f.default for f in fields(Event) if f.default is not MISSING}
    factories = {f.name for f in fields(Event) if f.default_factory is not MISSING}
    hints = get_type_hints(Event)
    for name, kind, spec in _layout():
        if kind == "scalar":
            v = cell_value(row.get(name), spec)
            if v is not None and get_origin(hints[name]) is list:
                args = get_args(hints[name])
                read = _ITEMS.get(getattr(args[0], "__name__", None) if args else None, lambda x: x)
                v = [read(x) for x in json.loads(v)]
            if v is None and (name in factories or (name in defaults and defaults[name] is not None)):
                continue  # the field's default ("asserted", 0.5, "", [])
            kwargs[name] = v
            continue
        vals = {col: cell_value(row.get(col), t) for _, col, t in spec}
        if all(v is None for v in vals.values()):
            kwargs[name] = None
            continue
        record = _record_type(hints[name])
        sub: dict[str, Any] = {}
        for part, col, _ in spec:
            if part == "span":
                sub["span"] = (vals[f"{name}_start"] or 0, vals[f"{name}_end"] or 0)
            else:
                sub[part] = vals[col]
        for f in fields(record):
            if sub.get(f.name) is None and f.default is MISSING:
                sub[f.name] = _scalar_type(get_type_hints(record)[f.name])()  # "" or 0
        kwargs[name] = record(**sub)  # type: ignore[misc]
    if kwargs.get("source") is None:
        raise ValueError(f"row {kwargs.get('event_id')!r} has no source")
    return Event(**kwargs)
