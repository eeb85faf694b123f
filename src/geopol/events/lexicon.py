"""The trigger lexicon: which verbs and event nouns signal which CAMEO event.

Knowledge lives in ``data/triggers.yaml`` (and in user files that extend it, the way analysts
extend PETRARCH's verb dictionaries); this module only loads, validates and looks entries up, so
a typo in a dictionary fails at load time with the file, the entry and the field named.

Entry fields (YAML):

- ``lemma``: spaCy lemma, matched case-insensitively.
- ``code``: CAMEO event code, a quoted string (``"057"``), checked against the CAMEO table.
- ``objects``: the entry fires only when one of the object words is one of these lemmas. For verbs
  the object words are the direct object's head (or an attribute), its qualifiers (compound,
  adjective: ``peace`` in "ended peace talks") and the verb's complement ("found him ``guilty``");
  when no entry naming one of those holds, the objects of the verb's prepositional phrases (not
  dates) and their qualifiers are tried too ("went on ``strike``", "agreed to a ``deal``"). For
  nouns they are the noun's qualifiers (``hunger`` in "hunger strike", ``joint`` in "joint drills")
  and the object of its ``on`` or ``against`` phrase (``budget`` in "an attack on the budget").
- ``objects_exclude``: the entry does not fire with these object lemmas.
- ``subjects``: verbs only; the entry fires only when the subject's head or one of its qualifiers
  is one of these lemmas: "warplanes scrambled" is a show of force, "officials scrambled to
  respond" is not.
- ``particle``: verbs only; fires only with this particle or preposition attached ("crack down").
- ``target``: argument roles for the target, in order of preference: ``dobj``, ``dative`` or a
  preposition lemma whose object is the target.
- ``reciprocal``: the event holds in both directions ("A and B met").
- ``transitive``: verbs only; fires only with a direct object ("returned the statue to Italy",
  not "returned to Italy").
- ``intransitive``: verbs only; fires only without a direct object: "undertook to withdraw" is
  a promise, "undertook a journey" is not.
- ``suffered``: verbs only; the subject undergoes the act ("stood trial", "faces charges",
  "appeared in court"): the act's source is the state where it happens, its target the subject,
  as for an agentless passive of an act only a state performs (EVENTS.md rule 9).
- ``patient``: a CAMEO code for the one the act is done to (a verb's direct object, a noun's
  ``of`` object) when the target is someone else: CAMEO codes an extradition (063) towards the
  country receiving the suspect; towards the suspect it is legal action (1121).
- ``note``: free text for the humans who maintain the file.

Sections: ``verbs`` and ``nouns`` (lists of entries, filed under ``# ---- NN NAME`` headers by
CAMEO root, which ``geopol lint`` checks); ``support_verbs`` (light verbs whose event noun object
decides the event: "held talks"); ``contexts`` (``codes``: CAMEO prefixes, ``words``: clause words,
``code``: the code they turn those triggers into, and a ``note``). Among an entry's equally
specific rivals the earlier in the file wins; ``geopol lint`` reports rivals that name the same
object with different roots, so that order never decides silently.

Modality (negation, conditionals, future) is the extractor's business, not the lexicon's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

Pos = Literal["VERB", "NOUN"]

DEFAULT_VERB_TARGET: tuple[str, ...] = ("dobj", "dative", "to", "with", "against", "on")
DEFAULT_NOUN_TARGET: tuple[str, ...] = ("of", "against", "on", "to", "with")

#: Prepositions whose object may be named as the target of an event.
PREPOSITIONS: frozenset[str] = frozenset(
    {
        "with", "against", "on", "to", "for", "from", "into", "at", "of", "over", "about", "toward",
        "towards", "in", "upon", "onto", "between", "among", "across", "by", "behind", "near",
        "along", "inside", "through", "under", "around", "within", "outside", "off", "beyond",
    }
)
TARGET_ROLES: frozenset[str] = frozenset({"dobj", "dative"}) | PREPOSITIONS

_FIELDS: frozenset[str] = frozenset(
    {"lemma", "code", "objects", "objects_exclude", "subjects", "particle", "target", "reciprocal", "transitive",
     "intransitive", "suffered", "patient", "note"}
)
_SECTIONS: frozenset[str] = frozenset({"verbs", "nouns", "support_verbs", "contexts"})


@dataclass(frozen=True)
class Context:
    """A clause word that changes what a trigger means: troops sent "as peacekeepers" are aid (074)."""

    codes: tuple[str, ...]
    words: frozenset[str]
    code: str
_CODE_SHAPE = re.compile(r"^\d{2,4}$")
_WORD = re.compile(r"^[a-z][a-z'\-]*$")


class LexiconError(ValueError):
    """A trigger file is malformed; the message names the file, the entry and the field."""


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a lemma that signals a CAMEO event under the stated constraints."""

    lemma: str
    code: str
    pos: Pos
    objects: frozenset[str] | None = None
    objects_exclude: frozenset[str] = frozenset()
    subjects: frozenset[str] | None = None
    particle: str | None = None
    target: tuple[str, ...] = DEFAULT_VERB_TARGET
    reciprocal: bool = False
    transitive: bool = False
    intransitive: bool = False
    suffered: bool = False
    patient: str | None = None
    note: str | None = field(default=None, compare=False)
    #: Where the entry is written (``triggers.yaml verbs[12]``): what an event's ``rule`` names.
    origin: str | None = field(default=None, compare=False)
    #: The construction that made or changed the event (``constructions/demands.yaml obligation``).
    construction: str | None = field(default=None, compare=False)

    @property
    def rule(self) -> str:
        """The entry as an event cites it: file, position, lemma and code; or the construction that
        made or recoded it (a construction still in code names the extractor)."""
        if self.construction is not None:
            return self.construction
        return f"{self.origin or 'events/extract.py'} {self.lemma} {self.code}"

    @property
    def specificity(self) -> int:
        """Rank for 'most specific wins': object and particle constraints outrank exclusions."""
        return (2 if self.objects is not None else 0) + (2 if self.particle else 0) + (
            2 if self.subjects is not None else 0) + (
            1 if self.objects_exclude or self.transitive or self.intransitive else 0
        )

    @property
    def key(self) -> tuple[str, str, str | None, frozenset[str] | None, frozenset[str] | None]:
        """Identity for overriding: a user entry with the same key replaces the default one."""
        return (self.pos, self.lemma, self.particle, self.objects, self.subjects)

    def matches(self, object_lemmas: frozenset[str], particles: frozenset[str], has_object: bool = True,
                subject_lemmas: frozenset[str] = frozenset()) -> bool:
        """Whether the entry's constraints hold for these (lowercased) object lemmas, particles and
        subject words."""
        if self.transitive and not has_object or self.intransitive and has_object:
            return False
        if self.subjects is not None and self.subjects.isdisjoint(subject_lemmas):
            return False
        if self.particle is not None and self.particle not in particles:
            return False
        if self.objects is not None and not (self.objects & object_lemmas):
            return False
        return not (self.objects_exclude & object_lemmas)


