"""Panels: zero-filled cells, totals equal the filtered event counts, precision and .dta round trips."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from helpers import ev

from geopol.analysis.panel import PLOVER_COLUMNS, QUAD_COLUMNS, build_panel, write_panel
from geopol.store import Coded, open_store


def _events() -> list:
    evs = [
        ev(1, "RUSGOV", "CHNGOV", "051", "2015-03-02"),
        ev(2, "RUS", "CHN", "070", "2015-06"),             # month precision
        ev(3, "CHN", "RUS", "112", "2016-01-20"),
        ev(4, "RUS", "JPN", "190", "2016"),                # year precision: not in a month panel
        ev(5, "JPN", "CHN", "112", "2016-02-11", modality="negated"),
        ev(6, "RUS", "CHN", "051", "2016-02-01"),
        ev(7, "RUS", "RUS", "112", "2016-02-03"),          # domestic
    ]
    undated = dataclasses.replace(ev(8, "CHN", "JPN", "051"), date=None, date_start=None, date_end=None,
                                  event_id="")
    low = dataclasses.replace(ev(9, "JPN", "RUS", "190", "2015-05-05"), confidence=0.2, event_id="")
    return [*evs, undated, low]


@pytest.fixture()
def store(tmp_path: Path):
    s = open_store(tmp_path / "p.duckdb")
    s.write_batch([Coded(None, []) for _ in ()])
    from geopol.schema import Document

    for e in _events():
        s.write_batch([Coded(Document(e.doc_id, f"text {e.doc_id}"), [e])])
    yield s
    s.close()


def test_country_year_totals_equal_the_event_counts(store) -> None:
    p = build_panel(store, "country", "year", role="source")
    t = p.table
    assert set(t.country) == {"CHN", "JPN", "RUS"} and set(t.year) == {2015, 2016}
    assert len(t) == 6  # zero-filled: 3 countries x 2 years
    assert t.loc[(t.country == "CHN") & (t.year == 2015), "n_events"].item() == 0
    asserted = store.events(modality="asserted")
    coded = asserted[asserted.source_code.notna()]
    assert t.n_events.sum() + p.undated + p.coarse == len(coded)
    assert p.undated == 1 and p.coarse == 0
    # quad and PLOVER columns each add up to the events of the cell
    assert (t[list(QUAD_COLUMNS.values())].sum(axis=1) == t.n_events).all()
    assert (t[list(PLOVER_COLUMNS)].sum(axis=1) == t.n_events).all()
    rus16 = t[(t.country == "RUS") & (t.year == 2016)].iloc[0]
    assert rus16.n_events == 3 and rus16.material_conflict == 1 and rus16.plover_assault == 1
    assert rus16.goldstein_sum == pytest.approx(3.4 - 10.0 - 2.0)
    assert rus16.goldstein_mean == pytest.approx((3.4 - 10.0 - 2.0) / 3)


def test_filters_match_the_events_query(store) -> None:
    strict = build_panel(store, "country", "year", role="source", min_confidence=0.4, modality=None)
    df = store.events(min_confidence=0.4)
    df = df[df.source_code.notna()]
    assert strict.table.n_events.sum() + strict.undated + strict.coarse == len(df)
    assert strict.table.plover_accuse.sum() == 3  # the negated accusation counts when asked for


def test_month_panel_leaves_year_precision_out_and_says_so(store) -> None:
    p = build_panel(store, "dyad", "month", directed=True, since="2015-01", until="2016-12")
    t = p.table
    assert set(t.period) == {f"{y}-{m:02d}" for y in (2015, 2016) for m in range(1, 13)}
    assert p.coarse == 1 and p.domestic == 1 and p.undated == 1
    assert "1 undated event not in the time series" in p.notes()
    row = t[(t.source == "RUS") & (t.target == "CHN") & (t.period == "2015-06")]
    assert row.n_events.item() == 1 and row.material_coop.item() == 1
    assert t[(t.source == "RUS") & (t.target == "JPN")].n_events.sum() == 0  # its only event is year-dated
    # undirected dyads fold both directions into one pair
    u = build_panel(store, "dyad", "year", directed=False).table
    pair = u[(u.actor_a == "CHN") & (u.actor_b == "RUS")]
    assert pair.n_events.sum() == 4 and len(u[(u.actor_a == "RUS") & (u.actor_b == "CHN")]) == 0


def test_actor_set_and_role_either(store) -> None:
    p = build_panel(store, "country", "year", role="either", actors=["RUS", "KOR"])
    t = p.table
    assert set(t.country) == {"KOR", "RUS"} and t[t.country == "KOR"].n_events.sum() == 0
    # the domestic RUS->RUS event counts once for Russia, not twice
    assert t[t.country == "RUS"].n_events.sum() == 7  # 6 with another country + 1 domestic


def test_dta_round_trip_keeps_codes_as_strings(store, tmp_path: Path) -> None:
    p = build_panel(store, "dyad", "year")
    path = write_panel(p, tmp_path / "panel.dta")
    back = pd.read_stata(path)
    assert list(back.source[:3]) == list(p.table.source[:3]) and back.n_events.sum() == p.table.n_events.sum()
    meta = json.loads((tmp_path / "panel.dta.meta.json").read_text())
    assert meta["panel"]["undated"] == 1 and meta["geopol_version"]
    assert "geopol" in pd.io.stata.StataReader(path).data_label
    import pyarrow.parquet as pq

    pq_path = write_panel(p, tmp_path / "panel.parquet")
    assert b"coder_fingerprint" in pq.read_schema(pq_path).metadata
    with pytest.raises(ValueError, match="panel format"):
        write_panel(p, tmp_path / "panel.xlsx")


def test_panel_command_writes_and_reports(store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    db = store.path
    store.close()
    out = tmp_path / "cy.csv"
    r = CliRunner().invoke(app, ["panel", "--db", db, "--unit", "country", "--freq", "year", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "1 undated event not in the time series" in r.output
    back = pd.read_csv(out, dtype={"country": str})
    assert back.n_events.sum() == 7 and (tmp_path / "cy.csv.meta.json").exists()
    assert CliRunner().invoke(app, ["panel", "--db", db, "--out", str(tmp_path / "x.xlsx")]).exit_code == 2


def test_panel_total_equals_the_events_command(store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    db = store.path
    store.close()
    runner = CliRunner()
    r = runner.invoke(app, ["events", "--db", db, "--modality", "asserted", "--min-confidence", "0.4",
                            "--format", "csv"])
    listed = pd.read_csv(io.StringIO(r.stdout), dtype={"cameo": str})
    out = tmp_path / "p.csv"
    r = runner.invoke(app, ["panel", "--db", db, "--min-confidence", "0.4", "--out", str(out)])
    meta = json.loads((tmp_path / "p.csv.meta.json").read_text())["panel"]
    with_source = listed[listed.source_code.notna()]
    assert pd.read_csv(out).n_events.sum() + meta["undated"] + meta["coarse"] == len(with_source) == 7
