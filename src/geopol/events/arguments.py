"""A trigger's source and target: the subject (passive agent, inherited subject, ...) and the
argument its entry names, in order of preference.
"""

from __future__ import annotations

from spacy.tokens import Token

from geopol.events.codes import (
    CIVILIAN_ROLE,
    DIRECTIVE_ROOTS,
    DISAPPROVAL_ROOT,
    FORCE_ROLES,
    FORCE_ROOTS,
    INSTRUMENT_ROLES,
    LOCATIVE_TARGET_ROOTS,
    OPPOSING_ROLES,
    PROTEST_ROOT,
    REJECTION_ROOT,
    RELEASE_CODE,
    REQUEST_ROOTS,
    THREAT_ROOT,
    VIOLENT_ROOTS,
    YIELD_ROOT,
)
from geopol.events.context import DocContext
from geopol.events.lexicon import Lexicon, Trigger
from geopol.events.modality import CONDITIONAL_MARKS, REPORTING_VERBS, described_by_copula, intent_noun
from geopol.events.noun_arguments import NounArguments
from geopol.events.ontology import cameo
from geopol.events.phrases import names_country
from geopol.events.tree import (
    FINITE_TAGS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    agentless_passive,
    antecedent_next,
    bare_complement,
    behest_phrase,
    children_of,
    clause_before,
    conjuncts,
    fronted_adjuncts,
    gerund_read_as_noun,
    has_relative_subject,
    marked_subject,
    misattached_conjunct,
    misparsed_main_verb,
    misread_object,
    modifiers,
    objects_of,
    own_belonging,
    participle_read_as_finite,
    participle_read_as_verb,
    pobjs,
    reduced_passive,
    relative_object,
    stranded_subject,
    temporal,
)
from geopol.events.verb_trigger import fired_means, hyphened_lemma, moved_thing
from geopol.events.words import (
    ASPECT_VERBS,
    AUTHORED_THINGS,
    BEHEST_NOUNS,
    COLLECTIVE_NOUNS,
    CULPABLE_WORDS,
    HARM_NOUNS,
    INSTRUMENT_PREPS,
    ISSUING_PARTICIPLES,
    LOCATIVE_PREPS,
    MEETING_NOUNS,
    NON_ARGUMENT_PREPS,
    PARTICIPANT_PREPS,
    PARTICIPATION_VERBS,
    PATIENT_NOUNS,
    POSTING_PASSIVES,
    RAISING_PASSIVES,
    REJECTED_THINGS,
    RELATIVE_PRONOUNS,
    SHARED_SUBJECT_PREPS,
    STATIVE_PASSIVES,
    SUPPOSING_VERBS,
)
from geopol.schema import Actor
from geopol.where import lookup

# CAMEO 09, investigate.
INVESTIGATION_ROOT = "09"

# What is left of someone: it arrives, lies in state or is buried, and does nothing.
REMAINS_NOUNS = frozenset({"body", "bodies", "remains", "coffin", "casket", "corpse", "ashes"})