def _lower_set(values: str | Iterable[str] | None) -> frozenset[str]:
    if values is None:
        return frozenset()
    if isinstance(values, str):
        return frozenset({values.lower()})
    return frozenset(v.lower() for v in values if v)


class Lexicon:
    """Verb and noun triggers indexed by lemma, plus the support ("light") verbs."""

    def __init__(self, triggers: Iterable[Trigger], support_verbs: Iterable[str],
                 contexts: Iterable[Context] = ()) -> None:
        verbs: dict[str, list[Trigger]] = {}
        nouns: dict[str, list[Trigger]] = {}
        for t in triggers:
            (verbs if t.pos == "VERB" else nouns).setdefault(t.lemma, []).append(t)
        # Stable sort: among equally specific entries, the earlier (user before default) wins.
        self._verbs = {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in verbs.items()}
        self._nouns = {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in nouns.items()}
        self.support_verbs: frozenset[str] = frozenset(s.lower() for s in support_verbs)
        #: Verb lemmas with an entry keyed on its subjects: only their subjects need reading.
        self.subject_keyed: frozenset[str] = frozenset(
            k for k, v in self._verbs.items() if any(t.subjects is not None for t in v))
        self.contexts: tuple[Context, ...] = tuple(contexts)

    def has_context(self, code: str) -> bool:
        """Whether a context entry may change ``code``: only then are the clause's words read."""
        return any(code.startswith(ctx.codes) for ctx in self.contexts)

    def in_context(self, code: str, words: frozenset[str] | set[str]) -> str:
        """The code a trigger takes given the lowercased words of its clause."""
        for ctx in self.contexts:
            if code.startswith(ctx.codes) and not ctx.words.isdisjoint(words):
                return ctx.code
        return code

    def verbs(self, lemma: str) -> tuple[Trigger, ...]:
        """Verb entries for a lemma, most specific first."""
        return self._verbs.get(lemma.lower(), ())

    def nouns(self, lemma: str) -> tuple[Trigger, ...]:
        """Noun entries for a lemma, most specific first."""
        return self._nouns.get(lemma.lower(), ())

    def entries(self, pos: Pos | None = None) -> Iterable[Trigger]:
        """Every entry (of one part of speech when given), grouped by lemma."""
        if pos is None:
            tables = [self._verbs, self._nouns]
        else:
            tables = [self._verbs if pos == "VERB" else self._nouns]
        for table in tables:
            for group in table.values():
                yield from group

    def __len__(self) -> int:
        return sum(len(g) for g in self._verbs.values()) + sum(len(g) for g in self._nouns.values())

    def select(
        self,
        lemma: str,
        pos: Pos,
        object_lemma: str | Iterable[str] | None = None,
        particles: Iterable[str] = (),
        has_object: bool = True,
        subject_lemmas: Iterable[str] = (),
    ) -> Trigger | None:
        """The most specific entry whose constraints hold, or None.

        ``object_lemma`` may be one lemma or several (conjoined objects, several noun modifiers);
        ``particles`` are the particles and prepositions attached to the verb; ``has_object``
        says whether the verb has a direct object (for ``transitive`` entries); ``subject_lemmas``
        are the subject's head and qualifiers (for ``subjects`` entries).
        """
        if pos not in ("VERB", "NOUN"):
            raise ValueError(f"pos must be 'VERB' or 'NOUN', not {pos!r}")
        group = self.verbs(lemma) if pos == "VERB" else self.nouns(lemma)
        if not group:
            return None  # most words trigger nothing: no constraint sets to build
        objs = _lower_set(object_lemma)
        parts = _lower_set(particles)
        subjects = _lower_set(subject_lemmas)
        for trigger in group:
            if trigger.matches(objs, parts, has_object, subjects):
                return trigger
        return None


