"""Checks every reader's output passes, so later stages only ever see plausible English text."""

from __future__ import annotations

import os
import re

from geopol.ingest.errors import InputError
from geopol.ingest.lang import detect_non_english
from geopol.schema import Document

MAX_DOC_CHARS = 5_000_000
_CONTROL_SAMPLE = 20_000
_CONTROL_RATIO = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
NO_HTML_TEXT = "no article text found in HTML (truncated or not an article?)"
# Half of a UTF-16 pair on its own (JSON's "\ud800"): no encoder can write it out again.
_SURROGATE = re.compile("[\ud800-\udfff]")


def max_doc_chars() -> int:
    """The size limit in characters; ``GEOPOL_MAX_DOC_CHARS`` overrides it (read at call time)."""
    raw = os.environ.get("GEOPOL_MAX_DOC_CHARS", "").strip().replace("_", "")
    try:
        value = int(raw)
    except ValueError:
        return MAX_DOC_CHARS
    return value if value > 0 else MAX_DOC_CHARS


def too_large_reason(size: int, limit: int | None = None) -> str:
    """One wording for the size error, whether counted in characters or in file bytes."""
    limit = max_doc_chars() if limit is None else limit
    return f"document too large ({size / 1e6:.1f} MB > {limit / 1e6:.1f} MB limit); split it"


def is_binary_text(text: str) -> bool:
    """NUL bytes or many control characters mean a binary file was decoded as text."""
    sample = text[:_CONTROL_SAMPLE]
    if "\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for c in sample if (c < " " or "\x7f" <= c < "\xa0") and c not in _ALLOWED_CONTROLS)
    return controls / len(sample) > _CONTROL_RATIO


def check_text(text: str) -> str | None:
    """The reason ``text`` cannot be coded, or ``None`` when it is fine."""
    if not text or text.isspace():
        return "empty document"
    limit = max_doc_chars()
    if len(text) > limit:
        return too_large_reason(len(text), limit)
    if is_binary_text(text):
        return "binary content, not text"
    bad = _SURROGATE.search(text)
    if bad is not None:
        return f"invalid Unicode: lone surrogate U+{ord(bad.group()):04X} at character {bad.start()}"
    lang = detect_non_english(text)
    if lang == "?":
        return "not English"
    if lang:
        return f"not English (detected ~{lang})"
    return None


def validate(doc: Document, line: int | None = None) -> InputError | None:
    """Return an :class:`InputError` naming why ``doc`` cannot be coded, else ``None``.

    ``line`` is where the document sits in a multi-document file, so the error can point at it.
    """
    reason = check_text(doc.text) if isinstance(doc.text, str) else "text is not a string"
    if reason is None:
        return None
    return InputError(doc.path or doc.id, line, reason, doc.id)
