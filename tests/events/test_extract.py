"""CAMEO's conventions applied by the extractor, on sentences written for these tests."""

import pytest
from helpers import asserted_list
from helpers import code_every_reading as code_text

from geopol.evaluate import with_alternatives

PUB = "2019-06-12"


def coded(text, src, tgt=None, alternatives=False):
    """The events from ``src`` (to ``tgt``); with ``alternatives``, every reading of them too."""
    events = code_text(text, date=PUB)
    return [e for e in (with_alternatives(events) if alternatives else events)
            if (e.source.country or e.source.code or "").startswith(src)
            and (tgt is None or (e.target is not None and (e.target.country or e.target.code or "").startswith(tgt)))]


def test_stated_intention_is_an_intent_code_kept_future():
    e = coded("Iran will release the British sailors next week.", "IRN")
    assert e and e[0].cameo == "0353" and e[0].plover == "AGREE" and e[0].modality == "future"


def test_stated_refusal_is_a_rejection():
    e = coded("Washington will not lift the embargo on Cuba.", "USA", "CUB")
    assert e and e[0].cameo == "1244" and e[0].plover == "REJECT" and e[0].modality == "asserted"


def test_past_negation_stays_negated():
    e = coded("Washington did not lift the embargo on Cuba.", "USA", "CUB")
    assert e and e[0].cameo.startswith("08") and e[0].modality == "negated"


def test_threat_is_stated_intent_of_force():
    e = coded("Turkey is prepared to launch an offensive against Kurdish militants in Syria.", "TUR")
    assert e and e[0].cameo_root == "13" and e[0].plover == "THREATEN"


def test_reported_obligation_is_a_demand_by_the_speaker():
    e = coded("Japan said that China must free the detained fishermen.", "JPN", "CHN")
    assert e and e[0].plover == "REQUEST" and e[0].quad_class == 3


def test_speaker_pronoun_in_reported_speech():
    e = coded("Kenya says it will expel the Somali diplomats.", "KEN")
    assert e and e[0].source.text == "Kenya"


def test_peacekeepers_are_protection_not_mobilisation():
    e = coded("Brazil deployed 800 troops to Haiti as peacekeepers.", "BRA", "HTI")
    assert e and e[0].cameo == "074" and e[0].plover == "AID"


def test_copular_role_is_an_event():
    e = coded("Norway is the largest donor to the Palestinian Authority.", "NOR", "PSE")
    assert e and e[0].plover == "AID"


def test_labour_strike_is_protest():
    e = coded("Chilean copper miners went on strike against the state company Codelco.", "CHL")
    assert e and e[0].plover == "PROTEST"


def test_dateline_city_is_not_the_subject():
    e = code_text("MANILA, Philippines -- Chinese coast guard ships attacked a Philippine supply boat.", date=PUB)
    assert e and all(x.source.country == "CHN" for x in e)


def test_demonym_topic_is_not_an_actor():
    e = code_text("Brazil and Argentina made common cause on South American trade issues.", date=PUB)
    assert e and all(x.target is None or x.target.code in (None, "BRA", "ARG") for x in e)


def test_each_other_and_fused_compound_actors():
    e = code_text("Georgian and Russian forces accused each other of shelling the village.", date=PUB)
    pairs = {(x.source.code, x.target.code) for x in e if x.plover == "ACCUSE"}
    assert {("GEOMIL", "RUSMIL"), ("RUSMIL", "GEOMIL")} <= pairs


def test_agentless_passive_does_not_lend_its_subject():
    e = code_text("Aid agencies said the delta was flooded, destroying crops and killing hundreds of people.",
                  date=PUB)
    assert not [x for x in e if x.plover == "ASSAULT" and (x.source.role or "") == "NGO"]


def test_role_of_named_states():
    e = coded("The armies of Chile and Peru held joint exercises near the border.", "CHL")
    assert e and e[0].source.code == "CHLMIL" and e[0].target.code == "PERMIL"


def test_condition_names_who_must_act():
    e = coded("Ottawa warned that it will not lift its tariffs until Managua frees the jailed students.", "CAN", "NIC")
    assert e and e[0].plover == "REJECT"


def test_obligation_on_a_verb_outside_the_lexicon():
    e = coded("Germany said that Poland must reconsider the judicial reform.", "DEU", "POL")
    assert e and e[0].cameo == "100"


def test_igos_carry_no_country():
    e = coded("NATO condemned Russia's missile tests.", "IGO", "RUS")
    assert e and e[0].source.country is None and e[0].source.code.startswith("IGO")


def test_actor_deeper_in_the_clause_is_a_weaker_target():
    # The object is a thing; the country it concerns sits inside it.
    events = coded("The European Commission opened an inquiry into state subsidies paid by Hungary.", "IGOEU")
    deeper = [e for e in events if e.target is not None and e.target.code == "HUN"]
    assert deeper and deeper[0].plover == "ACCUSE"
    direct = [e for e in events if e.target is not None and e.target.code is None]
    assert all(d.confidence > deeper[0].confidence for d in direct)


def test_no_deeper_target_when_the_direct_one_is_known():
    events = coded("Norway sent medical teams to Liberia to help doctors from Ghana.", "NOR")
    assert {e.target.code for e in events if e.target is not None and e.plover == "AID"} >= {"LBR"}
    sent = [e for e in events if e.trigger.text.startswith("sent")]
    assert sent and not [e for e in sent if e.target is not None and e.target.code == "GHA"]


def test_statements_do_not_reach_deeper_actors():
    assert not coded("The minister said the talks on Libya went well.", "", "LBY")


def test_verdict_complement_names_the_act_and_the_accused():
    e = coded("A court in Lyon found the former mayor guilty of embezzlement.", "FRA")
    # PLOVER's manual: a conviction is SANCTION (mode convict), not an accusation
    assert e and e[0].plover == "SANCTION" and e[0].target is not None and "mayor" in e[0].target.text


def test_beside_a_known_target_deeper_parties_stay_uncoded():
    events = code_text("France imposed sanctions on Iran over its support for Hezbollah.", date=PUB)
    assert [e.target.code for e in events if e.trigger.text.startswith("imposed")] == ["IRN"]
    sanctions = [e for e in with_alternatives(events) if e.trigger.text.startswith("imposed")]
    assert [e.target.code for e in sanctions if e.target is not None and e.target.code] == ["IRN"]
    secondary = [e for e in sanctions if e.target is not None and e.target.text == "Hezbollah"]
    assert secondary and secondary[0].target.code is None
    assert secondary[0].confidence < max(e.confidence for e in sanctions)


def test_a_bare_role_target_leaves_room_for_a_deeper_country():
    events = coded("Denmark agreed to take in migrants stranded in Libya.", "DNK", alternatives=True)
    direct = [e for e in events if e.target is not None and e.target.role == "REF"]
    deeper = [e for e in events if e.target is not None and e.target.code == "LBY"]
    assert direct and deeper and deeper[0].confidence < direct[0].confidence


def test_a_known_organisation_target_keeps_deeper_countries_out():
    events = coded("Russia joined the US in supporting a UN resolution imposing sanctions against North Korea.", "RUS")
    assert not [e for e in events if e.target is not None and e.target.code == "PRK"]


def test_forces_posted_with_no_sender_named_are_the_party_present():
    events = coded("Hundreds of Turkish troops were deployed near the border with Syria.", "TUR")
    assert events and events[0].plover == "MOBILIZE" and events[0].source.code == "TURMIL"
    assert not coded("The new rules were deployed across Syria.", "")