class Arguments(NounArguments):
    """A trigger's source actors (``subjects``) and target actors (``targets``)."""

    lexicon: Lexicon

    def _agents_at(self, phrase: Token, ctx: DocContext) -> list[Actor]:
        """The actors of a subject or agent phrase; when it names an attack ("a rocket attack on
        an army camp wounded ..."), not those it was aimed at: the attack's "on"/"against" object
        is its target, not who killed."""
        if phrase.lemma_.lower() in REMAINS_NOUNS:
            return []  # "the body of the late president arrived in Cairo": no one acted
        found = self.actors_at(phrase, ctx)
        if not any(a.code for a in found) and phrase.lemma_.lower() in AUTHORED_THINGS:
            # "a statement issued by the ministry condemned ...": the text speaks for its issuer.
            issuers = [a for c in phrase.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in ISSUING_PARTICIPLES
                       for p in pobjs(c, ("by",), ("agent",)) for a in self.actors_at(p, ctx)]
            if any(a.code for a in issuers):
                return issuers
        violent = [t for t in self.lexicon.nouns(phrase.lemma_.lower()) if t.code[:2] in VIOLENT_ROOTS]
        if not violent:
            return found
        # "the bombing of the embassy, blamed on X, killed ...": whom it was aimed at did not kill.
        preps = {"on", "against", "at"}.union(*(t.target for t in violent))
        aimed = [t for c in children_of(phrase) if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree]
        found = [a for a in found if not any(a.span[0] <= t.idx < a.span[1] for t in aimed)]
        # "the bombings carried out by separatists killed two policemen": the attack's own agent.
        return found or self.noun_agents(phrase, ctx) or []

    def _compound_prefix(self, tok: Token, verb: Token) -> bool:
        """"Pakistan test fired a missile": "test" is the first part of the verb "test-fire" written
        open, which the parser reads as a second subject, not the one who fired (alone, it holds the
        actor as its qualifier: "North Korea test launched")."""
        compound = hyphened_lemma(verb) if tok.i == verb.i - 1 else None
        return compound is not None and bool(self.lexicon.verbs(compound))

    def subjects(self, verb: Token, ctx: DocContext) -> tuple[list[Actor], bool]:
        """Source actors of a verb and whether they were inherited from another clause."""
        # "a journalist slain by gunmen": a participle modifying its patient is a passive too.
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass"
                      for c in children_of(verb)) or reduced_passive(verb) or participle_read_as_finite(verb)
        if passive and verb.lemma_.lower() in STATIVE_PASSIVES and not any(
                c.dep_ == "agent" for c in children_of(verb)):
            # "Israel is opposed to French mediation": a stance, its holder the grammatical subject.
            holder = next((c for c in children_of(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            return (self.actors_at(holder, ctx), False) if holder is not None else ([], False)
        if passive:
            for child in children_of(verb):
                if child.dep_ == "agent":
                    for pobj in children_of(child):
                        if pobj.dep_ == "pobj":
                            return self._agents_at(pobj, ctx), False
            scene = _scene_of_passive(verb)
            if scene is not None:
                # "were seized in an operation by police officers": the by-phrase hangs on the
                # operation the passive happened in; its agent is the passive's.
                agents = [a for p in pobjs(scene, ("by",)) for a in self._agents_at(p, ctx)]
                if any(a.code for a in agents):
                    return agents, False
            if verb.lemma_.lower() in POSTING_PASSIVES:
                # "800 Hungarian troops were posted along the frontier": with no one named as
                # sending them, the forces posted are the party present.
                posted = next((c for c in children_of(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
                if posted is not None:
                    forces = [a for a in self.actors_at(posted, ctx) if a.role in FORCE_ROLES or a.code in FORCE_ROLES]
                    return forces, False
            return [], False
        # "the rebels who attacked X": the relative pronoun stands for the noun (below).
        subjects = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS
                    and not (verb.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS and antecedent_next(c))]
        if not subjects and (stranded := stranded_subject(verb)) is not None:
            subjects = [stranded]  # "Two Britons, thought to be aid workers, crossed into Iraq"
        if len(subjects) > 1:
            subjects = [c for c in subjects if not self._compound_prefix(c, verb)]
        if subjects:
            # Two subjects is a misparse of a fronted clause ("Meeting X, President Y hailed"): the
            # one nearest the verb is the real one, unless it is the object the farther one's own
            # clause lacks ("Rebels claiming to hold two Thai engineers | met ...").
            nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
            nearest = next((c for c in subjects if c is not nearest and _object_of_clause(c, nearest)), nearest)
            if marked_subject(nearest, verb):
                # "X, on his visit after the polls in Y, congratulated ...": "the polls" is no subject.
                nearest = next((c for c in subjects if c.i < nearest.i and not marked_subject(c, verb)), nearest)
            if nearest.lemma_.lower() in MEETING_NOUNS:
                # "Talks between Kyiv and Moscow failed to reach a deal": the parties acted.
                parties = [a for p in pobjs(nearest, ("between",)) for a in self.actors_at(p, ctx)]
                if len({a.code for a in parties if a.code}) >= 2:
                    return parties, False
            found = self._agents_at(nearest, ctx)
            if not found and (nearest.pos_ == "PROPN" or nearest.lemma_.lower() in COLLECTIVE_NOUNS):
                # "Jurisdiction for Peace ordered ...", "the committee declared ...": someone acted,
                # though geopol does not know them; kept with a null code.
                unknown = self.unresolved(nearest)
                found = [unknown] if unknown is not None else []
            if any(a.code for a in found):
                # "Kuwait and its Gulf allies agreed ...": a partner geopol cannot code still acted.
                for member in conjuncts(nearest):
                    if member.pos_ in ("NOUN", "PROPN") and not any(
                            a.span[0] <= member.idx < a.span[1] for a in found):
                        unknown = self.unresolved(member)
                        if unknown is not None:
                            found.append(unknown)
            return found, False
        # "USAID had announced ...", read by the small parser as an adverb: a known actor
        # before a verb that has no subject is its subject.
        for child in verb.lefts:
            if child.dep_ in ("advmod", "npadvmod", "dep") and child.i in ctx.mentioned and not temporal(child):
                found = [a for a in self.actors_at(child, ctx, search=False) if a.code]
                if found:
                    return found, False
        lost = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "were" and c.i < verb.i), None)
        if lost is not None and (labelled := ctx.speaker_at(lost.idx)) is not None:
            # "MINISTER X: Then were ready to sign ...": a transcript that lost its apostrophes; a
            # "were" with no subject is "we're", and the label says who "we" are.
            return [labelled], False
        fronted = next((c for c in children_of(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                        and self.lexicon.nouns(c.lower_) and not any(g.dep_ in SUBJECT_DEPS for g in children_of(c))),
                       None)
        if fronted is not None:
            # "Shelling by Ethiopian troops killed four villagers": the small parser reads the act
            # named first as a clause; its agent is the subject the verb lacks.
            agents = [a for p in pobjs(fronted, ("by",), ("prep", "agent")) for a in self._agents_at(p, ctx)]
            if any(a.code for a in agents):
                return agents, False
        if verb.dep_ == "advcl":
            # "... after Belarus threatened to expel diplomats", parsed with "Belarus" as the object of "after":
            # the clause has a subject of its own; it inherits none.
            misparsed = next((p for c in children_of(verb) if c.dep_ == "mark" and c.i < verb.i
                              for p in children_of(c) if p.dep_ == "pobj" and p.i < verb.i), None)
            if misparsed is not None:
                return self.actors_at(misparsed, ctx), False
        owner_word = gerund_read_as_noun(verb)
        if owner_word is not None:
            # "condemned the Azerbaijani shelling of the town", parsed as "condemned the Azerbaijani"
            # with "shelling" hung on the verb: the shelling is Azerbaijan's, not the condemner's.
            return [a for a in self.actors_at(owner_word, ctx, search=False) if a.code], False
        described = participle_read_as_verb(verb, REPORTING_VERBS | SUPPOSING_VERBS)
        if described is not None:
            # "Protesters angered at X ransacked offices": the participle's subject did it.
            actors, _ = self.subjects(described, ctx)
            return actors, True
        owner = self._intent_owner(verb, ctx)
        if owner:
            # "criticized an EU decision to impose tariffs": the decision's maker imposes them.
            return owner, False
        clause = clause_before(verb)
        if clause is not None and not self._violent(verb.head):
            # "appealed for aid after most of the province was inundated, ... killing 300 people": a
            # toll no act of the main verb's can have goes with the clause just before it ("raided
            # the camp after militants fired, killing three" is the raid's).
            actors, _ = self.subjects(clause, ctx)
            return actors, True
        # Inherit: "agreed to cooperate", "met ... and hailed", "did not join in condemning".
        head = verb.head
        accused = self.accused(verb, ctx) if verb.dep_ == "pcomp" else None
        if accused is not None:
            # "accused Chile of attacking its boats", "Chile was blamed for attacking": the accused
            # did it, as reported (EVENTS.md rule 4); the accusation is the speaker's own event.
            return accused, bool(accused)
        if (verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in SHARED_SUBJECT_PREPS
                and head.head.pos_ in ("VERB", "AUX")):
            actors, _ = self.subjects(head.head, ctx)
            return actors, True
        if (verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in CULPABLE_WORDS
                and head.head.dep_ == "acomp"):
            # "are both guilty of breaching the truce": the subject of the copula did it.
            actors, _ = self.subjects(head.head.head, ctx)
            return actors, True
        if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.tag_ == "TO" for c in children_of(verb))) \
                and head.lemma_.lower() in RAISING_PASSIVES and agentless_passive(head):
            # "Egypt is set to sign a gas deal": the passive's subject signs (the infinitive may be
            # read as a clause of purpose: "will be prepared in the spring to ratify").
            actors = [a for c in children_of(head) if c.dep_ in PASSIVE_SUBJECT_DEPS for a in self.actors_at(c, ctx)]
            return actors, False
        if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in ASPECT_VERBS and head.pos_ == "VERB" and not any(
                c.dep_ in ("dobj", *PASSIVE_SUBJECT_DEPS) for c in children_of(head)):
            # "Insurgents continued to strike", "kept attacking": the subject's own act, not an inherited reading.
            actors, _ = self.subjects(head, ctx)
            return actors, False
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            # "Russia is willing to withdraw": the subject of the copula.
            actors, _ = self.subjects(head.head, ctx)
            return actors, False
        if verb.dep_ == "advcl" and agentless_passive(head):
            # "Bangladesh was submerged, destroying crops": the flood destroys, not the main subject.
            # But "the vote was marred when the candidates withdrew, charging the government with
            # fraud": the parser hung both clauses on the passive; the participle goes with the
            # clause that ends at its comma.
            told = _clause_before_comma(verb)
            return (self.subjects(told, ctx)[0] if told is not None else []), False
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(head)):
            # "was tortured and killed": the second participle is passive too; its patient is no agent.
            return [], False
        if verb.dep_ == "conj" and any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children_of(head)):
            # "was indicted by the court and will resign": the one indicted resigns, not the court.
            patient = next(c for c in children_of(head) if c.dep_ in PASSIVE_SUBJECT_DEPS)
            return self.actors_at(patient, ctx), True
        finite = misattached_conjunct(verb)
        if finite is not None:
            # "asked Peru to return the fishermen and threatened to ...": Chile threatened, not Peru.
            return self.subjects(finite, ctx)[0], True
        if verb.dep_ == "conj" and participle_read_as_finite(head):
            # "people believed to be Koreans have entered": the first verb is a participle on the
            # subject; the conjunct is the main verb, the subject its own.
            return [a for c in children_of(head) if c.dep_ == "nsubj" for a in self.actors_at(c, ctx)], False
        if verb.dep_ in ("xcomp", "conj", "advcl") and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp":
                # "urged Iran to stop": the object of the matrix verb is the subject of the complement.
                for child in children_of(head):
                    if child.dep_ == "dobj":
                        return self.actors_at(child, ctx), True
            actors, _ = self.subjects(head, ctx)
            if not actors and trailing_participle(verb) and head.tag_ not in FINITE_TAGS and not any(
                    c.dep_ in SUBJECT_DEPS for c in children_of(head)) and (finite := _clause_above(head)) is not None:
                # "Iran sought to roll back its pledge to freeze enrichment, demanding the right to
                # ...": the parser hangs the participle on the nearest verb, a subjectless
                # infinitive; set off by a comma, it is the act of the clause's subject.
                return self.subjects(finite, ctx)[0], False
            return actors, not trailing_participle(verb)
        if verb.dep_ == "ccomp" and head.lemma_.lower() in SUPPOSING_VERBS and any(
                c.dep_ == "xcomp" and c.lemma_ == "be" and c.i < verb.i for c in children_of(head)):
            # "Gunmen believed to be Somali seized a ship", parsed with "seized" under "believed":
            # the people said to be so did it.
            actors, _ = self.subjects(head, ctx)
            return actors, True
        if misparsed_main_verb(verb):
            # "A Senate report called for sanctions against X." parsed as "a report (that was)
            # called ...": with no other verb in the sentence, the noun is the subject.
            return self.actors_at(verb.head, ctx), False
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG" or verb.dep_ == "relcl" and has_relative_subject(verb):
            noun = verb.head
            if self._attacked(noun) and self._violent(verb):
                # "the bombing of a Kenyan police post that killed two officers": what was
                # attacked did not kill; the attack did, by whoever carried it out.
                return [], False
            user = _instrument_user(noun, ctx)
            if user is not None:
                # "pressed Sudan with a Kenyan draft resolution threatening sanctions": a thing
                # used by the clause's subject acts for that subject, whoever it names.
                return self._agents_at(user, ctx), True
            # "the siege that killed 300": only a noun that itself names an actor did the act.
            found = self.actors_at(verb.head, ctx, search=verb.tag_ == "VBG")
            if not found and verb.dep_ == "relcl" and self._violent(verb):
                found = self._attack_agents(noun, ctx)
                if found:
                    return found, True
            if (not found and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB" and verb.dep_ == "acl"
                    and not self._refuses(noun.head)):
                # "put out a report accusing X": the report's author; "vetoed a resolution
                # demanding X" is no demand of the vetoer's.
                found, _ = self.subjects(noun.head, ctx)
            elif (not found and noun.dep_ == "pobj" and noun.lemma_.lower() in AUTHORED_THINGS
                  and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"):
                # "In a statement condemning the raid, the ministry demanded ...", "wrote to Kenya
                # in a letter protesting the ban": the text speaks for its author, the subject of
                # the clause it is said in ("urged X to act in a message ...": the urger's).
                said_in = noun.head.head
                while said_in.dep_ == "xcomp" and said_in.head.pos_ == "VERB":
                    said_in = said_in.head
                found, _ = self.subjects(said_in, ctx)
            return found, True
        if described_by_copula(verb):
            # "Blair became the first British leader to visit Libya": the one the copula describes.
            actors, _ = self.subjects(head.head, ctx)
            return actors, False
        return [], False

    def _protesters_placed(self, children: list[Token], ctx: DocContext) -> Actor | None:
        """"bowed to protests over a crash on Okinawa": a concession to protests no one is named
        for is made to the people of the one country they happen in (EVENTS.md rule 1)."""
        # what is yielded to ("bowed to protests", "heeded protests"), not a circumstance ("resigned after protests")
        args = [o for c in children for o in (
            [c] if c.dep_ == "dobj" else objects_of(c) if c.dep_ == "prep" and c.lower_ == "to" else [])]
        for arg in args:
            noun = self.lexicon.select(arg.lemma_.lower(), "NOUN", modifiers(arg), ()) if arg.pos_ == "NOUN" else None
            if noun is None or not noun.code.startswith(PROTEST_ROOT) or any(
                    c.dep_ in ("poss", "agent") or c.lower_ == "by" for c in children_of(arg)):
                continue
            # proper names in the phrase the gazetteer knows (the small tagger takes "Okinawa" for an ORG)
            places = {loc.country for t in arg.subtree if t.pos_ == "PROPN"
                      for loc in [lookup(t.text)] if loc is not None and loc.country}
            if len(places) == 1:
                (country,) = places
                return Actor(arg.text, (arg.idx, arg.idx + len(arg)), country + CIVILIAN_ROLE, country,
                             CIVILIAN_ROLE, None, "group")
        return None

    def _intent_owner(self, verb: Token, ctx: DocContext) -> list[Actor]:
        """Who acts in the infinitive a decision, plan or offer names: the noun's own actor
        ("Iran's offer to suspend", "a UN decision to impose"), when it is not the subject of the
        clause above ("rejected Russia's plan to ..." is Russia's plan, not the rejecter's)."""
        noun = intent_noun(verb)
        if noun is None:
            return []
        above = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else None
        while above is not None and above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
            above = above.head
        subjects = {a.code for a in self.subjects(above, ctx)[0] if a.code} if above is not None and (
            above.pos_ in ("VERB", "AUX")) else set()
        for child in children_of(noun):
            if child.i > noun.i or child.dep_ not in ("poss", "compound", "amod", "nmod") or child.pos_ == "PRON":
                continue
            start, end = self.phrase(child)
            actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
            if actor is not None and actor.code and actor.code not in subjects:
                return [actor]
        return []

    def _refuses(self, verb: Token) -> bool:
        """The verb is a refusal (CAMEO 12: rejected, vetoed, opposed)."""
        found = self.verb_trigger(verb)
        return found is not None and found[0].code.startswith(REJECTION_ROOT)

    def targets(self, tok: Token, trigger: Trigger, ctx: DocContext, skip: Token | None = None) -> list[Actor]:
        """Target actors by the entry's argument roles, in order of preference.

        A known actor in any role beats an unknown phrase; when no argument names a known
        actor, the first role-filling phrase is kept as an unresolved target (``code`` null):
        "condemned the attacks" still says what was condemned.
        """
        refusal = cameo(trigger.code).plover == "REJECT"
        if refusal and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", *PASSIVE_SUBJECT_DEPS) and (
                tok.lemma_.lower() in REJECTED_THINGS):
            skip = tok  # the object the entry is keyed on ("rejected calls"): the act is the verb's
        children = list(children_of(tok))
        kept_preps: set[int] = set()
        if (kept := relative_object(tok)) is not None:
            # "the pact with Kenya that Uganda signed": the parties of what the clause acts on.
            # Their possessor is the pact's, not the clause subject's ("a pact with their bloc").
            kept_preps = {c.i for c in children_of(kept) if c.dep_ == "prep"}
            children.extend(c for c in children_of(kept) if c.dep_ == "prep")
        # "let free the prisoners": the object may hang from the adjective that completes the verb.
        children.extend(o for c in children_of(tok) if c.dep_ == "oprd" or bare_complement(c)
                        for o in children_of(c) if o.dep_ == "dobj")
        for child in [*children_of(tok), *(c for c in children_of(tok) if c.dep_ == "dobj" for c in conjuncts(c))]:
            if child.dep_ in ("dobj", "acl", "conj") and not requested_patient(trigger, child):
                # "coordinating its policy with Russia", "sanctions imposed on Russia",
                # "its rejection and condemnation of X".
                children.extend(c for c in children_of(child) if c.dep_ in ("prep", "agent"))
        if trigger.code[:2] == DISAPPROVAL_ROOT:
            # "condemned the killing of three students", "deplored the attack on tourists": the
            # victims of a condemned attack suffered it; the condemnation is aimed at whoever did it.
            children = [c for c in children if not (c.dep_ == "prep" and any(self._attacked(o) for o in objects_of(c)))]
        if tok.pos_ == "NOUN":
            for conj in conjuncts(tok):
                children.extend(c for c in children_of(conj) if c.dep_ == "prep")
            head = tok.head
            if tok.dep_ == "dobj" and (head.lemma_.lower() in self.lexicon.support_verbs
                                       or head.lemma_.lower() in PARTICIPATION_VERBS):
                # "had lunch | with Macron": the parser hangs the noun's partner on the verb.
                children.extend(c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in trigger.target)
        # "On a visit to Angola, the president voiced support for ...": a fronted adjunct sets the
        # scene; it names no argument of the verb, nor does the operation a passive's agent is in.
        fronted = fronted_adjuncts(tok)
        scene = _scene_of_passive(tok)
        children = [c for c in children if c.i not in fronted and (scene is None or c.i != scene.head.i)]
        # "met at the request of African nations": why the act was done names its asker, no party.
        children = [c for c in children if not (c.dep_ == "prep" and any(
            behest_phrase(o, BEHEST_NOUNS) for o in children_of(c)))]
        stance = tok.lemma_.lower() in STATIVE_PASSIVES
        ordered: list[Token] = [c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS and not stance]
        if any(c.dep_ == "auxpass" for c in children_of(tok)) and (stranded := stranded_subject(tok)) is not None:
            ordered.append(stranded)  # "Two Danes, thought to be tourists, were abducted"
        if reduced_passive(tok):
            ordered.append(tok.head)  # "hostages seized by militants": the noun the participle modifies
        elif participle_read_as_finite(tok):
            ordered.extend(c for c in children if c.dep_ == "nsubj")  # "workers abducted ... are held"
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in PATIENT_NOUNS:
            # "ordered the tanker's release", "Navalny's arrest": whose release, whose arrest.
            ordered.extend(c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ != "PRON")
        if trigger.code.startswith(THREAT_ROOT):
            # "threatened to stop the talks if the United States deploys the missiles": a threat
            # is aimed at whoever its condition names, the party it is meant to move.
            ordered.extend(_conditioned(tok))
        named_object = misread_object(tok)
        if named_object is not None and all(named_object.i != c.i for c in children):
            children.append(named_object)  # "kidnapped up to 16 advisers": a grandchild of the verb
        for role in trigger.target:
            for child in children:
                if skip is not None and child.i == skip.i:
                    continue
                if role in ("dobj", "dative"):
                    if child.dep_ == role or (role == "dobj" and (child.dep_ == "attr" or child == named_object)):
                        ordered.append(child)
                elif child.dep_ in ("prep", "agent", "dative") and child.lemma_.lower() == role:
                    ordered.extend(objects_of(child))
        # "voiced his support for X": an event noun as object brings its own argument roles.
        for obj in (c for c in children_of(tok) if c.dep_ == "dobj" and (skip is None or c.i != skip.i)):
            noun = self.lexicon.select(obj.lemma_.lower(), "NOUN", modifiers(obj), ())
            if noun is not None and not (trigger.code[:2] == DISAPPROVAL_ROOT and noun.code[:2] in VIOLENT_ROOTS
                                         or requested_patient(trigger, obj)):
                for prep in (c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ in noun.target):
                    ordered.extend(objects_of(prep))
                if trigger.code.startswith(YIELD_ROOT) and noun.code[:2] in VIOLENT_ROOTS:
                    # "eased an offensive that has killed 40 Chadians": easing an attack yields
                    # to whom it was done to.
                    ordered.extend(o for r in children_of(obj) if r.dep_ in ("relcl", "acl")
                                   for o in children_of(r) if o.dep_ == "dobj")
        # Then what any entry would accept: "urged Iran to stop" parsed as a clause with its own
        # subject, the participants of "against", "into", "with" ..., and the direct object.
        for child in children:
            # "urged Iran to stop", "demanded that Hamas renounce ...", "warned Seoul that ...".
            if child.dep_ in ("ccomp", "acl") and (any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))
                                                   or trigger.code[:2] in DIRECTIVE_ROOTS or child.pos_ == "ADJ"):
                ordered.extend(c for c in children_of(child) if c.dep_ in SUBJECT_DEPS)
        # The object an entry is keyed on is what is moved or done ("withdrew peacekeepers from
        # the Golan Heights"), not whom it is done to, unless the entry says so.
        ordered.extend(c for c in children if c.dep_ in ("dobj", "dative") and (skip is None or c.i != skip.i)
                       and not (c.dep_ == "dobj" and moved_thing(trigger, c)))
        for child in children:
            if child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS:
                # "took to the streets of Manila", "went on strike": the object a protest entry
                # is keyed on is the protest's venue or form, not whom it is aimed at.
                # "clashed at a UN conference": a gathering is the act's scene, its holder no party.
                ordered.extend(p for p in children_of(child) if p.dep_ == "pobj" and not (
                    trigger.code.startswith(PROTEST_ROOT) and trigger.objects is not None
                    and p.lemma_.lower() in trigger.objects) and not scene_of_act(child, p))
        # "held four men over the ambush on the governor's motorcade": whom force is
        # used on is the object, known or not; a party further on is only a weaker reading.
        patient = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                        and not own_belonging(c) and not temporal(c) and not fired_means(trigger, c)), None) \
            if trigger.code[:2] in FORCE_ROOTS and (skip is None or skip.dep_ != "dobj") and not (
                aimed_by_preposition(trigger, children)) else None
        if patient is not None:
            found = self._object_actors(patient, ctx)
            unknown = self.unresolved(patient) if not found else None
            if found or unknown is not None:
                return found or [unknown]
        # "voiced Kenya's support": under a support verb the event noun's possessor is its agent.
        ordered = [a for a in ordered if not (a.dep_ == "dobj" and tok.lemma_.lower() in self.lexicon.support_verbs
                                              and self.lexicon.nouns(a.lemma_.lower())
                                              and any(c.dep_ == "poss" for c in children_of(a)))]
        # "rebels freed two soldiers": the soldiers an opposition frees are whom it frees, not its means.
        freed_organs = trigger.code.startswith(RELEASE_CODE) and any(
            s.role in OPPOSING_ROLES for s in self.subjects(tok, ctx)[0])
        for arg in [*([skip] if skip is not None else []), *ordered]:
            if refusal and arg.dep_ in ("dobj", *PASSIVE_SUBJECT_DEPS) and arg.lemma_.lower() in REJECTED_THINGS:
                # "rejected calls from his party for a vote on leaving the EU", "denied allegations
                # that it helped X": whoever made the call or the claim is refused; a party named
                # in what it calls for or alleges is its topic.
                authors = self._authors(arg, tok, ctx)
                unknown = self.unresolved(arg) if not authors else None
                return authors or ([unknown] if unknown is not None else [])
            if arg is skip or requested_patient(trigger, arg):
                continue
            if own_belonging(arg) and arg.dep_ not in SUBJECT_DEPS and arg.head.i not in kept_preps and not (
                    trigger.code[:2] in REQUEST_ROOTS and arg.dep_ == "dobj" and self._object_actors(arg, ctx)):
                # "withdraw its troops"; but "demanded that its partners refuse" names them, and
                # "urged his ministers to keep quiet" asks the ministers (a party, not a thing).
                continue
            if arg.dep_ in ("dobj", "pobj") and condemned_attack(trigger, arg, self):
                # "condemned the beheading of a hostage": a condemned attack's victims are not whom
                # the condemnation is aimed at; its doers are, when the phrase names them ("the
                # Russian attack", "the bombing by rebels"); else the act stands towards no one known.
                agents = self.noun_agents(arg, ctx) or []
                unknown = self.unresolved(arg) if not agents else None
                return agents or ([unknown] if unknown is not None else [])
            found = self._object_actors(arg, ctx)
            # "accused the army of torture", "condemned the police": whom disapproval is aimed
            # at is never its means; force and its preparation take troops as means.
            if found and not (freed_organs and arg.dep_ == "dobj") and trigger.code[:2] != DISAPPROVAL_ROOT and all(
                    a.country is None and (a.role in INSTRUMENT_ROLES if arg.dep_ == "dobj" else
                                                    arg.head.lower_ == "with" and a.role == "MIL") for a in found):
                continue  # "mobilized troops against X", "hit positions with a missile": the means
            if found:
                return found
        # "called for sanctions against Myanmar": the participants of the event noun asked for.
        for child in children:
            if child.dep_ == "prep":
                for pobj in children_of(child):
                    noun = self.lexicon.select(pobj.lemma_.lower(), "NOUN", modifiers(pobj), ()) if (
                        pobj.dep_ == "pobj" and pobj.pos_ == "NOUN") else None
                    if noun is not None and pobj.i != tok.i and not scene_of_act(child, pobj):
                        found = self.targets(pobj, noun, ctx)
                        if found and found[0].code:
                            return found
        if trigger.code.startswith(YIELD_ROOT):
            crowd = self._protesters_placed(children, ctx)
            if crowd is not None:
                return [crowd]
        # Any other argument that names a known actor ("in relation to Iraq"); for deployments,
        # aid, withdrawals and force, the country it happens in ("sent troops in Syria").
        locative = trigger.code[:2] in LOCATIVE_TARGET_ROOTS
        for child in children:
            in_place = child.lower_ in ("in", "inside", "within")
            if child.dep_ == "prep" and (child.lower_ not in NON_ARGUMENT_PREPS or (locative and in_place)):
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj" and not temporal(pobj) and not own_belonging(pobj):
                        # not "withdrew most | of its troops": the subject's own
                        found = self._object_actors(pobj, ctx, search=False)
                        if in_place and found and not names_country(found[0]):
                            continue  # "battled in Baghdad": a city is where, not whom
                        if found and found[0].code:
                            return found
        for arg in ordered:
            if own_belonging(arg) or arg.i == tok.i:
                continue
            unresolved = self.unresolved(arg)
            if unresolved is not None:
                return [unresolved]
        return []


