"""Store behaviour: idempotence, replacement, resume after SIGKILL, duplicate collapse, queries."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from helpers import code_codes

from geopol.analysis.dyads import dyad_table
from geopol.schema import Document, Event
from geopol.store import Coded, event_rows, open_store, parse_date, row_to_event


# -- a tiny deterministic coder: "RUS praises CHN." -> one event (no language model needed) --------
def code(doc: Document) -> list[Event]:
    return code_codes(doc)


def coder(docs: Iterable[Document]) -> Iterator[Coded]:
    for d in docs:
        yield Coded(d, code(d))


FILLER = (
    "Officials met in the capital on {day} to discuss the situation and the ministers issued a long "
    "statement about regional security, trade routes and the coming summit season in {city}."
)


def doc(i: int, text: str, outlet: str = "wire", date: str = "2016-04-05") -> Document:
    return Document(id=f"d{i}", text=text, date=date, outlet=outlet, title=f"story {i}")


def test_parse_date_periods() -> None:
    assert str(parse_date("2014")) == "2014-01-01"
    assert str(parse_date("2015", end=True)) == "2015-12-31"
    assert str(parse_date("2016-02", end=True)) == "2016-02-29"
    assert parse_date("garbage") is None


def test_row_roundtrip() -> None:
    e = code(doc(1, "RUS aids CHN."))[0]
    cols = event_rows([e], doc(1, "RUS aids CHN."))
    row = {k: v[0] for k, v in cols.items()}
    back = row_to_event(row)
    assert back.to_dict() == e.to_dict()


def test_idempotent_and_replace(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    docs = [doc(1, "RUS praises CHN. " + FILLER), doc(2, "USA accuses RUS. Unrelated words here entirely.")]
    with open_store(db) as st:
        r1 = st.ingest(docs, coder=coder)
        assert (r1.new, r1.events) == (2, 2)
        r2 = st.ingest(docs, coder=coder)
        assert (r2.new, r2.unchanged, r2.events) == (0, 2, 0)
        assert st.stats()["events"] == 2
        # A changed document replaces its old events.
        changed = doc(2, "USA attacks RUS. USA accuses CHN. Unrelated words here entirely.")
        r3 = st.ingest([changed], coder=coder)
        assert (r3.updated, r3.events) == (1, 2)
        ev = st.events(source="USA")
        assert sorted(ev.cameo) == ["112", "190"]
        assert len(st.documents()) == 2
    # Reopening keeps everything and stays idempotent.
    with open_store(db) as st:
        assert st.ingest([*docs[:1], changed], coder=coder).stored == 0
        assert st.stats() == {"documents": 2, "duplicates": 0, "event_mentions": 3, "events": 3}


def test_skipped_inputs_are_reported(tmp_path: Path) -> None:
    class Err:
        path, line, reason, doc_id = "bad.jsonl", 3, "invalid JSON", None

    with open_store(tmp_path / "c.duckdb") as st:
        rep = st.ingest([Err(), doc(1, "RUS praises CHN.")], coder=coder)
    assert rep.new == 1
    assert rep.skipped == [("bad.jsonl:3", "invalid JSON")]


WIRE = (
    "MOSCOW (Reuters) - RUS praises CHN for its support. Officials in Moscow said on Tuesday that the "
    "energy partnership would deepen next year, with new pipelines planned across Siberia and a fresh "
    "round of talks between the two governments. USA accuses RUS of hiding the price of the deal."
)


def test_duplicate_collapse(tmp_path: Path) -> None:
    copies = [
        doc(1, WIRE, outlet="Reuters"),
        doc(2, "AP - " + WIRE.replace("on Tuesday", "on Wednesday"), outlet="Yahoo News"),
        doc(3, WIRE.replace("next year", "in 2017").replace("(Reuters) ", ""), outlet="The Moscow Times"),
        doc(4, "RUS praises CHN again. A different story about football and weather today.", outlet="x"),
    ]
    with open_store(tmp_path / "c.duckdb") as st:
        rep = st.ingest(copies, coder=coder, batch_size=2)
        assert rep.duplicates == 2
        cl = st.clusters()
        assert len(cl) == 1
        assert (cl.num_articles[0], cl.num_sources[0], cl.first_doc_id[0]) == (3, 3, "d1")
        ev = st.events(between=("RUS", "CHN"))
        assert len(ev) == 2  # the wire story once + the different story
        wire = ev[ev.doc_id == "d1"].iloc[0]
        assert (wire.num_articles, wire.num_sources) == (3, 3)
        assert st.stats()["event_mentions"] == 7
        dy = dyad_table(st, "RUS", "CHN", freq="year")
        assert int(dy[dy.direction == "both"].n_events.sum()) == 2
        # Removing the first copy re-elects the next one; nothing is double counted.
        st.delete(["d1"])
        ev = st.events(between=("RUS", "CHN"))
        assert sorted(ev.doc_id) == ["d2", "d4"]
        assert ev[ev.doc_id == "d2"].num_articles.iloc[0] == 2


def test_dedup_survives_reopen(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    with open_store(db) as st:
        st.ingest([doc(1, WIRE, outlet="A")], coder=coder)
    with open_store(db) as st:  # the LSH index is rebuilt from stored signatures
        rep = st.ingest([doc(2, WIRE.replace("Tuesday", "Monday"), outlet="B")], coder=coder)
        assert rep.duplicates == 1
        assert st.events(source="RUS").num_sources.tolist() == [2]


def test_queries(tmp_path: Path) -> None:
    texts = [
        ("2014-03-01", "RUS praises CHN. "),
        ("2015-06-01", "CHN aids RUS. "),
        ("2015-07-01", "USA accuses CHN. "),
        ("2016-01-10", "RUS attacks UKR. "),
    ]
    docs = [doc(i, t + FILLER.format(day=i, city=f"city{i}"), date=d) for i, (d, t) in enumerate(texts)]
    with open_store(tmp_path / "c.duckdb") as st:
        st.ingest(docs, coder=coder)
        assert len(st.events()) == 4
        assert st.events(source="RUS").target_country.tolist() == ["CHN", "UKR"]
        assert len(st.events(source="RUSGOV")) == 2  # full-code prefix
        assert len(st.events(source="RUSMIL")) == 0
        assert st.events(target="CHN").source_country.tolist() == ["RUS", "USA"]
        assert len(st.events(between=("CHN", "RUS"))) == 2
        assert len(st.events(since="2015")) == 3
        assert len(st.events(until="2015")) == 3  # inclusive of all of 2015
        assert len(st.events(since="2015-01", until="2015-06")) == 1
        assert st.events(cameo="19").source_country.tolist() == ["RUS"]
        assert st.events(cameo="0").cameo.tolist() == ["051", "070"]
        assert st.events(plover="aid").cameo.tolist() == ["070"]
        assert len(st.events(domain="diplomacy")) == 4
        assert len(st.events(modality="negated")) == 0
        assert len(st.events(limit=2)) == 2
        assert st.document("d1").text.startswith("CHN aids RUS")
        assert len(list(st.iter_events(source="USA"))) == 1


SCRIPT = textwrap.dedent(
    """
    import random, sys, time
    sys.path.insert(0, {testdir!r})
    from test_store import coder, doc, FILLER
    from geopol.store import open_store

    VOCAB = [f"word{{k}}" for k in range(3000)]

    def slow(docs):
        for r in coder(docs):
            time.sleep(0.004)
            yield r

    def corpus():
        for i in range(400):
            a, b = ["RUS", "CHN", "USA", "IRN"][i % 4], ["UKR", "DEU", "JPN"][i % 3]
            rng = random.Random(i)
            words = " ".join(rng.choice(VOCAB) for _ in range(40))
            text = f"{{a}} praises {{b}}. {{words}}."
            if i % 10 == 9:  # a republished copy of the previous story
                text = prev.replace(".", ". Reported by wire", 1)
            prev = text
            yield doc(i, text, outlet=f"o{{i % 5}}")

    with open_store(sys.argv[1]) as st:
        rep = st.ingest(corpus(), coder=slow, batch_size=20,
                        progress=lambda r: print("batch", r.batches, flush=True))
        print("done", rep.new, flush=True)
    """
)


def test_resume_after_sigkill(tmp_path: Path) -> None:
    script = tmp_path / "ingest_script.py"
    script.write_text(SCRIPT.format(testdir=str(Path(__file__).parent)))
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(killed)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    deadline = time.time() + 60
    batches = 0
    while time.time() < deadline:
        line = proc.stdout.readline()
        if line.startswith("batch"):
            batches = int(line.split()[1])
            if batches >= 4:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert batches >= 4
    with open_store(killed) as st:
        partial = st.stats()["documents"]
    assert 0 < partial < 400, partial

    for db in (killed, clean):
        out = subprocess.run([sys.executable, str(script), str(db)], capture_output=True, text=True, env=env)
        assert out.returncode == 0, out.stderr
    with open_store(killed) as a, open_store(clean) as b:
        assert a.stats() == b.stats()
        assert a.stats()["documents"] == 400
        assert a.stats()["duplicates"] == 40
        q = "SELECT event_id, cluster_id, counted, num_articles, num_sources FROM events ORDER BY event_id"
        assert a.sql(q).equals(b.sql(q))
        assert a.sql("SELECT count(*) - count(DISTINCT event_id) AS n FROM events").n[0] == 0
        assert a.sql("SELECT count(*) - count(DISTINCT id) AS n FROM documents").n[0] == 0


@pytest.mark.parametrize("batch_size", [1, 7])
def test_batch_size_does_not_change_result(tmp_path: Path, batch_size: int) -> None:
    docs = [doc(i, WIRE if i % 2 else f"RUS aids CHN. Unique item {i}.", outlet=f"o{i}") for i in range(10)]
    with open_store(tmp_path / f"{batch_size}.duckdb") as st:
        st.ingest(docs, coder=coder, batch_size=batch_size)
        assert st.stats() == {"documents": 10, "duplicates": 4, "event_mentions": 15, "events": 7}


def fake_factory():  # noqa: ANN201 - a Dask coder factory: builds the per-worker coder
    return lambda docs: list(coder(docs))


def test_ingest_on_dask(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from geopol.distributed import code_with_dask

    docs = [
        doc(i, WIRE if i % 3 == 0 else f"RUS aids CHN. Item {i} about wheat.", outlet=f"o{i}")
        for i in range(12)
    ]
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            results = list(code_with_dask(docs, client, partitions=3, chunk=5, coder_factory=fake_factory))
            assert [r.doc.id for r in results] == [d.id for d in docs]  # input order kept
            with open_store(tmp_path / "dask.duckdb") as st:

                def dask_coder(items: Iterable[Document]) -> Iterator[Coded]:
                    return code_with_dask(items, client, partitions=2, coder_factory=fake_factory)

                st.ingest(docs, coder=dask_coder, batch_size=5)
                with open_store(tmp_path / "plain.duckdb") as ref:
                    ref.ingest(docs, coder=coder, batch_size=5)
                    assert st.stats() == ref.stats()
                    assert st.stats()["duplicates"] == 3
