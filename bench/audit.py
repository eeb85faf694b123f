"""Precision on news the coder was never tuned on: a hand audit of every counted event.

    python bench/audit.py [--corpus ../shared/corpus/ag_news_world_test.jsonl] [--show]

The dev sets guide the coder's rules, so their figures read high. This draws a fixed sample of
AG News items that are *not* in ``events_dev.jsonl`` (every 15th unseen item from the 4th and
from the 8th, 200 items), codes them with the default pipeline, and looks up each counted event (asserted, coded
source) in ``bench/audit/verdicts.jsonl``: a person's verdict, under ``EVENTS.md``, on whether
the event's source, target and PLOVER type are all right. Events nobody has judged yet are listed
with ``--show`` so the auditor can add their verdicts; precision is over judged events only, and the
number unjudged is printed beside it. The sample is for measuring: a rule written for one of its
items turns it into dev data, so draw a new sample (``--offsets``) for the next audit. Three draws
are judged: the default (offsets 3 and 7) and draw B (``--offsets 0,11``), whose errors guided
rules once judged, and draw C (``--offsets 5,13``), which only the auditor has read: its figure is
the unseen one until rules are written from it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
VERDICTS = HERE / "audit" / "verdicts.jsonl"


def scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample(corpus: Path, dev: Path, offsets: list[int], step: int = 15, size: int = 100) -> list[dict]:
    seen = {json.loads(line)["id"] for line in dev.open(encoding="utf-8") if line.strip()}
    items = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    unseen = [d for d in items if d["id"] not in seen]
    return [{"id": d["id"], "text": d["text"]} for offset in offsets for d in unseen[offset::step][:size]]


def rest(corpus: Path, dev: Path, step: int = 15, size: int = 100) -> list[dict]:
    """The unseen items no offset's draw reaches (past the ``size``-th of each), in corpus order:
    the 100 AG News items of ``unseen4_gold.jsonl``, once every offset was used."""
    drawn = {d["id"] for d in sample(corpus, dev, list(range(step)), step, size)}
    seen = {json.loads(line)["id"] for line in dev.open(encoding="utf-8") if line.strip()}
    items = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    return [{"id": d["id"], "text": d["text"]} for d in items if d["id"] not in seen | drawn]


def code(docs: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "docs.jsonl", Path(tmp) / "events.jsonl"
        inp.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        subprocess.run(["geopol", "code", str(inp), "--format", "jsonl", "--out", str(out)],
                       check=True, capture_output=True)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]


def key(score, event: dict) -> tuple:
    return (event["doc_id"], score.system_key(event.get("source")), score.system_key(event.get("target")),
            score.fold(event.get("plover")), (event.get("trigger") or {}).get("text"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "ag_news_world_test.jsonl")
    ap.add_argument("--eval-dir", type=Path, default=SHARED / "eval")
    ap.add_argument("--offsets", default="3,7",
                    help="comma-separated starts of the draws, or 'rest' for the items no draw reaches")
    ap.add_argument("--show", action="store_true", help="print the events no verdict covers yet")
    a = ap.parse_args()
    if not a.corpus.exists():
        sys.exit(f"{a.corpus}: no such file (the AG News corpus is in ../shared/corpus)")
    score = scorer(a.eval_dir)
    dev = a.eval_dir / "events_dev.jsonl"
    docs = rest(a.corpus, dev) if a.offsets == "rest" else sample(a.corpus, dev, [int(o) for o in a.offsets.split(",")])
    counted = [e for e in code(docs) if score.system_key(e.get("source"))
               and (e.get("modality") or "asserted") == "asserted"]
    verdicts = {}
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            v = json.loads(line)
            verdicts[(v["doc"], v["source"], v["target"], v["plover"], v["trigger"])] = v
    right = wrong = 0
    unjudged = []
    for e in counted:
        v = verdicts.get(key(score, e))
        if v is None:
            unjudged.append(e)
        elif v["right"]:
            right += 1
        else:
            wrong += 1
    judged = right + wrong
    print(f"{len(docs)} unseen AG News items, {len(counted)} counted events: {right} right, {wrong} wrong, "
          f"{len(unjudged)} not judged yet")
    if judged:
        print(f"precision (judged events): {right / judged:.2f}")
    if a.show:
        for e in unjudged:
            doc, src, tgt, plover, trigger = key(score, e)
            print(json.dumps({"doc": doc, "source": src, "target": tgt, "plover": plover, "trigger": trigger,
                              "right": None, "why": ""}))
            print("   ", (e.get("evidence") or {}).get("text", "")[:300].replace("\n", " "))


if __name__ == "__main__":
    main()
