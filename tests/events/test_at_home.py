"""Whose the people a state acts on are when the text gives them no nationality
(geopol.events.parties.at_home; EVENTS.md rules 5 and 9)."""

from helpers import code_every_reading as code_text

PUB = "2019-05-02"


def _of(events, plover):
    return [e for e in events if e.plover == plover and e.source.code]


def test_men_a_state_pardons_are_its_own_whatever_country_is_named_deeper():
    events = code_text("Chile's president pardoned three men convicted of plotting to kill the Argentine leader.",
                       date=PUB)
    pardon = _of(events, "RETREAT")
    assert pardon and pardon[0].target.code == "CHLCVL"
    assert not [e for e in events if e.target is not None and e.target.country == "ARG"]
    events = code_text("Two men accused of plotting to kill Bolivia's president have been pardoned by the "
                       "Peruvian president.", date=PUB)
    pardon = _of(events, "RETREAT")
    assert pardon and pardon[0].target.country == "PER"


def test_people_a_state_frees_are_its_own():
    events = code_text("The Mexican president freed two men held since the clashes with Guatemala.", date=PUB)
    freed = _of(events, "RETREAT")
    assert freed and freed[0].target.country == "MEX"


def test_the_bare_authorities_a_national_surrenders_to_are_his_states():
    events = code_text("A Dutch army deserter surrendered to military authorities on Monday, two decades "
                       "after fleeing to Sweden.", date=PUB)
    surrender = _of(events, "RETREAT")
    assert surrender and surrender[0].target.country == "NLD"
    assert not [e for e in events if e.target is not None and e.target.country == "SWE"]


def test_party_officials_a_leader_apologises_to_are_of_his_country():
    events = code_text("The Canadian prime minister apologized to party officials for the remarks he made "
                       "during a visit to Washington.", date=PUB)
    apology = _of(events, "CONCEDE")
    assert apology and apology[0].target.country == "CAN"


def test_force_a_state_uses_on_unplaced_people_is_not_placed_at_home():
    # a state's forces fight abroad as often as at home: the acting state says nothing of whom they kill
    events = code_text("Turkish troops killed 12 militants who had crossed from Iran, officials said.", date=PUB)
    assert _of(events, "ASSAULT")
    assert not [e for e in events if e.target is not None and e.target.country == "TUR"]


def test_people_of_another_allegiance_are_not_the_acting_states():
    events = code_text("Iraq's prime minister denounced foreign officials over delays in Jordan.", date=PUB)
    assert _of(events, "ACCUSE")
    assert not [e for e in events if e.target is not None and e.target.country == "IRQ"]
    events = code_text("Syria's president received insurgent leaders, a day after talks in Jordan.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.country == "SYR"]


def test_officials_met_are_not_placed_in_the_visitors_country():
    events = code_text("The Japanese envoy met officials on Monday, a day after arriving from Seoul.", date=PUB)
    assert not [e for e in events if e.source.country == "JPN" and e.target is not None
                and e.target.country == "JPN"]


def test_world_leaders_and_foreign_workers_are_of_no_country_the_sentence_names():
    events = code_text("Kenyan President Mwai Kibaki appealed to world leaders for food aid.", date=PUB)
    appeal = _of(events, "REQUEST")
    assert appeal and appeal[0].target is not None and appeal[0].target.code is None
    assert not [e for e in events if e.target is not None and e.target.country == "KEN"]
    events = code_text("Sri Lankan rebels threatened to kill foreign aid workers.", date=PUB)
    assert _of(events, "THREATEN")
    assert not [e for e in events if e.target is not None and e.target.country == "LKA"]
    events = code_text("Malaysian police arrested 40 foreign workers in Kuala Lumpur.", date=PUB)
    assert _of(events, "COERCE")
    assert not [e for e in events if e.target is not None and e.target.country == "MYS"]


def test_a_foreign_ministry_is_still_a_states_own():
    events = code_text("The Kenyan president met foreign ministry officials.", date=PUB)
    assert [e for e in events if e.plover == "CONSULT" and e.target is not None and e.target.code == "KENGOV"]


def test_a_stance_deep_in_what_is_asked_for_is_no_party():
    events = code_text("The Bolivian president called for an end to anti-Chilean violence in La Paz.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.country == "CHL"]


def test_force_against_those_it_is_against_keeps_them():
    events = code_text("Iraqi insurgents staged anti-American attacks in Baghdad.", date=PUB)
    assert [e for e in events if e.source.code == "IRQREB" and e.target is not None and e.target.country == "USA"]


def test_a_state_named_in_what_a_rejected_claim_says_is_not_its_addressee():
    events = code_text("The Czech premier firmly denied claims that he had worked secretly with Russia.",
                       date=PUB)
    denial = _of(events, "REJECT")
    assert denial and (denial[0].target is None or denial[0].target.code is None)
    assert not [e for e in events if e.target is not None and e.target.country == "RUS"]


def test_a_deals_counterpart_in_its_own_clause_is_still_found():
    events = code_text("Russia signed a contract to buy gas from Gazprom.", date=PUB)
    assert [e for e in events if e.plover == "SUPPORT" and e.target is not None and e.target.code == "RUSBUS"]


def test_a_neighbour_named_as_a_border_does_not_unplace_the_sentence():
    events = code_text("The Malian army killed 15 militants hiding in the desert region bordering Algeria.", date=PUB)
    kill = _of(events, "ASSAULT")
    assert kill and kill[0].target is not None and kill[0].target.code == "MLIREB"
    assert not [e for e in events if e.target is not None and e.target.country == "DZA"]
    events = code_text("Indian troops stormed two rebel hideouts near the Bangladeshi border, killing six "
                       "militants.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.country == "BGD"]


def test_weapons_backing_troops_are_no_party():
    events = code_text("Iraqi troops backed by tanks and helicopters attacked a rebel stronghold.", date=PUB)
    assert not [e for e in events if e.plover == "SUPPORT"]


def test_a_border_town_of_a_state_is_still_that_states():
    events = code_text("Ugandan troops shelled positions near the Kenyan border town of Busia.", date=PUB)
    assert [e for e in events if e.source.code == "UGAMIL" and e.target is not None and e.target.country == "KEN"]