def test_violence_by_an_unnamed_hand_keeps_its_victims():
    events = coded("A roadside bomb near Kirkuk killed two Iraqi soldiers.", "", "IRQ")
    assert events and events[0].plover == "ASSAULT" and events[0].source.code is None
    assert events[0].source.text == "roadside bomb"
    passive = coded("Four Nigerian civilians were killed in a suicide bombing.", "", "NGA")
    assert passive and passive[0].source.text == "suicide bombing"
    # Not every inanimate subject is a perpetrator: a blast is an attack only when a weapon made it.
    assert not coded("The drought killed two Iraqi farmers.", "", "IRQ")
    assert not coded("A gas explosion in a coal mine killed 56 Chinese miners.", "", "CHN")
    assert coded("A car bomb explosion killed two Iraqi soldiers.", "", "IRQ")


def test_an_unnamed_crowd_protests():
    events = coded("Hundreds of students rioted outside the parliament in Nairobi.", "")
    assert events and events[0].plover == "PROTEST" and events[0].source.text.endswith("students")


def test_a_dating_preposition_is_not_a_particle():
    e = coded("The German chancellor called the Turkish president on Monday to discuss trade.", "DEU", "TUR")
    assert e and e[0].plover == "CONSULT"
    e = coded("The German chancellor called on the Turkish president to release the journalists.", "DEU", "TUR")
    assert e and e[0].plover == "REQUEST"


def test_an_order_to_stop_restricts_a_demand_asks():
    ordered = coded("The Ugandan government ordered the opposition newspaper to suspend publication.", "UGA")
    assert ordered and ordered[0].plover == "COERCE"
    asked = coded("The Ugandan government demanded that the opposition newspaper suspend publication.", "UGA")
    assert asked and asked[0].plover == "REQUEST"
    summoned = coded("The Ugandan police ordered the former minister to appear for questioning.", "UGA")
    assert summoned and summoned[0].plover == "REQUEST"


def test_taking_over_a_named_place_is_occupation_not_a_takeover():
    e = coded("Ethiopian troops took over Mekelle on Saturday.", "ETH")
    assert e and e[0].cameo == "192"
    assert not [x for x in coded("The Ethiopian airline took over the company.", "") if x.cameo == "192"]


def test_two_sides_firing_across_a_line_fire_at_each_other():
    pairs = {(e.source.code, e.target.code) for e in coded("India and Pakistan fired across the border.", "")
             if e.target is not None and e.plover == "ASSAULT"}
    assert {("IND", "PAK"), ("PAK", "IND")} <= pairs


def test_an_arrest_with_no_authority_named_is_the_state_where_it_happened():
    e = coded("A Belgian engineer was arrested on Tuesday in Mali.", "MLI")
    assert e and e[0].plover == "COERCE" and e[0].target is not None and e[0].target.country == "BEL"
    # Only authorities' acts: a flood in Mali has no state behind it.
    assert not coded("A Belgian engineer was injured in Mali.", "MLI")


def test_held_responsible_for_violence_is_its_source():
    e = coded("The Sinaloa cartel was responsible for the killings of journalists in Mexico.", "")
    assert e and e[0].plover == "ASSAULT" and e[0].source.text.endswith("cartel")


def test_a_possessive_in_the_object_is_the_clause_subject():
    e = [x for x in coded("Canada finished its pullout of soldiers from Kandahar in 2011.", "CAN")
         if x.cameo_root == "08"]
    assert e and e[0].source.text == "Canada"


def test_his_country_points_at_the_speaker_and_codes_the_state():
    e = coded("The Ghanaian president told reporters his country would never lift its ban on Nigerian rice.", "GHA",
              "NGA")
    assert e and e[0].source.code == "GHA" and e[0].source.text == "Ghanaian president"


def test_a_role_placed_by_a_preposition_spans_the_whole_phrase():
    e = coded("Dozens of hostages were freed by rebel forces in Mali.", "MLI")
    assert e and e[0].source.code == "MLIREB" and e[0].source.text == "rebel forces in Mali"
    assert e[0].target is not None and e[0].target.text == "hostages"


def test_an_act_with_no_party_concerns_the_place_it_falls_on():
    e = coded("The Bolivian government declared a curfew in the eastern town.", "BOL", alternatives=True)
    placed = [x for x in e if x.target is not None and x.target.text.endswith("town")]
    assert placed and placed[0].target.code is None and placed[0].plover == "COERCE"


def test_a_stated_refusal_of_an_intent_verb_is_a_rejection():
    e = coded("Poland says it will not accept the relocated migrants.", "POL")
    assert e and e[0].plover == "REJECT" and e[0].modality == "asserted"
    e = coded("Poland will accept the relocated migrants.", "POL")
    assert e and e[0].plover == "AGREE"


def test_the_direct_object_decides_before_a_prepositional_one():
    e = coded("Norway suspended its aid to Somalia because of the fighting.", "NOR", "SOM")
    assert e and e[0].plover == "SANCTION"


def test_opening_borders_to_refugees_is_shelter():
    e = coded("Jordan opened its borders to Syrian refugees.", "JOR")
    assert e and e[0].plover == "AID"
    e = coded("Jordan opened its borders to Syrian traders.", "JOR")
    assert e and e[0].plover != "AID"


def test_vocabulary_for_refuge_honours_and_reneging():
    assert coded("Some 3,000 Afghans sought refuge in Pakistan.", "AFG", "PAK")[0].plover == "REQUEST"
    medal = coded("Kosovo awarded a medal to the Albanian president.", "XKX", "ALB")[0]
    assert medal.plover == "SUPPORT" and medal.source.code == "KSV"  # CAMEO's code, ISO's country
    assert coded("Washington reneged on its pledge to Iran.", "USA")[0].plover == "REJECT"


def test_criticism_faced_comes_from_its_author():
    e = coded("The Iranian government faces strong criticism from the UN over the arrests.", "IGOUNO", "IRN")
    assert e and e[0].plover == "ACCUSE"


def test_guilty_of_violating_a_truce_binds_both_parties():
    events = [e for e in coded("The Nepalese army and the Maoist rebels are both guilty of breaching the truce.", "")
              if e.target is not None and e.cameo == "196"]
    # within one country the two directions are one event (EVENTS.md rule 3), the other an alternative
    pairs = {(r.source.code, r.target.code) for e in events for r in (e, *e.alternatives) if r.target is not None}
    assert len(events) == 1 and ("NPLMIL", "NPLREB") in pairs and ("NPLREB", "NPLMIL") in pairs


def test_drills_held_by_two_countries_are_joint_cooperation():
    pairs = {(e.source.code, e.target.code, e.plover) for e in coded(
        "Egypt and Greece began naval drills near Libya.", "") if e.target is not None}
    assert ("EGY", "GRC", "COOPERATE") in pairs and ("GRC", "EGY", "COOPERATE") in pairs
    assert not [p for p in pairs if p[1] == "LBY"]


def test_a_declared_cessation_of_hostilities_is_a_ceasefire():
    e = coded("The Sudanese president declared a cessation of hostilities in Darfur.", "SDN")
    assert e and e[0].cameo == "0871"


def test_a_quantity_of_goods_is_read_through_to_the_goods():
    e = coded("The Red Cross flew 20 tons of medicine into Yemen.", "", "YEM")
    assert e and e[0].plover == "AID"


def test_spans_of_time_and_series_are_read_through_to_the_event():
    e = coded("French and Egyptian warships launched ten days of war games in the Mediterranean.", "FRA", "EGY")
    assert e and e[0].plover == "COOPERATE"
    e = coded("Norway speeded up the withdrawal of its troops from Mali.", "NOR", "MLI")
    assert e and e[0].cameo_root == "08"


