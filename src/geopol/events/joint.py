"""Who acts together: the parties of acts done jointly or among themselves (EVENTS.md rules 3, 7).

* An organisation's members meeting with no one else ("NATO defence ministers ended a meeting")
  meet one another: the meeting is CONSULT within the organisation.
* A meeting between A and B the sentence reports happening ("talks between A and B resumed",
  "the breakdown of two months of talks between A and B", "the talks under way between A and B") is
  CONSULT both ways; named as a topic ("A-B talks") it is no event (rule 10).
* Mediators named in a sentence about talks between A and B ("Norwegian mediators said the talks
  between A and B would resume") mediate between them: CONSULT (045) towards each side.
* A visit naming no host and no place, in a story filed from abroad, is to the dateline's country.
* Force used by partners together ("a joint offensive", "jointly raided") is each partner's force
  on the enemy and cooperation between the partners (CAMEO 062), never force on each other; so is
  one force backing another in an operation ("supporting Malian soldiers in raids").
* An intent or a refusal of a mutual act ("is willing to resume talks with B", "will not resume
  talks with B") is its subject's alone: B intends or refuses nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from geopol.actors.kb import iso_country
from geopol.events.codes import (
    AGREEMENT_ROOT,
    CONSULT_ROOT,
    FIGHT_ROOTS,
    FORCE_ROLES,
    JOINT_FORCE_CODE,
    REFUSAL_CODE,
    VISIT_CODES,
)
from geopol.events.context import Candidate
from geopol.events.lexicon import Trigger
from geopol.events.modality import ARRANGED_MODIFIERS, modality_of, on_calendar
from geopol.events.tree import children_of, phrasal_reach, sentence_of
from geopol.events.verb_trigger import recoded
from geopol.events.words import (
    COPULAS,
    HAPPENING_MODIFIERS,
    HAPPENING_VERBS,
    JOINT_FORCE_NOUNS,
    JOINT_WORDS,
    MEETING_NOUNS,
    MEETING_OUTCOME_VERBS,
    OCCURRENCE_NOUNS,
    OUTBREAK_VERBS,
    PARTNER_NOUNS,
    UNDER_WAY_WORDS,
)
from geopol.schema import Actor

# Prepositions that name whom one meets.
PARTNER_PREPS = frozenset({"with", "between"})
# Prepositions that name a meeting or a visit as the occasion of a clause's act, done by then.
OCCASION_PREPS = frozenset({"during", "after", "following", "at"})
# Event nouns that name the agent, not the act ("mediators"): their parties may be another phrase's.
AGENT_TRIGGERS = frozenset({"mediator"})


def occasion_of(noun: Token, trigger: Trigger, verb: Token) -> bool:
    """"Peru's president said after a meeting with Bolivian leaders", "the minister, speaking after
    talks with his Kenyan counterpart, ...": a meeting or visit named as the occasion of a main or
    adjunct verb's act was its subject's. Not a verb of reported speech, where the phrase may be
    the speaker's ("declared that America was winning the war during a visit to Iraq")."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS and trigger.code.startswith(CONSULT_ROOT)
            and prep.head.i == verb.i and verb.pos_ == "VERB" and verb.dep_ in ("ROOT", "advcl"))


def among_members(trigger: Trigger, sources: list[Actor], tok: Token) -> bool:
    """A meeting held by one organisation's members ("EU leaders met") and no one else: they meet
    one another; "discussed it with him", "met them" name someone else."""
    if not (trigger.reciprocal and trigger.code.startswith(CONSULT_ROOT) and len(sources) == 1
            and members(sources[0], tok.doc)):
        return False
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return not any(c.dep_ in ("dobj", "dative") and c.i != tok.i or c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
                   for h in heads for c in children_of(h))


def members(actor: Actor, doc: Doc) -> bool:
    """An organisation's members named together ("ASEAN trade ministers", "EU leaders"): a plural
    phrase of an IGO, not the body itself ("the Arab League") nor one person of it."""
    if actor.kind != "igo" or not actor.code:
        return False
    phrase = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
    return phrase is not None and phrase.root.tag_ == "NNS"


def joint_force(trigger: Trigger, sources: list[Actor], trig_tok: Token, scope: Token) -> bool:
    """Force used by two or more partners together: the trigger or its scope is marked joint
    ("jointly attacked", "a joint offensive by A and B"), or the clause's own phrases name a joint
    operation ("advanced on the town on the third day of a joint operation")."""
    if trigger.code[:2] not in FIGHT_ROOTS or len({s.code for s in sources if s.code}) < 2:
        return False
    if any(c.lower_ in JOINT_WORDS for c in [*children_of(trig_tok), *children_of(scope)]):
        return True
    doc = scope.doc
    return any(doc[i].lower_ in JOINT_WORDS and doc[i].head.lemma_.lower() in JOINT_FORCE_NOUNS
               for i in phrasal_reach(scope))


