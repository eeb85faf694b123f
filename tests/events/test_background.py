"""Acts named only as a backdrop or a topic are no new events (geopol.events.background)."""

from geopol import code_text

PUB = "2019-05-02"


def test_talks_named_as_the_topic_of_a_review_are_no_event():
    events = code_text("Ministers met on Monday to assess the progress of the peace talks between Ethiopia "
                       "and Eritrea.", date=PUB)
    assert not [e for e in events if "talks" in e.trigger.text]


def test_talks_held_are_an_event():
    events = code_text("Ethiopia and Eritrea held peace talks on Monday.", date=PUB)
    assert {(e.source.code, e.target.code) for e in events if e.plover == "CONSULT"} == {("ETH", "ERI"), ("ERI", "ETH")}


def test_an_invasion_recalled_with_since_is_no_event():
    events = code_text("Relations have been frozen since Iraq's invasion of Kuwait.", date=PUB)
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_an_act_the_sentence_counts_its_time_from_is_no_new_event():
    events = code_text("Somali pirates freed the Danish crew, two months after seizing their freighter "
                       "to demand a ransom from Copenhagen.", date=PUB)
    assert not [e for e in events if e.trigger.text in ("seizing", "demand")]
    assert [e for e in events if e.trigger.text == "freed"]


def test_an_act_told_after_another_stays_an_event():
    events = code_text("Somali pirates seized a Danish freighter after attacking its escort.", date=PUB)
    assert [e for e in events if e.trigger.text == "attacking"]


def test_news_recalled_as_the_cause_of_the_news_is_no_new_event():
    events = code_text("Danish troops began moving north. The move comes after Denmark agreed to a Dutch "
                       "request for help.", date=PUB)
    assert not [e for e in events if e.plover == "AGREE"]
    events = code_text("Denmark agreed to a Dutch request for help.", date=PUB)
    assert [e for e in events if e.plover == "AGREE" and e.target is not None and e.target.code == "NLD"]


# -- a past relative clause on the subject says who the subject is ---------------------------------------

def test_a_relative_clause_naming_the_subject_by_a_past_act_is_no_event():
    events = code_text("The rebels who stormed a police post in the north argued over whether to surrender, "
                       "officials said.", date=PUB)
    assert not [e for e in events if e.trigger.text == "stormed"]
    events = code_text("A Kenyan diplomat who negotiated with Somali clan leaders was shot dead in Nairobi.", date=PUB)
    assert not [e for e in events if e.plover == "CONSULT"]


def test_a_relative_clause_set_off_by_commas_on_the_subject_is_no_event():
    events = code_text("Chile, which signed a trade deal with Japan last year, condemned the Argentine blockade.",
                       date=PUB)
    assert not [e for e in events if e.trigger.text == "signed"]
    assert [(e.source.code, e.target.code) for e in events if e.plover == "ACCUSE"] == [("CHL", "ARG")]


def test_a_relative_clause_on_the_object_is_left_to_the_other_rules():
    # whom the news is about acting on may be told by what they did: not a label of the subject
    events = code_text("Police in Lahore arrested five men who attacked a bus.", date=PUB)
    assert [e for e in events if e.plover == "COERCE"]