def test_people_defined_by_a_relation_to_x_are_not_x():
    e = code_text("Peru's creditors said on Friday that Peru must cut spending.", date=PUB)
    demands = [x for x in e if x.plover == "REQUEST"]
    assert demands and demands[0].source.code is None and demands[0].target.code == "PER"


def test_an_unnamed_speaker_group_is_the_pronoun_subject():
    e = code_text("The nurses said they would not end their walkout until the hospital company paid them more.",
                  date=PUB)
    refusals = [x for x in e if x.plover == "REJECT"]
    # the company is a bare role with no country: kept as text and role, uncoded (it counts nowhere)
    assert refusals and refusals[0].source.text == "nurses" and refusals[0].target.role == "BUS"
    assert refusals[0].target.code is None


def test_a_bare_role_deeper_in_the_clause_is_a_weaker_target_but_not_a_qualifier():
    e = code_text("A Kurdish militia announced it will return the military bases it seized from the government.",
                  date=PUB)
    # the bare role is uncoded (no country), so its reading stays an alternative of the act
    readings = [r for x in e for r in (x, *x.alternatives)]
    targets = {r.target.text for r in readings if r.target is not None}
    assert "government" in targets and "military" not in targets


def test_a_qualifier_names_the_event_its_noun_does_not():
    e = coded("The Arab League chief undertook a mediation mission between Syria and Lebanon.", "IGO", "SYR")
    assert e and e[0].cameo == "045"


def test_an_act_conditional_on_the_other_side_is_a_threat():
    e = coded("Nigeria said it will withdraw its troops from Chad unless the rebels accept a truce.", "NGA", "TCD")
    assert e and e[0].plover == "THREATEN"
    e = coded("Nigeria said it will withdraw its troops from Chad next year.", "NGA", "TCD")
    assert e and e[0].plover != "THREATEN"


def test_protest_vocabulary_stones_and_stopped_work():
    assert coded("Palestinian youths threw stones at Israeli soldiers.", "PSE", "ISR")[0].plover == "PROTEST"
    assert coded("Serbian workers stopped work on Monday.", "SRB")[0].plover == "PROTEST"


def test_receiving_observers_allows_international_involvement():
    e = coded("The Kyrgyz prime minister received a mission of observers from the OSCE.", "KGZ", "IGO")
    assert e and e[0].cameo == "0862"


def test_material_support_and_taking_people_in_are_aid():
    assert coded("Japan supported humanitarian assistance to the Yemenis.", "JPN", "YEM")[0].plover == "AID"
    assert coded("Germany accepts 1,500 refugees from Greece.", "DEU")[0].cameo == "075"
    assert coded("Germany accepts the proposal from Greece.", "DEU")[0].plover == "AGREE"


def test_a_threat_is_against_whom_the_threatened_act_would_hit():
    e = [x for x in coded("The Russian envoy threatened that Moscow would cut all ties with Georgia.", "RUS")
         if x.plover == "THREATEN"]
    assert e and e[0].target.code == "GEO"


def test_a_people_placed_in_another_state_are_its_residents():
    e = coded("Ethnic Albanians in southern Serbia are demanding autonomy from the Serbian authorities.", "SRB")
    assert e and e[0].source.code == "SRBCVL"
    assert coded("Albanians protested against the new law.", "ALB")


def test_leaders_of_a_group_speak_for_it():
    e = coded("Leaders of the opposition coalition in Azerbaijan agreed to postpone the rally.", "AZE")
    assert e and e[0].source.role == "OPP"


def test_whom_force_is_used_on_is_the_object_known_or_not():
    e = coded("Kenyan police detained three men over the bombing of the Ugandan ambassador's car.", "",
              alternatives=True)
    detained = sorted((x for x in e if x.cameo == "173"), key=lambda x: -x.confidence)
    assert detained and detained[0].target.text == "men"
    assert all(x.confidence < detained[0].confidence for x in detained[1:])


def test_an_act_on_alert_falls_on_its_place():
    e = coded("Greek soldiers stayed on high alert along the eastern border region.", "GRC", alternatives=True)
    assert any(x.target is not None and x.target.text.endswith("region") for x in e)


def test_passive_returns_meetings_over_a_meal_and_lower_tariffs():
    e = coded("The looted statue was returned by French officials to the Malian authorities.", "FRA", "MLI")
    assert e and e[0].plover == "RETREAT"
    e = coded("The Indian prime minister had talks with the Chinese president.", "IND", "CHN")
    assert e and e[0].plover == "CONSULT"
    assert coded("The US reduced tariffs on Chinese steel.", "USA", "CHN")[0].cameo == "085"


def test_an_adjective_role_word_is_no_deeper_party():
    e = coded("A Greek prosecutor is seeking prison sentences for the two suspects, according to the charge sheet, "
              "which the court has not made public.", "GRC")
    assert e and not [x for x in e if x.target is not None and x.target.text == "public"]


def test_a_nominal_agent_and_a_court_setting_aside_an_order():
    e = coded("Attacks by Taliban fighters on Kabul airport continued on Monday.", "AFG")
    assert e and e[0].plover == "ASSAULT" and e[0].source.text == "Taliban fighters"
    e = coded("The Indian Supreme Court quashed the detention orders.", "IND")
    assert e and e[0].plover == "REJECT"


def test_warrants_and_prolonged_sanctions():
    e = coded("Police in Brazil issued an arrest warrant on Friday for the Bolivian trader.", "BRA")
    assert e and e[0].plover == "COERCE"
    e = coded("The African Union is prolonging its sanctions on the Guinean junta.", "IGO", "GIN")
    assert e and e[0].cameo == "163"


def test_cooperation_between_two_partners_is_mutual():
    pairs = {(e.source.code, e.target.code) for e in coded(
        "Cooperation between Kenya and Uganda on border security was strengthened last year.", "")
        if e.target is not None and e.plover == "COOPERATE"}
    assert pairs == {("KEN", "UGA"), ("UGA", "KEN")}


def test_an_increase_in_an_act_is_more_of_it():
    e = coded("Japan announced a threefold increase in grants to Laos.", "JPN", "LAO")
    assert e and e[0].plover == "AID"


def test_plover_conventions_for_cancelled_visits_and_prison_sentences():
    # PLOVER manual: cancelled meetings are REJECT; convictions that imprison are COERCE.
    e = coded("The Nigerian leader cancelled his planned trip to London.", "NGA", "GBR")
    assert e and e[0].plover == "REJECT"
    e = coded("A Moroccan court sentenced the activist to two years in prison.", "MAR")
    assert e and e[0].plover == "COERCE"


def test_an_order_to_jail_is_the_arrest_and_granting_a_request_yields():
    e = coded("A Bolivian judge has ordered four former officials jailed.", "BOL")
    assert e and e[0].cameo == "173"
    e = coded("The defense secretary approved a request from the health ministry for help.", "")
    assert e and e[0].plover == "CONCEDE"


def test_partners_ceasefire_falls_on_a_place_and_owners_are_not_ones_own():
    e = coded("Sudan and Chad declared a truce in Darfur.", "", alternatives=True)
    assert any(x.target is not None and x.target.text == "Darfur" and x.target.code is None for x in e)
    e = coded("The United States returned a stolen portrait to its owner.", "USA")
    assert e and e[0].target is not None and e[0].target.text == "its owner"


