"""Country-period and dyad-period panels: the table a researcher fits a model on.

One row per unit (country, or directed/undirected country pair) and period (year or month), with
zero-filled cells over the whole period range and actor set, counts per quad class and per PLOVER
type, and the Goldstein sum and mean. What enters a panel, exactly:

* counted events (near-duplicate copies once) matching the filters (``modality``, default
  asserted; ``min_confidence``; ``since``/``until`` on the event's first day);
* whose actor in the panel's role is coded (``*_code`` set), with its country in the actor set:
  ``role="source"`` counts what a country does, ``"target"`` what is done to it, ``"either"`` both
  (an event then counts once for each of its two countries, once if they are the same); dyads need
  both actors coded and in different countries (domestic events are counted apart);
* placed in the period containing its ``date_start`` when its ``date_end`` falls in the same
  period: a month-precision event enters a year panel, a year-precision one does not enter a month
  panel (it is counted as ``coarse``); events without any date are counted as ``undated``. The
  panel never guesses a month for an event known only by its year.

Quad classes follow the CAMEO root (GDELT's QuadClass: 01-05 verbal cooperation, 06-08 material
cooperation, 09-13 verbal conflict, 14-20 material conflict), like every analysis view; the
PLOVER types are counted in their own columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations, permutations
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from geopol.analysis.dyads import coarse_note, plural, undated_note
from geopol.schema import PLOVER_TYPES

Unit = Literal["country", "dyad"]
Role = Literal["source", "target", "either"]
PANEL_FREQS: dict[str, str] = {"year": "Y", "month": "M"}
QUAD_COLUMNS: dict[int, str] = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
PLOVER_COLUMNS: tuple[str, ...] = tuple(f"plover_{t.lower()}" for t in PLOVER_TYPES)
PANEL_FORMATS: tuple[str, ...] = ("csv", "parquet", "dta")
_NEEDED = ("source_code", "source_country", "target_code", "target_country", "date_start", "date_end",
           "quad_class_cameo", "cameo_root", "plover", "goldstein")


@dataclass
class Panel:
    """The panel and the accounting of every filtered event: ``placed + undated + coarse + domestic``
    (+ events outside the actor set) is what the filters selected."""

    table: pd.DataFrame
    unit: str
    freq: str
    directed: bool
    role: str
    placed: int = 0
    undated: int = 0
    coarse: int = 0
    domestic: int = 0
    filters: dict[str, Any] = field(default_factory=dict)

    def notes(self) -> list[str]:
        """The lines a reader must see beside the table (same wording as the other views)."""
        out = [f"{plural(self.placed, 'event')} in the panel"]
        if self.undated:
            out.append(undated_note(self.undated) or "")
        if self.coarse:
            out.append(coarse_note(self.coarse, self.freq) or "")
        if self.domestic:
            out.append(f"{plural(self.domestic, 'domestic event')} (both actors in one country) not in the dyads")
        return out


def _frame(source: Any, filters: dict[str, Any]) -> pd.DataFrame:
    from geopol.analysis.dyads import relation
    from geopol.store import event_filters

    # An undated event is never outside a period filter: it is kept, and reported as undated.
    timed = {k: filters.get(k) for k in ("since", "until")}
    base, params = event_filters(**{**filters, "since": None, "until": None})
    span, span_p = event_filters(**timed, counted_only=False)
    where, params = f"{base} AND (date IS NULL OR ({span}))", [*params, *span_p]
    with relation(source) as con:
        have = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
        cols = ", ".join(c if c in have else f"NULL AS {c}" for c in _NEEDED)
        df = con.execute(f"SELECT {cols} FROM events WHERE {where}", params).df()
    # Stores written before date bounds existed: a date is its own bounds.
    if "date" in have and df["date_start"].isna().all() and len(df):
        with relation(source) as con:
            df[["date_start", "date_end"]] = con.execute(
                f"SELECT date, date FROM events WHERE {where}", params).df().to_numpy()
    q = df["quad_class_cameo"]
    if q.isna().any():
        from geopol.schema import cameo_quad

        df.loc[q.isna(), "quad_class_cameo"] = df.loc[q.isna(), "cameo_root"].map(cameo_quad)
    return df


def _periods(df: pd.DataFrame, freq: str) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(period or NaT, undated mask, coarse mask) per event row."""
    code = PANEL_FREQS[freq]
    start = pd.to_datetime(df["date_start"])
    end = pd.to_datetime(df["date_end"]).fillna(start)
    undated = start.isna()
    p_start = start.dt.to_period(code)
    p_end = end.dt.to_period(code)
    coarse = ~undated & (p_start != p_end)
    return p_start.where(~undated & ~coarse), undated, coarse


