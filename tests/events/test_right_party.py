"""The right act with the right party: shared demonyms of coordinated organs, who a refusal is
aimed at, and parties a phrase only mentions (geopol.events.phrases, arguments, readings)."""

from helpers import code_every_reading as code_text

PUB = "2019-05-02"


def _of(events, plover):
    return [e for e in events if e.plover == plover and e.source.code]


def _pairs(events, plover):
    return {(e.source.country, e.target.country if e.target is not None else None) for e in _of(events, plover)}


def test_a_demonym_before_two_coordinated_state_organs_is_both_of_theirs():
    events = code_text("Turkish tanks and troops stormed a village in northern Syria on Monday.", date=PUB)
    pairs = _pairs(events, "ASSAULT")
    assert pairs and all(src == "TUR" for src, _ in pairs)
    assert ("SYR", "SYR") not in pairs, "the troops are not the village's country"


def test_a_coordinated_member_with_a_demonym_of_its_own_keeps_it():
    events = code_text("Indian soldiers and Pakistani rangers exchanged fire along the border.", date=PUB)
    pairs = _pairs(events, "ASSAULT")
    assert ("IND", "PAK") in pairs and ("PAK", "IND") in pairs
    assert ("IND", "IND") not in pairs


def test_a_refusal_is_aimed_at_the_author_of_the_offer():
    events = code_text("The rebels rejected the peace plan offered by the Colombian president.", date=PUB)
    assert ("COL", "COL") in _pairs(events, "REJECT")


def test_a_party_named_in_what_a_refused_plea_asks_for_is_not_the_target():
    events = code_text("Norway declined an appeal to send engineers to a mission guarding "
                       "African Union observers in Somalia.", date=PUB)
    reject = _of(events, "REJECT")
    assert reject and all(e.target is None or e.target.code is None for e in reject)


def test_a_party_named_in_a_denied_allegation_is_not_the_target():
    events = code_text("Egypt rejected allegations that it had helped Hamas smuggle weapons into Gaza.", date=PUB)
    reject = _of(events, "REJECT")
    assert reject and all(e.target is None or e.target.code is None for e in reject)


def test_calls_from_the_refusers_own_side_make_it_the_target():
    events = code_text("The Peruvian president rejected calls from his own party for a referendum on "
                       "relations with Chile.", date=PUB)
    pairs = _pairs(events, "REJECT")
    assert ("PER", "PER") in pairs
    assert ("PER", "CHL") not in pairs


def test_world_leaders_are_not_placed_in_the_speakers_country():
    events = code_text("LIMA, Peru - Peru's president appealed to world leaders on Monday to send flood aid.", date=PUB)
    request = _of(events, "REQUEST")
    assert request and all(e.target is None or e.target.country != "PER" for e in request)


def test_foreign_troops_are_not_placed_where_they_act():
    events = code_text("Foreign troops raided a village in southern Lebanon.", date=PUB)
    assert not [e for e in events if e.source.country == "LBN"]


def test_the_country_is_the_one_named_before_it():
    events = code_text("A Swedish charity caused an outcry in Peru by giving money to the country's largest "
                       "guerrilla group.", date=PUB)
    pairs = _pairs(events, "AID")
    assert ("SWE", "PER") in pairs and ("SWE", "SWE") not in pairs


def test_the_country_is_the_actors_own_when_no_other_is_named_before_it():
    events = code_text("Turkish police on Monday shot dead the country's most wanted smuggler, sought over "
                       "the killing of a German tourist.", date=PUB)
    pairs = _pairs(events, "ASSAULT")
    assert ("TUR", "TUR") in pairs and ("TUR", "DEU") not in pairs


def test_people_led_by_or_loyal_to_a_known_leader_are_his_side():
    events = code_text("Fighters loyal to the Chechen warlord Shamil Basayev attacked a police post in Dagestan.",
                       date=PUB)
    assault = _of(events, "ASSAULT")
    assert assault and {e.source.country for e in assault} == {"RUS"}
    events = code_text("A delegation led by the Iranian foreign minister met Syrian officials in Damascus.", date=PUB)
    assert ("IRN", "SYR") in _pairs(events, "CONSULT")


