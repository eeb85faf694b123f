"""Dyad figures per period: quad counts, Goldstein, cooperation indexes, both directions; the plot."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from helpers import ev

from geopol.analysis.dyads import dyad_table, plot, summary
from geopol.schema import Event
from geopol.store import Coded, open_store

EVENTS = [
    ev(1, "RUSGOV", "CHN", "051", "2015-01-10"),
    ev(2, "CHN", "RUS", "070", "2015-02-03"),
    ev(3, "RUS", "CHNMIL", "112", "2015-02-20"),
    ev(4, "CHN", "RUS", "190", "2016-07-01"),
    ev(5, "RUS", "CHN", "070", "2016-07-02", modality="hypothetical"),  # not counted
    ev(6, "USA", "CHN", "190", "2015-01-01"),  # another dyad
]


def test_dyad_from_events_by_quarter() -> None:
    t = dyad_table(EVENTS, "RUS", "CHN", freq="quarter")
    both = t[t.direction == "both"].set_index("label")
    assert list(both.index) == ["2015Q1", "2016Q3"]
    q1 = both.loc["2015Q1"]
    assert (q1.n_events, q1.verbal_coop, q1.material_coop, q1.verbal_conflict) == (3, 1, 1, 1)
    assert q1.goldstein_total == pytest.approx(8.4)
    assert q1.goldstein_mean == pytest.approx(2.8)
    assert q1.coop_index == pytest.approx((10.4 - 2.0) / 12.4)
    assert q1.coop_index_n == pytest.approx(1 / 3)
    assert both.loc["2016Q3"].coop_index == -1
    ab = t[(t.direction == "RUS->CHN") & (t.label == "2015Q1")].iloc[0]
    assert (ab.n_events, ab.verbal_coop, ab.verbal_conflict) == (2, 1, 1)
    ba = t[(t.direction == "CHN->RUS") & (t.label == "2015Q1")].iloc[0]
    assert (ba.n_events, ba.material_coop) == (1, 1)


def test_freqs_and_modality() -> None:
    assert dyad_table(EVENTS, "RUS", "CHN", freq="year").query("direction == 'both'").label.tolist() == [
        "2015",
        "2016",
    ]
    assert dyad_table(EVENTS, "RUS", "CHN", freq="month").query("direction == 'both'").n_events.sum() == 4
    assert (
        dyad_table(EVENTS, "RUS", "CHN", freq="year", modality=None)
        .query("direction == 'both'")
        .n_events.sum()
        == 5
    )
    with pytest.raises(ValueError):
        dyad_table(EVENTS, "RUS", "CHN", freq="week")
    assert dyad_table(EVENTS, "RUS", "IRN").empty


def test_summary_and_store_agree(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as st:
        by_doc: dict[str, list[Event]] = {}
        for e in EVENTS:
            by_doc.setdefault(e.doc_id, []).append(e)
        from geopol.schema import Document

        st.write_batch([Coded(Document(d, f"text of {d} " * 3 + d), evs) for d, evs in by_doc.items()])
        from_store = dyad_table(st, "RUS", "CHN", freq="year")
    from_list = dyad_table(EVENTS, "RUS", "CHN", freq="year")
    pd.testing.assert_frame_equal(from_store, from_list)
    s = summary(from_list)
    assert s["n_events"] == 4 and s["material_conflict"] == 1
    assert math.isclose(s["coop_index_n"], 0.0)


def test_plot_writes_png(tmp_path: Path) -> None:
    out = plot(dyad_table(EVENTS, "RUS", "CHN", freq="quarter"), tmp_path / "d.png", title="RUS-CHN")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_all_periods_keep_the_empty_ones_and_the_plot_draws_them(tmp_path) -> None:
    from helpers import ev

    from geopol.analysis.dyads import all_periods, dyad_table, plot, table_freq

    events = [ev(1, "RUS", "CHN", "051", "2014-05-01"), ev(2, "CHN", "RUS", "112", "2015-08-01")]
    table = dyad_table(events, "RUS", "CHN", freq="quarter")
    assert list(dict.fromkeys(table.label)) == ["2014Q2", "2015Q3"]  # only periods with events
    assert table_freq(table) == "quarter"
    labels = [lab for _, lab in all_periods(table)]
    assert labels == ["2014Q2", "2014Q3", "2014Q4", "2015Q1", "2015Q2", "2015Q3"]
    assert [lab for _, lab in all_periods(dyad_table(events, "RUS", "CHN", freq="year"))] == ["2014", "2015"]
    assert len(all_periods(dyad_table(events, "RUS", "CHN", freq="month"))) == 16
    png = plot(table, tmp_path / "d.png")
    assert png.read_bytes()[:4] == b"\x89PNG"
