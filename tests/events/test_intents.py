"""Intents, promises and future cooperation (EVENTS.md rule 8), on sentences written for these tests."""

from helpers import asserted_triples
from helpers import code_every_reading as code_text

PUB = "2019-06-12"


def agree(text: str, src: str | None = None) -> list:
    """The AGREE events of ``text`` (from ``src``'s country, when given)."""
    return [e for e in code_text(text, date=PUB) if e.plover == "AGREE"
            and (src is None or e.source.country == src)]


def test_it_after_a_persons_words_is_the_state_not_the_person():
    # "it" stands for the state the clause it opens names, not for the minister who speaks ...
    e = agree("Minister Okada says that while Japan respects the treaty, it will offer to train "
              "Philippine coastguards.")
    assert e and e[0].source.country == "JPN" and e[0].target is not None and e[0].target.country == "PHL"
    # ... or for the state an official speaks for.
    e = agree("Chile's president says it will offer to host the Peruvian delegation.")
    assert e and e[0].source.code == "CHL"
    # A state that speaks is still its own "it".
    assert agree("Norway says it will offer to host the Colombian delegation.", "NOR")


def test_joining_a_leader_for_a_summit_is_each_guests_intent_towards_the_host():
    events = agree("Officials said the presidents of Ghana and Togo will join Nigeria's leader for a summit in Abuja.")
    pairs = {(e.source.country, e.target.country if e.target else None) for e in events if e.source.code}
    assert pairs == {("GHA", "NGA"), ("TGO", "NGA")}
    # The guests do not promise anything to each other.
    assert ("GHA", "TGO") not in pairs and ("TGO", "GHA") not in pairs


def test_joining_a_leader_for_talks_that_happened_is_a_meeting():
    events = [e for e in code_text("The Peruvian foreign minister joined Bolivian President Arce for talks on Monday.",
                                   date=PUB) if e.plover == "CONSULT" and e.source.code]
    assert {(e.source.country, e.target.country) for e in events} == {("PER", "BOL"), ("BOL", "PER")}


def test_joining_the_talks_is_not_a_meeting_with_the_talks():
    events = code_text("Mongolia will join the regional talks next month.", date=PUB)
    assert not [e for e in events if e.target is not None and e.target.code and e.source.code]


def counted(text: str) -> set[tuple]:
    """(source country, target country, PLOVER) of the events that enter counts (default floor)."""
    from geopol.pipeline import default_pipeline
    from geopol.schema import Document

    events = default_pipeline().code(Document(id="doc", text=text, date=PUB))
    return {(e.source.country, e.target.country if e.target else None, e.plover) for e in events
            if e.source.code and e.modality == "asserted"}


def test_a_party_in_what_is_promised_is_whom_it_is_promised_to():
    assert ("NOR", "CHL", "AGREE") in counted(
        "Norway has pledged to work for the safe return of the four Chileans kidnapped in Sudan.")
    # the one a condition names must act: the offer is made to them
    assert ("CUB", "USA", "AGREE") in counted("Cuba says it is willing to reopen talks on migration if Washington "
                                             "drops its demands.")


def test_the_place_or_the_circumstance_of_a_promise_is_not_its_recipient():
    assert not {e for e in counted("Canadian ministers agreed to set up three trade offices in Asia.")
                if e[1] == "ASA"}
    assert not {e for e in counted("Japan will hold a summit amid a dispute over the admission of Taiwan.")
                if e[1] == "TWN"}
    assert not {e for e in counted("Mexico's president, trying to mend ties with Cuba, pledged to cut tariffs.")
                if e[1] == "CUB" and e[2] == "AGREE"}


def test_an_offer_answered_was_made_to_who_answers_it():
    assert ("MAR", "DZA", "AGREE") in counted("Algeria welcomed a Moroccan offer of mediation.")
    # an object urged to accept it is whom it was made to
    assert ("VNM", "KHM", "AGREE") in counted("The envoy pressed Cambodia to accept a Vietnamese offer of talks.")
    # a request answered too, met or turned down by a passive's agent
    assert ("ETH", "KEN", "REQUEST") in counted("Kenya rejected an Ethiopian request for the extradition of the men.")
    assert ("JPN", "AUS", "REQUEST") in counted("Australia agreed to meet a Japanese request for more naval patrols.")
    assert ("URY", "ARG", "REQUEST") in counted("A Uruguayan demand for new talks was rejected by Argentina.")


def test_any_proposal_is_none_made_yet():
    assert not [e for e in code_text("Laos says it will reject any Thai proposal on the dam.", date=PUB)
                if e.source.country == "THA" and e.modality == "asserted"]


def test_set_or_poised_to_act_is_the_passive_subjects_intent():
    assert ("BRA", "PRY", "AGREE") in counted("Brazil is set to sign a power deal with Paraguay.")
    assert ("BRA", "PRY", "AGREE") in counted("Brazil is poised to sign a power deal with Paraguay.")
    # an expectation others hold is no intent stated: the act stays future
    assert not {e for e in counted("Brazil is expected to sign a power deal with Paraguay.") if e[0] == "BRA"}
    # what a future act hands on ("set to give the go-ahead to talks with X") has not happened either
    assert not {e for e in counted("The Swiss government is set to give the go-ahead later today to trade talks "
                                   "with Chile.") if e[2] == "CONSULT"}


def test_seeking_better_ties_is_an_intent_to_cooperate_not_an_appeal():
    events = code_text("Vietnam is seeking closer relations with the Philippines.", date=PUB)
    assert [e for e in events if e.plover == "AGREE" and (e.source.country, e.target.country) == ("VNM", "PHL")]
    assert not [e for e in events if e.plover == "REQUEST"], "the seeker asks no one for anything"
    # seeking help from someone is still a request to them
    events = code_text("The opposition sought help from the United Nations.", date=PUB)
    assert [e for e in events if e.plover == "REQUEST" and e.target is not None and e.target.code == "IGOUNO"]
    assert not agree("The opposition sought help from the United Nations.")



def test_an_act_told_as_continued_or_begun_is_the_subjects_own():
    # counted, not held as a reading inherited from another act
    assert ("RUS", "RUS", "ASSAULT") in asserted_triples("Russian troops continued to shell Chechen rebel positions.")
    assert [t for t in asserted_triples("Israeli forces began to withdraw from the town of Jenin on Sunday.")
            if t[0] == "ISR" and t[2] == "RETREAT"]


def test_a_visit_the_visitor_is_due_to_make_is_an_agreement_made_now():
    events = code_text("The Chinese premier is due to visit India next month.", date=PUB)
    assert [e for e in events if e.plover == "AGREE" and e.modality == "asserted"
            and (e.source.country, e.target.country) == ("CHN", "IND")]
    assert not [e for e in events if e.plover == "CONSULT"], "a visit still to come is not counted as made"


def test_an_infinitive_the_parser_hangs_beside_set_is_still_what_is_set():
    # "looked set to approve": the parser hangs "approve" on "looked", next to "set"; the
    # approval is to come, so it is AGREE (rule 8), not an approval already given.
    said = asserted_triples("The Ghanaian parliament looked set on Friday to approve the budget of President Mahama.")
    assert ("GHA", "GHA", "AGREE") in said and ("GHA", "GHA", "SUPPORT") not in said
