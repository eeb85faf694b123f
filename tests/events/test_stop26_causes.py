"""Causes of missing events found in stop 26's probes and read sets, each tested on sentences
written for these tests."""

from helpers import asserted_triples

PUB = "2021-03-09"


def test_a_trailing_participle_is_its_clause_subjects_act_as_surely_as_the_clause():
    """"X rejected the offer, demanding ...": the participle after the comma has no subject of its
    own; its subject is the clause's, named, not a guess to hold."""
    said = asserted_triples("Chile rejected the proposal on Monday, demanding the right to fish in the bay.", date=PUB)
    assert ("CHL", None, "REQUEST") in said and ("CHL", None, "REJECT") in said


def test_a_participle_with_its_own_subject_or_marker_inherits_nothing():
    said = asserted_triples("Chile rejected the proposal after Peruvian officials, demanding talks, left the room.",
                            date=PUB)
    assert ("CHL", None, "REQUEST") not in said, "the officials demanded, not Chile"
