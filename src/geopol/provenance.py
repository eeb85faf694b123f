"""Which geopol and which knowledge produced a set of events: the stamp every export carries.

One place answers it, so the store, the exporters and the panels write the same stamp. The
fingerprint hashes the knowledge files the coder loads (the shipped ``data/`` tables plus any
``--actors``/``--triggers`` files); when :mod:`geopol.config` offers a coder configuration with
its own ``fingerprint()``, this module defers to it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import geopol

# The shipped knowledge the coder reads (the sample text is not knowledge).
KNOWLEDGE_FILES: tuple[str, ...] = (
    "cameo.tsv", "cameo_actor_codes.tsv", "iso_fips.tsv", "places.tsv", "triggers.yaml",
    "actors/agents.yaml", "actors/countries.yaml", "actors/igos.yaml", "actors/organizations.yaml",
    "actors/people.yaml", "actors/regions.yaml",
)


@lru_cache(maxsize=1)
def _shipped_digest() -> str:
    h = hashlib.sha256()
    data = resources.files("geopol").joinpath("data")
    for name in KNOWLEDGE_FILES:
        part = data.joinpath(name)
        h.update(name.encode())
        h.update(b"\x00")
        h.update(part.read_bytes() if part.is_file() else b"<missing>")
        h.update(b"\x00")
    return h.hexdigest()


def fingerprint(actors: Sequence[Path | str] = (), triggers: Sequence[Path | str] = ()) -> str:
    """16 hex digits naming the coder's knowledge: same files, same fingerprint."""
    try:  # the coder configuration, once it exists, is the authority on what the coder loads
        from geopol import config  # type: ignore[attr-defined]

        if hasattr(config, "fingerprint") and not actors and not triggers:
            return str(config.fingerprint())[:16]
    except ImportError:
        pass
    h = hashlib.sha256(_shipped_digest().encode())
    for kind, paths in (("actors", actors), ("triggers", triggers)):
        for p in paths:
            h.update(f"{kind}:{Path(p).name}\x00".encode())
            h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]


def provenance(actors: Sequence[Path | str] = (), triggers: Sequence[Path | str] = ()) -> dict[str, Any]:
    """``{"geopol_version": ..., "coder_fingerprint": ...}``: what to cite for a set of events."""
    return {"geopol_version": geopol.__version__, "coder_fingerprint": fingerprint(actors, triggers)}


def stamp(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The metadata record written beside an export (see ``sidecar``), merged with ``extra``."""
    return {**provenance(), **(extra or {})}


def sidecar_path(path: str | Path) -> Path:
    """``events.tsv`` -> ``events.tsv.meta.json``: where formats without metadata keep their stamp."""
    p = Path(path)
    return p.with_name(p.name + ".meta.json")


def write_sidecar(path: str | Path, extra: dict[str, Any] | None = None) -> Path:
    """Write the stamp as JSON beside ``path`` and return where."""
    out = sidecar_path(path)
    out.write_text(json.dumps(stamp(extra), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


def label(info: dict[str, Any] | None = None) -> str:
    """``geopol 0.1.0 (coder 1a2b3c4d5e6f7a8b)``: the short form for a header or a data label."""
    info = info or provenance()
    return f"geopol {info['geopol_version']} (coder {info['coder_fingerprint']})"


__all__ = ["KNOWLEDGE_FILES", "fingerprint", "label", "provenance", "sidecar_path", "stamp", "write_sidecar"]
