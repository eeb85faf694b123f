"""The one place that loads the spaCy model; everything else asks here."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geopol import breaks
from geopol.config import DEFAULT_MODEL

MODEL = DEFAULT_MODEL


@lru_cache(maxsize=2)
def load(model: str = MODEL) -> Language:
    """Load the English pipeline once per process (no downloads: the model is a PyPI package)."""
    nlp = spacy.load(model)
    nlp.add_pipe(breaks.COMPONENT, before="parser")
    return nlp


# Long documents are parsed in pieces of at most this many characters, cut at a paragraph or
# sentence boundary: spaCy refuses texts over ``max_length`` (1 M characters), its memory grows
# with the text, and so do the coder's document-wide lookups; in pieces the cost per character
# stays flat from a news story to a 5 M-character report.
PIECE_CHARS = 50_000
# Where a piece may end, best first: a blank line, a line break, a sentence end, any space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"),
           re.compile(r"\s+"))


def pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` spans that partition ``text`` into pieces of at most ``limit`` characters.

    Each piece ends after the last break of the best kind in its second half (whitespace stays
    with the piece before it), so no sentence is cut unless a text has none for ``limit / 2``.
    """
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        end = start + limit
        cut = None
        for pattern in _BREAKS:
            found = None
            for m in pattern.finditer(text, start + limit // 2, end):
                found = m
            if found is not None and found.end() <= end:
                cut = found.end()
                break
        cut = cut or end
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def parse_pieces(model: Language, texts: Iterable[str], batch_size: int = 32,
                 n_process: int = 1) -> Iterator[list[tuple[int, Doc]]]:
    """Parse a stream of texts; each yields its ``(offset, Doc)`` pieces (one for a short text).

    Pieces of every text go through one ``nlp.pipe`` stream, so batching is unchanged.
    """
    counts: deque[tuple[int, ...]] = deque()

    def split() -> Iterator[str]:
        for text in texts:
            if len(text) <= PIECE_CHARS:
                counts.append((0,))
                yield text
            else:
                spans = pieces(text, PIECE_CHARS)
                counts.append(tuple(a for a, _ in spans))
                for a, b in spans:
                    yield text[a:b]

    parsed = model.pipe(split(), batch_size=batch_size, n_process=n_process)
    for first in parsed:
        offsets = counts.popleft()
        docs = [first, *(next(parsed) for _ in offsets[1:])]
        yield list(zip(offsets, docs, strict=True))
