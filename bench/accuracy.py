"""Accuracy on the shared dev sets, end to end and pair-given, as a Markdown table.

    python bench/accuracy.py [--eval-dir ../shared/eval]

End-to-end figures come from the shared scorer (`score.py`, which runs `geopol code`): the
exhaustively coded events first (what counts), then the PLV pairs and the GSR records; the
pair-given figure runs `geopol classify` on the PLV rows with their marks and scores the PLOVER type
and quad class the same way `score.py` does. Writes bench/out/accuracy.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geopol.evaluate import load_plv, plv_label

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"


def score(eval_dir: Path, mode: str, gold: str) -> dict:
    out = subprocess.run([sys.executable, str(eval_dir / "score.py"), mode, str(eval_dir / gold), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def classify_plv(eval_dir: Path) -> dict:
    path = eval_dir / "plv_dev.tsv"
    items = load_plv(path)
    marked = [r["marked_sentence"] for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t")
              if "<s>" in r["marked_sentence"]]
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "pairs.jsonl", Path(tmp) / "labels.jsonl"
        inp.write_text("".join(json.dumps({"id": i.id, "text": m}) + "\n" for i, m in zip(items, marked, strict=True)),
                       encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run(["geopol", "classify", str(inp), "--format", "jsonl", "--out", str(out)], check=True)
        secs = time.perf_counter() - t0
        labels = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    n = len(items)
    type_ok = sum(plv_label(labels[i.id]["plover"]) == i.label for i in items)
    quad_ok = sum(labels[i.id]["quad_class"] == i.quad for i in items)
    return {"rows": n, "type_accuracy": round(type_ok / n, 4), "quad_accuracy": round(quad_ok / n, 4),
            "seconds": round(secs, 1)}


def _target(value: float | None) -> str:
    return f">= {value:.2f}" if value else ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=EVAL)
    a = ap.parse_args()
    events = score(a.eval_dir, "events", "events_dev.jsonl")
    plv = score(a.eval_dir, "plv", "plv_dev.tsv")
    gsr = score(a.eval_dir, "gsr", "plover_gsr_cameo.json")
    pair = classify_plv(a.eval_dir)
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "accuracy.json").write_text(
        json.dumps({"events": events, "plv": plv, "gsr": gsr, "classify": pair}, indent=1))
    print("| set | metric | geopol | target |")
    print("|---|---|---:|---:|")
    docs = f"events_dev ({events['docs']} docs)"
    for metric, label, target in (("precision", "precision (asserted, type level)", 0.80),
                                  ("recall", "recall", 0.60), ("f1", "F1", 0.68),
                                  ("f1_any_modality", "F1, any modality", None), ("quad_f1", "F1, quad class", None),
                                  ("dyad_f1", "F1, source and target only", None)):
        print(f"| {docs} | {label} | {events[metric]:.3f} | {_target(target)} |")
    print(f"| {docs} | events per document (gold {events['gold_events_per_doc']:.2f}) | "
          f"{events['system_events_per_doc']:.2f} | |")
    for metric, target in (("pair_recall", 0.85), ("type_accuracy", 0.75), ("quad_accuracy", 0.85),
                           ("type_accuracy_when_found", None)):
        print(f"| plv_dev ({plv['rows']} rows) | {metric} (end to end) | {plv[metric]:.3f} | "
              f"{_target(target)} |")
    print(f"| plv_dev | `geopol classify` type accuracy (pair given) | {pair['type_accuracy']:.3f} | >= 0.85 |")
    print(f"| plv_dev | `geopol classify` quad accuracy (pair given) | {pair['quad_accuracy']:.3f} | |")
    for metric, target in (("type_found", 0.80), ("type_and_source", 0.70), ("type_and_dyad", None)):
        print(f"| plover_gsr_cameo ({gsr['rows']} records) | {metric} | {gsr[metric]:.3f} | "
              f"{_target(target)} |")
    print()
    print("| events_dev, per type | precision | recall | gold | geopol |")
    print("|---|---:|---:|---:|---:|")
    for label, m in events["per_type"].items():
        print(f"| {label} | {m['precision']:.2f} | {m['recall']:.2f} | {m['gold']} | {m['system']} |")


if __name__ == "__main__":
    main()
