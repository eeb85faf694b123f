"""CAMEO traits are columns of cameo.tsv; the extractor's root sets are read from them."""

from __future__ import annotations

import pytest

from geopol.events import codes
from geopol.events.ontology import codes_with, has_trait, roots_with, trait_names

# The extractor's root sets as they were written in the extractor before they became data.
WRITTEN = {
    "UNDIRECTED_ROOTS": {"03", "08", "14", "15", "18", "19", "20"},
    # appeals (02) since: a known actor's appeal to no one is a REQUEST, as a demand is (PLOVER)
    "KNOWN_SOURCE_ROOTS": {"02", "10", "11", "12", "13", "17"},
    "UNDIRECTED_NOUN_ROOTS": {"14", "15", "18", "20"},
    "PUNITIVE_ROOTS": {"09", "11", "16", "17"},
    "FORCE_ROOTS": {"17", "18", "19", "20"},
    "STATE_ACT_ROOTS": {"08", "09", "11", "16", "17"},
    "VIOLENT_ROOTS": {"18", "19", "20"},
    "LOCATIVE_TARGET_ROOTS": {"07", "08", "15", "17", "18", "19", "20"},
    # of diplomatic cooperation (05) only ties, recognition and agreements since stop 31: "A and B
    # praised the plan" is each one's praise of it
    "MUTUAL_ROOTS": {"03", "04", "06"},
    "MUTUAL_CODES": {"050", "054", "057", "196"},
    "DIRECTIVE_ROOTS": {"02", "10", "13"},
    "CONFLICT_ROOTS": {"14", "15", "16", "17", "18", "19", "20"},
    "COOPERATIVE_ROOTS": {"03", "04", "05", "06", "07", "08"},
}


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_extractor_sets_equal_what_was_written(name: str) -> None:
    assert getattr(codes, name) == frozenset(WRITTEN[name])


def test_moving_codes_keep_their_prefixes() -> None:
    assert codes.MOVING_CODES == ("074", "087", "15", "16")
    assert "0871".startswith(codes.MOVING_CODES)


def test_traits_read_from_the_table() -> None:
    assert {"violent", "undirected", "mutual", "locative_target"} <= set(trait_names())
    assert roots_with("violent") == {"18", "19", "20"} and codes_with("violent") == frozenset()
    assert has_trait("1823", "violent") and not has_trait("0311", "violent")
    assert has_trait("196", "mutual") and not has_trait("190", "mutual")
    with pytest.raises(KeyError, match="unknown CAMEO trait 'peaceful'"):
        roots_with("peaceful")
