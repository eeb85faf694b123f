"""Replies to an act the story told before: "The rebels accused the army of X. An army spokesman
denied the claim." The reply's object names another party's act, not a party; its author, left
unnamed in the reply's sentence, is whom the reply answers (the accuser denied, the offerer
refused, the announcer welcomed).

The author is read from the story's own events: the nearest act of the kind the noun names, told
just before by a party other than the one replying. Only a definite noun ("the claim", "this
decision") points back; "denied allegations that ..." and "welcomed a plan" may name acts the
story never told. A noun naming only an act ("the decision", "the move") points to the sentence
just before; a claim, call, offer, agreement or attack, whose kind the noun says, to the last three.
The pipeline asks this of each reading before judging it an act: a welcome of "the decision" is
otherwise a welcome of a thing, which is no act. Another reply to a named act ("Britain also
welcomed the move") is not the act answered, and "the decision" or "the move" names no charge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc

from geopol.events.words import (
    ANSWERED_AGREEMENTS,
    ANSWERED_CALLS,
    ANSWERED_CLAIMS,
    ANSWERED_DECISIONS,
    ANSWERED_FORCE,
    ANSWERED_OFFERS,
)
from geopol.schema import Actor, Event

# Replies whose object is what they answer: a denial or refusal, a welcome, a condemnation.
REPLY_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})
# "the claim", "these allegations", "such a move": an act already told.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
# Acts a use-of-force or punishment noun names.
FORCE_TYPES = {"arrest": "COERCE", "crackdown": "COERCE", "detention": "COERCE", "embargo": "SANCTION",
               "sanction": "SANCTION"}
# Acts an agreement noun names: an intent to cooperate, a cooperation, and of SUPPORT only a
# signing (CAMEO 057; a welcome or endorsement is no agreement).
AGREEMENT_TYPES = frozenset({"AGREE", "COOPERATE", "057"})
# How many sentences back a noun that says its act's kind may point; an act-only noun points one back.
KIND_WINDOW = 3
ACT_WINDOW = 1


def answered_types(noun: str) -> frozenset[str] | None:
    """The PLOVER types (or CAMEO codes) of the acts a reply's noun names (empty: any type), None
    if no act."""
    if noun in ANSWERED_CLAIMS:
        return frozenset({"ACCUSE"})
    if noun in ANSWERED_CALLS:
        return frozenset({"REQUEST", "THREATEN"} if noun == "ultimatum" else {"REQUEST"})
    if noun in ANSWERED_OFFERS:
        return frozenset({"AGREE", "REQUEST"})
    if noun in ANSWERED_FORCE:
        return frozenset({FORCE_TYPES.get(noun, "ASSAULT")})
    if noun in ANSWERED_AGREEMENTS:
        return AGREEMENT_TYPES
    if noun in ANSWERED_DECISIONS:
        return frozenset()
    return None


def _answered_noun(target: Actor | None, doc: Doc) -> tuple[str, int] | None:
    """The lemma and window of a definite act noun the reply is aimed at, with no author of its own."""
    if target is None or target.code is not None or target.role is not None or target.kind is not None:
        return None
    span = doc.char_span(target.span[0], target.span[1], alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    lemma = head.lemma_.lower()
    types = answered_types(lemma)
    if types is None:
        return None
    children = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children):
        return None
    if any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and c.text[:1].isupper()
           or c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") or c.dep_ == "acl" and c.tag_ == "VBN"
           for c in children):
        return None  # "the army's claim", "the Russian offer", "the call from X": the phrase names its author
    return lemma, (ACT_WINDOW if not types else KIND_WINDOW)


def _same_party(a: Actor, b: Actor) -> bool:
    """One party: the same code, or a state and its own organs ("IRN", "IRNGOV")."""
    if a.code is None or b.code is None:
        return False
    return a.code == b.code or (len(a.code) == 3 or len(b.code) == 3) and a.code[:3] == b.code[:3]


def answer_author(reply: Event, earlier: Iterable[Event], doc: Doc) -> Event:
    """``reply`` aimed at the author of the act its definite act noun names, if the story told
    that act before (``earlier``: events of earlier sentences, and of the reply's own sentence,
    of which only those told before the reply count); otherwise ``reply`` unchanged. Asked of a
    reading before it is judged an act: a welcome of "the decision" is a welcome of a thing, no
    act, until the decision's author is known."""
    found = _answered_noun(reply.target, doc) if reply.source.code and reply.plover in REPLY_TYPES else None
    if found is None or reply.target is None:
        return reply
    lemma, window = found
    types = answered_types(lemma) or frozenset()
    before = [a for a in earlier if a.sentence < reply.sentence
              or a.sentence == reply.sentence and a.trigger.span[0] < reply.trigger.span[0]]
    before = [a for a in before if not _echo(a, doc)]
    author = _author(reply, before, types, window)
    if author is None:
        return reply
    return dataclasses.replace(reply, target=dataclasses.replace(author, text=reply.target.text,
                                                                 span=reply.target.span))


def _echo(act: Event, doc: Doc) -> bool:
    """Another reply to a named act ("The US welcomed the decision. Britain also welcomed the
    move."): both answer the same act; the first is not the act the second answers."""
    if act.plover not in REPLY_TYPES or act.target is None:
        return False
    span = doc.char_span(act.target.span[0], act.target.span[1], alignment_mode="expand")
    return span is not None and answered_types(span.root.lemma_.lower()) is not None


def _author(reply: Event, before: list[Event], types: frozenset[str], window: int) -> Actor | None:
    """The source of the latest act of ``types`` (any but a charge, if empty) within ``window``
    sentences before the reply, by another party and told as happening (asserted, or a promise).
    Of one act's readings ("Israel signed a deal with Jordan": each side's), the first, the one
    its sentence tells of its subject."""
    fits = [act for act in before if act.sentence >= reply.sentence - window and _answerable(act, reply, types)]
    if not fits:
        return None
    latest = fits[-1].trigger.span
    return next(act for act in fits if act.trigger.span == latest).source


def _answerable(act: Event, reply: Event, types: frozenset[str]) -> bool:
    """``act`` may be what ``reply`` answers: a coded party other than the replier's did it, as
    told (asserted, or a promise), and it is of ``types`` (any but talks or a charge, if empty)."""
    if not act.source.code or act.modality not in ("asserted", "future") or act.plover == "CONSULT":
        return False
    if types and act.plover not in types and act.cameo[:3] not in types or not types and act.plover == "ACCUSE":
        return False
    return not _same_party(act.source, reply.source)
