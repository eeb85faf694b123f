"""Near-duplicate detection for wire copy republished by many outlets (GDELT's best known flaw).

Documents are reduced to MinHash signatures over word shingles and indexed with LSH. A document whose
estimated Jaccard similarity to an earlier one reaches the threshold joins that document's cluster,
so the store can count its events once (with ``num_articles``/``num_sources``) instead of again.
Signatures are plain ``uint32`` arrays so the store can persist them and rebuild the index on open.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.75
SCHEME = "affine32"

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    """Words and word bigrams of the normalised text (case, punctuation and spacing ignored).

    Words keep short wire items with one or two edited words above the threshold (each edit changes
    few shingles); bigrams keep word order, so "Russia criticised China" and "China criticised
    Russia" are not duplicates.
    """
    words = _WORD.findall(text.lower())
    out = {w.encode("utf-8") for w in words}
    out.update(f"{a} {b}".encode() for a, b in zip(words, words[1:], strict=False))
    return out


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signature (``uint32[num_perm]``) of a text; deterministic across runs (fixed seed)."""
    m = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return np.asarray(m.hashvalues, dtype=np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray) -> bytes:
    """Compact persistent form of a signature (4 bytes per permutation)."""
    return np.asarray(sig, dtype="<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


class DuplicateIndex:
    """LSH index that assigns each document to the cluster of its first-seen near twin.

    ``first_seen`` order is the insertion order (``seq``), which the store persists, so resuming or
    re-ingesting gives the same clusters as one clean run.
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        # Bands of 4 rows: a pair at J=0.75 becomes a candidate with p>0.99 (the default tuning
        # misses ~10% of pairs near the threshold); candidates are then verified on their signatures.
        rows = 4
        self._lsh = MinHashLSH(num_perm=num_perm, params=(num_perm // rows, rows))
        self._template = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
        self._sigs: dict[str, np.ndarray] = {}
        self._info: dict[str, tuple[int, str]] = {}  # doc id -> (seq, cluster id)

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._sigs

    def _minhash(self, sig: np.ndarray) -> MinHash:
        # A shallow copy of a template shares its (read-only) permutations: building a MinHash from
        # scratch draws them again, which made rebuilding the index on open ~5x slower.
        m = copy.copy(self._template)
        m.hashvalues = sig.astype(np.uint64)
        return m

    def add(self, doc_id: str, sig: np.ndarray, seq: int, cluster_id: str) -> None:
        """Index a document already assigned to ``cluster_id`` (used when rebuilding from the DB)."""
        if doc_id in self._sigs:
            self.remove(doc_id)
        self._lsh.insert(doc_id, self._minhash(sig))
        self._sigs[doc_id] = sig
        self._info[doc_id] = (seq, cluster_id)

    def remove(self, doc_id: str) -> None:
        """Forget a document (its content changed or it was deleted)."""
        if doc_id in self._sigs:
            self._lsh.remove(doc_id)
            del self._sigs[doc_id]
            del self._info[doc_id]

    def match(self, sig: np.ndarray) -> str | None:
        """Cluster id of the earliest indexed document similar enough to ``sig``, if any.

        LSH candidates are verified against the stored signature, so a candidate that collided in a
        band but is below the threshold does not join the cluster.
        """
        best: tuple[int, str] | None = None
        for cand in self._lsh.query(self._minhash(sig)):
            if similarity(self._sigs[cand], sig) < self.threshold:
                continue
            info = self._info[cand]
            if best is None or info[0] < best[0]:
                best = info
        return None if best is None else best[1]

    def assign(self, doc_id: str, sig: np.ndarray, seq: int) -> str:
        """Cluster a new document and index it; returns its cluster id (its own id if unique)."""
        self.remove(doc_id)
        cluster = self.match(sig) or doc_id
        self.add(doc_id, sig, seq, cluster)
        return cluster


def cluster_texts(texts: Iterable[tuple[str, str]], threshold: float = THRESHOLD) -> dict[str, str]:
    """Convenience: cluster ``(id, text)`` pairs in order; returns id -> cluster id."""
    index = DuplicateIndex(threshold=threshold)
    return {doc_id: index.assign(doc_id, signature(text), i) for i, (doc_id, text) in enumerate(texts)}
