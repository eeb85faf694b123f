"""Benchmark the corpus store: ingest throughput, dedup quality, DB size, query latency.

Not a test. The corpus is built from the 1,900 AG News "World" items in ../shared/corpus/: new
stories are pairs of items (so they are distinct), and ~30% of documents are republications of an
earlier story with small edits by another outlet (the near-duplicates the store must collapse).

* Storage part (no language model): every document gets ~15 synthetic events derived from its story
  (a republished copy carries the same events), stored through the real ``Store.ingest`` path
  (dedup, batches, transactions), giving >= 1M stored event rows; then dyad/events/explain latency.
* Coding part (needs ``geopol.pipeline``): bare ``Pipeline.code_many`` docs/s vs ``geopol ingest``
  (coding + storing) docs/s on the first ``--code-docs`` documents.

    python bench/bench_store.py [--docs 100000] [--events-per-doc 15] [--code-docs 1000]

Writes bench/out/bench_store.{json,md} and prints the Markdown table.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from geopol.analysis.dyads import dyad_table
from geopol.analysis.explain import explain
from geopol.analysis.network import build_network
from geopol.schema import Actor, Amount, Document, Event, TextSpan
from geopol.store import Coded, open_store

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "ag_news_world_test.jsonl"
OUTLETS = [f"outlet{i:02d}" for i in range(40)]
PREFIXES = ["", "(AP) ", "Reuters - ", "AFP - ", "UPDATE 1-", "WASHINGTON - "]
SWAPS = ["officials", "reportedly", "on Monday", "on Tuesday", "said", "sources", "late", "early"]
COUNTRIES = [
    "USA",
    "RUS",
    "CHN",
    "GBR",
    "FRA",
    "DEU",
    "JPN",
    "KOR",
    "PRK",
    "IND",
    "PAK",
    "IRN",
    "IRQ",
    "ISR",
    "SYR",
    "TUR",
    "UKR",
    "SAU",
    "EGY",
    "AFG",
    "BRA",
    "CAN",
    "AUS",
    "ITA",
    "ESP",
    "POL",
    "VNM",
    "TWN",
    "PHL",
    "IDN",
    "NGA",
    "ZAF",
    "MEX",
    "ARG",
    "VEN",
    "CUB",
    "KAZ",
    "BLR",
    "GEO",
    "SRB",
]
ROLES = ["", "GOV", "MIL", "BUS"]
CAMEOS = [
    ("036", 1, 4.0, "CONSULT"),
    ("042", 1, 1.9, "CONSULT"),
    ("051", 1, 3.4, "SUPPORT"),
    ("057", 1, 8.0, "AGREE"),
    ("061", 2, 6.4, "COOPERATE"),
    ("070", 2, 7.0, "AID"),
    ("112", 3, -2.0, "ACCUSE"),
    ("120", 3, -4.0, "REJECT"),
    ("130", 3, -4.4, "THREATEN"),
    ("163", 4, -8.0, "SANCTION"),
    ("173", 4, -5.0, "COERCE"),
    ("190", 4, -10.0, "ASSAULT"),
]
DOMAINS = ["diplomacy", "military", "arms", "energy", "trade", "finance", "infrastructure", "security"]


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------


def load_items() -> list[str]:
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    items = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            items.append(f"{d['title']}. {d['text']}")
    return items


def edit(text: str, rng: random.Random) -> str:
    """A republication: another outlet's prefix and one or two changed words."""
    words = text.split()
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(SWAPS)
    prefix = rng.choice(PREFIXES)
    return prefix + " ".join(words)


def corpus(n: int, seed: int = 42) -> Iterator[tuple[Document, int]]:
    """``(document, story id)``; a story id repeats for near-duplicate republications."""
    items = load_items()
    rng = random.Random(seed)
    stories: list[tuple[str, str]] = []  # story text, date
    used: set[tuple[int, int]] = set()
    for k in range(n):
        if stories and rng.random() < 0.3:
            sid = rng.randrange(max(0, len(stories) - 2000), len(stories))  # wire copy of a recent story
            text, date = stories[sid]
            text = edit(text, rng)
        else:
            while True:  # a pair never used before (in either order): a genuinely new story
                a, b = rng.randrange(len(items)), rng.randrange(len(items))
                if a != b and (min(a, b), max(a, b)) not in used:
                    used.add((min(a, b), max(a, b)))
                    break
            text = f"{items[a]} {items[b]}"
            date = f"{rng.randint(2004, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            stories.append((text, date))
            sid = len(stories) - 1
        yield Document(id=f"n{k}", text=text, date=date, outlet=rng.choice(OUTLETS), title=text[:60]), sid