def test_a_known_armed_leaders_group_is_coded_as_the_group():
    events = code_text("The militant group of Abu Musab al-Zarqawi claimed to have kidnapped two Turkish drivers.",
                       date="2004-09-20")
    assert ("IRQ", "TUR") in _pairs(events, "ASSAULT")


def test_a_name_cut_by_a_doubled_space_is_still_the_name():
    events = code_text("Turkey resumed talks with the European  Union on Monday over its membership bid.", date=PUB)
    assert any(e.target is not None and e.target.code == "IGOEUREEC" for e in _of(events, "CONSULT"))
    assert not [e for e in events if e.target is not None and (e.target.code or "").startswith("EUR")]
    assert not [e for e in events if (e.source.code or "").startswith("EUR")]


def test_backing_a_measure_against_a_state_is_no_support_of_that_state():
    events = code_text("Arab ministers backed an oil embargo and UN sanctions against Sudan on Monday.", date=PUB)
    support = _of(events, "SUPPORT")
    assert not [e for e in support if e.target is not None and e.target.country == "SDN"]
    events = code_text("Manila welcomed the filing of rebellion charges against a renegade colonel.", date=PUB)
    assert not [e for e in _of(events, "SUPPORT") if e.target is not None and e.target.code]


def test_a_pronoun_before_its_reporting_speaker_is_not_the_speaker():
    # the embassy reports what the tourists will do; "they" are not the embassy
    events = code_text("A militant group has threatened to attack Australian tourists when they visit Indonesia "
                       "next month, the Australian embassy said.", date=PUB)
    assert not [e for e in events if e.source.code == "AUSGOV"]
    # "they" is not one person who speaks: police shot, not the minister
    events = code_text("Brazil's justice minister said police acted lawfully when they shot two protesters.",
                       date=PUB)
    shot = _of(events, "ASSAULT")
    assert shot and all(e.source.code == "BRACOP" for e in shot)
    # but a spokesman's "they", told as what he reports, is the side he speaks for
    events = code_text("The Saudi coalition spokesman said that they support the UN call for a ceasefire.", date=PUB)
    assert [e for e in _of(events, "SUPPORT") if e.source.country == "SAU"]
    # a speaker named first is still the pronoun's antecedent
    events = code_text("Norway says it will not sign the treaty with Russia.", date=PUB)
    assert any(e.source.country == "NOR" for e in events)


def test_forces_sent_to_crush_a_revolt_are_the_means_not_the_target():
    events = code_text("The Pakistani army sent troops on Monday to crush a bloody tribal uprising that British "
                       "officials said may be linked to the drug trade.", date=PUB)
    crush = [e for e in events if e.trigger.text == "crush"]
    assert crush, "the crackdown is read"
    assert not [e for e in crush if e.target is not None and e.target.country in ("PAK", "GBR")]
    assert not [a for e in crush for a in e.alternatives if a.target is not None and a.target.country == "GBR"], \
        "who tells of the uprising is no party to crushing it"


def test_the_wests_rhetorical_names_are_the_west():
    events = code_text("Zimbabwe's president accused imperialist powers of plotting against his government.", date=PUB)
    assert [e for e in _of(events, "ACCUSE") if e.target is not None and e.target.code == "WST"]


def test_opposing_a_war_is_aimed_at_who_wages_it_not_where():
    events = code_text("France and Germany opposed the war in Iraq.", date=PUB)
    assert [e for e in _of(events, "REJECT")], "the opposition is read"
    assert not [e for e in _of(events, "REJECT") if e.target is not None and e.target.country == "IRQ"]
    events = code_text("Russia opposed the American invasion of Iraq.", date=PUB)
    assert ("RUS", "USA") in _pairs(events, "REJECT")


def test_pressure_from_a_state_is_its_act_on_whoever_is_under_it():
    events = code_text("Lebanon's parliament extended the president's term under pressure from Syria.", date=PUB)
    assert ("SYR", "LBN") in _pairs(events, "REQUEST")
    assert not [e for e in events if e.source.country == "LBN" and e.target is not None
                and e.target.country == "SYR"]
