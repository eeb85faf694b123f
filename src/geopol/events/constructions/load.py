"""Loading and validating construction files: a mistake fails at load time with the file, the
entry and the problem named, as for the trigger lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from geopol.events.constructions.model import (
    CODE,
    MAPPINGS,
    CodeTest,
    Construction,
    ConstructionError,
    ConstructionSet,
    Effect,
    Example,
    Recode,
    Role,
)
from geopol.events.ontology import cameo, trait_names
from geopol.events.words import WORDS

#: The relation operators of spaCy's DependencyMatcher (3.5+).
REL_OPS = frozenset({"<", ">", "<<", ">>", ".", ".*", ";", ";*", "$+", "$-", "$++", "$--",
                     ">+", ">-", ">++", ">--", "<+", "<-", "<++", "<--"})
#: Token attributes a node may test (spaCy's token pattern keys).
TOKEN_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "MORPH", "SHAPE",
                         "ENT_TYPE", "ENT_IOB", "ENT_ID", "LENGTH", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER",
                         "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_SENT_START", "LIKE_NUM"})
PREDICATES = frozenset({"IN", "NOT_IN", "REGEX", "==", "!=", ">=", "<=", ">", "<", "IS_SUBSET", "IS_SUPERSET",
                        "INTERSECTS"})
ROLES = frozenset({"subject", "passive_subject", "self", "speaker"})
MODALITIES = frozenset({"asserted", "negated", "hypothetical", "future", "question"})
_ENTRY_KEYS = frozenset({"id", "why", "pattern", "patterns", "unless", "anchor", "effect", "examples", "note"})
_EFFECT_KEYS = frozenset({"drop", "recode", "modality", "source", "target", "emit", "when"})
_NODE_KEYS = frozenset({"RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"})
_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_PLOVER = re.compile(r"^[A-Z]+$")


def _fail(where: str, problem: str) -> ConstructionError:
    return ConstructionError(f"{where}: {problem}")


def _expand(value: Any, words: Mapping[str, tuple[str, ...]], where: str) -> Any:
    """``$name`` in an IN/NOT_IN list -> the words of the class."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        raise _fail(where, f"IN/NOT_IN takes a list or a $word_class, not {value!r}")
    out: list[Any] = []
    for item in items:
        if isinstance(item, str) and item.startswith("$"):
            if item[1:] not in words:
                raise _fail(where, f"unknown word class {item!r} (not in the file's words: nor in data/words.yaml)")
            out.extend(words[item[1:]])
        else:
            out.append(item)
    return out


def _node(raw: Any, first: bool, names: set[str], words: Mapping[str, tuple[str, ...]], where: str) -> dict:
    if not isinstance(raw, Mapping):
        raise _fail(where, f"a pattern node must be a mapping, not {type(raw).__name__}")
    unknown = sorted(set(raw) - _NODE_KEYS)
    if unknown:
        raise _fail(where, f"unknown node key {unknown[0]!r} (allowed: {', '.join(sorted(_NODE_KEYS))})")
    name = raw.get("RIGHT_ID")
    if not isinstance(name, str) or not name:
        raise _fail(where, "a node needs a RIGHT_ID")
    if name in names:
        raise _fail(where, f"node {name!r} is named twice")
    if not first:
        if raw.get("LEFT_ID") not in names:
            raise _fail(where, f"node {name!r}: LEFT_ID {raw.get('LEFT_ID')!r} is not a node named before it")
        if raw.get("REL_OP") not in REL_OPS:
            ops = " ".join(sorted(REL_OPS))
            raise _fail(where, f"node {name!r}: bad REL_OP {raw.get('REL_OP')!r} (use one of {ops})")
    elif "LEFT_ID" in raw or "REL_OP" in raw:
        raise _fail(where, f"node {name!r}: the first node of a pattern has no LEFT_ID or REL_OP")
    attrs = raw.get("RIGHT_ATTRS") or {}
    if not isinstance(attrs, Mapping):
        raise _fail(where, f"node {name!r}: RIGHT_ATTRS must be a mapping")
    out_attrs: dict[str, Any] = {}
    for attr, value in attrs.items():
        if attr not in TOKEN_ATTRS:
            raise _fail(where, f"node {name!r}: unknown token attribute {attr!r}")
        if isinstance(value, Mapping):
            bad = sorted(set(value) - PREDICATES)
            if bad:
                raise _fail(where, f"node {name!r}: {attr}: unknown predicate {bad[0]!r}")
            value = {k: _expand(v, words, f"{where}: node {name!r}: {attr}") if k in ("IN", "NOT_IN") else v
                     for k, v in value.items()}
        elif isinstance(value, str) and value.startswith("$"):
            raise _fail(where, f"node {name!r}: {attr}: write a word class as {{IN: {value}}}")
        out_attrs[attr] = value
    names.add(name)
    node = {k: v for k, v in raw.items() if k != "RIGHT_ATTRS"}
    node["RIGHT_ATTRS"] = out_attrs
    return node


