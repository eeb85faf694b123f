"""Memory of the API server across large ``POST /code`` requests: does it return to its plateau?

    python bench/bench_api_memory.py [--chars 500000] [--requests 3]

Posts the same batch (the AG News world test set concatenated, cut into 5,000-character
documents) several times to an in-process app and prints the resident memory after each.
"""

from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_long import long_text  # noqa: E402


def rss_mb() -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmRSS"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=500_000)
    ap.add_argument("--requests", type=int, default=3)
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from geopol.api import create_app

    text = long_text(args.chars)
    body = [{"id": str(i), "text": text[i:i + 5000]} for i in range(0, len(text), 5000)]
    with TestClient(create_app()) as client:
        client.post("/code", json={"text": "Turkey condemned Syria."})
        print(f"loaded: {rss_mb()} MB")
        for n in range(1, args.requests + 1):
            r = client.post("/code", json=body)
            print(f"after request {n} ({len(body)} documents, {r.json()['n_events']} events): {rss_mb()} MB")
    print(f"peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
