"""A later surname stands for the one full name before it: "Ana Ruiz ... Ruiz said", "Mr. Ruiz".

News names a person in full once ("Peruvian Foreign Minister Ana Ruiz", "Rep. Jane Doe of Ohio")
and then by surname alone, with or without a title. The surname alone names no one the knowledge
knows; the full mention does (its title, its country, a known person). So a lone surname, possibly
after a title ("President Ruiz", "Mr. Doe"), is read as the earlier full mention's phrase, only when
exactly one earlier full name in the document ends in that surname (two Ruizes: no link).

The index of full names is built once per ``Doc`` (kept in ``doc.user_data``); each look-up is a
dictionary read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from geopol.actors.kb import ActorEntry
from geopol.parsed import doc_ents


class Mention(Protocol):
    """A knowledge-base entry found at tokens ``[start, end)`` (``resolve.Mention``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entry(self) -> ActorEntry: ...

# Honorifics and short titles written before a name; role words ("President", "Minister") are the
# knowledge base's agent words and are recognised through the mentions.
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady sen sen. rep rep. gen gen. col col. lt lt. "
    "maj maj. capt capt. adm adm. gov gov. pres pres. prof prof. rev rev. sheikh sheik".split()
)
# Heads to the left of a name that belong to its phrase ("Foreign Minister Ana Ruiz").
_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "flat", "nn", "punct", "case"})
_KEY = "geopol.surnames"


def _titles(mentions: Sequence[Mention]) -> set[int]:
    """Token indices inside a role word's mention ("President", "Foreign Minister")."""
    return {i for m in mentions if m.entry.category == "agents" for i in range(m.start, m.end)}


def _name_tokens(doc: Doc, start: int, end: int, titles: set[int]) -> list[Token]:
    """The personal name in ``[start, end)``: leading titles and honorifics dropped."""
    toks = [doc[i] for i in range(start, end)]
    while toks and (toks[0].i in titles or toks[0].lower_ in HONORIFICS or not toks[0].text[:1].isupper()):
        toks.pop(0)
    while toks and not toks[-1].text[:1].isalpha():
        toks.pop()  # "Ruiz ," or a trailing possessive
    return toks


def _index(doc: Doc, mentions: Sequence[Mention]) -> dict[str, list[tuple[int, int, str]]]:
    """Surname -> the full names ending in it, as ``(start, end, name)`` of the name's tokens.

    A full name is a PERSON entity, a known person's mention, or a run of capitalised proper nouns
    outside any other entity (the tagger misses names: "Ana Ruiz and Carlos Ruiz")."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    titles = _titles(mentions)
    others = {i for m in mentions if m.entry.category not in ("people", "agents") for i in range(m.start, m.end)}
    spans = [(e.start, e.end) for e in doc_ents(doc) if e.label_ == "PERSON"]
    spans += [(m.start, m.end) for m in mentions if m.entry.category == "people"]
    run: list[int] = []
    for tok in [*doc, None]:
        if tok is not None and _name_like(tok) and tok.i not in others and tok.ent_type_ in ("", "PERSON") \
                and (not run or run[-1] == tok.i - 1):
            run.append(tok.i)
            continue
        if len(run) >= 2:
            spans.append((run[0], run[-1] + 1))
        run = [tok.i] if tok is not None and _name_like(tok) and tok.i not in others \
            and tok.ent_type_ in ("", "PERSON") else []
    index: dict[str, list[tuple[int, int, str]]] = {}
    seen: set[tuple[int, int]] = set()
    for start, end in sorted(spans):
        name = _name_tokens(doc, start, end, titles)
        if len(name) < 2 or (name[0].i, name[-1].i) in seen:
            continue
        seen.add((name[0].i, name[-1].i))
        last = name[-1]
        if not _name_like(last):
            continue
        full = " ".join(t.text for t in name)
        index.setdefault(last.text, []).append((name[0].i, last.i + 1, full))
    doc.user_data[_KEY] = index
    return index


def _name_like(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() \
        or tok.ent_type_ == "PERSON" and tok.is_alpha and tok.text[:1].isupper()


def surname_antecedent(doc: Doc, root: Token, start: int, end: int,
                       mentions: Sequence[Mention]) -> tuple[int, int] | None:
    """The phrase of the one earlier full name that the lone surname ``root`` (heading the phrase
    ``[start, end)``, perhaps after a title) stands for; None when there is none or several."""
    if root.pos_ != "PROPN" or not root.is_alpha or not root.text[:1].isupper():
        return None  # any entity label: the tagger often takes a lone surname for an ORG or a GPE
    titles = _titles(mentions)
    name = _name_tokens(doc, start, root.i + 1, titles)
    if [t.i for t in name] != [root.i]:
        return None  # a fuller name, or words other than titles before the surname
    if root.i + 1 < len(doc) and doc[root.i + 1].ent_iob_ == "I" and doc[root.i + 1].pos_ == "PROPN":
        return None  # the first name of a longer one
    earlier = [(s, e, full) for s, e, full in _index(doc, mentions).get(root.text, ()) if e <= root.i]
    if len({full for _, _, full in earlier}) != 1:
        return None
    s, e, _ = earlier[0]
    return _full_phrase(doc, s, e)


def _full_phrase(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The noun phrase around a full name: its titles and modifiers on the left, "of Peru" on the right."""
    head = doc[end - 1]
    while head.head.i != head.i and start <= head.head.i < end:
        head = head.head
    first = start
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.lefts:
            if child.dep_ in _LEFT_DEPS:
                first = min(first, child.left_edge.i)
                stack.append(child)
    last = end
    for child in head.rights:
        if child.i >= last and child.dep_ == "prep" and child.lower_ == "of" and child.i == last:
            last = child.right_edge.i + 1
    return first, last


def another_bearer(doc: Doc, start: int, end: int, name: str, mentions: Sequence[Mention]) -> bool:
    """A known person's surname alias inside someone else's full name: "Tom Mbeki" is not Thabo
    Mbeki. True when the surname at ``[start, end)`` follows a given name the tagger puts in the
    same PERSON entity, which is no title and no word of the known person's ``name``."""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 1]
    if before.ent_type_ != "PERSON" or doc[start].ent_iob_ != "I" or not before.is_alpha \
            or not before.text[:1].isupper() or before.lower_ in HONORIFICS:
        return False
    if any(m.start <= before.i < m.end for m in mentions):
        return False  # "President Mbeki": a title or another known name
    return before.text not in name.split()
