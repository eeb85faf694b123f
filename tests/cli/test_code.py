"""`geopol code` as a user runs it: formats, inputs, and a batch with bad documents."""

import csv
import io
import json

import pyarrow.parquet as pq
from typer.testing import CliRunner

from geopol.cli import EXIT_SKIPPED, app

runner = CliRunner()
NEWS = "Turkey condemned Syria's shelling of the border town on Monday."


def run(*args, stdin=None):
    return runner.invoke(app, list(args), input=stdin)


def test_jsonl_events_carry_the_schema(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(NEWS, encoding="utf-8")
    result = run("code", str(path), "--date", "2016-04-05", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert events
    e = events[0]
    for key in ("event_id", "doc_id", "sentence", "date", "date_precision", "date_source", "source", "target",
                "cameo", "cameo_root", "quad_class", "goldstein", "plover", "plover_mode", "modality",
                "claimed_by", "location", "amount", "domain", "trigger", "evidence", "confidence"):
        assert key in e
    assert e["source"]["code"] == "TUR" and e["target"]["country"] == "SYR"
    assert e["date"] == "2016-04-04" and e["date_source"] == "text"
    a, b = e["trigger"]["span"]
    assert NEWS[a:b] == e["trigger"]["text"]


def test_csv_parquet_and_gdelt(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(NEWS, encoding="utf-8")
    out_csv, out_pq, out_gd = tmp_path / "e.csv", tmp_path / "e.parquet", tmp_path / "e.tsv"
    for fmt, out in (("csv", out_csv), ("parquet", out_pq), ("gdelt", out_gd)):
        result = run("code", str(path), "--date", "2016-04-05", "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert rows and rows[0]["source_code"] == "TUR"
    assert pq.read_table(out_pq).num_rows == len(rows)
    gdelt = out_gd.read_text(encoding="utf-8").splitlines()
    assert len(gdelt) == len(rows) and all(len(line.split("\t")) == 61 for line in gdelt)
    assert gdelt[0].split("\t")[1] == "20160404"  # SQLDATE


def test_table_stdin_and_sample():
    result = run("code", "-", "--date", "2016-04-05", "--format", "table", stdin=NEWS)
    assert result.exit_code == 0 and "TUR" in result.stdout and "SYR" in result.stdout
    sample = run("code", "--sample", "--format", "jsonl")
    assert sample.exit_code == 0
    assert sum(1 for line in sample.stdout.splitlines() if line.startswith("{")) >= 20


def test_html_page(tmp_path):
    page = tmp_path / "page.html"
    body = " ".join([NEWS] * 3)
    page.write_text(f"<html><head><title>Border</title></head><body><nav>Home | World</nav>"
                    f"<article><h1>Border shelling</h1><p>{body}</p><p>{body}</p></article></body></html>",
                    encoding="utf-8")
    result = run("code", str(page), "--date", "2016-04-05", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    text = run("text", str(page)).stdout
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            e = json.loads(line)
            a, b = e["evidence"]["span"]
            assert text[a:b] == e["evidence"]["text"]


def test_batch_skips_bad_documents_and_codes_the_rest(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join([
        json.dumps({"id": "good-1", "text": NEWS, "date": "2016-04-05"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "good-2", "text": "Poland expelled three Russian diplomats.", "date": "2016-04-05"}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = run("code", str(docs), "--format", "jsonl", "--out", str(out))
    assert result.exit_code == EXIT_SKIPPED
    assert "docs.jsonl:2" in result.stderr and "empty" in result.stderr
    ids = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert ids == {"good-1", "good-2"}


def test_binary_and_missing_files_are_reported(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = run("code", str(binary), str(tmp_path / "nope.txt"), "--format", "jsonl")
    assert result.exit_code == EXIT_SKIPPED
    assert "blob.txt" in result.stderr and "nope.txt" in result.stderr


def test_min_confidence_zero_counts_what_the_default_holds():
    text = "Chilean officials complained about the new tariffs on copper imposed by Washington.\n"

    def sources(*extra):
        result = run("code", "-", "--format", "jsonl", *extra, stdin=text)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["source"]["code"] for line in result.stdout.splitlines() if line.startswith("{")]

    assert "CHLGOV" not in sources()
    assert "CHLGOV" in sources("--min-confidence", "0")
    assert run("code", "-", "--min-confidence", "2", stdin=text).exit_code == 2
