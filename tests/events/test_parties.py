"""Who an event's parties are once context has placed them (geopol.events.parties)."""

from geopol import code_text

PUB = "2019-05-02"


def _coded(events):
    return [e for e in events if e.source.code]


def test_a_bare_role_with_no_country_is_not_counted():
    events = code_text("Masked gunmen opened fire on a minibus, killing three passengers.", date=PUB)
    assert events, "the act is still read"
    assert not _coded(events), "gunmen with no country name no one who can be counted"
    assert all(e.source.role == "REB" for e in events if e.plover == "ASSAULT")


def test_a_suicide_bomber_is_not_the_national_army():
    events = code_text("A suicide bomber killed nine soldiers at a checkpoint in Kandahar on Sunday.", date=PUB)
    assault = [e for e in events if e.plover == "ASSAULT" and e.source.code]
    assert assault and all(e.source.code == "AFGREB" for e in assault)
    assert not [e for e in events if e.source.role == "MIL"]


def test_a_person_held_by_a_states_police_is_of_that_state():
    events = code_text("Bolivian police detained a man suspected of planting a bomb.", date=PUB)
    arrest = [e for e in events if e.plover == "COERCE"]
    assert arrest and arrest[0].target.code == "BOLCVL" and arrest[0].target.country == "BOL"


def test_a_person_acted_on_abroad_is_not_given_the_actors_country():
    events = code_text("Bolivian police detained a man in Peru.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.country == "BOL"]


def test_rebels_dealing_with_a_government_are_its_rebels_not_the_venues():
    events = code_text("Rebel groups agreed to hold peace talks with the Congolese government in the "
                       "Kenyan capital, Nairobi.", date=PUB)
    agree = [e for e in events if e.plover == "AGREE" and e.source.code]
    assert agree and agree[0].source.code == "COGREB"
    assert not [e for e in events if e.source.country == "KEN"]
