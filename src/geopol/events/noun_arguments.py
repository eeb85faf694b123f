"""Who does what an event noun or a charge names: a noun's own agent ("attacks by rebels"), the
accused of a charge (EVENTS.md rule 4), who answers an offer, who put forward a call or claim.
``Arguments`` (``events.arguments``) mixes these in beside the verb's subjects and targets.
"""

from __future__ import annotations

from spacy.tokens import Token

from geopol.actors.resolve import localize
from geopol.events.codes import (
    DISAPPROVAL_ROOT,
    STATE_ORGANS,
    VIOLENT_ROOTS,
    VISIT_CODES,
)
from geopol.events.context import DocContext
from geopol.events.lexicon import Lexicon
from geopol.events.tree import (
    PASSIVE_SUBJECT_DEPS,
    agentless_passive,
    children_of,
    conjuncts,
    fronted_adjuncts,
    own_belonging,
    pobjs,
    reduced_passive,
)
from geopol.events.words import (
    ACCUSING_VERBS,
    ADJECTIVE_TITLES,
    CHARGE_NOUNS,
    CHARGE_PREPS,
    FACING_VERBS,
    MEETING_NOUNS,
    PATIENT_NOUNS,
    PERPETRATING_VERBS,
    PUNISHING_VERBS,
    RECEIVING_VERBS,
    RELATIVE_PRONOUNS,
    RESPONSE_VERBS,
    SCENE_PREPOSITIONS,
    VOICED_NOUNS,
    YIELDING_VERBS,
)
from geopol.schema import Actor

# What an attack noun is aimed at: "the bombing of", "an attack on", "strikes against".
ATTACKED_PREPS = frozenset({"of", "on", "against", "at"})

# A verb's "between" belongs to its event-noun subject only when the verb has no object of its own
# ("clashes cut the road between the two towns": the road's).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})

# "anti-government rallies", "pro-Moscow protests": the actor a stance is for or against did not act.
STANCE_PREFIXES = frozenset({"anti", "pro"})


