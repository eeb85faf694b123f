"""Who deals with whom: actors as nodes, cooperative and conflictual ties as weighted edges.

Edges are aggregated in SQL (so a store with millions of events yields a small edge table), then
turned into a networkx ``DiGraph`` for export (GraphML, GEXF) or a PNG. Like the dyads, only counted
(de-duplicated), asserted events with a target are used, and self-ties are left out.
"""

from __future__ import annotations

import math
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
    full actor codes.
    """
    from geopol.store import event_filters

    where, params = event_filters(since=since, until=until, modality=modality)
    if level == "country":
        src, tgt = "coalesce(source_country, source_code)", "coalesce(target_country, target_code)"
    else:
        src, tgt = "coalesce(source_code, source_country)", "coalesce(target_code, target_country)"
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
        GROUP BY ALL HAVING count(*) >= ?
        ORDER BY n_events DESC, source, target
    """
    with relation(source) as con:
        return con.execute(sql, [*params, min_events]).df()


def build_network(source: Any, **kwargs: Any) -> nx.DiGraph:
    """The actor network of a Store, events frame or list of Events (see :func:`edge_table`)."""
    from geopol.analysis.explain import actor_name

    edges = edge_table(source, **kwargs)
    g = nx.DiGraph()
    for r in edges.itertuples(index=False):
        for node in (r.source, r.target):
            if node not in g:
                g.add_node(node, label=actor_name(node), n_events=0, goldstein=0.0)
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


def draw(g: nx.DiGraph, path: str | Path, title: str | None = None, max_nodes: int = 40) -> Path:
    """A readable picture: the busiest ``max_nodes`` actors, labelled; edges green (net cooperative)
    or red (net conflictual), widths by event count, both directions of a pair merged."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    keep = sorted(g.nodes, key=lambda n: (-g.nodes[n]["n_events"], str(n)))[:max_nodes]
    und = nx.Graph()
    und.add_nodes_from((n, g.nodes[n]) for n in keep)
    for u, v, d in g.subgraph(keep).edges(data=True):
        if und.has_edge(u, v):
            und[u][v]["n_events"] += d["n_events"]
            und[u][v]["goldstein"] += d["goldstein"]
        else:
            und.add_edge(u, v, n_events=d["n_events"], goldstein=d["goldstein"])
    fig, ax = plt.subplots(figsize=(12, 9))
    if und.number_of_nodes():
        pos = nx.spring_layout(und, seed=7, k=1.8 / math.sqrt(max(1, und.number_of_nodes())))
        top = max((d["n_events"] for _, _, d in und.edges(data=True)), default=1)
        widths = [0.8 + 7 * d["n_events"] / top for _, _, d in und.edges(data=True)]
        colours = ["#2e8b3e" if d["goldstein"] >= 0 else "#c0262d" for _, _, d in und.edges(data=True)]
        big = max(und.nodes[n]["n_events"] for n in und.nodes) or 1
        sizes = [300 + 2200 * und.nodes[n]["n_events"] / big for n in und.nodes]
        nx.draw_networkx_edges(und, pos, ax=ax, width=widths, edge_color=colours, alpha=0.7)
        nx.draw_networkx_nodes(und, pos, ax=ax, node_size=sizes, node_color="#dfe7f2", edgecolors="#3b5b8c")
        nx.draw_networkx_labels(und, pos, ax=ax, labels={n: str(n) for n in und.nodes}, font_size=10)
    from matplotlib.lines import Line2D

    ax.legend(
        handles=[
            Line2D([0], [0], color="#2e8b3e", lw=3, label="net cooperative (Goldstein > 0)"),
            Line2D([0], [0], color="#c0262d", lw=3, label="net conflictual"),
        ],
        loc="lower left",
        fontsize=9,
    )
    ax.set_title(title or "Actor network (edge width = events, counted once)")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
