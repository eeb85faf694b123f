"""The right source's country: a state's subdivisions and cities placing the people they modify,
a subdivision acting as its government, and dotted abbreviations before a hyphen
(geopol.actors.resolve, geopol.where, geopol.nlp)."""

from helpers import code_every_reading as code_text

PUB = "2019-05-02"


def _sources(events, plover):
    return {e.source.country for e in events if e.plover == plover and e.source.code}


def test_a_federal_state_acting_is_its_country():
    events = code_text("Kansas asked the Supreme Court this week to take up its appeal in the river dispute.",
                       date=PUB)
    assert _sources(events, "REQUEST") == {"USA"}


def test_a_province_modifying_a_role_word_places_it():
    events = code_text("An Ontario jury convicted the former banker of fraud on Monday.", date=PUB)
    assert "CAN" in _sources(events, "SANCTION")
    events = code_text("Multan police arrested four men suspected of planning an attack.", date=PUB)
    assert _sources(events, "COERCE") == {"PAK"}


def test_a_region_that_only_names_where_is_no_source():
    events = code_text("A court reopened the trial of nine men over the Bihar riots of 1989.", date=PUB)
    assert "IND" not in _sources(events, "PROTEST"), "the riots' place did not riot"


def test_a_hyphenated_place_says_where_not_whose():
    events = code_text("Karachi-based diplomats criticised the ruling party on Tuesday.", date=PUB)
    assert "PAK" not in _sources(events, "ACCUSE")


def test_a_capital_shared_with_a_common_name_places_no_one():
    events = code_text("Victoria police arrested two men after the raid.", date=PUB)
    assert "SYC" not in _sources(events, "COERCE")


def test_a_dotted_abbreviation_before_a_hyphen_names_its_state():
    events = code_text("U.S.-led troops stormed a village near the border on Sunday.", date=PUB)
    assert "USA" in _sources(events, "ASSAULT")
    events = code_text("Ten fighters were killed by Iraqi and U.S.-led troops in a raid on Sunday.", date=PUB)
    sources = _sources(events, "ASSAULT")
    assert {"IRQ", "USA"} <= sources, "two coordinated states are two sources"


def test_attackers_of_foreign_troops_are_not_the_troops_country():
    events = code_text("A suicide bomber wounded five Italian soldiers near an Afghan police post on Monday.",
                       date=PUB)
    assert "ITA" not in _sources(events, "ASSAULT"), "the bomber is not Italian"


def test_rebels_attacking_their_own_state_stay_placed():
    events = code_text("Rebels ambushed Nepalese soldiers on Sunday, killing twelve.", date=PUB)
    assert "NPL" in _sources(events, "ASSAULT")
