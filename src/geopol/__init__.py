"""geopol: evidence-backed political event data from international-affairs text.

>>> from geopol import code_text
>>> events = code_text("Russia and China held joint naval drills in the Sea of Japan.", date="2016-04-05")
"""

from geopol.schema import Actor, Amount, Document, Event, Location, TextSpan

__version__ = "0.1.0"
__all__ = [
    "Actor", "Amount", "Document", "Event", "Location", "TextSpan",
    "code_text", "code_documents", "open_store", "Pipeline",
]


def __getattr__(name: str):
    # The pipeline loads spaCy: import it on first use, so `import geopol` stays fast.
    if name in ("code_text", "code_documents", "Pipeline", "sample_document"):
        from geopol import pipeline

        return getattr(pipeline, name)
    if name == "open_store":
        from geopol.store import open_store

        return open_store
    raise AttributeError(f"module 'geopol' has no attribute {name!r}")