def build_panel(
    source: Any,
    unit: Unit = "country",
    freq: str = "year",
    *,
    directed: bool = True,
    role: Role = "source",
    actors: list[str] | None = None,
    since: Any = None,
    until: Any = None,
    modality: str | None = "asserted",
    min_confidence: float | None = None,
    counted_only: bool = True,
) -> Panel:
    """A zero-filled panel from a Store, an events frame or a list of Events (see the module doc)."""
    from geopol.store import parse_date

    if freq not in PANEL_FREQS:
        raise ValueError(f"freq must be one of {', '.join(PANEL_FREQS)}, not {freq!r}")
    if unit not in ("country", "dyad"):
        raise ValueError(f"unit must be country or dyad, not {unit!r}")
    if role not in ("source", "target", "either"):
        raise ValueError(f"role must be source, target or either, not {role!r}")
    filters = dict(since=since, until=until, modality=modality, min_confidence=min_confidence,
                   counted_only=counted_only)
    df = _frame(source, filters)
    wanted = {a.upper() for a in actors} if actors else None
    src = df["source_country"].where(df["source_code"].notna())
    tgt = df["target_country"].where(df["target_code"].notna())
    used = {k: v for k, v in filters.items() if v is not None}
    panel = Panel(pd.DataFrame(), unit, freq, directed, role, filters=used)

    if unit == "country":
        sides = {"source": [src], "target": [tgt], "either": [src, tgt.where(tgt != src)]}[role]
        parts = [df.assign(a=s) for s in sides]
        long = pd.concat(parts, ignore_index=True) if parts else df.assign(a=None)
        long = long[long["a"].notna()]
        if wanted is not None:
            long = long[long["a"].isin(wanted)]
        keys = ["a"]
    else:
        pair = df.assign(a=src, b=tgt)
        pair = pair[pair["a"].notna() & pair["b"].notna()]
        if wanted is not None:
            pair = pair[pair["a"].isin(wanted) & pair["b"].isin(wanted)]
        same = pair["a"] == pair["b"]
        panel.domestic = int(same.sum())
        pair = pair[~same]
        if not directed:
            lo = pair[["a", "b"]].min(axis=1)
            hi = pair[["a", "b"]].max(axis=1)
            pair = pair.assign(a=lo, b=hi)
        long = pair
        keys = ["a", "b"]

    period, undated, coarse = _periods(long, freq)
    panel.undated, panel.coarse = int(undated.sum()), int(coarse.sum())
    long = long.assign(period=period)[period.notna()]
    panel.placed = len(long)

    # The grid: every unit of the actor set times every period of the range.
    code = PANEL_FREQS[freq]
    first = pd.Period(parse_date(since), code) if since is not None else None
    last = pd.Period(parse_date(until, end=True), code) if until is not None else None
    if len(long):
        first = first or long["period"].min()
        last = last or long["period"].max()
    periods = pd.period_range(first, last, freq=code) if first is not None and last is not None else []
    names = sorted(wanted) if wanted is not None else sorted(
        set(long["a"]) | (set(long["b"]) if unit == "dyad" else set()))
    if unit == "country":
        units = [(n,) for n in names]
    else:
        units = list(permutations(names, 2) if directed else combinations(names, 2))
    grid = pd.DataFrame([(*u, p) for u in units for p in periods], columns=[*keys, "period"])

    long = long.assign(
        **{name: (long["quad_class_cameo"] == q).astype(int) for q, name in QUAD_COLUMNS.items()},
        **{col: (long["plover"] == t).astype(int) for col, t in zip(PLOVER_COLUMNS, PLOVER_TYPES, strict=True)},
        n_events=1,
    )
    counts = ["n_events", *QUAD_COLUMNS.values(), *PLOVER_COLUMNS]
    agg = long.groupby([*keys, "period"], as_index=False).agg(
        **{c: (c, "sum") for c in counts}, goldstein_sum=("goldstein", "sum"))
    table = grid.merge(agg, on=[*keys, "period"], how="left")
    table[counts] = table[counts].fillna(0).astype(int)
    table["goldstein_sum"] = table["goldstein_sum"].fillna(0.0).astype(float)
    table["goldstein_mean"] = table["goldstein_sum"] / table["n_events"].where(table["n_events"] > 0)
    table = table.rename(columns={"a": "country"} if unit == "country" else
                         ({"a": "source", "b": "target"} if directed else {"a": "actor_a", "b": "actor_b"}))
    table.insert(len(keys), "year", [p.year for p in table["period"]])
    if freq == "month":
        table.insert(len(keys) + 1, "month", [p.month for p in table["period"]])
    table["period"] = table["period"].astype(str)
    panel.table = table.sort_values([*table.columns[: len(keys)], "period"]).reset_index(drop=True)
    return panel


def write_panel(panel: Panel, path: str | Path, fmt: str | None = None) -> Path:
    """Write the panel as CSV, Parquet or Stata .dta (by ``fmt`` or the file's suffix), stamped with
    the provenance: Parquet metadata, the .dta data label, and a ``.meta.json`` beside CSV and .dta."""
    from geopol.provenance import label, provenance, write_sidecar

    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in PANEL_FORMATS:
        raise ValueError(f"panel format must be one of {', '.join(PANEL_FORMATS)} (from the --out suffix), "
                         f"not {fmt!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    info = {**provenance(), "panel": {"unit": panel.unit, "freq": panel.freq, "directed": panel.directed,
                                      "role": panel.role, "filters": {k: str(v) for k, v in panel.filters.items()},
                                      "placed": panel.placed, "undated": panel.undated, "coarse": panel.coarse,
                                      "domestic": panel.domestic}}
    if fmt == "csv":
        panel.table.to_csv(path, index=False)
        write_sidecar(path, info)
    elif fmt == "parquet":
        import json

        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(panel.table, preserve_index=False)
        meta = {**(table.schema.metadata or {}),
                **{k.encode(): (v if isinstance(v, str) else json.dumps(v)).encode() for k, v in info.items()}}
        pq.write_table(table.replace_schema_metadata(meta), path)
    else:
        from geopol.export import write_dta

        write_dta(panel.table, path, label(info))
        write_sidecar(path, info)
    return path


__all__ = ["PANEL_FORMATS", "PLOVER_COLUMNS", "QUAD_COLUMNS", "Panel", "build_panel", "write_panel"]
