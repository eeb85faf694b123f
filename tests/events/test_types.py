"""Right source and target, wrong PLOVER type: each general cause, on sentences written for these
tests, asserting the right type present and the wrong one absent."""

import pytest

from geopol import code_text
from geopol.counts import counts
from geopol.events.ontology import cameo

PUB = "2004-10-01"


def coded(text: str) -> list[tuple]:
    """Every event coded: (source country, target country, PLOVER, modality, trigger)."""
    return [(e.source.country, e.target.country if e.target else None, e.plover, e.modality, e.trigger.text)
            for e in code_text(text, date=PUB)]


def counted(text: str) -> set[tuple]:
    """The events that enter counts (asserted, coded source): (source country, target country, PLOVER)."""
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in code_text(text, date=PUB) if counts(e) and e.modality == "asserted"}


# -- the table: sanctions are SANCTION, a blockade is COERCE (EVENTS.md rule 7, PLOVER manual) ----------

def test_sanctions_are_sanction_and_a_blockade_is_coerce() -> None:
    assert cameo("163").plover == "SANCTION"
    assert cameo("191").plover == "COERCE"


def test_an_embargo_imposed_is_a_sanction_not_coercion() -> None:
    got = counted("The European Union imposed an arms embargo on Zimbabwe on Monday.")
    assert ("ZWE" in {t for _, t, p in got if p == "SANCTION"})
    assert not any(p == "COERCE" for _, _, p in got)


def test_punishing_with_sanctions_is_a_sanction() -> None:
    got = counted("The UN Security Council punished Sudan with sanctions on Monday.")
    assert any(t == "SDN" and p == "SANCTION" for _, t, p in got)
    assert not any(p == "COERCE" for _, _, p in got)


def test_closing_a_crossing_restricts_movement_it_is_no_assault() -> None:
    got = counted("The Greek army closed the border crossing with Albania.")
    assert ("GRC", "ALB", "COERCE") in got
    assert not any(p == "ASSAULT" for _, _, p in got)


# -- troops for disaster relief are AID (PLOVER manual 3.14.1) ------------------------------------------

@pytest.mark.parametrize("text", [
    "Japan is sending 300 soldiers and relief supplies to earthquake-hit areas of Indonesia.",
    "India sent troops to help flood victims in Bangladesh.",
])
def test_troops_sent_for_disaster_relief_are_aid(text: str) -> None:
    got = counted(text)
    assert any(p == "AID" for _, _, p in got)
    assert not any(p == "MOBILIZE" for _, _, p in got)


def test_troops_sent_with_no_disaster_stay_a_mobilization() -> None:
    assert any(p == "MOBILIZE" for _, _, p, _, _ in coded("The Sudanese army sent troops to Darfur."))


# -- verb senses: flying others somewhere, calling something off -------------------------------------------

def test_flying_people_somewhere_is_no_visit() -> None:
    assert not any(p == "CONSULT" for _, _, p, _, _ in coded("The French government is flying the refugees to Chad."))
    assert ("EGY", "SDN", "CONSULT") in counted("Egypt's foreign minister flew to Khartoum on Monday.")


def test_calling_off_drills_is_no_phone_call() -> None:
    got = coded("Beijing called off the military exercises near Taiwan.")
    assert any(p == "RETREAT" for _, _, p, _, _ in got)
    assert not any(p == "CONSULT" for _, _, p, _, _ in got)
    assert not any(p == "CONSULT" for _, _, p, _, _ in coded("Iraq called off the elections."))


# -- one act: the demand a demonstration voices is its content -----------------------------------------

@pytest.mark.parametrize("text", [
    "Thousands of Greek students marched through Athens to demand the release of a jailed teacher.",
    "Hundreds of Pakistani villagers rallied outside the governor's office, demanding compensation.",
])
def test_a_protest_demand_is_no_request_of_its_own(text: str) -> None:
    got = coded(text)
    assert any(p == "PROTEST" for _, _, p, _, _ in got)
    assert not any(p == "REQUEST" for _, _, p, _, _ in got)


def test_a_demand_of_its_own_stays_a_request() -> None:
    got = coded("The Greek government demanded the release of a jailed teacher.")
    assert any(p == "REQUEST" for _, _, p, _, _ in got)


# -- modality: acts still to come are not asserted ------------------------------------------------------

def test_a_second_promised_infinitive_is_promised_too() -> None:
    got = coded("The Mexican president pledged to eradicate torture and to prosecute abusive police officers.")
    assert any(p == "AGREE" and m == "asserted" for _, _, p, m, _ in got)
    assert not any(p == "ACCUSE" and m == "asserted" for _, _, p, m, _ in got)


@pytest.mark.parametrize("text", [
    "With the deadline close for Chad to disband the armed groups, the council is split.",
    "It is time for Syria to withdraw its troops from Lebanon.",
])
def test_a_for_to_infinitive_is_not_asserted(text: str) -> None:
    assert not any(m == "asserted" and p in ("RETREAT", "CONCEDE") for _, _, p, m, _ in coded(text))


def test_what_an_open_question_contains_is_open() -> None:
    got = coded("Officials did not say whether the move meant China had withdrawn its troops.")
    assert not any(m == "asserted" for _, _, p, m, _ in got if p == "RETREAT")
    got = coded("Officials said the move meant China had withdrawn its troops.")
    assert any(m == "asserted" for _, _, p, m, _ in got if p == "RETREAT")


def test_conjoined_finite_acts_keep_their_own_reading() -> None:
    got = counted("Israeli troops raided the camp and arrested ten militants.")
    assert any(p == "COERCE" for _, _, p in got)
