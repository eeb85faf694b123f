"""Symmetric and joint acts, meetings and visits (EVENTS.md rules 3 and 7), on sentences written
for these tests."""

from helpers import code_every_reading

from geopol import code_text

PUB = "2019-06-12"


def triples(text: str, every: bool = True) -> set[tuple]:
    events = (code_every_reading if every else code_text)(text, date=PUB)
    return {(e.source.code, e.target.code if e.target else None, e.plover, e.modality) for e in events}


def test_an_organisations_members_meeting_meet_one_another():
    got = triples("NATO defence ministers ended a two-day meeting in Brussels on Thursday.")
    assert ("IGOWSTNAT", "IGOWSTNAT", "CONSULT", "asserted") in got
    got = triples("African Union foreign ministers met in Addis Ababa to discuss the famine.")
    assert ("IGOAFRAFU", "IGOAFRAFU", "CONSULT", "asserted") in got


def test_the_body_itself_or_one_official_meeting_names_no_partner():
    assert not [t for t in triples("The Arab League held a meeting on Sunday.") if t[1] is not None]
    got = triples("The EU foreign policy chief held a meeting in Cairo.", every=False)
    assert ("IGOEUREEC", "IGOEUREEC", "CONSULT", "asserted") not in got


def test_members_meeting_with_a_partner_meet_the_partner():
    got = triples("Mercosur trade ministers held talks with Japan on Monday.")
    assert ("IGOSAMMER", "JPN", "CONSULT", "asserted") in got
    assert ("IGOSAMMER", "IGOSAMMER", "CONSULT", "asserted") not in got


def test_what_a_meeting_is_for_is_its_topic_not_a_partner():
    text = ("President Mwai Kibaki and Vice President Moody Awori attended a meeting on Monday to assess the "
            "progress of the border talks between Kenya and Ethiopia.")
    assert not [t for t in triples(text) if t[0] == "KENGOV" and t[1] == "ETH"]
    got = triples("EU leaders met on Thursday to review Iran's nuclear programme.")
    assert ("IGOEUREEC", "IGOEUREEC", "CONSULT", "asserted") in got
    assert not [t for t in got if t[1] == "IRN" or t[0] == "IRN"]


def test_a_topic_named_after_its_owner_is_not_a_partner_in_talks():
    got = triples("Japan and South Korea discussed North Korea's missile tests.")
    assert ("JPN", "KOR", "CONSULT", "asserted") in got
    assert not [t for t in got if (t[0] or "").startswith("PRK") or (t[1] or "").startswith("PRK")]
    assert ("CHLGOV", "PER", "CONSULT", "asserted") in triples("The Chilean minister discussed trade with Peru.")


def test_an_ended_visit_took_place():
    got = triples("The Kenyan foreign minister ended her three-day visit to Tanzania on Sunday.")
    assert ("KENGOV", "TZA", "CONSULT", "asserted") in got
    assert not [t for t in got if t[3] == "negated"]


def test_force_used_jointly_is_cooperation_between_the_partners_not_force_on_each_other():
    for text in ("Kenyan and Ugandan troops launched a joint offensive against the rebels.",
                 "Colombian and Ecuadorian police jointly raided a rebel camp.",
                 "Kenyan and Ugandan troops were advancing on the town on the fourth day of a joint operation."):
        got = triples(text)
        pairs = {(t[0][:3], t[1][:3]) for t in got if t[1] and t[2] == "COOPERATE"}
        assert len(pairs) == 2, text
        assert not [t for t in got if t[2] == "ASSAULT" and t[1] and t[0][:3] != t[1][:3]
                    and {t[0][:3], t[1][:3]} <= {"KEN", "UGA", "COL", "ECU"}], text


def test_one_force_or_partners_fighting_side_by_side_is_no_joint_cooperation():
    assert not [t for t in triples("Kenyan troops launched a joint offensive against the rebels.")
                if t[2] == "COOPERATE"]
    assert not [t for t in triples("Malian and French troops fought jihadists near Gao.") if t[2] == "COOPERATE"]
    got = triples("Kenyan and Ugandan troops shelled rebel positions, a joint statement said.")
    assert not [t for t in got if t[2] == "COOPERATE"]


def test_talks_between_two_parties_told_happening_are_consultation_both_ways():
    for text in ("The collapse of talks between Chile and Bolivia angered Peru.",
                 "The talks now under way between Chile and Bolivia are the first in a decade.",
                 "Peru blamed Ecuador for the breakdown of two weeks of negotiations between Chile and Bolivia."):
        got = triples(text)
        assert ("CHL", "BOL", "CONSULT", "asserted") in got and ("BOL", "CHL", "CONSULT", "asserted") in got, text


