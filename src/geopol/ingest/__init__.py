"""Ingest: every supported input -> :class:`geopol.schema.Document`, bad input -> :class:`InputError`.

``read_documents`` never raises for a bad document: errors are yielded in place, so a batch of
a million documents survives one broken line.
"""

from geopol.ingest.dates import normalize_date
from geopol.ingest.errors import InputError
from geopol.ingest.html import extract_html, html_to_text
from geopol.ingest.lang import detect_non_english
from geopol.ingest.reader import READERS, SUPPORTED, read_documents
from geopol.ingest.validate import MAX_DOC_CHARS, check_text, max_doc_chars, validate

__all__ = [
    "MAX_DOC_CHARS",
    "READERS",
    "SUPPORTED",
    "InputError",
    "check_text",
    "detect_non_english",
    "extract_html",
    "html_to_text",
    "max_doc_chars",
    "normalize_date",
    "read_documents",
    "validate",
]
