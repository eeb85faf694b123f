"""Clause -> event: find triggers in a parsed sentence, their source and target actors.

A verb (or an event noun) found in the trigger lexicon is an event candidate. Its source is the
grammatical subject (the agent of a passive, the subject inherited through ``xcomp``/``conj``,
the noun an active participle modifies), its target the argument its lexicon entry names,
else the first actor inside the object phrase ("opposes the deployment of a US missile
system" -> the US). Compound actors give one event per member; reciprocal triggers give both
directions. Everything here reads the spaCy parse; actors, words and codes come from data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from geopol.actors.resolve import ActorResolver
from geopol.events.lexicon import Lexicon, Trigger
from geopol.events.modality import according_to, modality_of, reporting_head
from geopol.schema import Actor

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
# Words that name a relationship; its partner is what follows "with" or "between".
RELATION_NOUNS = frozenset(
    {"tie", "relation", "relationship", "partnership", "cooperation", "collaboration", "alliance", "friendship",
     "link", "contact", "dialogue", "trade", "rapprochement", "axis", "bond", "coordination", "entente"}
)
PRONOUNS_SINGULAR = frozenset({"it", "its", "itself"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "themselves"})
PLURAL_ANAPHORA = frozenset({"both", "each", "two", "sides", "countries", "nations", "powers", "neighbours",
                             "neighbors", "partners", "states", "capitals", "governments"})
# Left-side dependents that belong to a noun phrase naming an actor.
NP_LEFT = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "npadvmod", "case", "punct",
                     "flat", "nn", "predet"})
TITLE_NOUNS = frozenset({"chief", "head", "president", "minister", "secretary", "leader", "chairman", "director",
                         "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "premier",
                         "commander", "general", "king", "queen", "prince", "chancellor", "mayor", "member"})


@dataclass(slots=True)
class Candidate:
    """An event before dates, places and codes are attached: the extractor's output."""

    trigger: Trigger
    trigger_tok: Token
    trigger_span: tuple[int, int]
    source: Actor
    target: Actor | None
    modality: str
    claimed_by: Actor | None
    scope: Token  # the clause head whose subtree holds the event's dates, places, amounts
    confidence: float
    notes: list[str] = field(default_factory=list)


class Salience:
    """Recent actors, for pronouns and "both countries": the simplest coreference that works on news."""

    def __init__(self) -> None:
        self.last_single: Actor | None = None
        self.last_group: list[Actor] = []

    def update(self, actors: list[Actor]) -> None:
        states = [a for a in actors if a.code]
        if len(states) >= 2:
            self.last_group = states[:2]
        if states:
            self.last_single = states[0]

    def resolve(self, tok: Token) -> list[Actor]:
        low = tok.lower_
        if low in PRONOUNS_SINGULAR and self.last_single is not None:
            return [_moved(self.last_single, tok)]
        if (low in PRONOUNS_PLURAL or low in PLURAL_ANAPHORA) and self.last_group:
            return [_moved(a, tok) for a in self.last_group]
        return []


def _moved(actor: Actor, tok: Token) -> Actor:
    """The antecedent's codes at the pronoun's place in the text."""
    return Actor(
        text=tok.text, span=(tok.idx, tok.idx + len(tok.text)), code=actor.code, country=actor.country,
        role=actor.role, name=actor.name, kind=actor.kind,
    )


