"""Why do two actors cooperate (or clash)? The relationship explained from its coded events.

An :class:`Explanation` holds, for actors A and B: the overall balance (quad classes, Goldstein,
cooperation index); the drivers of cooperation and of conflict grouped by domain, each event with its
date, amount and quoted evidence sentence; the positions both share towards third parties ("Russia and
China both oppose USA"); negated, hypothetical, future and questioned events kept apart (they did not
happen); and the trend. Every figure reads counted (de-duplicated) events, and every claim carries
the document id and sentence behind it. Renderers give Markdown, HTML and rich terminal output.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from geopol.analysis import dyads
from geopol.analysis.dyads import relation

COOP_QUADS = (1, 2)
CONFLICT_QUADS = (3, 4)

NAMES: dict[str, str] = {
    "USA": "the US",
    "RUS": "Russia",
    "CHN": "China",
    "GBR": "the UK",
    "FRA": "France",
    "DEU": "Germany",
    "JPN": "Japan",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "IND": "India",
    "PAK": "Pakistan",
    "IRN": "Iran",
    "IRQ": "Iraq",
    "ISR": "Israel",
    "PSE": "Palestine",
    "SYR": "Syria",
    "TUR": "Turkey",
    "UKR": "Ukraine",
    "VNM": "Vietnam",
    "TWN": "Taiwan",
    "SAU": "Saudi Arabia",
    "EGY": "Egypt",
    "AFG": "Afghanistan",
    "BRA": "Brazil",
    "CAN": "Canada",
    "AUS": "Australia",
    "ITA": "Italy",
    "ESP": "Spain",
    "POL": "Poland",
    "EUR": "the EU",
    "NAT": "NATO",
    "UNO": "the UN",
    "IGO": "IGOs",
    "PHL": "the Philippines",
    "IDN": "Indonesia",
    "MYS": "Malaysia",
    "SGP": "Singapore",
    "MNG": "Mongolia",
    "KAZ": "Kazakhstan",
    "BLR": "Belarus",
    "GEO": "Georgia",
    "VEN": "Venezuela",
    "CUB": "Cuba",
}
ROLES: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "BUS": "business",
    "COP": "police",
    "JUD": "judiciary",
    "LEG": "legislature",
    "OPP": "opposition",
    "MED": "media",
    "CVL": "civilians",
    "REB": "rebels",
    "ELI": "elites",
    "SPY": "intelligence",
    "EDU": "education",
    "HLH": "health",
    "NGO": "NGOs",
}
# How to say that both actors took the same PLOVER action towards a third party.
STANCES: dict[str, str] = {
    "AGREE": "agree with",
    "CONSULT": "consult",
    "SUPPORT": "support",
    "CONCEDE": "make concessions to",
    "COOPERATE": "cooperate with",
    "AID": "aid",
    "RETREAT": "back down before",
    "REQUEST": "make demands of",
    "ACCUSE": "accuse",
    "REJECT": "oppose",
    "THREATEN": "threaten",
    "PROTEST": "protest against",
    "SANCTION": "sanction",
    "MOBILIZE": "mobilise against",
    "COERCE": "coerce",
    "ASSAULT": "use force against",
    "conflict": "are at odds with",
    "cooperation": "cooperate with",
}
NOT_ASSERTED = ("negated", "hypothetical", "future", "question")


def plural(n: int, word: str) -> str:
    """``1 event``, ``2 events``: the counts a reader sees say it right."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def actor_name(code: str | None) -> str:
    """Readable name for an actor code: ``RUS`` -> Russia, ``RUSGOV`` -> Russia (government)."""
    if not code:
        return "?"
    code = str(code).upper()
    country = code[:3]
    base = NAMES.get(country)
    if base is None:
        try:
            import pycountry

            hit = pycountry.countries.get(alpha_3=country)
            base = getattr(hit, "common_name", None) or getattr(hit, "name", None) if hit else None
        except Exception:  # pragma: no cover - pycountry is a soft dependency here
            base = None
    if base is None:
        return code
    rest = code[3:6]
    return f"{base} ({ROLES[rest]})" if rest in ROLES else base


def _cap(name: str) -> str:
    return name[0].upper() + name[1:] if name.startswith("the ") else name


def _plain(name: str) -> str:
    """Name without a leading article, capitalised, for the start of a sentence or a heading."""
    return name[4:] if name.startswith("the ") else name