def test_a_between_phrase_hung_on_the_verb_of_a_meeting_or_fight_names_its_parties():
    # The parser hangs "between A and B" on the verb whose subject the event noun is.
    for text in ("Talks are now under way between Chile and Bolivia.",
                 "Negotiations resumed in Lima between Chile and Bolivia.",
                 "Talks were held on Monday between Chile and Bolivia."):
        got = triples(text)
        assert ("CHL", "BOL", "CONSULT", "asserted") in got and ("BOL", "CHL", "CONSULT", "asserted") in got, text
    got = triples("Fighting erupted in Kashmir between Indian troops and Pakistani soldiers.")
    assert ("INDMIL", "PAKMIL", "ASSAULT", "asserted") in got and ("PAKMIL", "INDMIL", "ASSAULT", "asserted") in got


def test_a_verbs_between_phrase_is_not_the_subjects_when_the_verb_has_an_object_or_it_is_to_come():
    got = triples("Clashes closed the road between Chile and Bolivia.")
    assert not [t for t in got if t[0] in ("CHL", "BOL")], got
    got = triples("Talks will resume next month between Chile and Bolivia.")
    assert not [t for t in got if t[2] == "CONSULT" and t[3] == "asserted"], got


def test_talks_named_as_a_topic_or_still_to_come_are_no_consultation():
    for text in ("A new round of talks between Chile and Bolivia will be held in May.",
                 "Chile-Bolivia talks are a frequent topic in Lima.",
                 "Analysts fear the failure of talks between Chile and Bolivia.",
                 "Talks between Chile and Bolivia could resume next year."):
        assert not [t for t in triples(text) if t[2] == "CONSULT" and t[3] == "asserted"], text


def test_a_dialogue_between_two_states_named_as_a_topic_is_no_consultation():
    # "dialogue" is a relation noun too: "between" names its partners only when it is told happening
    for text in ("Dialogue between Spain and Morocco is vital for the region, the minister said.",
                 "The envoy discussed several issues, including the dialogue between Chile and Bolivia."):
        assert not [t for t in triples(text) if t[0] in ("CHL", "BOL", "ESP", "MAR")], text
    got = triples("The dialogue between Chile and Bolivia resumed on Monday.")
    assert ("CHL", "BOL", "CONSULT", "asserted") in got and ("BOL", "CHL", "CONSULT", "asserted") in got


def test_clashes_between_two_sides_stay_fighting_both_ways():
    got = triples("Clashes between Indian troops and Pakistani soldiers killed four people on Sunday.")
    assert {t[:3] for t in got} >= {("INDMIL", "PAKMIL", "ASSAULT"), ("PAKMIL", "INDMIL", "ASSAULT")}


def test_talks_with_a_bare_role_name_no_pair_to_count():
    got = triples("The collapse of talks between the government and rebels angered the church.", every=False)
    assert not [t for t in got if t[2] == "CONSULT"]


def test_a_visit_naming_no_host_is_to_the_country_the_story_is_filed_from():
    got = triples("NAIROBI, Kenya -- The UN refugee chief began a visit on Monday to see the camps.", every=False)
    assert ("IGOUNO", "KEN", "CONSULT", "asserted") in got


def test_a_dashless_dateline_the_gazetteer_reads_gives_the_host_too():
    got = triples("KABUL The UN refugee chief began a visit on Monday to see the camps.", every=False)
    assert ("IGOUNO", "AFG", "CONSULT", "asserted") in got


def test_a_visit_with_no_dateline_or_at_home_or_elsewhere_takes_no_host_from_it():
    assert not [t for t in triples("The UN refugee chief began a visit on Monday to see the camps.")
                if t[2] == "CONSULT"]
    assert not [t for t in triples("NAIROBI, Kenya -- The Kenyan president began a visit on Monday.")
                if t[2] == "CONSULT"]
    got = triples("NAIROBI, Kenya -- The UN refugee chief began a visit to Somalia on Monday.", every=False)
    assert ("IGOUNO", "SOM", "CONSULT", "asserted") in got
    assert not [t for t in got if t[1] == "KEN"]


def test_forces_backing_forces_in_an_operation_cooperate_both_ways():
    got = triples("French troops were supporting Malian soldiers in raids on militant hideouts.")
    assert ("FRAMIL", "MLIMIL", "COOPERATE", "asserted") in got and ("MLIMIL", "FRAMIL", "COOPERATE", "asserted") in got
    assert not [t for t in got if t[2] == "SUPPORT"]


