"""The Lee corpus reader (``bench/lee_corpus.py``) on a wheel-shaped archive the test builds:
the measurement's ids and texts must not drift with the reader."""

import importlib.util
import zipfile
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "lee_corpus.py"


def _reader():
    spec = importlib.util.spec_from_file_location("lee_corpus", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wheel(tmp_path: Path, background: bytes, lee: bytes) -> Path:
    path = tmp_path / "gensim-0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("gensim/test/test_data/lee_background.cor", background)
        archive.writestr("gensim/test/test_data/lee.cor", lee)
    return path


POLITICAL = ("The Defence Minister said troops and police would guard the embassy after the attack.  "
             "The government  agreed.\n")
WEATHER = "Rain fell on the coast and the cricket was called off.\n"


def test_political_articles_keep_their_line_as_id_and_latin1_text(tmp_path):
    lee = _reader()
    wheel = _wheel(tmp_path, (WEATHER + POLITICAL).encode("latin-1"),
                   ("Aid of \xa35 million reached the army and rebels, the UN minister said.\n").encode("latin-1"))
    docs = lee.articles(wheel)
    assert [d["id"] for d in docs] == ["lee-bg-001", "lee-lee-000"]
    assert docs[0]["text"].endswith("after the attack. The government agreed.")  # whitespace collapsed
    assert "\u00a35 million" in docs[1]["text"]


def test_all_keeps_articles_with_no_political_words(tmp_path):
    lee = _reader()
    wheel = _wheel(tmp_path, (WEATHER + POLITICAL).encode("latin-1"), b"")
    assert [d["id"] for d in lee.articles(wheel, political_only=False)] == ["lee-bg-000", "lee-bg-001"]
