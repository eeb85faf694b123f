"""Special constructions: clause shapes that change an event's code or parties beyond what its
trigger entry says (obligations, orders, sendings, blame, custody, agentless state acts), and
the code a trigger takes in its clause (intents, refusals, threats).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Span, Token

from geopol.actors.resolve import ActorResolver, mentions_from
from geopol.events.codes import (
    ACCUSATION_CODE,
    AUTHORITY_OF_ROOT,
    CONFLICT_ROOTS,
    COOPERATIVE_ROOTS,
    DEPORT_CODE,
    FORCE_THREAT_CODE,
    PUNITIVE_ROOTS,
    REFUSAL_CODE,
    REPORTING_AUTHORITIES,
    STATED_INTENT_ROOTS,
    STATEMENT_ROOT,
    VIOLENT_ROOTS,
)
from geopol.events.context import Candidate, DocContext
from geopol.events.lexicon import Lexicon, Trigger
from geopol.events.modality import THREAT_GOVERNORS, intends, modality_of, reporting_head, threatens
from geopol.events.ontology import intent_code, refusal_code, threat_code
from geopol.events.phrases import names_country
from geopol.events.tree import (
    AGENT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    agentless_passive,
    bare_participle,
    children_of,
    modifiers,
    passive_head,
    path_up,
    pobjs,
    sentence_of,
)
from geopol.events.words import (
    BLAST_NOUNS,
    CUSTODY_NOUNS,
    PAID_WORDS,
    PUNITIVE_NOUNS,
    SUFFERING_VERBS,
    THREAT_WORDS,
    WARNING_VERBS,
    WEAPON_NOUNS,
)
from geopol.schema import Actor

# Arrests, detentions and sentences (COERCE): told with no agent, a bare authority's.
BARE_AUTHORITY_ROOTS = frozenset({"17"})
LEGAL_CHARGE_CODE = "1121"  # CAMEO: accuse of a crime (charged, indicted, prosecuted)


class Constructions:
    """The special constructions, each one method: what it reads and what it makes."""

    lexicon: Lexicon
    resolver: ActorResolver

    def _fronted_participle(self, sent: Span, ctx: DocContext) -> Iterator[Candidate]:
        """"Meeting X in Beijing, President Y hailed ...": the small parser often reads a
        sentence-initial participle as part of a name. Read it as the verb it is, with the main
        clause's subject as its source and the misread phrase as its target."""
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.pos_ != "PROPN" or not first.lower_.endswith("ing") or first.dep_ != "compound":
            return
        trigger = None
        for stem in _verb_stems(first.lower_):
            trigger = self.lexicon.select(stem, "VERB", None, ())
            if trigger is not None:
                break
        if trigger is None or trigger.code.startswith(STATEMENT_ROOT):
            return
        named = first.head
        root = sent.root
        sources, _ = self.subjects(root, ctx)
        target = self.resolver.resolve(ctx.doc, first.i + 1, named.i + 1, ctx.date, ctx.mentions)
        if not sources or target is None:
            return
        span = (first.idx, first.idx + len(first))
        trigger = dataclasses.replace(trigger, reciprocal=False)
        yield from self._emit(trigger, first, span, sources, [target], named, ctx, inherited=True)

    def asks_punishment(self, verb: Token) -> str | None:
        """"called for sanctions against X", "sought jail sentences for X": towards X an accusation
        (CAMEO 112); "calls for attacks on US interests": a threat of force against X (138). None
        when the appeal asks for neither."""
        for child in children_of(verb):
            nouns = [child] if child.dep_ == "dobj" else [p for p in children_of(child) if p.dep_ == "pobj"] \
                if child.dep_ == "prep" else []
            for noun in nouns:
                entry = self.lexicon.select(noun.lemma_.lower(), "NOUN", modifiers(noun), ())
                if entry is not None and entry.code[:2] in PUNITIVE_ROOTS or noun.lemma_.lower() in PUNITIVE_NOUNS:
                    return ACCUSATION_CODE
                if entry is not None and entry.code[:2] in VIOLENT_ROOTS and pobjs(noun, ("on", "against")):
                    return FORCE_THREAT_CODE
        return None

    def _death_in_custody(self, noun: Token, trigger: Trigger, ctx: DocContext) -> Iterator[Candidate]:
        """"A prisoner died in custody after torture": abuse with no named author, suffered where
        someone was held, was done by whoever held them (the prison, the police custody); the one
        who died or was hurt suffered it."""
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in SUFFERING_VERBS or any(
                t.dep_ not in ("pobj", "prep", "pcomp", "conj") for t in [noun, *path_up(noun, verb)]):
            return
        held = next((t for t in [*verb.subtree] if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
                     and (t.lemma_.lower() in CUSTODY_NOUNS
                          or any(c.lemma_.lower() in CUSTODY_NOUNS for c in children_of(t) if c.dep_ == "compound"))),
                    None)
        victims = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS]
        if held is None or not victims:
            return
        custodian = self.actors_at(held, ctx, search=False) or [a for a in [self.unresolved(held)] if a is not None]
        suffered = self.actors_at(victims[0], ctx) or [a for a in [self.unresolved(victims[0])] if a is not None]
        if custodian and suffered:
            span = (noun.idx, noun.idx + len(noun))
            yield from self._emit(trigger, noun, span, custodian[:1], suffered, verb, ctx, True, noun_based=True)

    def _state_of_place(self, verb: Token, ctx: DocContext, code: str = "") -> list[Actor]:
        """"A journalist was arrested in Niger": arrests, releases, expulsions and trials have
        an authority behind them; with none named, the state where they happen is it. ``code``
        is the act's CAMEO code or root."""
        shared = passive_head(verb)
        if not agentless_passive(shared):
            return []
        for pobj in [*pobjs(verb, ("in", "from", "within")), *(pobjs(shared, ("in", "from", "within"))
                                                                 if shared is not verb else ())]:
            found = self.actors_at(pobj, ctx, search=False)
            # "were charged in a Kenyan court": a state's court named where it happens is who acted.
            states = [a for a in found if names_country(a)] or [a for a in found if a.country and a.role == "JUD"]
            if states:
                return states[:1]
        role = AUTHORITY_OF_ROOT.get(code[:2], "GOV")
        speech = reporting_head(shared)
        if speech is not None:
            # "Two men were arrested, Kenyan police said": the force or court reporting it acted.
            organs = {a.code[:3]: a for c in children_of(speech) if c.dep_ in SUBJECT_DEPS
                      for a in self.actors_at(c, ctx, search=False)
                      if a.country and a.code and a.role in REPORTING_AUTHORITIES}
            if len(organs) == 1:
                (prefix, organ), = organs.items()
                return [Actor(verb.text, (verb.idx, verb.idx + len(verb)), prefix + role, organ.country, role, None,
                              "state")]
        # "Five Bolivians were arrested", in a sentence naming no other country: their own state,
        # unless the story is filed from another ("NAIROBI - Two Britons were sentenced"). Never
        # for a deportation, which another state carries out.
        if code.startswith(DEPORT_CODE):
            return []
        patients = [a for c in children_of(shared) if c.dep_ in PASSIVE_SUBJECT_DEPS
                    for a in self.actors_at(c, ctx, search=False)]
        # "Two Nigerian soldiers and a civilian were charged": the conjoined people of no named
        # country are charged with the others, by the same state.
        placed = [a for a in patients if a.country]
        if len(placed) != 1 or not placed[0].code or any(a.code != a.role for a in patients if not a.country) or \
                ctx.filed_in not in (None, placed[0].country):
            return []
        patients = placed
        sent = sentence_of(verb)
        named = {m.entry.country for m in mentions_from(ctx.mentions, sent.start, sent.end)
                 if m.entry.country and m.entry.kind != "igo"}
        country = patients[0].code[:3]
        if named != {country}:
            return []
        return [Actor(verb.text, (verb.idx, verb.idx + len(verb)), country + role, country, role, None, "state")]

    def _unknown_perpetrator(self, verb: Token, ctx: DocContext) -> list[Actor]:
        """"A roadside bomb killed two soldiers", "were killed in a car bombing": violence whose
        author the sentence does not name is still an event; the weapon or attack phrase stands in
        for the source, uncoded (GDELT leaves Actor1 blank in the same case)."""
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children_of(verb))
        if passive:
            phrases = pobjs(verb, ("in", "by", "from"), AGENT_DEPS)
        else:
            phrases = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS]
        for phrase in phrases:
            entry = self.lexicon.select(phrase.lemma_.lower(), "NOUN", modifiers(phrase), ())
            lemma = phrase.lemma_.lower()
            armed = lemma in BLAST_NOUNS and any(m in WEAPON_NOUNS or m == "suicide" for m in modifiers(phrase))
            if lemma in WEAPON_NOUNS or armed or (entry is not None and entry.code[:2] in VIOLENT_ROOTS
                                                  and lemma not in BLAST_NOUNS):
                agents = self.noun_agents(phrase, ctx) if entry is not None else None
                if agents:
                    return agents  # "were killed in an ambush blamed on rebels": the attack's own agent
                foes = [a for p in pobjs(phrase, ("with",)) for a in self.actors_at(p, ctx)] \
                    if entry is not None and entry.reciprocal else []
                if any(a.code for a in foes):
                    return foes  # "a policeman was killed in clashes with militants": the side fought
                unknown = self.unresolved(phrase)
                return [unknown] if unknown is not None else []
        return []

    def _foreboding(self, verb: Token, sources: list[Actor], ctx: DocContext) -> bool:
        """A warning that is no threat: "warned that X ..." with no one warned, where X is not the
        warner's own side and does nothing forceful (a threat warns of the warner's own act)."""
        if verb.lemma_.lower() not in WARNING_VERBS:
            return False
        clauses = [c for c in children_of(verb) if c.dep_ == "ccomp"]
        if len(clauses) != 1 or any(c.dep_ in ("dobj", "dative") for c in children_of(verb)) or pobjs(verb, ("to",)):
            return False
        clause = clauses[0]
        own = {s.code for s in sources if s.code}
        for subject in (c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS):
            if subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(subject)):
                return False  # "warned that it would retaliate", "that his supporters would block roads"
            if own & {a.code for a in self.actors_at(subject, ctx, search=False)}:
                return False
        for tok in clause.subtree:
            if tok.lemma_.lower() in THREAT_WORDS or (
                    tok.lemma_.lower() in PAID_WORDS and tok.head.lemma_.lower() == "pay"):
                return False  # "warned that Iran would face consequences", "pay a price"
            found = self.verb_trigger(tok) if tok.pos_ == "VERB" else None
            if found is not None and threat_code(found[0].code) is not None:
                return False  # "warned that troops would strike"
        return True

    def _idle_threat(self, verb: Token) -> bool:
        """"30,000 refugees threatened to cross into Chad", "the unrest threatens to spread":
        "threaten" with an intransitive infinitive that is no act of any kind says what may
        happen, not a threat (CAMEO 13 threatens an act: force, sanctions, a walk-out; "threatened
        to set off bombs" names what it would be done with)."""
        if verb.lemma_.lower() != "threaten":
            return False
        clause = next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        return (clause is not None and not any(c.dep_ == "dobj" for c in children_of(clause))
                and self.verb_trigger(clause) is None)

    def _bare_authority(self, verb: Token, code: str, ctx: DocContext, state_only: bool = False) -> list[Actor]:
        """"The activist was arrested on Friday", "two officers were charged with beating a man": an
        arrest, sentence or criminal charge told with no agent and no place is a bare authority's
        (EVENTS.md rule 9), uncoded here; the sentence's one country, else the dateline's, or the
        state whose organs are charged places it (``events.placing.placed``). Only for a named or
        known patient; "was accused of" names no one who accuses."""
        shared = passive_head(verb)
        root = code[:2]
        if not (root in BARE_AUTHORITY_ROOTS or code == LEGAL_CHARGE_CODE or state_only) \
                or not agentless_passive(shared) or shared is not verb:
            return []
        if not any(a.code or a.country or a.kind == "person"
                   for c in children_of(shared) if c.dep_ in PASSIVE_SUBJECT_DEPS
                   for a in self._object_actors(c, ctx)):
            return []
        role = AUTHORITY_OF_ROOT.get(root, "GOV")
        return [Actor(verb.text, (verb.idx, verb.idx + len(verb)), role, None, role, None, None)]

    def _vowed_force(self, verb: Token) -> str | None:
        """The threat a vow of force makes ("vowed to crush the revolt" -> 1384), if it is one."""
        if verb.lemma_.lower() not in THREAT_GOVERNORS:
            return None
        for child in children_of(verb):
            found = self.verb_trigger(child) if child.dep_ == "xcomp" else None
            if found is not None and threat_code(found[0].code) is not None:
                return threat_code(found[0].code)
        return None

    def _suffered(self, trigger: Trigger, verb: Token, span: tuple[int, int], ctx: DocContext) -> Iterator[Candidate]:
        """"Five men stood trial in Portugal", "faces charges" (lexicon ``suffered``): the act is
        done to the subject, by the authority of the state it happens in (EVENTS.md rule 9); with
        no state named, a bare authority that the sentence's one country places, or no one."""
        patients, _ = self.subjects(verb, ctx)
        if not patients and bare_participle(verb):
            # "two officials indicted for fraud": the noun is charged, not whom its charge names.
            clause = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
            # Its country is named in its own phrase ("Kenyan officials"), or placed later by the
            # sentence only when the charge names no country ("a reservist charged with abusing
            # Iraqi prisoners" is not Iraq's).
            named = {m.entry.country for m in mentions_from(ctx.mentions, verb.head.left_edge.i, verb.head.i + 1)}
            charged_with = any(m.entry.country for m in mentions_from(ctx.mentions, verb.i, verb.right_edge.i + 1))
            patients = [a for a in self.actors_at(verb.head, ctx) if not clause[0] <= a.span[0] < clause[1]
                        and (a.country in named if a.country else not charged_with)]
        if not patients:
            return
        role = AUTHORITY_OF_ROOT.get(trigger.code[:2], "GOV")
        places = pobjs(verb, ("in", "within"))
        places += [q for p in places for q in pobjs(p, ("in",))]  # "appeared in court in Tanzania"
        states = [a for p in places for a in self.actors_at(p, ctx, search=False) if names_country(a)]
        at = (verb.idx, verb.idx + len(verb))
        authority = (Actor(verb.text, at, states[0].code[:3] + role, states[0].country, role, None, "state")
                     if states and states[0].code else Actor(verb.text, at, role, None, role, None, None))
        yield from self._emit(trigger, verb, span, [authority], patients, verb, ctx, False)


