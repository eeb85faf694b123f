"""Memos of the parsed document being coded: spaCy makes its answers anew on every call.

``Token.children`` walks every token between the token's edges, ``Doc.text`` joins the text of
every token and ``Span.text`` of every token in the span; the coder asks the same of the same
document many times. Only the last document's answers are kept (a document is coded at once).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")
_UNSET = object()


def per_document(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """``fn`` of a token computed once per token of the document being coded; ``fn`` must read
    only the parse and return a value no caller changes."""
    memo: list[tuple[Doc | None, dict[int, T]]] = [(None, {})]

    @functools.wraps(fn)
    def once(tok: Token) -> T:
        doc, known = memo[0]
        if doc is not tok.doc:
            doc, known = memo[0] = (tok.doc, {})
        value = known.get(tok.i, _UNSET)
        if value is _UNSET:
            value = known[tok.i] = fn(tok)
        return value  # type: ignore[return-value]

    return once


def last_document(fn: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """``fn`` of a document computed once for the document being coded (the last one asked);
    ``fn`` must read only the parse and return a value no caller changes."""
    memo: list[tuple[Doc | None, T | None]] = [(None, None)]

    @functools.wraps(fn)
    def once(doc: Doc) -> T:
        last, value = memo[0]
        if last is not doc:
            value = fn(doc)
            memo[0] = (doc, value)
        return value  # type: ignore[return-value]

    return once


@last_document
def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document."""
    return doc.text


@last_document
def _ents_by_start(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """``doc.ents`` and their start tokens, made once per document: spaCy walks every token of
    the document and makes a Span per entity on each call, and ``Span.ents`` calls it again for
    every span asked."""
    ents = doc.ents
    return ents, [e.start for e in ents]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per document."""
    return _ents_by_start(doc)[0]


def ents_in(doc: Doc, start: int, end: int) -> list[Span]:
    """``doc[start:end].ents``: the entities wholly inside tokens ``start:end``, from the
    document's ents read once (they are in order and never overlap)."""
    ents, starts = _ents_by_start(doc)
    i = bisect_left(starts, start)
    out = []
    while i < len(ents) and ents[i].end <= end:
        out.append(ents[i])
        i += 1
    return out


@last_document
def _token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, read in one array per document."""
    return doc.to_array("IDX").tolist()


def tokens_at(doc: Doc, start_char: int, end_char: int, lo: int = 0, hi: int | None = None) -> list[Token]:
    """The tokens of ``doc[lo:hi]`` that start at a character in ``[start_char, end_char)``: a
    look-up in the tokens' offsets (read once per document) instead of a walk of the range."""
    starts = _token_starts(doc)
    hi = len(starts) if hi is None else hi
    a = bisect_left(starts, start_char, lo, hi)
    b = bisect_left(starts, end_char, a, hi)
    return [doc[i] for i in range(a, b)]


@last_document
def token_tags(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Every token's ``pos_``, ``dep_`` and ``ent_type_``, by index, read in one array per
    document: a walk of a sentence that tests each token's tags makes a Token and three string
    look-ups per token, where the few that pass are all it needs."""
    strings = doc.vocab.strings
    columns = doc.to_array(["POS", "DEP", "ENT_TYPE"]).reshape(len(doc), 3).T.tolist() if len(doc) else [[], [], []]
    names = {v: strings[v] if v else "" for column in columns for v in set(column)}
    return [names[v] for v in columns[0]], [names[v] for v in columns[1]], [names[v] for v in columns[2]]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``start < end``: a slice of the document's text (the span's
    last token's trailing space is no part of it)."""
    last = doc[end - 1]
    return doc_text(doc)[doc[start].idx:last.idx + len(last.text)]


def longest_first(found: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The matches that overlap no longer (or, as long, earlier) one, in text order: spaCy's
    ``filter_spans`` over ``(key, start, end)`` triples, without building a Span for each match."""
    kept: list[tuple[int, int, int]] = []
    seen: set[int] = set()
    for match in sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        if match[1] not in seen and match[2] - 1 not in seen:
            kept.append(match)
            seen.update(range(match[1], match[2]))
    return sorted(kept, key=lambda m: m[1])
