"""Date expressions resolved against a publication date (2016-04-05, a Tuesday)."""

from __future__ import annotations

import pytest

from geopol.when import DateMention, find_dates, infer_publication_date, precision_of

PUB = "2016-04-05"


def dates(text: str, pub: str | None = PUB) -> list[tuple[str, str, str]]:
    return [(m.text, m.date, m.precision) for m in find_dates(text, pub)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian troops seized the airport on 2 March, officials said.", [("2 March", "2016-03-02", "day")]),
        ("The ceasefire collapsed on March 2 after heavy shelling.", [("March 2", "2016-03-02", "day")]),
        ("Foreign ministers met in Geneva on Monday to discuss Syria.", [("Monday", "2016-04-04", "day")]),
        ("Kiev said on Sunday that two soldiers were killed.", [("Sunday", "2016-04-03", "day")]),
        ("The two leaders last met last August in Hangzhou.", [("last August", "2015-08", "month")]),
        ("Gazprom signed the contract in May 2014.", [("May 2014", "2014-05", "month")]),
        ("Two years ago, in May 2014, Gazprom agreed to supply gas to China.",
         [("May 2014", "2014-05", "month")]),
        ("Bilateral trade fell by a third last year.", [("last year", "2015", "year")]),
        ("Beijing expects growth to slow this year.", [("this year", "2016", "year")]),
        ("Deliveries of the jets are due to begin next year.", [("next year", "2017", "year")]),
        ("The pipeline should be finished in 2017.", [("2017", "2017", "year")]),
        ("In February the ministry summoned the ambassador.", [("February", "2016-02", "month")]),
        ("The navy held exercises in the last week of March.",
         [("the last week of March", "2016-03", "month")]),
        ("The minister told reporters yesterday that talks had stalled.",
         [("yesterday", "2016-04-04", "day")]),
        ("Moscow has sold arms to Caracas since 2000.", [("2000", "2000", "year")]),
        ("The accord was signed on 14 August 2015 in Vienna.", [("14 August 2015", "2015-08-14", "day")]),
        ("The accord was signed on Aug. 14, 2015, in Vienna.", [("Aug. 14, 2015", "2015-08-14", "day")]),
        ("The filing, dated 2015-08-14, was made public.", [("2015-08-14", "2015-08-14", "day")]),
        ("Protests began in mid-2015 and grew by the end of 2015.",
         [("mid-2015", "2015", "year"), ("the end of 2015", "2015", "year")]),
        ("Three months ago the talks collapsed; five days ago they resumed.",
         [("Three months ago", "2016-01", "month"), ("five days ago", "2016-03-31", "day")]),
        ("The president will travel to Beijing next Monday.", [("next Monday", "2016-04-11", "day")]),
        ("Last Tuesday the embassy was closed.", [("Last Tuesday", "2016-03-29", "day")]),
    ],
)
def test_resolves_relative_and_absolute(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has increased arms exports over the last two years.",
        "Relations have recently improved, the envoy said.",
        "Some 2000 troops were sent to the border.",
        "Theresa May said the talks may continue.",
        "Russia Today reported that the convoy had crossed the border.",
        "Moscow says the march through the capital was peaceful.",
        "The agency counted 1,500 refugees at the crossing.",
        "In recent years the two navies have exercised together.",
    ],
)
def test_no_date(sentence: str) -> None:
    assert dates(sentence) == []


def test_last_month_name_is_strictly_before_publication_month() -> None:
    assert dates("Talks were held last April in Minsk.") == [("last April", "2015-04", "month")]
    assert dates("Talks were held last March in Minsk.") == [("last March", "2016-03", "month")]


def test_month_after_publication_month_goes_to_previous_year() -> None:
    assert dates("The deal was reached in February.", "2016-01-20") == [("February", "2015-02", "month")]
    assert dates("Drills were held in December.", "2016-04-05") == [("December", "2015-12", "month")]


def test_future_cue_resolves_forward() -> None:
    assert dates("Putin will visit Beijing on Monday.") == [("Monday", "2016-04-11", "day")]
    assert dates("The summit is scheduled to open in June.") == [("June", "2016-06", "month")]
    assert dates("Leaders will meet on 12 April.") == [("12 April", "2016-04-12", "day")]


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    text = "On Monday, officials said the treaty signed on 2 March 2014 would hold, as it did last year."
    assert dates(text, None) == [("2 March 2014", "2014-03-02", "day")]


def test_offsets_and_type() -> None:
    text = "Tehran signed the accord on 14 July 2015."
    (m,) = find_dates(text, PUB, offset=1000)
    assert isinstance(m, DateMention)
    assert m.span == (1000 + text.index("14 July"), 1000 + len(text) - 1)
    assert m.text == "14 July 2015"


def test_publication_with_time_and_partial_dates() -> None:
    assert dates("Officials met yesterday.", "2016-04-05T09:30:00Z") == [("yesterday", "2016-04-04", "day")]
    assert dates("Officials met last year.", "2016") == [("last year", "2015", "year")]
    assert dates("Officials met yesterday.", "2016-04") == [("yesterday", "2016-04", "month")]


def test_infer_publication_date_from_date_line() -> None:
    doc = "Russia and China sign gas deal\nApril 5, 2016\n\nOn March 2, 2014, troops moved."
    assert infer_publication_date(doc) == "2016-04-05"
    assert infer_publication_date("Published: 2016-04-05 10:12\nMoscow and Beijing ...") == "2016-04-05"


def test_infer_publication_date_ignores_event_dates_in_opening_sentence() -> None:
    doc = ("On March 2, 2014, Russian troops moved into Crimea while the West protested loudly.\n"
           "The annexation followed on March 18, 2014.")
    assert infer_publication_date(doc) is None
    assert infer_publication_date(doc, fallback=True) == "2014-03-18"
    assert infer_publication_date("No dates here at all.") is None


def test_precision_of() -> None:
    assert precision_of("2016") == "year"
    assert precision_of("2016-04") == "month"
    assert precision_of("2016-04-05") == "day"
    with pytest.raises(ValueError):
        precision_of("April 2016")