def test_the_place_of_an_act_counts_beside_other_weak_readings():
    e = coded("Nigerian officials ordered a curfew across parts of Kano state following clashes that left six dead.",
              "NGA", alternatives=True)
    assert any(x.target is not None and x.target.text == "parts" and x.target.code is None for x in e)


def test_extradition_is_one_act_of_cooperation_with_the_receiving_state():
    # the CAMEO manual on 063: the state the suspect is sent to is the target, not the suspect
    events = code_text("Colombia extradited an alleged cartel financier to Spain on Friday.", date=PUB)
    by_target = {e.target.text: e for e in events if e.source.code == "COL" and e.target is not None}
    assert by_target["Spain"].plover == "COOPERATE" and by_target["Spain"].cameo == "063"
    # the act against the suspect is a reading held beside it, never counted
    assert all(e.confidence < 0.6 for t, e in by_target.items() if "financier" in t)
    from helpers import asserted_triples

    assert {t[2] for t in asserted_triples("Colombia extradited an alleged cartel financier to Spain on Friday.")
            if t[0] == "COL"} == {"COOPERATE"}
    # Without a destination only the act against the suspect is coded.
    alone = coded("Brazil extradited a former mayor wanted for fraud.", "BRA")
    assert alone and {e.plover for e in alone} == {"ACCUSE"}


def test_set_free_and_let_free_are_releases():
    for text in ("Eritrea set free a jailed Swedish journalist.", "Eritrea let free a jailed Swedish journalist."):
        e = coded(text, "ERI")
        assert e and e[0].cameo == "0841" and "journalist" in e[0].target.text, text


def test_statement_placing_blame_is_an_accusation():
    e = coded("Ukraine says Russia was behind the cyberattack.", "UKR", "RUS")
    assert e and e[0].cameo == "112" and e[0].plover == "ACCUSE"
    assert not coded("Israel said Hezbollah was not responsible for the blast.", "ISR", "LBN")


def test_verb_misparsed_as_participle_of_the_root_noun_keeps_its_subject():
    # The small parser reads "called" as "a report (that was) called ..."; no other verb follows.
    e = coded("A Canadian parliamentary report called for sanctions against Myanmar over the abuses.", "CAN", "MMR")
    assert e and e[0].plover == "ACCUSE"


def test_known_actor_misparsed_as_adverb_is_the_subject():
    # en_core_web_sm tags "USAID" here as an adverb modifying "provided".
    e = coded("USAID provided tents to 30,000 families in Haiti.", "USA")
    assert e and e[0].plover == "AID" and e[0].target is not None and "families" in e[0].target.text


def test_name_parsed_as_predicate_of_call_is_the_one_called():
    # en_core_web_sm reads the name as in "called him a liar"; with no object it is whom was called.
    e = coded("Kenyan President William Ruto called Ethiopian Prime Minister Abiy Ahmed on Monday.", "KEN", "ETH")
    assert e and e[0].plover == "CONSULT"
    assert not coded("The Kremlin called the drills routine.", "RUS")


def test_purpose_of_a_call_is_towards_the_one_called_not_the_possessor():
    events = code_text("Kenyan President William Ruto called Ethiopian Prime Minister Abiy Ahmed on Monday "
                       "to express Kenya's support.", date=PUB)
    support = [e for e in events if e.plover == "SUPPORT"]
    assert support and all(e.target is not None and e.target.code == "ETHGOV" for e in support)


def test_withdrawn_forces_are_the_means_and_the_place_left_the_target():
    e = coded("The UN withdrew its monitors from the Golan after the shelling.", "IGOUNO")
    assert e and e[0].plover == "SANCTION" and e[0].target is not None and "Golan" in e[0].target.text


def test_sending_investigators_is_the_investigation():
    e = coded("Germany has sent five forensic experts to Lebanon to investigate the port blast.", "DEU", "LBN")
    assert e and e[0].plover == "ACCUSE" and e[0].cameo.startswith("09")
    # Sending experts for anything else stays aid.
    e = coded("Germany has sent a team of experts to Lebanon to rebuild the port.", "DEU", "LBN")
    assert e and e[0].plover != "ACCUSE"


def test_pronoun_in_a_lower_clause_takes_the_subject_before_it():
    e = coded("Former German Chancellor Angela Merkel ended a week in Madrid, where she met Spanish Prime "
              "Minister Pedro Sanchez.", "DEU", "ESP")
    assert e and e[0].plover == "CONSULT" and "Merkel" in e[0].source.text
    # "it" does not reach back to a person.
    events = coded("Pedro Sanchez visited the port, where it met the Moroccan navy.", "ESP", "MAR")
    assert all(e.trigger.text != "met" for e in events)


def test_partner_of_a_meal_hung_on_the_light_verb():
    e = coded("Former British Prime Minister Tony Blair had dinner with Kenyan President Uhuru Kenyatta.", "GBR", "KEN")
    assert e and e[0].plover == "CONSULT"


def test_abuse_suffered_in_custody_is_done_by_the_custodian():
    events = code_text("A Baloch student activist died in police custody in Quetta after torture.", date=PUB)
    e = [x for x in events if x.plover == "ASSAULT"]
    assert e and "custody" in e[0].source.text and "activist" in e[0].target.text
    # Without a place of custody there is no one to hold responsible.
    assert not [x for x in code_text("A Baloch student activist died after torture.", date=PUB)
                if x.plover == "ASSAULT"]


def test_invitation_to_visit_is_an_offer_to_meet():
    e = coded("Chinese President Xi Jinping invited Kenyan President William Ruto to visit Beijing.", "CHN", "KEN")
    assert e and e[0].cameo == "036" and e[0].plover == "AGREE"


def test_attack_on_a_policy_is_criticism_and_on_a_base_is_force():
    e = coded("The Kenyan opposition launched a fierce attack on the government's budget.", "KEN")
    assert e and e[0].plover == "ACCUSE"
    e = coded("Al-Shabaab launched an attack on a Kenyan army base.", "SOM", "KEN")
    assert e and e[0].plover == "ASSAULT"


def test_a_letter_carries_the_act_it_performs_towards_its_addressee():
    e = coded("Indonesia's president sent a letter to the WTO director general threatening to quit the "
              "organization.", "IDN", "IGO")
    assert e and e[0].plover == "THREATEN"
    # A plain statement's participle is its own event, not what the statement carries.
    e = coded("Egypt's foreign ministry denied the reports, calling on the press to check its facts.", "EGY")
    assert all(x.plover != "REQUEST" or x.trigger.text != "denied" for x in e)


def test_reported_prohibition_is_a_demand_on_whom_it_binds():
    e = coded("Macron said Russia cannot be allowed to win the war.", "FRA", "RUS")
    assert e and e[0].plover == "REQUEST" and e[0].quad_class == 3
    assert not coded("Macron said Russia was allowed to keep its fleet.", "FRA", "RUS")


def test_rivals_of_a_government_are_not_the_government():
    events = code_text("Rivals of the Haitian cabinet say they will boycott the talks.", date=PUB)
    assert events and all(e.source.code != "HTIGOV" for e in events)
    assert any(e.source.text.startswith("Rivals") and e.plover == "REJECT" for e in events)


def test_commitment_needs_no_recipient():
    # PLOVER: AGREE does not require a recipient.
    e = coded("Trade Minister Maria Lopez said Uruguay is committed to opening up its markets.", "URY")
    assert e and e[0].plover == "AGREE" and e[0].target is None


