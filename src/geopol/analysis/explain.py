"""Why do two actors cooperate (or clash)? The relationship explained from its coded events.

An :class:`Explanation` holds, for actors A and B: the overall balance (quad classes, Goldstein,
cooperation index); the drivers of cooperation and of conflict grouped by domain, each event with its
date, amount and quoted evidence sentence; the positions both share towards third parties ("Russia and
China both oppose USA"); negated, hypothetical, future and questioned events kept apart (they did not
happen); and the trend. Every figure reads counted (de-duplicated) events, and every claim carries
the document id and sentence behind it. :mod:`geopol.analysis.report` renders it (Markdown, HTML,
the terminal).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from geopol.actors.kb import country_names
from geopol.analysis import dyads
from geopol.analysis.dyads import plural, relation

COOP_QUADS = (1, 2)
CONFLICT_QUADS = (3, 4)

# Code prefixes that are no country (the country names come from data/actors/countries.yaml).
GROUP_NAMES: dict[str, str] = {"NAT": "NATO", "UNO": "the UN", "IGO": "IGOs"}
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


def actor_name(code: str | None) -> str:
    """Readable name for an actor code: ``RUS`` -> Russia, ``RUSGOV`` -> Russia (government)."""
    if not code:
        return "?"
    code = str(code).upper()
    country = code[:3]
    base = GROUP_NAMES.get(country) or country_names().get(country)
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
    coarse = dyads.coarse_note(trend.attrs.get("coarse", 0), freq)
    if coarse:
        expl.notes.append(coarse)
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
