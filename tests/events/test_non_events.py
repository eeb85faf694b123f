"""Counted acts with no event behind them: labels, charges, required acts, misread participles
(geopol.events.background, modality, arguments). Each wrong reading is checked absent and a
nearby right one kept."""

from geopol import code_text

PUB = "2019-05-02"


def _acts(events, plover=None):
    return {(e.source.code, e.plover, e.modality) for e in events
            if e.source.code and (plover is None or e.plover == plover)}


def test_a_participle_misread_as_a_verb_names_no_agent():
    events = code_text("Two Red Cross nurses kidnapped last week in Somalia are still being held, the "
                       "ministry said.", date=PUB)
    assert not [e for e in events if e.trigger.text == "kidnapped" and e.source.code]


def test_kidnappers_named_as_the_subject_still_kidnap():
    events = code_text("Somali militiamen kidnapped two Red Cross nurses and are holding them.", date=PUB)
    assert [e for e in events if e.trigger.text == "kidnapped" and (e.source.code or "").startswith("SOM")]


def test_the_main_verb_after_a_misread_participle_keeps_its_subject():
    events = code_text("Forty people thought to be Eritreans have entered the Italian embassy in Cairo, "
                       "apparently seeking asylum.", date=PUB)
    assert not [e for e in events if e.trigger.text == "thought"]


def test_an_act_a_deadline_is_for_is_not_asserted():
    events = code_text("As the deadline nears for Chad to release the prisoners, France is weighing "
                       "its options.", date=PUB)
    assert not [e for e in events if e.trigger.text == "release" and e.modality == "asserted"]


def test_an_act_told_as_done_stays_asserted():
    events = code_text("Chad released the prisoners on Monday.", date=PUB)
    assert ("TCD", "RETREAT", "asserted") in _acts(events)


def test_the_act_a_sentence_punishes_is_background():
    events = code_text("A Kenyan court jailed four militants for the bombing of a Nairobi hotel.", date=PUB)
    assert not [e for e in events if e.trigger.text == "bombing"]
    assert [e for e in events if e.trigger.text == "jailed" and (e.source.code or "").startswith("KEN")]


def test_an_act_named_by_an_arrest_stays_reported():
    events = code_text("Kenyan police arrested four militants over the bombing of a Nairobi hotel.", date=PUB)
    assert [e for e in events if e.trigger.text == "arrested"]
    assert [e for e in events if e.trigger.text == "bombing"]


def test_an_attack_told_as_the_news_stays():
    events = code_text("Rebels stormed a police station in northern Mali on Monday.", date=PUB)
    assert [e for e in events if e.trigger.text == "stormed" and e.plover == "ASSAULT"]


def test_a_where_clause_in_an_apposition_describes_the_place():
    events = code_text("Residents of Kidal, the town where gunmen seized a school in 2012, held a vigil.",
                       date=PUB)
    assert not [e for e in events if e.trigger.text == "seized"]