@dataclass
class Item:
    """One event as evidence: what, when, how much, and the sentence it was read from."""

    event_id: str
    doc_id: str
    sentence: int
    date: str
    source: str
    target: str
    cameo: str
    plover: str
    quad_class: int
    goldstein: float
    modality: str
    domain: str
    amount: str | None
    trigger: str
    evidence: str
    trigger_at: tuple[int, int] | None
    num_articles: int
    num_sources: int


@dataclass
class Driver:
    """Events of one domain pushing the relationship one way: totals, and the strongest examples."""

    domain: str
    n: int
    goldstein: float
    items: list[Item]


@dataclass
class SharedPosition:
    """Both A and B act the same way (PLOVER type, or at least cooperation/conflict) towards C."""

    third: str
    third_name: str
    stance: str
    phrase: str
    n_a: int
    n_b: int
    a_items: list[Item]
    b_items: list[Item]

    @property
    def n(self) -> int:
        return self.n_a + self.n_b


@dataclass
class Explanation:
    a: str
    b: str
    a_name: str
    b_name: str
    question: str
    answer: str
    balance: dict[str, Any]
    directions: dict[str, dict[str, Any]]
    cooperation: list[Driver]
    conflict: list[Driver]
    shared: list[SharedPosition]
    not_asserted: dict[str, list[Item]]
    not_asserted_counts: dict[str, int]
    trend: pd.DataFrame
    freq: str
    documents: list[str]
    n_documents: int
    span: tuple[str, str] | None
    chart: Path | None = None
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------


def _val(v: Any) -> Any:
    if v is None or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return None
    return v


def _item(r: dict[str, Any]) -> Item:
    date = _val(r.get("date_text")) or _val(r.get("date"))
    if isinstance(date, pd.Timestamp | dt.date):
        date = date.strftime("%Y-%m-%d")
    ev_start, tr_start, tr_end = (_val(r.get(k)) for k in ("evidence_start", "trigger_start", "trigger_end"))
    evidence = str(_val(r.get("evidence_text")) or "")
    at = None
    if None not in (ev_start, tr_start, tr_end):
        lo, hi = int(tr_start) - int(ev_start), int(tr_end) - int(ev_start)
        if 0 <= lo < hi <= len(evidence):
            at = (lo, hi)
    return Item(
        event_id=str(r["event_id"]),
        doc_id=str(r["doc_id"]),
        sentence=int(_val(r.get("sentence")) or 0),
        date=str(date or "undated"),
        source=str(_val(r.get("source_code")) or _val(r.get("source_country")) or "?"),
        target=str(_val(r.get("target_code")) or _val(r.get("target_country")) or "?"),
        cameo=str(r["cameo"]),
        plover=str(_val(r.get("plover")) or ""),
        quad_class=int(r["quad_class"]),
        goldstein=float(r["goldstein"]),
        modality=str(_val(r.get("modality")) or "asserted"),
        domain=str(_val(r.get("domain")) or "general"),
        amount=_val(r.get("amount_text")),
        trigger=str(_val(r.get("trigger_text")) or ""),
        evidence=evidence,
        trigger_at=at,
        num_articles=int(_val(r.get("num_articles")) or 1),
        num_sources=int(_val(r.get("num_sources")) or 1),
    )


# The most telling examples first: most republished, strongest, earliest.
_RANK = "num_articles DESC, abs(goldstein) DESC, date, doc_seq, sentence, event_id"
_ITEM_COLS = (
    "event_id, doc_id, sentence, date, date_text, source_code, source_country, target_code, target_country, "
    "cameo, plover, quad_class, goldstein, modality, domain, amount_text, trigger_text, trigger_start, "
    "trigger_end, evidence_text, evidence_start, evidence_end, num_articles, num_sources, doc_seq"
)


