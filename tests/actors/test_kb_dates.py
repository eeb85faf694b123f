"""Terms of office read event dates with the one partial-date reader (:mod:`geopol.dates`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geopol.actors.kb import day_of, load_kb


@pytest.mark.parametrize(
    ("date", "day"),
    [("2015", "2015-07-01"), ("2015-08", "2015-08-15"), ("2015-8", "2015-08-15"), ("2015-08-14", "2015-08-14"),
     ("2015-08-14T10:00", "2015-08-14"), ("2015-13", None), ("last week", None), ("", None), (None, None)],
)
def test_day_of_reads_partial_dates(date: str | None, day: str | None) -> None:
    assert day_of(date) == day


def test_an_unpadded_month_falls_in_the_right_term(tmp_path: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(
        "- {name: Ivan Petrovsky, country: RUS, roles: [{role: MIL, start: 2012-01-01, end: 2015-09-01},"
        " {role: GOV, start: 2015-09-01}]}\n",
        encoding="utf-8",
    )
    kb = load_kb([path])
    entry = kb.get("Ivan Petrovsky")
    assert entry is not None
    assert kb.code_at(entry, "2015-8")[0] == kb.code_at(entry, "2015-08")[0] == "RUSMIL"
    assert kb.code_at(entry, "2015-10")[0] == "RUSGOV"
    assert kb.code_at(entry, "no date")[0] == "RUSGOV"  # unreadable: the latest term, as for no date