def test_support_outside_an_operation_or_between_states_stays_support():
    got = triples("French troops support Malian soldiers.")
    assert ("FRAMIL", "MLIMIL", "SUPPORT", "asserted") in got and not [t for t in got if t[2] == "COOPERATE"]
    got = triples("France supported Mali in talks with the rebels.")
    assert not [t for t in got if t[2] == "COOPERATE"]


def test_mediators_mediate_between_the_parties_of_the_talks_their_sentence_names():
    text = ("Chad blamed Libya for the failure of two weeks of talks between Ethiopia and Eritrea, but Norwegian "
            "mediators expect the negotiations to restart in May.")
    got = triples(text, every=False)
    assert ("NOR", "ETH", "CONSULT", "asserted") in got and ("NOR", "ERI", "CONSULT", "asserted") in got
    assert ("ETH", "NOR", "CONSULT", "asserted") not in got


def test_a_mediator_offered_or_with_no_talks_named_mediates_nothing():
    got = triples("Qatar offered to act as a mediator between Ethiopia and Eritrea.")
    assert not [t for t in got if t[2] == "CONSULT" and t[3] == "asserted"]
    assert not [t for t in triples("Norwegian mediators praised the ceasefire.") if t[2] == "CONSULT"]


def test_a_meeting_with_a_counterpart_no_context_places_is_no_event():
    got = triples("Peru blamed Chile for the collapse of two weeks of talks between Quito and rebels on Friday.",
                  every=False)
    assert not [t for t in got if t[2] == "CONSULT" and t[0] and t[1] is None]
    got = triples("The collapse of talks between Ecuadorian rebels and the government in Quito angered Peru.",
                  every=False)
    assert not [t for t in got if t[2] == "CONSULT" and t[1] is None]
    assert ("ECUREB", "ECUGOV", "CONSULT", "asserted") in got


def test_members_talking_with_someone_unnamed_do_not_meet_one_another():
    got = triples("The UN inspectors discussed their findings with him at the palace.")
    assert ("IGOUNO", "IGOUNO", "CONSULT", "asserted") not in got


def test_a_held_meeting_lends_its_place_in_the_count_to_no_other_party():
    got = triples("Peru resumed talks with rebels in the south on Thursday while the United Nations set up a panel "
                  "to investigate charges of abuses in Chile.", every=False)
    assert not [t for t in got if t[2] == "CONSULT" and t[1] == "IGOUNO"]


def test_the_opposition_a_state_meets_is_its_own():
    got = triples("Peru resumed talks with rebels in the south on Thursday while the United Nations set up a panel "
                  "to investigate charges of abuses in Chile.", every=False)
    assert ("PER", "PERREB", "CONSULT", "asserted") in got


def test_an_ended_deployment_is_not_told_as_happening():
    got = triples("The UN ended its peacekeeping mission in Sierra Leone.")
    assert not [t for t in got if t[2] == "AID" and t[3] == "asserted"]


def test_co_subjects_who_praise_a_thing_do_not_praise_each_other():
    # "A and B welcomed the announcement": each welcomes the announcement; only ties, recognition
    # and signed agreements of diplomatic cooperation are made between the members of the subject.
    for text in ("Peru, Chile and Ecuador have welcomed the ceasefire announcement.",
                 "Peru and Chile praised the new fisheries plan."):
        assert not [t for t in triples(text, every=False) if t[0] in ("PER", "CHL", "ECU")
                    and t[1] in ("PER", "CHL", "ECU")], text
    assert {("PER", "CHL"), ("CHL", "PER")} <= {t[:2] for t in triples("Peru and Chile restored diplomatic ties.",
                                                                     every=False)}


def test_co_subjects_who_vow_an_act_vow_it_to_no_one_unless_done_together():
    for text in ("Ghana and Togo vowed to rebuild the flooded markets.",
                 "Ghana and Togo promised to fund the regional coastguard."):
        vowed = triples(text, every=False)
        assert not [t for t in vowed if t[1] in ("GHA", "TGO")], text
        assert {(s, p) for s, _, p, _ in vowed} == {("GHA", "AGREE"), ("TGO", "AGREE")}, text
    together = triples("Ghana and Togo pledged to cooperate on border security.", every=False)
    assert {("GHA", "TGO", "AGREE", "asserted"), ("TGO", "GHA", "AGREE", "asserted")} <= together