# Prepositions that set a gathering as the scene of an act ("clashed at a UN conference").
SCENE_PREPS = frozenset({"at", "during", "after", "following", "before", "amid", "ahead"})


def scene_of_act(prep: Token, pobj: Token) -> bool:
    """"Chile and Peru clashed at a UN conference", "met during an ASEAN summit": a gathering named
    as where or when an act happened is its scene; whoever holds the gathering is no party of the
    act (a visit's host is named by "to", "host" or "in", not by "at")."""
    return prep.lower_ in SCENE_PREPS and pobj.lemma_.lower() in MEETING_NOUNS


def condemned_attack(trigger: Trigger, obj: Token, args: NounArguments) -> bool:
    """"condemned the killing of three students": the object of a disapproval is an attack, whose
    victims (in its phrase) are no party of the disapproval; only its doers are. So for an
    investigation ("will investigate the murder of a trader", "an inquiry into the deaths of ten
    miners"): who is investigated is whoever did it, never those it was done to. Opposing a war
    ("opposed the war in Iraq") is aimed at whoever wages it, as condemning it is."""
    if trigger.code[:2] in (DISAPPROVAL_ROOT, REJECTION_ROOT):
        return obj.dep_ == "dobj" and args.violent_noun(obj)
    return (trigger.code[:2] == INVESTIGATION_ROOT and obj.pos_ == "NOUN" and obj.dep_ in ("dobj", "pobj")
            and (args.violent_noun(obj) or obj.lemma_.lower() in HARM_NOUNS))


