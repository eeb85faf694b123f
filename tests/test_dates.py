"""The one partial-date reader, and that the modules which read dates agree with it."""

from __future__ import annotations

import datetime as dt

import pytest

from geopol import dates
from geopol.export import _parse_date
from geopol.ingest import normalize_date
from geopol.schema import date_bounds
from geopol.store import parse_date
from geopol.when import precision_of


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2015", "2015-01-01", "2015-12-31", "year"),
        ("2016-02", "2016-02-01", "2016-02-29", "month"),
        ("2015-8", "2015-08-01", "2015-08-31", "month"),
        ("2015-08-14", "2015-08-14", "2015-08-14", "day"),
        ("2015-08-14T10:30:00Z", "2015-08-14", "2015-08-14", "day"),
    ],
)
def test_partial_dates(text: str, start: str, end: str, precision: str) -> None:
    assert dates.bounds(text) == (start, end) == date_bounds(text)
    assert dates.precision(text) == precision
    assert parse_date(text) == dt.date.fromisoformat(start)
    assert parse_date(text, end=True) == dt.date.fromisoformat(end)
    assert _parse_date(text)[:3] == tuple(int(x) for x in start.split("-"))


@pytest.mark.parametrize("text", ["", "last year", "2015-13", "2015-02-30", "15-08-14"])
def test_not_partial_dates(text: str) -> None:
    assert dates.to_date(text) is None
    assert dates.bounds(text) == (None, None)
    assert dates.precision(text) is None


def test_readers_share_the_shape() -> None:
    assert dates.split_date("2015-08-14T10:30") == (2015, 8, 14, "T10:30")
    assert _parse_date("2015-08-14T10:30:05")[3] == "103005"
    assert normalize_date("2015-8-4") == "2015-08-04"
    assert normalize_date("2015-08-14 10:00") == "2015-08-14"
    assert precision_of("2015-08") == "month"
    with pytest.raises(ValueError, match="not an ISO date"):
        precision_of("August")
