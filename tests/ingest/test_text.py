"""Plain text files, folders, stdin, ids and dates."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from geopol.ingest import InputError, normalize_date, read_documents
from geopol.schema import Document

from .samples import ENGLISH, ENGLISH_2


def docs_only(items: list) -> list[Document]:
    assert all(isinstance(x, Document) for x in items), [str(x) for x in items]
    return items


def test_text_file_is_one_document_with_stem_id(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    [doc] = docs_only(list(read_documents([p])))
    assert doc.id == "report"
    assert doc.text == ENGLISH
    assert doc.path == str(p)
    assert doc.date is None


@pytest.mark.parametrize("name", ["a.md", "a.text", "a"])
def test_other_text_suffixes(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(ENGLISH, encoding="utf-8")
    [doc] = docs_only(list(read_documents([tmp_path / name])))
    assert doc.id == "a"


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode())
    [doc] = docs_only(list(read_documents([p])))
    assert doc.text == ENGLISH


def test_gzipped_text(tmp_path: Path) -> None:
    p = tmp_path / "story.txt.gz"
    p.write_bytes(gzip.compress(ENGLISH.encode()))
    [doc] = docs_only(list(read_documents([p])))
    assert (doc.id, doc.text) == ("story", ENGLISH)


def make_tree(root: Path) -> None:
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text(ENGLISH)
    (root / "b" / "one.txt").write_text(ENGLISH_2)
    (root / "b" / "deep" / "two.md").write_text(ENGLISH)
    (root / "c.txt").write_text(ENGLISH_2)
    (root / ".hidden.txt").write_text(ENGLISH)
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text(ENGLISH)


def test_folder_is_walked_recursively_sorted_with_relative_ids(tmp_path: Path) -> None:
    make_tree(tmp_path)
    ids = [d.id for d in docs_only(list(read_documents([tmp_path])))]
    assert ids == ["a", "b/deep/two", "b/one", "c"]
    assert ids == [d.id for d in read_documents([tmp_path])]  # deterministic


def test_folder_not_recursive(tmp_path: Path) -> None:
    make_tree(tmp_path)
    ids = [d.id for d in docs_only(list(read_documents([tmp_path], recursive=False)))]
    assert ids == ["a", "c"]


def test_same_stem_from_two_roots_gets_unique_ids(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "news.txt").write_text(ENGLISH)
    docs = docs_only(list(read_documents([tmp_path / "x" / "news.txt", tmp_path / "y" / "news.txt"])))
    assert [d.id for d in docs] == ["news", "news#2"]


def test_a_single_path_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH)
    assert [d.id for d in read_documents(str(tmp_path))] == ["a"]


def test_missing_path_is_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH)
    items = list(read_documents([tmp_path / "nope.txt", good]))
    assert isinstance(items[0], InputError)
    assert str(items[0]) == f"{tmp_path / 'nope.txt'}: no such file or directory"
    assert isinstance(items[1], Document)


def test_unsupported_suffix_is_reported(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 whatever")
    [err] = list(read_documents([tmp_path]))
    assert isinstance(err, InputError)
    assert "unsupported file type '.pdf'" in err.reason


def test_default_date_fills_only_missing_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b1", "text": ENGLISH, "date": "2019-03-02"}) + "\n")
    docs = docs_only(list(read_documents([tmp_path], date="April 5, 2016")))
    assert [(d.id, d.date) for d in docs] == [("a", "2016-04-05"), ("b1", "2019-03-02")]


def test_unparseable_default_date_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH)
    [doc] = docs_only(list(read_documents([tmp_path], date="last tuesday-ish")))
    assert doc.date is None


def test_stdin_text() -> None:
    [doc] = docs_only(list(read_documents(["-"], stdin=io.BytesIO(ENGLISH.encode()))))
    assert (doc.id, doc.text) == ("stdin", ENGLISH)


def test_stdin_jsonl() -> None:
    data = f'{{"id": "x", "text": "{ENGLISH}"}}\n\n{{"text": "{ENGLISH_2}"}}\n'.encode()
    docs = docs_only(list(read_documents(["-"], stdin=io.BytesIO(data))))
    assert [d.id for d in docs] == ["x", "stdin:3"]


def test_stdin_from_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ENGLISH.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    [doc] = docs_only(list(read_documents(["-"])))
    assert doc.text == ENGLISH


def test_stdin_not_utf8() -> None:
    [err] = list(read_documents(["-"], stdin=io.BytesIO(b"caf\xe9 au lait")))
    assert str(err) == "<stdin>: not UTF-8 text (byte 0xe9 at offset 3)"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2016-04-05", "2016-04-05"),
        ("2016-04-05T23:30:00-05:00", "2016-04-05"),
        ("2016-04", "2016-04"),
        ("2016", "2016"),
        ("Tue, 05 Apr 2016 10:00:00 GMT", "2016-04-05"),
        ("April 5, 2016", "2016-04-05"),
        ("5 April 2016", "2016-04-05"),
        ("April 2016", "2016-04"),
        ("2016/04/05", "2016-04-05"),
        ("20160405", "2016-04-05"),
        ("not a date", None),
        ("Tuesday", None),
        ("2016-13-45", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(raw: str | None, iso: str | None) -> None:
    assert normalize_date(raw) == iso


def test_normalize_date_objects() -> None:
    import datetime as dt
    import time

    assert normalize_date(dt.datetime(2016, 4, 5, 12)) == "2016-04-05"
    assert normalize_date(dt.date(2016, 4, 5)) == "2016-04-05"
    assert normalize_date(time.strptime("2016-04-05", "%Y-%m-%d")) == "2016-04-05"
    assert normalize_date(12345) is None
