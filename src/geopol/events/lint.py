"""Lint for trigger files: mistakes the loader accepts but a maintainer would not.

The loader (:mod:`geopol.events.lexicon`) rejects what cannot be read; the lint finds what reads
fine but misleads: an entry filed under another root's ``# ---- NN NAME`` section (a newcomer looks
for it in the wrong place), two entries of one lemma at equal specificity that can match the same
object with different roots (file order then decides silently), and fields the lexicon's
documentation does not describe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from geopol.events import lexicon
from geopol.events.lexicon import Trigger, parse_lexicon

#: A section header inside ``verbs:`` or ``nouns:``: ``# ------ 05 DIPLOMATIC COOPERATION`` holds
#: root 05; a header without a root (``# ------ spaCy lemma quirks``) holds entries of any root.
_HEADER = re.compile(r"^\s*#\s*-{3,}\s*(\d{2}\b)?")
_DOC_FIELD = re.compile(r"^- ``(\w+)``:", re.MULTILINE)


@dataclass(frozen=True)
class Finding:
    """One lint message, naming the file, the line and the entry."""

    file: str
    line: int
    entry: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.entry}: {self.problem}"


def documented_fields() -> frozenset[str]:
    """Entry fields described in :mod:`geopol.events.lexicon`'s documentation."""
    return frozenset(_DOC_FIELD.findall(lexicon.__doc__ or ""))


def _label(raw: dict) -> str:
    return f"{raw.get('lemma')!r} {raw.get('code')!r}"


def _entries(text: str) -> Iterator[tuple[str, int, dict, str | None]]:
    """(section, 1-based line, raw entry, root of the header above it) for verbs and nouns."""
    lines = text.splitlines()
    root_node = yaml.compose(text)
    if not isinstance(root_node, yaml.MappingNode):
        return
    for key, value in root_node.value:
        if key.value not in ("verbs", "nouns") or not isinstance(value, yaml.SequenceNode):
            continue
        header: str | None = None
        start = key.start_mark.line
        for node in value.value:
            line = node.start_mark.line
            for between in lines[start:line]:
                m = _HEADER.match(between)
                if m:
                    header = m.group(1)
            start = line
            raw = yaml.safe_load(yaml.serialize(node))
            if isinstance(raw, dict):
                yield key.value, line + 1, raw, header


def _share_object(a: Trigger, b: Trigger) -> frozenset[str]:
    """Object lemmas both entries name (under the same particle) that neither excludes."""
    if a.objects is None or b.objects is None or a.particle != b.particle or a.subjects != b.subjects:
        return frozenset()
    return (a.objects & b.objects) - a.objects_exclude - b.objects_exclude


def overlaps(triggers: Sequence[Trigger]) -> list[tuple[Trigger, Trigger]]:
    """Pairs of entries (same lemma, part of speech and particle, equal specificity, different
    CAMEO roots) that name the same object: the first in file order wins, which nobody chose."""
    by_lemma: dict[tuple[str, str], list[Trigger]] = {}
    for t in triggers:
        by_lemma.setdefault((t.pos, t.lemma), []).append(t)
    out = []
    for group in by_lemma.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.specificity == b.specificity and a.code[:2] != b.code[:2] and _share_object(a, b):
                    out.append((a, b))
    return out


def lint_text(text: str, name: str) -> list[Finding]:
    """Lint one trigger file's text; ``name`` is the file name used in the messages."""
    findings: list[Finding] = []
    documented = documented_fields()
    triggers, _, _ = parse_lexicon(yaml.safe_load(text), name)
    lines: dict[tuple[str, str, str | None, frozenset[str] | None, frozenset[str] | None], int] = {}
    for section, line, raw, header in _entries(text):
        label = _label(raw)
        for fld in sorted(set(raw) - documented):
            findings.append(Finding(name, line, label, f"field {fld!r} is not documented in geopol.events.lexicon"))
        code = str(raw.get("code", ""))
        if header is not None and code[:2] != header:
            problem = f"{section} entry with root {code[:2]} sits in section {header}"
            findings.append(Finding(name, line, label, problem))
        pos = "VERB" if section == "verbs" else "NOUN"
        objects = frozenset(str(o).lower() for o in raw["objects"]) if raw.get("objects") else None
        particle = str(raw["particle"]).lower() if raw.get("particle") is not None else None
        subjects = frozenset(str(o).lower() for o in raw["subjects"]) if raw.get("subjects") else None
        lines[(pos, str(raw.get("lemma", "")).lower(), particle, objects, subjects)] = line
    for a, b in overlaps(triggers):
        findings.append(Finding(
            name, lines.get(b.key, 0), f"{b.lemma!r} {b.code!r}",
            f"shares {', '.join(sorted(_share_object(a, b)))} with {a.lemma!r} {a.code!r} (line "
            f"{lines.get(a.key, 0)}) at equal specificity and another root: file order decides",
        ))
    return sorted(findings, key=lambda f: f.line)


def lint_file(path: str | Path) -> list[Finding]:
    """Lint a trigger file (load errors raise :class:`~geopol.events.lexicon.LexiconError`)."""
    p = Path(path)
    return lint_text(p.read_text(encoding="utf-8"), p.name)


def default_trigger_file() -> Path:
    """The packaged ``triggers.yaml``."""
    return Path(lexicon.__file__).resolve().parent.parent / "data" / "triggers.yaml"