def code_in_context(code: str, trig_tok: Token) -> tuple[str, str]:
    """The CAMEO code and modality of a trigger read in its clause.

    CAMEO codes a stated intention ("will release" -> 0353) and a refusal ("will not lift the
    embargo" -> 1244) as events of their own; what is only intended stays marked future. The
    readings that are shapes of clause ("failed to reach a deal", an ultimatum) are entries of
    ``data/constructions``, read first (:meth:`~geopol.events.construed.ConstructionEffects.construe`).
    """
    modality = modality_of(trig_tok)
    root = code[:2]
    if root in CONFLICT_ROOTS:
        if modality in ("future", "hypothetical") and intends(trig_tok):
            return threat_code(code) or code, "asserted" if threatens(trig_tok) else "future"
        return code, modality
    if root == REFUSAL_CODE[:2] and modality == "future" and intends(trig_tok) and announced_by_self(trig_tok):
        # "Seoul says it will reject the plan ...": a refusal its maker announces is made by
        # the telling, as "will not accept" is (CAMEO 12); "parliament will reject the bill next
        # week", told by others, is still to come.
        return code, "asserted"
    if root not in COOPERATIVE_ROOTS:
        return code, modality
    if intends(trig_tok) and modality == "negated":
        # "will not accept refugees": refusing what an intent (03x) or an act would offer.
        return refusal_code(code) or REFUSAL_CODE, "asserted"
    if root == "03" and modality == "future" and intends(trig_tok):
        # "will offer to help", "said it would agree to talks": an intent told in the future is an
        # AGREE stated now (EVENTS.md rule 8).
        return code, "asserted"
    if root != "03" and intends(trig_tok):
        if modality in ("future", "hypothetical"):
            # PLOVER: a promised, planned or offered cooperative act is an AGREE that happened now;
            # a yielding act told in the future ("will withdraw") stays marked future.
            return intent_code(code) or code, "asserted" if root in STATED_INTENT_ROOTS else "future"
    return code, modality


# The subject pronoun by which a speaker tells of its own act ("Iran says it will reject ...").
SELF_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def announced_by_self(trig_tok: Token) -> bool:
    """The trigger's clause is reported speech whose subject is a pronoun for its speaker."""
    speech = reporting_head(trig_tok)
    if speech is None or not any(c.dep_ == "nsubj" for c in speech.children):
        return False
    tok = trig_tok
    while tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i and not any(c.dep_ == "nsubj" for c in tok.children):
        tok = tok.head
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in SELF_PRONOUNS


def _verb_stems(gerund: str) -> tuple[str, ...]:
    """Base forms a gerund may come from: meeting -> meet, making -> make, stopping -> stop."""
    stem = gerund[:-3]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return tuple(out)