def _pattern(raw: Any, words: Mapping[str, tuple[str, ...]], where: str,
             names: set[str] | None = None) -> tuple[dict, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(where, "a pattern must be a non-empty list of nodes")
    extending = names is not None
    names = set() if names is None else names
    return tuple(_node(n, i == 0 and not extending, names, words, where) for i, n in enumerate(raw))


def _code(value: Any, where: str, what: str) -> str:
    if not isinstance(value, str) or not CODE.match(value):
        raise _fail(where, f"{what} {value!r} must be a quoted CAMEO code such as \"172\"")
    try:
        cameo(value)
    except KeyError:
        raise _fail(where, f"{what} {value!r} is not a CAMEO code") from None
    return value


def _code_test(raw: Any, where: str, what: str) -> CodeTest:
    if not isinstance(raw, Mapping) or not raw or set(raw) - {"roots", "not_roots", "trait", "node", "pos"}:
        raise _fail(where, f"{what} takes roots, not_roots or trait")
    trait = raw.get("trait")
    if trait is not None and trait not in trait_names():
        raise _fail(where, f"{what}: unknown CAMEO trait {trait!r} (cameo.tsv has {', '.join(trait_names())})")

    def roots(key: str) -> frozenset[str]:
        values = raw.get(key) or []
        if not isinstance(values, list) or not all(isinstance(r, str) and len(r) == 2 for r in values):
            raise _fail(where, f"{what}: {key} must be a list of quoted two-digit roots")
        return frozenset(_code(r, where, key) for r in values)

    return CodeTest(roots("roots"), roots("not_roots"), trait)


def _pos(value: Any, where: str) -> str | None:
    if value not in (None, "VERB", "NOUN"):
        raise _fail(where, f"pos {value!r} must be VERB or NOUN")
    return value


def _role(raw: Any, nodes: set[str], where: str, what: str) -> Role:
    if not isinstance(raw, Mapping) or set(raw) - {"node", "role", "coded"} or raw.get("role") not in ROLES:
        raise _fail(where, f"{what} must be {{node: NODE, role: {'|'.join(sorted(ROLES))}}}")
    if raw.get("node") not in nodes:
        raise _fail(where, f"{what}: {raw.get('node')!r} is not a node of every pattern")
    return Role(raw["node"], raw["role"], bool(raw.get("coded", False)))


def _recode(raw: Any, nodes: set[str], where: str) -> Recode:
    if isinstance(raw, str):
        return Recode(code=_code(raw, where, "recode"))
    if not isinstance(raw, Mapping):
        raise _fail(where, f"recode must be a quoted CAMEO code or a mapping, not {raw!r}")
    if "code_of" in raw and set(raw) <= {"code_of", "pos"}:
        if raw["code_of"] not in nodes:
            raise _fail(where, f"recode: code_of {raw['code_of']!r} is not a node of every pattern")
        return Recode(node=raw["code_of"], pos=_pos(raw.get("pos"), where))
    mapping = [k for k in raw if k in MAPPINGS]
    if len(mapping) != 1 or set(raw) - {mapping[0], "else"} or raw[mapping[0]] != "trigger":
        raise _fail(where, "recode must be a code, {code_of: NODE} or "
                    "{demand_of|refusal_of|threat_of: trigger, else: CODE}")
    fallback = _code(raw["else"], where, "recode else") if "else" in raw else None
    return Recode(mapping=mapping[0], fallback=fallback)


def _effect(raw: Any, nodes: set[str], where: str) -> Effect:
    if not isinstance(raw, Mapping) or not raw:
        raise _fail(where, "effect must be a mapping (drop, recode, modality, source, target, emit, when)")
    unknown = sorted(set(raw) - _EFFECT_KEYS)
    if unknown:
        raise _fail(where, f"unknown effect {unknown[0]!r} (allowed: {', '.join(sorted(_EFFECT_KEYS))})")
    for flag in ("drop", "emit"):
        if flag in raw and not isinstance(raw[flag], bool):
            raise _fail(where, f"{flag} must be true or false")
    modality = raw.get("modality")
    if modality is not None and modality not in MODALITIES:
        raise _fail(where, f"unknown modality {modality!r} (use {', '.join(sorted(MODALITIES))})")
    when = raw.get("when") or {}
    if not isinstance(when, Mapping) or set(when) - {"trigger", "code_of", "modality"}:
        raise _fail(where, "when takes trigger, code_of and modality")
    code_of = when.get("code_of")
    tests: tuple[tuple[str, str | None, CodeTest], ...] = ()
    if code_of is not None:
        if not isinstance(code_of, Mapping) or code_of.get("node") not in nodes:
            raise _fail(where, f"when: code_of needs a node of every pattern, not {code_of!r}")
        tests = ((code_of["node"], _pos(code_of.get("pos"), where), _code_test(code_of, where, "when: code_of")),)
    when_modality = when.get("modality") or []
    if not isinstance(when_modality, list) or set(when_modality) - MODALITIES:
        raise _fail(where, f"when: modality must be a list of {', '.join(sorted(MODALITIES))}")
    effect = Effect(
        drop=raw.get("drop", False),
        recode=_recode(raw["recode"], nodes, where) if "recode" in raw else None,
        modality=modality,
        source=_role(raw["source"], nodes, where, "source") if "source" in raw else None,
        target=_role(raw["target"], nodes, where, "target") if "target" in raw else None,
        emit=raw.get("emit", False),
        when_trigger=_code_test(when["trigger"], where, "when: trigger") if "trigger" in when else None,
        when_code_of=tests,
        when_modality=frozenset(when_modality),
    )
    if effect.drop and len(raw) > 1 + ("when" in raw):
        raise _fail(where, "drop takes no other effect")
    if effect.emit and (effect.recode is None or effect.source is None or effect.target is None):
        raise _fail(where, "emit needs recode, source and target")
    if not effect.emit and effect.source is not None:
        raise _fail(where, "source is only for emit (a trigger's own source is the extractor's)")
    if not (effect.drop or effect.recode or effect.modality or effect.target):
        raise _fail(where, "the effect changes nothing")
    return effect


def _triple(raw: Any, where: str) -> tuple[str | None, str | None, str]:
    if not isinstance(raw, list) or len(raw) != 3 or not isinstance(raw[2], str):
        raise _fail(where, f"expected [SOURCE, TARGET, CODE], got {raw!r}")
    src, tgt, code = raw
    if CODE.match(code):
        _code(code, where, "example code")
    elif code != "*" and not _PLOVER.match(code):
        raise _fail(where, f"example code {code!r} is neither a CAMEO code nor a PLOVER type")
    for actor in (src, tgt):
        if actor is not None and not isinstance(actor, str):
            raise _fail(where, f"example actor {actor!r} must be a code, '*' or null")
    return src, tgt, code


def _examples(raw: Any, where: str) -> tuple[Example, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(where, "examples must be a non-empty list (they are the entry's tests)")
    out = []
    for i, ex in enumerate(raw):
        at = f"{where}: examples[{i}]"
        if not isinstance(ex, Mapping) or set(ex) - {"text", "must", "must_not"} or not isinstance(ex.get("text"), str):
            raise _fail(at, "an example is {text: ..., must: [...], must_not: [...]}")
        if not ex.get("must") and not ex.get("must_not"):
            raise _fail(at, "an example needs must or must_not")
        out.append(Example(ex["text"], tuple(_triple(t, at) for t in ex.get("must") or []),
                           tuple(_triple(t, at) for t in ex.get("must_not") or [])))
    return tuple(out)


def _entry(raw: Any, name: str, index: int, words: Mapping[str, tuple[str, ...]]) -> Construction:
    where = f"{name}: constructions[{index}]"
    if not isinstance(raw, Mapping):
        raise _fail(where, f"expected a mapping, got {type(raw).__name__}")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise _fail(where, f"id {entry_id!r} must be kebab-case (lowercase words joined by -)")
    where = f"{name}: {entry_id}"
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        raise _fail(where, f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_ENTRY_KEYS))})")
    if not isinstance(raw.get("why"), str) or not raw["why"].strip():
        raise _fail(where, "missing why (one line saying what the construction is)")
    if ("pattern" in raw) == ("patterns" in raw):
        raise _fail(where, "give either pattern or patterns")
    raws = [raw["pattern"]] if "pattern" in raw else raw["patterns"]
    if not isinstance(raws, list) or not raws:
        raise _fail(where, "patterns must be a non-empty list of patterns")
    patterns = tuple(_pattern(p, words, where) for p in raws)
    nodes = set.intersection(*({n["RIGHT_ID"] for n in p} for p in patterns))
    anchor = raw.get("anchor")
    if anchor not in nodes:
        raise _fail(where, f"anchor {anchor!r} is not a node of every pattern")
    unless: tuple[dict, ...] = ()
    if raw.get("unless") is not None:
        for p in patterns:  # every pattern must bind the nodes the extension starts from
            unless = _pattern(raw["unless"], words, f"{where}: unless", {n["RIGHT_ID"] for n in p})
    return Construction(entry_id, raw["why"].strip(), name, patterns, anchor,
                        _effect(raw.get("effect"), nodes, where), unless, _examples(raw.get("examples"), where))


