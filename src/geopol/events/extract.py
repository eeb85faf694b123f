"""Clause -> event: find triggers in a parsed sentence, their source and target actors.

A verb (or an event noun) found in the trigger lexicon is an event candidate. Its source is the
grammatical subject (the agent of a passive, the subject inherited through ``xcomp``/``conj``,
the noun an active participle modifies), its target the argument its lexicon entry names,
else the first actor inside the object phrase ("opposes the deployment of a US missile
system" -> the US). Compound actors give one event per member; reciprocal triggers give both
directions. Everything here reads the spaCy parse; actors, words and codes come from data.

``Extractor`` is the engine (this module: candidates, verb and noun events, pairing, deeper
parties) over mixins with one job each: ``phrases`` (who a phrase names), ``antecedents``
(pronouns), ``arguments`` (sources and targets), ``verb_trigger`` (the entry a verb fires) and
``constructs`` (special constructions still in code), ``construed`` (applies the constructions of
``data/constructions/*.yaml``). ``tree`` holds the parse helpers, ``words`` the word
classes of ``data/words.yaml``, ``codes`` the CAMEO codes and roles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from geopol.actors.resolve import ActorResolver, localize, mentions_in
from geopol.events import joint as together
from geopol.events.antecedents import Antecedents
from geopol.events.arguments import Arguments, aimed_by_preposition, condemned_attack, promised_to
from geopol.events.codes import (
    ACCUSATION_CODE,
    AGREEMENT_ROOT,
    CIVILIAN_ROLE,
    FIGHT_ROOTS,
    FORCE_ROOTS,
    INSTRUMENT_ROLES,
    JOINT_FORCE_CODE,
    MUTUAL_CODES,
    MUTUAL_ROOTS,
    OFFICIAL_COMPLAINT_CODE,
    OPPOSING_ROLES,
    PESSIMISTIC_CODE,
    PROTEST_ROOT,
    REQUEST_ROOTS,
    STATE_ACT_ROOTS,
    STATEMENT_ROOT,
    THREAT_CODE,
    THREAT_ROOT,
    UNDIRECTED_NOUN_ROOTS,
    UNDIRECTED_ROOTS,
    VIOLENT_ROOTS,
    VISIT_CODES,
    known_source,
    missing_recipient_penalty,
)
from geopol.events.constructions import ConstructionSet, load_constructions
from geopol.events.constructs import LEGAL_CHARGE_CODE, Constructions, code_in_context
from geopol.events.construed import ConstructionEffects
from geopol.events.context import Candidate, DocContext, Salience
from geopol.events.lexicon import Lexicon, Trigger
from geopol.events.modality import according_to, intends, modality_of, own_modality, reporting_head
from geopol.events.noun_arguments import received
from geopol.events.ontology import intent_code
from geopol.events.phrases import Phrases, known, same_actor
from geopol.events.tree import (
    AGENT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    aside,
    bare_participle,
    behest_phrase,
    children_of,
    conditions_of,
    each_other,
    fronted_adjuncts,
    harmed_above,
    misread_object,
    modifiers,
    noun_words,
    of_object,
    own_belonging,
    passive_head,
    phrasal_reach,
    pobjs,
    purpose_clause,
    reduced_passive,
    spans_overlap,
    unaddressed,
)
from geopol.events.verb_trigger import (
    VerbTriggers,
    as_reciprocal,
    embedded_under_intent,
    generic_target,
    moved_thing,
    recoded,
)
from geopol.events.words import (
    BEHEST_NOUNS,
    CASUALTY_VERBS,
    CLAIM_NOUNS,
    CLAIMING_VERBS,
    COMMITMENT_WORDS,
    CONDITION_MARKS,
    COPULAS,
    CULPABLE_WORDS,
    ECONOMIC_NOUNS,
    EXERCISE_WORDS,
    HARM_NOUNS,
    JOINT_WORDS,
    LOCATIVE_PREPS,
    PARTICIPATION_VERBS,
    PLACE_NOUNS,
    RELATION_NOUNS,
    STANCE_PARTICIPLES,
    STATE_ONLY_VERBS,
    UNDERGOING_VERBS,
)
from geopol.parsed import ents_in, token_tags
from geopol.schema import Actor

# Importable from here for existing callers.
__all__ = ["ACCUSATION_CODE", "Candidate", "DEEPER_PENALTY", "DocContext", "Extractor", "STATEMENT_ROOT",
           "SUBJECT_DEPS", "Salience", "VIOLENT_ROOTS", "code_in_context", "modifiers", "spans_overlap"]

# Clauses that tell acts of their own: their parties are no deeper party of the clause above.
OWN_CLAUSE_DEPS = frozenset({"relcl"})
# The act against an extradited suspect, beside the state it is sent to: held, never counted.
PATIENT_BESIDE_DESTINATION = 0.5
# A known actor found deeper in the clause than the trigger's own arguments: a weaker reading.
DEEPER_PENALTY = -0.25
# "Ministers of seven states met": a gathering of this many parties is one multilateral act, not
# N(N-1) bilateral ones (a summit of seven would outweigh 21 bilateral meetings in the dyads). Each
# pair among them is a weaker reading, listed in the event's alternatives below the confidence floor,
# so no count reads it; an act of theirs towards another party ("held talks with X") stays counted.
# Three parties ("Russia, China and India met") are still read pair by pair (EVENTS.md rule 3).
MULTILATERAL_PARTIES = 4
MULTILATERAL_PENALTY = -0.4
INTENT_RECIPIENT_BONUS = 0.15
DEEPER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Protests of a crowd (CAMEO 141 demonstrate or rally, 145 riot): told happening, they name their crowd.
CROWD_CODES = frozenset({"141", "145"})


class Extractor(Phrases, Antecedents, Arguments, VerbTriggers, Constructions, ConstructionEffects):
    """Turns one parsed document into event candidates. Build once; call per document."""

    def __init__(self, lexicon: Lexicon, resolver: ActorResolver, constructions: ConstructionSet | None = None) -> None:
        self.lexicon = lexicon
        self.resolver = resolver
        self.constructions = constructions if constructions is not None else load_constructions()
        # "Americans", "Iraqis": the plural demonyms, names of people of a country.
        self.people_names = frozenset(a for e in resolver.kb.entries if e.category == "countries"
                                      for a in e.aliases if a.endswith("s") and a[:-1] in e.aliases)

    def candidates(self, sent: Span, ctx: DocContext) -> Iterator[Candidate]:
        consumed: set[int] = set()
        yield from self._fronted_participle(sent, ctx)
        yield from self._emitted(sent, ctx)
        nouns = []  # one walk of the sentence: its nouns wait until the verbs have consumed theirs
        doc = sent.doc
        tags, deps, ents = token_tags(doc)  # a Token is made only for the words that pass
        for i in range(sent.start, sent.end):
            if (pos := tags[i]) in ("VERB", "AUX") or (pos == "NOUN" and deps[i] == "ROOT"):
                yield from self._verb_events(doc[i], ctx, consumed)
            if pos == "NOUN" and not ents[i]:
                nouns.append(doc[i])
        for tok in nouns:
            # "Jordanian armed forces" names an actor, not an event of force.
            if tok.i not in ctx.mentioned or self._takes_its_argument(tok):
                # "Chile rejected a Peruvian request for ...": an event noun the verb's event used is
                # still an act of its own when the noun names its own agent (another actor).
                yield from self._noun_events(tok, ctx, own_agent_only=tok.i in consumed)

    def _verb_events(self, verb: Token, ctx: DocContext, consumed: set[int]) -> Iterator[Candidate]:
        found = self.verb_trigger(verb)
        if found is None:
            return
        trigger, trig_tok, used = found
        consumed.update(used)
        obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "attr")), None)
        obj_lemma = obj.lemma_.lower() if obj is not None else None
        if trig_tok.i != verb.i:
            # "impose sanctions", "hold talks", "signed a contract": the noun names the event.
            skip = trig_tok
            span = (min(verb.idx, trig_tok.idx), max(verb.idx + len(verb), trig_tok.idx + len(trig_tok)))
        else:
            skip = None
            span = (verb.idx, verb.idx + len(verb))
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in STANCE_PARTICIPLES:
            return  # "candidates opposing the president": who they are, no act
        if embedded_under_intent(verb, self.lexicon):
            # "agreed to cooperate": the matrix verb carries the event (CAMEO codes the intent).
            return
        construed = self.construed(verb, trigger)  # data/constructions: "ordered X jailed", "sent X to investigate"
        if construed is not None:
            trigger = construed
        elif trigger.code.startswith(AGREEMENT_ROOT) and (vowed := self._vowed_force(verb)) is not None:
            # "vowed to hunt down the kidnappers": a threat (CAMEO 13)
            trigger = recoded(trigger, vowed, by="events/constructs.py vowed-force")
        elif trigger.code[:2] in ("02", "10") and (asked := self.asks_punishment(verb)) is not None:
            # "called for sanctions against X", "sought jail sentences for X": towards X this is an
            # accusation (CAMEO 112), "calls for attacks on X" a threat; the appeal has no addressee.
            trigger = recoded(trigger, asked, by="events/constructs.py asks-punishment")
        if trigger.code == LEGAL_CHARGE_CODE and bare_participle(verb):
            trigger = dataclasses.replace(trigger, suffered=True)  # "a soldier charged with abuse": as "faces charges"
        if trigger.suffered:
            yield from self._suffered(trigger, verb, span, ctx)
            return
        sources, inherited = self.subjects(verb, ctx)
        if trigger.code == THREAT_CODE and trig_tok.i == verb.i and self._foreboding(verb, sources, ctx):
            # "The minister warned that the economy would shrink": a warning of what others do or
            # what will happen, to no one, is a pessimistic comment (CAMEO 012), not a threat.
            trigger = recoded(trigger, PESSIMISTIC_CODE, by="events/constructs.py warning-no-threat")
        if trigger.code == THREAT_CODE and trig_tok.i == verb.i and self._idle_threat(verb):
            return
        if trigger.code[:2] in STATE_ACT_ROOTS and passive_head(verb) is not verb:
            sources, inherited = [], False  # "was arrested and charged": the one arrested charged no one
        if not sources and trigger.code[:2] in VIOLENT_ROOTS and verb.lemma_.lower() not in STATE_ONLY_VERBS:
            sources = self._unknown_perpetrator(verb, ctx)
        by_state = False
        # "was executed": a killing only a state carries out, told with no agent (EVENTS.md rule 9).
        state_only = trigger.code[:2] in VIOLENT_ROOTS and verb.lemma_.lower() in STATE_ONLY_VERBS
        if not sources and (trigger.code[:2] in STATE_ACT_ROOTS or state_only):
            sources = self._state_of_place(verb, ctx, trigger.code) or self._bare_authority(
                verb, trigger.code, ctx, state_only)
            by_state = bool(sources)
        if not sources and trigger.code[:2] == PROTEST_ROOT:
            # "Prisoners rioted", "youths demonstrated": crowds protest without a name; keep them uncoded.
            crowd = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")), None)
            unknown = self.unresolved(crowd) if crowd is not None else None
            sources = [unknown] if unknown is not None else []
        if not sources:
            return
        trigger = _official_complaint(trigger, trig_tok, sources)
        targets = self.targets(trig_tok, trigger, ctx, skip=None) if trig_tok.i != verb.i else []
        if not targets:
            targets = self.targets(verb, trigger, ctx, skip=skip)
        if by_state and trig_tok.i == verb.i:
            # "Three sailors were charged with killing a Kenyan, the navy said": the state acted on
            # the ones it charged, its own people when they have no other country.
            patients = [localize(a, sources[0].code[:3]) if sources[0].country else a
                        for c in children_of(passive_head(verb))
                        if c.dep_ in PASSIVE_SUBJECT_DEPS for a in self._object_actors(c, ctx)]
            targets = patients or targets
        if not any(t.code for t in targets) and trig_tok.i == verb.i and passive_head(verb) is not verb:
            # "were arrested and charged with fraud": the second participle's patient is the first's.
            targets = [a for c in children_of(passive_head(verb)) if c.dep_ in PASSIVE_SUBJECT_DEPS
                       for a in self._object_actors(c, ctx)] or targets
        if not targets and trig_tok.i == verb.i and obj is None:
            # "resent and challenge America's primacy": conjoined verbs share the object.
            sibling = next((c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB"), None)
            shared = next((c for c in children_of(sibling) if c.dep_ == "dobj"), None) if sibling is not None else None
            if shared is not None:
                targets = self._object_actors(shared, ctx)
        if not targets and obj is not None and "dobj" not in trigger.target and obj.i != trig_tok.i and not (
                moved_thing(trigger, obj)):
            # The entry names other roles, but the object may still name the counterpart
            # ("signed a contract to buy gas from Gazprom").
            targets = self._object_actors(obj, ctx)
        if trigger.code[:2] in FORCE_ROOTS:
            own = {s.country for s in sources}
            if not any(t.country and t.country not in own for t in targets):
                targets = self._struck_possession(verb, sources, ctx) or targets  # "attacked its border posts"
        targets = together.partners_not_topic(trigger, obj, targets)  # not "discussed Iran's nuclear programme"
        if not targets:
            # "agreed to cooperate with X", "staged a sit-in to protest against X": the
            # target sits in the complement or purpose clause.
            for child in children_of(verb):
                if child.dep_ == "xcomp" or (child.dep_ == "advcl" and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))):
                    inner_obj = next((c.lemma_.lower() for c in children_of(child) if c.dep_ == "dobj"), None)
                    particles = tuple(c.lower_ for c in children_of(child) if c.dep_ in ("prt", "prep"))
                    inner = self.lexicon.select(child.lemma_.lower(), "VERB", inner_obj, particles)
                    if together.purpose_is_topic(trigger, inner, sources, verb):
                        continue  # "A and B met to review the talks between C and D"
                    targets = self.targets(child, inner or generic_target(trigger), ctx)
                    if targets:
                        # "agreed to accept refugees": the complement's object did not agree.
                        trigger = dataclasses.replace(trigger, reciprocal=False)
                        break
        if not any(t.code for t in targets) and not trigger.code.startswith(STATEMENT_ROOT) and (
                purpose_clause(verb) or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
            # "called Abiy Ahmed to express support", "sent a letter to the WTO threatening to
            # leave": what the act above was for is towards whom it was done to or addressed.
            head = verb.head
            for addressee in [*(c for c in children_of(head) if c.dep_ == "dobj"),
                              *filter(None, [misread_object(head)]), *pobjs(head, ("to",), ("dative", "prep"))]:
                if own_belonging(addressee):
                    # "abandoned its opposition to X, pledging ...", "moved its troops, hoping ...":
                    # the subject's own stance or forces are what it acts on, never whom it addresses.
                    continue
                found = self._object_actors(addressee, ctx)
                if found and all(a.role in INSTRUMENT_ROLES and (a.country is None or any(
                        a.country == s.country for s in sources)) for a in found):
                    continue  # "sent troops to crush an uprising": the subject's forces are its means
                if any(a.code for a in found):
                    targets = found
                    break
        if not any(t.code for t in targets) and trigger.code[:2] in VIOLENT_ROOTS:
            # "three soldiers were killed when rebels detonated a bomb": the harmed are whom it was done to.
            # A state's forces are not told killing their own ("Palestinians and Israelis were killed as
            # Israel struck"), nor people of no country, who would be read as its own.
            state = any(s.role not in OPPOSING_ROLES for s in sources)
            own = {s.country for s in sources} if state else set()
            targets = [a for v in harmed_above(verb) for a in self._object_actors(v, ctx)
                       if a.country not in own and (a.country or not state)] or targets
        if not any(t.code for t in targets):
            # "will keep the tariffs until Ruritania opens its market", "is willing to reopen talks if
            # Havana frees ...": the condition of an act or an offer names who must act.
            for clause in conditions_of(verb, CONDITION_MARKS | ({"if"} if intends(verb) else set())):
                conditional = [a for a in self.subjects(clause, ctx)[0]  # "... if it can keep X": not its own side
                               if a.code and not any(a.country and a.country == s.country for s in sources)]
                if conditional:
                    targets = conditional
                    break
        if not targets and len(sources) > 1 and obj is not None and obj_lemma in RELATION_NOUNS:
            # "Russia and China have extolled their relationship": each towards the other.
            trigger = as_reciprocal(trigger)
        if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "amod") and not any(
                c.dep_ == "agent" for c in children_of(verb)):
            # "Isolated from the west, Russia ...": a participle describing its subject, not an act.
            return
        if reduced_passive(verb) and not any(t.code for t in targets) and not (
                trigger.code[:2] in VIOLENT_ROOTS and verb.lemma_.lower() in CASUALTY_VERBS):
            # "a team proposed by the president", "sites seized by gunmen": done to no one known;
            # "twelve men executed by insurgents" were done to, whoever they are
            return
        trigger = together.backed_in_operation(verb, trigger, sources, targets) or trigger  # "backed troops in raids"
        reaimed = self.reaimed(verb, trigger, ctx)  # data/constructions: "said X was responsible"
        if reaimed is not None:
            trigger, targets = reaimed
        if trigger.code[:2] == THREAT_ROOT and targets and all(
                t.country and any(t.country == src.country for src in sources) for t in targets):
            # "The envoy threatened that Moscow would cut ties with Georgia": the threat is against
            # whom the threatened act would hit, not the speaker's own side.
            for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
                inner = self.verb_trigger(clause)
                hit = self.targets(clause, inner[0], ctx) if inner is not None else []
                if any(t.code for t in hit):
                    targets = hit
                    break
        legal, targets, patients = self._towards_patients(trigger, trig_tok, span, sources, targets, verb, ctx,
                                                          inherited)
        yield from legal
        if patients and not targets:
            return
        if trigger.code == PESSIMISTIC_CODE and not any(t.code for t in targets):
            # A dark forecast of someone's act ("would rig the vote") is aimed at them; of what happens, at no one.
            if any(s.code for s in sources):
                # A report of what they did ("30,000 refugees have fled, the agency warned") is no forecast.
                blamed = [a for c in children_of(verb) if c.dep_ == "ccomp" and modality_of(c) != "asserted"
                          for subj in children_of(c) if subj.lemma_.lower() not in ECONOMIC_NOUNS
                          if subj.dep_ in SUBJECT_DEPS and subj.pos_ != "PRON"
                          for a in self.actors_at(subj, ctx, search=False)
                          if a.code and not any(same_actor(a, s) for s in sources)]
                yield from self._emit(trigger, trig_tok, span, sources, blamed, verb, ctx, inherited)
            return
        deeper = [] if trigger.code.startswith(STATEMENT_ROOT) else self._deeper_actors(
            verb, sources, [*targets, *patients], ctx, phrasal=any(known(t) for t in targets),
            means=obj if obj is not None and (moved_thing(trigger, obj) or trigger.code[:2] in FORCE_ROOTS and (
                obj.dep_ == "dobj" and aimed_by_preposition(trigger, list(children_of(verb))))
                or condemned_attack(trigger, obj, self)) else None,
            intent=trigger.code.startswith(AGREEMENT_ROOT))
        if not targets and not deeper and not trigger.reciprocal and trigger.code[:2] not in UNDIRECTED_ROOTS and not (
                known_source(trigger.code) and not (inherited and verb.dep_ == "advcl")
                and any(s.code for s in sources)) and trigger.code[:3] not in VISIT_CODES:
            # "It alleges ...", "Russia seeks to ...": a statement or act with no one on the
            # receiving end, by no one known, is not an event; the clause it introduces is coded
            # on its own.
            return
        yield from self._emit(trigger, trig_tok, span, sources, targets, verb, ctx, inherited, deeper=deeper)

    def _noun_events(self, noun: Token, ctx: DocContext, own_agent_only: bool = False) -> Iterator[Candidate]:
        lemma = noun.lemma_.lower()
        if not self.lexicon.nouns(lemma):
            return  # most nouns name no event: their qualifiers need no reading
        trigger = self.lexicon.select(lemma, "NOUN", noun_words(noun), ())
        if trigger is None:
            return
        if own_agent_only and not self._own_agent(noun, ctx):
            return
        if behest_phrase(noun, BEHEST_NOUNS):
            yield from self._behest(noun, trigger, ctx)
            return
        sources = self.noun_agents(noun, ctx)
        if sources is None:
            return  # "linked to Russia's fight against X": a relation named as background
        inherited = False
        if not sources and (accused := self.accused(noun, ctx)):
            sources, inherited = accused, True  # "charged with the murder of a general": the accused's act
        if not sources and together.between_partners(noun):
            # "Cooperation between Kenya and Uganda was strengthened", "clashes between Indian troops
            # and separatists": the partners named by "between".
            partners = self.partners_between(noun, ctx)
            if len({a.code for a in partners if a.code}) >= 2 and any(known(a) for a in partners):
                span = (noun.idx, noun.idx + len(noun))
                if together.meeting_planned(noun):
                    # "Talks between A and B will resume on Monday": their intent to meet (EVENTS.md rule 8)
                    trigger = recoded(trigger, intent_code(trigger.code), by="events/joint.py meeting-planned")
                yield from self._emit(as_reciprocal(trigger), noun, span, partners, [], noun, ctx, False,
                                      noun_based=True)
                return
        if not sources:
            # "X and Y held joint drills" without a support verb: the governing verb's subject.
            # A conjoined object stands where its first conjunct does ("logistics and financial support").
            slot = noun.head if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "pobj") else noun
            head = slot.head
            if noun.dep_ == "attr" and head.lemma_.lower() in COPULAS:
                # "The United States is the largest donor to Sudan."
                sources, _ = self.subjects(head, ctx)
                inherited = True
            elif received(noun) and (slot.dep_ == "dobj" or head.head.lemma_.lower() in UNDERGOING_VERBS
                                     or pobjs(noun, ("from", "by"), AGENT_DEPS)):
                # "Iran faces criticism from the UN", "came under attack from X", "extended his term
                # under pressure from Syria": the giver acts on the subject.
                head = head if slot.dep_ == "dobj" else head.head
                givers = [*pobjs(noun, ("from", "by"), AGENT_DEPS), *pobjs(head, ("from", "by"), AGENT_DEPS)]
                receivers, _ = self.subjects(head, ctx)
                sources = [a for g in givers[:1] for a in self.actors_at(g, ctx)]
                if sources and receivers:
                    span = (noun.idx, noun.idx + len(noun))
                    yield from self._emit(trigger, noun, span, sources, receivers, head, ctx, True, noun_based=True)
                return
            elif (noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility"
                  and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in CLAIMING_VERBS):
                # "Hamas claimed responsibility for the bombing": the claimant says it did it (as
                # "said it had killed the hostages"), a report of the act as the claimant tells it;
                # the claimant is named as its author, not inherited from a verb of other acts.
                sources, _ = self.subjects(head.head.head, ctx)
            elif noun.dep_ == "pobj" and head.head.lemma_.lower() in CULPABLE_WORDS and head.head.dep_ == "acomp":
                # "The cartel is responsible for mass killings": the one held responsible did it.
                sources, _ = self.subjects(head.head.head, ctx)
                inherited = True
            elif noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP"):
                verb = head if head.pos_ == "VERB" else head.head
                if verb.pos_ == "VERB" and (verb.lemma_.lower() in self.lexicon.support_verbs
                                            or verb.lemma_.lower() in PARTICIPATION_VERBS
                                            or together.occasion_of(noun, trigger, verb) and not self._violent(verb)):
                    sources, _ = self.subjects(verb, ctx)
                    inherited = True
        crowd = not sources and trigger.code[:3] in CROWD_CODES and together.outbreak_reported(noun)
        if crowd:
            # "Riots broke out in Monrovia", "after days of rioting in Abidjan": a protest told
            # happening names its crowd with it, an unnamed civilian one that the place or the
            # sentence's one country places (events/placing.py); placed nowhere, it counts for no one.
            sources = [Actor(noun.text, (noun.idx, noun.idx + len(noun)), CIVILIAN_ROLE, None, CIVILIAN_ROLE,
                             None, "group")]
        if not sources and trigger.code[:2] in VIOLENT_ROOTS:
            yield from self._death_in_custody(noun, trigger, ctx)
            return
        if not sources:
            return
        trigger = _official_complaint(trigger, noun, sources)  # "China's protest over the visit"
        targets = self.targets(noun, trigger, ctx)
        if crowd:  # "riots between Christians and Muslims": the sides are the crowd, not its target
            targets = [t for t in targets if not together.between_sides(noun, t)]
        if not targets and noun.lemma_.lower() in together.AGENT_TRIGGERS:  # "Norwegian mediators said talks ..."
            targets = [a for p in together.talks_between(noun) for a in self.actors_at(p, ctx) if known(a)]
        targets = [t for t in targets if all(t.span != s.span for s in sources)]
        answered = False
        if not any(t.code for t in targets):  # "X rejected Y's offer": the offer was made to X
            answerers = self.responders(noun, sources, ctx)
            targets, answered = answerers or targets, bool(answerers)
        span = (noun.idx, noun.idx + len(noun))
        scope = noun.head if noun.head.pos_ == "VERB" else noun
        legal, targets, patients = self._towards_patients(trigger, noun, span, sources, targets, scope, ctx,
                                                          inherited, noun_based=True)
        yield from legal
        if patients and not targets:
            return
        joint = any(c.lower_ in JOINT_WORDS for c in children_of(noun))
        deeper = self._deeper_actors(noun, sources, [*targets, *patients], ctx,
                                     phrasal=any(known(t) for t in targets),
                                     intent=trigger.code.startswith(AGREEMENT_ROOT))
        if not targets and not deeper and not (joint and len(sources) > 1) and \
                trigger.code[:2] not in UNDIRECTED_NOUN_ROOTS and not together.among_members(trigger, sources, noun) \
                and trigger.code[:3] not in VISIT_CODES:  # "began a visit": the dateline may name the host
            # "western sanctions", "Chinese funding": without a recipient a noun is not yet an event.
            return
        if own_agent_only and not any(t.code for t in [*targets, *deeper]):
            return  # "violating South Africa's ban on ...": used by the verb's act, towards no one
        # An answered offer or demand was made, whatever becomes of the answer ("will send
        # trainers in response to appeals by ...", "would not give in to the rebels' demands").
        yield from self._emit(trigger, noun, span, sources, targets, scope, ctx, inherited, noun_based=True,
                              deeper=deeper, own_act=own_agent_only or answered)

    def _behest(self, noun: Token, trigger: Trigger, ctx: DocContext) -> Iterator[Candidate]:
        """"Kenyan troops entered Somalia at the request of the Somali government": the one who
        asked (the "of" object or the possessor) asked the clause's subject, who acted on it."""
        askers = [a for p in [*pobjs(noun, ("of",)), *(c for c in children_of(noun) if c.dep_ == "poss")]
                  for a in self.actors_at(p, ctx)]
        asked, _ = self.subjects(noun.head.head, ctx)
        if askers and any(a.code for a in asked):
            span = (noun.idx, noun.idx + len(noun))
            yield from self._emit(trigger, noun, span, askers, asked, noun.head.head, ctx, False, noun_based=True,
                                  own_act=True)

    def _emit(self, trigger: Trigger, trig_tok: Token, span: tuple[int, int], sources: list[Actor],
              targets: list[Actor], scope: Token, ctx: DocContext, inherited: bool,
              noun_based: bool = False, deeper: Sequence[Actor] = (), own_act: bool = False) -> Iterator[Candidate]:
        if own_act and own_modality(trig_tok) is None:
            # "rejected a Peruvian request": the request was made, whatever becomes of it.
            code, modality, construction = trigger.code, "asserted", None
        else:
            code, modality, construction = self.construe(trigger.code, trig_tok)
        if construction is not None:  # data/constructions: "failed to reach a deal", an ultimatum
            trigger = dataclasses.replace(trigger, construction=construction)
        # "Brazil is willing to (will not) resume talks with Venezuela": the intent (refusal) is Brazil's only.
        intended, refused = together.one_sided(trigger.code, code, sources, targets)
        trigger = recoded(trigger, code, by="events/constructs.py code_in_context")  # intents, refusals
        if self.lexicon.has_context(code):
            code = self.lexicon.in_context(code, {t.lower_ for t in scope.subtree})
        if code != trigger.code:
            trigger = recoded(trigger, code, by="triggers.yaml contexts")
        claimed_by = self._claimant(scope, ctx)
        if together.joint_force(trigger, sources, trig_tok, scope):
            # "a joint offensive by Kenyan and Ugandan troops": the partners cooperate, and each uses
            # force on the enemy alone (EVENTS.md rule 3), never on the other.
            jointly = recoded(trigger, JOINT_FORCE_CODE, by="events/joint.py joint-force")
            yield from self._emit(jointly, trig_tok, span, sources, [], scope, ctx, inherited, noun_based)
            trigger = dataclasses.replace(trigger, reciprocal=False)
            joint = False
        else:
            joint = any(c.lower_ in JOINT_WORDS for c in [*children_of(trig_tok), *children_of(scope)])
        if (not joint and len(sources) >= 2 and trigger.code.startswith("15")
                and trig_tok.lemma_.lower() in EXERCISE_WORDS and len({s.code for s in sources}) >= 2):
            # "US and allied forces launch war games near Iran": drills held together are joint; the
            # country they are held near is where, not a partner.
            joint, targets = True, []
        reciprocal = (trigger.reciprocal and not intended and not refused) or joint
        if joint and trigger.code.startswith("15"):
            trigger = recoded(trigger, JOINT_FORCE_CODE, by="events/extract.py joint-drills")
        pairs: list[tuple[Actor, Actor | None, float]] = []
        if each_other(trig_tok) or each_other(scope):
            targets, reciprocal = [], True
        shared = trigger.code[:2] in MUTUAL_ROOTS or trigger.code in MUTUAL_CODES
        coded_targets = any(t.code for t in targets)
        # "Kenya and Uganda agreed to sanction X": an agreement is between those who made it,
        # whoever its terms concern; "A and B will meet X" is each one's intent towards X.
        agreed = (trigger.code.startswith(AGREEMENT_ROOT) and len({s.code or s.text for s in sources}) >= 2
                  and any(s.code for s in sources) and not (intended and coded_targets))
        # "Malian and French troops fought jihadists": co-subjects of force used on a coded party are allies.
        allies = not joint and trigger.code[:2] in FIGHT_ROOTS and coded_targets
        # "Kenya and Uganda vowed to fight terrorism": each one's vow, made to no one; but "pledged
        # to cooperate", "to work together" promise an act done with each other.
        pledged = trigger.code.startswith(AGREEMENT_ROOT) and trig_tok.lemma_.lower() in COMMITMENT_WORDS
        alone = pledged and not joint and not self._done_together(trig_tok)
        mutual = len(sources) >= 2 and not allies and (reciprocal or (agreed or shared and not coded_targets)
                                                       and not alone)
        if mutual:
            # "Jordan and Britain agreed to ...": each member towards the other comes first; the
            # pairs of a gathering of many are weaker readings (``MULTILATERAL_PARTIES``).
            many = len({s.code or s.text for s in sources}) >= MULTILATERAL_PARTIES
            pairs = [(a, b, MULTILATERAL_PENALTY if many else 0.1)
                     for a in sources for b in sources if a is not b and not same_actor(a, b)]
        for s in sources:
            for t in targets:
                if same_actor(s, t):
                    continue
                pairs.append((s, t, 0.0))
                if reciprocal and t.code:
                    pairs.append((t, s, 0.0))
        if not mutual and reciprocal and not targets and together.among_members(trigger, sources, trig_tok):
            # "NATO defence ministers held a meeting": an organisation's members meet one another
            # (EVENTS.md rule 7, a meeting with no host); what they discuss is no party.
            pairs, targets, deeper = [(sources[0], sources[0], 0.1)], [], [d for d in deeper if d.code is None]
        if not targets and not mutual and not pairs and (not deeper or trigger.code[:2] in UNDIRECTED_ROOTS or (
                trigger.code[:2] in REQUEST_ROOTS and unaddressed(trig_tok))):  # "appealed for calm in Gaza"
            pairs = [(s, None, 0.0) for s in sources]
        # Beside partners acting together, only an uncoded place or party ("a ceasefire in Idlib").
        promise = trigger.code.startswith(AGREEMENT_ROOT) and any(s.code for s in sources)
        for other in (d for d in deeper if not mutual or d.code is None):
            # A party in what is promised is likely whom it is promised to (EVENTS.md rule 8).
            lent = INTENT_RECIPIENT_BONUS if promise and promised_to(ctx, other, sources, scope) else 0.0
            for s in sources:
                if not same_actor(s, other) and all(not same_actor(other, x) for x in sources):
                    pairs.append((s, other, DEEPER_PENALTY + lent))
        base = 0.6 if not inherited else 0.45
        if trigger.objects is not None or trigger.particle is not None or trigger.subjects is not None:
            base += 0.1
        if noun_based:
            base -= 0.05
        for s, t, bonus in pairs:
            conf = base + bonus + (0.1 if s.code else 0.0) + (0.1 if t is not None and t.code else 0.0)
            if t is None and not (pledged and s.code):
                # a protest, a show of force a verb tells, a resignation, a pledge: whole without one
                conf -= missing_recipient_penalty(trigger.code, s.code, s.role, noun_based, unaddressed(trig_tok))
            yield Candidate(trigger, trig_tok, span, s, t, modality, claimed_by, scope, round(min(conf, 0.99), 3),
                            deeper=bonus < 0)

    def _done_together(self, verb: Token) -> bool:
        """What the verb's infinitive promises is done with one another: a meeting, cooperation,
        ties or a signed agreement ("pledged to cooperate"), or an act "together" ("to work together")."""
        for act in (c for c in children_of(verb) if c.dep_ == "xcomp"):
            if any(c.lower_ in JOINT_WORDS for c in children_of(act)):
                return True
            found = self.verb_trigger(act)
            if found is not None and (found[0].code[:2] in MUTUAL_ROOTS or found[0].code in MUTUAL_CODES):
                return True
        return False

    def _towards_patients(self, trigger: Trigger, trig_tok: Token, span: tuple[int, int], sources: list[Actor],
                          targets: list[Actor], scope: Token, ctx: DocContext, inherited: bool,
                          noun_based: bool = False) -> tuple[list[Candidate], list[Actor], list[Actor]]:
        """Whom an act with its own ``patient`` code is done to ("extradited a suspect to Spain",
        "the extradition of the suspect"): its candidates under that code, the targets left for
        the act's own code (Spain: cooperation), and the patients."""
        if trigger.patient is None:
            return [], targets, []
        arg = of_object(trig_tok) if trig_tok.pos_ == "NOUN" else next(
            (c for c in children_of(trig_tok) if c.dep_ == "dobj"), None)
        if arg is None:
            return [], targets, []
        patients = self._object_actors(arg, ctx) or [a for a in [self.unresolved(arg)] if a is not None]
        rest = [t for t in targets if all(not spans_overlap(t.span, p.span) for p in patients)]
        legal = list(self._emit(recoded(trigger, trigger.patient), trig_tok, span, sources, patients, scope, ctx,
                                inherited, noun_based=noun_based))
        if any(t.code for t in rest):
            # "extradited a suspect to France": one act, cooperation with the state the suspect is sent
            # to (the CAMEO manual on 063); the act against the suspect is a reading held beside it.
            legal = [dataclasses.replace(c, confidence=min(c.confidence, PATIENT_BESIDE_DESTINATION)) for c in legal]
            return legal, rest, []
        return legal, rest, patients

    def _deeper_actors(self, head: Token, sources: list[Actor], targets: list[Actor],
                       ctx: DocContext, phrasal: bool = False, means: Token | None = None,
                       intent: bool = False) -> list[Actor]:
        """Known actors and named parties deeper in the clause than its own arguments ("opened
        an inquiry into subsidies paid by Hungary"): a weaker reading of whom the event concerns,
        emitted below the direct reading. Beside a known direct target (``phrasal``) only the
        trigger's own phrases are searched, not the clauses below it (they have events of their
        own), and what is found there stays uncoded: it says whom the phrase mentions, for the
        record and for pair scoring, without adding a dyad to any count."""
        taken = [a.span for a in [*sources, *targets]]
        subject_toks = {t.i for c in children_of(head) if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        # A fronted adjunct ("Under pressure from Washington, ...") sets the scene.
        fronted = fronted_adjuncts(head)
        subject_toks |= {t.i for c in children_of(head) if c.i in fronted for t in c.subtree}
        if means is not None:
            subject_toks |= {t.i for t in means.subtree}  # "sent troops": the subject's own forces
        if head.lemma_.lower() in self.lexicon.support_verbs:
            # "to express Kenya's support": who supports, not whom.
            subject_toks |= {t.i for o in children_of(head) if o.dep_ == "dobj"
                             for c in children_of(o) if c.dep_ == "poss" for t in c.subtree}
        # "vowed to track down the man who kidnapped two Chinese engineers": a relative clause
        # deeper than the act's own object ("return the bases it seized from X" says whose they
        # were) tells an act of its own, whose parties are not this one's.
        # "opened an inquiry into the killing of two traders": whom a harm befell is not whom an act
        # about the harm concerns (words.yaml harm_nouns). Both read in one walk of the clause.
        subtree = list(head.subtree)  # walked again below for the act's place
        for c in subtree:
            if c.dep_ in OWN_CLAUSE_DEPS and c.head.head.i != head.i:
                subject_toks.update(t.i for t in c.subtree)
            elif c.dep_ in OWN_CLAUSE_DEPS or (c.dep_ == "acl" and not intent
                                               and c.head.lemma_.lower() not in CLAIM_NOUNS):
                # "crushed an uprising that British officials tied to X" (a relative clause, or a
                # "that" clause the parser hangs on the noun): who tells or does the clause on the
                # act's own object is no party to the act; what a pledge or a claim says is.
                subject_toks.update(t.i for s in children_of(c) if s.dep_ in SUBJECT_DEPS for t in s.subtree)
            if c.i != head.i and c.lemma_.lower() in HARM_NOUNS:
                subject_toks.update(t.i for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of"
                                    for t in p.subtree)
            elif behest_phrase(c, BEHEST_NOUNS):
                # "met at the request of African nations": who asked is a party of the request
                subject_toks.update(t.i for t in c.subtree)
        promised: set[int] = set()
        if intent:
            # "a promise that his party would not raise taxes": the promiser's own side acting in
            # what is promised is not whom the promise is made to ("... that Uganda would get aid" is).
            promise = [head, *(o for o in children_of(head) if o.dep_ == "dobj")]
            promised = {t.i for p in promise for c in children_of(p) if c.dep_ in ("ccomp", "acl")
                        for s in children_of(c) if s.dep_ in SUBJECT_DEPS for t in s.subtree}
        own_side = {s.country for s in sources if s.country}
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        reach = phrasal_reach(head) if phrasal else None
        out: list[Actor] = []
        for m in ([] if phrasal else mentions_in(ctx.mentions, lo, hi)):
            if not (m.entry.code or m.entry.role) or m.start in subject_toks or aside(ctx.doc, m.start, m.end, head):
                continue
            root = Span(ctx.doc, m.start, m.end).root
            if not m.entry.code and (root.pos_ not in ("NOUN", "PROPN") or (
                    root.dep_ in ("amod", "compound") and root.head.i not in ctx.mentioned)):
                continue  # "military bases", "made public": a role word qualifying a thing
            for actor in self.actors_at(root, ctx, search=False):
                if m.start in promised and (actor.country is None or actor.country in own_side):
                    continue
                if actor.code and all(not spans_overlap(actor.span, t) for t in taken):
                    taken.append(actor.span)
                    out.append(actor)
        for ent in ents_in(ctx.doc, lo, hi):
            if ent.label_ not in DEEPER_ENTS or ent.start in subject_toks:
                continue
            if reach is not None and ent.start not in reach:
                continue
            actor = self.unresolved(ent.root)
            if actor is not None and all(not spans_overlap(actor.span, t) for t in taken):
                taken.append(actor.span)
                out.append(actor)
        if not phrasal:
            # "proclaimed martial law in the province", "ordered a lockdown across two provinces": where
            # an act with no known party falls is also what it concerns.
            for tok in subtree:
                attached = tok.head.head
                if (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
                        and (attached.i == head.i or (attached.head.i == head.i and attached.dep_ in ("dobj", "pobj"))
                             or (attached.head.head.i == head.i and attached.dep_ == "pobj"))
                        and (tok.lemma_.lower() in PLACE_NOUNS or tok.ent_type_ in ("LOC", "GPE", "FAC"))):
                    actor = self.unresolved(tok)
                    if actor is not None and all(not spans_overlap(actor.span, t) for t in taken):
                        out.append(actor)
                        break
        return out

    def _claimant(self, scope: Token, ctx: DocContext) -> Actor | None:
        speech = reporting_head(scope)
        if speech is not None:
            found, _ = self.subjects(speech, ctx)
            if found:
                return found[0]
        source = according_to(scope)
        if source is not None:
            found = self.actors_at(source, ctx, search=False)
            if found:
                return found[0]
        return None



def _official_complaint(trigger: Trigger, tok: Token, sources: list[Actor]) -> Trigger:
    """"China protested to Japan", "China's protest over the visit": a state's protest is an
    official complaint (CAMEO 114, ACCUSE); PLOVER's PROTEST is people demonstrating."""
    if trigger.code[:2] == PROTEST_ROOT and tok.lemma_.lower() == "protest" and all(
            s.role == "GOV" or s.kind in ("state", "igo") and s.role is None and not _people_of(s)
            for s in sources):
        return recoded(trigger, OFFICIAL_COMPLAINT_CODE, by="events/extract.py state-protest")
    return trigger


def _people_of(actor: Actor) -> bool:
    """"Thousands of Ukrainians protested": a plural demonym names a state's people, not the state
    ("the United States", "the Philippines" name it)."""
    text = actor.text.lower().removeprefix("the ")
    return text.endswith("s") and bool(actor.name) and text != actor.name.lower()  # "Kenyans" is not "Kenya"