def requested_patient(trigger: Trigger, obj: Token) -> bool:
    """"demanded the release of two aid workers", "called for the arrest of the mayor": whom a
    requested act is done to is not whom the request is made of; that is whoever would do it (the
    captors, the police), unnamed here. The act's own agent ("the withdrawal of US troops") is."""
    return (trigger.code[:2] in REQUEST_ROOTS and obj.dep_ == "dobj" and obj.pos_ == "NOUN"
            and obj.lemma_.lower() in PATIENT_NOUNS)


def aimed_by_preposition(trigger: Trigger, children: list[Token]) -> bool:
    """"fired a rocket at a compound", "opened fire on the convoy": an entry that takes its target
    from a preposition, not the object, and finds that preposition filled names whom force is
    aimed at; its object is the weapon or the shot, not the patient."""
    if "dobj" in trigger.target:
        return False
    return any(c.dep_ == "prep" and c.lower_ in trigger.target and objects_of(c) for c in children)


def promised_to(ctx: DocContext, party: Actor, sources: list[Actor], scope: Token) -> bool:
    """An intent's recipient is often in what it promises ("promised to secure the release of
    three Ghanaians", "willing to resume talks if Ottawa is ready"): a coded party named in the
    act's complement, object or condition, not the promiser's own side, nor in an adjunct
    ("will hold a summit amid a row over X"), nor the place the promised act happens in ("agreed
    to open offices in Asia"), is a likelier reading than a party deeper in another act's clause."""
    if party.code is None or any(party.country and party.country == s.country for s in sources):
        return False
    span = ctx.doc.char_span(*party.span, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS or any(t.dep_ in ("relcl", "appos") for t in span):
        return False  # a place, or a phrase wider than one party ("a government, a move that ...")
    tok = root
    while tok.head.i != scope.i:
        if tok.head.i == tok.i or tok.dep_ == "conj" and tok.tag_ in FINITE_TAGS:
            return False  # not below the act, or in an act of its own ("... and defended the war in X")
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in HARM_NOUNS:
            return False  # "pledged an inquiry into the deaths of ten miners": whom it befell
        tok = tok.head
    if tok.dep_ == "advcl":  # a purpose or a condition, not a circumstance ("trying to mend ties with X")
        return any(c.dep_ == "aux" and c.lower_ == "to" or c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                   for c in children_of(tok))
    return tok.dep_ in PROMISED_DEPS or tok.dep_ == "prep" and tok.lower_ == "of"


# Links under an act to what it promises: its complement or object.
PROMISED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "dative", "acl"})


