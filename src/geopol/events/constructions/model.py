"""What a construction is, and how a loaded set of them matches a parsed document.

The file format is described in :mod:`geopol.events.constructions`; loading and validation are in
:mod:`geopol.events.constructions.load`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.attrs import DEP, LEMMA, LOWER, NORM, ORTH, POS, TAG
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from geopol.events.ontology import demand_code, has_trait, refusal_code, threat_code
from geopol.schema import Actor, Event

MAPPINGS: dict[str, Callable[[str], str | None]] = {
    "demand_of": demand_code, "refusal_of": refusal_code, "threat_of": threat_code}
CODE = re.compile(r"^\d{2,4}$")
#: When an entry applies (see :mod:`geopol.events.constructions`): the extractor asks for one kind at a time.
KINDS = ("drop", "emit", "recode", "reaim", "in_context")
#: The lexicon's code for a word alone (``pos``: look it up as a VERB or a NOUN; None: by its tag).
CodeOf = Callable[[Token, "str | None"], "str | None"]


class ConstructionError(ValueError):
    """A construction file is malformed; the message names the file, the entry and the problem."""


@dataclass(frozen=True)
class Role:
    """Where an event's source or target comes from: the actors of a node in a role."""

    node: str
    role: str
    coded: bool = False


@dataclass(frozen=True)
class CodeTest:
    """A condition on a CAMEO code: its root among ``roots``, not among ``not_roots``, a trait."""

    roots: frozenset[str] = frozenset()
    not_roots: frozenset[str] = frozenset()
    trait: str | None = None

    def __str__(self) -> str:
        if self.trait:
            return f"has trait {self.trait}"
        if self.roots:
            return f"is in {', '.join(sorted(self.roots))}"
        return f"is not in {', '.join(sorted(self.not_roots))}"

    def holds(self, code: str | None) -> bool:
        if code is None:
            return False
        return ((not self.roots or code[:2] in self.roots) and code[:2] not in self.not_roots
                and (self.trait is None or has_trait(code, self.trait)))


@dataclass(frozen=True)
class Recode:
    """The code an event takes: fixed, mapped from the trigger's (``refusal_of``), or a node's own."""

    code: str | None = None
    mapping: str | None = None
    node: str | None = None  # for code_of
    pos: str | None = None  # for code_of: look the word up as a VERB or a NOUN (None: by its tag)
    fallback: str | None = None

    def resolve(self, trigger_code: str | None, code_of: Callable[[str, str | None], str | None]) -> str | None:
        if self.code is not None:
            return self.code
        if self.mapping is None:
            return code_of(self.node or "", self.pos)
        mapped = MAPPINGS[self.mapping](trigger_code) if trigger_code is not None else None
        return mapped or self.fallback


@dataclass(frozen=True)
class Effect:
    drop: bool = False
    recode: Recode | None = None
    modality: str | None = None
    source: Role | None = None
    target: Role | None = None
    emit: bool = False
    when_trigger: CodeTest | None = None
    when_code_of: tuple[tuple[str, str | None, CodeTest], ...] = ()
    when_modality: frozenset[str] = frozenset()

    def summary(self) -> str:
        """One line saying what the effect does (for the codebook)."""
        if self.drop:
            return "no event"
        r = self.recode
        code = None if r is None else f"`{r.code}`" if r.code else (
            f"the lexicon's code of {r.node}" if r.mapping is None else
            f"CAMEO's {r.mapping.removesuffix('_of')} of the trigger's act" + (f" (else `{r.fallback}`)"
                                                                             if r.fallback else ""))
        bits = [f"{'an event' if self.emit else 'code'} {code or 'kept'}"]
        for name, role in (("from", self.source), ("towards", self.target)):
            if role is not None:
                bits.append(f"{name} the {role.role.replace('_', ' ')} of {role.node}"
                            + (" (coded only)" if role.coded else ""))
        if self.modality:
            bits.append(f"modality {self.modality}")
        when = [f"the trigger's code {self.when_trigger}"] if self.when_trigger is not None else []
        when += [f"{node}'s code {test}" for node, _pos, test in self.when_code_of]
        if self.when_modality:
            when.append(f"the event is {' or '.join(sorted(self.when_modality))}")
        return ", ".join(bits) + (f"; when {' and '.join(when)}" if when else "")

    @property
    def kind(self) -> str:
        if self.drop:
            return "drop"
        if self.emit:
            return "emit"
        if self.modality is not None or self.when_modality:
            return "in_context"
        return "reaim" if self.target is not None else "recode"


@dataclass(frozen=True)
class Example:
    text: str
    must: tuple[tuple[str | None, str | None, str], ...] = ()
    must_not: tuple[tuple[str | None, str | None, str], ...] = ()


