"""JSONL / NDJSON / CSV / TSV / Parquet: one document per row, broken rows reported by line."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from geopol.ingest import InputError, read_documents
from geopol.schema import Document

from .samples import AG_STYLE, ENGLISH, ENGLISH_2


def jl(**rec: object) -> str:
    return json.dumps(rec, ensure_ascii=False)


def test_jsonl_fields_aliases_and_missing_ids(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    p.write_text(
        "\n".join(
            [
                jl(id="a1", text=ENGLISH, date="Tue, 05 Apr 2016 10:00:00 GMT", title="Deal", url="http://x/1",
                   source="Example Wire"),
                "",
                jl(content=ENGLISH_2, outlet="Other", author="J. Doe"),
                jl(id=7, body=AG_STYLE, date="garbage"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    docs = list(read_documents([p]))
    assert all(isinstance(d, Document) for d in docs)
    a, b, c = docs
    assert (a.id, a.date, a.title, a.url, a.outlet, a.text) == (
        "a1", "2016-04-05", "Deal", "http://x/1", "Example Wire", ENGLISH
    )
    assert (b.id, b.outlet, b.author, b.text) == ("docs.jsonl:3", "Other", "J. Doe", ENGLISH_2)
    assert (c.id, c.date) == ("7", None)


def test_jsonl_broken_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    lines = [
        jl(id="ok1", text=ENGLISH),
        '{"id": "bad", "text": "unterminated',
        "[1, 2]",
        jl(id="notext", title="no body"),
        jl(id="empty", text="   "),
        jl(id="ok2", text=ENGLISH_2),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents([p]))
    kinds = [type(x).__name__ for x in items]
    assert kinds == ["Document", "InputError", "InputError", "InputError", "InputError", "Document"]
    assert [x.line for x in items if isinstance(x, InputError)] == [2, 3, 4, 5]
    assert str(items[1]).startswith(f"{p}:2: invalid JSON (")
    assert str(items[2]) == f"{p}:3: expected a JSON object, got list"
    assert "no text field" in items[3].reason and items[3].doc_id == "notext"
    assert (items[4].reason, items[4].doc_id, items[4].line) == ("empty document", "empty", 5)
    assert [d.id for d in items if isinstance(d, Document)] == ["ok1", "ok2"]


def test_jsonl_error_message_format(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    p.write_text(jl(text=ENGLISH) + "\n" + '{"id": "x" "text": "y"}\n', encoding="utf-8")
    err = list(read_documents([p]))[1]
    assert str(err) == f"{p}:2: invalid JSON (Expecting ',' delimiter)"


def test_jsonl_non_utf8_line(tmp_path: Path) -> None:
    p = tmp_path / "docs.ndjson"
    p.write_bytes(b'{"text": "caf\xe9"}\n' + jl(text=ENGLISH).encode() + b"\n")
    err, doc = list(read_documents([p]))
    assert str(err) == f"{p}:1: not UTF-8 text (byte 0xe9 at offset 13)"
    assert isinstance(doc, Document) and doc.id == "docs.ndjson:2"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl.gz"
    p.write_bytes(gzip.compress((jl(text=ENGLISH) + "\n" + jl(text=ENGLISH_2) + "\n").encode()))
    docs = list(read_documents([p]))
    assert [d.id for d in docs] == ["docs.jsonl.gz:1", "docs.jsonl.gz:2"]


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl.gz"
    body = "".join(jl(id=f"d{i}", text=ENGLISH) + "\n" for i in range(200))
    data = gzip.compress(body.encode())
    p.write_bytes(data[: len(data) - 20])
    items = list(read_documents([p]))
    assert isinstance(items[-1], InputError)
    assert "truncated or corrupt compressed file" in items[-1].reason
    assert all(isinstance(d, Document) for d in items[:-1]) and len(items) > 100


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)


def test_csv_with_aliases_and_multiline_text(tmp_path: Path) -> None:
    p = tmp_path / "news.csv"
    write_csv(
        p,
        [
            ["ID", "Body", "Date", "Title", "Link"],
            ["n1", ENGLISH + "\n\n" + ENGLISH_2, "2016-04-05", "Deal", "http://x/1"],
            ["", AG_STYLE, "", "", ""],
        ],
    )
    a, b = list(read_documents([p]))
    assert (a.id, a.date, a.title, a.url) == ("n1", "2016-04-05", "Deal", "http://x/1")
    assert ENGLISH_2 in a.text
    assert b.id == "news.csv:5"  # header, 3 lines of row one, then row two
    assert b.title is None and b.date is None


def test_tsv(tmp_path: Path) -> None:
    p = tmp_path / "news.tsv"
    write_csv(p, [["id", "text"], ["t1", ENGLISH]], delimiter="\t")
    [doc] = list(read_documents([p]))
    assert (doc.id, doc.text) == ("t1", ENGLISH)


def test_csv_without_text_column(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    write_csv(p, [["id", "headline"], ["1", "Something"]])
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError)
    assert err.reason == 'no text column (expected one of "text", "content", "body"; found: id, headline)'


def test_csv_row_with_too_many_fields(tmp_path: Path) -> None:
    p = tmp_path / "rows.csv"
    write_csv(p, [["id", "text"], ["a", ENGLISH, "extra"], ["b", ENGLISH_2]])
    err, doc = list(read_documents([p]))
    assert isinstance(err, InputError) and err.line == 2
    assert doc.id == "b"


def test_csv_with_a_huge_field(tmp_path: Path) -> None:
    p = tmp_path / "big.csv"
    write_csv(p, [["text"], [(ENGLISH + " ") * 2000]])
    [doc] = list(read_documents([p]))
    assert isinstance(doc, Document) and len(doc.text) > 131072


def test_parquet(tmp_path: Path) -> None:
    p = tmp_path / "news.parquet"
    import datetime as dt

    table = pa.table(
        {
            "id": ["p1", None],
            "content": [ENGLISH, ENGLISH_2],
            "date": [dt.date(2016, 4, 5), None],
            "title": ["Deal", None],
            "ignored": [1, 2],
        }
    )
    pq.write_table(table, p)
    a, b = list(read_documents([p], date="2020-02-02"))
    assert (a.id, a.text, a.date, a.title) == ("p1", ENGLISH, "2016-04-05", "Deal")
    assert (b.id, b.date) == ("news.parquet:2", "2020-02-02")


def test_parquet_without_text_column(tmp_path: Path) -> None:
    p = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"id": ["x"], "summary": ["y"]}), p)
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError) and err.reason.startswith("no text column")


def test_corrupt_parquet(tmp_path: Path) -> None:
    p = tmp_path / "bad.parquet"
    p.write_bytes(b"PAR1 this is not really parquet")
    [err] = list(read_documents([p]))
    assert isinstance(err, InputError) and "Parquet" in err.reason