def _object_of_clause(far: Token, near: Token) -> bool:
    """"Militants claiming to hold two Thai engineers met ...", parsed with "engineers" as a second
    subject: the nearer one follows straight on a clause of the farther one whose last verb has
    no object of its own, so it is that object."""
    clause = next((c for c in children_of(far) if c.dep_ in ("acl", "relcl") and c.i > far.i), None)
    if clause is None or clause.right_edge.i + 1 != near.left_edge.i:
        return False
    last = max((t for t in clause.subtree if t.pos_ == "VERB"), key=lambda t: t.i, default=None)
    # a clause the tagger gave no verb ("the group, one of several ...") leaves no object wanting
    return last is not None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(last))


def _scene_of_passive(verb: Token) -> Token | None:
    """The operation an agentless passive happened in, when its by-phrase names who carried it
    out ("were detained in a raid by police"): the parser hangs the agent on the noun."""
    if verb.pos_ != "VERB" or not agentless_passive(verb):
        return None
    return next((s for s in pobjs(verb, ("in", "during")) if pobjs(s, ("by",)) and not temporal(s)), None)


def _instrument_user(noun: Token, ctx: DocContext) -> Token | None:
    """The subject of the clause a thing is used in ("with a draft resolution", "through a
    decree"): the thing names no actor itself."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in INSTRUMENT_PREPS or noun.i in ctx.mentioned:
        return None
    verb = noun.head.head
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _conditioned(verb: Token) -> list[Token]:
    """The subjects of the "if"/"unless" clauses on a threat verb or on the act it threatens
    ("warned that it would retaliate if Israel struck")."""
    heads = [verb, *(c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp"))]
    return [s for h in heads for c in children_of(h) if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))
            for s in children_of(c) if s.dep_ in SUBJECT_DEPS]


# Clauses inside another: a participle of speech after one belongs to the clause above.
EMBEDDED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "parataxis"})
SPEECH_VERBS = REPORTING_VERBS | frozenset({"speak", "talk", "address", "write"})


def _comma_participle(verb: Token) -> bool:
    """A participle set off by a comma, with no subject or marker of its own ("..., demanding")."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in children_of(verb)))