def test_a_known_actor_refusing_needs_no_recipient_but_an_unknown_one_is_no_event():
    e = coded("Poland refused.", "POL")
    assert e and e[0].plover == "REJECT" and e[0].target is None
    assert not [x for x in code_text("It alleges that the deal is a fraud.", date=PUB) if x.plover == "ACCUSE"]
    # A trailing participle the parser hangs on the wrong clause lends no recipient-less threat.
    events = code_text("Berlin police are evacuating the central station as they search for explosives after "
                       "receiving an anonymous call from a man threatening", date=PUB)
    assert not [x for x in events if x.plover == "THREATEN"]


def test_an_offer_of_cooperation_is_an_intent_to_cooperate():
    e = coded("A Russian envoy offered concessions to the United States in the arms talks.", "RUS", "USA")
    assert e and e[0].cameo.startswith("03") and e[0].plover == "AGREE"


def test_troops_sent_are_the_means_and_whom_they_help_the_target():
    e = coded("Russia sent troops to help Assad.", "RUS")
    assert e and all(x.target is not None and x.target.code == "SYRGOV" for x in e)


def test_they_after_a_singular_person_is_not_that_person():
    events = code_text("The Australian premier issued an ultimatum to her coalition partners after they threatened "
                       "to quit.", date=PUB)
    assert all(not (e.trigger.text == "threatened" and "premier" in e.source.text) for e in events)
    ultimatum = [e for e in events if e.trigger.text == "issued"]
    assert ultimatum and ultimatum[0].target is not None and "partners" in ultimatum[0].target.text


def test_an_agreement_is_between_those_who_made_it_whatever_it_concerns():
    pairs = {(e.source.code, e.target.code) for e in coded(
        "Kenya and Uganda agreed to open their border to traders from South Sudan.", "") if e.target is not None}
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= pairs


def test_an_uncoded_partner_in_a_joint_subject_still_acted():
    events = code_text("Qatar and its Gulf allies agreed to hold a joint naval exercise.", date=PUB)
    assert any(e.source.code == "QAT" and e.target is not None and "allies" in e.target.text for e in events)


def test_put_under_investigation_or_arrest_and_hearings():
    e = coded("A British national has been put under investigation in Spain for her role in the riots.", "ESP")
    assert e and e[0].plover == "ACCUSE"
    e = coded("Turkish police placed the Kurdish mayor under house arrest.", "TUR")
    assert e and e[0].plover == "COERCE"
    e = coded("The Senate committee held a hearing on Russian interference.", "", "RUS")
    assert e and e[0].plover == "ACCUSE"


def test_withholding_permission_is_a_refusal_and_a_search_for_evidence_an_investigation():
    e = coded("Egypt did not allow the aid convoy to enter.", "EGY")
    assert e and e[0].plover == "REJECT" and e[0].modality == "asserted"
    e = coded("Turkish police searched the Saudi consul's residence for evidence.", "TUR", "SAU")
    assert e and e[0].plover == "ACCUSE"


def test_a_date_phrase_does_not_choose_the_verb_entry():
    # "meet its end" is not a meeting, but "at the end of August" only dates one.
    e = coded("Indonesian President Joko Widodo meets Japanese Prime Minister Fumio Kishida at the Akasaka Palace "
              "at the end of May.", "IDN", "JPN")
    assert e and e[0].plover == "CONSULT"


def test_a_fronted_adjunct_names_no_argument_of_the_verb():
    e = coded("On a trip to Senegal, Spain's prime minister voiced his strong support for President Macky Sall.",
              "ESP")
    supported = [x for x in e if x.trigger.text == "voiced"]
    assert supported and "Sall" in supported[0].target.text


def test_dropping_an_investigation_or_revoking_a_detention_order_yields():
    e = coded("A court in Quito has revoked the detention order against former minister Juan Perez.", "ECU")
    assert e and e[0].plover == "CONCEDE"
    events = code_text("Under pressure from Washington, the court dropped its investigation of Kenyan police officers.",
                       date=PUB)
    dropped = [x for x in events if x.trigger.text == "dropped"]
    assert dropped and all(x.target is None or x.target.code != "USA" for x in dropped)


def test_a_meeting_between_parties_acts_through_them():
    pairs = {(e.source.code, e.target.code, e.plover) for e in coded(
        "The summit between Peru and Ecuador failed to reach agreement on fishing rights.", "")
        if e.target is not None}
    assert ("PER", "ECU", "REJECT") in pairs and ("ECU", "PER", "REJECT") in pairs


def test_possessor_of_an_act_done_to_someone_is_its_target():
    e = coded("A Maltese court ordered the Libyan freighter's release.", "")
    release = [x for x in e if x.cameo == "0841"]
    assert release and release[0].target is not None and release[0].target.country == "LBY"
    e = coded("Russia's invasion of Ukraine was condemned by the UN.", "IGOUNO", "RUS")
    assert e, "the invader is still who is condemned"


def test_object_pronoun_in_an_adverbial_clause():
    e = coded("Jean Mukendi was freed Friday after Congolese President Felix Tshisekedi pardoned him.", "COD")
    pardon = [x for x in e if x.trigger.text == "pardoned"]
    assert pardon and pardon[0].target is not None and "Mukendi" in pardon[0].target.text
    e = coded("Boko Haram fighters held 80 farmers in Gwoza to use them as a human shield.", "NGA")
    shields = [x for x in e if x.trigger.text == "use"]
    assert shields and "farmers" in shields[0].target.text


def test_peacekeepers_sent_are_the_means():
    e = coded("Japan will send peacekeepers to help the Haitian police.", "JPN")
    assert e and all(x.target is not None and x.target.code == "HTICOP" for x in e)


def test_conjoined_object_of_a_receiving_verb_comes_from_the_giver():
    e = coded("The Nigerian-led force has received weapons and financial support from the Dutch army.", "NLD")
    assert e and e[0].plover == "AID" and "force" in e[0].target.text


def test_second_passive_participle_has_no_agent_in_its_patient():
    events = code_text("Ali Haidari, an alleged insurgent, was beaten and killed in a hidden jail.", date=PUB)
    assert all("Haidari" not in e.source.text for e in events)


def test_antecedents_are_not_reached_across_loose_links_or_from_things():
    events = code_text("A senior Israeli diplomat has met with a Pentagon analyst being investigated by the FBI on "
                       "suspicion he passed classified information to Israel.", date=PUB)
    assert not [e for e in events if e.trigger.text == "passed" and "diplomat" in e.source.text]
    events = code_text("The prime minister said he had held private meetings with representatives of insurgent groups "
                       "to persuade them to accept a government amnesty offer.", date=PUB)
    assert not [e for e in events if "meetings" in e.source.text]


def test_attacking_armed_positions_is_an_assault_not_an_accusation():
    events = code_text("Colombian army helicopters attacked guerrilla positions in the jungle.", date=PUB)
    assert [e for e in events if e.plover == "ASSAULT" and e.source.code == "COLMIL"]
    assert not [e for e in events if e.plover == "ACCUSE"]


def test_armed_men_attacking_government_positions_fight():
    events = code_text("Maoist rebels attacked government positions near Kathmandu overnight.", date=PUB)
    assert [e for e in events if e.plover == "ASSAULT" and e.source.code == "NPLREB"]
    assert not [e for e in events if e.plover == "ACCUSE"]
    events = code_text("The rebels kept attacking government positions near Kathmandu.", date=PUB)
    assert [e for e in events if e.plover == "ASSAULT"] and not [e for e in events if e.plover == "ACCUSE"]
    # a politician attacking the same words attacks a stance
    events = code_text("Nepal's opposition leader attacked government positions on the budget.", date=PUB)
    assert [e for e in events if e.plover == "ACCUSE"] and not [e for e in events if e.plover == "ASSAULT"]