def _word_classes(raw: Any, name: str) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise _fail(name, "words must map class names to lists of words")
    out = {}
    for cls, values in raw.items():
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            raise _fail(name, f"word class {cls!r} must be a non-empty list of words")
        out[str(cls)] = tuple(values)
    return out


def parse_constructions(data: Any, name: str, words: Mapping[str, Iterable[str]] | None = None) -> list[Construction]:
    """Validate one parsed YAML document; ``name`` (the file name) prefixes error messages. ``$name``
    in a pattern is a class of the file's ``words:``, else of ``words`` (default: ``data/words.yaml``)."""
    if data is None:
        return []
    if not isinstance(data, Mapping) or set(data) - {"words", "constructions"}:
        raise _fail(name, "expected a mapping with words and constructions")
    shared = WORDS if words is None else words
    classes = {**{k: tuple(sorted(v)) for k, v in shared.items()}, **_word_classes(data.get("words"), name)}
    raw = data.get("constructions") or []
    if not isinstance(raw, list):
        raise _fail(name, "constructions must be a list")
    out: list[Construction] = []
    for i, entry in enumerate(raw):
        c = _entry(entry, name, i, classes)
        if any(o.id == c.id for o in out):
            raise _fail(f"{name}: {c.id}", "duplicate id in this file")
        out.append(c)
    return out


