"""Everyday failures through the real entry point: one line and an exit status, never a traceback."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import geopol.cli
from geopol.cli import corpus
from geopol.cli.errors import describe
from geopol.store import Coded, open_store

GOOD = "Turkey condemned Syria on Monday over the shelling of a border town."


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["geopol", *map(str, args)])
    with pytest.raises(SystemExit) as exit_info:
        geopol.cli.main()
    captured = capsys.readouterr()
    code = exit_info.value.code
    return (0 if code is None else int(code)), captured.out, captured.err


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.duckdb"
    with open_store(path):
        pass
    return path


@pytest.mark.parametrize("args, said", [
    (["events", "--since", "garbage"], "--since: unreadable date 'garbage' (expected a year, month or day"),
    (["events", "--until", "2014-13-45"], "--until: unreadable date '2014-13-45'"),
    (["events", "--limit", "-1"], "--limit must be 0 or more (got -1)"),
    (["dyad", "RUS", "CHN", "--since", "2014-02-30"], "--since: unreadable date '2014-02-30'"),
    (["explain", "RUS", "CHN", "--freq", "weekly"], "--freq: 'weekly' is not one of auto, month, quarter, year"),
    (["ingest", "x.jsonl", "--date", "2016-13-01"], "--date: unreadable date '2016-13-01' (expected YYYY-MM-DD"),
    (["code", "x.txt", "--date", "someday"], "--date: unreadable date 'someday'"),
    (["ingest", "x.jsonl", "--batch-size", "0"], "--batch-size must be 1 or more (got 0)"),
])
def test_bad_option_values_are_usage_errors(monkeypatch, capsys, store_path: Path, args: list[str],
                                            said: str) -> None:
    if args[0] in ("events", "dyad", "explain", "ingest"):
        args = [*args, "--db", str(store_path)]
    code, _, err = run(monkeypatch, capsys, *args)
    assert code == 2 and said in err and len(err.strip().splitlines()) == 1


def test_store_in_use_by_another_process(monkeypatch, capsys, store_path: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(store_path)!r}); "
                               "print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        code, _, err = run(monkeypatch, capsys, "events", "--db", store_path)
        assert code == 1 and len(err.strip().splitlines()) == 1
        assert f"{store_path} is in use by another process (PID {holder.pid}" in err
        assert "wait for it to finish or stop it, then retry" in err
        docs = tmp_path / "d.jsonl"
        docs.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n")
        monkeypatch.setattr(corpus, "make_coder", lambda **kw: lambda ds: (Coded(d, []) for d in ds))
        code, _, err = run(monkeypatch, capsys, "ingest", docs, "--db", store_path)
        assert code == 1 and "is in use by another process" in err and "Traceback" not in err
    finally:
        holder.kill()
        holder.wait()


def test_corrupt_or_truncated_store(monkeypatch, capsys, store_path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(bytes(range(256)) * 400)
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(store_path.read_bytes()[:5000])
    for path in (junk, cut):
        for args in (["events", "--db", path], ["dyad", "RUS", "CHN", "--db", path]):
            code, _, err = run(monkeypatch, capsys, *args)
            assert code == 1 and len(err.strip().splitlines()) == 1, err
            assert f"{path} is not a readable geopol store (corrupt or truncated" in err


def test_full_disk_and_unexpected_errors_are_one_line() -> None:
    full = describe(OSError(errno.ENOSPC, "No space left on device"))
    assert full.startswith("the disk is full: free some space and rerun")
    assert describe(duckdb.IOException('IO Error: Could not write file "x.wal": No space left on device')) == full
    assert describe(PermissionError(errno.EACCES, "Permission denied", "/x.duckdb")) == "/x.duckdb: Permission denied"
    odd = describe(KeyError("boom\nsecond line"))
    assert odd.startswith("internal error (KeyError:") and "\n" not in odd


def test_long_document_and_duplicate_ids_in_code(monkeypatch, capsys, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD + "\n\n" + " " * 1_100_000 + "\n\nJapan accused China of spying.\n", encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n" + json.dumps({"id": "a", "text": "Other."}) + "\n")
    code, out, err = run(monkeypatch, capsys, "code", big, docs, "--format", "jsonl")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 3  # one document skipped
    assert f"{docs}:2: duplicate id 'a' (first at {docs}:1; the first is kept)" in err
    assert {e["doc_id"] for e in events} == {"big", "a"}
    text = big.read_text(encoding="utf-8")
    late = [e for e in events if e["source"]["code"] == "JPN"]
    assert late and text[slice(*late[0]["trigger"]["span"])] == late[0]["trigger"]["text"]
