"""Charts as inline SVG, drawn on the server: no chart library in the browser, nothing to fetch.

They read the same tables as the PNGs (:func:`geopol.analysis.dyads.plot`,
:func:`geopol.analysis.network.draw`) and follow the same rules: a continuous time axis with the
empty periods shown, a lone period one slot among several, one arrow per direction.
"""

from __future__ import annotations

import math
from html import escape

import networkx as nx
import pandas as pd

from geopol.analysis.dyads import DIRECTION_COLOURS, QUAD_COLOURS, all_periods
from geopol.analysis.network import layout

_QUAD_NAMES = {
    "verbal_coop": "verbal cooperation",
    "material_coop": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
}
_FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def _nice_max(value: float) -> int:
    """An axis top at or above ``value`` that splits into whole-number ticks."""
    if value <= 4:
        return max(1, math.ceil(value))
    step = 10 ** math.floor(math.log10(value))
    for m in (1, 2, 5, 10):
        if value <= m * step:
            return int(m * step)
    return int(10 * step)


def _ticks(top: int) -> list[int]:
    step = max(1, _nice_max(top / 4) if top > 4 else 1)
    return list(range(0, top + 1, step))


def timeline(table: pd.DataFrame, *, index: bool = True, width: int = 900, label: str = "timeline") -> str:
    """Stacked bars of events by quad class per period (``both`` rows of a dyad table, or any table
    with ``period``/``label`` and the quad columns) and, below, the cooperation index per direction."""
    periods = all_periods(table)
    if not periods:
        return "<p class=empty>No dated events to draw.</p>"
    labels = [lab for _, lab in periods]
    both = table[table.direction == "both"].set_index("label") if "direction" in table else table.set_index("label")
    left, right, top_pad = 48, 12, 10
    bars_h, gap, index_h, axis_h = 180, 40, 110 if index else 0, 52
    height = top_pad + bars_h + (gap + index_h if index else 0) + axis_h
    plot_w = width - left - right
    slots = max(len(labels), 8)
    slot = plot_w / slots
    x0 = left + (slots - len(labels)) * slot / 2
    totals = [float(sum(both[q].get(lab, 0) for q in QUAD_COLOURS)) if lab in both.index else 0.0 for lab in labels]
    ymax = _nice_max(max(totals) or 1)
    out = [
        f'<svg class="chart timeline" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg" {_FONT}>'
    ]
    base = top_pad + bars_h
    for t in _ticks(ymax):
        y = base - bars_h * t / ymax
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e6e6e6"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{t}</text>')
    out.append(f'<text x="12" y="{top_pad + bars_h / 2}" transform="rotate(-90 12 {top_pad + bars_h / 2})" '
               f'text-anchor="middle" fill="#555">events</text>')
    for i, lab in enumerate(labels):
        x = x0 + i * slot + slot * 0.1
        y = base
        if lab not in both.index:
            continue
        row = both.loc[lab]
        for q, colour in QUAD_COLOURS.items():
            n = int(row[q])
            if not n:
                continue
            h = bars_h * n / ymax
            y -= h
            out.append(
                f'<rect class="mark bar" data-quad="{q}" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.8:.1f}" '
                f'height="{h:.1f}" fill="{colour}"><title>{escape(lab)}: {n} {_QUAD_NAMES[q]}</title></rect>'
            )
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{base}" y2="{base}" stroke="#888"/>')
    if index and "coop_index" in table:
        itop = base + gap
        mid = itop + index_h / 2
        for v in (-1, 0, 1):
            y = mid - v * index_h / 2
            out.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" '
                       f'stroke="{"#999" if v == 0 else "#e6e6e6"}"/>')
            out.append(f'<text x="{left - 6}" y="{y + 4}" text-anchor="end" fill="#555">{v:+d}</text>')
        out.append(f'<text x="12" y="{mid}" transform="rotate(-90 12 {mid})" text-anchor="middle" '
                   f'fill="#555">coop. index</text>')
        directions = ["both", *[d for d in dict.fromkeys(table.direction) if d != "both"]]
        for k, direction in enumerate(directions):
            colour = DIRECTION_COLOURS[min(k, 2)]
            # The two directions sit either side of the period's centre, so equal values never hide.
            shift = (0, -0.17, 0.17)[min(k, 2)] * slot
            rows = table[table.direction == direction].set_index("label").coop_index
            pts = []
            for i, lab in enumerate(labels):
                v = rows.get(lab)
                if v is None or pd.isna(v):
                    pts.append(None)
                    continue
                pts.append((x0 + (i + 0.5) * slot + shift, mid - float(v) * index_h / 2, float(v), lab))
            run: list[tuple[float, float]] = []
            for p in [*pts, None]:  # a line joins neighbouring periods only; an empty one breaks it
                if p is None:
                    if len(run) > 1:
                        d = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
                        w = 6 if direction == "both" else 1.8
                        op = 0.35 if direction == "both" else 1
                        dash = "" if direction == "both" else ' stroke-dasharray="5 3"'
                        out.append(f'<polyline points="{d}" fill="none" stroke="{colour}" stroke-width="{w}" '
                                   f'stroke-opacity="{op}"{dash}/>')
                    run = []
                else:
                    run.append(p[:2])
            for p in pts:
                if p is None:
                    continue
                r = 6 if direction == "both" else 3.5
                op = 0.45 if direction == "both" else 1
                out.append(
                    f'<circle class="mark point" data-direction="{escape(direction)}" cx="{p[0]:.1f}" '
                    f'cy="{p[1]:.1f}" r="{r}" fill="{colour}" fill-opacity="{op}">'
                    f"<title>{escape(direction)} {escape(p[3])}: {p[2]:+.2f}</title></circle>"
                )
        base = itop + index_h
    step = max(1, math.ceil(len(labels) / 24))
    for i, lab in enumerate(labels):
        if i % step:
            continue
        x = x0 + (i + 0.5) * slot
        out.append(f'<text x="{x:.1f}" y="{base + 14}" text-anchor="end" fill="#333" '
                   f'transform="rotate(-40 {x:.1f} {base + 14})">{escape(lab)}</text>')
    out.append("</svg>")
    return "".join(out)


