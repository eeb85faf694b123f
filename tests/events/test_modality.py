"""Modality and attribution read from real parses of sentences written for these tests."""

import pytest
from helpers import asserted_triples

from geopol import code_text
from geopol.events.modality import modality_of, reporting_head
from geopol.nlp import load


def token(sentence: str, word: str):
    doc = load()(sentence)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Turkey condemned the air strikes on Idlib.", "condemned", "asserted"),
        ("Germany did not condemn the air strikes on Idlib.", "condemn", "negated"),
        ("Austria did not join Hungary in condemning the sanctions.", "condemning", "negated"),
        ("Iran could close the Strait of Hormuz to tankers.", "close", "hypothetical"),
        ("If Moscow attacks Kyiv, the alliance will respond.", "attacks", "hypothetical"),
        ("Egypt will receive the first Rafale jets next year.", "receive", "future"),
        ("India should begin receiving the missiles in 2020.", "receiving", "future"),
        ("Washington opposes the possible sale of drones to Ankara.", "sale", "hypothetical"),
        ("Will Brazil recognise the new government in Caracas?", "recognise", "question"),
        ("Pakistan refused to extradite the suspects to India.", "extradite", "negated"),
        ("Trade fell due to sanctions on Iran.", "sanctions", "asserted"),
        ("The envoy is due to visit Kabul next week.", "visit", "future"),
        # an occasion ended has happened; a stance ended has not gone on
        ("The Kenyan minister ended a three-day visit to Tanzania on Sunday.", "visit", "asserted"),
        ("Thai and Malaysian officials ended their summit in Penang.", "summit", "asserted"),
        ("Canada ended its support for the mining consortium.", "support", "negated"),
        # the means an act is ended by was taken
        ("The envoy ended the standoff by urging both sides to withdraw.", "urging", "asserted"),
        ("Ghana refused to end the ban on imports.", "ban", "negated"),
        # what someone must, has to or will need to do is required, not done; what they had to do was done
        ("Bolivia must release the Chilean truck drivers, the minister said.", "release", "hypothetical"),
        ("Serbia has to hand over the suspects to The Hague.", "hand", "hypothetical"),
        ("Armenia will need to recognise the border, a draft says.", "recognise", "hypothetical"),
        ("The Kenyan troops had to withdraw from the town.", "withdraw", "asserted"),
        # "without" negates its gerund
        ("Without naming Pakistan, the Indian minister criticised the attack.", "naming", "negated"),
        # a conjunct with no subject of its own shares the first's condition and modal, not its negation
        ("Chile will quit the pact if Peru threatens or imposes tariffs on it.", "imposes", "hypothetical"),
        ("Syria will close the border and expel the Turkish envoy.", "expel", "future"),
        ("The rebels did not attack the town and fled to the hills.", "fled", "asserted"),
        # what a denial says did not happen is negated (EVENTS.md rule 8); what is reported, asserted
        ("Kenya denied that its police had shot the Somali traders.", "shot", "negated"),
        ("Chile rejected claims that its navy seized Peruvian boats.", "seized", "negated"),
        ("Peru said that the Chilean navy seized Peruvian boats.", "seized", "asserted"),
    ],
)
def test_modality(sentence: str, word: str, expected: str) -> None:
    assert modality_of(token(sentence, word)) == expected


def test_reported_speech_finds_the_speech_verb() -> None:
    tok = token("The Japanese defence ministry said that Chinese jets had violated its airspace.", "violated")
    head = reporting_head(tok)
    assert head is not None and head.lemma_ == "say"


def test_authors_own_statement_has_no_speech_verb() -> None:
    assert reporting_head(token("Chinese jets violated Japanese airspace on Monday.", "violated")) is None


def test_purpose_of_an_intended_act_is_intended_too() -> None:
    assert modality_of(token("Denmark is willing to send equipment to help defend Qatar.", "help")) != "asserted"
    assert modality_of(token("Russia sent troops to help Assad.", "help")) == "asserted"


def test_a_planned_visit_is_an_asserted_intent_not_a_visit():
    events = code_text("The Chilean president is to visit Peru next week.", date="2019-05-02")
    assert [e for e in events if e.plover == "AGREE" and e.modality == "asserted" and e.target.code == "PER"]
    assert not [e for e in events if e.plover == "CONSULT"]


def test_willingness_is_the_willing_sides_intent_only():
    events = code_text("Brazil said it is willing to resume talks with Venezuela.", date="2019-05-02")
    assert [e for e in events if e.source.code == "BRA" and e.plover == "AGREE" and e.modality == "asserted"]
    assert not [e for e in events if e.source.code == "VEN"]


def test_a_future_withdrawal_stays_future():
    events = code_text("Peru will withdraw its troops from the border.", date="2019-05-02")
    assert events and all(e.modality == "future" for e in events)


def test_the_purpose_of_a_planned_visit_is_no_meeting_yet():
    events = code_text("The Chilean president is to visit Peru to discuss trade.", date="2019-05-02")
    assert [e for e in events if e.plover == "AGREE" and e.target is not None and e.target.code == "PER"]
    assert not [e for e in events if e.plover == "CONSULT" and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # "would" under a speech verb is the future of what was said, not a condition
        ("The Finnish minister said Helsinki would expel the attaches.", "expel", "future"),
        ("Ottawa would expel the attaches if the report were confirmed.", "expel", "hypothetical"),
        # a start that has happened is asserted
        ("The Chilean envoy began a visit to Bolivia on Monday.", "visit", "asserted"),
        # an act on the calendar, an open condition, a forecast
        ("Delegates prepared for the upcoming summit in Accra.", "summit", "future"),
        ("Farmers will block the highway until the ministry restores the subsidy.", "restores", "hypothetical"),
        ("Farmers blocked the highway until the ministry restored the subsidy.", "restored", "asserted"),
        ("The junta is likely to release the detained monks.", "release", "hypothetical"),
    ],
)
def test_modality_of_reported_future_schedules_and_forecasts(sentence: str, word: str, expected: str) -> None:
    assert modality_of(token(sentence, word)) == expected


