"""The extractor's side of the constructions kept as data (``data/constructions/*.yaml``): where
in the coding of a trigger each kind of entry applies, and what its effect does there.

The entries are matched once per document (:meth:`ConstructionEffects.matches`); the extractor
then asks at a token for the first entry of a kind whose conditions hold: ``drop`` when it picks
the trigger, ``recode`` before it searches the arguments, ``reaim`` after, ``in_context`` when it
reads the modality, ``emit`` once per sentence for events an entry makes of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from geopol.actors.resolve import ActorResolver
from geopol.events.constructions import NO_MATCHES, ConstructionSet, Match, Matches, Role
from geopol.events.constructs import code_in_context
from geopol.events.context import Candidate, DocContext
from geopol.events.lexicon import Lexicon, Trigger
from geopol.events.modality import modality_of, reporting_head
from geopol.events.phrases import same_actor
from geopol.events.tree import PASSIVE_SUBJECT_DEPS, children_of, modifiers
from geopol.schema import Actor


class ConstructionEffects:
    """Applies a :class:`~geopol.events.constructions.ConstructionSet` to the extractor's events."""

    lexicon: Lexicon
    resolver: ActorResolver
    constructions: ConstructionSet
    _matched: tuple[Doc | None, Matches] = (None, NO_MATCHES)

    def matches(self, doc: Doc) -> Matches:
        """The entries matched in ``doc``: one matcher run per document, kept for the next call."""
        last, found = self._matched
        if last is not doc:
            found = self.constructions.match(doc)
            self._matched = (doc, found)
        return found

    def word_code(self, tok: Token, pos: str | None = None) -> str | None:
        """The code the lexicon gives a word alone (as a verb, or as a noun with its qualifiers)."""
        pos = pos or ("NOUN" if tok.pos_ in ("NOUN", "PROPN") else "VERB")
        words = modifiers(tok) if pos == "NOUN" else ()
        entry = self.lexicon.select(tok.lemma_.lower(), pos, words, ())
        return entry.code if entry is not None else None

    def _applying(self, tok: Token, kind: str, code: str | None, modality: str | None = None) -> Match | None:
        """The first entry of a kind at ``tok`` whose conditions hold."""
        return next((m for m in self.matches(tok.doc).at(tok, kind) if m.holds(code, modality, self.word_code)),
                    None)

    def dropped(self, verb: Token) -> bool:
        """An entry says the verb tells no act ("fighting to keep his seat")."""
        return self._applying(verb, "drop", None) is not None

    def construed(self, verb: Token, trigger: Trigger) -> Trigger | None:
        """The trigger as an entry recodes it before its arguments are searched ("ordered X jailed")."""
        m = self._applying(verb, "recode", trigger.code)
        code = m.code(trigger.code, self.word_code) if m is not None else None
        if m is None or code is None:
            return None
        return dataclasses.replace(trigger, code=code, construction=m.construction.rule)

    def construe(self, code: str, tok: Token) -> tuple[str, str, str | None]:
        """A trigger's code and modality as its clause reads them, and the entry that read them: an
        entry that applies when the modality is read ("failed to reach a deal", an ultimatum),
        else CAMEO's own readings (:func:`~geopol.events.constructs.code_in_context`)."""
        modality = modality_of(tok)
        m = self._applying(tok, "in_context", code, modality)
        construed = m.code(code, self.word_code) if m is not None else None
        if m is not None and construed is not None:
            return construed, m.construction.effect.modality or modality, m.construction.rule
        return (*code_in_context(code, tok), None)

    def reaimed(self, verb: Token, trigger: Trigger, ctx: DocContext) -> tuple[Trigger, list[Actor]] | None:
        """The trigger and targets an entry gives once the arguments are known ("said the militia
        was responsible": an accusation of the militia); None when its node names no one."""
        m = self._applying(verb, "reaim", trigger.code)
        target = m.construction.effect.target if m is not None else None
        if m is None or target is None:
            return None
        targets = self._role_actors(m, target, ctx)
        code = m.code(trigger.code, self.word_code)
        if not targets or code is None:
            return None
        return dataclasses.replace(trigger, code=code, construction=m.construction.rule), targets

    def _role_actors(self, m: Match, role: Role, ctx: DocContext) -> list[Actor]:
        """The actors an entry's source or target names: a node's subject, passive subject, own
        phrase, or the subject of the speech verb reporting it."""
        node = m.nodes[role.node]
        if role.role == "speaker":
            speech = reporting_head(node)
            found = self.subjects(speech, ctx)[0] if speech is not None else []
        elif role.role == "subject":
            found = self.subjects(node, ctx)[0]
        elif role.role == "passive_subject":
            found = [a for c in children_of(node) if c.dep_ in PASSIVE_SUBJECT_DEPS
                     for a in self.actors_at(c, ctx)]
        else:
            found = self.actors_at(node, ctx)
        return [a for a in found if a.code] if role.coded else found

    def _emitted(self, sent: Span, ctx: DocContext) -> Iterator[Candidate]:
        """Events entries make of their own ("said Libya must hand over the suspects": the
        speaker's demand on Libya), the first entry whose conditions hold at each anchor."""
        done: set[int] = set()
        for m in self.matches(ctx.doc).of_kind("emit", sent.start, sent.end):
            verb = m.anchor
            if verb.i in done:
                continue
            found = self.verb_trigger(verb)
            trigger_code = found[0].code if found is not None else None
            if not m.holds(trigger_code, None, self.word_code):
                continue
            done.add(verb.i)
            effect = m.construction.effect
            code = m.code(trigger_code, self.word_code)
            if code is None or effect.source is None or effect.target is None:
                continue
            speakers = self._role_actors(m, effect.source, ctx)
            addressees = self._role_actors(m, effect.target, ctx) if speakers else []
            trigger = Trigger(lemma=verb.lemma_.lower(), code=code, pos="VERB", construction=m.construction.rule)
            span = (verb.idx, verb.idx + len(verb))
            for s in speakers:
                for t in addressees:
                    if not same_actor(s, t):
                        conf = 0.6 + (0.1 if s.code else 0.0) + (0.1 if t.code else 0.0)
                        yield Candidate(trigger, verb, span, s, t, effect.modality or "asserted", None, verb, conf)
