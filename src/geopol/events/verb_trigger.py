"""Which lexicon entry a verb fires, and what its object and particles select.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from geopol.events.codes import CONFLICT_ROOTS, MOVING_CODES
from geopol.events.lexicon import Lexicon, Trigger
from geopol.events.tree import (
    PASSIVE_SUBJECT_DEPS,
    bare_complement,
    behest_phrase,
    children_of,
    counted_of,
    misread_object,
    modifiers,
    names_people,
    noun_words,
    pobjs,
    reduced_passive,
    relative_object,
    temporal,
)
from geopol.events.words import (
    BEHEST_NOUNS,
    CONTAINER_NOUNS,
    GROWTH_NOUNS,
    LIGHT_MATRIX_VERBS,
    PEOPLE_OBJECT,
    RELATIVE_PRONOUNS,
)

# The subject a ``subjects`` entry reads: the active subject, and the passive one ("jets were scrambled").
SUBJECT_WORD_DEPS = frozenset({"nsubj", "nsubjpass"})
# Prepositions whose object the act is without: never the thing an entry names.
ABSENCE_PREPS = frozenset({"without"})
# Clauses under a verb whose "for" marker is the verb's own preposition.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})


class VerbTriggers:
    """The trigger entry a verb fires (or the event noun under a support verb)."""

    lexicon: Lexicon
    people_names: frozenset[str]

    def _takes_its_argument(self, noun: Token) -> bool:
        """"opposition to US plans": an actor word used as an event noun, with the event's argument."""
        lemma = noun.lemma_.lower()
        if not self.lexicon.nouns(lemma):
            return False  # no entry: its qualifiers need no reading
        entry = self.lexicon.select(lemma, "NOUN", modifiers(noun), ())
        return entry is not None and any(c.dep_ == "prep" and c.lower_ in entry.target for c in children_of(noun))

    def verb_trigger(self, verb: Token) -> tuple[Trigger, Token, set[int]] | None:
        """The lexicon entry a verb fires, the token that names the event, and the tokens it uses.

        A verb entry whose object constraint matches wins; else, under a support verb, the event
        noun it governs ("impose sanctions", "hold talks"); else the verb's bare entry.
        """
        lemma = verb.lemma_.lower()
        if lemma not in self.lexicon.support_verbs and (verb.pos_ == "AUX" or not self.lexicon.verbs(lemma)):
            return None  # no entry and no support verb: nothing below can fire (most verbs of a text)
        if self.dropped(verb):
            return None  # data/constructions/non_events.yaml: "fighting to keep his seat", "called it routine"
        if reduced_passive(verb) and lemma in self.lexicon.support_verbs:
            return None  # "the massacres committed by the army": the noun's own event, by the agent
        named_object = misread_object(verb)
        # "called X on Monday" is not "called on X": a preposition that only dates the act is no particle.
        # "set free the hostages" may parse the particle as an adverb.
        particles = tuple(c.lower_ for c in children_of(verb) if c.dep_ in ("prt", "prep", "agent", "dative", "advmod")
                          and not (c.dep_ == "prep" and _only_dates(c)))
        # "called for the government to resign": the parser makes "for" the clause's marker.
        particles += tuple(m.lower_ for c in children_of(verb) if c.dep_ in CLAUSE_DEPS
                           for m in children_of(c) if m.dep_ == "mark" and m.lower_ == "for")
        obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "attr")), named_object)
        if obj is not None and verb.dep_ == "relcl" and obj.lower_ in RELATIVE_PRONOUNS and obj.i < verb.i:
            obj = relative_object(verb) or verb.head  # "the sanctions that the EU imposed": what was imposed
        if obj is None and reduced_passive(verb):
            obj = verb.head  # "hostages seized by militants": the noun is what was seized
        # "a journalist was seized by militants", "troops were pulled out": a passive's subject is
        # what is done, and picks the sense as an object does (the support-verb noun stays the object's).
        patient = obj if obj is not None else _passive_patient(verb)
        if patient is not None and counted_of(patient) is not None:
            patient = counted_of(patient)  # "returned dozens of artifacts": the thing is the "of" object
        elif patient is not None and patient.lemma_.lower() in GROWTH_NOUNS:
            # "pledged a threefold rise in grants to Laos": more of the same act.
            patient = next(iter(pobjs(patient, ("in",))), patient)
        if obj is not None:
            obj = patient
        obj_lemma = obj.lemma_.lower() if obj is not None else None
        # "went on strike", "agreed to a deal": a preposition's object can be what an entry names;
        # not one that says it is absent ("broke up without agreement" broke none).
        # Nor one that says why the verb acts ("met at the request of X" met no request).
        prep_objects = [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ not in ABSENCE_PREPS
                        for p in children_of(c) if p.dep_ == "pobj" and not temporal(p)
                        and not behest_phrase(p, BEHEST_NOUNS)]
        # The object's own qualifiers count too: "ended mediation efforts", "ended peace talks".
        obj_words = (patient.lemma_.lower(), *modifiers(patient)) if patient is not None else ()
        # "found the mayor guilty", "let free the prisoners": the complement says what the verb does.
        # "took two women hostage" may parse the complement as a second object.
        # A negated complement is another word: "found him not guilty" acquits, "pleaded not guilty" denies.
        obj_words += tuple(complement_word(c) for c in children_of(verb)
                           if c.dep_ in ("oprd", "acomp") or bare_complement(c)
                           or (c.dep_ == "dobj" and obj is not None and c.i > obj.i))
        if patient is not None and (patient.text in self.people_names or names_people(patient)):
            obj_words += (PEOPLE_OBJECT,)  # "seized two Americans": people, whatever their name
        prep_words = [w for p in prep_objects for w in (p.lemma_.lower(), *modifiers(p))]
        # The direct object decides before a preposition's ("suspended aid because of the fighting").
        # A passive's subject is its object: "the statue was returned to Italy".
        has_object = obj is not None or any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children_of(verb))
        compound = hyphened_lemma(verb)
        if compound is not None and self.lexicon.verbs(compound):
            lemma = compound  # "test-fired a missile" is a test (150), not the firing its last part names
        # "warplanes scrambled": some entries hold for one kind of subject only.
        subject_words = [w for c in subject_words_of(verb) for h in (c, counted_of(c)) if h is not None for w in (
            h.lemma_.lower(), *modifiers(h))] if lemma in self.lexicon.subject_keyed else ()
        trigger = self.lexicon.select(lemma, "VERB", obj_words, particles, has_object, subject_words)
        if trigger is None or trigger.objects is None:
            trigger = self.lexicon.select(lemma, "VERB", (*obj_words, *prep_words), particles, has_object,
                                          subject_words)
        used: set[int] = set()
        if trigger is not None and trigger.objects is not None:
            used.update(p.i for p in prep_objects if p.lemma_.lower() in trigger.objects)
        if obj is not None and lemma in self.lexicon.support_verbs:
            noun_trigger = self.lexicon.select(obj_lemma, "NOUN", noun_words(obj), ())
            if noun_trigger is None and obj_lemma in CONTAINER_NOUNS:
                # "undertook a mediation mission": the qualifier names the event the noun does not.
                noun_trigger = next((t for c in children_of(obj) if c.dep_ == "compound" and c.i < obj.i
                                     for t in [self.lexicon.select(c.lemma_.lower(), "NOUN", (), ())]
                                     if t is not None), None)
            # The noun decides under a support verb, unless the verb's own entry names this object;
            # a noun keyed on its qualifier overrides a violent reading ("launched a scathing attack").
            if noun_trigger is not None and (trigger is None or trigger.objects is None
                                             or (noun_trigger.objects is not None and noun_trigger.code[:2]
                                                 != trigger.code[:2] and trigger.code[:2] in CONFLICT_ROOTS)):
                return noun_trigger, obj, used | {obj.i}
        if trigger is None:
            return None
        if obj is not None and obj_lemma and self.lexicon.nouns(obj_lemma):
            used.add(obj.i)  # a passive's subject noun keeps its own event and arguments
        return trigger, verb, used


