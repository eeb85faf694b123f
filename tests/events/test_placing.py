"""Collectives placed by what the text says of them: the nationality a phrase is said to have."""

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