class _Query:
    """The SQL behind an explanation: aggregates in the database, only examples come back as rows.

    That keeps ``explain`` fast on a store with millions of events (the drivers and stances of a
    busy dyad can cover tens of thousands of events; only a few per group are quoted).
    """

    def __init__(self, con: Any, a: str, b: str, since: Any, until: Any, examples: int) -> None:
        from geopol.store import actor_clause, event_filters

        self.con, self.k = con, examples
        self.dyad_w, self.dyad_p = event_filters(between=(a, b), since=since, until=until)
        sa, pa_ = actor_clause("source", a)
        sb, pb = actor_clause("source", b)
        ta, pta = actor_clause("target", a)
        tb, ptb = actor_clause("target", b)
        w3, p3 = event_filters(since=since, until=until, modality="asserted")
        self.third_sql = f"""
            SELECT {_ITEM_COLS}, CASE WHEN {sa} THEN 'a' ELSE 'b' END AS side,
                   coalesce(target_country, target_code) AS third,
                   CASE WHEN {dyads.QUAD_COLUMN} IN (1, 2) THEN 'cooperation' ELSE 'conflict' END AS family
            FROM events
            WHERE {w3} AND ({sa} OR {sb}) AND coalesce(target_country, target_code) IS NOT NULL
                  AND NOT coalesce({ta}, false) AND NOT coalesce({tb}, false)
                  AND NOT coalesce({sa} AND {sb}, false)"""
        self.third_p = [*pa_, *p3, *pa_, *pb, *pta, *ptb, *pa_, *pb]

    def df(self, sql: str, params: list[Any]) -> pd.DataFrame:
        return self.con.execute(sql, params).df()

    def drivers(self, quads: tuple[int, ...]) -> list[Driver]:
        w = f"{self.dyad_w} AND modality = 'asserted' AND {dyads.QUAD_COLUMN} IN ({', '.join(map(str, quads))})"
        dom = "coalesce(domain, 'general')"
        totals = self.df(
            f"SELECT {dom} AS d, count(*) AS n, sum(goldstein) AS g FROM events WHERE {w} GROUP BY 1",
            self.dyad_p,
        )
        ex = self.df(
            f"""SELECT * FROM (SELECT {_ITEM_COLS}, {dom} AS d,
                       row_number() OVER (PARTITION BY {dom} ORDER BY {_RANK}) AS rk
                FROM events WHERE {w}) WHERE rk <= ? ORDER BY d, date, doc_seq, sentence""",
            [*self.dyad_p, self.k],
        )
        items: dict[str, list[Item]] = {}
        for r in ex.to_dict("records"):
            items.setdefault(str(r["d"]), []).append(_item(r))
        out = [Driver(str(r.d), int(r.n), float(r.g), items.get(str(r.d), [])) for r in totals.itertuples()]
        # The domain with most events first; "general" (no domain) last among equals.
        out.sort(key=lambda d: (-d.n, d.domain == "general", -abs(d.goldstein), d.domain))
        return out

    def shared(self, limit: int = 12) -> list[SharedPosition]:
        groups = self.df(
            f"""WITH t AS ({self.third_sql}),
                exact AS (
                    SELECT third, plover AS stance, count(*) FILTER (WHERE side = 'a') AS na,
                           count(*) FILTER (WHERE side = 'b') AS nb
                    FROM t GROUP BY ALL HAVING na > 0 AND nb > 0),
                loose AS (
                    SELECT third, family AS stance, count(*) FILTER (WHERE side = 'a') AS na,
                           count(*) FILTER (WHERE side = 'b') AS nb
                    FROM t WHERE third NOT IN (SELECT third FROM exact)
                    GROUP BY ALL HAVING na > 0 AND nb > 0)
                SELECT *, 'exact' AS kind FROM exact UNION ALL SELECT *, 'loose' AS kind FROM loose
                ORDER BY na + nb DESC, third, stance LIMIT ?""",
            [*self.third_p, limit],
        )
        if groups.empty:
            return []
        ex = self.df(
            f"""WITH t AS ({self.third_sql})
                SELECT * FROM (
                    SELECT *, row_number() OVER (PARTITION BY third, plover, side ORDER BY {_RANK}) AS rk_p,
                              row_number() OVER (PARTITION BY third, family, side ORDER BY {_RANK}) AS rk_f
                    FROM t WHERE third IN (SELECT unnest(?)))
                WHERE rk_p <= ? OR rk_f <= ? ORDER BY date, doc_seq, sentence""",
            [*self.third_p, sorted(set(groups.third)), self.k, self.k],
        )
        out = []
        for g in groups.itertuples():
            key = "plover" if g.kind == "exact" else "family"
            rank = "rk_p" if g.kind == "exact" else "rk_f"
            rows = ex[(ex.third == g.third) & (ex[key] == g.stance) & (ex[rank] <= self.k)]
            a_items = [_item(r) for r in rows[rows.side == "a"].to_dict("records")]
            b_items = [_item(r) for r in rows[rows.side == "b"].to_dict("records")]
            phrase = STANCES.get(str(g.stance), str(g.stance).lower())
            out.append(
                SharedPosition(
                    str(g.third),
                    actor_name(str(g.third)),
                    str(g.stance),
                    phrase,
                    int(g.na),
                    int(g.nb),
                    a_items,
                    b_items,
                )
            )
        return out

    def not_asserted(self) -> tuple[dict[str, list[Item]], dict[str, int]]:
        w = f"{self.dyad_w} AND modality <> 'asserted'"
        counts = self.df(f"SELECT modality, count(*) AS n FROM events WHERE {w} GROUP BY 1", self.dyad_p)
        ex = self.df(
            f"""SELECT * FROM (SELECT {_ITEM_COLS},
                       row_number() OVER (PARTITION BY modality ORDER BY {_RANK}) AS rk
                FROM events WHERE {w}) WHERE rk <= ? ORDER BY date, doc_seq, sentence""",
            [*self.dyad_p, self.k],
        )
        items: dict[str, list[Item]] = {}
        for r in ex.to_dict("records"):
            items.setdefault(str(r["modality"]), []).append(_item(r))
        return items, {str(r.modality): int(r.n) for r in counts.itertuples()}

    def coverage(self) -> tuple[list[str], int, tuple[str, str] | None, pd.Series]:
        docs = self.df(
            f"""SELECT doc_id FROM (SELECT doc_id, doc_seq FROM events WHERE {self.dyad_w}
                UNION SELECT doc_id, doc_seq FROM ({self.third_sql}))
                GROUP BY doc_id ORDER BY min(doc_seq)""",
            [*self.dyad_p, *self.third_p],
        )
        dates = self.df(
            f"""SELECT min(date) AS lo, max(date) AS hi FROM events
                WHERE {self.dyad_w} AND modality = 'asserted'""",
            self.dyad_p,
        )
        lo, hi = dates.lo.iloc[0], dates.hi.iloc[0]
        span = (
            None
            if pd.isna(lo)
            else (pd.Timestamp(lo).strftime("%Y-%m-%d"), pd.Timestamp(hi).strftime("%Y-%m-%d"))
        )
        return docs.doc_id.head(50).tolist(), len(docs), span, pd.Series([lo, hi])


