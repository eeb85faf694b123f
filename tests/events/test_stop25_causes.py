"""Causes of wrong and missing events found in stop 25's probes and read sets, each tested on
sentences written for these tests: a state organ named by a possessive pronoun ("his forces")."""

from helpers import asserted_triples

from geopol import code_text

PUB = "2021-03-09"


def test_a_possessed_state_organ_is_the_possessors_state_not_the_place_of_the_act():
    events = code_text("Chile's defence minister said his forces had shot three smugglers in Bolivia.", date=PUB)
    shots = [e for e in events if e.plover == "ASSAULT"]
    assert shots and all(e.source.country == "CHL" and e.source.code == "CHLMIL" for e in shots)
    assert not any(e.source.country == "BOL" for e in events), "the forces are not the place's"
    said = asserted_triples("The Peruvian envoy said his government rejected the offer from Ecuador.", date=PUB)
    assert ("PER", "ECU", "REJECT") in said


def test_a_rebel_leaders_forces_are_not_a_state_army():
    events = code_text("The rebel commander said his forces had shot three soldiers in Bolivia.", date=PUB)
    shots = [e for e in events if e.plover == "ASSAULT"]
    assert shots and all(e.source.code == "BOLREB" for e in shots), "his forces are the rebels, placed"
