"""The rough edges a new user hits first: each gets a clear message or a sensible default."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import typer
from helpers import code_codes, corpus_app, ev
from rich.console import Console
from typer.testing import CliRunner

from geopol.cli import corpus
from geopol.schema import Document
from geopol.store import Coded, open_store


def fake_coder(docs: Iterable[Document]) -> Iterator[Coded]:
    for d in docs:
        yield Coded(d, code_codes(d))


@pytest.fixture()
def app(monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    return corpus_app(monkeypatch, fake_coder)


def run(app: typer.Typer, *args: str) -> object:
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture()
def store_path(app: typer.Typer, tmp_path: Path) -> Path:
    """Three documents: two dated, one .txt without a date (its event TUR -> AUT is undated)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "docs.jsonl").write_text(
        json.dumps({"id": "d1", "date": "2016-01-05", "text": "RUS praises CHN. Then more talks."}) + "\n"
        + json.dumps({"id": "d2", "date": "2016-02-05", "text": "CHN accuses RUS of delay."}) + "\n"
    )
    (src / "note.txt").write_text("TUR accuses AUT of bias.\n")
    db = tmp_path / "c.duckdb"
    r = run(app, "ingest", src, "--db", db)
    assert r.exit_code == 0, r.output
    return db


def test_ingest_warns_about_and_counts_undated_documents(app: typer.Typer, tmp_path: Path, store_path: Path) -> None:
    r = run(app, "ingest", tmp_path / "in" / "note.txt", "--db", tmp_path / "again.duckdb")
    assert "warning" in r.output and "1 document without a publication date (note)" in r.output
    assert "--date" in r.output
    assert re.search(r"documents without a date\W+1\b", r.output)
    dated = run(app, "ingest", tmp_path / "in" / "note.txt", "--db", tmp_path / "d.duckdb", "--date", "2016-03-01")
    assert dated.exit_code == 0 and "without a publication date" not in dated.output


def test_explain_names_undated_events_instead_of_finding_none(app: typer.Typer, store_path: Path) -> None:
    r = run(app, "explain", "TUR", "AUT", "--db", store_path, "--no-chart")
    assert r.exit_code == 0, r.output
    text = " ".join(r.output.replace("│", " ").split())  # the answer sits in a box
    assert "No asserted events" not in text
    assert "1 undated event not in the time series" in text
    assert "no publication date (note)" in text


def test_export_without_out_picks_a_name_per_format_and_never_overwrites(
    app: typer.Typer, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    r = run(app, "export", "--db", store_path, "--format", "csv")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "events.csv").read_text().startswith("event_id") or (tmp_path / "events.csv").stat().st_size
    assert not (tmp_path / "events.jsonl").exists()
    assert run(app, "export", "--db", store_path, "--format", "gdelt").exit_code == 0
    assert (tmp_path / "events.tsv").exists()
    before = (tmp_path / "events.csv").read_bytes()
    again = run(app, "export", "--db", store_path, "--format", "csv", "--since", "2016-02")
    assert again.exit_code == 2 and "events.csv exists" in again.output and "--force" in again.output
    assert (tmp_path / "events.csv").read_bytes() == before
    forced = run(app, "export", "--db", store_path, "--format", "csv", "--since", "2016-02", "--force")
    assert forced.exit_code == 0 and (tmp_path / "events.csv").read_bytes() != before


def test_bad_filter_values_are_usage_errors_and_names_resolve(app: typer.Typer, store_path: Path) -> None:
    bad = run(app, "events", "--db", store_path, "--plover", "FOO")
    assert bad.exit_code == 2 and "'FOO' is not one of" in bad.output and "SANCTION" in bad.output
    assert run(app, "events", "--db", store_path, "--domain", "weather").exit_code == 2
    assert run(app, "events", "--db", store_path, "--modality", "maybe").exit_code == 2
    by_code = run(app, "events", "--db", store_path, "--between", "RUS", "CHN", "-f", "jsonl")
    by_name = run(app, "events", "--db", store_path, "--between", "Russia", "China", "-f", "jsonl")
    assert by_name.exit_code == 0, by_name.output
    ids = [json.loads(line)["event_id"] for line in by_code.stdout.splitlines() if line.startswith("{")]
    assert len(ids) == 2
    assert ids == [json.loads(line)["event_id"] for line in by_name.stdout.splitlines() if line.startswith("{")]
    unknown = run(app, "events", "--db", store_path, "--between", "Narnia", "China")
    assert unknown.exit_code == 2 and "unknown actor 'Narnia'" in unknown.output
    assert run(app, "dyad", "Russia", "China", "--db", store_path).exit_code == 0
    assert run(app, "events", "--db", store_path, "--plover", "accuse").exit_code == 0  # any case


def test_dask_without_the_dist_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if [dist] were not installed
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(typer.Exit) as exc:
        corpus.make_coder(dask="local")
    assert exc.value.exit_code == 2
    monkeypatch.undo()
    calls = []
    monkeypatch.setattr("geopol.distributed.dask_coder", lambda address, **kw: calls.append(address) or "coder")
    assert corpus.make_coder(dask="tcp://10.0.0.1:8786") == "coder" and calls == ["tcp://10.0.0.1:8786"]


def test_evaluate_help_documents_the_gold_formats() -> None:
    from geopol.cli import app

    r = CliRunner().invoke(app, ["evaluate", "--help"], env={"COLUMNS": "200"})
    text = " ".join(r.output.split())
    for fragment in ("plv: TSV", "marked_sentence", "gold_root", "gsr: a JSON list", "geopol: JSONL"):
        assert fragment in text


def test_counts_say_one_event_not_one_events(app: typer.Typer, store_path: Path) -> None:
    from geopol.analysis.explain import explain
    from geopol.analysis.report import render, to_markdown

    one = run(app, "events", "--db", store_path, "--source", "TUR")
    assert "1 event" in one.output and "1 events" not in one.output
    e = explain([ev(1, "RUS", "CHN", "070")], "RUS", "CHN")
    md = to_markdown(e)
    assert "1 event" in md and "1 events" not in md and "1 coded events" not in e.answer
    buf = io.StringIO()
    render(e, Console(file=buf, width=200))
    assert "1 events" not in buf.getvalue()


def test_code_progress_counts_documents_without_a_made_up_total() -> None:
    from geopol.cli.code import coding_progress

    buf = io.StringIO()
    console = Console(file=buf, width=120, force_terminal=True)
    with coding_progress(console) as progress:
        task = progress.add_task("code", total=None, rate="")
        progress.update(task, advance=3, rate="2.0 docs/s")
        progress.refresh()
    shown = buf.getvalue()
    assert "coding" in shown and "3" in shown and "docs" in shown
    assert "/?" not in shown and "0/" not in shown


def test_serve_sample_and_watch_options_are_checked(tmp_path: Path) -> None:
    from geopol.cli import app

    r = CliRunner().invoke(app, ["serve", "--watch", "http://127.0.0.1:9/f.xml"])
    assert r.exit_code == 2 and "--watch needs --db" in r.output
    r = CliRunner().invoke(app, ["serve", "--sample", "--db", str(tmp_path / "x.duckdb")])
    assert r.exit_code == 2 and "--sample" in r.output


def test_store_helper_is_used(store_path: Path) -> None:
    with open_store(store_path, read_only=True) as st:
        assert st.stats()["documents"] == 3
