"""The import contract: data flows one way, ingest -> nlp -> actors -> events -> pipeline -> store ->
analysis -> interfaces, with no import cycle (every import counts, including those inside functions)."""

from __future__ import annotations

import ast
from pathlib import Path

import geopol

ROOT = Path(geopol.__file__).parent
# Each layer and the layers it may import from (besides itself).
LAYERS: dict[str, set[str]] = {
    "base": set(),
    "ingest": {"base"},
    "actors": {"base", "ingest"},
    "events": {"base", "ingest", "actors"},
    "pipeline": {"base", "ingest", "actors", "events"},
    "corpus": {"base", "ingest", "actors", "events"},
    "analysis": {"base", "ingest", "actors", "events", "corpus"},
    "evaluate": {"base", "ingest", "actors", "events", "pipeline", "corpus"},
    "runner": {"base", "ingest", "actors", "events", "pipeline", "corpus"},
    "facade": {"base", "ingest", "actors", "events", "pipeline", "corpus", "analysis", "evaluate", "runner"},
}
LAYERS["api"] = LAYERS["facade"] | {"facade"}
LAYERS["cli"] = LAYERS["api"] | {"api"}  # `geopol serve` starts the HTTP API
GROUPS = {
    "schema": "base", "dates": "base", "config": "base", "provenance": "base", "counts": "base", "ingest": "ingest",
    "nlp": "ingest", "parsed": "ingest", "breaks": "ingest", "residue": "ingest",
    "boilerplate": "ingest", "actors": "actors", "events": "events", "when": "events", "where": "events",
    "amounts": "events", "casualties": "events", "domains": "events", "pipeline": "pipeline", "store": "corpus",
    "store_rows": "corpus", "store_schema": "corpus", "store_write": "corpus", "queries": "corpus",
    "dedup": "corpus",
    "export": "corpus", "analysis": "analysis", "codebook": "analysis", "evaluate": "evaluate",
    "evaluate_events": "evaluate", "pairs": "evaluate",
    "distributed": "runner", "watch": "runner", "api": "api", "api_limits": "api", "web": "api", "cli": "cli",
    "__main__": "cli",
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = ("geopol", *path.relative_to(ROOT).with_suffix("").parts)
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # A module that imports by name (importlib.import_module) imports every module it names.
        by_name = any(getattr(n, "attr", None) == "import_module" or getattr(n, "id", None) == "import_module"
                      for n in ast.walk(tree))
        for node in ast.walk(tree):
            if by_name and isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in mods:
                names = [node.value]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
                names = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
            else:
                continue
            # `from geopol import __version__` reads the facade's constants, not its functions.
            graph[mod] |= {n for n in names if n in mods and n not in (mod, "geopol")}
    return graph


def _group(mod: str) -> str:
    return "facade" if mod == "geopol" else GROUPS[mod.split(".")[1]]


def test_the_graph_sees_every_kind_of_import() -> None:
    graph = _graph()
    assert "geopol.store_write" in graph["geopol.store"]  # from geopol.store_write import ...
    assert "geopol.dedup" in graph["geopol.store_write"]  # from geopol import dedup
    assert "geopol.provenance" in graph["geopol.store_write"]  # inside a method
    assert "geopol.cli.corpus" in graph["geopol.cli"]  # importlib.import_module("geopol.cli.corpus")


def test_every_module_has_a_layer() -> None:
    assert [m for m in _modules() if m != "geopol" and m.split(".")[1] not in GROUPS] == []


def test_imports_run_down_the_layers() -> None:
    graph = _graph()
    bad = [f"{m} -> {n}" for m, deps in graph.items() for n in deps
           if _group(n) != _group(m) and _group(n) not in LAYERS[_group(m)]]
    assert bad == []


def test_no_import_cycle() -> None:
    graph, done, stack = _graph(), set(), []

    def visit(m: str) -> None:
        assert m not in stack, " -> ".join([*stack[stack.index(m):], m])
        if m in done:
            return
        stack.append(m)
        for n in sorted(graph[m]):
            visit(n)
        stack.pop()
        done.add(m)

    for m in sorted(graph):
        visit(m)