def _auto_freq(dates: pd.Series) -> str:
    d = pd.to_datetime(dates.dropna())
    if d.empty:
        return "year"
    days = (d.max() - d.min()).days
    return "year" if days > 3 * 365 else "quarter" if days > 365 else "month"


def _fmt_index(x: float) -> str:
    return "n/a" if x is None or math.isnan(x) else f"{x:+.2f}"


def explain(
    source: Any,
    a: str,
    b: str,
    since: Any = None,
    until: Any = None,
    freq: str = "auto",
    chart: str | Path | None = None,
    examples: int = 8,
) -> Explanation:
    """Explain the A-B relationship from a Store, an events frame or a list of Events.

    ``chart`` writes the trend PNG there. Totals cover every counted event; ``examples`` caps the
    events quoted per domain, per shared position and per modality (strongest and most republished).
    """
    a, b = a.upper(), b.upper()
    with relation(source) as con:
        q = _Query(con, a, b, since, until, examples)
        cooperation = q.drivers(COOP_QUADS)
        conflict = q.drivers(CONFLICT_QUADS)
        shared = q.shared()
        not_asserted, not_counts = q.not_asserted()
        documents, n_documents, span, bounds = q.coverage()
    freq = _auto_freq(bounds) if freq == "auto" else freq
    trend = dyads.dyad_table(source, a, b, freq=freq, since=since, until=until)
    # The balance counts what the drivers count (undated events too); only the trend needs dates.
    whole = dyads.dyad_table(source, a, b, freq=freq, since=since, until=until, by_period=False)
    balance = dyads.summary(whole)
    # Goldstein-weighted index over the whole span.
    g_pos, g_neg = _signed_sums(source, a, b, since, until)
    balance["coop_index"] = (g_pos - g_neg) / (g_pos + g_neg) if g_pos + g_neg else float("nan")
    directions: dict[str, dict[str, Any]] = {}
    for label, rows in whole[whole.direction != "both"].groupby("direction", sort=False):
        directions[str(label)] = dyads.summary(rows.assign(direction="both"))

    a_name, b_name = actor_name(a), actor_name(b)
    ci = balance["coop_index"]
    if not math.isnan(ci) and ci > 0.2:
        question = f"Why are {_plain(a_name)} and {b_name} cooperating?"
    elif not math.isnan(ci) and ci < -0.2:
        question = f"Why are {_plain(a_name)} and {b_name} in conflict?"
    else:
        question = f"How do {_plain(a_name)} and {b_name} stand?"
    expl = Explanation(
        a=a,
        b=b,
        a_name=a_name,
        b_name=b_name,
        question=question,
        answer="",
        balance=balance,
        directions=directions,
        cooperation=cooperation,
        conflict=conflict,
        shared=shared,
        not_asserted=not_asserted,
        not_asserted_counts=not_counts,
        trend=trend,
        freq=freq,
        documents=documents,
        n_documents=n_documents,
        span=span,
    )
    note = dyads.undated_note(trend.attrs.get("undated", 0))
    if note:
        docs = _undated_documents(source, a, b)
        shown = ", ".join(docs[:3]) + (", ..." if len(docs) > 3 else "")
        expl.notes.append(note)
        if docs:
            whose = "Its document has" if len(docs) == 1 else f"Their {len(docs)} documents have"
            expl.notes.append(f"{whose} no publication date ({shown}): ingest with --date to place them")
    expl.answer = _answer(expl)
    if chart is not None and not trend.empty:
        expl.chart = dyads.plot(trend, chart, title=f"{_plain(a_name)} - {_plain(b_name)}: {freq}ly trend")
    return expl


