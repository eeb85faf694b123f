"""Sport told in the words of politics and war: a team's play is no political event.

"India's bowlers destroyed the English batting", "South Africa is considering playing a spinner in
the third Test", "the captain attacked the umpire's decision": in a sentence with a word only a
match uses (``words.yaml`` sport_words), a country named is its team and an attack is a play
(EVENTS.md rule 6: sport results are not events). A state's own organs still act there ("the
government banned the team from touring").
"""

from __future__ import annotations

from spacy.tokens import Span

from geopol.events.codes import STATE_ORGANS
from geopol.events.words import SPORT_WORDS
from geopol.schema import Actor


def sport_sentence(sent: Span) -> bool:
    """The sentence uses a word only sport uses."""
    return any(t.lower_ in SPORT_WORDS or t.lemma_.lower() in SPORT_WORDS for t in sent)


def team_play(source: Actor) -> bool:
    """In a sport sentence, an act by anyone but a state's organs or an IGO is a team's play."""
    return source.role not in STATE_ORGANS and source.kind != "igo"
