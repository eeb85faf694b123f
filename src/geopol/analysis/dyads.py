"""How a relationship between two actors stands per period: counts, Goldstein, cooperation index.

Figures read only *counted* events (near-duplicate copies collapsed, see :mod:`geopol.store`) and,
by default, only *asserted* ones: "Russia did not condemn China" or "China may buy jets" are not
conflict or cooperation that happened.

Cooperation index, in ``[-1, 1]`` (``NaN`` when a period has neither):

* ``coop_index`` (Goldstein-weighted, the headline): ``(G+ - G-) / (G+ + G-)`` where ``G+`` is the
  sum of positive Goldstein scores and ``G-`` the absolute sum of negative ones; an attack (-10)
  weighs as much as ten verbal statements of support (+1).
* ``coop_index_n`` (counts): ``(coop - conflict) / (coop + conflict)`` with cooperation = quad
  classes 1-2 (verbal, material cooperation) and conflict = quad classes 3-4.

Quad classes in every analysis view (dyads, networks, explanations, panels) are GDELT's, from the
CAMEO root (``QUAD_COLUMN``): an appeal (02, Goldstein +3.0) is verbal cooperation, as its
Goldstein sign says, though PLOVER files it under REQUEST. Time series place an event in the period
containing its first day (``date``, = ``date_start``) when its last day (``date_end``) falls in the
same period: a month-precision event enters a quarter, a year-precision one no month (counted in
``attrs["coarse"]``). Events without a date are left out of them and counted by
:func:`undated_events`, which every view reports the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import duckdb
import numpy as np
import pandas as pd

from geopol.schema import Event

#: The quad class the analysis views count by (GDELT's, root-based; see the module doc).
QUAD_COLUMN = "quad_class_cameo"
Freq = Literal["month", "quarter", "year"]
FREQS: tuple[str, ...] = ("month", "quarter", "year")
QUADS: dict[int, str] = {
    1: "verbal_coop",
    2: "material_coop",
    3: "verbal_conflict",
    4: "material_conflict",
}
COLUMNS: tuple[str, ...] = (
    "period",
    "label",
    "direction",
    "n_events",
    *QUADS.values(),
    "goldstein_total",
    "goldstein_mean",
    "coop_index",
    "coop_index_n",
)


@contextmanager
def relation(source: Any) -> Any:
    """A DuckDB connection on which ``events`` names the events of a Store, frame or event list.

    One SQL text then serves the store (millions of rows, no copy) and in-memory events alike.
    """
    from geopol.store import Store, events_frame

    if isinstance(source, Store):
        yield source.con
        return
    frame = source if isinstance(source, pd.DataFrame) else events_frame(_as_events(source))
    con = duckdb.connect()
    try:
        con.register("events", frame)
        yield con
    finally:
        con.close()


def _as_events(items: Iterable[Event]) -> list[Event]:
    return list(items)


def period_label(period: pd.Timestamp, freq: str) -> str:
    """``2016-04`` (month), ``2016Q2`` (quarter) or ``2016`` (year)."""
    if freq == "year":
        return f"{period.year}"
    if freq == "quarter":
        return f"{period.year}Q{(period.month - 1) // 3 + 1}"
    return f"{period.year}-{period.month:02d}"


def _index(pos: pd.Series, neg: pd.Series) -> pd.Series:
    den = pos + neg
    return ((pos - neg) / den.where(den > 0)).astype(float)


def dyad_table(
    source: Any,
    a: str,
    b: str,
    freq: str = "month",
    modality: str | None = "asserted",
    since: Any = None,
    until: Any = None,
    by_period: bool = True,
) -> pd.DataFrame:
    """Per period and direction (``A->B``, ``B->A``, ``both``): counts by quad class, Goldstein total
    and mean, and the two cooperation indexes. ``source`` is a Store, an events frame or Events.

    Undated events are left out and counted in ``table.attrs["undated"]``; ``by_period=False``
    gives one whole-span row per direction instead (label ``all``), undated events included."""
    from geopol.store import actor_clause, event_filters

    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    a, b = a.upper(), b.upper()
    where, params = event_filters(between=(a, b), since=since, until=until, modality=modality)
    sa, pa_ = actor_clause("source", a)
    tb, pb = actor_clause("target", b)
    quads = ", ".join(f"count(*) FILTER (WHERE {QUAD_COLUMN} = {q}) AS {name}" for q, name in QUADS.items())
    sql = f"""
        SELECT {f"date_trunc('{freq}', date)" if by_period else "NULL::DATE"} AS period,
               CASE WHEN {sa} AND {tb} THEN 'ab' ELSE 'ba' END AS dir,
               count(*) AS n_events, {quads},
               sum(goldstein) AS goldstein_total,
               sum(greatest(goldstein, 0)) AS g_pos,
               -sum(least(goldstein, 0)) AS g_neg
        FROM events WHERE {where} {f"AND date IS NOT NULL AND {_fits(freq)}" if by_period else ""}
        GROUP BY ALL ORDER BY period
    """
    with relation(source) as con:
        raw = con.execute(sql, [*pa_, *pb, *params]).df()
        coarse = con.execute(f"SELECT count(*) FROM events WHERE {where} AND date IS NOT NULL AND NOT {_fits(freq)}",
                             params).fetchall()[0][0] if by_period else 0
    table = _finish(raw, a, b, freq)
    table.attrs["undated"] = undated_events(source, between=(a, b), modality=modality)
    table.attrs["coarse"] = int(coarse)
    return table


def _fits(freq: str) -> str:
    """SQL: the event's date range lies in one period (a year-dated event is no month's)."""
    return f"date_trunc('{freq}', coalesce(date_end, date)) = date_trunc('{freq}', date)"


def plural(n: int, word: str) -> str:
    """``1 event``, ``2 events``: the counts a reader sees say it right."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def coarse_note(n: int, freq: str) -> str | None:
    """How many events are dated too coarsely for the periods (kept out, never guessed)."""
    return f"{plural(n, 'event')} dated only to a coarser period than a {freq} not in the time series" if n else None


