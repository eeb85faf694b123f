"""Labels, settings, described acts and verb senses gated by their particle or object (issue 9):
what an unseen news audit found counted as acts that were none."""

from helpers import code_every_reading

from geopol import code_text

PUB = "2019-05-02"


def _plovers(events, trigger):
    return {e.plover for e in events if e.trigger.text == trigger}


def test_troops_charging_into_a_village_storm_it():
    events = code_every_reading("Egyptian troops charged into a Sudanese border village on Tuesday.", date=PUB)
    assert _plovers(events, "charged") == {"ASSAULT"}
    assert not [e for e in events if e.plover == "ACCUSE"]


def test_a_legal_charge_stays_an_accusation():
    events = code_every_reading("Kenyan prosecutors charged two Somali men with murder.", date=PUB)
    assert _plovers(events, "charged") and "ASSAULT" not in _plovers(events, "charged")


def test_fighting_back_against_accusations_is_no_assault():
    events = code_every_reading("The Turkish minister fought back against accusations from Greece.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_deportation_order_issued_against_someone_expels_them():
    events = code_every_reading("Kenya issued a deportation order against a Nigerian journalist.", date=PUB)
    assert [(e.source.code, e.plover) for e in events if e.trigger.text == "issued"] == [("KEN", "COERCE")]
    assert not [e for e in events if e.plover == "REQUEST"]
    events = code_every_reading("Ethiopia issued a demand to two Eritrean diplomats.", date=PUB)
    assert [e for e in events if e.plover == "REQUEST"]


def test_a_war_named_to_place_its_allies_is_a_label():
    events = code_text("Key allies in the Russian-led war in Syria rejected the Turkish plan.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT"]
    events = code_text("Russia waged war against Georgia in 2008.", date=PUB)
    assert [e for e in events if e.plover == "ASSAULT"]


def test_a_lasting_war_named_by_its_noun_is_a_label():
    for text in ("The British-led war in Afghanistan was a mistake, the senator said.",
                 "The Ugandan minister defended the Ugandan campaign in Congo.",
                 "Analysts say the Ethiopian war against Eritrea has ruined both economies."):
        events = code_every_reading(text, date=PUB)
        assert not [e for e in events if e.plover == "ASSAULT"], text
    # waged, or reported breaking out, it is news
    assert [e for e in code_text("Ethiopia waged war against Eritrea in 1998.", date=PUB) if e.plover == "ASSAULT"]
    events = code_every_reading("Russia's war with Georgia began on Thursday.", date=PUB)
    assert ("RUS", "GEO") in {(e.source.code, e.target.code) for e in events if e.plover == "ASSAULT"}


def test_a_terrorist_attack_names_no_attacker():
    for text in ("Police said the blast in Nairobi was the third terrorist attack in Kenya this year.",
                 "The spate of terror bombings in Turkey worries investors.",
                 "The minister warned of the threat of another terrorist attack in Spain."):
        events = code_every_reading(text, date=PUB)
        assert not [e for e in events if e.source.code and e.plover == "ASSAULT"], text
    events = code_text("Attacks by terrorists killed 12 Kenyan policemen in Mombasa on Monday.", date=PUB)
    assert [e for e in events if e.source.code and e.plover == "ASSAULT"]


def test_a_fight_describing_the_subject_is_no_act_of_the_news():
    events = code_every_reading("A rebel group battling Ugandan troops in the north rejected the government's offer "
                                "of talks.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT"]
    assert [e for e in events if e.plover == "REJECT"]
    events = code_text("Ugandan rebels battled government troops on Monday.", date=PUB)
    assert [e for e in events if e.plover == "ASSAULT"]
    # a crowd's demand told so is what it does at the news's event
    events = code_text("Hundreds of Kenyan protesters demanding the minister's resignation marched in Nairobi "
                       "on Friday.", date=PUB)
    assert {e.plover for e in events} == {"REQUEST", "PROTEST"}


def test_people_seized_in_a_passive_are_abducted_goods_confiscated():
    events = code_every_reading("Two Filipino truck drivers were seized by gunmen in Iraq on Tuesday.", date=PUB)
    assert {e.plover for e in events if e.trigger.text == "seized"} == {"ASSAULT"}
    events = code_every_reading("Weapons and explosives were seized by Afghan police in Kabul.", date=PUB)
    assert {e.plover for e in events if e.trigger.text == "seized"} == {"COERCE"}


def test_challenging_someones_credibility_is_criticism_told_once():
    events = code_text("The Kenyan opposition leader challenged the president's legitimacy on Monday.", date=PUB)
    assert {e.plover for e in events} == {"ACCUSE"}
    events = code_every_reading("Chile's foreign minister accused the Peruvian president on Tuesday of lying, "
                                "challenging the president's credibility on the border dispute.", date=PUB)
    assert [(e.source.code, e.target.code, e.plover) for e in events] == [("CHLGOV", "PERGOV", "ACCUSE")]


def test_a_claim_of_responsibility_is_no_agreement():
    events = code_every_reading("A Somali militant group claimed responsibility on Monday for the bombing of a "
                                "Kenyan police post.", date=PUB)
    assert not [e for e in events if e.plover == "AGREE"]


def test_being_in_custody_is_the_setting_not_an_arrest():
    events = code_every_reading("Three men said they were beaten while in Egyptian custody in Libya.", date=PUB)
    assert not [e for e in events if e.trigger.text == "custody"]
    events = code_every_reading("Libyan police took three Egyptian men into custody.", date=PUB)
    assert [e for e in events if e.plover == "COERCE"]


def test_a_forecast_of_prices_is_no_threat():
    events = code_text("The Indian finance minister warned that high oil prices would slow the country's "
                       "economy next year.", date=PUB)
    assert not [e for e in events if e.source is not None and e.source.code]
    events = code_text("The Indian minister warned that Pakistan would pay a heavy price for the raid.", date=PUB)
    assert [e for e in events if e.plover == "THREATEN"]


def test_an_effort_told_is_no_aid():
    events = code_every_reading("Norway is doing all in its power to help the Afghan refugees.", date=PUB)
    assert not [e for e in events if e.plover == "AID"]
    events = code_every_reading("Norway helped the Afghan refugees.", date=PUB)
    assert [e for e in events if e.plover == "AID"]


def test_what_a_plan_includes_is_described_not_done():
    events = code_every_reading("The new Thai plan includes barring foreign journalists from the border region.",
                                date=PUB)
    assert not [e for e in events if e.trigger.text == "barring"]


def test_forcing_a_plight_into_the_spotlight_is_a_figure_of_speech():
    events = code_every_reading("The Kurdish leader forced his people's plight into the world spotlight.", date=PUB)
    assert not [e for e in events if e.plover == "COERCE"]


def test_a_past_perfect_relative_recalls_the_background_of_the_act():
    events = code_every_reading("Colombian rebels freed three soldiers they had kidnapped in May.", date=PUB)
    assert _plovers(events, "freed")
    assert not [e for e in events if e.trigger.text == "kidnapped"]
    events = code_every_reading("Colombian rebels freed three soldiers whom they kidnapped on Sunday.", date=PUB)
    assert [e for e in events if e.trigger.text == "kidnapped"]


def test_fighting_back_against_accusations_rejects_them():
    events = code_every_reading("The Turkish minister fought back on Monday against accusations by a Greek "
                                "minister.", date=PUB)
    assert [(e.plover, e.target.code[:3]) for e in events if e.trigger.text == "fought"] == [("REJECT", "GRC")]
    events = code_every_reading("Kurdish fighters fought back against the Turkish troops.", date=PUB)
    assert "REJECT" not in _plovers(events, "fought")
