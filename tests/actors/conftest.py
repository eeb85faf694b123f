"""The fixtures every actor test shares: the parser and the shipped resolver, loaded once per module."""

from __future__ import annotations

import pytest
from spacy.language import Language

from geopol import nlp as geonlp
from geopol.actors import ActorResolver, default_resolver


@pytest.fixture(scope="module")
def nlp() -> Language:
    return geonlp.load()


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return default_resolver()
