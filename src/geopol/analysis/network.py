"""Who deals with whom: actors as nodes, cooperative and conflictual ties as weighted edges.

Edges are aggregated in SQL (so a store with millions of events yields a small edge table), then
turned into a networkx ``DiGraph`` for export (GraphML, GEXF) or a PNG. Like the dyads, only counted
(de-duplicated), asserted events with a target are used, and self-ties are left out.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import pandas as pd

from geopol.analysis.dyads import QUAD_COLUMN, relation

Level = Literal["country", "code"]


def edge_table(
    source: Any,
    since: Any = None,
    until: Any = None,
    level: Level = "country",
    modality: str | None = "asserted",
    min_events: int = 1,
) -> pd.DataFrame:
    """Directed edges with ``n_events``, ``coop``/``conflict`` counts and Goldstein sums.

    ``level="country"`` (default) merges ``RUSGOV`` and ``RUSMIL`` into ``RUS``; ``"code"`` keeps
    full actor codes. Either way an IGO is its own node (``IGOUNO``, ``IGOWSTNAT``: never one "IGO"
    node, nor merged into the region its code embeds), and an actor known only by its role (``MIL``,
    ``REB``: whose military, whose rebels?) is no node at all.
    """
    from geopol.store import event_filters

    where, params = event_filters(since=since, until=until, modality=modality)
    src, tgt = _node_sql("source", level), _node_sql("target", level)
    roles = ", ".join(f"'{r}'" for r in sorted(role_codes()))
    sql = f"""
        SELECT {src} AS source, {tgt} AS target,
               count(*) AS n_events,
               count(*) FILTER (WHERE {QUAD_COLUMN} IN (1, 2)) AS coop,
               count(*) FILTER (WHERE {QUAD_COLUMN} IN (3, 4)) AS conflict,
               coalesce(sum(goldstein) FILTER (WHERE goldstein > 0), 0) AS goldstein_coop,
               coalesce(sum(goldstein) FILTER (WHERE goldstein < 0), 0) AS goldstein_conflict,
               sum(goldstein) AS goldstein
        FROM events
        WHERE {where} AND {src} IS NOT NULL AND {tgt} IS NOT NULL AND {src} <> {tgt}
              AND {src} NOT IN ({roles}) AND {tgt} NOT IN ({roles})
        GROUP BY ALL HAVING count(*) >= ?
        ORDER BY n_events DESC, source, target
    """
    with relation(source) as con:
        return con.execute(sql, [*params, min_events]).df()


def _node_sql(prefix: str, level: str) -> str:
    """The node an actor becomes: its country (or full code), but an IGO or NGO by its own code."""
    code, country = f"{prefix}_code", f"{prefix}_country"
    org = f"(starts_with({code}, 'IGO') OR starts_with({code}, 'NGO'))"
    if level == "country":
        return f"CASE WHEN {org} THEN {code} ELSE coalesce({country}, {code}) END"
    return f"coalesce({code}, {country})"


@lru_cache(maxsize=1)
def _cameo_codes() -> dict[str, dict[str, str]]:
    """kind (country, type, ...) -> {three-letter CAMEO code: name}."""
    text = resources.files("geopol").joinpath("data", "cameo_actor_codes.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines()[1:]:
        if line:
            kind, code, name = line.split("\t")[:3]
            out.setdefault(kind, {})[code] = name
    return out


def role_codes() -> frozenset[str]:
    """CAMEO's bare actor types (GOV, MIL, REB, IGO, ...): a node of these alone names nobody."""
    return frozenset(_cameo_codes().get("type", {}))


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    """IGO/NGO code -> its first-listed name in ``actors/igos.yaml`` (IGOUNO -> United Nations)."""
    import yaml

    text = resources.files("geopol").joinpath("data", "actors", "igos.yaml").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for entry in yaml.safe_load(text) or []:
        if isinstance(entry, dict) and entry.get("code") and entry.get("name"):
            out.setdefault(str(entry["code"]), str(entry["name"]))
    return out


def node_name(code: str) -> str:
    """A readable name for a node: Russia, United Nations, Russia (military); the code if unknown."""
    from geopol.analysis.explain import actor_name

    code = str(code).upper()
    if code in _org_names():
        return _org_names()[code]
    name = actor_name(code)
    if name == code:
        name = _cameo_codes().get("country", {}).get(code, code)
    return name[4:] if name.startswith("the ") else name