def test_attacking_a_stance_is_an_accusation_not_an_assault():
    events = code_text("The Chilean senator attacked the government's position on pensions.", date=PUB)
    assert [e for e in events if e.plover == "ACCUSE"]
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_relation_named_as_background_is_no_event():
    events = code_text("The bombing was linked to Turkey's fight against Kurdish rebels.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT" and e.source.code and e.source.code.startswith("TUR")]


def test_a_possessed_act_as_subject_is_still_reported():
    events = code_text("Turkey's offensive against Kurdish rebels in Iraq drew protests.", date=PUB)
    assert [e for e in events if e.plover == "ASSAULT" and e.source.code == "TUR"]


@pytest.mark.parametrize("text", [
    "The Chilean president is fighting to keep his credibility.",
    "Toyota attacked the Chinese market with a cheaper model.",
    "Brazil beat Argentina 2-1 in the World Cup qualifier.",
])
def test_metaphor_business_and_sport_are_not_force(text):
    assert not [e for e in code_text(text, date=PUB) if e.plover == "ASSAULT"]


def test_armed_battles_fought_by_two_sides_are_force_both_ways():
    events = code_text("Chilean troops and Argentine gunmen fought fierce battles near the border.", date=PUB)
    pairs = {(e.source.code, e.target.code) for e in events if e.plover == "ASSAULT" and e.target is not None}
    assert {("CHLMIL", "ARGREB"), ("ARGREB", "CHLMIL")} <= pairs
    assert not code_text("The Chilean senator fought a long legal battle with the court.", date=PUB)


def test_the_accused_did_what_they_are_accused_of_as_reported():
    events = code_text("Peru accused Chile of shelling Peruvian border posts.", date=PUB)
    assert [e for e in events if e.plover == "ACCUSE" and e.source.code == "PER" and e.target.code == "CHL"]
    assert [e for e in events if e.plover == "ASSAULT" and e.source.code == "CHL"]
    assert not [e for e in events if e.plover == "ASSAULT" and e.source.code == "PER"]


def test_a_plotted_attack_is_not_asserted():
    events = code_text("Five officers were accused of plotting to overthrow the Peruvian president by "
                       "bombing his car.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT" and e.modality == "asserted"]


def test_taking_over_as_a_leader_is_taking_office_not_seizing():
    events = code_text("Gordon Brown, taking over as Britain's prime minister on Wednesday, is a former finance "
                       "minister.", date="2007-06-20")
    assert not [e for e in events if e.plover == "ASSAULT"]
    seized = code_text("Sudanese rebels took over the town of Kutum on Sunday.", date="2007-06-20")
    assert [(e.source.code, e.plover) for e in seized] == [("SDNREB", "ASSAULT")]


def test_co_subjects_of_a_fight_are_allies_not_opponents():
    events = code_text("Afghan and American troops battled Taliban fighters in Helmand province on Sunday.",
                       date="2019-05-02")
    pairs = {(e.source.country, e.target.country if e.target else None) for e in events if e.plover == "ASSAULT"}
    assert ("USA", "AFG") in pairs and ("AFG", "USA") in pairs  # each side against the Taliban
    assert not [e for e in events if e.plover == "ASSAULT" and {e.source.code, e.target and e.target.code}
                == {"AFGMIL", "USAMIL"}], "the two armies fought side by side"


def test_seeking_to_do_something_is_an_attempt_not_a_request():
    assert not [e for e in code_text("The Danish prime minister sought to calm speculation about the Social "
                                     "Democrats.", date="2019-05-02") if e.plover == "REQUEST"]
    asked = code_text("Mexico sought help from the United States.", date="2019-05-02")
    assert [(e.source.code, e.target.code) for e in asked if e.plover == "REQUEST"] == [("MEX", "USA")]


def test_a_party_inside_a_relative_clause_is_not_the_acts():
    events = code_text("Peru pledged to punish the officers who abused a Bolivian student.", date="2019-05-02")
    pledged = [e for e in events if e.trigger.text == "pledged"]
    assert pledged and all(e.target is None or e.target.country != "BOL" for e in pledged)


def test_the_demand_of_a_vetoed_resolution_is_not_the_vetoers():
    events = code_text("Russia on Monday vetoed a draft resolution demanding a withdrawal of Syrian forces from "
                       "Aleppo.", date="2019-05-02")
    assert [e.plover for e in events if e.source.code == "RUS"] == ["REJECT"]
    report = code_text("Amnesty put out a report accusing Egypt of torture.", date="2019-05-02")
    assert [(e.source.code, e.target.code) for e in report if e.plover == "ACCUSE"] == [("NGOHRIAMN", "EGY")]


def test_seizing_people_is_abduction_seizing_goods_confiscation():
    people = coded("Pirates in Somalia seized two Danish sailors and their cargo ship.", "SOM")
    assert people and people[0].cameo == "181" and people[0].plover == "ASSAULT"
    nationals = coded("Militants in Yemen seized four Germans near the port.", "YEM", "DEU")
    assert nationals and nationals[0].cameo == "181"
    goods = coded("Police in Peru seized three tonnes of cocaine.", "PER")
    assert goods and all(e.cameo != "181" for e in goods)


def test_conjoined_passive_shares_its_patient_and_the_state_acts():
    events = coded("A Thai senator was arrested in Bangkok and charged with bribery.", "THA", "THA")
    assert {e.plover for e in events} >= {"COERCE", "ACCUSE"}
    # The one arrested charges no one, and the charge is not aimed at the offence.
    everything = code_text("A Thai senator was arrested in Bangkok and charged with bribery.", date=PUB)
    assert not [e for e in everything if e.source.role == "LEG"]
    assert all(e.target is not None and e.target.code for e in everything)


def test_conjoined_participle_with_its_own_agent_is_not_the_states():
    events = code_text("Two Kenyan journalists were detained and questioned by gunmen.", date=PUB)
    assert not [e for e in events if e.trigger.text == "questioned" and (e.source.code or "").startswith("KEN")]


def test_relative_clause_act_is_its_antecedents():
    events = coded("Militants in Yemen who kidnapped two Dutch engineers are demanding a ransom.", "YEM", "NLD")
    assert events and events[0].plover == "ASSAULT"


def test_relative_clause_of_an_event_noun_names_no_agent():
    events = code_text("The memo follows a review by the FBI and the Justice Department of the raid that killed "
                       "nearly 200 people in Chechnya.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT" and e.source.code]


def test_talks_between_two_states_reported_happening_are_consultation_both_ways():
    events = code_text("Talks between Ethiopia and Eritrea resumed on Monday in Algiers.", date=PUB)
    pairs = {(e.source.country, e.target.country) for e in events if e.plover == "CONSULT" and e.target}
    assert pairs == {("ETH", "ERI"), ("ERI", "ETH")}
    for text in ("Talks between Ethiopia and Eritrea will resume next week.",
                 "Talks between Ethiopia and Eritrea were cancelled.",
                 "Analysts doubted that talks between Ethiopia and Eritrea could succeed."):
        assert not [e for e in code_text(text, date=PUB) if e.plover == "CONSULT"], text


def test_an_intent_told_in_the_future_is_an_agree_stated_now():
    e = coded("Japan will offer to help Indonesia rebuild its ports.", "JPN", "IDN")
    assert e and e[0].plover == "AGREE" and e[0].modality == "asserted"
    maybe = coded("Iran could agree to new talks with Britain.", "IRN", "GBR")
    assert maybe and all(x.modality == "hypothetical" for x in maybe)


