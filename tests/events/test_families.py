"""Event families the lexicon covers whole (PLOVER MOBILIZE moves short of force, ACCUSE
criticism and quarrels, PROTEST riots, SUPPORT approval, AGREE offers, CONCEDE abdication) and
the hyphened qualifiers entries name: each with the wrong reading it must not give. Sentences
written for these tests; what counts is the default pipeline's output (counted events only)."""

from __future__ import annotations

import pytest
from helpers import ANY, asserted_triples, holds

from geopol.events.tree import hyphen_words
from geopol.nlp import load


def counted(text: str) -> set[tuple[str | None, str | None, str]]:
    return asserted_triples(text)


CASES = [
    # MOBILIZE: a weapons test written open; armed forces moving, arriving, intruding
    ("Iran has test fired a new medium-range missile.", [("IRN", None, "MOBILIZE")], [("IRN", ANY, "ASSAULT")]),
    ("Some 300 Belgian troops headed to Mali on Tuesday.", [("BEL", ANY, "MOBILIZE")], [("BEL", ANY, "CONSULT")]),
    ("The Belgian trade minister headed to Mali on Tuesday.", [], [("BEL", ANY, "MOBILIZE")]),
    ("Some 600 Danish soldiers arrived in Kandahar on Monday.",
     [("DNK", ANY, "MOBILIZE")], [("DNK", ANY, "CONSULT")]),
    ("The Danish foreign minister arrived in Kabul on Monday.",
     [("DNK", "AFG", "CONSULT")], [("DNK", ANY, "MOBILIZE")]),
    ("A Russian submarine intruded into Norwegian waters.", [("RUS", "NOR", "MOBILIZE")], []),
    ("Seoul said the warship that intruded into its waters was North Korean.", [], [(ANY, ANY, "ASSAULT")]),
    ("Pakistani fishermen entered Indian waters.", [], [(ANY, ANY, "MOBILIZE")]),
    ("Hamas said it had flown a surveillance drone over southern Israel.", [("PSE", "ISR", "MOBILIZE")], []),
    # ACCUSE: criticism in words, quarrels both ways; a bomb ripping through is no criticism
    ("The Chilean president ripped into Bolivia's leaders.", [("CHL", "BOL", "ACCUSE")], []),
    ("A bomb ripped through a market in Peshawar.", [], [(ANY, ANY, "ACCUSE")]),
    ("The Greek prime minister chastised Turkey over the drilling.", [("GRC", "TUR", "ACCUSE")], []),
    ("Ecuador's president feuded with Colombia over the raid.", [("ECU", "COL", "ACCUSE")], []),
    ("Kenya's president rounded on his Ugandan counterpart.", [("KEN", "UGA", "ACCUSE")], []),
    # PROTEST: crowds ransacking and mob violence riot; soldiers ransacking homes do not protest
    ("Angry Haitian protesters ransacked government offices.", [("HTI", ANY, "PROTEST")], []),
    ("Burmese soldiers ransacked homes in the village.", [], [(ANY, ANY, "PROTEST")]),
    ("Mob violence broke out in Bishkek after the vote.", [("KGZ", None, "PROTEST")], []),
    ("Angry Nepali protesters stormed the parliament building in Kathmandu.",
     [("NPL", ANY, "PROTEST")], [("NPL", ANY, "ASSAULT")]),
    ("Hundreds of Peruvian villagers besieged the mine offices.", [("PER", ANY, "PROTEST")], [("PER", ANY, "ASSAULT")]),
    ("Iraqi troops stormed the town.", [("IRQ", ANY, "ASSAULT")], [("IRQ", ANY, "PROTEST")]),
    # PROTEST: a protest told happening names its crowd, placed where it happens; a riot's sides
    # are the crowd, not its target; a time reference or a possible protest is none
    ("Riots broke out in the Kenyan port of Mombasa.", [("KEN", None, "PROTEST")], []),
    ("Riots between Sunnis and Shias erupted in Karachi on Friday.",
     [("PAK", None, "PROTEST")], [("PAK", "PAK", "PROTEST")]),
    ("Police fired tear gas after three days of rioting in Dhaka.", [("BGD", None, "PROTEST")], []),
    ("Forty people have died in La Paz since protests began in June.", [], [(ANY, ANY, "PROTEST")]),
    ("Protests could erupt in Quito next week.", [], [(ANY, ANY, "PROTEST")]),
    ("Fears of unrest grew in Lima.", [], [(ANY, ANY, "PROTEST")]),
    # SUPPORT: a green light given; AGREE: overtures and olive branches; CONCEDE: abdication
    ("Estonia received a green light from Moscow to reopen the crossing.", [("RUS", "EST", "SUPPORT")], []),
    ("The traffic light in Vilnius turned green.", [], [(ANY, ANY, "SUPPORT")]),
    ("Tokyo made overtures to Beijing.", [("JPN", "CHN", "AGREE")], []),
    ("The Armenian premier extended an olive branch to Azerbaijan.", [("ARM", "AZE", "AGREE")], []),
    ("The Spanish bank opened a new branch in Lima.", [], [(ANY, ANY, "AGREE")]),
    ("The Dutch queen announced her abdication.", [("NLD", None, "CONCEDE")], []),
    # CONSULT: a hyphened qualifier ("high-profile") that the entry names whole
    ("The Japanese foreign minister began a high-profile mission to Myanmar.", [("JPN", "MMR", "CONSULT")], []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES, ids=[c[0][:48] for c in CASES])
def test_event_families(text: str, must: list, must_not: list) -> None:
    found = counted(text)
    for want in must:
        assert holds(found, want), (want, found)
    for unwanted in must_not:
        assert not holds(found, unwanted), (unwanted, found)


def test_hyphen_words_join_what_spacy_splits() -> None:
    doc = load()("a high-level team of asylum-seekers crossed")
    by_text = {t.text: t for t in doc}
    assert hyphen_words(by_text["level"]) == ("high-level",)
    assert hyphen_words(by_text["high"]) == ("high-level",)
    assert "asylum-seeker" in hyphen_words(by_text["seekers"])
    assert hyphen_words(by_text["team"]) == ()