def _clause_before_comma(participle: Token) -> Token | None:
    """The finite clause beside a comma-set participle with no subject of its own that ends at
    the participle's comma, when the parser hung both on one verb. Not for a participle that
    reports speech ("..., saying ..."): that one is the teller's."""
    if not _comma_participle(participle) or (participle.lemma_.lower() in SPEECH_VERBS and not any(
            c.dep_ == "dobj" for c in children_of(participle))):
        return None
    comma = participle.i - 1
    return next((c for c in children_of(participle.head) if c.i < participle.i and c.tag_ in FINITE_TAGS
                 and c.dep_ in ("advcl", "conj", "ccomp") and c.right_edge.i in (comma - 1, comma)
                 and any(s.dep_ in SUBJECT_DEPS for s in children_of(c))), None)


def _clause_above(verb: Token) -> Token | None:
    """The nearest verb above a subjectless one that has a subject of its own: whose clause
    the subjectless verb sits in."""
    return next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in children_of(a))), None)


def trailing_participle(verb: Token) -> bool:
    """"Iran rejected the offer, demanding the right to ...": a participle set off by a comma after
    its clause, with no subject of its own, tells the clause subject's act as surely as the clause
    (other inherited subjects are weaker readings: the parser misplaces them more often)."""
    head = verb.head
    return (_comma_participle(verb) and verb.i > head.i
            # "X said the rebels had fled, speaking to reporters": a participle of speech after a
            # reported clause is the speaker's, not the clause subject's
            and not (head.dep_ in EMBEDDED_CLAUSE_DEPS and verb.lemma_.lower() in SPEECH_VERBS)
            # "X rejected it after officials, demanding talks, left": a verb after it says the
            # participle sat inside the clause, on another subject the parser hung elsewhere
            and not any(c.dep_ == "conj" and c.i > verb.i for c in children_of(head)))
