"""The one place that loads the spaCy model; everything else asks here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
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
    _split_dotted_compounds(nlp)
    nlp.add_pipe(breaks.COMPONENT, before="parser")
    _index_lemmas(nlp)
    return nlp


def _index_lemmas(nlp: Language) -> None:
    """Make the rule lemmatizer's word index a set per part of speech.

    The model ships it as lists (57,528 nouns), and the lemmatizer asks ``form in index`` for each
    form a suffix rule makes of each word it has not lemmatized before: a scan of the list, about
    0.1 ms a word, a tenth of the whole parse on a batch of news. As sets the same question is one
    look-up; the lemmas are the same (a test compares them with the stock model's).
    """
    table = lemma_index(nlp)
    if table is None:
        return
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def lemma_index(nlp: Language):
    """The rule lemmatizer's words per part of speech (``"noun"`` -> the nouns it knows), or None
    for a pipeline without one."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    return lookups.get_table("lemma_index")


# The hyphen after a dotted abbreviation and before a lower-case word: "U.S.-led", "U.N.-backed".
_DOTTED_HYPHEN = re.compile(r"(?<=[A-Z]\.)-(?=[a-z])")


def _split_dotted_compounds(nlp: Language) -> None:
    """Split "U.S.-led" into "U.S.", "-", "led" as "US-led" already is: the model's tokenizer
    keeps a dotted abbreviation glued to its hyphenated word, so the state it names went unseen
    ("U.S.-led forces" had no country) and "Iraqi and U.S.-led units" stayed one actor."""
    old = nlp.tokenizer.infix_finditer

    def finditer(text: str):
        return sorted([*old(text), *_DOTTED_HYPHEN.finditer(text)], key=lambda m: m.start())

    nlp.tokenizer.infix_finditer = finditer


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
                 n_process: int = 1) -> Iterator[Sequence[tuple[int, Doc]]]:
    """Parse texts in order; each yields its ``(offset, Doc)`` pieces.

    A short text is one piece, parsed in one ``nlp.pipe`` stream with the other short texts (batching
    unchanged). A long one yields its pieces lazily, parsed one at a time, so only one piece's parse
    is alive at once: consume each before asking for the next.
    """
    texts = list(texts)
    short = model.pipe((t for t in texts if len(t) <= PIECE_CHARS), batch_size=batch_size, n_process=n_process)
    for text in texts:
        if len(text) <= PIECE_CHARS:
            yield [(0, next(short))]
        else:
            yield _parsed_pieces(model, text)


def _parsed_pieces(model: Language, text: str) -> Iterator[tuple[int, Doc]]:
    for a, b in pieces(text, PIECE_CHARS):
        yield a, model(text[a:b])
