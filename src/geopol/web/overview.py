"""The overview page's figures: corpus size, the busiest and the fastest-changing pairs, the trend.

Like every figure geopol shows, these read counted (de-duplicated), asserted events only, and
pairs are the network's nodes (:func:`geopol.analysis.network.edge_table`): countries, IGOs by
their own code, no role-only actors.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from geopol.analysis.dyads import QUADS, period_label
from geopol.analysis.network import edge_table, node_name


def totals(store: Any) -> dict[str, Any]:
    """Documents, events and the dated span; undated events named, as they are on no time axis."""
    span = store.span()
    return {
        **store.stats(),
        **span,
        "first": str(span["first"]) if span["first"] else None,
        "last": str(span["last"]) if span["last"] else None,
    }


def _pairs(edges: pd.DataFrame) -> pd.DataFrame:
    """Directed edges -> unordered pairs with events, cooperation, conflict and Goldstein sums."""
    if edges.empty:
        return pd.DataFrame(columns=["a", "b", "n_events", "coop", "conflict", "g_pos", "g_neg"])
    e = edges.copy()
    e["a"] = e[["source", "target"]].min(axis=1)
    e["b"] = e[["source", "target"]].max(axis=1)
    e["g_pos"] = e.goldstein_coop
    e["g_neg"] = -e.goldstein_conflict
    return e.groupby(["a", "b"], as_index=False)[["n_events", "coop", "conflict", "g_pos", "g_neg"]].sum()


def _index(pos: float, neg: float) -> float | None:
    return (pos - neg) / (pos + neg) if pos + neg else None


def busiest(store: Any, n: int = 10) -> list[dict[str, Any]]:
    """The pairs with the most events, both directions together."""
    pairs = _pairs(edge_table(store)).sort_values(["n_events", "a", "b"], ascending=[False, True, True]).head(n)
    return [
        {**r, "a_name": node_name(r["a"]), "b_name": node_name(r["b"]), "coop_index": _index(r["g_pos"], r["g_neg"])}
        for r in pairs.to_dict("records")
    ]


def changing(store: Any, n: int = 10) -> list[dict[str, Any]]:
    """The pairs whose event count moved most between the corpus's last year and the year before
    (years counted back from its latest dated event), with the cooperation index of each."""
    last = store.last_date("asserted")
    if last is None:
        return []
    last = pd.Timestamp(last)
    mid, start = last - pd.DateOffset(years=1), last - pd.DateOffset(years=2)
    day = pd.Timedelta(days=1)
    now = _pairs(edge_table(store, since=(mid + day).strftime("%Y-%m-%d"), until=last.strftime("%Y-%m-%d")))
    before = _pairs(edge_table(store, since=(start + day).strftime("%Y-%m-%d"), until=mid.strftime("%Y-%m-%d")))
    both = now.merge(before, on=["a", "b"], how="outer", suffixes=("", "_before")).fillna(0)
    if both.empty:
        return []
    both["change"] = both.n_events - both.n_events_before
    both["abs"] = both.change.abs()
    both = both[both["abs"] > 0].sort_values(["abs", "a", "b"], ascending=[False, True, True]).head(n)
    return [
        {
            "a": r["a"], "b": r["b"], "a_name": node_name(r["a"]), "b_name": node_name(r["b"]),
            "now": int(r["n_events"]), "before": int(r["n_events_before"]), "change": int(r["change"]),
            "index_now": _index(r["g_pos"], r["g_neg"]), "index_before": _index(r["g_pos_before"], r["g_neg_before"]),
            "window": (f"{(mid + day):%Y-%m-%d} to {last:%Y-%m-%d}", f"{(start + day):%Y-%m-%d} to {mid:%Y-%m-%d}"),
        }
        for r in both.to_dict("records")
    ]


def corpus_trend(store: Any, freq: str = "quarter") -> pd.DataFrame:
    """Counted, asserted, dated events per period by quad class, over the whole corpus."""
    frame = store.period_counts(freq, QUADS)
    frame["period"] = pd.to_datetime(frame.period)
    frame["label"] = [period_label(p, freq) for p in frame.period]
    frame["direction"] = "both"
    return frame