def subject_words_of(verb: Token) -> list[Token]:
    """Whose kind a subject-keyed entry is chosen by: the verb's subject; for a clause with none of
    its own, the one it shares: the noun a participle or relative clause describes ("a submarine
    that intruded into", "a submarine intruding"), the subject of the clause a participle or a
    conjoined verb hangs on ("troops left the base, heading north"), the controller of an infinitive."""
    own = [c for c in children_of(verb) if c.dep_ in SUBJECT_WORD_DEPS]
    if own and not (verb.dep_ == "relcl" and all(c.tag_ in ("WDT", "WP") for c in own)):
        return own
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        # "rebels kept attacking", "urged the strikers to suspend ...": the controller, object first
        objects = [c for c in children_of(verb.head) if c.dep_ == "dobj"]
        return objects or [c for c in children_of(verb.head) if c.dep_ in SUBJECT_WORD_DEPS]
    finite_or_participle = verb.tag_ in ("VBG", "VBD", "VBZ", "VBP")
    if verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX") and finite_or_participle:
        return [c for c in children_of(verb.head) if c.dep_ in SUBJECT_WORD_DEPS]
    return own


def _passive_patient(verb: Token) -> Token | None:
    """The subject of a passive verb ("the journalist" of "was seized"), if it is one."""
    if not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)


