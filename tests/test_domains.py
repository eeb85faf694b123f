"""Event sector from keywords, trigger and CAMEO code."""

from __future__ import annotations

import pytest

from geopol.domains import domain_of
from geopol.schema import DOMAINS


@pytest.mark.parametrize(
    ("cameo", "sentence", "trigger", "expected"),
    [
        ("057", "Putin and Xi signed a 30-year gas supply deal at a summit in Shanghai.", "signed", "energy"),
        ("0234", "Moscow agreed to deliver S-400 missile systems to Beijing by 2018.", "deliver", "arms"),
        ("150", "China held naval drills in the South China Sea on Monday.", "held", "military"),
        ("071", "China offered Venezuela a $5 billion loan.", "offered", "finance"),
        ("057", "The two sides agreed to build a high-speed railway to Kazan.", "build", "infrastructure"),
        ("163", "The EU extended sanctions on Russian banks and energy firms.", "extended", "sanctions"),
        ("061", "Seoul and Beijing agreed to cut tariffs on electronics exports.", "cut", "trade"),
        ("138", "Pyongyang threatened to carry out a fifth nuclear test.", "threatened", "nuclear"),
        ("073", "The UN delivered humanitarian aid to refugees near Aleppo.", "delivered", "humanitarian"),
        ("115", "Manila filed a lawsuit at the arbitration court in The Hague.", "filed", "legal"),
        ("111", "Beijing criticized Tokyo over its claims to disputed islands.", "criticized", "territory"),
        ("042", "The Japanese foreign minister visited Moscow for talks.", "visited", "diplomacy"),
        ("072", "Washington sent military aid to Kiev.", "sent", "military"),
        ("057", "Russia agreed to build a nuclear power plant in Egypt.", "build", "energy"),
    ],
)
def test_domain(cameo: str, sentence: str, trigger: str, expected: str) -> None:
    assert domain_of(cameo, sentence, trigger) == expected


def test_trigger_outweighs_sentence() -> None:
    s = "After the gas talks, Brussels imposed an embargo on arms sales."
    assert domain_of("160", s, "imposed an embargo") == "sanctions"
    assert domain_of("057", "Moscow and Ankara signed a trade deal and discussed a pipeline.",
                     "pipeline") == "energy"


def test_cameo_fallback_when_words_say_nothing() -> None:
    assert domain_of("190", "Rebels attacked a convoy outside the town.", "attacked") == "military"
    assert domain_of("163", "Washington moved against Pyongyang.", "moved against") == "sanctions"
    assert domain_of("043", "The president hosted his counterpart.", "hosted") == "diplomacy"
    assert domain_of("999", "Nothing to see here.") is None
    assert domain_of("", "") is None


def test_always_a_schema_domain() -> None:
    for cameo in ("01", "0211", "036", "0841", "1041", "1312", "145", "1662", "173", "183", "195", "202"):
        assert domain_of(cameo, "A statement was made.") in DOMAINS


def test_domain_table_is_checked_at_load() -> None:
    import pytest

    from geopol.domains import DomainDataError, _load

    good = "keywords: {energy: [gas]}\nweak: [diplomacy]\npriority: [%s]\ncameo_prior: {\"19\": military}\n"
    from geopol.schema import DOMAINS

    assert _load(good % ", ".join(DOMAINS))[0] == {"energy": ("gas",)}
    with pytest.raises(DomainDataError, match=r"domains.yaml: keywords: 'fishing' is not a sector"):
        _load((good % ", ".join(DOMAINS)).replace("energy:", "fishing:"))
    with pytest.raises(DomainDataError, match="priority must list every sector once"):
        _load(good % "energy")