# ---------------------------------------------------------------------------------------------
# Loading and validation


def _code_exists(code: str) -> bool:
    """Check against the CAMEO table when the ontology module is importable, else by shape only."""
    try:
        from geopol.events.ontology import cameo
    except ImportError:  # pragma: no cover - the ontology ships with the package
        return True
    try:
        cameo(code)
    except (KeyError, LookupError, ValueError):
        return False
    return True


def _words(value: Any, where: str, name: str) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: {name} must be a non-empty list of lemmas")
    out = set()
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise LexiconError(f"{where}: {name} contains {v!r}, which is not a lemma")
        out.add(v.strip().lower())
    return frozenset(out)


def _cameo_code(code: Any, label: str, name: str) -> str:
    if not isinstance(code, str):
        raise LexiconError(f"{label}: {name} {code!r} must be a quoted string such as \"057\"")
    if not _CODE_SHAPE.match(code) or not _code_exists(code):
        raise LexiconError(f"{label}: {name} {code!r} is not a CAMEO code")
    return code


def _parse_entry(raw: Any, pos: Pos, where: str) -> Trigger:
    if not isinstance(raw, Mapping):
        raise LexiconError(f"{where}: expected a mapping with lemma and code, got {type(raw).__name__}")
    label = f"{where} (lemma {raw.get('lemma')!r})" if "lemma" in raw else where
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise LexiconError(f"{label}: unknown field {unknown[0]!r} (allowed: {', '.join(sorted(_FIELDS))})")
    for required in ("lemma", "code"):
        if raw.get(required) in (None, ""):
            raise LexiconError(f"{label}: missing {required}")
    lemma = raw["lemma"]
    if not isinstance(lemma, str) or not lemma.strip():
        raise LexiconError(f"{label}: lemma must be a string")
    code = _cameo_code(raw["code"], label, "code")
    patient = _cameo_code(raw["patient"], label, "patient") if "patient" in raw else None
    objects = _words(raw["objects"], label, "objects") if "objects" in raw else None
    exclude: frozenset[str] = frozenset()
    if "objects_exclude" in raw:
        exclude = _words(raw["objects_exclude"], label, "objects_exclude")
    subjects = _words(raw["subjects"], label, "subjects") if "subjects" in raw else None
    if subjects is not None and pos == "NOUN":
        raise LexiconError(f"{label}: subjects is only allowed on verbs")
    particle = raw.get("particle")
    if particle is not None:
        if pos == "NOUN":
            raise LexiconError(f"{label}: particle is only allowed on verbs")
        if isinstance(particle, bool):
            raise LexiconError(f"{label}: particle {particle!r}: quote it (YAML reads on/off as true/false)")
        if not isinstance(particle, str) or not _WORD.match(particle.lower()):
            raise LexiconError(f"{label}: particle {particle!r} must be one word")
        particle = particle.lower()
    if "target" in raw:
        roles = raw["target"]
        if isinstance(roles, str) or not isinstance(roles, list) or not roles:
            raise LexiconError(f"{label}: target must be a non-empty list of roles")
        for role in roles:
            if isinstance(role, bool):
                raise LexiconError(f"{label}: target role {role!r}: quote it (YAML reads on/off as booleans)")
            if not isinstance(role, str) or role.lower() not in TARGET_ROLES:
                raise LexiconError(
                    f"{label}: bad target role {role!r} (use dobj, dative or a preposition such as "
                    "'with', 'against', 'on', 'to')"
                )
        target = tuple(r.lower() for r in roles)
    else:
        target = DEFAULT_VERB_TARGET if pos == "VERB" else DEFAULT_NOUN_TARGET
    reciprocal = raw.get("reciprocal", False)
    if not isinstance(reciprocal, bool):
        raise LexiconError(f"{label}: reciprocal must be true or false")
    transitive = raw.get("transitive", False)
    if not isinstance(transitive, bool) or (transitive and pos != "VERB"):
        raise LexiconError(f"{label}: transitive must be true or false, and only on verbs")
    intransitive = raw.get("intransitive", False)
    if not isinstance(intransitive, bool) or (intransitive and (pos != "VERB" or transitive)):
        raise LexiconError(f"{label}: intransitive must be true or false, only on verbs, and not with transitive")
    suffered = raw.get("suffered", False)
    if not isinstance(suffered, bool) or (suffered and pos != "VERB"):
        raise LexiconError(f"{label}: suffered must be true or false, and only on verbs")
    note = raw.get("note")
    if note is not None and not isinstance(note, str):
        raise LexiconError(f"{label}: note must be text")
    return Trigger(
        lemma=lemma.strip().lower(),
        code=code,
        pos=pos,
        objects=objects,
        objects_exclude=exclude,
        subjects=subjects,
        particle=particle,
        target=target,
        reciprocal=reciprocal,
        transitive=transitive,
        intransitive=intransitive,
        suffered=suffered,
        patient=patient,
        note=note,
        origin=where.replace(": ", " ", 1),
    )


