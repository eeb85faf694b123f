"""Explanations rendered: Markdown, HTML and the terminal (:func:`geopol.analysis.explain.explain`
builds what they show)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from geopol.analysis.dyads import plural
from geopol.analysis.explain import Explanation, Item, _cap, _fmt_index, _plain


def _arrow(it: Item) -> str:
    return f"{it.source} → {it.target}"


def _meta(it: Item) -> str:
    bits = [it.date, _arrow(it), f"{it.plover} {it.cameo}", f"Goldstein {it.goldstein:+.1f}"]
    if it.amount:
        bits.append(f"amount {it.amount}")
    if it.num_articles > 1:
        bits.append(f"{it.num_articles} articles / {it.num_sources} sources")
    return " · ".join(bits)


def _quote_md(it: Item) -> str:
    ev = it.evidence.replace("\n", " ")
    if it.trigger_at:
        lo, hi = it.trigger_at
        ev = f"{ev[:lo]}**{ev[lo:hi]}**{ev[hi:]}"
    return f"> “{ev}” — `{it.doc_id}` sentence {it.sentence}"


def _balance_rows(e: Explanation) -> list[tuple[str, dict[str, Any]]]:
    return [*e.directions.items(), ("both", {**e.balance})]


def to_markdown(e: Explanation, max_items: int = 8) -> str:
    """The explanation as a Markdown report (the chart linked if one was drawn)."""
    out = [f"# {e.question}", "", e.answer, "", "## Overall balance", ""]
    out.append(
        "| direction | events | verbal coop | material coop | verbal conflict | material conflict "
        "| Goldstein total | Goldstein mean | coop index (count) |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, s in _balance_rows(e):
        out.append(
            f"| {label} | {s['n_events']} | {s['verbal_coop']} | {s['material_coop']} | "
            f"{s['verbal_conflict']} | {s['material_conflict']} | {s['goldstein_total']:+.1f} | "
            f"{_fmt_index(s['goldstein_mean'])} | {_fmt_index(s['coop_index_n'])} |"
        )
    out += ["", f"Goldstein-weighted cooperation index: **{_fmt_index(e.balance['coop_index'])}**", ""]
    for title, drivers in (("Drivers of cooperation", e.cooperation), ("Drivers of conflict", e.conflict)):
        out += [f"## {title}", ""]
        if not drivers:
            out += ["_None coded._", ""]
        for d in drivers:
            out += [f"### {d.domain} — {plural(d.n, 'event')}, Goldstein {d.goldstein:+.1f}", ""]
            for it in d.items[:max_items]:
                out += [f"- {_meta(it)}", "", f"  {_quote_md(it)}", ""]
            if d.n > min(max_items, len(d.items)):
                out += [f"- … and {d.n - min(max_items, len(d.items))} more", ""]
    out += ["## Shared positions towards third parties", ""]
    if not e.shared:
        out += ["_None found._", ""]
    for s in e.shared:
        out += [f"### {_plain(e.a_name)} and {e.b_name} both {s.phrase} {s.third_name}", ""]
        for name, items in ((e.a_name, s.a_items), (e.b_name, s.b_items)):
            for it in items[:max_items]:
                out += [f"- {_cap(name)}: {_meta(it)}", "", f"  {_quote_md(it)}", ""]
    out += ["## Negated, hypothetical and future events (not counted)", ""]
    if not e.not_asserted:
        out += ["_None._", ""]
    for modality, items in sorted(e.not_asserted.items()):
        out += [f"### {modality}", ""]
        for it in items[:max_items]:
            out += [f"- {_meta(it)}", "", f"  {_quote_md(it)}", ""]
    out += [f"## Trend ({e.freq}ly)", ""]
    if e.chart:
        out += [f"![trend]({e.chart.name})", ""]
    both = e.trend[e.trend.direction == "both"]
    if len(both):
        out += ["| period | events | Goldstein total | coop index |", "|---|---:|---:|---:|"]
        out += [
            f"| {r.label} | {r.n_events} | {r.goldstein_total:+.1f} | {_fmt_index(r.coop_index)} |"
            for r in both.itertuples()
        ]
        out.append("")
    more = f" and {e.n_documents - len(e.documents)} more" if e.n_documents > len(e.documents) else ""
    out += [f"_Documents: {', '.join(f'`{d}`' for d in e.documents) or 'none'}{more}._", ""]
    return "\n".join(out)


def _quote_html(it: Item) -> str:
    ev = it.evidence.replace("\n", " ")
    if it.trigger_at:
        lo, hi = it.trigger_at
        body = f"{html.escape(ev[:lo])}<mark>{html.escape(ev[lo:hi])}</mark>{html.escape(ev[hi:])}"
    else:
        body = html.escape(ev)
    return (
        f"<blockquote>“{body}”<footer><code>{html.escape(it.doc_id)}</code> sentence "
        f"{it.sentence}</footer></blockquote>"
    )


def _items_html(items: list[Item], max_items: int, who: str = "", total: int | None = None) -> str:
    rows = [
        f"<li><span class=meta>{html.escape(who)}{html.escape(_meta(it))}</span>{_quote_html(it)}</li>"
        for it in items[:max_items]
    ]
    shown = min(max_items, len(items))
    if (total if total is not None else len(items)) > shown:
        rows.append(f"<li>… and {(total if total is not None else len(items)) - shown} more</li>")
    return "<ul>" + "".join(rows) + "</ul>"


def to_html(e: Explanation, max_items: int = 8) -> str:
    """The explanation as a self-contained HTML page (the chart referenced next to it)."""
    h = html.escape
    parts = [
        "<!doctype html><html><head><meta charset=utf-8>",
        f"<title>{h(e.question)}</title><style>",
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.45;color:#222}",
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}",
        "th:first-child,td:first-child{text-align:left}blockquote{margin:.3rem 0 .8rem 1rem;color:#444}",
        "footer{font-size:.8rem;color:#777}.meta{font-size:.85rem;color:#555}mark{background:#fff2a8}",
        ".coop{color:#2e8b3e}.conf{color:#c0262d}</style></head><body>",
        f"<h1>{h(e.question)}</h1><p class=answer>{h(e.answer)}</p><h2>Overall balance</h2><table>",
        "<tr><th>direction</th><th>events</th><th>verbal coop</th><th>material coop</th>"
        "<th>verbal conflict</th><th>material conflict</th><th>Goldstein total</th><th>mean</th>"
        "<th>coop index (count)</th></tr>",
    ]
    for label, s in _balance_rows(e):
        parts.append(
            f"<tr><td>{h(label)}</td><td>{s['n_events']}</td><td>{s['verbal_coop']}</td>"
            f"<td>{s['material_coop']}</td><td>{s['verbal_conflict']}</td><td>{s['material_conflict']}</td>"
            f"<td>{s['goldstein_total']:+.1f}</td><td>{_fmt_index(s['goldstein_mean'])}</td>"
            f"<td>{_fmt_index(s['coop_index_n'])}</td></tr>"
        )
    parts.append(
        f"</table><p>Goldstein-weighted cooperation index: <b>{_fmt_index(e.balance['coop_index'])}</b></p>"
    )
    for title, drivers, cls in (
        ("Drivers of cooperation", e.cooperation, "coop"),
        ("Drivers of conflict", e.conflict, "conf"),
    ):
        parts.append(f"<h2 class={cls}>{title}</h2>")
        if not drivers:
            parts.append("<p><i>None coded.</i></p>")
        for d in drivers:
            parts.append(f"<h3>{h(d.domain)} — {plural(d.n, 'event')}, Goldstein {d.goldstein:+.1f}</h3>")
            parts.append(_items_html(d.items, max_items, total=d.n))
    parts.append("<h2>Shared positions towards third parties</h2>")
    if not e.shared:
        parts.append("<p><i>None found.</i></p>")
    for s in e.shared:
        parts.append(f"<h3>{h(_plain(e.a_name))} and {h(e.b_name)} both {h(s.phrase)} {h(s.third_name)}</h3>")
        parts.append(_items_html(s.a_items, max_items, f"{_cap(e.a_name)}: "))
        parts.append(_items_html(s.b_items, max_items, f"{_cap(e.b_name)}: "))
    parts.append("<h2>Negated, hypothetical and future events (not counted)</h2>")
    if not e.not_asserted:
        parts.append("<p><i>None.</i></p>")
    for modality, items in sorted(e.not_asserted.items()):
        parts.append(f"<h3>{h(modality)}</h3>{_items_html(items, max_items)}")
    parts.append(f"<h2>Trend ({h(e.freq)}ly)</h2>")
    if e.chart:
        parts.append(f"<img src='{h(e.chart.name)}' alt='trend' style='max-width:100%'>")
    parts.append(f"<p class=meta>Documents: {h(', '.join(e.documents) or 'none')}</p></body></html>")
    return "\n".join(parts)


def render(e: Explanation, console: Any = None, max_items: int = 4) -> None:
    """Print the explanation to a terminal with rich."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    con = console or Console()
    con.print(Panel(Text(e.answer), title=f"[bold]{e.question}[/bold]", border_style="cyan"))
    t = Table(title="Overall balance (asserted, counted once)")
    t.add_column("direction", no_wrap=True)
    for col in ("events", "v.coop", "m.coop", "v.confl", "m.confl", "Goldstein", "coop idx (n)"):
        t.add_column(col, justify="right")
    for label, s in _balance_rows(e):
        t.add_row(
            label,
            str(s["n_events"]),
            str(s["verbal_coop"]),
            str(s["material_coop"]),
            str(s["verbal_conflict"]),
            str(s["material_conflict"]),
            f"{s['goldstein_total']:+.1f}",
            _fmt_index(s["coop_index_n"]),
        )
    con.print(t)

    def quote(it: Item) -> Text:
        txt = Text("   “", style="italic")
        ev = it.evidence.replace("\n", " ")
        if it.trigger_at:
            lo, hi = it.trigger_at
            txt.append(ev[:lo], style="italic")
            txt.append(ev[lo:hi], style="bold italic yellow")
            txt.append(ev[hi:], style="italic")
        else:
            txt.append(ev, style="italic")
        txt.append(f"” [{it.doc_id} s{it.sentence}]", style="dim")
        return txt

    for title, drivers, colour in (
        ("Drivers of cooperation", e.cooperation, "green"),
        ("Drivers of conflict", e.conflict, "red"),
    ):
        con.rule(f"[bold {colour}]{title}")
        if not drivers:
            con.print("  none coded")
        for d in drivers:
            con.print(f"[bold]{d.domain}[/bold]  {plural(d.n, 'event')}, Goldstein {d.goldstein:+.1f}")
            for it in d.items[:max_items]:
                con.print(Text(f" • {_meta(it)}", style="cyan"))
                con.print(quote(it))
            if d.n > min(max_items, len(d.items)):
                con.print(f"   … and {d.n - min(max_items, len(d.items))} more")
    con.rule("[bold]Shared positions towards third parties")
    if not e.shared:
        con.print("  none found")
    for s in e.shared:
        con.print(f"[bold]{_plain(e.a_name)} and {e.b_name} both {s.phrase} {s.third_name}[/bold]")
        for name, items in ((e.a_name, s.a_items), (e.b_name, s.b_items)):
            for it in items[:max_items]:
                con.print(Text(f" • {_cap(name)}: {_meta(it)}", style="cyan"))
                con.print(quote(it))
    con.rule("[bold]Negated, hypothetical and future (not counted)")
    if not e.not_asserted:
        con.print("  none")
    for modality, items in sorted(e.not_asserted.items()):
        con.print(f"[bold]{modality}[/bold]")
        for it in items[:max_items]:
            con.print(Text(f" • {_meta(it)}", style="cyan"))
            con.print(quote(it))
    con.rule(f"[bold]Trend ({e.freq}ly)")
    both = e.trend[e.trend.direction == "both"]
    for r in both.itertuples():
        con.print(
            f"  {r.label}: {plural(int(r.n_events), 'event')}, Goldstein {r.goldstein_total:+.1f}, "
            f"coop index {_fmt_index(r.coop_index)}"
        )
    if e.chart:
        con.print(f"  chart: {e.chart}")


def write_report(e: Explanation, path: str | Path) -> Path:
    """Write Markdown (``.md``) or HTML (``.html``/``.htm``) by suffix."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        path.write_text(to_html(e), encoding="utf-8")
    elif suffix in (".md", ".markdown"):
        path.write_text(to_markdown(e), encoding="utf-8")
    else:
        raise ValueError(f"unknown report format {suffix!r}: use .md or .html")
    return path