def between_partners(noun: Token) -> bool:
    """"Clashes between Indian troops and separatists": fighting names both sides as its parties;
    a meeting named so ("the dialogue between A and B is conducive to peace", "exchanged views on
    issues including talks between A and B") is theirs only when reported happening (rule 10),
    a relation noun though it is ("dialogue")."""
    if noun.lemma_.lower() in MEETING_NOUNS:
        return meeting_happening(noun) or meeting_planned(noun)
    return noun.lemma_.lower() in PARTNER_NOUNS


def meeting_planned(noun: Token) -> bool:
    """"Talks between A and B will resume on Monday", "... are to begin": a meeting told as
    arranged, which EVENTS.md rule 8 codes as the partners' intent to meet (AGREE), as "A and B
    will meet" is; one that only could happen is neither. A meeting on the calendar ("the upcoming
    talks between A and B", "talks between A and B tomorrow") is arranged whatever is said of it."""
    if noun.lemma_.lower() not in MEETING_NOUNS:
        return False
    if any(on_calendar(c, ARRANGED_MODIFIERS) for c in children_of(noun)):
        return modality_of(noun) != "negated"
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if any(c.i == noun.right_edge.i + 1 < verb.i and on_calendar(c, ARRANGED_MODIFIERS) for c in children_of(verb)):
        # "talks between A and B tomorrow could fail": the parser hangs the date that ends the
        # subject's phrase on the verb; it dates the talks
        return modality_of(noun) != "negated"
    if verb.lemma_.lower() in COPULAS:  # "talks are to resume next month"
        verb = next((c for c in children_of(verb) if c.dep_ == "xcomp"), verb)
    return verb.lemma_.lower() in HAPPENING_VERBS and modality_of(verb) == "future"


# Clause marks that make an outbreak a time reference ("since the riots began", "before ...").
BACKGROUND_MARKS = frozenset({"since", "before", "until", "till"})


