"""`geopol evaluate --format events`: exhaustive-gold scoring, on a gold file written here, and
its agreement with the shared score.py on events_dev."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geopol import evaluate_events
from geopol.cli import app
from geopol.evaluate import evaluate, load_events, score_events
from geopol.pipeline import default_pipeline
from geopol.schema import Document

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def gold_event(src, tgt, plover, modality="asserted", igo=None):
    return {"source": {"country": src, "igo": igo}, "target": {"country": tgt} if tgt else None,
            "plover": plover, "modality": modality}


def system_event(code, country, tgt_code, tgt_country, plover, modality="asserted", name=None):
    return {"source": {"code": code, "country": country, "name": name, "text": name or code},
            "target": {"code": tgt_code, "country": tgt_country} if tgt_code or tgt_country else None,
            "plover": plover, "modality": modality, "trigger": {"text": "t"}, "confidence": 0.5}


def test_matching_is_one_to_one_on_source_target_and_type():
    docs = [{"id": "d", "events": [gold_event("FRA", "IRN", "ACCUSE"), gold_event("RUS", None, "PROTEST")]}]
    events = {"d": [
        system_event("FRAGOV", "FRA", "IRN", "IRN", "ACCUSE"),
        system_event("FRA", "FRA", "IRNGOV", "IRN", "ACCUSE"),  # the same act read twice: a false positive
        system_event(None, "RUS", None, None, "PROTEST"),  # uncoded source: not scored at all
        system_event("IGOUNO", None, "IRN", "IRN", "ACCUSE", name="United Nations"),  # key IGO:UN
    ]}
    metrics, per, errors = evaluate_events.score(docs, events)
    assert (metrics["system_events"], metrics["gold_events"]) == (3, 2)
    assert (metrics["precision"], metrics["recall"]) == (round(1 / 3, 4), 0.5)
    assert per["ACCUSE"] == {"precision": round(1 / 3, 4), "recall": 1.0, "f1": 0.5, "support": 1, "gold": 1,
                             "system": 3}
    assert per["PROTEST"]["recall"] == 0.0
    kinds = sorted((r["kind"], tuple(r["event"])) for r in errors)
    assert kinds == [("false_positive", ("FRA", "IRN", "ACCUSE")), ("false_positive", ("IGO:UN", "IRN", "ACCUSE")),
                     ("missed", ("RUS", None, "PROTEST"))]


def test_modality_counts_for_the_asserted_figures_only():
    docs = [{"id": "d", "events": [gold_event("RUS", "CHN", "SUPPORT", "negated")]}]
    events = {"d": [system_event("RUS", "RUS", "CHN", "CHN", "SUPPORT")]}
    metrics, _, errors = evaluate_events.score(docs, events)
    assert metrics["precision"] == 0.0 and metrics["f1_any_modality"] == 1.0
    assert [r["kind"] for r in errors] == ["false_positive"]


GOLD_DOCS = [
    {"id": "a", "text": "France condemned Iran on Monday.", "events": [gold_event("FRA", "IRN", "ACCUSE")]},
    # The coder also reads Turkey -> Iran; this gold (on purpose) lists only Syria: one false positive.
    {"id": "b", "text": "Turkey condemned Syria and Iran on Monday.", "events": [gold_event("TUR", "SYR", "ACCUSE")]},
    {"id": "c", "text": "Nothing of note happened in the capital.", "events": [gold_event("DEU", "FRA", "SUPPORT")]},
    {"id": "d", "text": "Russia did not sign the trade deal with China.",
     "events": [gold_event("RUS", "CHN", "SUPPORT", "negated"), gold_event("CHN", "RUS", "SUPPORT", "negated")]},
]


def write_gold(path: Path) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in GOLD_DOCS), encoding="utf-8")
    return path


def test_evaluate_codes_and_scores_a_gold_file(tmp_path):
    report = evaluate(write_gold(tmp_path / "gold.jsonl"), "events")
    errors = {(r["doc"], r["kind"], tuple(r["event"])) for r in report.errors}
    assert ("b", "false_positive", ("TUR", "IRN", "ACCUSE")) in errors
    assert ("c", "missed", ("DEU", "FRA", "SUPPORT")) in errors
    assert not any(doc == "a" for doc, _, _ in errors)
    tp = 2  # France -> Iran, Turkey -> Syria
    fp = sum(1 for r in report.errors if r["kind"] == "false_positive")
    assert report.metrics["precision"] == round(tp / (tp + fp), 4)
    assert report.metrics["recall"] == round(tp / 3, 4)
    assert report.per_type["ACCUSE"]["recall"] == 1.0 and report.per_type["SUPPORT"]["recall"] == 0.0


def test_the_command_prints_the_figures_and_writes_every_error(tmp_path):
    gold, errors = write_gold(tmp_path / "gold.jsonl"), tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--format", "events", "--errors", str(errors), "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout.strip().splitlines()[-1])
    rows = [json.loads(line) for line in errors.read_text().splitlines()]
    assert printed["recall"] == round(2 / 3, 4) and "ACCUSE" in printed["per_type"]
    assert {r["kind"] for r in rows} == {"false_positive", "missed"}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(bad), "--format", "events"])
    assert result.exit_code == 2 and "bad.jsonl:1" in result.output


@pytest.mark.skipif(not (EVAL / "events_dev.jsonl").exists(), reason="../shared/eval absent")
def test_the_figures_are_score_py_figures_on_events_dev(tmp_path):
    items = load_events(EVAL / "events_dev.jsonl")
    docs = (Document(id=i.id, text=i.text, date=i.date) for i in items)
    by_doc = {r.doc.id: r.events for r in default_pipeline().code_many(docs) if r.doc is not None}
    ours = score_events(items, by_doc)
    coded = tmp_path / "events.jsonl"
    coded.write_text("".join(e.to_json() + "\n" for evs in by_doc.values() for e in evs), encoding="utf-8")
    theirs_errors = tmp_path / "errors.jsonl"
    out = subprocess.run([sys.executable, str(EVAL / "score.py"), "events", str(EVAL / "events_dev.jsonl"),
                          "--events", str(coded), "--json", "--errors", str(theirs_errors)],
                         capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout.strip().splitlines()[-1])
    for key in ("precision", "recall", "f1", "f1_any_modality", "quad_f1", "dyad_f1", "system_events",
                "gold_events", "system_events_per_doc"):
        assert ours.metrics[key] == theirs[key], key
    assert {k: {m: v[m] for m in ("precision", "recall", "system", "gold")} for k, v in ours.per_type.items()} == \
        theirs["per_type"]
    theirs_rows = [json.loads(line) for line in theirs_errors.read_text().splitlines()]
    assert [{k: r[k] for k in ("doc", "kind", "event")} for r in ours.errors] == \
        [{k: r[k] for k in ("doc", "kind", "event")} for r in theirs_rows]
