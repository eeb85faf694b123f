"""Sentence starts that the layout of a text already tells: a new paragraph, or a new line after
a finished sentence. The small parser runs paragraphs together ("... with the U.S.\\n\\nChina
said ..."), and an event read across them joins actors that never met.

A spaCy component placed before the parser: the parser keeps boundaries set before it. It looks
only at the newlines of the text, not at every token.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "geopol_line_breaks"
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"\n")
_FINISHED = frozenset('.!?:;"\u201d\u2019)')


@Language.component(COMPONENT)
def line_breaks(doc: Doc) -> Doc:
    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    starts = [t.idx for t in doc]
    for match in _LINE.finditer(text):
        before = text[max(0, match.start() - 80):match.start()].rstrip()  # bounded: no quadratic scan
        paragraph = _PARAGRAPH.match(text, match.start()) is not None
        if not before or not (paragraph or before[-1] in _FINISHED):
            continue  # a line wrapped inside a sentence
        i = bisect_right(starts, match.end() - 1)  # the first token after the newline
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc
