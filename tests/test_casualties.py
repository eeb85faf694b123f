"""Casualty counts: found in the text, put once on the violent act, never in ``amount``."""

from __future__ import annotations

import pytest

from geopol.amounts import find_amounts
from geopol.casualties import find_casualties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A car bomb killed 23 people outside the ministry.", [("killed", 23)]),
        ("The raid left 9 dead and wounded 14 others.", [("killed", 9), ("injured", 14)]),
        ("More than 60 villagers were killed and 85 injured in the assault.", [("killed", 60), ("injured", 85)]),
        ("Four Nigerian policemen were slain at the checkpoint.", [("killed", 4)]),
        ("By evening the death toll had risen to 1,240.", [("killed", 1240)]),
        ("Gunmen opened fire, killing at least eleven and wounding dozens.", [("killed", 11)]),
        ("The storm left 300 families homeless.", []),
        ("The envoy was killed in 1994.", []),
        ("Lisbon pledged 40 ambulances.", []),
    ],
)
def test_find_casualties(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.n) for c in find_casualties(sentence)] == expected


def test_model_numbers_are_no_amount() -> None:
    assert [a.text for _, a in find_amounts("Warsaw ordered F-35 stealth jets and MiG-29 spares.")] == []
    assert [a.value for _, a in find_amounts("Cairo took delivery of 12 F-16 jets.")] == [12.0]
    assert [a.text for _, a in find_amounts("The shelling caused 40 deaths and 70 casualties.")] == []


def test_casualties_go_on_one_violent_event_not_amount() -> None:
    from geopol import code_text

    events = code_text("Boko Haram militants massacred 86 villagers in the Nigerian town of Dalori on Saturday.",
                       date="2016-02-01")
    violent = [e for e in events if e.cameo_root in ("18", "19", "20")]
    assert len(violent) >= 1
    assert [e.killed for e in violent].count(86) == 1  # once per act, however many readings
    assert all(e.amount is None or "86" not in e.amount.text for e in events)
    attack = code_text("Rebel fighters ambushed a Malian army convoy near Gao, killing 14 soldiers and "
                       "wounding 9.", date="2016-02-01")
    assert sum(e.killed or 0 for e in attack) == 14 and sum(e.injured or 0 for e in attack) == 9



def test_the_quick_check_keeps_every_rule() -> None:
    """find_casualties skips a sentence with none of ``_STEMS``: each rule needs one, so none is lost."""
    from geopol import casualties

    for rx, _ in casualties._RULES:
        assert casualties._MENTIONS.search(rx.pattern), rx.pattern
    phrases = ["killed 12", "left 3 dead", "12 soldiers were slain", "death toll rose to 40", "40 deaths",
               "wounding 30", "30 people were hurt"]
    assert [len(find_casualties(p)) for p in phrases] == [1] * len(phrases)
    assert find_casualties("12 soldiers were seen at the border") == []