def build_network(source: Any, **kwargs: Any) -> nx.DiGraph:
    """The actor network of a Store, events frame or list of Events (see :func:`edge_table`)."""
    edges = edge_table(source, **kwargs)
    g = nx.DiGraph()
    for r in edges.itertuples(index=False):
        for node in (r.source, r.target):
            if node not in g:
                g.add_node(node, label=node_name(node), n_events=0, goldstein=0.0)
        g.nodes[r.source]["n_events"] += int(r.n_events)
        g.nodes[r.target]["n_events"] += int(r.n_events)
        g.nodes[r.source]["goldstein"] += float(r.goldstein)
        g.add_edge(
            r.source,
            r.target,
            weight=int(r.n_events),
            n_events=int(r.n_events),
            coop=int(r.coop),
            conflict=int(r.conflict),
            goldstein_coop=float(r.goldstein_coop),
            goldstein_conflict=float(r.goldstein_conflict),
            goldstein=float(r.goldstein),
            tie="cooperative" if r.goldstein >= 0 else "conflictual",
        )
    return g


def write_network(g: nx.DiGraph, path: str | Path, title: str | None = None, max_nodes: int = 40) -> Path:
    """Write the graph as ``.graphml``, ``.gexf`` or ``.png`` (chosen by the file suffix)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        nx.write_graphml(g, path)
    elif suffix == ".gexf":
        nx.write_gexf(g, path)
    elif suffix == ".png":
        draw(g, path, title=title, max_nodes=max_nodes)
    else:
        raise ValueError(f"unknown network format {suffix!r}: use .graphml, .gexf or .png")
    return path


def layout(g: nx.DiGraph, max_nodes: int = 40) -> tuple[nx.DiGraph, dict[Any, Any]]:
    """The busiest ``max_nodes`` actors and fixed positions for them (the PNG and the dashboard's SVG
    draw the same picture)."""
    keep = sorted(g.nodes, key=lambda n: (-g.nodes[n]["n_events"], str(n)))[:max_nodes]
    sub = g.subgraph(keep).copy()
    if not sub.number_of_nodes():
        return sub, {}
    pos = nx.spring_layout(sub.to_undirected(), seed=7, k=1.8 / math.sqrt(max(1, sub.number_of_nodes())))
    return sub, pos


def draw(g: nx.DiGraph, path: str | Path, title: str | None = None, max_nodes: int = 40) -> Path:
    """A readable picture: the busiest ``max_nodes`` actors labelled by name, one arrow per direction
    (curved, so A->B and B->A both show), green when net cooperative, red when net conflictual,
    widths by event count."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    sub, pos = layout(g, max_nodes)
    fig, ax = plt.subplots(figsize=(12, 9))
    if sub.number_of_nodes():
        edges = list(sub.edges(data=True))
        top = max((d["n_events"] for _, _, d in edges), default=1)
        big = max(sub.nodes[n]["n_events"] for n in sub.nodes) or 1
        sizes = {n: 400 + 2200 * sub.nodes[n]["n_events"] / big for n in sub.nodes}
        nx.draw_networkx_nodes(
            sub, pos, ax=ax, nodelist=list(sub.nodes), node_size=[sizes[n] for n in sub.nodes],
            node_color="#dfe7f2", edgecolors="#3b5b8c",
        )
        nx.draw_networkx_edges(
            sub, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges],
            width=[0.8 + 5 * d["n_events"] / top for _, _, d in edges],
            edge_color=["#2e8b3e" if d["goldstein"] >= 0 else "#c0262d" for _, _, d in edges],
            alpha=0.75, arrows=True, arrowstyle="-|>", arrowsize=18, connectionstyle="arc3,rad=0.15",
            node_size=[sizes[n] for n in sub.nodes], nodelist=list(sub.nodes),
        )
        labels = {n: f"{sub.nodes[n].get('label') or n}\n({n})" if sub.nodes[n].get("label") != n else str(n)
                  for n in sub.nodes}
        nx.draw_networkx_labels(sub, pos, ax=ax, labels=labels, font_size=9)
    from matplotlib.lines import Line2D

    ax.legend(
        handles=[
            Line2D([0], [0], color="#2e8b3e", lw=3, label="net cooperative (Goldstein > 0)"),
            Line2D([0], [0], color="#c0262d", lw=3, label="net conflictual"),
        ],
        loc="lower left",
        fontsize=9,
        title="arrow: source -> target; width: events",
        title_fontsize=8,
    )
    ax.set_title(title or "Actor network (edge width = events, counted once)")
    ax.axis("off")
    ax.margins(0.08)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