def undated_events(source: Any, **filters: Any) -> int:
    """How many events matching ``filters`` (store filters, dates aside) have no date at all."""
    from geopol.store import event_filters

    where, params = event_filters(**{**filters, "since": None, "until": None})
    with relation(source) as con:
        return int(con.execute(f"SELECT count(*) FROM events WHERE {where} AND date IS NULL", params).fetchall()[0][0])


def undated_note(n: int) -> str | None:
    """The one wording every view uses for events it cannot place in time."""
    return f"{plural(n, 'undated event')} not in the time series" if n else None


def _finish(raw: pd.DataFrame, a: str, b: str, freq: str) -> pd.DataFrame:
    if raw.empty:
        return pd.DataFrame(columns=list(COLUMNS))
    sums = ["n_events", *QUADS.values(), "goldstein_total", "g_pos", "g_neg"]
    raw[sums] = raw[sums].astype(float)
    both = raw.groupby("period", as_index=False, dropna=False)[sums].sum()
    both["dir"] = "both"
    out = pd.concat([raw, both], ignore_index=True)
    names = {"ab": f"{a}->{b}", "ba": f"{b}->{a}", "both": "both"}
    out["direction"] = out.pop("dir").map(names)
    out["goldstein_mean"] = out.goldstein_total / out.n_events
    out["coop_index"] = _index(out.pop("g_pos"), out.pop("g_neg"))
    coop = out.verbal_coop + out.material_coop
    conf = out.verbal_conflict + out.material_conflict
    out["coop_index_n"] = _index(coop, conf)
    out["period"] = pd.to_datetime(out.period)
    out["label"] = [period_label(p, freq) if not pd.isna(p) else "all" for p in out.period]
    for col in ["n_events", *QUADS.values()]:
        out[col] = out[col].astype(int)
    order = {names["ab"]: 0, names["ba"]: 1, "both": 2}
    out = out.sort_values(["period", "direction"], key=lambda s: s.map(order) if s.name == "direction" else s)
    return out[list(COLUMNS)].reset_index(drop=True)


def summary(table: pd.DataFrame) -> dict[str, Any]:
    """Whole-span figures for the ``both`` direction (the balance an explanation opens with)."""
    both = table[table.direction == "both"]
    n = int(both.n_events.sum()) if len(both) else 0
    quads = {name: int(both[name].sum()) if len(both) else 0 for name in QUADS.values()}
    total = float(both.goldstein_total.sum()) if len(both) else 0.0
    coop = quads["verbal_coop"] + quads["material_coop"]
    conf = quads["verbal_conflict"] + quads["material_conflict"]
    return {
        "n_events": n,
        **quads,
        "goldstein_total": total,
        "goldstein_mean": total / n if n else float("nan"),
        "coop_index_n": (coop - conf) / (coop + conf) if coop + conf else float("nan"),
    }


