"""What the README says counts is what the code counts: main events, asserted, with a coded
source, counted once; never a place reading, an alternative or an uncoded phrase."""

from __future__ import annotations

import io

import duckdb
import pytest
from typer.testing import CliRunner

from geopol.analysis.dyads import dyad_table
from geopol.analysis.explain import explain
from geopol.analysis.network import build_network
from geopol.cli import app, main
from geopol.counts import counts
from geopol.export import write_events
from geopol.pipeline import default_pipeline
from geopol.schema import Document
from geopol.store import StoreVersionError, open_store, row_to_event

PUB = "2019-06-12"
DOCS = [
    Document("signed", "Russia and China signed an energy deal in Shanghai.", date=PUB),
    # No party named: the act's reading towards Harbin (in China) is a place, not China.
    Document("curfew", "The Russian government declared a curfew in Harbin.", date=PUB),
    Document("hostages", "Kuwait promised to work for the return of two Indian drivers held hostage in Iraq.",
             date=PUB),
    Document("bomb", "A roadside bomb killed two soldiers near Kashgar.", date=PUB),
    Document("refused", "Russia did not sign the trade deal with China.", date=PUB),
]


@pytest.fixture(scope="module")
def coded():
    return {d.id: default_pipeline().code(d) for d in DOCS}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("counts") / "c.duckdb"
    with open_store(path) as st:
        st.ingest(DOCS, coder=lambda docs: default_pipeline().code_many(docs))
    return path


@pytest.fixture
def store(db):
    with open_store(db, read_only=True) as st:
        yield st


def _between(events, a, b):
    """The dyad by the README's definition, computed here from the coded events themselves."""
    return [e for e in events if counts(e) and e.target is not None and e.target.code
            and {e.source.country, e.target.country} == {a, b}]


def test_a_place_reading_never_changes_a_count(coded, store):
    curfew = coded["curfew"]
    # The precondition: the act has a reading towards a place in China ...
    assert any(a.target is not None and a.target.code is None and a.target.country == "CHN"
               for e in curfew for a in e.alternatives)
    # ... and no event of that document is between Russia and China.
    assert not _between(curfew, "RUS", "CHN")
    everything = [e for evs in coded.values() for e in evs]
    expected = _between(everything, "RUS", "CHN")
    assert sorted((e.source.code, e.target.code) for e in expected) == [("CHN", "RUS"), ("RUS", "CHN")]
    dyad = dyad_table(store, "RUS", "CHN", freq="year")
    assert dyad[dyad.direction == "both"].n_events.sum() == len(expected)
    assert set(store.events(between=("RUS", "CHN"), modality="asserted").event_id) == {e.event_id for e in expected}
    edges = build_network(store).edges(data=True)
    assert {(s, t): d["n_events"] for s, t, d in edges if {s, t} == {"RUS", "CHN"}} == {
        ("RUS", "CHN"): 1, ("CHN", "RUS"): 1}
    assert explain(store, "RUS", "CHN").balance["n_events"] == len(expected)
    assert "curfew" not in set(store.events(target="CHN").doc_id)


def test_alternatives_never_enter_counts(coded, store):
    hostages = coded["hostages"]
    assert any(a.target is not None and a.target.code and a.target.country == "IRQ"
               for e in hostages for a in e.alternatives)
    assert not _between(hostages, "KWT", "IRQ")
    assert store.events(between=("KWT", "IRQ")).empty
    assert dyad_table(store, "KWT", "IRQ").empty
    assert not build_network(store).has_edge("KWT", "IRQ")
    assert explain(store, "KWT", "IRQ").balance["n_events"] == 0


def test_an_uncoded_source_never_counts(coded, store):
    bomb = coded["bomb"]
    assert bomb and all(e.source.code is None for e in bomb)  # unidentified attackers, placed in China
    assert any(e.source.country == "CHN" for e in bomb)
    assert "bomb" not in set(store.events(source="CHN", modality=None).doc_id)
    assert "bomb" not in set(store.events(modality=None).doc_id)


def test_the_dashboards_summaries_count_what_the_definition_says(coded, store):
    everything = [e for evs in coded.values() for e in evs]
    asserted = [e for e in everything if counts(e)]
    trend = store.period_counts("year", {1: "vc", 2: "mc", 3: "vx", 4: "mx"})
    assert int(trend.n_events.sum()) == len(asserted)  # the uncoded bomb is not among them
    by_quad = {q: sum(e.quad_class_cameo == q for e in asserted) for q in (1, 2, 3, 4)}
    assert [int(trend[c].sum()) for c in ("vc", "mc", "vx", "mx")] == [by_quad[q] for q in (1, 2, 3, 4)]
    assert store.span()["not_asserted"] == sum(counts(e, None) and e.modality != "asserted" for e in everything)


def test_the_store_counts_what_the_definition_says(coded, store):
    everything = [e for evs in coded.values() for e in evs]
    assert set(store.events(modality=None).event_id) == {e.event_id for e in everything if counts(e, None)}
    assert set(store.events(modality="asserted").event_id) == {e.event_id for e in everything if counts(e)}
    assert store.stats()["events"] == sum(counts(e, None) for e in everything)
    # Alternatives come back from the store as they went in.
    rows = store.events(modality=None).to_dict("records")
    back = {r["event_id"]: row_to_event(r) for r in rows}
    for e in everything:
        if e.event_id in back:
            assert back[e.event_id].alternatives == e.alternatives


def test_the_gdelt_tables_hold_counted_events_only(coded, db, tmp_path):
    everything = [e for evs in coded.values() for e in evs]
    buf = io.StringIO()
    assert write_events(everything, "gdelt", buf) == sum(counts(e) for e in everything)
    assert all(line.split("\t")[5] for line in buf.getvalue().splitlines())  # Actor1Code
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "gdelt",
                                      "--out", str(tmp_path / "g.tsv")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "g.tsv").read_text().splitlines()
    assert len(lines) == sum(counts(e) for e in everything)


def test_events_lists_what_counts_unless_asked(db):
    runner = CliRunner()
    asserted = runner.invoke(app, ["events", "--db", str(db), "--between", "RUS", "CHN", "--format", "jsonl"])
    every = runner.invoke(app, ["events", "--db", str(db), "--between", "RUS", "CHN", "--format", "jsonl",
                                "--modality", "any"])
    assert asserted.exit_code == 0 and every.exit_code == 0
    assert len(asserted.stdout.splitlines()) == 2
    assert len(every.stdout.splitlines()) > 2  # the refusal to sign is listed when asked for, never counted


def test_a_store_of_an_older_schema_is_refused_with_what_to_do(tmp_path, monkeypatch, capsys):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()
    with pytest.raises(StoreVersionError, match="ingest the documents again"):
        open_store(path)
    monkeypatch.setattr("sys.argv", ["geopol", "events", "--db", str(path)])
    with pytest.raises(SystemExit) as exit_:
        main()
    out = capsys.readouterr().err
    assert exit_.value.code == 1 and "schema 1" in out and "again" in out and "Traceback" not in out
