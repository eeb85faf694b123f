"""Precision and recall on news nobody tuned on: ``score.py events`` over our own exhaustive gold.

    python bench/unseen_gold.py [--errors FILE] [--json]

``bench/audit.py`` judges only the events the coder counts, so it measures precision and says
nothing of what the coder misses. ``bench/audit/unseen_gold.jsonl`` codes *every* political event
of 200 AG News items that are not in ``events_dev.jsonl`` (offsets 1 and 9 of the unseen items,
every 15th, as ``bench/audit.py --offsets 1,9`` draws them), under ``EVENTS.md``, by annotators who
never saw the coder's output. It stores ids, events and notes only; the text is joined from the
corpus, and the shared scorer does the rest, so the figures read exactly like the dev ones. Once
rules are written from its errors it is dev data too: draw new items for the next measurement.
``bench/audit/work_gold.jsonl`` (``--gold``) codes the 600 items of the three judged draws the same
way; helpers tuned on it, so it is a second dev set, read beside the first. ``--gold`` also takes
``unseen2_gold.jsonl`` (offsets 4, 6), ``draw_d_gold.jsonl`` (8, 12), ``unseen3_gold.jsonl``
(14) and ``unseen4_gold.jsonl`` (the items no draw reaches): ``bench/audit/README.md`` says what
each has been used for. Whole articles from another source, the Lee corpus, are scored the same
way once ``bench/lee_corpus.py --out lee.jsonl`` has read them out of gensim's wheel:
``--gold bench/audit/leeT_gold.jsonl --corpus lee.jsonl`` (also ``leeV_gold``, ``leeR_gold`` and
``leeS_gold``, the less political articles; ``lee_corpus.py --all`` writes them all).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
GOLD = HERE / "audit" / "unseen_gold.jsonl"


def joined(gold: Path, corpus: Path) -> list[dict]:
    """The gold's documents with their text, in the events_dev.jsonl format."""
    texts = {}
    for line in corpus.open(encoding="utf-8"):
        if line.strip():
            item = json.loads(line)
            texts[item["id"]] = item["text"]
    docs = []
    for number, line in enumerate(gold.open(encoding="utf-8"), 1):
        if not line.strip():
            continue
        doc = json.loads(line)
        if doc["id"] not in texts:
            sys.exit(f"{gold}:{number}: {doc['id']} is not in {corpus}")
        docs.append({"id": doc["id"], "text": texts[doc["id"]], "date": doc.get("date"),
                     "events": doc["events"], "note": doc.get("note")})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "ag_news_world_test.jsonl")
    ap.add_argument("--eval-dir", type=Path, default=SHARED / "eval")
    ap.add_argument("--errors", help="write every false positive and miss here (JSONL)")
    ap.add_argument("--json", action="store_true", help="print one JSON line")
    a = ap.parse_args()
    for path in (a.gold, a.corpus, a.eval_dir / "score.py"):
        if not path.exists():
            sys.exit(f"{path}: no such file")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(json.dumps(d) + "\n" for d in joined(a.gold, a.corpus)), encoding="utf-8")
        command = [sys.executable, str(a.eval_dir / "score.py"), "events", str(gold)]
        command += ["--errors", a.errors] if a.errors else []
        command += ["--json"] if a.json else []
        sys.exit(subprocess.run(command).returncode)


if __name__ == "__main__":
    main()
