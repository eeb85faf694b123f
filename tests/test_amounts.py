"""Money and quantities in news sentences."""

from __future__ import annotations

import pytest

from geopol.amounts import find_amounts


def amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(a.text, a.value, a.currency) for _, a in find_amounts(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rosneft got a $2.17 billion prepayment from Chinese buyers.", [("$2.17 billion", 2.17e9, "USD")]),
        ("The 30-year contract is worth $400 billion.", [("$400 billion", 4e11, "USD")]),
        ("The bank extended a loan of US$ 5 mln to the utility.", [("US$ 5 mln", 5e6, "USD")]),
        ("Brussels pledged 5 million euros in emergency aid.", [("5 million euros", 5e6, "EUR")]),
        ("Athens needs another €3bn before the summer.", [("€3bn", 3e9, "EUR")]),
        ("London froze £200m of assets.", [("£200m", 2e8, "GBP")]),
        ("Moscow will spend 1.5 trillion rubles on the navy.", [("1.5 trillion rubles", 1.5e12, "RUB")]),
        ("New Delhi approved Rs 500 crore for the port at Chabahar.", [("Rs 500 crore", 5e9, "INR")]),
        ("Oil major to buy stake for #36;50 million (Reuters)", [("#36;50 million", 5e7, "USD")]),
        ("The state fund holds 10 trillion yuan in assets.", [("10 trillion yuan", 1e13, "CNY")]),
        ("Seoul set aside 5 billion won for the families.", [("5 billion won", 5e9, "KRW")]),
        ("Canberra offered A$2 billion and Ottawa C$500 million.",
         [("A$2 billion", 2e9, "AUD"), ("C$500 million", 5e8, "CAD")]),
        ("The deal, worth two billion dollars, was signed in Ankara.",
         [("two billion dollars", 2e9, "USD")]),
        ("Some 10,000 Russian troops massed near the border.", [("10,000 Russian troops", 1e4, None)]),
        ("Output rose to 5 million barrels per day.", [("5 million barrels per day", 5e6, None)]),
    ],
)
def test_amounts(sentence: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert amounts(sentence) == expected


def test_yen_or_yuan_by_context() -> None:
    assert amounts("Tokyo unveiled a ¥10 trillion stimulus.") == [("¥10 trillion", 1e13, "JPY")]
    assert amounts("Beijing earmarked ¥10 trillion for railways.") == [("¥10 trillion", 1e13, "CNY")]
    assert amounts("The fund, ¥2 trillion in renminbi bonds, ...")[0][2] == "CNY"
    assert amounts("Investors bought ¥3 billion of bonds.") == [("¥3 billion", 3e9, "JPY")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia annexed Crimea in 2014 after a disputed referendum.",
        "In 2014 troops were sent to the border region.",
        "The talks on 14 August 2015 ended without agreement.",
        "The candidate won by a wide margin.",
        "Inflation reached 12.9 percent last year.",
        "Resolution 2231 endorsed the nuclear deal.",
    ],
)
def test_not_amounts(sentence: str) -> None:
    assert amounts(sentence) == []


def test_offsets() -> None:
    text = "China lent Venezuela $5 billion."
    ((span, amount),) = find_amounts(text, offset=100)
    assert span == (100 + text.index("$"), 100 + text.index("."))
    assert amount.text == "$5 billion"
