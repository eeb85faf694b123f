"""News vocabulary of the PLOVER types (issue 9, "counts you can trust"): idioms and senses the
lexicon codes, each with the wrong reading it must not give. Sentences written for these tests;
what counts is the default pipeline's output (counted events only)."""

from __future__ import annotations

import pytest
from helpers import ANY, asserted_triples, holds


def counted(text: str) -> set[tuple[str | None, str | None, str]]:
    return asserted_triples(text)


CASES = [
    # PROTEST: crowds in the street, strikes called, civilians blockading, a crowd rallying
    ("Thousands of Chileans took to the streets of Valparaiso against the pension law.",
     [("CHL", None, "PROTEST")], []),
    ("Venezuelan students took to the streets of Caracas.",
     [("VEN", None, "PROTEST")], [("VEN", "VEN", "PROTEST")]),
    ("Angry Bolivians poured into the streets of Cochabamba over water prices.",
     [("BOL", None, "PROTEST")], []),
    ("Thousands of Brazilians took to the streets of Recife to celebrate the title.",
     [], [("BRA", ANY, ANY)]),
    ("Nepal's main opposition party called a general strike for Thursday.",
     [("NPL", None, "PROTEST")], [("NPL", ANY, "REQUEST")]),
    ("Spanish fishermen blockaded the port of Vigo for a second day.",
     [("ESP", None, "PROTEST")], [("ESP", ANY, "ASSAULT")]),
    ("Turkish warships blockaded the Cypriot coast.",
     [("TUR", ANY, "COERCE")], [("TUR", ANY, "PROTEST"), ("TUR", ANY, "ASSAULT")]),
    ("Tens of thousands of Romanians rallied in Bucharest against the decree.",
     [("ROU", None, "PROTEST")], [("ROU", ANY, "ACCUSE")]),
    ("Kenyan doctors demonstrated in Mombasa against the new contracts.",
     [("KEN", None, "PROTEST")], []),
    # PROTEST: labour strikes told with the words of force; force still reads as force
    ("Zambian copper miners downed tools over unpaid wages.",
     [("ZMB", None, "PROTEST")], [("ZMB", ANY, "ASSAULT")]),
    ("Ghanaian teachers launched a strike on Monday.", [("GHA", None, "PROTEST")], [("GHA", ANY, "ASSAULT")]),
    ("Israeli jets launched a strike on a Syrian base.", [("ISR", ANY, "ASSAULT")], [("ISR", ANY, "PROTEST")]),
    ("Thousands of Argentine workers walked off the job.", [("ARG", None, "PROTEST")], []),
    ("Syrian rebels downed a government helicopter.", [("SYR", ANY, "ASSAULT")], [("SYR", ANY, "PROTEST")]),
    ("Canadian troops called in air strikes on Taliban positions.",
     [("CAN", ANY, "ASSAULT")], [("CAN", ANY, "REQUEST"), ("CAN", ANY, "PROTEST")]),
    # ACCUSE: idioms of criticism and blame
    ("The Danish prime minister took issue with Moscow over the pipeline.",
     [("DNK", "RUS", "ACCUSE")], [("DNK", ANY, "ASSAULT")]),
    ("Mexico's president took a swipe at Washington in his speech.",
     [("MEX", "USA", "ACCUSE")], []),
    ("Georgia pointed the finger at Russian intelligence for the hacking.",
     [("GEO", "RUS", "ACCUSE")], []),
    ("The Polish foreign minister poured scorn on the German proposal.",
     [("POL", "DEU", "ACCUSE")], []),
    # REJECT: criticism or a proposal shrugged off, cold water poured on a plan; firefighting is none
    ("The Hungarian premier shrugged off the criticism from Brussels.", [("HUN", ANY, "REJECT")], []),
    ("Lebanon poured cold water on the Israeli proposal.", [("LBN", "ISR", "REJECT")], []),
    ("Firefighters in Athens poured water on the burning ministry.", [], [("GRC", ANY, ANY)]),
    # SUPPORT: endorsement idioms, not aid
    ("Argentina threw its weight behind Uruguay's candidacy.",
     [("ARG", "URY", "SUPPORT")], []),
    ("Norway lent its support to Sweden's bid.",
     [("NOR", "SWE", "SUPPORT")], [("NOR", ANY, "AID")]),
    ("Norway lent 40 million dollars to Malawi.",
     [("NOR", "MWI", "AID")], [("NOR", ANY, "SUPPORT")]),
    # REQUEST: wanting another party to act asks it to
    ("Ghana's foreign minister said Accra wants Togo to reopen the border.",
     [("GHA", "TGO", "REQUEST")], []),
    ("The Peruvian president wants the negotiations to resume in May.",
     [], [("PER", ANY, "REQUEST")]),
    # ACCUSE: a verdict that condemns someone's act, said or named
    ("The Moroccan foreign minister said Algeria's decision to close the border was unacceptable.",
     [("MAR", "DZA", "ACCUSE")], []),
    ("The Moroccan foreign minister said a border closure would be unacceptable.",
     [], [("MAR", ANY, "ACCUSE")]),
    ("Cambodia's government called the Thai incursion illegal.",
     [("KHM", "THA", "ACCUSE")], [("KHM", "THA", "CONSULT")]),
    # SUPPORT: one legislature ratifying a treaty acts alone; two signing act both ways
    ("The Slovenian parliament ratified the border treaty with Croatia.",
     [("SVN", "HRV", "SUPPORT")], [("HRV", "SVN", "SUPPORT")]),
    # CONCEDE: protesters suspending their own protests; police halting a march is none
    ("Bangladeshi opposition parties suspended their strikes after the talks.",
     [("BGD", None, "CONCEDE")], []),
    ("Belarusian police halted the opposition march in Minsk.",
     [], [("BLR", ANY, "CONCEDE")]),
    # AGREE: readiness signalled; REQUEST: restraint urged on someone
    ("Eritrea signalled its readiness to resume talks with Ethiopia.", [("ERI", ANY, "AGREE")], []),
    ("The Turkish premier urged restraint on Azerbaijan.", [("TUR", "AZE", "REQUEST")], []),
    # ASSAULT: crushing dissent or rebels; THREATEN: vowing to crush them
    ("Uzbek troops crushed the protests in Andijan.", [("UZB", ANY, "ASSAULT")], []),
    ("The Nigerian army vowed to crush the militants in the delta.",
     [("NGA", ANY, "THREATEN")], [("NGA", ANY, "AGREE")]),
    ("Three houses in Manila were crushed by a landslide.", [], [("PHL", ANY, ANY)]),
    # MOBILIZE: a headline's present-tense weapons test
    ("India test-fires a new long-range missile.", [("IND", None, "MOBILIZE")], []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES, ids=[c[0][:48] for c in CASES])
def test_news_vocabulary(text: str, must: list, must_not: list) -> None:
    found = counted(text)
    for want in must:
        assert holds(found, want), (want, found)
    for unwanted in must_not:
        assert not holds(found, unwanted), (unwanted, found)