def synthetic_events(doc: Document, story: int, per_doc: int) -> list[Event]:
    """Events determined by the story (copies carry the same ones), with realistic skew to big actors."""
    rng = random.Random(story)
    out = []
    for s in range(per_doc):
        src, tgt = rng.sample(COUNTRIES[:12] if rng.random() < 0.6 else COUNTRIES, 2)
        cameo, quad, gold, plover = rng.choice(CAMEOS)
        role = rng.choice(ROLES)
        ev_text = f"Sentence {s} where {src} acts towards {tgt}."
        amount = Amount("$2 billion", 2e9, "USD") if rng.random() < 0.05 else None
        out.append(
            Event(
                doc_id=doc.id,
                sentence=s,
                source=Actor(src, (0, 3), code=src + role, country=src),
                target=Actor(tgt, (10, 13), code=tgt, country=tgt),
                cameo=cameo,
                cameo_root=cameo[:2],
                quad_class=quad,
                goldstein=gold,
                plover=plover,
                trigger=TextSpan("acts", (4, 8)),
                evidence=TextSpan(ev_text, (0, len(ev_text))),
                date=doc.date,
                modality="asserted"
                if rng.random() < 0.9
                else rng.choice(["negated", "hypothetical", "future"]),
                domain=rng.choice(DOMAINS),
                amount=amount,
                confidence=0.8,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, Any]:
    """Median wall time in ms over ``repeat`` runs after one warm-up."""
    result = fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def storage_part(args: argparse.Namespace, out: Path) -> dict[str, Any]:
    db = out / "bench_store.duckdb"
    for p in (db, Path(str(db) + ".wal")):
        p.unlink(missing_ok=True)
    story_of: dict[str, int] = {}

    def docs() -> Iterator[Document]:
        for d, sid in corpus(args.docs):
            story_of[d.id] = sid
            yield d

    def coder(items: Iterable[Document]) -> Iterator[Coded]:
        for d in items:
            yield Coded(d, synthetic_events(d, story_of[d.id], args.events_per_doc))

    res: dict[str, Any] = {}
    with open_store(db) as st:
        t0 = time.perf_counter()
        last = [0.0]

        def progress(r: Any) -> None:
            if time.perf_counter() - last[0] > 10:
                last[0] = time.perf_counter()
                print(f"  ingest: {r.seen} docs, {r.docs_per_s:.0f} docs/s", file=sys.stderr)

        rep = st.ingest(docs(), coder=coder, batch_size=args.batch_size, progress=progress)
        res["store_ingest_s"] = time.perf_counter() - t0
        res["store_ingest_docs_per_s"] = rep.docs_per_s
        res["documents"] = rep.new
        res["duplicates_found"] = rep.duplicates
        st.con.execute("CHECKPOINT")
        res.update(st.stats())

        # Dedup quality against the generator's ground truth.
        docs_df = st.sql("SELECT id, cluster_id FROM documents")
        first_of: dict[int, str] = {}
        for d in sorted(story_of, key=lambda x: int(x[1:])):
            first_of.setdefault(story_of[d], d)
        true_dups = {d for d, s in story_of.items() if first_of[s] != d}
        found = {r.id: r.cluster_id for r in docs_df.itertuples() if r.cluster_id != r.id}
        hits = sum(1 for d, c in found.items() if c in story_of and story_of[c] == story_of[d])
        res["true_duplicates"] = len(true_dups)
        res["dedup_precision"] = hits / len(found) if found else 1.0
        res["dedup_recall"] = sum(
            1 for d in true_dups if d in found and story_of[found[d]] == story_of[d]
        ) / max(1, len(true_dups))

        # Reopen cost (LSH index rebuilt from stored signatures) and an idempotent rerun.
        t0 = time.perf_counter()
        st._dups = None
        st._index()
        res["lsh_rebuild_s"] = time.perf_counter() - t0

        q: dict[str, float] = {}
        q["dyad RUS CHN month"], dy = timed(lambda: dyad_table(st, "RUS", "CHN", freq="month"))
        q["dyad USA IRN year"], _ = timed(lambda: dyad_table(st, "USA", "IRN", freq="year"))
        q["events --between RUS CHN"], ev = timed(lambda: st.events(between=("RUS", "CHN")))
        q["events --source USA --plover ASSAULT --since 2015"], ev2 = timed(
            lambda: st.events(source="USA", plover="ASSAULT", since="2015")
        )
        q["events --source RUSGOV --limit 100"], _ = timed(lambda: st.events(source="RUSGOV", limit=100))
        q["events --domain energy --cameo 06 --limit 1000"], _ = timed(
            lambda: st.events(domain="energy", cameo="06", limit=1000)
        )
        q["explain RUS CHN"], ex = timed(lambda: explain(st, "RUS", "CHN"), repeat=3)
        q["network (country level)"], g = timed(lambda: build_network(st), repeat=3)
        res["queries_ms"] = q
        res["rows"] = {
            "dyad RUS CHN month": len(dy),
            "events --between RUS CHN": len(ev),
            "events --source USA --plover ASSAULT --since 2015": len(ev2),
            "explain RUS CHN (dyad events)": ex.balance["n_events"],
            "network edges": g.number_of_edges(),
        }
    res["db_mb"] = db.stat().st_size / 1e6
    if not args.keep_db:
        db.unlink(missing_ok=True)
    return res


def coding_part(args: argparse.Namespace, out: Path) -> dict[str, Any]:
    try:
        from geopol.pipeline import Pipeline

        pipe = Pipeline()
    except Exception as exc:  # the coder may not be usable yet in this checkout
        return {"coding_skipped": repr(exc)}
    docs = [d for d, _ in corpus(args.code_docs)]
    t0 = time.perf_counter()
    n_events = sum(len(r.events) for r in pipe.code_many(docs, batch_size=32))
    bare = time.perf_counter() - t0
    db = out / "bench_code.duckdb"
    db.unlink(missing_ok=True)
    with open_store(db) as st:
        t0 = time.perf_counter()
        st.ingest(docs, coder=lambda items: pipe.code_many(items, batch_size=32), batch_size=64)
        full = time.perf_counter() - t0
    db.unlink(missing_ok=True)
    return {
        "code_docs": len(docs),
        "coded_events": n_events,
        "bare_coding_docs_per_s": len(docs) / bare,
        "ingest_with_coding_docs_per_s": len(docs) / full,
    }


def markdown(res: dict[str, Any], args: argparse.Namespace) -> str:
    s = res["storage"]
    lines = [
        f"Corpus: {s['documents']:,} documents from the 1,900 AG News items "
        f"({s['true_duplicates']:,} near-duplicate republications); "
        f"{s['event_mentions']:,} stored event rows, {s['events']:,} counted once.",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| store ingest, synthetic events (docs/s) | {s['store_ingest_docs_per_s']:,.0f} |",
        f"| near-duplicates found / true | {s['duplicates_found']:,} / {s['true_duplicates']:,} |",
        f"| dedup precision / recall | {s['dedup_precision']:.3f} / {s['dedup_recall']:.3f} |",
        f"| DB size (MB) | {s['db_mb']:,.0f} |",
        f"| LSH index rebuild on reopen (s) | {s['lsh_rebuild_s']:.1f} |",
    ]
    c = res["coding"]
    if "coding_skipped" in c:
        lines.append(f"| coding | skipped: {c['coding_skipped'][:80]} |")
    else:
        lines += [
            f"| bare coding, {c['code_docs']:,} docs (docs/s) | {c['bare_coding_docs_per_s']:,.1f} |",
            f"| ingest = coding + store (docs/s) | {c['ingest_with_coding_docs_per_s']:,.1f} |",
        ]
    lines += ["", "| query (median ms) | ms | rows |", "|---|---:|---:|"]
    for name, ms in s["queries_ms"].items():
        rows = s["rows"].get(name, s["rows"].get(f"{name} (dyad events)", ""))
        lines.append(f"| {name} | {ms:,.1f} | {rows} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--events-per-doc", type=int, default=15)
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--code-docs", type=int, default=1000)
    ap.add_argument("--skip-coding", action="store_true")
    ap.add_argument("--keep-db", action="store_true")
    ap.add_argument("--out", type=Path, default=HERE / "out")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    res: dict[str, Any] = {"args": {k: str(v) for k, v in vars(args).items()}}
    res["storage"] = storage_part(args, args.out)
    res["coding"] = {"coding_skipped": "--skip-coding"} if args.skip_coding else coding_part(args, args.out)
    md = markdown(res, args)
    (args.out / "bench_store.json").write_text(json.dumps(res, indent=2, default=str))
    (args.out / "bench_store.md").write_text(md)
    print(md)


if __name__ == "__main__":
    main()