def table_freq(table: pd.DataFrame) -> str:
    """The period a dyad table was built with, read back from its labels (2016, 2016Q2, 2016-04)."""
    label = str(table.label.iloc[0]) if len(table) else ""
    return "quarter" if "Q" in label else "month" if "-" in label else "year"


_OFFSETS = {"month": "MS", "quarter": "QS", "year": "YS"}


def all_periods(table: pd.DataFrame, freq: str | None = None) -> list[tuple[pd.Timestamp, str]]:
    """Every period from the first to the last in the table, the empty ones too, as (start, label):
    a chart on these reads time right (2014Q2 and 2015Q3 are five quarters apart, not neighbours)."""
    if table.empty:
        return []
    freq = freq or table_freq(table)
    periods = pd.to_datetime(table.period)
    rng = pd.date_range(periods.min(), periods.max(), freq=_OFFSETS[freq])
    return [(p, period_label(p, freq)) for p in rng]


#: Quad-class colours, shared by the PNG and the dashboard's SVG.
QUAD_COLOURS: dict[str, str] = {
    "verbal_coop": "#9ad29a",
    "material_coop": "#2e8b3e",
    "verbal_conflict": "#f2a19a",
    "material_conflict": "#c0262d",
}
#: Line colours of the cooperation index: both directions together, then A->B and B->A.
DIRECTION_COLOURS: tuple[str, str, str] = ("#555555", "#1f77b4", "#ff7f0e")


def plot(table: pd.DataFrame, path: str | Path, title: str | None = None) -> Path:
    """Draw the dyad time series to a PNG: event counts by quad class, and the cooperation index per
    direction, on a continuous time axis (empty periods stay as gaps, never squeezed out)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6.5), sharex=True, height_ratios=[3, 2])
    both = table[table.direction == "both"]
    labels = [lab for _, lab in all_periods(table)]
    x = np.arange(len(labels))
    bottom_stack = np.zeros(len(labels))
    for name, colour in QUAD_COLOURS.items():
        vals = both.set_index("label")[name].reindex(labels).fillna(0).to_numpy(dtype=float)
        top.bar(x, vals, width=0.8, bottom=bottom_stack, color=colour, label=name.replace("_", " "))
        bottom_stack += vals
    top.set_ylabel("events (counted once)")
    top.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    top.set_ylim(0, max(1.0, float(bottom_stack.max())) * 1.08)
    top.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, title="quad class")
    directions = [d for d in dict.fromkeys(table.direction) if d != "both"]
    # The two directions sit either side of the period's centre, so equal values never hide.
    styles = [("both", DIRECTION_COLOURS[0], "-", 5.0, "o", 0.35, 0.0)]
    marks = zip(directions, DIRECTION_COLOURS[1:], ("^", "v"), (-0.17, 0.17), strict=False)
    styles += [(d, c, "--", 1.6, m, 1.0, dx) for d, c, m, dx in marks]
    for direction, colour, ls, lw, marker, alpha, dx in styles:
        rows = table[table.direction == direction]
        vals = rows.set_index("label").coop_index.reindex(labels).to_numpy(dtype=float)
        bottom.plot(x + dx, vals, marker=marker, color=colour, linestyle=ls, linewidth=lw, alpha=alpha,
                    markersize=7 if direction != "both" else 10, label=str(direction))
    bottom.axhline(0, color="grey", linewidth=0.8)
    bottom.set_ylim(-1.1, 1.1)
    bottom.set_ylabel("cooperation index\n(Goldstein-weighted)")
    bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, title="direction")
    # A lone period (or a few) is one slot among several, not a bar the width of the chart.
    slots = max(len(labels), 8)
    pad = (slots - len(labels)) / 2
    bottom.set_xlim(-0.6 - pad, len(labels) - 0.4 + pad)
    bottom.set_xticks(x)
    step = max(1, len(labels) // 24)
    ticks = [lab if i % step == 0 else "" for i, lab in enumerate(labels)]
    bottom.set_xticklabels(ticks, rotation=45, ha="right")
    if title:
        top.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
