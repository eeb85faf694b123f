"""What the extractor knows of a document while it reads a sentence, and what it yields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from geopol.events.codes import OPPOSING_ROLES
from geopol.events.lexicon import Trigger
from geopol.events.words import GROUP_ANAPHORA, PLURAL_ANAPHORA, PRONOUNS_PLURAL, PRONOUNS_SINGULAR
from geopol.schema import Actor


@dataclass(slots=True)
class Candidate:
    """An event before dates, places and codes are attached: the extractor's output."""

    trigger: Trigger
    trigger_tok: Token
    trigger_span: tuple[int, int]
    source: Actor
    target: Actor | None
    modality: str
    claimed_by: Actor | None
    scope: Token  # the clause head whose subtree holds the event's dates, places, amounts
    confidence: float
    deeper: bool = False  # a party found deeper in the clause, not one of the trigger's own arguments


#: Who a bare "the group", "the organisation" may point back at: an armed or opposing group, or a
#: named organisation; never a state, its organs (an army is a "group" of kind) or a person.
SIDE_ROLES = OPPOSING_ROLES | {"IMG"}
SIDE_KINDS = frozenset({"organization", "igo"})


class Salience:
    """Recent actors, for pronouns and "both countries": the simplest coreference that works on news."""

    def __init__(self) -> None:
        self.last_single: Actor | None = None
        self.last_group: list[Actor] = []
        self.last_side: Actor | None = None  # the group or organisation last named as a subject
        self.version = 0  # counts updates: what was read against older salience is stale

    def update(self, actors: list[Actor]) -> None:
        self.version += 1
        states = [a for a in actors if a.code]
        distinct = list({(a.country or a.code): a for a in states}.values())
        if len(distinct) >= 2:
            self.last_group = distinct[:2]
        if states:
            self.last_single = states[0]
        self.last_side = next((a for a in states if a.role in SIDE_ROLES or a.kind in SIDE_KINDS), self.last_side)

    def resolve(self, tok: Token) -> list[Actor]:
        low = tok.lower_
        if low in PRONOUNS_SINGULAR and self.last_single is not None:
            return [_moved(self.last_single, tok)]
        if (low in PRONOUNS_PLURAL or low in PLURAL_ANAPHORA) and self.last_group:
            return [_moved(a, tok) for a in self.last_group]
        if tok.lemma_.lower() in GROUP_ANAPHORA and self.last_side is not None:
            return [_moved(self.last_side, tok)]
        return []


def _moved(actor: Actor, tok: Token) -> Actor:
    """The antecedent's codes at the pronoun's place in the text."""
    return Actor(
        text=tok.text, span=(tok.idx, tok.idx + len(tok.text)), code=actor.code, country=actor.country,
        role=actor.role, name=actor.name, kind=actor.kind,
    )


@dataclass(slots=True)
class DocContext:
    """What the extractor knows of the whole document while it reads one sentence."""

    doc: Doc
    date: str | None
    mentions: list
    salience: Salience
    mentioned: set[int] = field(default_factory=set)  # token indices inside an actor mention
    filed_in: str | None = None  # the dateline's country: where the story is filed
    # a transcript's speakers: the span of what each says, and who its label names
    speakers: list[tuple[tuple[int, int], Actor]] = field(default_factory=list)
    # actors_at's answers by (token, search, salience version): subjects, targets and the
    # deeper parties ask again of the same phrases
    actors: dict[tuple[int, bool, int], list] = field(default_factory=dict)
    searches: int = 0  # how often a phrase naming no actor was searched for an inner one (with search=True)

    def __post_init__(self) -> None:
        self.mentioned = {i for m in self.mentions for i in range(m.start, m.end)}

    def speaker_at(self, char: int) -> Actor | None:
        """Who a transcript's label says is speaking at character ``char``, if anyone."""
        return next((actor for (a, b), actor in self.speakers if a <= char < b), None)
