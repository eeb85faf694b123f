"""What an analyst must find in the bundled op-ed (April 2016), with direction, class, date and amount."""

import pytest

from geopol.pipeline import default_pipeline, sample_document


@pytest.fixture(scope="module")
def events():
    return default_pipeline().code(sample_document())


def pick(events, src, tgt, **want):
    out = []
    for e in events:
        if not (e.source.code or "").startswith(src):
            continue
        if tgt is not None and (e.target is None or not (e.target.code or "").startswith(tgt)):
            continue
        if all(getattr(e, k) == v for k, v in want.items()):
            out.append(e)
    return out


def test_opposition_to_the_us_by_both(events):
    assert pick(events, "RUS", "USA", quad_class=3, modality="asserted")
    assert pick(events, "CHN", "USA", quad_class=3, modality="asserted")
    # "their recent opposition to US plans to install THAAD": an actor word used as an event noun
    assert {e.source.code for e in events if e.trigger.text == "opposition"} == {"RUS", "CHN"}


def test_beijing_warns_seoul(events):
    assert pick(events, "CHN", "KOR", plover="THREATEN")


def test_security_council_sanctions_north_korea(events):
    e = pick(events, "IGOUNO", "PRK", cameo="163")
    assert e and e[0].date == "2016-03-02"


def test_xi_meets_ivanov_in_beijing_and_hails_the_partnership(events):
    meet = pick(events, "CHNGOV", "RUSGOV", plover="CONSULT")
    assert meet and meet[0].source.name == "Xi Jinping" and meet[0].target.name == "Sergei Ivanov"
    assert meet[0].location is not None and meet[0].location.name == "Beijing"
    assert meet[0].date == "2016-03"
    assert pick(events, "CHNGOV", "RUS", plover="SUPPORT")


def test_joint_naval_drills_both_directions_as_cooperation(events):
    for a, b in (("RUS", "CHN"), ("CHN", "RUS")):
        drills = pick(events, a, b, quad_class=2, date="2015-08")
        assert drills and drills[0].domain == "military"


def test_loan_and_gas_contract_with_amounts(events):
    loan = pick(events, "CHN", "RUSBUS", plover="AID")
    assert loan and loan[0].amount.value == pytest.approx(2.17e9) and loan[0].amount.currency == "USD"
    deal = pick(events, "CHNBUS", "RUSBUS")
    assert deal and deal[0].date == "2014-05" and deal[0].amount.value == pytest.approx(4e11)
    assert deal[0].source.name == "China National Petroleum Corporation" and deal[0].domain == "energy"


def test_investment_in_rosneft_infrastructure_and_arms(events):
    assert pick(events, "CHN", "RUSBUS", plover="COOPERATE")
    assert any(e.domain == "infrastructure" for e in pick(events, "CHN", "RUS", quad_class=2))
    assert any(e.domain == "arms" for e in pick(events, "CHN", "RUS"))


def test_western_sanctions_on_russia(events):
    e = pick(events, "WST", "RUS", cameo="163")
    assert e and e[0].date == "2014"


def test_negated_condemnation_is_not_asserted(events):
    condemn = pick(events, "CHN", "RUS", plover="ACCUSE")
    assert condemn and all(e.modality == "negated" for e in condemn)


def test_author_bio_and_comment_form_yield_nothing(events):
    text = sample_document().text
    cut = text.index("Anita Inder Singh")
    assert events and all(e.evidence.span[1] <= cut for e in events)