def outbreak_reported(noun: Token) -> bool:
    """"Riots broke out in Monrovia", "protests spread across the country", "after days of
    rioting in Abidjan": a protest the sentence reports happening, as subject of a verb of
    outbreak or under a span of time (EVENTS.md rule 10), not one named as a label ("fears of
    unrest"); a riot has rioters, whom its place places (EVENTS.md rule 1)."""
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        verb = noun.head
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in children_of(verb)):
            return False  # "since protests began in March": a time reference, not news
        return (verb.lemma_.lower() in OUTBREAK_VERBS or verb.lemma_.lower() in HAPPENING_VERBS) \
            and modality_of(verb) == "asserted"
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is None or measure.lemma_.lower() not in OCCURRENCE_NOUNS or measure.like_num:
        return False
    verb = next((t for t in measure.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return modality_of(measure) == "asserted" and (verb is None or modality_of(verb) == "asserted")


def between_sides(noun: Token, actor: Actor) -> bool:
    """The actor is one of the sides named by the noun's "between" ("riots between A and B")."""
    return any(prep.dep_ == "prep" and prep.lower_ == "between" and any(
        t.idx <= actor.span[0] < t.idx + len(t) for t in prep.subtree) for prep in children_of(noun))


def meeting_happening(noun: Token) -> bool:
    """"Talks between A and B resumed", "... are under way", "the ongoing talks", "the collapse of
    two weeks of talks": a meeting the sentence reports happening (EVENTS.md rule 10), not one
    named as a topic."""
    if noun.lemma_.lower() not in MEETING_NOUNS:
        return False
    if any(c.lower_ in HAPPENING_MODIFIERS or c.lower_ in UNDER_WAY_WORDS and any(
            p.lower_ == "way" for p in children_of(c)) for c in children_of(noun)):
        # "the ongoing talks between A and B", "talks under way between A and B"
        return modality_of(noun) == "asserted"
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
        lemma = verb.lemma_.lower()
        if modality_of(verb) != "asserted":
            return False  # "will resume", "could open": not yet happening (a planned meeting is AGREE)
        if lemma in COPULAS:
            return any(c.lower_ in UNDER_WAY_WORDS for c in children_of(verb)) or any(
                c.dep_ == "advmod" and c.lower_ == "underway" for c in verb.subtree)
        return (lemma in HAPPENING_VERBS or lemma in MEETING_OUTCOME_VERBS
                or lemma == "hold" and noun.dep_ == "nsubjpass")
    if modality_of(noun) != "asserted":
        return False
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is None or measure.lemma_.lower() not in OCCURRENCE_NOUNS:
        return False
    # "three weeks of talks", "the failure of talks": they took place, unless what is told of them
    # is still to come ("a new round of talks will be held").
    verb = next((t for t in measure.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return modality_of(measure) == "asserted" and (verb is None or modality_of(verb) == "asserted")


def backed_in_operation(verb: Token, trigger: Trigger, sources: list[Actor], targets: list[Actor]) -> Trigger | None:
    """"French troops were supporting Malian soldiers in raids", "NATO jets backed Afghan troops in an
    offensive": forces backing forces in an operation fight together, material cooperation (CAMEO
    062) both ways, not a statement of support. The trigger so recoded, else None."""
    if not trigger.code.startswith("05") or not any(t.role in FORCE_ROLES for t in targets) or not any(
            s.role in FORCE_ROLES or s.kind == "igo" for s in sources):
        return None
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    if not any(p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in JOINT_FORCE_NOUNS for o in children_of(p))
            for h in holders for p in children_of(h)):
        return None
    return dataclasses.replace(recoded(trigger, JOINT_FORCE_CODE, by="events/joint.py backed-in-operation"),
                               reciprocal=True)


def talks_between(noun: Token) -> list[Token]:
    """The parties named by "between" of the meetings in the mediator's sentence ("the talks between
    A and B"): whom mediators named with no parties of their own mediate between."""
    return [p for tok in sentence_of(noun) if tok.lemma_.lower() in MEETING_NOUNS and tok.i != noun.i
            for prep in children_of(tok) if prep.dep_ == "prep" and prep.lower_ == "between"
            for p in children_of(prep) if p.dep_ == "pobj"]


def partners_not_topic(trigger: Trigger, obj: Token | None, targets: list[Actor]) -> list[Actor]:
    """"discussed Iran's nuclear programme": in talks, a topic named after its owner is no partner
    ("discussed trade with Peru" names one). The targets left."""
    if (not trigger.code.startswith(CONSULT_ROOT) or obj is None or obj.pos_ != "NOUN"
            or "dobj" in trigger.target):
        return targets
    return [t for t in targets if not t.span[0] <= obj.idx < t.span[1]]


def purpose_is_topic(trigger: Trigger, inner: Trigger | None, sources: list[Actor], verb: Token) -> bool:
    """"A and B met to review the talks between C and D", "EU leaders met to discuss Iran": who
    meets are the meeting's subjects; what it is for names its topic, not a partner (a lone
    subject's "met to discuss trade with Peru" may name one)."""
    return trigger.reciprocal and trigger.code.startswith(CONSULT_ROOT) and (
        inner is None or len(sources) > 1 or members(sources[0], verb.doc))


def hosted(text: str, cand: Candidate, code: str, place: tuple | None, filed_in: str | None,
           dateline: tuple[str, ...]) -> Candidate:
    """"NAIROBI - The UN refugee chief began a visit to see the camps": a visit that names no host
    and no place is to the country the story is filed from (a visit is CONSULT to its host, rule 7)."""
    named = cand.target
    if not filed_in or place is not None or code[:3] not in VISIT_CODES or named is not None and (
            named.code or named.kind or named.role):
        return cand  # a host or a place is named; "to see the camps" names neither
    start = text.upper().find(dateline[0].upper()) if dateline else -1
    if start < 0:
        return cand
    host = Actor(text=text[start:start + len(dateline[0])], span=(start, start + len(dateline[0])), code=filed_in,
                 country=iso_country(filed_in), kind="state")
    confidence = cand.confidence + (0.15 if named is None else 0.0)  # not a visit to no one
    return dataclasses.replace(cand, target=host, confidence=round(confidence, 3))


def one_sided(entry_code: str, code: str, sources: Sequence[Actor], targets: Sequence[Actor]) -> tuple[bool, bool]:
    """Whether the act its clause makes of an entry is an intent (03), or a one-sided refusal (12),
    of what the entry names: "Brazil is willing to resume talks with Venezuela" is Brazil's intent
    only, "will not resume talks with Venezuela" Brazil's refusal of a named party, where the talks
    would be mutual. Co-subjects failing to agree ("A and B failed to reach a deal") refuse each other."""
    refused = code[:2] == REFUSAL_CODE[:2] != entry_code[:2] and len(sources) == 1 and any(t.code for t in targets)
    return code.startswith(AGREEMENT_ROOT) and not entry_code.startswith(AGREEMENT_ROOT), refused
