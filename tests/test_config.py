"""The coder configuration: its fingerprint follows the knowledge files, and the store re-codes a
document when the fingerprint changes (a re-ingest after a dictionary edit is not skipped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geopol.config import CoderConfig
from geopol.pipeline import default_coder
from geopol.schema import Document
from geopol.store import open_store


def _triggers(path: Path, code: str) -> Path:
    path.write_text(f'verbs:\n  - {{lemma: serenade, code: "{code}"}}\n', encoding="utf-8")
    return path


def test_fingerprint_follows_model_and_files(tmp_path: Path) -> None:
    mine = _triggers(tmp_path / "mine.yaml", "051")
    base = CoderConfig(triggers=(mine,))
    assert base.fingerprint() == CoderConfig(triggers=[str(mine)]).fingerprint()
    assert base.fingerprint() != CoderConfig().fingerprint()
    assert base.fingerprint() != CoderConfig(model="en_core_web_md", triggers=(mine,)).fingerprint()
    before = base.fingerprint()
    _triggers(mine, "042")
    assert base.fingerprint() != before


def test_store_recodes_when_the_trigger_file_changes(tmp_path: Path) -> None:
    mine = _triggers(tmp_path / "mine.yaml", "051")
    doc = Document("d1", "Canada serenaded Mexico on Tuesday.", date="2016-03-02")
    with open_store(tmp_path / "c.duckdb") as st:
        assert st.ingest([doc], coder=default_coder()).events == 0  # not in the shipped lexicon
        assert st.ingest([doc], coder=default_coder()).unchanged == 1
        first = st.ingest([doc], coder=default_coder(config=CoderConfig(triggers=(mine,))))
        assert (first.updated, first.events) == (1, 1)
        assert st.events().cameo.tolist() == ["051"]
        assert st.ingest([doc], coder=default_coder(config=CoderConfig(triggers=(mine,)))).unchanged == 1
        _triggers(mine, "042")
        again = st.ingest([doc], coder=default_coder(config=CoderConfig(triggers=(mine,))))
        assert (again.updated, again.unchanged) == (1, 0)
        events = st.events()
        assert events.cameo.tolist() == ["042"]
        assert events.rule.tolist() == ["mine.yaml verbs[0] serenade 042"]


def test_ingest_command_takes_trigger_files(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app

    mine = _triggers(tmp_path / "mine.yaml", "051")
    (tmp_path / "a.txt").write_text("Canada serenaded Mexico on Tuesday.\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--date", "2016-03-02"]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert CliRunner().invoke(app, [*args, "--triggers", str(mine)]).exit_code == 0
    with open_store(db, read_only=True) as st:
        assert st.events().cameo.tolist() == ["051"]


def test_fingerprint_covers_every_shipped_table() -> None:
    import geopol
    from geopol.config import KNOWLEDGE_FILES

    data = Path(geopol.__file__).parent / "data"
    shipped = {p.relative_to(data).as_posix() for p in data.rglob("*")
               if p.is_file() and p.relative_to(data).parts[0] != "sample"}
    assert {"triggers.yaml", "cameo.tsv", "actors/people.yaml"} <= shipped
    assert set(KNOWLEDGE_FILES) == shipped


def test_ingest_command_takes_actor_files_and_records_the_coder(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geopol.cli import app
    from geopol.provenance import label

    mine = tmp_path / "analyst.yaml"
    mine.write_text("organizations:\n  - {name: Arctic Shelf Drilling, code: RUSBUS, country: RUS, role: BUS}\n",
                    encoding="utf-8")
    (tmp_path / "a.txt").write_text("Arctic Shelf Drilling accused Norway of spying.\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    args = ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "--date", "2016-03-02"]
    assert CliRunner().invoke(app, args).exit_code == 0
    with open_store(db, read_only=True) as st:
        assert st.events().empty  # an uncoded source does not count
        assert st.sql("SELECT coder FROM documents").coder.tolist() == [label(CoderConfig().provenance())]
    assert CliRunner().invoke(app, [*args, "--actors", str(mine)]).exit_code == 0
    with open_store(db, read_only=True) as st:
        events = st.events()
        assert (events.source_code.tolist(), events.target_country.tolist()) == (["RUSBUS"], ["NOR"])
        coder = label(CoderConfig(actors=(mine,)).provenance())
        assert coder != label(CoderConfig().provenance())
        assert st.sql("SELECT coder FROM documents").coder.tolist() == [coder]


def test_dask_workers_code_with_the_configuration(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from geopol.distributed import dask_coder

    mine = _triggers(tmp_path / "mine.yaml", "051")
    config = CoderConfig(triggers=(mine,))
    doc = Document("d1", "Canada serenaded Mexico on Tuesday.", date="2016-03-02")
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            plain, configured = dask_coder(client), dask_coder(client, config=config)
            assert [r.events for r in plain([doc])] == [[]]
            assert [[e.cameo for e in r.events] for r in configured([doc])] == [["051"]]
            with open_store(tmp_path / "c.duckdb") as st:
                assert st.ingest([doc], coder=configured).events == 1
                assert configured.provenance == config.provenance()  # type: ignore[attr-defined]
                assert st.provenance()["store_coder_fingerprint"] == config.fingerprint()
