"""The codebook is generated from the shipped data, covers it, and the committed copy is current."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from geopol.actors.kb import load_kb
from geopol.cli import app
from geopol.codebook import render_codebook
from geopol.events.lexicon import load_lexicon
from geopol.events.ontology import all_codes

ROOT = Path(__file__).resolve().parents[1]


def test_codebook_covers_the_shipped_knowledge() -> None:
    text = render_codebook()
    assert text == render_codebook()  # deterministic
    for code in all_codes():
        assert f"| `{code}` |" in text
    for e in load_kb().entries:
        if e.category == "countries":
            assert f"| `{e.code}` | {e.name} |" in text
    lemmas = {t.lemma for t in load_lexicon().entries()}
    assert all(f"| {lemma} | `" in text for lemma in lemmas)
    # the conventions where the manuals disagree are spelt out
    assert "quad_class_cameo" in text and "REJECT (125)" in text and "undated events" in text
    assert "## Constructions" in text and "| negated | negators |" in text


def test_committed_codebook_is_the_generated_one(tmp_path: Path) -> None:
    out = tmp_path / "CODEBOOK.md"
    assert CliRunner().invoke(app, ["codebook", "--out", str(out)]).exit_code == 0
    committed = (ROOT / "docs" / "CODEBOOK.md").read_text(encoding="utf-8")
    fresh = out.read_text(encoding="utf-8")
    # Same sections (entry counts aside: other branches add entries; regenerate after merging them).
    def sections(text: str) -> list[str]:
        return [re.sub(r" \(\d+\)$", "", line) for line in text.splitlines() if line.startswith("#")]

    assert sections(committed) == sections(fresh), (
        "docs/CODEBOOK.md is stale: regenerate it with `geopol codebook --out docs/CODEBOOK.md`")
    assert committed.splitlines()[5:18] == fresh.splitlines()[5:18]  # the conventions as the code states them


def test_readme_links_existing_files() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/CODEBOOK.md" in readme
    for target in re.findall(r"\]\(((?!https?:|#)[^)\s]+)\)", readme):
        assert (ROOT / target.split("#")[0]).exists(), f"README links to a missing file: {target}"
    assert "`DESIGN.md`" not in readme  # the design notes live outside the repository
