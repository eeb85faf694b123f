"""MinHash near-duplicate detection: wire copies cluster, different stories and swapped actors don't."""

from __future__ import annotations

from geopol.dedup import DuplicateIndex, cluster_texts, from_bytes, signature, similarity, to_bytes

STORY = (
    "MOSCOW (Reuters) - Russia and China signed a natural gas supply deal worth 400 billion dollars on "
    "Wednesday after a decade of talks, officials said, as Moscow looks east for buyers amid Western "
    "sanctions over Ukraine."
)
OTHER = "The European Union imposed new sanctions on Iran over its nuclear programme, diplomats said."


def test_small_edits_cluster_with_first_seen() -> None:
    copies = [
        ("reuters", STORY),
        ("yahoo", "AP - " + STORY.replace("on Wednesday", "on Tuesday")),
        ("times", STORY.replace("(Reuters) ", "").replace("officials said", "sources said")),
        ("other", OTHER),
    ]
    assert cluster_texts(copies) == {
        "reuters": "reuters",
        "yahoo": "reuters",
        "times": "reuters",
        "other": "other",
    }


def test_word_order_matters() -> None:
    a, b = signature("Russia criticised China over trade."), signature("China criticised Russia over trade.")
    assert similarity(a, b) < 0.75


def test_signature_roundtrip_and_determinism() -> None:
    sig = signature(STORY)
    assert (from_bytes(to_bytes(sig)) == sig).all()
    assert (signature(STORY) == sig).all()
    assert len(to_bytes(sig)) == 4 * len(sig)


def test_index_remove_and_first_seen_order() -> None:
    idx = DuplicateIndex()
    assert idx.assign("b", signature(STORY), seq=2) == "b"
    idx.add("a", signature(STORY + " More."), seq=1, cluster_id="a")  # earlier seq wins
    assert idx.match(signature(STORY)) == "a"
    idx.remove("a")
    idx.remove("b")
    assert len(idx) == 0 and idx.match(signature(STORY)) is None