def test_taking_people_hostage_with_the_complement_parsed_as_a_second_object():
    e = coded("Gunmen in Iraq took two Italian women hostage on Tuesday.", "IRQ", "ITA")
    assert e and e[0].cameo == "181" and e[0].plover == "ASSAULT"


def test_an_arrest_reported_by_the_police_is_their_states_act_on_the_ones_arrested():
    events = code_text("Four soldiers have been charged with the killing of a Kenyan fisherman, the Indian army said.",
                       date=PUB)
    charges = [e for e in events if e.plover == "ACCUSE"]
    assert charges and charges[0].source.code == "INDJUD" and charges[0].target.code == "INDMIL"
    assert not [e for e in events if e.target is not None and e.target.country == "KEN" and e.plover != "ASSAULT"]
    # The act charged is the soldiers' own, as reported (EVENTS.md rule 4), one event.
    assert [(e.source.code, e.target.country) for e in events if e.plover == "ASSAULT"] == [("INDMIL", "KEN")]
    # A diplomat reporting an arrest abroad did not make it.
    told = code_text("Two men were arrested over the attack, a British diplomat said.", date=PUB)
    assert not [e for e in told if e.source.country == "GBR"]


def test_the_promisers_own_side_acting_in_the_promise_is_not_its_recipient():
    events = code_text("The Kenyan president made a promise that the ruling party would not raise taxes.",
                       date="2019-05-02")
    promise = [e for e in events if e.plover == "AGREE" and e.source.code]
    assert promise and all(e.target is None or e.target.country != "KEN" for e in promise)
    # Another state named in what is promised is the party it concerns.
    events = code_text("The Kenyan president renewed his pledge that Uganda would get aid.", date="2019-05-02")
    assert any(e.plover == "AGREE" and e.target is not None and e.target.code == "UGA" for e in events)


def test_a_person_remanded_at_home_is_that_states_not_a_topics():
    events = code_text("A Portuguese court remanded Tayeb Harouni in custody over alleged Syrian links.",
                       date="2019-05-02")
    held = [e for e in events if e.plover == "COERCE" and e.source.code]
    assert held and all(e.target is not None and e.target.country == "PRT" for e in held)


def test_whom_an_attack_was_aimed_at_is_not_who_killed():
    # The subject or passive agent is an attack noun: its "on" object was hit, it did nothing.
    events = code_text("A rocket attack on a Kenyan police post killed three officers, witnesses said.",
                       date="2019-05-02")
    assert not [e for e in events if e.plover == "ASSAULT" and (e.source.code or "").startswith("KEN")]
    events = code_text("Two Swiss guards were wounded by a grenade attack on a Swiss consulate in Lagos.",
                       date="2019-05-02")
    assert not [e for e in events if e.source.code and e.source.country == "CHE"]
    # An attack's own agent still is.
    events = code_text("An attack by Somali militants killed three Kenyan officers.", date="2019-05-02")
    assert any(e.source.code == "SOMREB" and e.target is not None and e.target.country == "KEN" for e in events)


def test_a_subordinate_clauses_own_subject_acts_even_when_misparsed():
    # The small parser may read the clause's subject as the object of "after"; the clause still
    # has its own subject and does not inherit the main clause's.
    events = code_text("Norway withdrew its Minsk envoy after Belarus threatened to expel diplomats if the "
                       "sanctions stayed.", date="2019-05-02")
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats and all(e.source.country == "BLR" for e in threats)
    assert not [e for e in events if e.source.country == "NOR" and e.plover == "THREATEN"]


def test_standing_trial_is_done_to_the_subject_by_the_state_it_happens_in():
    events = code_text("In Portugal, five men have gone on trial for smuggling arms.", date=PUB)
    trial = [e for e in events if e.plover == "ACCUSE"]
    assert [(e.source.code, e.target.country) for e in trial] == [("PRTJUD", "PRT")]
    # the accused accuse no one
    assert not [e for e in events if e.source.text.endswith("men")]
    events = code_text("A Kenyan businessman appeared in court in Tanzania on fraud charges.", date=PUB)
    assert [(e.source.code, e.target.code) for e in events if e.plover == "ACCUSE"] == [("TZAJUD", "KENBUS")]


def test_a_noun_a_charge_participle_modifies_is_charged_by_the_state():
    # "officials indicted for fraud": the bare participle's noun undergoes the charge, as "stood trial"
    events = code_text("Two Ghanaian officials indicted for bribery resigned on Tuesday.", date=PUB)
    charges = [e for e in events if e.plover == "ACCUSE"]
    assert [(e.source.code, e.target.code) for e in charges] == [("GHAJUD", "GHAGOV")]
    # the charged accuse no one
    assert not [e for e in charges if e.source.text.endswith("officials")]
    events = code_text("Three Peruvian dissidents prosecuted in Lima were freed.", date=PUB)
    assert [(e.source.code, e.target.country) for e in events if e.plover == "ACCUSE"] == [("PERJUD", "PER")]


def test_a_charge_participle_names_no_country_for_its_noun():
    # the country the charge names is the victims', not the charged one's
    events = code_text("A navy sailor charged with assaulting Nepali workers will plead guilty.", date=PUB)
    assert not [e for e in events if e.plover == "ACCUSE" and e.target and e.target.country == "NPL"]
    # a fee charged is no charge, and a participle with its agent is the agent's
    assert not [e for e in code_text("Dutch hospitals charged fees for visas.", date=PUB) if e.plover == "ACCUSE"]


def test_facing_a_challenge_is_no_trial():
    assert not code_text("Mali faces a tough challenge from its neighbours.", date=PUB)


def test_a_vow_or_readiness_to_use_force_is_a_threat_made_now():
    events = code_text("Kenya vowed to attack the rebel bases.", date=PUB)
    assert [e.plover for e in events if e.source.code == "KEN"] == ["THREATEN"]
    assert not [e for e in events if e.plover == "AGREE"]
    events = code_text("Uganda is ready to strike the rebel camps in Congo.", date=PUB)
    assert [(e.plover, e.modality) for e in events if e.source.code == "UGA"] == [("THREATEN", "asserted")]
    # a vow of help stays an intent, and a plain future attack is no threat
    assert [e.plover for e in code_text("Kenya vowed to help Somalia.", date=PUB)] == ["AGREE"]
    assert not [e for e in code_text("Kenya will attack the rebels.", date=PUB) if e.modality == "asserted"]


def test_an_attack_that_kills_is_not_done_by_the_ones_it_was_aimed_at():
    events = code_text("A mortar attack on a Kenyan army base killed four soldiers.", date=PUB)
    assert not [e for e in events if e.source.code and e.source.code.startswith("KEN")]
    events = code_text("An Israeli air strike on Gaza killed five militants.", date=PUB)
    assert [e.source.code for e in events if e.plover == "ASSAULT" and e.source.code] == ["ISR"]


def test_the_remains_of_a_leader_do_not_visit():
    events = code_text("The coffin of the late Ghanaian president arrived in Lome from London.", date=PUB)
    assert not [e for e in events if e.plover == "CONSULT" and e.source.code]


