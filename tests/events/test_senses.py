"""Verb and noun senses of the trigger lexicon: the reading an entry gives, and the sense it must not fire on."""

from __future__ import annotations

from helpers import code_every_reading

from geopol import code_text


def readings(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(source country, target country, PLOVER type, modality) of every reading, held or not."""
    return [(e.source.country, e.target.country if e.target else None, e.plover, e.modality)
            for e in code_every_reading(text)]


def counted(text: str) -> list:
    """The events that count (a held reading keeps no coded source)."""
    return [e for e in code_text(text, date="2019-05-02") if e.source.code]


def types(text: str) -> set[str]:
    return {e.plover for e in counted(text)}


def test_pleading_not_guilty_denies_the_charges() -> None:
    assert ("COD", None, "REJECT", "asserted") in readings(
        "Congo's former army chief pleaded not guilty to charges of recruiting child soldiers.")
    assert ("SRB", None, "REJECT", "asserted") in readings(
        "The Serbian commander pleaded innocent to charges of shelling the town.")


def test_pleading_guilty_is_no_denial_and_no_appeal() -> None:
    found = readings("The Rwandan officer pleaded guilty to the charges.")
    assert not [r for r in found if r[2] in ("REJECT", "REQUEST")]


def test_found_not_guilty_is_no_conviction() -> None:
    acquitted = readings("A court in Cairo found the opposition leader not guilty of sedition.")
    assert not [r for r in acquitted if r[2] == "SANCTION"]
    assert ("EGY", "EGY", "SANCTION", "asserted") in readings(
        "A court in Cairo found the opposition leader guilty of sedition.")


def test_a_bare_denial_by_a_known_actor_is_a_rejection() -> None:
    assert ("CHL", None, "REJECT", "asserted") in readings("The Chilean government denied.")


def test_test_firing_a_missile_is_a_show_of_force_not_an_attack() -> None:
    fired = readings("India test-fired a nuclear-capable missile on Monday.")
    assert ("IND", None, "MOBILIZE", "asserted") in fired
    assert not [r for r in fired if r[2] == "ASSAULT"]
    assert ("IRN", None, "MOBILIZE", "asserted") in readings("Iran test-launched a new rocket.")
    # The verb alone still fires at someone.
    assert [r for r in readings("Syrian troops fired rockets at Turkish positions.") if r[2] == "ASSAULT"]


def test_defending_a_person_or_a_policy_is_support_holding_ground_is_not() -> None:
    assert ("CHL", "CHL", "SUPPORT", "asserted") in readings(
        "Opposition lawmakers in Chile defended the minister against the charges.")
    assert [r for r in readings("The Peruvian defence minister defended the war on drug gangs.")
            if r[:1] == ("PER",) and r[2] == "SUPPORT"]
    assert not [r for r in readings("Turkish troops defended the border against attacks.") if r[2] == "SUPPORT"]
    assert not [r for r in readings("Ukrainian forces defended the city for weeks.") if r[2] == "SUPPORT"]


def test_extending_rights_or_citizenship_is_a_concession() -> None:
    assert ("DEU", "TUR", "CONCEDE", "asserted") in readings(
        "Germany extended citizenship rights to Turkish workers.")
    assert not readings("The Moroccan government extended the deadline for bids.")


def test_stealing_into_a_military_post_is_an_attack_into_a_country_is_not() -> None:
    assert ("NGA", "NGA", "ASSAULT", "asserted") in readings("Rebel fighters sneaked into a Nigerian army base.")
    assert ("LKA", "LKA", "ASSAULT", "asserted") in readings("Tamil Tiger rebels sneaked onto a Sri Lankan navy base.")
    assert not [r for r in readings("Two Mexican migrants sneaked into the United States.") if r[2] == "ASSAULT"]


def test_a_violent_confrontation_is_fighting_a_diplomatic_one_is_not() -> None:
    found = readings("Serbian police had a violent confrontation with Kosovar protesters.")
    assert [r for r in found if r[0] == "SRB" and r[2] == "ASSAULT"]
    assert "ASSAULT" not in types("Japan's confrontation with China over the islands deepened.")


def test_a_demand_for_a_thing_is_a_request_with_no_addressee() -> None:
    assert ("VEN", None, "REQUEST", "asserted") in readings("Venezuela demanded the right to inspect the tankers.")
    assert ("KEN", None, "REQUEST", "asserted") in readings("Kenya's president demanded an end to the strikes.")
    # a thing another verb needs is no demand
    assert not [r for r in readings("Wounded Iraqi soldiers have required amputations.") if r[2] == "REQUEST"]


def test_warplanes_scrambling_is_a_show_of_force_officials_scrambling_is_not() -> None:
    assert ("KOR", None, "MOBILIZE", "asserted") in readings("South Korean fighter jets scrambled after the incursion.")
    assert ("RUS", None, "MOBILIZE", "asserted") in readings("Russia scrambled fighter jets.")
    assert not readings("Thai officials scrambled to contain the damage.")
    assert not readings("Turkish ministers scrambled after the vote.")


def test_clashes_between_two_named_sides_are_fighting_both_ways() -> None:
    found = readings("Clashes between Kenyan police and Somali gunmen killed six.")
    assert ("KEN", "SOM", "ASSAULT", "asserted") in found and ("SOM", "KEN", "ASSAULT", "asserted") in found
    assert ("SOM", "ETH", "ASSAULT", "asserted") in readings(
        "Six people died in fighting between Somali militiamen and Ethiopian troops.")
    assert not readings("The battle between Microsoft and Google over search intensified.")


def test_a_patrol_attacked_is_a_unit_not_a_show_of_force() -> None:
    found = readings("A roadside bomb exploded near a Nigerian army patrol, wounding four soldiers.")
    assert not [r for r in found if r[2] == "MOBILIZE"]
    assert ("IND", "THA", "COOPERATE", "asserted") in readings(
        "Indian and Thai navies began joint patrols in the Andaman Sea.")


def test_a_riot_a_verb_tells_needs_no_recipient() -> None:
    events = counted("Thousands of Kenyan opposition supporters rioted in Nairobi.")
    assert [(e.source.country, e.target, e.plover) for e in events] == [("KEN", None, "PROTEST")]
    # a noun alone stays weaker: an election rally is no protest
    assert "PROTEST" not in types("The Afghan president left his compound for his first election rally.")


def test_an_armed_uprising_is_fighting_a_peaceful_one_dissent() -> None:
    assert [r for r in readings("Iraq sent troops to crush a militant uprising in Mosul.") if r[2] == "ASSAULT"]
    found = readings("The Kenyan opposition staged a peaceful uprising against the president.")
    assert ("KEN", "KEN", "PROTEST", "asserted") in found and not [r for r in found if r[2] == "ASSAULT"]


def test_a_general_strike_is_called_by_no_general() -> None:
    assert not [r for r in readings("A general strike in Nigeria entered its second day.") if r[0] is not None]
    assert ("NGA", None, "PROTEST", "asserted") in readings("Nigerian unions began a general strike on Monday.")
    assert [r for r in readings("General Musharraf's visit to Kabul was cancelled.") if r[0] == "PAK"]


def test_turning_ones_anger_on_someone_is_criticism() -> None:
    assert ("VEN", "USA", "ACCUSE", "asserted") in readings(
        "The Venezuelan president turned his anger on the United States.")
    assert not readings("The Chilean minister turned his attention to the budget.")


def test_defending_itself_against_accusations_rejects_them() -> None:
    found = readings("Rwanda defended itself against accusations by Burundi that it sheltered the gunmen.")
    assert ("RWA", "BDI", "REJECT", "asserted") in found
    assert not [r for r in found if r[2] == "SUPPORT"]
    # Defending another party stays support of it.
    assert ("TUR", "AZE", "SUPPORT", "asserted") in readings("Turkey defended Azerbaijan against the criticism.")


def test_an_ill_or_a_rule_fought_is_no_combat() -> None:
    assert not [r for r in readings("A separatist party fighting Spanish rule in the region won three seats.")
                if r[2] == "ASSAULT"]
    assert not [r for r in readings("Kenya and Tanzania are battling terrorism along their coast.")
                if r[2] == "ASSAULT"]
    assert [r for r in readings("Chadian troops fought the rebels near the border.") if r[2] == "ASSAULT"]


def test_charging_into_a_campaign_is_no_attack_troops_charging_into_a_camp_are() -> None:
    assert not readings("The Brazilian president charges into the last stretch of the race with four rallies.")
    assert [r for r in readings("Ethiopian troops charged into the rebel camp.") if r[0] == "ETH" and r[2] == "ASSAULT"]


def test_pressure_stepped_up_by_troops_is_force_by_a_government_a_demand() -> None:
    found = readings("Nigerian troops stepped up pressure on the militants in the delta.")
    assert [r for r in found if r[0] == "NGA" and r[2] == "ASSAULT"]
    assert not [r for r in found if r[2] == "REQUEST"]
    assert ("USA", "PRK", "REQUEST", "asserted") in readings("Washington stepped up pressure on Pyongyang.")


def test_an_assault_ended_is_a_retreat_not_an_assault() -> None:
    found = readings("Russian forces ended their assault on the Chechen village of Shali.")
    assert [r for r in found if r[0] == "RUS" and r[2] == "RETREAT"]
    assert not [r for r in found if r[2] == "ASSAULT"]


def test_a_campaign_for_votes_ended_is_no_retreat() -> None:
    assert not [r for r in readings("The Australian opposition leader ended his election campaign in Perth.")
                if r[2] == "RETREAT"]


def test_pulling_bodies_out_moves_no_force_pulling_troops_out_does() -> None:
    assert not readings("Chilean rescue workers pulled three bodies out of the flooded mine.")
    assert ("HUN", None, "RETREAT", "asserted") in readings("Hungary pulled its troops out of Iraq.")


def test_cancelled_talks_are_a_rejection() -> None:
    found = readings("Ecuador cancelled talks with Peru on Monday.")
    assert ("ECU", "PER", "REJECT", "asserted") in found
    assert not [r for r in found if r[2] == "SANCTION"]


def test_a_visit_kicked_off_or_wrapped_up_is_a_visit() -> None:
    assert ("KEN", "TZA", "CONSULT", "asserted") in readings("The Kenyan president kicked off a visit to Tanzania.")
    assert ("JPN", "VNM", "CONSULT", "asserted") in readings("The Japanese premier wrapped up a visit to Vietnam.")


def test_people_seized_in_a_passive_are_abducted_not_confiscated() -> None:
    found = readings("Two Turkish engineers were seized by gunmen in Afghanistan.")
    assert [r for r in found if r[1] == "TUR" and r[2] == "ASSAULT"]
    assert not [r for r in found if r[2] == "COERCE"]


def test_a_refusal_of_talks_with_a_named_party_is_the_refusing_sides_only() -> None:
    found = readings("Armenia will not resume talks with Azerbaijan until the shelling stops.")
    assert ("ARM", "AZE", "REJECT", "asserted") in found
    assert not [r for r in found if r[0] == "AZE" and r[2] == "REJECT"]
    # Co-subjects failing to agree refuse each other.
    both = readings("Sudan and Chad failed to reach a deal on the border.")
    assert ("SDN", "TCD", "REJECT", "asserted") in both and ("TCD", "SDN", "REJECT", "asserted") in both


def test_a_withdrawal_handing_ground_to_peacekeepers_is_no_aid() -> None:
    found = readings("Moldovan troops withdrew from the bridge, leaving it to Russian peacekeepers.")
    assert not [r for r in found if r[2] == "AID"]


def test_calling_for_someone_to_act_is_a_request_not_a_phone_call() -> None:
    found = readings("The Zambian opposition called for the cabinet to resign.")
    assert [r for r in found if r[0] == "ZMB" and r[2] == "REQUEST"]
    assert not [r for r in found if r[2] == "CONSULT"]
    assert [r for r in readings("The Syrian minister called his Turkish counterpart on Monday.") if r[2] == "CONSULT"]


def test_troops_blocking_roads_restrict_movement_protesters_protest() -> None:
    found = readings("Turkish troops blocked the roads into the Kurdish town.")
    assert [r for r in found if r[0] == "TUR" and r[2] == "COERCE"]
    assert not [r for r in found if r[2] == "PROTEST"]
    assert [r for r in readings("Greek farmers blocked the main roads into Athens.") if r[2] == "PROTEST"]


def test_a_coalition_destroyed_is_a_figure_of_speech() -> None:
    assert not [r for r in readings("The Libyan war has destroyed the regional alliance.") if r[2] == "ASSAULT"]
    assert [r for r in readings("Syrian jets destroyed a rebel depot.") if r[0] == "SYR" and r[2] == "ASSAULT"]


def test_an_opening_salvo_or_a_theme_struck_is_no_attack() -> None:
    assert not [r for r in readings("The Kenyan senator fired an opening salvo at his rival.") if r[2] == "ASSAULT"]
    assert not [r for r in readings("The Mexican president is striking twin themes.") if r[2] == "ASSAULT"]
    assert [r for r in readings("Gunmen fired on a police patrol in Kabul.") if r[2] == "ASSAULT"]


def test_governments_clashing_over_a_policy_at_a_forum_disapprove_of_each_other() -> None:
    found = readings("Chile and Peru openly clashed at a UN conference over how to treat refugees.")
    assert ("CHL", "PER", "ACCUSE", "asserted") in found and ("PER", "CHL", "ACCUSE", "asserted") in found
    assert not [r for r in found if r[2] == "ASSAULT"]
    # the forum is where they clashed, its holder no party
    assert not [e for e in counted("Chile and Peru openly clashed at a UN conference over how to treat refugees.")
                if e.target is not None and e.target.code == "IGOUNO"]
    assert "ASSAULT" not in types("France clashed with Germany over the EU budget.")
    assert "ACCUSE" in types("France clashed with Germany over the EU budget.")


def test_armed_men_or_crowds_clashing_still_fight() -> None:
    assert "ASSAULT" in types("Police clashed with protesters over fuel prices in Lagos.")
    assert "ASSAULT" in types("Thai and Cambodian troops clashed on the border.")
    assert "ASSAULT" in types("Palestinians clashed with Israeli troops over the weekend.")


def test_teams_clashing_in_a_final_is_no_event() -> None:
    assert not counted("Brazil and Argentina clash in the World Cup final on Sunday.")


def test_one_person_fighting_with_an_armed_group_is_on_its_side() -> None:
    found = readings("A Chilean volunteer who had been fighting with the Taliban was detained by Afghan forces.")
    assert not [r for r in found if r[2] == "ASSAULT"]
    assert ("AFG", "CHL", "COERCE", "asserted") in found
    # armed forces fighting with a group fight it
    assert "ASSAULT" in types("Afghan troops fought with the Taliban near Kandahar.")
