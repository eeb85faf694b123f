"""A match told in the words of politics and war is no event (events/sport.py), on sentences
written for these tests."""

from geopol import code_text

PUB = "2021-03-09"


def test_a_teams_play_is_no_assault_criticism_or_support():
    for text in ("Kenya's bowlers destroyed the Irish batting line-up on the final day.",
                 "The Samoan captain attacked the referee's decision after the match.",
                 "Fiji's coach backed his goalkeeper after the semi-final defeat."):
        assert not any(e.source.code for e in code_text(text, date=PUB)), text


def test_a_states_organs_still_act_in_a_sport_sentence():
    events = code_text("Pakistani police arrested two cricketers in Karachi.", date=PUB)
    assert any(e.source.code == "PAKCOP" and e.plover == "COERCE" for e in events)


def test_the_same_words_without_sport_are_events():
    events = code_text("Kenyan troops destroyed a rebel camp in Somalia.", date=PUB)
    assert any(e.plover == "ASSAULT" and e.source.country == "KEN" for e in events)