def received(noun: Token) -> bool:
    """"Iran faces criticism from the UN", "extended his term under pressure from Syria": an act
    the clause's subject receives, the object of a receiving verb or of "under" (a conjoined
    object stands where its first conjunct does)."""
    slot = noun.head if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "pobj") else noun
    head = slot.head
    return (slot.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS
            or slot.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"))


def agent_prep(noun: Token, prep: Token) -> bool:
    """The preposition names who does what the noun names: "by", or "from" after an act its maker
    voices ("calls from the opposition", words.yaml ``voiced_nouns``). An act ``received`` is read
    with its receiver by the coder."""
    if prep.lower_ == "by":
        return True
    return prep.lower_ == "from" and noun.lemma_.lower() in VOICED_NOUNS and not received(noun)


class NounArguments:
    """The arguments of event nouns and charges; the coder class provides ``actors_at``,
    ``subjects``, ``phrase``, ``resolver``, ``verb_trigger`` and ``_state_of_place``."""

    lexicon: Lexicon

    def noun_agents(self, noun: Token, ctx: DocContext) -> list[Actor] | None:
        """Who does what an event noun names, by its own phrase: a by-phrase, a participle's agent,
        a possessor, an actor qualifying it; None when the noun names a relation as background."""
        sources: list[Actor] = []
        for child in children_of(noun):
            if child.dep_ == "prep" and agent_prep(noun, child):
                # "months of threats by Erdogan", "attacks by rebels", "calls from the opposition".
                sources = [a for p in children_of(child) if p.dep_ == "pobj" for a in self.actors_at(p, ctx)]
            elif reduced_passive(child) and child.lemma_.lower() in PERPETRATING_VERBS:
                # "the bombings carried out by separatists", "killings perpetrated by a militia".
                sources = [a for p in pobjs(child, ("by",), ("agent",)) for a in self.actors_at(p, ctx)]
            elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in ACCUSING_VERBS:
                # "an ambush blamed on Maoist rebels": whom it is blamed on did it, as reported.
                sources = [a for p in pobjs(child, ("on",)) for a in self.actors_at(p, ctx)]
            elif child.dep_ == "poss" and noun.lemma_.lower() not in PATIENT_NOUNS:
                # "Russia's invasion", "their opposition to US plans" (pronouns by salience).
                if noun.dep_ == "pobj" and child.pos_ != "PRON" and not self._visit_told(noun):
                    return None  # "linked to Russia's fight against X": a relation named as background
                sources = self.actors_at(child, ctx, search=False)
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i and not (
                    child.dep_ in ("amod", "compound") and child.is_lower and child.lower_ in ADJECTIVE_TITLES):
                start, end = self.phrase(child)  # (not "a general strike": the adjective, no general)
                if any(t.lower_ in STANCE_PREFIXES for t in ctx.doc[max(start - 2, 0):end]):
                    continue  # "anti-government rallies", "pro-Moscow protests": whom it is for or against
                actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
                if actor is not None:
                    sources = [actor, *(a for c in conjuncts(child) for a in self.actors_at(c, ctx, search=False))]
            if sources:
                break
        if not sources and noun.lemma_.lower() in MEETING_NOUNS and pobjs(noun, ("with",)) and (
                noun.dep_ == "pobj" and noun.head.i in fronted_adjuncts(noun.head.head)):
            # "At a news conference with Blair, Bush said ...", "After talks with Seoul, the envoy
            # ...": a meeting set before the clause is its subject's.
            sources = self.subjects(noun.head.head, ctx)[0]
        return sources

    def _visit_told(self, noun: Token) -> bool:
        """"During Putin's visit to China", "despite the minister's visit to Kampala": a visit set
        in a phrase of time or cause happened; its possessor is the visitor."""
        return noun.head.lower_ in SCENE_PREPOSITIONS and any(
            t.code[:3] in VISIT_CODES for t in self.lexicon.nouns(noun.lemma_.lower()))

    def partners_between(self, noun: Token, ctx: DocContext) -> list[Actor]:
        """The parties "between" names for a meeting or fighting noun: its own phrase ("clashes
        between A and B"), or, when the noun is the subject of a verb with no object, the phrase
        the parser hangs on that verb ("talks are now under way between A and B", "clashes broke
        out in Gaza between A and B", "fighting erupted between A and B")."""
        phrases = pobjs(noun, ("between",))
        verb = noun.head
        if not phrases and noun.dep_ in SUBJECT_DEPS and verb.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in OBJECT_DEPS or c.dep_ in SUBJECT_DEPS and c.i != noun.i for c in children_of(verb)):
            phrases = pobjs(verb, ("between",))
        return [a for p in phrases for a in self.actors_at(p, ctx)]

    def _own_agent(self, noun: Token, ctx: DocContext) -> bool:
        """An event noun used by a verb's event ("welcomed a Kenyan offer", "rejected Peru's
        request") names an act of its own only by its own named agent: a by-phrase, a possessor
        that is not a pronoun (whose antecedent the verb's subject usually is) and not the noun's
        patient, or an actor modifier before it, other than the governing verb's subject."""
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
        if verb is None or verb.pos_ != "VERB":
            return False
        subjects = {a.code for a in self.subjects(verb, ctx)[0] if a.code}
        for child in children_of(noun):
            if child.dep_ == "prep" and agent_prep(noun, child):
                own = [a for p in children_of(child) if p.dep_ == "pobj" for a in self.actors_at(p, ctx)]
            elif child.dep_ == "poss" and child.pos_ != "PRON" and noun.lemma_.lower() not in PATIENT_NOUNS:
                own = self.actors_at(child, ctx, search=False)
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                start, end = self.phrase(child)
                own = [a for a in [self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)] if a]
            else:
                continue
            if any(a.code and a.code not in subjects for a in own):
                return True
        return False

    def accused(self, act: Token, ctx: DocContext) -> list[Actor] | None:
        """Whose act an accusation or a charge names, as reported (EVENTS.md rule 4): "accused
        Chile of attacking its boats", "were charged with the murder of X", "two men suspected of
        bombing", "jailed over the killing of X", "arrested on suspicion of", "faces trial for";
        None when ``act`` (a gerund or an act noun) is not named by one."""
        prep = act.head
        if act.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPS:
            return None
        gov = prep.head
        if gov.dep_ == "pobj" and gov.head.dep_ == "agent" and gov.head.head.lemma_.lower() in ACCUSING_VERBS:
            gov = gov.head.head  # "accused by rights groups of torture": the parser hangs "of" on the accuser
        elif (prep.lower_ == "of" and gov.dep_ in ("dobj", *PASSIVE_SUBJECT_DEPS)
              and gov.head.lemma_.lower() in ACCUSING_VERBS):
            gov = gov.head  # "convicted two men of the bombing": "of" hung on the accused
        lemma = gov.lemma_.lower()
        if gov.pos_ == "NOUN" and lemma in CHARGE_NOUNS:
            if gov.dep_ == "dobj" and gov.head.lemma_.lower() in FACING_VERBS:
                return self.subjects(gov.head, ctx)[0]  # "faces charges of spying"
            if gov.dep_ != "pobj" or gov.head.dep_ != "prep" or gov.head.head.pos_ != "VERB":
                return None
            verb = gov.head.head  # "arrested two men on charges of spying"
        elif gov.pos_ == "VERB" and (lemma in ACCUSING_VERBS or lemma in PUNISHING_VERBS):
            verb = gov
        else:
            return None
        phrase = next((c for c in children_of(verb) if c.dep_ in ("dobj", *PASSIVE_SUBJECT_DEPS)), None)
        if verb.dep_ in ("acl", "relcl") and (phrase is None and verb.tag_ == "VBN" or phrase is not None and (
                phrase.lower_ in RELATIVE_PRONOUNS)):
            phrase = verb.head  # "two men accused of bombing", "an officer who was charged with"
        accused = self.actors_at(phrase, ctx) if phrase is not None else []
        if any(a.country is None for a in accused):
            # "Four soldiers were charged with the murder of X, the army said", "an Israeli court
            # charged an officer with ...": as for the charge itself, a state's organs charge and
            # arrest at home; the accused with no other country are its own.
            accusers = (self._state_of_place(verb, ctx, DISAPPROVAL_ROOT) if agentless_passive(verb)
                        else self.subjects(verb, ctx)[0])
            held = phrase.head if phrase.i == verb.head.i != verb.i and phrase.dep_ == "dobj" else None
            if held is not None and held.lemma_.lower() in PUNISHING_VERBS:
                accusers = self.subjects(held, ctx)[0]  # "police arrested a commander accused of"
            states = {a.code[:3] for a in accusers if a.country and a.code and (a.role in STATE_ORGANS
                                                                                or a.kind == "state")}
            if len(states) == 1:
                home = states.pop()
                accused = [localize(a, home) for a in accused]
        return accused

    def _attacked(self, noun: Token) -> bool:
        """The noun is what an attack noun is aimed at: "the bombing of X", "an attack on X"."""
        prep = noun.head
        return (noun.dep_ == "pobj" and prep.lower_ in ATTACKED_PREPS and prep.head.pos_ == "NOUN"
                and any(t.code[:2] in VIOLENT_ROOTS for t in self.lexicon.nouns(prep.head.lemma_.lower())))

    def _attack_agents(self, noun: Token, ctx: DocContext) -> list[Actor]:
        """Who carried out the attack a noun names, for what its relative clause says it did
        ("launched an offensive that has killed 50", "an Israeli raid that wounded two", "eased an
        offensive that ..."): the noun's own agent, or the subject of the verb whose entry the noun
        completes. Not the subject of a verb about it ("condemned an attack that killed 20")."""
        if not any(t.code[:2] in VIOLENT_ROOTS for t in self.lexicon.nouns(noun.lemma_.lower())):
            return []
        own = self.noun_agents(noun, ctx)
        if own:
            return own
        head = noun.head
        if noun.dep_ != "dobj" or head.pos_ != "VERB":
            return []
        found = self.verb_trigger(head)
        if found is None or not (found[1].i == noun.i or noun.lemma_.lower() in (found[0].objects or ())):
            return []
        return self.subjects(head, ctx)[0]

    def violent_noun(self, noun: Token) -> bool:
        """The noun names an attack ("the killing", "the bombing"), by its noun entries."""
        return noun.pos_ == "NOUN" and any(t.code[:2] in VIOLENT_ROOTS for t in self.lexicon.nouns(noun.lemma_.lower()))

    def _violent(self, verb: Token) -> bool:
        found = self.verb_trigger(verb)
        return found is not None and found[0].code[:2] in VIOLENT_ROOTS

    def responders(self, noun: Token, sources: list[Actor], ctx: DocContext) -> list[Actor]:
        """"Chile rejected a Peruvian offer", "urged Seoul to accept Tokyo's proposal", "the rebels'
        demand was rejected by the army": whom an offer, request or proposal was made to is who
        answers it, when it names its own author."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "to":
            verb = _answering_to(verb)
            if verb is None or not any(s.code for s in sources):
                return []
        elif (noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in RESPONSE_VERBS
                or not any(s.code for s in sources)):
            return []
        return [a for a in self.subjects(verb, ctx)[0] if a.code and all(a.code != s.code for s in sources)]

    def _authors(self, thing: Token, verb: Token, ctx: DocContext) -> list[Actor]:
        """Who put forward a call, offer or claim: a name or demonym before it ("Iran's offer",
        "US allegations"), "from"/"by" ("calls from within the cabinet"), a participle's agent
        ("the package offered by Delhi"). A pronoun's owner is left unread."""
        heads: list[Token] = []
        for c in thing.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < thing.i and c.pos_ != "PRON":
                heads.append(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
                heads.extend(p for p in c.children if p.dep_ == "pobj")
                heads.extend(p for q in c.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj")
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                heads.extend(p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
        found: list[Actor] = []
        for head in heads:
            if head.dep_ == "poss" or head.head.i != thing.i:
                authors = [a for a in self.actors_at(head, ctx, search=False) if a.code or a.role]
                refuser = next((a for a in self.subjects(verb, ctx)[0] if a.country and a.code), None) \
                    if own_belonging(head) else None
                # "rejected calls from within his own cabinet": the refuser's own side.
                found.extend(localize(a, refuser.code[:3]) if refuser is not None else a for a in authors)
            elif head.i in ctx.mentioned:
                start, end = self.phrase(head)
                actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
                if actor is not None and actor.code:
                    found.append(actor)
        return found


def _answering_to(to: Token) -> Token | None:
    """The verb whose subject answers what "to" governs: "responded to", "gave in to", "in
    response to" (the verb the phrase is attached to); None when "to" answers nothing."""
    head = to.head
    if head.lemma_.lower() == "response" and head.dep_ == "pobj" and head.head.lower_ == "in":
        head = head.head.head  # "sent trainers in response to appeals by ...": the sender answers
        return head if head.pos_ in ("VERB", "AUX") else None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in YIELDING_VERBS else None
