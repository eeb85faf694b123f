"""Each event is dated from its own clause; acts recalled as background are not new events."""

from __future__ import annotations

import pytest

from geopol import code_text

PUB = "2016-04-07"  # a Thursday


def coded(text: str) -> list:
    return code_text(text, date=PUB)


def dates_of(events, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.date, e.date_source) for e in events if e.trigger.text == trigger}


def test_a_date_of_the_punished_attacks_does_not_date_the_sentence() -> None:
    events = coded("A Kenyan court sentenced three men to life in prison for the bombings of two embassies in 1998.")
    assert dates_of(events, "sentenced") == {(PUB, "publication")}
    # the sentence's own date still wins when there is one
    events = coded("A Kenyan court on Tuesday sentenced three men to life in prison for the bombings of two "
                   "embassies in 1998.")
    assert dates_of(events, "sentenced") == {("2016-04-05", "text")}


def test_a_date_of_the_criticised_protests_does_not_date_the_criticism() -> None:
    events = coded("Senator Smith criticised Ankara over the crackdown on the protests of 2013.")
    assert dates_of(events, "criticised") == {(PUB, "publication")}


def test_an_event_noun_takes_the_date_in_its_own_phrase() -> None:
    events = coded("Japan protested on Monday against the Chinese seizure of a fishing boat in 2010.")
    assert dates_of(events, "protested") == {("2016-04-04", "text")}
    assert dates_of(events, "seizure") == {("2010", "text")}


def test_an_occasion_dates_the_act() -> None:
    events = coded("At a summit in May 2014, Russia and China signed a gas deal.")
    assert dates_of(events, "signed") == {("2014-05", "text")}


@pytest.mark.parametrize(
    "text",
    [
        "Since Russia's invasion of Ukraine, Poland has bought 250 tanks from South Korea.",
        "Since the invasion of Kuwait by Iraq in 1990, Saudi Arabia has hosted American troops.",
        "After the 2003 invasion of Iraq by the United States, Iran courted Baghdad with loans.",
    ],
)
def test_background_acts_are_not_new_events(text: str) -> None:
    events = coded(text)
    assert events or "After" in text, "the main act is still coded"
    assert not [e for e in events if e.trigger.text == "invasion"]
    assert all(e.date != "1990" for e in events)


def test_month_and_year_dates_carry_their_bounds() -> None:
    (drill, *_) = coded("Russia and China held joint naval drills in the Sea of Japan last August.")
    assert (drill.date, drill.date_precision, drill.date_start, drill.date_end) == (
        "2015-08", "month", "2015-08-01", "2015-08-31")
    (seizure,) = [e for e in coded("Japan protested against the Chinese seizure of a fishing boat in 2010.")
                  if e.trigger.text == "seizure"]
    assert (seizure.date_start, seizure.date_end) == ("2010-01-01", "2010-12-31")


def test_a_recent_act_in_an_after_phrase_is_still_an_event() -> None:
    events = coded("After talks in Beijing on Monday, Russia signed an energy deal with China.")
    assert dates_of(events, "talks") == {("2016-04-04", "text")}
