"""Whole news articles from another source: the Lee corpus, as gensim's wheel ships it.

    python bench/lee_corpus.py [--wheel FILE] --out lee.jsonl [--all]

AG News gives a title and a sentence or two; analysts code whole articles. The Lee corpus (Lee,
Pincombe and Welsh 2005) is 350 articles of the Australian Broadcasting Corporation's news mail
service, December 2001 to January 2002, each on one line of ``lee_background.cor`` (300) and
``lee.cor`` (50). gensim ships both in its wheel as test data, so they come from PyPI like every
other part of geopol: ``pip download --no-deps gensim==4.4.0`` fetches the wheel (27 MB, nothing is
installed) and this reads the two files straight out of it. The repo keeps ids and codings only.

Ids are ``lee-bg-NNN`` and ``lee-lee-NNN`` (the line, from 0). ``--all`` writes every article;
by default only the political ones are written: those naming at least four distinct political
words of ``POLITICAL`` (89 articles), the selection ``bench/audit/leeV_gold.jsonl`` and
``leeT_gold.jsonl`` were drawn from (shuffled with seed 20261202: the first 44 are V, the rest T).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

VERSION = "4.4.0"
FILES = (("bg", "gensim/test/test_data/lee_background.cor"), ("lee", "gensim/test/test_data/lee.cor"))
POLITICAL = re.compile(
    r"\b(minister|president|government|troops|military|talks|Israel\w*|Palestin\w*|Afghan\w*|Taliban|"
    r"Pakistan\w*|India\w*|United States|US|UN|United Nations|sanctions?|attack\w*|killed|embassy|"
    r"rebels|army|militants?|forces|soldiers|police|leader|Arafat|Sharon|Bush|Musharraf|Kashmir|Iraq|war)\b")


def fetch_wheel(into: Path) -> Path:
    """gensim's wheel from the package index (no install)."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
               "-q", "-d", str(into), f"gensim=={VERSION}"]
    if subprocess.run(command).returncode != 0:
        sys.exit(f"pip download gensim=={VERSION} failed: pass --wheel FILE")
    found = sorted(into.glob("gensim-*.whl"))
    if not found:
        sys.exit(f"{into}: no gensim wheel after pip download")
    return found[0]


def articles(wheel: Path, political_only: bool = True) -> list[dict]:
    """The articles as ``{"id", "text"}``, whitespace collapsed, in file order."""
    out = []
    with zipfile.ZipFile(wheel) as archive:
        for short, name in FILES:
            try:
                raw = archive.read(name).decode("latin-1")
            except KeyError:
                sys.exit(f"{wheel}: no {name} in this wheel")
            for n, line in enumerate(raw.splitlines()):
                text = re.sub(r"\s+", " ", line).strip()
                if text and (not political_only or len({w.lower() for w in POLITICAL.findall(text)}) >= 4):
                    out.append({"id": f"lee-{short}-{n:03d}", "text": text})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheel", type=Path, help=f"gensim {VERSION} wheel (default: pip download it)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--all", action="store_true", help="every article, not only the political ones")
    a = ap.parse_args()
    if a.wheel is not None and not a.wheel.exists():
        sys.exit(f"{a.wheel}: no such file")
    with tempfile.TemporaryDirectory() as tmp:
        wheel = a.wheel or fetch_wheel(Path(tmp))
        docs = articles(wheel, political_only=not a.all)
    a.out.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    print(f"{a.out}: {len(docs)} articles")


if __name__ == "__main__":
    main()