@dataclass(frozen=True)
class Construction:
    """One entry: patterns over the parse, the node its effect applies to, the effect, examples."""

    id: str
    why: str
    file: str
    patterns: tuple[tuple[dict, ...], ...]
    anchor: str
    effect: Effect
    unless: tuple[dict, ...] = ()
    examples: tuple[Example, ...] = field(default=(), compare=False)

    @property
    def rule(self) -> str:
        """What an event made or changed by this entry cites: ``constructions/demands.yaml obligation``."""
        return f"constructions/{self.file} {self.id}"

    @property
    def kind(self) -> str:
        return self.effect.kind


@dataclass(frozen=True)
class Match:
    """An entry matched in a document: the tokens its pattern's nodes are bound to."""

    construction: Construction
    nodes: Mapping[str, Token]

    @property
    def anchor(self) -> Token:
        return self.nodes[self.construction.anchor]

    def holds(self, trigger_code: str | None, modality: str | None = None,
              code_of: CodeOf | None = None) -> bool:
        """Whether the entry's ``when`` conditions hold for the event's code and modality."""
        eff = self.construction.effect
        if eff.when_trigger is not None and not eff.when_trigger.holds(trigger_code):
            return False
        if eff.when_modality and modality not in eff.when_modality:
            return False
        return all(code_of is not None and test.holds(code_of(self.nodes[node], pos))
                   for node, pos, test in eff.when_code_of)

    def code(self, trigger_code: str | None, code_of: CodeOf) -> str | None:
        """The code the entry gives the event (None: the entry does not apply)."""
        recode = self.construction.effect.recode
        if recode is None:
            return trigger_code
        return recode.resolve(trigger_code, lambda node, pos: code_of(self.nodes[node], pos))


class Matches:
    """One document's matches, by anchor token and kind, in the order entries are loaded."""

    def __init__(self, matches: Iterable[Match] = ()) -> None:
        self._at: dict[tuple[int, str], list[Match]] = {}
        for m in matches:
            self._at.setdefault((m.anchor.i, m.construction.kind), []).append(m)

    def at(self, tok: Token, kind: str) -> Sequence[Match]:
        """The matches of one kind anchored at ``tok``."""
        return self._at.get((tok.i, kind), ())

    def of_kind(self, kind: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """The matches of one kind whose anchor lies in ``[start, end)``, by anchor position."""
        for (i, k), found in sorted(self._at.items()):
            if k == kind and i >= start and (end is None or i < end):
                yield from found

    def __len__(self) -> int:
        return sum(len(v) for v in self._at.values())


NO_MATCHES = Matches()


#: Token attributes whose values a document's tokens can be checked against before matching: its
#: words, and the labels of its parse (a pattern asking for an ``xcomp`` cannot match without one).
_GATED = {"LEMMA": LEMMA, "LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "NORM": NORM, "DEP": DEP, "TAG": TAG,
          "POS": POS}


def _gate(pattern: Sequence[dict], vocab: Vocab) -> tuple[tuple[int, frozenset[int]], ...]:
    """The values a pattern cannot match without: for each node that names its words or labels, the
    attribute and the values as the matcher stores them (a document holding none of one node's
    values cannot match)."""
    out = []
    for node in pattern:
        for attr, value in node["RIGHT_ATTRS"].items():
            if attr in _GATED:
                words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, Mapping) else None
                if words:
                    out.append((_GATED[attr], frozenset(vocab.strings.add(str(w)) for w in words)))
    return tuple(out)


@dataclass
class _Compiled:
    entry: int
    pattern: int
    matcher: DependencyMatcher
    gate: tuple[tuple[int, frozenset[int]], ...]
    needs: frozenset[int] = frozenset()  # the gate's conditions, by their number in the set's index


#: Per attribute, each gated value -> the numbers of the conditions it meets.
_Index = dict[int, dict[int, tuple[int, ...]]]
#: Documents longer than this (tokens) are matched sentence by sentence.
_LONG_DOC = 200


def _met(index: _Index, columns: list[list[int]], start: int, end: int) -> set[int]:
    """The gate conditions tokens ``start:end`` meet: one look-up per gated value they hold."""
    met: set[int] = set()
    for table, column in zip(index.values(), columns, strict=True):
        for value in table.keys() & column[start:end]:
            met.update(table[value])
    return met


