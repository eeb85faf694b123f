"""Cost of one long document: time and peak memory per character, 10 k to 5 M characters.

    python bench/bench_long.py [--sizes 10000,100000,1000000,5000000] [--readme]

The text is the AG News world test set (``../shared/corpus/ag_news_world_test.jsonl``) concatenated,
paragraph after paragraph, and repeated to the size asked. Each run is its own process: ``geopol``
codes the text as one document (in pieces of ``geopol.nlp.PIECE_CHARS``); ``spaCy`` is the bare parse
of the same text in one call by the same model (only up to its 1 M ``max_length`` unless
``--spacy-max`` says more). ``extra MB`` is the peak RSS above the loaded model. ``--readme`` writes
the table into README.md between the ``long-table`` markers.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "ag_news_world_test.jsonl"
README = HERE.parent / "README.md"


def long_text(size: int) -> str:
    paragraphs = []
    with open(CORPUS, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            paragraphs.append(html.unescape(row["text"].replace("#36;", "$").replace("\\", " ")))
    block = "\n\n".join(paragraphs) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode: str, size: int) -> dict:
    text = long_text(size)
    if mode == "spacy":
        from geopol.nlp import load

        nlp = load()
        nlp("Warm-up sentence for the parser.")
        nlp.max_length = len(text) + 1
        base = _peak_mb()
        t0 = time.perf_counter()
        doc = nlp(text)
        seconds, events = time.perf_counter() - t0, 0
        del doc
    else:
        from geopol.pipeline import Pipeline
        from geopol.schema import Document

        pipeline = Pipeline()
        pipeline.code(Document(id="warm", text="Turkey condemned Syria."))
        base = _peak_mb()
        t0 = time.perf_counter()
        events = len(pipeline.code(Document(id="long", text=text)))
        seconds = time.perf_counter() - t0
    return {"mode": mode, "chars": len(text), "seconds": seconds, "extra_mb": _peak_mb() - base,
            "peak_mb": _peak_mb(), "events": events}


def run(mode: str, size: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(size)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(rows: list[dict]) -> str:
    spacy = {r["chars"]: r for r in rows if r["mode"] == "spacy"}
    lines = ["| characters | run | seconds | µs/char | peak RSS MB | extra MB | extra bytes/char | events "
             "| time vs spaCy |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        ratio = ""
        if r["mode"] == "geopol" and r["chars"] in spacy:
            ratio = f"{r['seconds'] / spacy[r['chars']]['seconds']:.2f}x"
        name = "geopol code" if r["mode"] == "geopol" else "bare spaCy parse"
        lines.append(f"| {r['chars']:,} | {name} | {r['seconds']:.1f} | {1e6 * r['seconds'] / r['chars']:.0f} "
                     f"| {r['peak_mb']:.0f} | {r['extra_mb']:.0f} | {r['extra_mb'] * 2**20 / r['chars']:.0f} "
                     f"| {r['events']:,} | {ratio} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000,5000000")
    ap.add_argument("--spacy-max", type=int, default=1_000_000, help="Largest size the bare parse is run at.")
    ap.add_argument("--readme", action="store_true")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        if size <= args.spacy_max:
            rows.append(run("spacy", size))
            print(json.dumps(rows[-1]), file=sys.stderr)
        rows.append(run("geopol", size))
        print(json.dumps(rows[-1]), file=sys.stderr)
    text = table(rows)
    print(text)
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "long.json").write_text(json.dumps(rows, indent=1))
    if args.readme:
        readme = README.read_text(encoding="utf-8")
        new = re.sub(r"(<!-- long-table -->\n).*?(\n<!-- /long-table -->)", lambda m: m.group(1) + text + m.group(2),
                     readme, flags=re.S)
        README.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