def parse_lexicon(data: Any, name: str) -> tuple[list[Trigger], list[str], list[Context]]:
    """Validate one parsed YAML document; ``name`` prefixes error messages (usually a file name)."""
    if data is None:
        return [], [], []
    if not isinstance(data, Mapping):
        raise LexiconError(f"{name}: expected a mapping with verbs, nouns and support_verbs")
    unknown = sorted(set(data) - _SECTIONS)
    if unknown:
        raise LexiconError(f"{name}: unknown section {unknown[0]!r} (allowed: verbs, nouns, support_verbs, contexts)")
    triggers: list[Trigger] = []
    for section, pos in (("verbs", "VERB"), ("nouns", "NOUN")):
        entries = data.get(section) or []
        if not isinstance(entries, list):
            raise LexiconError(f"{name}: {section} must be a list")
        seen: dict[tuple, int] = {}
        for i, raw in enumerate(entries):
            where = f"{name}: {section}[{i}]"
            t = _parse_entry(raw, pos, where)  # type: ignore[arg-type]
            if t.key in seen:
                raise LexiconError(
                    f"{where} (lemma {t.lemma!r}): duplicates {section}[{seen[t.key]}] "
                    "(same lemma, particle, objects and subjects)"
                )
            seen[t.key] = i
            triggers.append(t)
    support = data.get("support_verbs") or []
    if not isinstance(support, list) or not all(isinstance(s, str) and s.strip() for s in support):
        raise LexiconError(f"{name}: support_verbs must be a list of verb lemmas")
    return triggers, [s.strip().lower() for s in support], _parse_contexts(data.get("contexts") or [], name)


