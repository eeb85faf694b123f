"""Throughput and peak memory of the coder beside the bare spaCy parse of the same text.

    python bench/bench_code.py [--corpus ../shared/corpus/ag_news_world_test.jsonl] [--repeat 3]

The bundled sample ("sample") is coded 20 times over, so its timing is not one 0.3 s run.

Each measurement runs in its own process (so peak RSS is that stage's own), alternating
bare spaCy and geopol, best of --repeat. Results: a markdown table on stdout and bench/out/code.json.
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "ag_news_world_test.jsonl"
SAMPLE_REPEAT = 20


def load_texts(corpus: str) -> list[dict]:
    if corpus == "sample":
        from geopol.pipeline import sample_document

        # One document codes in a fraction of a second; repeat it so the timing is stable.
        d = sample_document()
        return [{"id": f"{d.id}-{i}", "text": d.text, "date": d.date} for i in range(SAMPLE_REPEAT)]
    docs = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = html.unescape(row["text"].replace("#36;", "$").replace("\\", " "))
            docs.append({"id": row["id"], "text": text})
    return docs


def measure(mode: str, corpus: str) -> dict:
    docs = load_texts(corpus)
    if mode == "spacy":
        from geopol.nlp import load

        nlp = load()
        list(nlp.pipe(["Warm-up sentence for the parser."]))
        t0 = time.perf_counter()
        sentences = sum(len(list(d.sents)) for d in nlp.pipe((d["text"] for d in docs), batch_size=32))
        secs = time.perf_counter() - t0
        events = 0
    else:
        from geopol.pipeline import Pipeline
        from geopol.schema import Document

        pipeline = Pipeline()
        pipeline.code(Document(id="warm", text="Warm-up sentence for the parser."))
        t0 = time.perf_counter()
        events = 0
        for result in pipeline.code_many(Document(id=d["id"], text=d["text"], date=d.get("date")) for d in docs):
            events += len(result.events)
        secs = time.perf_counter() - t0
        sentences = 0  # counted once, from the bare parse
    words = sum(len(d["text"].split()) for d in docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "docs": len(docs), "words": words, "seconds": secs, "events": events,
            "sentences": sentences, "peak_mb": peak_mb}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append", help="JSONL corpus, or 'sample' (repeatable)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.mode:
        print(json.dumps(measure(a.mode, a.corpus[0])))
        return
    corpora = a.corpus or [str(DEFAULT_CORPUS), "sample"]
    rows = []
    for corpus in corpora:
        best: dict[str, dict] = {}
        for _ in range(a.repeat):
            for mode in ("spacy", "geopol"):
                out = subprocess.run([sys.executable, __file__, "--mode", mode, "--corpus", corpus],
                                     capture_output=True, text=True, check=True)
                r = json.loads(out.stdout.strip().splitlines()[-1])
                if mode not in best or r["seconds"] < best[mode]["seconds"]:
                    best[mode] = r
        sents = best["spacy"]["sentences"]
        for mode in ("spacy", "geopol"):
            r = best[mode]
            r["sentences"] = sents
            r["corpus"] = Path(corpus).name
            r["docs_per_s"] = r["docs"] / r["seconds"]
            r["sents_per_s"] = sents / r["seconds"]
            r["words_per_s"] = r["words"] / r["seconds"]
            rows.append(r)
        rows[-1]["ratio"] = rows[-2]["seconds"] / rows[-1]["seconds"]
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "code.json").write_text(json.dumps(rows, indent=1))
    print("| corpus | run | docs | sentences | docs/s | sentences/s | words/s | events | peak RSS MB | vs spaCy |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        ratio = f"{r['ratio']:.0%}" if "ratio" in r else ""
        print(f"| {r['corpus']} | {'bare spaCy parse' if r['mode'] == 'spacy' else 'geopol code'} | {r['docs']} | "
              f"{r['sentences']} | {r['docs_per_s']:.1f} | {r['sents_per_s']:.1f} | {r['words_per_s']:.0f} | "
              f"{r['events']} | {r['peak_mb']:.0f} | {ratio} |")


if __name__ == "__main__":
    main()