class ConstructionSet:
    """A loaded set of entries; compiles their patterns once per vocabulary and matches documents.

    spaCy's DependencyMatcher tries every combination of the tokens each node could be, so a
    pattern runs only on documents that hold the words and parse labels its nodes name (its gate):
    most documents meet few of the entries, and one look-up per gated value a document holds tells
    which.
    """

    def __init__(self, entries: Iterable[Construction]) -> None:
        self.entries: tuple[Construction, ...] = tuple(entries)
        self._compiled_for: dict[int, tuple[Vocab, list[_Compiled], _Index]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Construction]:
        return iter(self.entries)

    def get(self, entry_id: str) -> Construction:
        return next(c for c in self.entries if c.id == entry_id)

    def _compiled(self, vocab: Vocab) -> tuple[list[_Compiled], _Index]:
        """One matcher per pattern (key ``p``, and ``p!`` with its ``unless`` nodes), with its gate,
        and the index of every gate's values."""
        cached = self._compiled_for.get(id(vocab))
        if cached is not None and cached[0] is vocab:
            return cached[1], cached[2]
        out: list[_Compiled] = []
        index: dict[int, dict[int, list[int]]] = {}
        conditions = 0
        for e, entry in enumerate(self.entries):
            for p, pattern in enumerate(entry.patterns):
                matcher = DependencyMatcher(vocab)
                try:
                    matcher.add("p", [list(pattern)])
                    if entry.unless:
                        matcher.add("p!", [list(pattern + entry.unless)])
                except (ValueError, KeyError) as exc:
                    raise ConstructionError(f"{entry.file}: {entry.id}: bad pattern: {exc}") from exc
                gate = _gate(pattern, vocab)
                needs = range(conditions, conditions + len(gate))
                conditions += len(gate)
                for number, (attr, values) in zip(needs, gate, strict=True):
                    for value in values:
                        index.setdefault(attr, {}).setdefault(value, []).append(number)
                out.append(_Compiled(e, p, matcher, gate, frozenset(needs)))
        frozen = {attr: {value: tuple(ns) for value, ns in table.items()} for attr, table in index.items()}
        self._compiled_for[id(vocab)] = (vocab, out, frozen)
        return out, frozen

    def match(self, doc: Doc) -> Matches:
        """Every entry's matches in a parsed document."""
        if not self.entries or not len(doc):
            return NO_MATCHES
        compiled, index = self._compiled(doc.vocab)
        attrs = list(index)
        columns = doc.to_array(attrs).reshape(len(doc), len(attrs)).T.tolist() if attrs else []
        vetoed_key = doc.vocab.strings["p!"]
        sents = list(doc.sents) if len(doc) > _LONG_DOC else []
        if len(sents) <= 1:
            met = _met(index, columns, 0, len(doc))
            return Matches([m for c in compiled if c.needs <= met for m in self._found(c, doc, vetoed_key)])
        # A long article: a pattern runs only on the sentences that meet its gate, each parsed
        # sentence copied once into a Doc of its own (a dependency tree never crosses sentences).
        found: list[list[Match]] = [[] for _ in compiled]
        for sent in sents:
            met = _met(index, columns, sent.start, sent.end)
            runs = [i for i, c in enumerate(compiled) if c.needs <= met]
            if runs:
                piece = sent.as_doc()
                for i in runs:
                    found[i] += [Match(m.construction, {n: doc[sent.start + t.i] for n, t in m.nodes.items()})
                                 for m in self._found(compiled[i], piece, vetoed_key)]
        return Matches(m for matches in found for m in matches)

    def _found(self, c: _Compiled, doc: Doc, vetoed_key: int) -> list[Match]:
        """One pattern's matches in ``doc``, less those its ``unless`` nodes veto, in token order."""
        found: set[tuple[int, ...]] = set()
        vetoed: set[tuple[int, ...]] = set()
        entry = self.entries[c.entry]
        size = len(entry.patterns[c.pattern])
        for key, token_ids in c.matcher(doc):
            (vetoed if key == vetoed_key else found).add(tuple(token_ids[:size]))
        names = [n["RIGHT_ID"] for n in entry.patterns[c.pattern]]
        return [Match(entry, {n: doc[i] for n, i in zip(names, ids, strict=True)})
                for ids in sorted(found - vetoed)]


# ---------------------------------------------------------------------------------------------
# Examples


def _actor_is(want: str | None, actor: Actor | None) -> bool:
    if want == "*":
        return True
    if want is None:
        return actor is None or actor.code is None
    return actor is not None and want in (actor.code, actor.country)


def _event_is(want: tuple[str | None, str | None, str], event: Event) -> bool:
    src, tgt, code = want
    kind_ok = code == "*" or (event.cameo == code if CODE.match(code) else event.plover == code)
    return kind_ok and _actor_is(src, event.source) and _actor_is(tgt, event.target)


def example_problems(entry: Construction, example: Example, events: Sequence[Event]) -> list[str]:
    """What is wrong with an example's coded events: a ``must`` missing, a ``must_not`` present,
    or (for an entry that makes or changes events) no ``must`` event citing the entry."""
    problems = [f"missing {list(w)}" for w in example.must if not any(_event_is(w, e) for e in events)]
    problems += [f"unwanted {list(w)}" for w in example.must_not if any(_event_is(w, e) for e in events)]
    if example.must and not entry.effect.drop and not problems and not any(
            e.rule == entry.rule and any(_event_is(w, e) for w in example.must) for e in events):
        problems.append(f"no expected event cites {entry.rule!r}")
    if problems:
        got = "; ".join(f"{e.source.code} {e.target.code if e.target else None} {e.cameo} ({e.rule})"
                        for e in events) or "no events"
        return [f"{entry.file}: {entry.id}: {example.text!r}: {', '.join(problems)} (got {got})"]
    return []