def test_talks_agreed_to_are_the_agreement_not_yet_a_meeting():
    events = code_text("Tamil rebels agreed to take part in talks with the Sri Lankan government.", date="2019-05-02")
    assert [e for e in events if e.plover == "AGREE" and e.modality == "asserted"]
    assert not [e for e in events if e.plover == "CONSULT" and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Lithuania wanted Belarus to release the detained journalists.", "release"),
        ("The senate appeared poised to ratify the border treaty.", "ratify"),
        ("Ghana was accused of conspiring to use its army as a weapon to attack Togo.", "attack"),
    ],
)
def test_a_wish_or_a_forecast_is_not_the_act(sentence: str, word: str) -> None:
    assert modality_of(token(sentence, word)) != "asserted"


def test_support_pledged_is_the_support_itself():
    events = code_text("Chile's president pledged his full support for the Peruvian government.", date="2019-05-02")
    assert [e for e in events if e.plover == "SUPPORT" and e.modality == "asserted"]


def test_talks_on_the_calendar_are_an_agreement_to_meet_not_a_meeting():
    events = code_text("Ghana announced talks with Togo scheduled for March.", date="2019-05-02")
    assert [e for e in events if e.plover == "AGREE" and e.modality == "asserted" and e.target.code == "TGO"]
    assert not [e for e in events if e.plover == "CONSULT" and e.modality == "asserted"]


def test_a_requirement_is_no_act_and_no_intention():
    events = code_text("Kosovo will have to recognise the Serbian minority's rights if it wants to join the EU, "
                       "a leaked draft says.", date="2019-05-02")
    assert not [e for e in events if e.source.code == "XKX" and e.modality == "asserted"]
    events = code_text("Kenya will recognise Kosovo next week.", date="2019-05-02")
    assert [e for e in events if e.source.code == "KEN" and e.plover == "AGREE" and e.modality == "asserted"]


def _counted(text: str):
    return [e for e in code_text(text, date="2019-05-02") if e.source.code]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Arab League demanded an immediate halt to the Syrian offensive in Lebanon.", "offensive"),
        ("Ghana called for an end to the fighting between the two armies.", "fighting"),
    ],
)
def test_what_is_to_be_ended_is_going_on(sentence: str, word: str) -> None:
    assert modality_of(token(sentence, word)) == "asserted"


def test_an_ongoing_offensive_whose_halt_is_demanded_is_counted():
    events = _counted("The Arab League demanded an immediate halt to the Syrian offensive in Lebanon.")
    assert [e for e in events if e.source.code == "SYR" and e.plover == "ASSAULT" and e.modality == "asserted"]
    # the demand is the League's; the offensive is no act of the League's
    assert not [e for e in events if e.source.code != "SYR" and e.plover == "ASSAULT"]


def test_refusing_to_end_a_ban_still_negates_the_ban():
    assert modality_of(token("Ghana refused to end the ban on imports.", "ban")) == "negated"


def test_a_threat_to_use_force_is_a_threat_made_now():
    events = _counted("Ethiopia's threat to launch air strikes on Eritrea alarmed diplomats.")
    assert [e for e in events if (e.source.code, e.target.code if e.target else None, e.plover, e.modality)
            == ("ETH", "ERI", "THREATEN", "asserted")]
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_a_decision_to_use_force_is_no_threat():
    events = _counted("Ethiopia's decision to launch air strikes on Eritrea alarmed diplomats.")
    assert not [e for e in events if e.plover == "THREATEN"]
    assert not [e for e in events if e.plover == "ASSAULT" and e.modality == "asserted"]


def test_a_refusal_its_maker_announces_is_made_now():
    events = _counted("Chile said on Monday it will reject any Peruvian proposal to redraw the maritime border.")
    assert [e for e in events if e.source.code == "CHL" and e.plover == "REJECT" and e.modality == "asserted"]


def test_a_refusal_others_foretell_is_still_to_come():
    events = code_text("Parliament will reject the Chilean bill next week, the minister said.", date="2019-05-02")
    assert not [e for e in events if e.plover == "REJECT" and e.modality == "asserted" and e.source.code]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # readiness denied after the copula is a refusal, never an intent to talk
        ("Ecuador is not prepared to negotiate with Colombia over the border.", ("ECU", "COL", "REJECT"),
         ("ECU", "COL", "AGREE")),
        ("Ecuador was not ready to hold talks with Colombia.", ("ECU", "COL", "REJECT"), ("ECU", "COL", "AGREE")),
        ("Ecuador is unwilling to negotiate with Colombia.", ("ECU", "COL", "REJECT"), ("ECU", "COL", "CONSULT")),
        # readiness stated is the intent; "not only ... but" denies nothing
        ("Ecuador is prepared to negotiate with Colombia.", ("ECU", "COL", "AGREE"), ("ECU", "COL", "REJECT")),
        ("Ecuador is not only ready to talk to Colombia but eager to.", ("ECU", "COL", "AGREE"),
         ("ECU", "COL", "REJECT")),
    ],
)
def test_denied_readiness_is_a_refusal(text, wanted, unwanted) -> None:
    counted = asserted_triples(text)
    assert wanted in counted and unwanted not in counted