def read_file(path: Path | str, text: str | None = None,
              words: Mapping[str, Iterable[str]] | None = None) -> list[Construction]:
    """Load one construction file (errors name the file and the entry)."""
    name = Path(path).name
    try:
        data = yaml.safe_load(text if text is not None else Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise _fail(name, f"not valid YAML: {exc}") from exc
    except OSError as exc:
        raise _fail(name, f"cannot be read: {exc.strerror}") from exc
    return parse_constructions(data, name, words)


def default_files() -> list[Path]:
    """The packaged construction files, by name."""
    folder = Path(__file__).resolve().parents[2] / "data" / "constructions"
    return sorted(folder.glob("*.yaml"))


def is_construction_file(path: Path | str) -> bool:
    """Whether a YAML file holds constructions (a top-level ``constructions:``), not triggers."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return False
    return re.search(r"^constructions\s*:", text, re.MULTILINE) is not None


def duplicate_ids(files: Sequence[Path | str]) -> list[str]:
    """Ids that two of ``files`` both define (the later one would silently replace the other)."""
    seen: dict[str, str] = {}
    out = []
    for path in files:
        for c in read_file(path):
            if c.id in seen:
                out.append(f"{c.file}: {c.id}: duplicate id (also in {seen[c.id]})")
            seen.setdefault(c.id, c.file)
    return out


def shipped_files() -> list[tuple[str, str]]:
    """(file name, text) of the packaged construction files, by name."""
    folder = resources.files("geopol").joinpath("data", "constructions")
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in folder.iterdir() if p.name.endswith(".yaml"))


@lru_cache(maxsize=1)
def _shipped() -> tuple[Construction, ...]:
    entries = [c for name, text in shipped_files() for c in read_file(name, text)]
    _unique(entries)
    return tuple(entries)


def _unique(entries: Sequence[Construction]) -> None:
    seen: dict[str, str] = {}
    for c in entries:
        if c.id in seen and seen[c.id] != c.file:
            raise _fail(f"{c.file}: {c.id}", f"duplicate id (also in {seen[c.id]})")
        seen[c.id] = c.file


@lru_cache(maxsize=1)
def _default_set() -> ConstructionSet:
    return ConstructionSet(_shipped())


def load_constructions(extra: Sequence[Path | str] = ()) -> ConstructionSet:
    """The packaged constructions, with user files' entries first (they win at a token); a user
    entry with a packaged entry's id replaces it. User files may use the word classes of
    ``data/words.yaml``."""
    if not extra:
        return _default_set()
    shipped = _shipped()
    user: list[Construction] = []
    for path in extra:
        mine = read_file(path)
        ids = {c.id for c in mine}
        user = [*mine, *(u for u in user if u.id not in ids)]  # later files win
    ids = {c.id for c in user}
    return ConstructionSet([*user, *(c for c in shipped if c.id not in ids)])
