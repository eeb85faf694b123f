"""Collectives placed by what the text says of them: the nationality a phrase is said to have."""

from helpers import asserted_triples
from helpers import code_every_reading as code_text

PUB = "2018-03-14"


def sources(events, plover):
    return [e.source.code for e in events if e.plover == plover]


def test_a_nationality_the_phrase_is_said_to_have_places_it():
    # The participle read as an adjunct of the noun, and as the main verb (the small parser does both).
    events = code_text("Forty people thought to be Eritrean entered the Italian consulate in Cairo to seek asylum.",
                       date=PUB)
    assert "ERICVL" in sources(events, "REQUEST")
    events = code_text("Gunmen believed to be Somali seized a cargo ship off the Kenyan coast, officials said.",
                       date=PUB)
    assert [e.source.country for e in events if e.trigger.text == "seized"] == ["SOM"]


def test_what_else_a_phrase_is_said_to_be_gives_no_country():
    events = code_text("Militants believed to be hiding in Pakistan attacked an Afghan border post.", date=PUB)
    assert not any(code and code.startswith("PAK") for code in sources(events, "ASSAULT"))


def _targets(events, plover):
    return sorted((e.source.code, e.target.code if e.target else None) for e in events
                  if e.plover == plover and e.source.code and e.source.code.endswith("MIL"))


def test_rebels_fought_where_the_sentence_places_its_acts_are_of_that_country():
    # The actors name two countries (Afghan, British), the sentence's one place only Afghanistan:
    # the militants both fight are Afghanistan's, not Britain's.
    events = code_text("Afghan and British troops launched fresh attacks on militants after car bombs killed three "
                       "policemen in Kandahar.", date=PUB)
    assert _targets(events, "ASSAULT") == [("AFGMIL", "AFGREB"), ("GBRMIL", "AFGREB")]
    events = code_text("Turkish and American soldiers launched fresh attacks on rebels a day after a bomb near Mosul "
                       "wounded two policemen, the US embassy said.", date=PUB)
    pairs = _targets(events, "ASSAULT")
    assert ("USAMIL", "IRQREB") in pairs and ("TURMIL", "IRQREB") in pairs
    assert not any(t and t.startswith(("USA", "TUR")) for _, t in pairs)  # "the US embassy" is no place


def test_rebels_stay_unplaced_where_the_sentence_names_no_place_or_two():
    events = code_text("American and Iraqi troops launched fresh attacks on insurgents, the US military said.",
                       date=PUB)
    assert _targets(events, "ASSAULT") == [("IRQMIL", None), ("USAMIL", None)]
    events = code_text("Mortars hit a base near Mosul and a hotel in Kabul while British troops launched fresh "
                       "attacks on insurgents.", date=PUB)
    assert _targets(events, "ASSAULT") == [("GBRMIL", None)]


def test_force_on_civilians_no_country_places_is_listed_not_counted():
    # civilians are always of somewhere (EVENTS.md rule 9): a dyad with no one receiving the
    # attack is a failure to place them, not the act's reading
    found = asserted_triples("British and Danish troops shot dead two women after their car ran a roadblock, "
                             "a military statement said.")
    assert not [t for t in found if t[2] == "ASSAULT" and t[1] is None]
    assert ("KEN", "KEN", "ASSAULT") in asserted_triples("Kenyan police shot dead two women in Nairobi.")


def test_unnamed_kidnappers_are_not_of_their_victims_country():
    # A demonym holds its country's name ("Jordanian" holds "Jordan") but names its people, not the
    # state, so gunmen who seize them do not become that state's rebels; criminals no more than
    # rebels take their victims' country.
    for text in ("Gunmen seized two Jordanian lorry drivers on the highway.",
                 "Kidnappers seized two Italian aid workers on Monday."):
        said = asserted_triples(text)
        assert not any(s in ("JOR", "ITA") for s, _, _ in said), text
    assert ("JOR", "JOR", "ASSAULT") in asserted_triples("Rebels attacked the Jordanian army.")


def test_an_inserted_participle_does_not_take_the_passive_verbs_patient():
    # "X, believed to be Y, were kidnapped": the parser gives X to the participle (or reads the
    # participle as the main verb); X is still who was kidnapped, not the hotel they were taken from.
    for text, victims in (("Two Canadian engineers, believed to be oil workers, were kidnapped by gunmen in Lagos.",
                           "CAN"),
                          ("Four Danish nationals, thought to be tourists, were abducted by gunmen from a hotel "
                           "in central Lagos on Friday.", "DNK")):
        said = asserted_triples(text)
        assert said == {("NGA", victims, "ASSAULT")}, text
