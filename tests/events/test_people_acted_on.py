"""The people acted on belong to the country the phrase or its actor gives (EVENTS.md rules 1, 9):
a demonym on the head noun names the person's own country, and the soldiers or police an
opposition frees or fights are of the state it opposes."""

from helpers import asserted_list, asserted_triples, code_every_reading

PUB = "2021-03-09"


def pairs(text: str, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events whose CAMEO code starts with ``root``."""
    return [(e.source.code, e.target.code if e.target else None)
            for e in code_every_reading(text, date=PUB) if e.cameo.startswith(root)]


def test_a_demonym_on_the_leader_names_his_own_country_not_the_groups():
    found = pairs("The Dutch head of a gang of smugglers caught in Morocco was sentenced to five years.", "17")
    assert [t[:3] for _, t in found if t] == ["NLD"]
    assert not any(t and t.startswith("MAR") for _, t in found)


def test_without_a_demonym_the_leader_is_the_groups():
    found = pairs("The leader of a gang of Moroccan smugglers was jailed for five years.", "17")
    assert not any(t and t.startswith("NLD") for _, t in found)


def test_soldiers_an_opposition_frees_are_of_the_state_it_opposes():
    assert ("COLREB", "COLCOP") in pairs("Colombian rebels freed three policemen they had kidnapped last year.",
                                         "0841")
    found = pairs("Chadian rebels in Sudan freed 12 soldiers captured in clashes last month.", "0841")
    assert ("TCDREB", "TCDMIL") in found
    assert not any(t and t.startswith("SDN") for _, t in found)


def test_soldiers_a_state_frees_get_no_country_from_it():
    # Iran freeing "the sailors" may free foreigners: the state's own role is not given them.
    found = pairs("Iran freed the sailors on Tuesday after two weeks in custody.", "0841")
    assert found and not any(t and t.startswith("IRN") for _, t in found)


def test_whoever_a_states_organs_detain_at_home_is_of_that_state_whatever_the_noun():
    found = pairs("LIMA, Peru - Peruvian police detained the alleged mastermind of a kidnapping ring on Friday.", "17")
    assert ("PERCOP", "PERCVL") in found


def test_a_detention_abroad_gives_the_detained_no_country_of_the_police():
    # Two countries in the sentence: the one detained is of neither by default.
    found = pairs("Peruvian police detained the alleged mastermind of a kidnapping ring in Bolivia.", "17")
    assert not any(t and t.startswith("PER") for _, t in found)


def test_an_act_named_with_its_agent_stands_for_the_agent_not_the_place():
    found = pairs("Baghdad condemned cross-border raids by Turkey in northern Iraq.", "11")
    assert ("IRQ", "TUR") in found
    assert not any(t and t.startswith("IRQ") for _, t in found)


def test_an_act_named_without_an_agent_gives_no_agent():
    found = pairs("Ankara condemned the recent raids in northern Syria.", "11")
    assert not any(t and t.startswith("TUR") for _, t in found)


def test_professionals_a_leader_praises_at_home_are_his_countrys():
    found = pairs("SEOUL, South Korea - President Moon congratulated the engineers who built the new rocket.", "05")
    assert any(t and t.startswith("KOR") for _, t in found)


def test_professionals_praised_abroad_get_no_country_from_the_leader():
    found = pairs("President Moon congratulated the engineers in Kenya.", "05")
    assert not any(t and t.startswith("KOR") for _, t in found)


def test_the_countrys_people_are_of_the_state_whose_organs_act():
    found = pairs("Indonesian police arrested the nation's most wanted bomb maker on Friday.", "17")
    assert ("IDNCOP", "IDNCVL") in found


def test_the_countrys_people_in_another_named_country_are_not_the_actors():
    found = pairs("Egyptian police arrested the country's most wanted smuggler in Libya.", "17")
    assert not any(t and t.startswith("EGY") for _, t in found)



def test_an_oppositions_words_give_the_official_they_address_no_country_of_theirs():
    found = pairs("Opponents of the Afghan war attacked the prime minister over a decision to send Dutch troops.",
                  "11")
    assert not any(t and t.startswith("AFG") for _, t in found)


def test_the_people_harmed_above_an_attack_are_whom_it_was_done_to():
    triples = asserted_triples("Three Thai soldiers were killed when rebels detonated a bomb near their patrol.")
    assert ("THA", "THA", "ASSAULT") in triples
    assert asserted_list("Three Thai soldiers were killed when rebels detonated a bomb near their patrol.").count(
        ("THA", "THA", "ASSAULT")) == 1, "the blast and the deaths are one act"
    # a state's forces are not read as killing their own, nor people the text gives no country
    triples = asserted_triples("Eleven Lebanese and two Syrians were killed on Tuesday as the Syrian army struck "
                               "back after an ambush on its convoy.")
    assert ("SYR", "LBN", "ASSAULT") in triples and ("SYR", "SYR", "ASSAULT") not in triples
    assert ("RUS", "RUS", "ASSAULT") not in asserted_triples(
        "Six villagers were killed when Russian helicopters strafed trucks on a mountain road.")
    # harm told beside, not above, the act gives it no target: the bomb is no one
    events = code_every_reading("Rebels detonated a bomb in Bangkok, and three Thai soldiers were later found dead.",
                                date=PUB)
    assert not [e for e in events if e.trigger.text == "detonated" and e.target is not None
                and e.target.role == "MIL"]


def test_who_tells_of_an_uprising_is_no_party_to_it():
    events = code_every_reading("The Thai government rushed soldiers on Monday to the southern city of Yala, hoping "
                                "to crush a violent separatist revolt that Malaysian officials believed may be in "
                                "support of exiles in the south.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.country == "MYS"]
    assert not [a for e in events for a in e.alternatives if a.target is not None and a.target.country == "MYS"]


def test_people_of_a_continent_acted_on_are_residents_not_the_region():
    assert ("SDN", "SDN", "ASSAULT") in asserted_triples("Militias have killed thousands of black Africans in Darfur.")
    assert ("IRQ", "IRQ", "ASSAULT") in asserted_triples("The army killed hundreds of Arabs in the south of Iraq.")
    events = code_every_reading("Militias have killed thousands of black Africans in Darfur.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.code == "AFR"]
    # the region as a collective that acts keeps its code
    events = code_every_reading("Europeans protested against the war.", date=PUB)
    assert [e for e in events if e.source.code == "EUR"]


def test_a_concession_to_protests_is_to_the_people_where_they_protest():
    assert ("UKR", "UKR", "CONCEDE") in asserted_triples("The government bowed to protests in Kiev and freed the "
                                                         "activists.")
    # protesters named keep their own reading, and protests placed nowhere give no country
    assert ("THA", "KHM", "CONCEDE") in asserted_triples("Thailand bowed to protests by Cambodian farmers.")
    events = code_every_reading("The Chilean government bowed to protests.", date=PUB)
    assert not [e for e in events if e.plover == "CONCEDE" and e.target is not None and e.target.country]


def test_resigning_after_protests_is_no_concession_to_the_protesters():
    events = code_every_reading("The interim president resigned on Sunday, after protests calling for his removal "
                                "in Peru.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.role == "CVL"]


def test_who_a_claim_under_investigation_names_is_a_party_of_the_investigation():
    events = code_every_reading("British military police have launched an investigation into claims that two "
                                "servicemen abused children in Iraq.", date=PUB)
    probe = [e for e in events if e.source.code == "GBRCOP"]
    assert any("servicemen" in (a.target.text if a.target else "") for e in probe for a in e.alternatives) or any(
        e.target is not None and "servicemen" in e.target.text for e in probe)


def test_people_a_participle_of_harm_names_are_its_victims():
    triples = asserted_triples("Iraqi police found the bodies of 12 men executed by insurgents near Mosul.")
    assert ("IRQ", "IRQ", "ASSAULT") in triples
    # a thing seized is still done to no one known
    events = code_every_reading("The report was drafted by officials in Baghdad.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT"]
