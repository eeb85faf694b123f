"""Reports name countries as data/actors/countries.yaml does (its ``short`` form when it has one)."""

from __future__ import annotations

import yaml

from geopol.actors.kb import DATA_DIR
from geopol.analysis.explain import actor_name


def test_report_names_come_from_the_country_table() -> None:
    entries = yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8"))
    for e in entries:
        assert actor_name(e["code"]) == e.get("short", e["name"])
    assert actor_name("USA") == "the US" and actor_name("RUSGOV") == "Russia (government)"
    assert actor_name("IGOUNO") == "IGOs"
