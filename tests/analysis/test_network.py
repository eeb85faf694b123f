"""Actor network: weighted cooperative/conflictual ties, GraphML/GEXF/PNG export."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from helpers import ev

from geopol.analysis.network import build_network, edge_table, write_network

EVENTS = [
    ev(1, "RUSGOV", "CHN", "051"),
    ev(2, "RUSMIL", "CHN", "070"),
    ev(3, "RUS", "CHN", "112"),
    ev(4, "USA", "RUS", "190"),
    ev(5, "USA", "RUS", "112", date="2010-01-01"),
    ev(6, "RUS", "RUSGOV", "112"),  # domestic: no self-loop
    ev(7, "CHN", "USA", "190", modality="negated"),  # not counted
]


def test_edges_country_level() -> None:
    e = edge_table(EVENTS).set_index(["source", "target"])
    assert len(e) == 2
    rc = e.loc[("RUS", "CHN")]
    assert (rc.n_events, rc.coop, rc.conflict) == (3, 2, 1)
    assert (rc.goldstein_coop, rc.goldstein_conflict) == pytest.approx((10.4, -2.0))
    assert e.loc[("USA", "RUS")].n_events == 2
    assert len(edge_table(EVENTS, since="2015")) == 2
    assert edge_table(EVENTS, since="2015").set_index(["source", "target"]).loc[("USA", "RUS")].n_events == 1
    assert set(edge_table(EVENTS, level="code").source) == {"RUSGOV", "RUSMIL", "RUS", "USA"}


def test_graph_and_files(tmp_path: Path) -> None:
    g = build_network(EVENTS)
    assert set(g.nodes) == {"RUS", "CHN", "USA"}
    assert g["RUS"]["CHN"]["tie"] == "cooperative" and g["USA"]["RUS"]["tie"] == "conflictual"
    assert g.nodes["RUS"]["label"] == "Russia"
    gm = write_network(g, tmp_path / "n.graphml")
    back = nx.read_graphml(gm)
    assert back["RUS"]["CHN"]["coop"] == 2
    gx = write_network(g, tmp_path / "n.gexf")
    assert nx.read_gexf(gx).number_of_edges() == 2
    png = write_network(g, tmp_path / "n.png")
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 10_000
    with pytest.raises(ValueError):
        write_network(g, tmp_path / "n.txt")


def _igo(i: int, src: str, tgt: str, cameo: str):
    """An event whose actors carry the country the store gives them: IGO for an IGO, none for a role."""
    e = ev(i, src, tgt, cameo)
    for actor in (e.source, e.target):
        if actor.code.startswith("IGO"):
            actor.country = "IGO"
        elif len(actor.code) == 3 and actor.code in ("MIL", "GOV", "REB", "BUS", "MED", "CVL", "LEG"):
            actor.country = None
    return e


def test_igos_are_separate_nodes_and_roles_are_none(tmp_path: Path) -> None:
    events = [
        _igo(1, "RUS", "IGOUNO", "051"),
        _igo(2, "CHN", "IGOWSTNAT", "112"),
        _igo(3, "MIL", "RUS", "190"),  # whose military? no node
        _igo(4, "RUS", "REB", "190"),
        _igo(5, "GOV", "LEG", "112"),
    ]
    g = build_network(events)
    assert set(g.nodes) == {"RUS", "CHN", "IGOUNO", "IGOWSTNAT"}
    assert "IGO" not in g and not {"MIL", "REB", "GOV", "LEG"} & set(g.nodes)
    assert g.nodes["IGOUNO"]["label"] == "United Nations" and g.nodes["IGOWSTNAT"]["label"] == "NATO"
    assert g.has_edge("RUS", "IGOUNO") and not g.has_edge("IGOUNO", "RUS")
    assert write_network(g, tmp_path / "n.png").stat().st_size > 10_000