def test_event_noun_under_a_verb_keeps_its_own_named_agent():
    # The request is Peru's act towards Chile, asserted, beside Chile's rejection of it.
    events = code_text("Chile rejected a Peruvian request for Chilean warships to leave the bay.", date=PUB)
    got = {(e.source.country, e.target.country if e.target else None, e.plover, e.modality) for e in events}
    assert ("PER", "CHL", "REQUEST", "asserted") in got
    assert ("CHL", "PER", "REJECT", "asserted") in got
    assert not any(e.source.country == "CHL" and e.plover == "REQUEST" for e in events)


def test_possessor_of_an_event_noun_object_is_its_source():
    events = code_text("Brazil praised the Argentine president's visit to Chile.", date=PUB)
    assert any(e.source.country == "ARG" and e.target and e.target.country == "CHL" and e.plover == "CONSULT"
               and e.modality == "asserted" for e in events)
    assert not any(e.source.country == "BRA" and e.plover == "CONSULT" for e in events)


def test_event_noun_used_by_the_verb_without_a_recipient_is_no_event_of_its_own():
    # "violating Zambia's ban on ...": the ban is what was violated, not a new act with a dyad.
    events = code_text("Two Danish traders were charged with violating Zambia's ban on ivory exports.", date=PUB)
    assert not any(e.source.country == "ZMB" and e.plover == "COERCE" and e.target is None for e in events)


def test_warning_of_what_happens_is_a_pessimistic_comment_not_a_threat():
    events = coded("The Kenyan finance minister warned that inflation would rise sharply next year.", "KEN")
    assert any(e.cameo == "012" and e.plover == "ACCUSE" and e.target is None for e in events)
    assert not any(e.plover == "THREATEN" for e in events)


def test_warning_of_the_warners_own_act_stays_a_threat():
    events = coded("Kenya warned that it would expel Somali diplomats.", "KEN")
    assert any(e.plover == "THREATEN" and e.modality == "asserted" for e in events)
    assert not any(e.cameo == "012" for e in events)


def test_warning_addressed_or_of_consequences_stays_a_threat():
    assert any(e.plover == "THREATEN" for e in coded("Kenya warned Somalia that its troops would cross the border.",
                                                     "KEN", "SOM"))
    events = coded("The Kenyan army warned that Somali militants would face severe consequences.", "KEN")
    assert any(e.plover == "THREATEN" for e in events) and not any(e.cameo == "012" for e in events)


def test_dark_forecast_of_an_actors_act_is_aimed_at_it():
    events = coded("An Ethiopian opposition leader predicted that the Kenyan police would rig the count.", "ETH")
    assert any(e.plover == "ACCUSE" and e.target is not None and e.target.country == "KEN" for e in events)


def test_agentless_arrest_of_a_named_person_is_the_dateline_states():
    events = code_text("LIMA - Opposition activist Jorge Salas was arrested late on Tuesday.", date=PUB)
    assert any(e.source.country == "PER" and e.plover == "COERCE" and e.target is not None
               and e.target.country == "PER" for e in events)
    # With no country anywhere, the authority stays uncoded: nothing is counted.
    events = code_text("Opposition activist Jorge Salas was arrested late on Tuesday.", date=PUB)
    assert not any(e.source.code for e in events if e.plover == "COERCE")


def test_agentless_execution_is_the_states_not_an_unknown_attackers():
    events = code_text("NAIROBI - Samuel Otieno, convicted of spying for a rival militia, has been executed, "
                       "sources said on Monday.", date=PUB)
    assert any(e.source.country == "KEN" and e.plover == "ASSAULT" and e.cameo == "1823" for e in events)
    assert not any(e.plover == "ASSAULT" and e.source.country is None for e in events)


def test_an_object_pronoun_in_a_gerund_clause_is_the_one_acted_on_above():
    # "after finding him guilty": him is the rebel the court jailed, not the place of the bombing.
    events = code_text("A Ugandan court imprisoned a Sudanese rebel on Tuesday after finding him guilty of "
                       "a role in a market bombing in Gulu.", date="2019-05-02")
    finding = [e for e in events if e.trigger.text == "finding" and e.source.code]
    assert finding and all(e.target is not None and e.target.code == "SDNREB" for e in finding)
    assert not [e for e in events if e.target is not None and e.target.text == "Mombasa" and e.source.code]


def test_what_the_subject_comes_under_is_done_to_it_by_the_one_it_comes_from():
    events = code_text("Hungary came under criticism from the European Union over its media law.", date=PUB)
    assert [(e.source.code[:6], e.target.code, e.plover) for e in events] == [("IGOEUR", "HUN", "ACCUSE")]
    # the one criticised accuses no one
    assert not [e for e in events if e.source.code == "HUN"]
    events = code_text("A Malian patrol came under attack from rebels near Gao.", date=PUB)
    assert [e.plover for e in events if e.target and e.target.country == "MLI"] == ["ASSAULT"]
    assert [e.source.role for e in events if e.plover == "ASSAULT"] == ["REB"]  # not the patrol's
    # coming under new ownership or someone's control names no act
    assert not code_text("The Kenyan airline came under new ownership.", date=PUB)


def _counted_pairs(text):
    return asserted_list(text, date=PUB)


def test_a_gathering_of_many_states_is_not_counted_pair_by_pair():
    # Six states meeting would otherwise count as 30 bilateral meetings.
    text = "Envoys from Ghana, Chile, Poland, Vietnam, Fiji and Jordan met in Vienna on Friday."
    assert not [p for p in _counted_pairs(text) if p[2] == "CONSULT"]
    listed = [e for e in code_text(text, date=PUB) if e.plover == "CONSULT"]
    assert listed and all(e.confidence < 0.6 for e in listed)  # listed below the floor, not lost
    assert any(a.target is not None and a.target.country == "JOR" for e in listed for a in e.alternatives)


def test_many_states_meeting_one_partner_count_towards_that_partner_only():
    pairs = _counted_pairs("The trade ministers of Ghana, Chile, Poland and Vietnam held talks with "
                           "Canada's prime minister in Ottawa.")
    assert sorted(p for p in pairs if p[2] == "CONSULT") == sorted(
        [(c, "CAN", "CONSULT") for c in ("GHA", "CHL", "POL", "VNM")]
        + [("CAN", c, "CONSULT") for c in ("GHA", "CHL", "POL", "VNM")])


def test_three_states_meeting_are_still_read_pair_by_pair():
    pairs = _counted_pairs("Peru, Chile and Bolivia met in La Paz to discuss water rights.")
    assert sorted(p for p in pairs if p[2] == "CONSULT") == sorted(
        [(a, b, "CONSULT") for a in ("PER", "CHL", "BOL") for b in ("PER", "CHL", "BOL") if a != b])


def test_breaking_a_border_agreement_is_no_assault_crossing_a_border_is():
    events = code_text("Nigeria accused Cameroon of violating the border agreement.", date=PUB)
    assert [e for e in events if e.plover == "ACCUSE" and e.source.code == "NGA"]
    assert not [e for e in events if e.plover == "ASSAULT"]
    events = code_text("Russian jets violated Georgian airspace on Monday.", date=PUB)
    assert [e for e in events if e.plover == "ASSAULT" and e.source.country == "RUS"]


def test_a_states_protest_is_an_official_complaint_not_a_demonstration():
    events = code_text("China protested to Japan over the new history textbook.", date=PUB)
    assert [e for e in events if e.plover == "ACCUSE" and (e.source.code, e.target.country) == ("CHN", "JPN")]
    assert not [e for e in events if e.plover == "PROTEST"]
    events = code_text("Thousands of students protested against the government in Santiago.", date=PUB)
    assert [e for e in events if e.plover == "PROTEST"] and not [e for e in events if e.plover == "ACCUSE"]
