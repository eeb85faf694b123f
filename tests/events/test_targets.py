"""The target when the object is a thing (EVENTS.md rule 5): the actor behind or acted upon
through it, never the thing, its topic or a quantity word; a thing with no actor behind it stays
no coded target."""

from helpers import code_every_reading

PUB = "2019-06-12"


def targets(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one PLOVER type."""
    return [(e.source.code, e.target.code if e.target else None)
            for e in code_every_reading(text, date=PUB) if e.plover == plover]


def test_a_sponsored_thing_stands_for_its_sponsor_not_its_topic():
    assert targets("Moscow vetoed a Canadian-drafted resolution on Yemen.", "REJECT") == [("RUS", "CAN")]
    assert targets("Manila rejected a peace plan proposed by Jakarta.", "REJECT") == [("PHL", "IDN")]
    assert targets("Ottawa criticised a bill backed by Washington and Mexico City.", "ACCUSE") == [
        ("CAN", "USA"), ("CAN", "MEX")]


def test_the_body_a_sponsored_draft_is_put_to_is_a_party_as_well():
    found = targets("Caracas rejected a Brazilian-sponsored OAS resolution.", "REJECT")
    assert sorted(found) == [("VEN", "BRA"), ("VEN", "IGOOAS")]


def test_backed_people_are_not_their_backer():
    # "Turkish-backed militias" are the militias, not Turkey.
    found = targets("Kurdish fighters ambushed Turkish-backed militias near the border.", "ASSAULT")
    assert found and all(t is None or not t.startswith("TUR") for _, t in found)


def test_a_thing_with_no_one_behind_it_stays_uncoded():
    assert targets("Chile rejected the draft on Tuesday.", "REJECT") == [("CHL", None)]


def test_a_quantity_word_is_not_the_target():
    events = [e for e in code_every_reading("Police in Lima seized a total of 40 rifles.", date=PUB)
              if e.target is not None]
    assert events and all(e.target.text != "total" for e in events)
