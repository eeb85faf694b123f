"""Appeals and demands with no addressee (PLOVER REQUEST needs none), on sentences written for these tests."""

from helpers import code_every_reading as code_text

PUB = "2019-06-12"


def counted(text: str) -> set[tuple]:
    """(source country, target country, PLOVER) of the asserted events that enter counts (default floor)."""
    from geopol.pipeline import default_pipeline
    from geopol.schema import Document

    events = default_pipeline().code(Document(id="doc", text=text, date=PUB))
    return {(e.source.country, e.target.country if e.target else None, e.plover) for e in events
            if e.source.code and e.modality == "asserted"}


def test_a_known_actors_appeal_to_no_one_is_a_request():
    # an appeal told with "for" and no addressee is an act of its own, towards no one
    readings = [e for e in code_text("Kenya appealed for calm.", date=PUB) if e.plover == "REQUEST"]
    assert readings and readings[0].source.code == "KEN" and readings[0].target is None
    assert ("BRA", None, "REQUEST") in counted("Brazil's foreign ministry appealed for calm.")
    assert ("SEN", None, "REQUEST") in counted("Senegal called for an end to the fighting.")
    # an appeal noun a verb carries
    assert ("KEN", None, "REQUEST") in counted("The Kenyan government made an appeal for calm.")


def test_what_is_urged_is_no_addressee():
    events = counted("Ghana's president urged restraint.")
    assert ("GHA", None, "REQUEST") in events
    assert not {e for e in events if e[2] == "REQUEST" and e[1] is not None}


def test_an_addressee_named_stays_the_target():
    events = counted("Senegal's foreign minister appealed to Gambia for calm.")
    assert ("SEN", "GMB", "REQUEST") in events
    assert ("SEN", None, "REQUEST") not in events


def test_an_appeal_to_someone_unresolved_is_not_counted_towards_no_one():
    # the followers are its addressee: a reading towards no one would miss them
    assert not {e for e in counted("The Bolivian president called on his supporters to end the blockade.")
                if e[2] == "REQUEST" and e[1] is None}
    # asking to be released from a case is asking someone (the court) left unnamed
    assert not {e for e in counted("Lawyers for the detained Uruguayan banker asked to be removed from the case.")
                if e[2] == "REQUEST"}


def test_an_appeal_in_a_clause_describing_the_actor_is_not_counted():
    events = counted("The Chilean envoy, who has pushed for new talks, arrived in Lima.")
    assert not {e for e in events if e[2] == "REQUEST"}
    assert ("CHL", "PER", "CONSULT") in events


def test_a_place_in_what_is_appealed_for_does_not_take_the_appeal_away():
    # the town is where the riots were, no party: the appeal still stands, towards no one
    events = counted("The Peruvian president appealed for calm after the riots in the border town.")
    assert ("PER", None, "REQUEST") in events
    assert not {e for e in events if e[2] == "REQUEST" and e[1] is not None}
