"""Which geopol and which knowledge produced a set of events: the stamp every export carries.

One place answers it, so the store, the exporters and the panels write the same stamp. The
fingerprint is the coder configuration's (:class:`geopol.config.CoderConfig`): geopol's version,
the model and the knowledge files the coder loads (the shipped ``data/`` tables plus any
``--actors``/``--triggers`` files).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import geopol
from geopol.config import KNOWLEDGE_FILES, CoderConfig


def fingerprint(actors: Sequence[Path | str] = (), triggers: Sequence[Path | str] = ()) -> str:
    """16 hex digits naming the coder: see :meth:`geopol.config.CoderConfig.fingerprint`."""
    return CoderConfig(actors=tuple(actors), triggers=tuple(triggers)).fingerprint()


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
