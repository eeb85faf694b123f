"""Markup residue read as the text meant, in place: feeds and dumps keep what the source's layout
and escaping left behind ("urged\\\\Turkish leaders", "Chile #39;s", "the  quot;road map quot;",
"&lt;p&gt;Police said ...&lt;/p&gt;"), and the parser reads it as words.

Each residue becomes the character it stands for, padded with spaces to its own length, so the
text keeps its length and every character offset still points into the document as given (the
events' spans and evidence are read from the original text). A paragraph or line tag becomes a
line break, which `breaks.py` reads as a sentence start where a sentence ends there.
"""

from __future__ import annotations

import re
from html.entities import html5

# "urged\\Russian President", "up to \\$50 million": a backslash some feeds (AG News, old wire
# dumps) keep where a line broke or before a dollar sign; a backslash before a space is text.
_LINE_BREAK_MARK = re.compile(r"(?<![^\w,.;:\"' ])\\(?=[\w\"'$])")

# Tags that end a line or paragraph when shown, and tags that only style the words they hold.
_BLOCK_TAGS = frozenset("p br div li ul ol dd dt dl h1 h2 h3 h4 h5 h6 tr td th table blockquote hr pre".split())
_INLINE_TAGS = frozenset("em strong b i u a span font small big sup sub abbr cite q img".split())
# An HTML tag, escaped ("&lt;p&gt;", as feeds that escape their description keep it) or literal;
# attribute values may hold escaped quotes.
_TAG = re.compile(r"(?:&lt;|<)/?([a-zA-Z][a-zA-Z0-9]*)"
                  r"(?:\s+[a-zA-Z][\w:-]*(?:=(?:\"[^\"<>]*\"|'[^'<>]*'|&quot;[^<>&]*&quot;|[^\s<>&]+))?)*\s*/?(?:&gt;|>)")

# A character reference: "&#39;", "&quot;", or one whose "&" a feed lost ("Iraq #39;s",
# "the  quot;road map quot;"); a lost "&" is read only before the names no English word spells.
_REFERENCE = re.compile(
    r"(?P<lead> ?)(?:&?#(?P<num>\d{2,5})|&(?P<name>[a-zA-Z][a-zA-Z0-9]{1,7})"
    r"|(?<![\w&])(?P<lost>quot|amp|lt|gt|nbsp|apos));(?P<s>(?:s|t|d|m|re|ve|ll)\b)?"
)
_APOSTROPHES = frozenset("'\u2019")
_QUOTES = frozenset('"\u201c\u201d\u2018')
# Characters that belong to the word after them: an opening quote, a currency sign, a bracket.
_OPENERS = frozenset("$\u00a3\u20ac\u00a5([{")
_CLOSING_PUNCT = frozenset(".,;:!?)]}")


def readable(text: str) -> str:
    """``text`` with line-break marks, markup tags and character references read as characters
    (same length: each residue padded with spaces)."""
    if "\\" in text:
        text = _LINE_BREAK_MARK.sub(" ", text)
    if "<" in text or "&lt;" in text:
        text = _TAG.sub(_tag, text)
    if ";" in text:
        text = _REFERENCE.sub(_reference, text)
    return text


def _tag(m: re.Match) -> str:
    name = m.group(1).lower()
    if name in _BLOCK_TAGS:
        return "\n" + " " * (len(m.group(0)) - 1)
    if name in _INLINE_TAGS:
        return " " * len(m.group(0))
    return m.group(0)  # not a tag we know: "<s>" marks, "a <b" comparisons stay text


def _char(m: re.Match) -> str | None:
    if m.group("num"):
        n = int(m.group("num"))
        if 128 <= n < 160:  # cp1252's punctuation, as feeds write it ("#151;" for a dash)
            try:
                return bytes([n]).decode("cp1252")
            except UnicodeDecodeError:
                return None
        return chr(n) if 32 <= n < 0x110000 and not 0xD800 <= n < 0xE000 else None
    name = m.group("name") or m.group("lost")
    char = html5.get(name + ";")
    return char if char is not None and len(char) == 1 else None


def _reference(m: re.Match) -> str:
    raw = m.group(0)
    char = _char(m)
    if char is None or (char.isalnum() and "&" not in raw):
        return raw  # "ranked #65; ..." is a number: a lost "&" is only read as punctuation or a sign
    text, lead, suffix = m.string, m.group("lead"), m.group("s") or ""
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end():m.end() + 1] or " "
    inside = not lead and before.isalnum() and (suffix or after).isalnum()
    if char == "\u00a0":
        out = ""
    elif char in _APOSTROPHES and suffix:
        out = char + suffix  # "Iraq #39;s forces", "can #39;t": the possessive or contraction joins its word
    elif inside:
        return raw  # "didn#39;t", "AT&amp;T": padding inside a word would split it
    elif (char in _APOSTROPHES or char in _QUOTES or char in _OPENERS) and not suffix:
        if not after.isspace() and after not in _CLOSING_PUNCT:
            return (char + suffix).rjust(len(raw))  # opening: the quote or sign joins the word after
        out = char  # closing: joins the word before
    else:
        out = lead + char + suffix
    return out.ljust(len(raw))
