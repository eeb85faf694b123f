"""Background mentions: acts named only as the backdrop of another ("since Russia's invasion of
Ukraine", "after the 2003 war") are not new events.

A later article's "since X's invasion of Y" would otherwise become a fresh X->Y assault dated on
its publication day. This check is kept apart from clause extraction (``events/extract.py``) so
the extractor stays about what is said, and this module about what is merely recalled.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from geopol.events.codes import FIGHT_ROOTS
from geopol.events.tree import children_of
from geopol.events.words import (
    CHARGE_PREPS,
    CONTENT_VERBS,
    CUSTODY_NOUNS,
    EFFORT_WORDS,
    LASTING_CONFLICT_NOUNS,
    OUTBREAK_VERBS,
    SENTENCING_VERBS,
)

# "since the invasion": always a backdrop, the act began before the sentence's time.
SINCE = frozenset({"since"})
# "after/before/following the 2003 war": a backdrop when the act carries its own (past) year.
DATED = frozenset({"after", "before", "following", "prior", "until"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NOMINAL = frozenset({"NOUN", "PROPN"})
# "the progress of the dialogue", "the future of the talks": the act as the topic of another noun.
TOPIC_NOUNS = frozenset({"progress", "future", "fate", "prospect", "prospects", "outcome", "history",
                         "course", "state", "status", "issue", "question", "subject", "topic", "review"})


def is_background(trigger: Token, own_noun: bool = False, code: str = "") -> bool:
    """The trigger is an event noun governed by a since/after/before phrase of the clause, or
    the topic of another noun ("the progress of the talks"), an earlier act the clause measures
    its time from ("three weeks after kidnapping him", with what that act was for), or one
    recalled as the cause of the news ("the move comes after X agreed to ..."), or a fight that
    describes the clause's subject ("an alliance fighting Indian rule rejected ..."). ``own_noun``:
    the event is the noun's own, not that of a verb taking it ("waged war"); ``code``: its CAMEO code."""
    if own_noun and _labelled_conflict(trigger):
        return True
    if _sentenced_for(trigger):
        return True
    if trigger.pos_ == "VERB":
        if (_purpose(trigger) and _effort(trigger.head)) or _contained(trigger):
            return True
        tok = trigger.head if _purpose(trigger) else trigger
        return (_earlier_act(tok) or _cited_cause(tok) or _recalled_in_relative(tok) or _place_described(tok)
                or code[:2] in FIGHT_ROOTS and _describes_subject(tok) or _identifies_subject(tok))
    if trigger.pos_ not in _NOMINAL or trigger.dep_ not in ("pobj", "pcomp"):
        return False
    prep = trigger.head
    if prep.lower_ == "in" and _setting(trigger, prep):
        return True
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in TOPIC_NOUNS:
        return True
    word = prep.lower_
    if prep.lower_ == "to" and prep.head.lower_ == "prior":  # "prior to the 1990 invasion"
        word = "prior"
    if word in SINCE:
        return True
    # "convicted of the 1998 embassy bombings", "jailed for last year's attack": a charge for an
    # act of another year names it as past, not as news of the day.
    return (word in DATED or word in CHARGE_PREPS) and _own_year(trigger)


def _labelled_conflict(noun: Token) -> bool:
    """"The US-led war in Iraq was illegal", "defended Russia's campaign in Chechnya": a lasting
    conflict named by its own noun is a label of its parties, news only when the sentence reports
    it breaking out ("war erupted between A and B"); waging, launching or ending one is the verb's
    event, not the noun's."""
    if noun.pos_ not in _NOMINAL or noun.lemma_.lower() not in LASTING_CONFLICT_NOUNS:
        return False
    return not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in OUTBREAK_VERBS)


# Links inside the phrase that names what a verdict punishes ("for financing X's bombings in Y").
_CHARGE_CHAIN = frozenset({"pobj", "pcomp", "dobj", "poss", "compound", "nmod", "conj", "appos"})


def _sentenced_for(trigger: Token) -> bool:
    """"A court jailed five men for the bombing of a tanker", "sentenced him for financing X's
    bombings": an act a verdict or sentence punishes, named by a noun, is months or years old
    by then, the charge's label, not news (words.yaml sentencing_verbs). A gerund ("sentenced
    for threatening a judge") tells the act itself and stays reported (EVENTS.md rule 4), as do
    an arrest's and a charge's acts."""
    if trigger.pos_ not in _NOMINAL:
        return False
    tok = trigger
    for _ in range(6):
        if tok.dep_ not in _CHARGE_CHAIN or tok.head.i == tok.i:
            return False
        head = tok.head
        if head.pos_ == "VERB" and head.dep_ != "pcomp" or head.tag_ == "VBG" and not _possessed(trigger):
            return False  # "for uttering threats": the gerund's own act, told (not another's act it served)
        if head.dep_ == "prep" and head.lower_ in CHARGE_PREPS and tok.dep_ in ("pobj", "pcomp"):
            verb = head.head
            return verb.pos_ == "VERB" and verb.lemma_.lower() in SENTENCING_VERBS
        tok = head
    return False


def _possessed(noun: Token) -> bool:
    """"X's bombings", "the bombings by X": the act is someone's, named as done."""
    return any(c.dep_ == "poss" or c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in children_of(noun))


# "three weeks after kidnapping him", "since seizing power": an act the sentence's time is counted from.
MEASURED_FROM = frozenset({"after", "following", "since"})


def _earlier_act(tok: Token) -> bool:
    prep = tok.head
    return (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ in MEASURED_FROM
            and (prep.lower_ == "since" or any(c.dep_ == "npadvmod" for c in children_of(prep))))


def _cited_cause(tok: Token) -> bool:
    """"The step follows Canada's acceptance of a Dutch proposal": news recalled as the cause of
    what the sentence reports."""
    return (tok.dep_ == "advcl" and tok.head.lemma_.lower() == "come"
            and any(c.dep_ == "mark" and c.lower_ == "after" for c in children_of(tok)))


def _setting(trigger: Token, prep: Token) -> bool:
    """"abused while in US custody", "prisoners in Iraqi detention": being held is the state the
    news happens in, not an arrest; "key allies in the US-led war", "a suspect in the bombing": an
    act named after "in" to place a person or group is a label of them, not news of the act."""
    if trigger.lemma_.lower() in CUSTODY_NOUNS:
        return True
    return prep.dep_ == "prep" and prep.head.pos_ in _NOMINAL and prep.head.dep_ not in ("pobj", "dobj")


def _describes_subject(tok: Token) -> bool:
    """"A multi-party alliance fighting Indian rule rejected the package", "militants battling US
    troops kidnapped two drivers": a present participle on the subject of the clause says who the
    subject is, not what the news reports it doing (EVENTS.md rule 10). (A demand so told,
    "protesters demanding his resignation marched", is what they do at the news's event.)"""
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return False
    noun = tok.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")


def _recalled_in_relative(tok: Token) -> bool:
    """"the soldiers the rebels had held for five months were freed": a past perfect relative
    clause recalls what came before the news, as the background of its act."""
    return tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_of(tok))


def _identifies_subject(tok: Token) -> bool:
    """"The gunmen who seized the school argued over ...", "the envoy, who had met rebels, was
    killed": a past relative clause on the subject of another act says which people the clause
    is about, by what they once did (EVENTS.md rule 10); the news is the main verb's act. Only the
    subject's: a relative clause on an object ("arrested the men who attacked the convoy") may
    be the act the news turns on. Only under a past main verb, which tells the news as past so
    that an act the relative clause adds is earlier still; under a present one ("militants who
    kidnapped two engineers are demanding a ransom") the relative's act is the news's own."""
    if tok.dep_ != "relcl" or not (tok.tag_ == "VBD" or tok.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(tok))):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in children_of(tok)):
        return False
    noun = tok.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    main = noun.head
    past = main.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children_of(main))
    return noun.dep_ in ("nsubj", "nsubjpass") and main.pos_ in ("VERB", "AUX") and main.i != tok.i and past


def _place_described(tok: Token) -> bool:
    """"Beslan, the town where gunmen seized a school": a "where" clause in an apposition says
    which place the sentence means by what once happened there, a label of it (EVENTS.md rule 10)."""
    return (tok.dep_ == "relcl" and tok.head.dep_ == "appos"
            and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(tok)))


def _contained(tok: Token) -> bool:
    """"The policy includes barring priests from the church": a gerund a plan or rule contains."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ in ("xcomp", "dobj", "ccomp") and tok.head.lemma_.lower() in CONTENT_VERBS:
        return True
    # the parser sometimes hangs "includes" under the gerund as its auxiliary (and leaves it unlemmatised)
    return any(c.dep_ == "aux" and c.lower_.rstrip("s") in CONTENT_VERBS for c in children_of(tok))


def _effort(verb: Token) -> bool:
    """"is doing all in its power to help X", "did everything it could to free them": the act is
    what an effort is for, told as the effort, not as done."""
    return verb.lemma_.lower() == "do" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in EFFORT_WORDS for c in children_of(verb))


def _purpose(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def _own_year(trigger: Token) -> bool:
    """The act names its year itself: "the 2003 war", "the invasion of Kuwait in 1990", "last
    year's bombing"."""
    for child in children_of(trigger):
        if child.dep_ in ("nummod", "compound", "amod", "npadvmod") and _YEAR.match(child.text):
            return True
        if child.dep_ == "poss" and child.lemma_.lower() == "year" and any(
                c.lower_ == "last" for c in children_of(child)):
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            if any(_YEAR.match(g.text) for g in children_of(child) if g.dep_ == "pobj"):
                return True
    return False


__all__ = ["is_background"]