def _parse_contexts(raw: Any, name: str) -> list[Context]:
    if not isinstance(raw, list):
        raise LexiconError(f"{name}: contexts must be a list")
    out = []
    for i, entry in enumerate(raw):
        where = f"{name}: contexts[{i}]"
        if not isinstance(entry, Mapping) or set(entry) - {"codes", "words", "code", "note"}:
            raise LexiconError(f"{where}: expected codes, words, code (and an optional note)")
        codes, words, code = entry.get("codes"), entry.get("words"), str(entry.get("code", ""))
        if not codes or not words or not _CODE_SHAPE.match(code) or not _code_exists(code):
            raise LexiconError(f"{where}: needs 'codes' (CAMEO prefixes), 'words' and a CAMEO 'code' ({code!r})")
        out.append(Context(tuple(str(c) for c in codes), frozenset(str(w).lower() for w in words), code))
    return out


def _read(path: Path | str, text: str | None = None) -> tuple[list[Trigger], list[str], list[Context]]:
    name = Path(path).name
    try:
        data = yaml.safe_load(text if text is not None else Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: not valid YAML: {exc}") from exc
    return parse_lexicon(data, name)


@lru_cache(maxsize=1)
def _default() -> tuple[tuple[Trigger, ...], tuple[str, ...], tuple[Context, ...]]:
    text = resources.files("geopol").joinpath("data", "triggers.yaml").read_text(encoding="utf-8")
    triggers, support, contexts = _read("triggers.yaml", text)
    return tuple(triggers), tuple(support), tuple(contexts)


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    triggers, support, contexts = _default()
    return Lexicon(triggers, support, contexts)


def load_lexicon(extra: Sequence[Path | str] = ()) -> Lexicon:
    """The packaged lexicon, extended by user files whose entries take precedence.

    A user entry with the same lemma, part of speech, particle and objects as a packaged one
    replaces it; other user entries are added and win ties of specificity. Later files win over
    earlier ones. Support verbs are the union of all files.
    """
    if not extra:
        return _default_lexicon()
    triggers, support, contexts = _default()
    merged: dict[tuple, Trigger] = {t.key: t for t in triggers}
    user_order: list[tuple] = []
    all_support = list(support)
    all_contexts = list(contexts)
    for path in extra:
        user, user_support, user_contexts = _read(path)
        all_contexts[:0] = user_contexts
        for t in user:
            merged[t.key] = t
            if t.key in user_order:
                user_order.remove(t.key)
            user_order.append(t.key)
        all_support.extend(user_support)
    user_keys = set(user_order)
    ordered = [merged[k] for k in reversed(user_order)] + [t for t in triggers if t.key not in user_keys]
    return Lexicon(ordered, all_support, all_contexts)