def _undated_documents(source: Any, a: str, b: str) -> list[str]:
    """The documents whose A-B events have no date (named, so the analyst can date them)."""
    from geopol.store import event_filters

    w, p = event_filters(between=(a, b), modality="asserted")
    with relation(source) as con:
        rows = con.execute(
            f"SELECT doc_id FROM events WHERE {w} AND date IS NULL GROUP BY doc_id ORDER BY min(doc_seq), doc_id",
            p,
        ).fetchall()
    return [str(r[0]) for r in rows]


def _signed_sums(source: Any, a: str, b: str, since: Any, until: Any) -> tuple[float, float]:
    from geopol.store import event_filters

    w, p = event_filters(between=(a, b), since=since, until=until, modality="asserted")
    with relation(source) as con:
        row = con.execute(
            f"SELECT coalesce(sum(greatest(goldstein, 0)), 0), coalesce(-sum(least(goldstein, 0)), 0) "
            f"FROM events WHERE {w}",
            p,
        ).fetchall()[0]
    return float(row[0]), float(row[1])


def _answer(e: Explanation) -> str:
    """The short answer: balance, main drivers, shared stances, what is not (yet) real."""
    bal = e.balance
    n_coop = bal["verbal_coop"] + bal["material_coop"]
    n_conf = bal["verbal_conflict"] + bal["material_conflict"]
    if bal["n_events"] == 0 and not e.shared:
        return f"No asserted events between {e.a_name} and {e.b_name} were found."
    ci = bal["coop_index"]
    tone = (
        ("cooperative" if ci > 0.2 else "conflictual" if ci < -0.2 else "mixed")
        if not math.isnan(ci)
        else "without a clear balance"
    )
    parts = [
        f"From {plural(bal['n_events'], 'coded event')} between {e.a_name} and {e.b_name}"
        + (f" ({e.span[0][:4]}-{e.span[1][:4]})" if e.span else "")
        + f", the relationship is {tone} (cooperation index {_fmt_index(ci)}; "
        f"{n_coop} cooperative vs {n_conf} conflictual event{'' if n_conf == 1 else 's'})."
    ]
    if e.cooperation:
        doms = ", ".join(f"{d.domain} ({d.n})" for d in e.cooperation)
        parts.append(f"Cooperation is driven by {doms}.")
    if e.conflict:
        doms = ", ".join(f"{d.domain} ({d.n})" for d in e.conflict)
        parts.append(f"Friction comes from {doms}.")
    if e.shared:
        stances = "; ".join(f"both {s.phrase} {s.third_name} ({plural(s.n, 'event')})" for s in e.shared[:4])
        parts.append(f"Towards third parties they take the same side: {stances}.")
    if e.not_asserted_counts:
        kept = ", ".join(f"{v} {k}" for k, v in sorted(e.not_asserted_counts.items()))
        parts.append(f"Kept apart as not (yet) real: {kept}.")
    parts.extend(f"{n}." for n in e.notes)  # e.g. "3 undated events not in the time series."
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


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
