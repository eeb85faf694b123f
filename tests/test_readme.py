"""The README's "How it works" table names the package as it is: every module it names exists,
and every top-level module and package of ``geopol`` has its row."""

from __future__ import annotations

import re
from pathlib import Path

import geopol

PACKAGE = Path(geopol.__file__).parent
README = PACKAGE.parent.parent / "README.md"


def _table_modules() -> set[str]:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| layer | modules | job |"):]
    table = table[: table.index("\n\n")]
    names = set()
    for row in table.splitlines()[2:]:
        names |= set(re.findall(r"`([\w/.]+?(?:\.py|/))`", row.split("|")[2]))
    return names


def test_the_layer_table_names_real_modules() -> None:
    names = _table_modules()
    assert {"store.py", "events/", "cli/"} <= names
    assert [n for n in names if not (PACKAGE / n.removeprefix("geopol/")).exists()] == []


def test_every_top_level_module_has_a_row() -> None:
    names = {n.removeprefix("geopol/") for n in _table_modules()}
    top = {p.name + ("/" if p.is_dir() else "") for p in PACKAGE.iterdir()
           if (p.suffix == ".py" or (p / "__init__.py").exists()) and not p.name.startswith("__")}
    assert sorted(top - names) == []
