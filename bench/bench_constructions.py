"""What matching the construction entries costs beside the parse they read.

    python bench/bench_constructions.py [--corpus ../shared/corpus/ag_news_world_test.jsonl]

Parses the corpus once, then times ``ConstructionSet.match`` (every shipped entry, once per
document, as the extractor runs it) over the parsed documents. Prints one markdown row.
"""

from __future__ import annotations

import argparse
import time

from bench_code import DEFAULT_CORPUS, load_texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args()
    from geopol.events.constructions import load_constructions
    from geopol.nlp import load

    nlp = load()
    texts = [d["text"] for d in load_texts(args.corpus)]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0
    entries = load_constructions()
    entries.match(docs[0])  # compile once
    t0 = time.perf_counter()
    found = sum(len(entries.match(d)) for d in docs)
    match = time.perf_counter() - t0
    print("| docs | entries | parse s | match s | match / parse | matches |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(docs)} | {len(entries)} | {parse:.2f} | {match:.3f} | {100 * match / parse:.1f}% | {found} |")


if __name__ == "__main__":
    main()