def legend(directions: list[str] | None = None) -> str:
    """The charts' key, as HTML beside the SVG (so it never covers a bar)."""
    items = [f'<span><i style="background:{c}"></i>{_QUAD_NAMES[q]}</span>' for q, c in QUAD_COLOURS.items()]
    for k, d in enumerate(directions or []):
        items.append(f'<span><i class=line style="background:{DIRECTION_COLOURS[min(k, 2)]}"></i>'
                     f"index {escape(d)}</span>")
    return '<p class="legend">' + "".join(items) + "</p>"


def network(g: nx.DiGraph, *, width: int = 900, height: int = 620, max_nodes: int = 40) -> str:
    """The actor network: nodes named, one curved arrow per direction, green/red by net Goldstein."""
    sub, pos = layout(g, max_nodes)
    if not sub.number_of_nodes():
        return "<p class=empty>No ties between coded actors.</p>"
    pad = 70
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1

    def at(n: object) -> tuple[float, float]:
        x, y = pos[n]
        return pad + (x - min(xs)) / span_x * (width - 2 * pad), pad + (y - min(ys)) / span_y * (height - 2 * pad)

    big = max(sub.nodes[n]["n_events"] for n in sub.nodes) or 1
    radius = {n: 8 + 22 * math.sqrt(sub.nodes[n]["n_events"] / big) for n in sub.nodes}
    top = max((d["n_events"] for _, _, d in sub.edges(data=True)), default=1)
    out = [
        f'<svg class="chart network" role="img" aria-label="actor network" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg" {_FONT}><defs>'
    ]
    for name, colour in (("coop", "#2e8b3e"), ("conf", "#c0262d")):
        out.append(f'<marker id="arrow-{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" '
                   f'markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
                   f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>')
    out.append("</defs>")
    for u, v, d in sub.edges(data=True):
        (x1, y1), (x2, y2) = at(u), at(v)
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        # Trim to the circles' edges and bend to the right, so A->B and B->A are two arrows.
        sx, sy = x1 + dx / dist * radius[u], y1 + dy / dist * radius[u]
        ex, ey = x2 - dx / dist * (radius[v] + 2), y2 - dy / dist * (radius[v] + 2)
        cx, cy = (sx + ex) / 2 - dy / dist * dist * 0.12, (sy + ey) / 2 + dx / dist * dist * 0.12
        kind = "coop" if d["goldstein"] >= 0 else "conf"
        colour = "#2e8b3e" if kind == "coop" else "#c0262d"
        w = 1 + 5 * d["n_events"] / top
        tip = (f"{sub.nodes[u]['label']} → {sub.nodes[v]['label']}: {d['n_events']} events "
               f"({d['coop']} cooperative, {d['conflict']} conflictual), Goldstein {d['goldstein']:+.1f}")
        out.append(
            f'<path class="mark edge" data-source="{escape(str(u))}" data-target="{escape(str(v))}" '
            f'd="M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" fill="none" stroke="{colour}" '
            f'stroke-opacity="0.75" stroke-width="{w:.1f}" marker-end="url(#arrow-{kind})">'
            f"<title>{escape(tip)}</title></path>"
        )
    for n in sub.nodes:
        x, y = at(n)
        name = str(sub.nodes[n].get("label") or n)
        out.append(
            f'<g class="node"><circle class="mark" cx="{x:.1f}" cy="{y:.1f}" r="{radius[n]:.1f}" fill="#dfe7f2" '
            f'stroke="#3b5b8c"><title>{escape(name)} ({escape(str(n))}): {sub.nodes[n]["n_events"]} events'
            f'</title></circle><text x="{x:.1f}" y="{y + radius[n] + 13:.1f}" text-anchor="middle">'
            f"{escape(name)}</text></g>"
        )
    out.append("</svg>")
    return "".join(out)