class Extractor:
    """Turns one parsed document into event candidates. Build once; call per document."""

    def __init__(self, lexicon: Lexicon, resolver: ActorResolver) -> None:
        self.lexicon = lexicon
        self.resolver = resolver

    # ------------------------------------------------------------------ actors
    def phrase(self, head: Token) -> tuple[int, int]:
        """Token range of the noun phrase naming an actor: modifiers, names, appositions, titles."""
        start = head.i
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.i < tok.i and child.dep_ in NP_LEFT:
                    start = min(start, child.left_edge.i)
                    stack.append(child)
        end = head.i + 1
        for child in head.rights:
            if child.dep_ in ("flat", "compound", "appos", "nummod"):
                end = max(end, child.right_edge.i + 1)
            elif child.dep_ == "prep" and child.lower_ == "of" and head.lemma_.lower() in TITLE_NOUNS:
                end = max(end, child.right_edge.i + 1)
        while start < end and head.doc[start].dep_ in ("det", "punct", "case", "cc"):
            start += 1
        return start, max(end, start + 1)

    def actors_at(self, tok: Token, ctx: _DocContext, search: bool = True) -> list[Actor]:
        """The actor(s) an argument names; conjuncts give several ("Russia and China")."""
        out: list[Actor] = []
        for member in [tok, *_conjuncts(tok)]:
            found = self._actor_of(member, ctx, search)
            for actor in found:
                if all(a.span != actor.span for a in out):
                    out.append(actor)
        return out

    def _actor_of(self, tok: Token, ctx: _DocContext, search: bool) -> list[Actor]:
        if tok.pos_ == "PRON" or tok.lower_ in PLURAL_ANAPHORA:
            if tok.lower_ in PLURAL_ANAPHORA and tok.pos_ != "PRON":
                # "both countries", "the two sides": only when the phrase is anaphoric.
                if not any(c.lower_ in ("both", "two", "each") for c in tok.subtree):
                    return []
            return ctx.salience.resolve(tok)
        start, end = self.phrase(tok)
        actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
        if actor is not None:
            return [actor]
        if not search:
            return []
        lemma = tok.lemma_.lower()
        if lemma in RELATION_NOUNS:
            return []
        # A phrase about an actor's doing ("the US presence in the Sea", "deployment of a US system").
        for inner in _inner_arguments(tok):
            start, end = self.phrase(inner)
            actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
            if actor is not None:
                return [actor]
        return []

    # ------------------------------------------------------------------ arguments
    def subjects(self, verb: Token, ctx: _DocContext) -> tuple[list[Actor], bool]:
        """Source actors of a verb and whether they were inherited from another clause."""
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
        if passive:
            for child in verb.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.actors_at(pobj, ctx), False
            return [], False
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return self.actors_at(child, ctx), False
        # Inherit: "agreed to cooperate", "met ... and hailed", "Meeting X, Xi hailed".
        head = verb.head
        if verb.dep_ in ("xcomp", "conj", "advcl") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp":
                # "urged Iran to stop": the object of the matrix verb is the subject of the complement.
                for child in head.children:
                    if child.dep_ == "dobj":
                        return self.actors_at(child, ctx), True
            actors, _ = self.subjects(head, ctx)
            return actors, True
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG" or verb.dep_ == "relcl" and _has_relative_subject(verb):
            return self.actors_at(verb.head, ctx), True
        return [], False

    def targets(self, tok: Token, trigger: Trigger, ctx: _DocContext, skip: Token | None = None) -> list[Actor]:
        """Target actors by the entry's argument roles, in order of preference."""
        children = list(tok.children)
        passive_subject = [c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive_subject:
            return self.actors_at(passive_subject[0], ctx)
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "sanctions imposed on Russia": the participle's own prepositions come first.
            pass
        for role in trigger.target:
            for child in children:
                if skip is not None and child.i == skip.i:
                    continue
                if role in ("dobj", "dative"):
                    if child.dep_ == role or (role == "dobj" and child.dep_ == "attr"):
                        found = self._object_actors(child, ctx)
                        if found:
                            return found
                elif child.dep_ in ("prep", "agent", "dative") and child.lemma_.lower() == role:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self._object_actors(pobj, ctx)
                            if found:
                                return found
                elif child.dep_ == "prt" and child.lower_ == role:
                    continue
        return []

    def _object_actors(self, obj: Token, ctx: _DocContext) -> list[Actor]:
        lemma = obj.lemma_.lower()
        if lemma in RELATION_NOUNS:
            # "reinforce its ties with Beijing": the partner is the target.
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in ("with", "between", "to"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.actors_at(pobj, ctx)
            return []
        return self.actors_at(obj, ctx)

    # ------------------------------------------------------------------ triggers
    def candidates(self, sent: Span, ctx: _DocContext) -> Iterator[Candidate]:
        consumed: set[int] = set()
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
                yield from self._verb_events(tok, ctx, consumed)
        for tok in sent:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
                yield from self._noun_events(tok, ctx)

    def _verb_events(self, verb: Token, ctx: _DocContext, consumed: set[int]) -> Iterator[Candidate]:
        lemma = verb.lemma_.lower()
        if verb.pos_ == "AUX" and lemma not in self.lexicon.support_verbs:
            return
        particles = tuple(c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "agent", "dative"))
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        obj_lemma = obj.lemma_.lower() if obj is not None else None
        trigger = self.lexicon.select(lemma, "VERB", obj_lemma, particles)
        noun_trigger = None
        if obj is not None and (trigger is None or trigger.objects is None) and lemma in self.lexicon.support_verbs:
            noun_trigger = self.lexicon.select(obj_lemma, "NOUN", None, ())
        if noun_trigger is not None:
            # "impose sanctions", "hold talks", "signed a contract": the noun names the event.
            consumed.add(obj.i)
            trigger, trig_tok, skip = noun_trigger, obj, obj
            span = (min(verb.idx, obj.idx), max(verb.idx + len(verb), obj.idx + len(obj)))
        elif trigger is not None:
            trig_tok, skip = verb, None
            span = (verb.idx, verb.idx + len(verb))
            if obj is not None and obj_lemma and self.lexicon.nouns(obj_lemma):
                consumed.add(obj.i)
        else:
            return
        if _embedded_under_intent(verb, self.lexicon):
            # "agreed to cooperate": the matrix verb carries the event (CAMEO codes the intent).
            return
        sources, inherited = self.subjects(verb, ctx)
        if not sources:
            return
        targets = self.targets(trig_tok, trigger, ctx, skip=None) if trig_tok.i != verb.i else []
        if not targets:
            targets = self.targets(verb, trigger, ctx, skip=skip)
        if not targets and trig_tok.i == verb.i:
            # "agreed to cooperate with X": the target sits in the complement clause.
            for child in verb.children:
                if child.dep_ == "xcomp":
                    inner = self.lexicon.select(child.lemma_.lower(), "VERB", None, ())
                    targets = self.targets(child, inner or trigger, ctx)
                    if targets:
                        break
        yield from self._emit(trigger, trig_tok, span, sources, targets, verb, ctx, inherited)

    def _noun_events(self, noun: Token, ctx: _DocContext) -> Iterator[Candidate]:
        trigger = self.lexicon.select(noun.lemma_.lower(), "NOUN", None, ())
        if trigger is None:
            return
        sources: list[Actor] = []
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i):
                start, end = self.phrase(child)
                actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
                if actor is not None:
                    sources.append(actor)
                    sources.extend(self.actors_at(c, ctx, search=False)[0] for c in _conjuncts(child)
                                   if self.actors_at(c, ctx, search=False))
                    break
        inherited = False
        if not sources:
            # "X and Y held joint drills" without a support verb: the governing verb's subject.
            head = noun.head
            if noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP"):
                verb = head if head.pos_ == "VERB" else head.head
                if verb.pos_ == "VERB" and self.lexicon.select(verb.lemma_.lower(), "VERB", noun.lemma_.lower(),
                                                               ()) is None:
                    sources, inherited = self.subjects(verb, ctx)
                    inherited = True
        if not sources:
            return
        targets = self.targets(noun, trigger, ctx)
        targets = [t for t in targets if all(t.span != s.span for s in sources)]
        span = (noun.idx, noun.idx + len(noun))
        scope = noun.head if noun.head.pos_ == "VERB" else noun
        yield from self._emit(trigger, noun, span, sources, targets, scope, ctx, inherited, noun_based=True)

    def _emit(self, trigger: Trigger, trig_tok: Token, span: tuple[int, int], sources: list[Actor],
              targets: list[Actor], scope: Token, ctx: _DocContext, inherited: bool,
              noun_based: bool = False) -> Iterator[Candidate]:
        modality = modality_of(trig_tok)
        claimed_by = self._claimant(scope, ctx)
        reciprocal = trigger.reciprocal or any(c.lower_ in ("joint", "jointly", "mutual", "together")
                                               for c in [*trig_tok.children, *scope.children])
        pairs: list[tuple[Actor, Actor | None]] = []
        if targets:
            for s in sources:
                for t in targets:
                    if _same_actor(s, t):
                        continue
                    pairs.append((s, t))
                    if reciprocal:
                        pairs.append((t, s))
        elif reciprocal and len(sources) >= 2:
            pairs = [(a, b) for a in sources for b in sources if a is not b and not _same_actor(a, b)]
        else:
            pairs = [(s, None) for s in sources]
        base = 0.6 if not inherited else 0.45
        if trigger.objects is not None or trigger.particle is not None:
            base += 0.1
        if noun_based:
            base -= 0.05
        for s, t in pairs:
            conf = base + (0.1 if s.code else 0.0) + (0.1 if t is not None and t.code else 0.0)
            if t is None:
                conf -= 0.15
            yield Candidate(trigger, trig_tok, span, s, t, modality, claimed_by, scope, round(min(conf, 0.99), 3))

    def _claimant(self, scope: Token, ctx: _DocContext) -> Actor | None:
        speech = reporting_head(scope)
        if speech is not None:
            for child in speech.children:
                if child.dep_ in SUBJECT_DEPS:
                    found = self.actors_at(child, ctx, search=False)
                    if found:
                        return found[0]
        source = according_to(scope)
        if source is not None:
            found = self.actors_at(source, ctx, search=False)
            if found:
                return found[0]
        return None


@dataclass(slots=True)
class _DocContext:
    doc: Doc
    date: str | None
    mentions: list
    salience: Salience


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _inner_arguments(tok: Token) -> Iterator[Token]:
    """Nouns inside a phrase, nearest first, not crossing into clauses."""
    frontier = [tok]
    seen = 0
    while frontier and seen < 12:
        nxt = []
        for t in frontier:
            for child in t.children:
                if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "appos"):
                    continue
                if child.pos_ in ("PROPN", "NOUN", "ADJ") and child.i != tok.i:
                    seen += 1
                    yield child
                nxt.append(child)
        frontier = nxt


def _has_relative_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("which", "that", "who") for c in verb.children)


def _embedded_under_intent(verb: Token, lexicon: Lexicon) -> bool:
    """True when a verb is the complement of another event verb ("pledged to invest")."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.pos_ != "VERB":
        return False
    return lexicon.select(head.lemma_.lower(), "VERB", None, ()) is not None and head.lemma_.lower() not in (
        "begin", "start", "continue", "help", "try", "seek", "want", "plan", "hope", "go", "have", "need")


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.span == b.span:
        return True
    return a.code is not None and a.code == b.code and a.name == b.name
