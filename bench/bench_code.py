"""Throughput and peak memory of the coder beside the bare spaCy parse of the same text.

    python bench/bench_code.py [--corpus ../shared/corpus/ag_news_world_test.jsonl] [--repeat 3]

The bundled sample ("sample") is coded 20 times over, so its timing is not one 0.3 s run.

"Bare spaCy" is the stock model, loaded with ``spacy.load`` and run with ``nlp.pipe``: geopol's
changes to the pipeline (a tokenizer rule, a line-break component, a set-based lemma index) count
on geopol's side. "geopol's parse alone" runs the pipeline as geopol loads it, with no coding, so
the table shows what the parse gains and what the coding costs. Each measurement runs in its own
process (so peak RSS is that stage's own), alternating the three, best of --repeat. Results: a
markdown table on stdout and bench/out/code.json.
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
RUNS = {"spacy": "bare spaCy parse", "parse": "geopol's parse alone", "geopol": "geopol code"}
MODES = tuple(RUNS)


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
    if mode in ("spacy", "parse"):
        if mode == "spacy":  # the stock model, none of geopol's changes to it
            import spacy

            from geopol.config import DEFAULT_MODEL

            nlp = spacy.load(DEFAULT_MODEL)
        else:  # the model as geopol runs it
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
            for mode in MODES:
                out = subprocess.run([sys.executable, __file__, "--mode", mode, "--corpus", corpus],
                                     capture_output=True, text=True, check=True)
                r = json.loads(out.stdout.strip().splitlines()[-1])
                if mode not in best or r["seconds"] < best[mode]["seconds"]:
                    best[mode] = r
        sents = best["spacy"]["sentences"]
        for mode in MODES:
            r = best[mode]
            r["sentences"] = sents
            r["corpus"] = Path(corpus).name
            r["docs_per_s"] = r["docs"] / r["seconds"]
            r["sents_per_s"] = sents / r["seconds"]
            r["words_per_s"] = r["words"] / r["seconds"]
            rows.append(r)
        for r in rows[-2:]:
            r["ratio"] = best["spacy"]["seconds"] / r["seconds"]
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "code.json").write_text(json.dumps(rows, indent=1))
    print("| corpus | run | docs | sentences | docs/s | sentences/s | words/s | events | peak RSS MB | vs spaCy |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        ratio = f"{r['ratio']:.0%}" if "ratio" in r else ""
        print(f"| {r['corpus']} | {RUNS[r['mode']]} | {r['docs']} | "
              f"{r['sentences']} | {r['docs_per_s']:.1f} | {r['sents_per_s']:.1f} | {r['words_per_s']:.0f} | "
              f"{r['events']} | {r['peak_mb']:.0f} | {ratio} |")


if __name__ == "__main__":
    main()
