"""One quad convention across the analysis views, and undated events reported the same way."""

from __future__ import annotations

import dataclasses

from helpers import ev

from geopol.analysis import dyads
from geopol.analysis.explain import explain
from geopol.analysis.network import edge_table
from geopol.events.ontology import cameo
from geopol.schema import Event


def _appeal(i: int, date: str | None = "2016-02-01") -> Event:
    """CHN appeals to RUS (026: Goldstein +3.0; PLOVER REQUEST, quad 3; CAMEO root 02, quad 1)."""
    base = ev(i, "CHN", "RUS", "051", date or "2016-01-01")
    c = cameo("026")
    e = dataclasses.replace(base, cameo="026", cameo_root="02", quad_class=c.quad_class, goldstein=c.goldstein,
                            plover=c.plover, quad_class_cameo=None, event_id="")
    if date is None:
        e = dataclasses.replace(e, date=None, date_start=None, date_end=None, event_id="")
    return e


def test_an_appeal_is_cooperation_in_every_view() -> None:
    events = [_appeal(1), ev(2, "RUS", "CHN", "112", "2016-03-01")]
    assert events[0].quad_class == 3 and events[0].quad_class_cameo == 1
    e = explain(events, "RUS", "CHN")
    assert [d.n for d in e.conflict] == [1] and e.conflict[0].items[0].cameo == "112"
    assert sum(d.n for d in e.cooperation) == 1 and e.cooperation[0].items[0].cameo == "026"
    table = dyads.dyad_table(events, "RUS", "CHN", freq="year")
    both = table[table.direction == "both"].iloc[0]
    assert (both.verbal_coop, both.verbal_conflict) == (1, 1)
    edges = edge_table(events)
    assert edges.set_index(["source", "target"]).loc[("CHN", "RUS"), "coop"] == 1


def test_undated_events_are_counted_and_reported_alike() -> None:
    events = [_appeal(1, None), _appeal(2, None), ev(3, "RUS", "CHN", "112", "2016-03-01")]
    table = dyads.dyad_table(events, "RUS", "CHN", freq="month")
    assert table[table.direction == "both"].n_events.sum() == 1 and table.attrs["undated"] == 2
    e = explain(events, "RUS", "CHN")
    assert e.balance["n_events"] == 3  # the balance counts what the drivers count
    assert sum(d.n for d in e.cooperation) + sum(d.n for d in e.conflict) == 3
    assert "2 undated events not in the time series." in e.answer
    assert edge_table(events).n_events.sum() == 3


def test_a_year_dated_event_is_in_no_month_of_the_dyad() -> None:
    events = [ev(1, "RUS", "CHN", "051", "2015"), ev(2, "RUS", "CHN", "051", "2015-03"),
              ev(3, "CHN", "RUS", "112", "2015-03-04")]
    months = dyads.dyad_table(events, "RUS", "CHN", freq="month")
    assert months[months.direction == "both"].n_events.sum() == 2 and months.attrs["coarse"] == 1
    assert set(months.label) == {"2015-03"}  # never January for "2015"
    quarters = dyads.dyad_table(events, "RUS", "CHN", freq="quarter")
    assert quarters[quarters.direction == "both"].n_events.sum() == 2  # the month-dated one fits its quarter
    years = dyads.dyad_table(events, "RUS", "CHN", freq="year")
    assert years[years.direction == "both"].n_events.sum() == 3 and years.attrs["coarse"] == 0
    e = explain(events, "RUS", "CHN", freq="month")
    assert e.balance["n_events"] == 3 and "1 event dated only to a coarser period than a month" in e.answer
