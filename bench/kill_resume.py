"""Kill ``geopol ingest`` at random moments, resume it, and compare the store with a clean run.

    python bench/kill_resume.py [--docs 300] [--kills 5] [--seed 1]

Each trial SIGKILLs an ingest (batch size 16) after a random 1-8 s, then the next trial resumes the
same store; a last run finishes it. Survived = the final store holds exactly the clean run's
documents (id, content hash, cluster) and events (id, counted, num_articles).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "ag_news_world_test.jsonl"


def ingest(src: Path, db: Path, kill_after: float | None) -> bool:
    cmd = [sys.executable, "-m", "geopol", "ingest", str(src), "--db", str(db), "--batch-size", "16"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if kill_after is None:
        return proc.wait() == 0
    time.sleep(kill_after)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return False


def snapshot(db: Path) -> tuple:
    con = duckdb.connect(str(db), read_only=True)
    docs = con.execute("SELECT id, content_hash, cluster_id FROM documents ORDER BY id").fetchall()
    events = con.execute(
        "SELECT event_id, doc_id, counted, num_articles FROM events ORDER BY doc_id, event_id"
    ).fetchall()
    con.close()
    return docs, events


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs.jsonl"
        lines = CORPUS.read_text(encoding="utf-8").splitlines()[: args.docs]
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        clean = Path(tmp) / "clean.duckdb"
        assert ingest(src, clean, None)
        want = snapshot(clean)
        db = Path(tmp) / "killed.duckdb"
        delays = [round(rng.uniform(1, 8), 1) for _ in range(args.kills)]
        for delay in delays:
            ingest(src, db, delay)
        ingest(src, db, None)
        got = snapshot(db)
        result = {"docs": len(want[0]), "events": len(want[1]), "kills": len(delays), "delays_s": delays,
                  "identical": got == want}
        print(json.dumps(result))


if __name__ == "__main__":
    main()