def complement_word(tok: Token) -> str:
    """A verb's complement as its entries name it: "guilty", or "not-guilty" when negated."""
    lemma = tok.lemma_.lower()
    return f"not-{lemma}" if any(c.dep_ == "neg" for c in children_of(tok)) else lemma


def hyphened_lemma(verb: Token) -> str | None:
    """"test-fired": the verb with the word hyphened before it ("test-fire"), which spaCy splits
    off, or written open before it ("test fired"); None when the verb stands alone. The caller
    keeps it only when the lexicon lists the compound, so an ordinary noun before a verb is inert."""
    i = verb.i
    if i < 1:
        return None
    doc = verb.doc
    before = doc[i - 1]
    if before.pos_ == "NOUN" and before.head.i == i and before.is_alpha and before.whitespace_:
        # "test fired a missile": the compound spelled open, its first part misread as the subject
        return f"{before.lower_}-{verb.lemma_.lower()}"
    if i < 2:
        return None
    hyphen, prefix = before, doc[i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or prefix.whitespace_ or not prefix.is_alpha:
        return None
    return f"{prefix.lower_}-{verb.lemma_.lower()}"


def _only_dates(prep: Token) -> bool:
    """"on Monday", not "for a summit on Sunday" (a misparse may hang both on one preposition)."""
    objects = [p for p in children_of(prep) if p.dep_ == "pobj"]
    return bool(objects) and all(temporal(p) for p in objects)


def _keyed_object(trigger: Trigger, obj: Token) -> bool:
    """The object is one the entry is keyed on, and the entry takes its target elsewhere."""
    return trigger.objects is not None and "dobj" not in trigger.target and obj.lemma_.lower() in trigger.objects


def moved_thing(trigger: Trigger, obj: Token) -> bool:
    """"withdrew peacekeepers from the Golan", "sent troops to Syria": the object a withdrawal or
    deployment entry is keyed on is what is moved, never whom the act concerns."""
    return trigger.code.startswith(MOVING_CODES) and _keyed_object(trigger, obj)


def fired_means(trigger: Trigger, obj: Token) -> bool:
    """"fired a rocket at a compound", "launched rockets into the town": the object a force entry
    is keyed on, where the entry takes its target from a preposition, is the weapon used, never
    whom it is used on (its platform resolves to a military role of no country)."""
    return bool(trigger.target) and _keyed_object(trigger, obj)


def embedded_under_intent(verb: Token, lexicon: Lexicon) -> bool:
    """True when a verb is the complement of another event verb ("pledged to invest")."""
    if verb.dep_ != "xcomp":
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in children_of(verb)):
        return False  # "claimed to have kidnapped two reporters": an act done, as reported, not an intent
    head = verb.head
    if head.pos_ != "VERB":
        return False
    if lexicon.select(head.lemma_.lower(), "VERB", (verb.lemma_.lower(), verb.lower_), ()) is not None:
        return True  # "halt fighting", "stop shelling": the matrix entry names this complement
    return (lexicon.select(head.lemma_.lower(), "VERB", None, ()) is not None
            and head.lemma_.lower() not in LIGHT_MATRIX_VERBS)


def generic_target(trigger: Trigger) -> Trigger:
    return dataclasses.replace(trigger, target=("dobj", "dative", "to", "with", "against", "on", "from"))


def as_reciprocal(trigger: Trigger) -> Trigger:
    return dataclasses.replace(trigger, reciprocal=True)


def recoded(trigger: Trigger, code: str, by: str | None = None) -> Trigger:
    """The trigger with another code; ``by`` names the construction in code that changed it, so the
    event cites it beside the entry it came from ("events/constructs.py vowed-force <- triggers.yaml
    ..."). A construction entry's own name, when one made the trigger, is kept."""
    if code == trigger.code:
        return trigger
    if by is None or trigger.construction is not None:
        return dataclasses.replace(trigger, code=code)
    return dataclasses.replace(trigger, code=code, construction=f"{by} <- {trigger.rule}")
