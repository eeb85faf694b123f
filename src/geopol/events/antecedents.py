"""Pronouns and "both countries": which actor a pronoun stands for.

The sentence is tried first (the speaker of reported speech, the subject of the clause that owns
a possessive, the clause above), then the document's salience (``context.Salience``).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from geopol.events.codes import STATE_ORGANS
from geopol.events.context import DocContext
from geopol.events.modality import reporting_head
from geopol.events.tree import (
    LOWER_CLAUSES,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    children_of,
    conjuncts,
    counted_of,
)
from geopol.events.words import (
    ACCUSING_VERBS,
    ANTECEDENT_PRONOUNS,
    CHARGE_PREPS,
    COLLECTIVE_NOUNS,
    OBJECT_PRONOUNS,
    OWN_STATE_NOUNS,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS_PLURAL,
    RELATIVE_PRONOUNS,
    SPEAKER_PRONOUNS,
)
from geopol.schema import Actor


class Antecedents:
    """The actors a pronoun or an anaphoric noun stands for, found in its sentence."""

    def _possessor_subject(self, pronoun: Token, ctx: DocContext) -> list[Actor]:
        """"Britain completed its withdrawal": a possessive in the object names the clause's subject."""
        if pronoun.dep_ != "poss" or pronoun.lower_ not in POSSESSIVE_PRONOUNS:
            return []
        noun = pronoun.head
        verb = noun.head if noun.dep_ in ("dobj", "pobj", "attr") else None
        if verb is not None and verb.pos_ == "ADP":
            verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"), None)
        if subject is None:
            return []
        plural = pronoun.lower_ == "their"
        found = self.actors_at(subject, ctx, search=False)
        if not found or (len(found) > 1) != plural and not found[0].role:
            return []
        return found  # the name stands in the same clause: point at it, as for speakers

    def _clause_antecedent(self, pronoun: Token, ctx: DocContext) -> list[Actor]:
        """"Blair flew to Rome, where he met Draghi": a subject pronoun in a clause below another
        is that clause's subject, when it comes first and agrees (he/she a person, it not one)."""
        if (pronoun.dep_ not in SUBJECT_DEPS or pronoun.lower_ not in ANTECEDENT_PRONOUNS
                or pronoun.head.dep_ not in LOWER_CLAUSES):
            return []  # not across a loose link ("met an analyst ... on suspicion he passed ...")
        verb = next((a for a in pronoun.head.ancestors if a.pos_ in ("VERB", "AUX")
                     and any(c.dep_ in SUBJECT_DEPS for c in children_of(a))
                     or a.dep_ == "pcomp" and self.accused(a, ctx) is not None), None)
        if verb is not None and not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
            # "charged an officer with misusing his weapon when he shot a girl": the act charged is
            # the accused's, and so is the clause that tells it; "he" is one accused person.
            accused = self.accused(verb, ctx) or []
            person = len(accused) == 1 and (accused[0].kind == "person" or accused[0].role is not None
                                            and accused[0].kind not in ("state", "igo", "organization"))
            return accused if person == (pronoun.lower_ in PERSON_PRONOUNS) and accused else []
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                        and c.i < pronoun.i), None) if verb is not None else None
        if subject is None:
            return []
        found = self.actors_at(subject, ctx, search=False)
        return found if _agrees(pronoun, subject, found) else []

    def _fronted_clause_subject(self, pronoun: Token, ctx: DocContext) -> list[Actor]:
        """"While the US recognises one China, it will help Taiwan": a subject pronoun of a
        clause that a subordinate clause opens is that clause's subject, when it agrees."""
        if pronoun.dep_ not in SUBJECT_DEPS or pronoun.lower_ not in ANTECEDENT_PRONOUNS:
            return []
        clause = next((c for c in children_of(pronoun.head) if c.dep_ == "advcl" and c.i < pronoun.i), None)
        subject = next((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"),
                       None) if clause is not None else None
        if subject is None:
            return []
        found = self.actors_at(subject, ctx, search=False)
        return found if _agrees(pronoun, subject, found) else []

    def _object_antecedent(self, pronoun: Token, ctx: DocContext) -> list[Actor]:
        """"Ajak was freed after Kiir pardoned him", "held 200 people to use them as shields": an
        object pronoun in an adverbial or a conjoined clause is the one the clause above acts on (its object, or
        its passive subject), else its subject; him/her must be one person."""
        verb, role = pronoun.head, pronoun.dep_
        if role == "nsubj" and verb.pos_ == "ADJ" and verb.dep_ in ("ccomp", "oprd") and verb.head.pos_ == "VERB":
            verb, role = verb.head, "dobj"  # "found him guilty": the verb's object, in a small clause
        # "... after finding him guilty": a gerund under a preposition is an adverbial clause too.
        gerund = verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX")
        # "arrested two rebels and charged them": a second verb of the same subject acts on the first's object.
        conjoined = verb.dep_ == "conj" and verb.head.pos_ == "VERB"
        if role != "dobj" or pronoun.lower_ not in OBJECT_PRONOUNS or not (verb.dep_ == "advcl" or gerund or conjoined):
            return []
        main = verb.head.head if gerund else verb.head
        above = [c for c in children_of(main) if c.pos_ != "PRON" and c.i < pronoun.i]
        subject = next((c for dep in ("dobj", *PASSIVE_SUBJECT_DEPS, *SUBJECT_DEPS) for c in above if c.dep_ == dep),
                       None)
        if subject is None:
            return []
        found = self.actors_at(subject, ctx, search=False) or (
            self.actors_at(subject, ctx) if conjoined else [])  # "detained three Chilean fishermen and freed them"
        if not found and subject.ent_type_ in ("PERSON", "ORG", "NORP"):
            found = [a for a in [self.unresolved(subject)] if a]  # a named person geopol does not know
        return found if _agrees(pronoun, subject, found) else []

    def _speaker_of(self, pronoun: Token, ctx: DocContext) -> list[Actor]:
        """"Norway says it will not sign ...": a pronoun subject in reported speech is the speaker."""
        if pronoun.dep_ not in SUBJECT_DEPS or pronoun.lower_ not in SPEAKER_PRONOUNS:
            return []
        speech = reporting_head(pronoun.head)
        if speech is None:
            return []
        # The speaker is named before the pronoun: in "they will tour Bangladesh, the embassy said"
        # the embassy reports what others will do.
        subject = next((c for c in children_of(speech) if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                        and c.i < pronoun.i), None)
        if subject is None:
            return []
        # The name stands in the same sentence: point at it rather than at the pronoun.
        found = self.actors_at(subject, ctx, search=False)
        if not found and (subject.pos_ == "PROPN" or subject.lemma_.lower() in COLLECTIVE_NOUNS):
            unknown = self.unresolved(subject)  # "The strike committee said it will not ..."
            found = [unknown] if unknown is not None else []
        if pronoun.lower_ == "it" and _person(subject, found):
            # "Turkey's president says it will ...": "it" is no person, but the state they speak for.
            return [Actor(text=a.text, span=a.span, code=a.country, country=a.country, kind="state")
                    for a in found[:1] if a.country]
        deeper = pronoun.head.head.i != speech.i  # in a clause below what is reported
        if pronoun.lower_ in PRONOUNS_PLURAL and deeper and not _agrees(pronoun, subject, found):
            # "the minister said police acted lawfully when they shot ...": not the minister; but
            # "the spokesman said they support ...": the side he speaks for
            return []
        return found

    def _struck_possession(self, verb: Token, sources: list[Actor], ctx: DocContext) -> list[Actor]:
        """"Ethiopia says Eritrean troops attacked its border posts", "Pakistan accused India of
        shelling its villages", "appealed for calm after Russian jets destroyed half of the
        country's air force": force used on what "its", "their" or "the country" owns, by another
        party, is used on the country of the one who tells it (the speaker, the accuser, the subject
        of the clause the act is told in), whom the possessive stands for: no one attacks their own
        posts. A thing owned (a place, territory) stands for its state (EVENTS.md rule 5); an organ
        is that state's."""
        obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None) or next(
            (p for c in children_of(verb) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"), None)
        if obj is not None and counted_of(obj) is not None:
            obj = counted_of(obj)  # "destroyed half of the country's air force"
        owner = next((c for c in children_of(obj) if c.dep_ == "poss" and _owner_word(c)),
                     None) if obj is not None else None
        if owner is None:
            return []
        own = {s.country for s in sources if s.country}
        start = owner.right_edge.i + 1
        start += 1 if start < obj.i and ctx.doc[start].dep_ == "case" else 0  # "the country 's"
        organ = None
        if obj.i in ctx.mentioned:  # "attacked its troops": an organ the table knows
            organ = self.resolver.resolve(ctx.doc, start, obj.i + 1, ctx.date, ctx.mentions)
            if organ is None or organ.role not in STATE_ORGANS or organ.country and organ.country not in own:
                return []
        found = self.actors_at(claimant, ctx, search=False) if (claimant := _teller(verb)) is not None else []
        homes = {a.country for a in found if a.country} - own
        if not found and ctx.filed_in:
            # "ABIDJAN - ... riots that broke out after French jets destroyed the country's navy":
            # told by no one, the country is the one the story is filed from.
            homes = {ctx.filed_in} - own
        if len(homes) != 1:
            return []
        home = homes.pop()
        if organ is not None:
            return [dataclasses.replace(organ, code=home + organ.role, country=home)]
        first = ctx.doc[owner.left_edge.i]
        text = ctx.doc.text[first.idx:obj.idx + len(obj.text)]
        return [Actor(text=text, span=(first.idx, obj.idx + len(obj.text)), code=home, country=home, kind="state")]


# Possessives that may stand for a state owning a thing ("its territory", "their villages").
THING_OWNERS = frozenset({"its", "their"})


def _owner_word(tok: Token) -> bool:
    """"its", "their", or "the country" (an anaphor, not a named state)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in THING_OWNERS
    return tok.lemma_.lower() in OWN_STATE_NOUNS and any(c.lower_ == "the" for c in children_of(tok))


def _teller(verb: Token) -> Token | None:
    """Who tells of the act: the accuser ("accused X of shelling"), the speaker ("X says Y
    attacked"), or the subject of the clause it is an adverbial of ("X appealed after Y attacked")."""
    claimant = _accuser(verb)
    if claimant is None:
        speech = reporting_head(verb)
        if speech is None and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.head.dep_ != "relcl":
            # (not "the riots that broke out after French jets destroyed the country's navy": what a
            # relative clause tells of its noun has no teller)
            speech = verb.head
        claimant = next((c for c in children_of(speech) if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"
                         and c.lower_ not in RELATIVE_PRONOUNS), None) if speech is not None else None
    return claimant


def _accuser(verb: Token) -> Token | None:
    """The subject of "accused X of <verb>ing", "blamed X for <verb>ing" (words.yaml
    accusing_verbs, the verbs ``NounArguments.accused`` reads the accused of)."""
    prep = verb.head if verb.dep_ == "pcomp" else None
    accuse = prep.head if prep is not None and prep.dep_ == "prep" and prep.lower_ in CHARGE_PREPS else None
    if accuse is None or accuse.pos_ != "VERB" or accuse.lemma_.lower() not in ACCUSING_VERBS:
        return None
    return next((c for c in children_of(accuse) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _person(antecedent: Token, actors: list[Actor]) -> bool:
    """A named person, or an actor the knowledge base knows as one."""
    return antecedent.ent_type_ == "PERSON" or any(a.kind == "person" for a in actors)


def _agrees(pronoun: Token, antecedent: Token, actors: list[Actor]) -> bool:
    """he/him/she/her: one person; it: one actor, not a person; they/them: not one person
    ("the premier warned her colleagues after they threatened ...": not her)."""
    low = pronoun.lower_
    person = _person(antecedent, actors) or (
        # "jailed a militant after finding him guilty": one holder of a role is a person
        pronoun.lower_ in OBJECT_PRONOUNS and antecedent.tag_ == "NN"
        and not antecedent.ent_type_ and len(actors) == 1
        and actors[0].role is not None and actors[0].kind not in ("state", "igo"))
    if low in PERSON_PRONOUNS:
        return person and len(actors) == 1
    if low == "it":
        return not person and len(actors) == 1
    return bool(actors) and not (person and antecedent.tag_ not in ("NNS", "NNPS") and not conjuncts(antecedent))
