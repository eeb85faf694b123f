"""Date expressions -> ISO dates, resolved against the publication date.

Runs per sentence, so everything is precompiled regexes and ``datetime`` arithmetic (no
dateparser, and never the system clock). Resolution rules, with publication 2016-04-05:

* explicit dates resolve alone: "14 August 2015", "Aug. 14, 2015", "2015-08-14" (day);
  "in May 2014" (month); "in 2017", "since 2000", "mid-2015" (year). A bare number is only a
  year after a cue word ("in", "since", "by", ...), so "2000 troops" is not a date.
* a month without a year ("in February", "early March", "the last week of March") is the most
  recent such month on or before the publication month (month precision); "last August" is the
  most recent one strictly before it (2015-08), "next May" the first strictly after, "this May"
  the publication year.
* a day and month without a year ("on 2 March", "March 2") is the most recent on or before
  publication, unless that date lies within two weeks after it (then it is upcoming).
* a weekday ("on Monday", "said Monday") is the most recent such day on or before publication;
  "last Monday" strictly before, "next Monday" strictly after.
* with a future cue before the expression in the same clause ("will", "would", "is due to",
  "scheduled", "plans to", ...), bare months and weekdays resolve forward instead.
* "yesterday", "today", "last night"; "last/this/next year|month|week" (weeks give month
  precision); "two years ago" (year), "three months ago" (month), "five days ago" (day).
* durations and vague times ("over the last two years", "recently", "in recent years") give no
  date: they do not say when an event happened, and the caller falls back to publication.
* "two years ago, in May 2014": a relative expression next to an explicit one is dropped.

Without a publication date only explicit expressions resolve.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from geopol.dates import precision, split_date

Precision = Literal["year", "month", "day"]
_RANK = {"year": 0, "month": 1, "day": 2}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text: document span, surface text, ISO date and precision."""

    span: tuple[int, int]
    text: str
    date: str
    precision: Precision


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}

FULL_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
              r"|December)")
ANY_MONTH = (FULL_MONTH + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
             r"|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
MON = rf"(?P<mon>{ANY_MONTH})(?![\w])"
FMON = rf"(?P<mon>{FULL_MONTH})(?![\w])"
DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d|,\d)"
CUE = (r"(?i:in|since|until|till|by|from|during|through|throughout|before|after|of|between|around"
       r"|circa|as early as|as of)")
UNITS_AFTER = (r"(?!\s+(?:troops|soldiers|people|tons|tonnes|barrels|km|kilometres|kilometers|miles"
               r"|metres|meters|civilians|refugees|migrants|personnel|units|vehicles|tanks|aircraft"
               r"|jets|missiles|workers|jobs|cases|deaths|casualties|men|women|children|times"
               r"|dollars|euros|pounds|yuan|rubles|roubles|yen|households|homes|residents)\b)")
PERIOD_MOD = (r"(?:(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|weekend|days|half"
              r"|quarter|fortnight)\s+of\s+|(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+"
              r"|(?:the\s+)?(?:summer|winter|spring|autumn|fall)\s+(?:of\s+)?|early\s+|late\s+"
              r"|mid-?\s*)")

_FUTURE = re.compile(
    r"\b(?:will|shall|would|is due|are due|was due|due to|scheduled|set to|plans? to|planned"
    r"|planning to|expected to|to be held|upcoming|intends? to)\b|'ll\b"
)
_REPORT = re.compile(r"\b(?:said|says|told|announced|added|reported|stated)\b")
_ADJACENT = re.compile(r"\s*,?\s*(?:(?:in|on|at|since|from)\s+)?")


def _month_num(s: str) -> int:
    return _MONTHS[s[:3].lower()]


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --- resolvers: (match, pub, future) -> (iso, precision) | None --------------------------------

Resolved = tuple[str, Precision] | None
Pub = date | None


def _r_iso(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    d = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d.isoformat(), "day") if d else None


def _r_dmy(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    d = _valid(int(m["y"]), _month_num(m["mon"]), int(m["d"]))
    return (d.isoformat(), "day") if d else None


def _r_dm(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    if pub is None:
        return None
    mon, day = _month_num(m["mon"]), int(m["d"])
    this = _valid(pub.year, mon, day)
    if this is None:
        return None
    if this > pub and not fut and (this - pub).days > 14:
        this = _valid(pub.year - 1, mon, day)
    elif this < pub and fut:
        this = _valid(pub.year + 1, mon, day)
    return (this.isoformat(), "day") if this else None


def _r_my(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    return f"{int(m['y']):04d}-{_month_num(m['mon']):02d}", "month"


def _r_month(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    if pub is None:
        return None
    mon = _month_num(m["mon"])
    rel = (m["rel"] or "").lower()
    if rel == "last":
        y = pub.year if mon < pub.month else pub.year - 1
    elif rel == "next":
        y = pub.year if mon > pub.month else pub.year + 1
    elif rel == "this":
        y = pub.year
    elif fut:
        y = pub.year if mon >= pub.month else pub.year + 1
    else:
        y = pub.year if mon <= pub.month else pub.year - 1
    return f"{y:04d}-{mon:02d}", "month"


def _r_year(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    return f"{int(m['y']):04d}", "year"


def _r_weekday(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    if pub is None:
        return None
    wd = _WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    back = (pub.weekday() - wd) % 7
    if rel == "last":
        d = pub - timedelta(days=back or 7)
    elif rel == "next":
        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif fut:
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
    else:
        d = pub - timedelta(days=back)
    return d.isoformat(), "day"


_DAY_WORDS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "earlier today": 0, "tomorrow": 1}


def _r_dayword(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    if pub is None:
        return None
    return (pub + timedelta(days=_DAY_WORDS[m["w"].lower()])).isoformat(), "day"


def _shift_month(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _r_period(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    if pub is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        return f"{pub.year + step:04d}", "year"
    if unit == "month":
        y, mo = _shift_month(pub, step)
        return f"{y:04d}-{mo:02d}", "month"
    d = pub + timedelta(days=7 * step)  # week / weekend: month precision, a week is not a day
    return f"{d.year:04d}-{d.month:02d}", "month"


def _r_ago(m: re.Match[str], pub: Pub, fut: bool) -> Resolved:
    if pub is None:
        return None
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[" ".join(raw.split())]
    unit = m["unit"].lower().rstrip("s")
    if unit == "decade":
        return f"{pub.year - 10 * n:04d}", "year"
    if unit == "year":
        return f"{pub.year - n:04d}", "year"
    if unit == "month":
        y, mo = _shift_month(pub, -n)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "week":
        d = pub - timedelta(days=7 * n)
        return f"{d.year:04d}-{d.month:02d}", "month"
    return (pub - timedelta(days=n)).isoformat(), "day"


# (regex, resolver, absolute?, guard, needs): a guard rejects matches that lack a cue ("in 2014");
# ``needs`` names a cheap prefilter (``_NEEDS``) that must hit before the rule is tried at all.
_Resolver = Callable[[re.Match[str], Pub, bool], Resolved]
_Rule = tuple[re.Pattern[str], _Resolver, bool, Callable[[re.Match[str], str], int | None] | None, str]
_NUMWORD = r"\d{1,3}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


def _cued(m: re.Match[str], text: str) -> int | None:
    """Start of a month expression that has a cue ("in May", "last May"), else None."""
    return m.start("e") if m["cue"] or m["mod"] or m["rel"] else None


_YEAR_BEFORE = re.compile(rf"(?:\b{CUE}\s+)?(?P<mod>\b{PERIOD_MOD})?$")


def _year_cue(m: re.Match[str], text: str) -> int | None:
    """Start of "in 2014" / "mid-2015" / "the end of 2016" (year part plus modifier), else None.

    Matching the bare year first and looking back 40 characters is much cheaper than a regex
    with an optional cue in front, which is tried at every position of every sentence.
    """
    s = m.start("e")
    b = _YEAR_BEFORE.search(text, max(0, s - 40), s)
    if b is None or b.start() == s:
        return None
    return b.start("mod") if b["mod"] else s


_RULES: list[_Rule] = [
    (re.compile(r"(?<![\d/.-])(?P<e>(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\3(?P<d>[0-3]?\d))(?!\d)"),
     _r_iso, True, None, "digit"),
    (re.compile(rf"\b(?P<e>{DAY}\s+(?:of\s+)?{MON}\s*,?\s*{YEAR})"), _r_dmy, True, None, "digit+month"),
    (re.compile(rf"\b(?P<e>{MON}\s+{DAY}\s*,?\s*{YEAR})"), _r_dmy, True, None, "digit+month"),
    (re.compile(rf"\b(?P<e>(?:{PERIOD_MOD})?{MON}\s*,?\s+{YEAR})"), _r_my, True, None, "digit+month"),
    (re.compile(rf"(?<![\d,.$€£¥#])(?P<e>{YEAR}){UNITS_AFTER}"), _r_year, True, _year_cue, "digit"),
    (re.compile(rf"\b(?P<e>{DAY}\s+(?:of\s+)?{MON})(?!\s*,?\s*\d)"), _r_dm, False, None, "digit+month"),
    (re.compile(rf"\b(?P<e>{MON}\s+{DAY})(?!\d|\s*,?\s*(?:19|20)\d\d\b)\b"), _r_dm, False, None,
     "digit+month"),
    (re.compile(rf"(?:\b(?P<cue>{CUE})\s+)?(?P<e>(?:\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+"
                rf"|\b(?P<mod>{PERIOD_MOD}))?{FMON})"), _r_month, False, _cued, "month"),
    (re.compile(r"(?P<e>(?:\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+)?\b(?P<wd>Monday|Tuesday"
                r"|Wednesday|Thursday|Friday|Saturday|Sunday))\b"), _r_weekday, False, None, "weekday"),
    (re.compile(r"\b(?P<e>(?P<w>yesterday|Yesterday|today|Today|tomorrow|Tomorrow|tonight|Tonight"
                r"|(?:last|Last) night|(?:this|This) (?:morning|afternoon|evening)"
                r"|(?:earlier|Earlier) today))\b"), _r_dayword, False, None, "dayword"),
    (re.compile(r"(?<!the )(?<!The )(?<!over )\b(?P<e>(?:(?:earlier|later|early|late|Earlier|Later"
                r"|Early|Late)\s+)?(?P<rel>last|this|next|Last|This|Next)\s+"
                r"(?P<unit>year|month|week|weekend))\b"), _r_period, False, None, "period"),
    (re.compile(rf"\b(?P<e>(?P<n>{_NUMWORD})\s+(?P<unit>years?|months?|weeks?|days?|decades?)\s+ago)\b",
                re.IGNORECASE), _r_ago, False, None, "ago"),
]
# Cheap tests that rule out most sentences before the costlier rules run.
_NEEDS: dict[str, re.Pattern[str]] = {
    "digit": re.compile(r"\d"),
    "month": re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
    "weekday": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "dayword": re.compile(r"[Yy]esterday|[Tt]o(?:day|morrow|night)|night|morning|afternoon|evening"),
    "period": re.compile(r"year|month|week|Year|Month|Week|YEAR"),
    "ago": re.compile(r"\bago\b|\bAGO\b"),
}
# A capitalised day word mid-sentence is a name ("Russia Today"), not a date.
_CAP_OK_BEFORE = re.compile(r"(?:^|[.!?:;\"'“”(\[-])\s*$")


def _parse_pub(pub_date: str | None) -> tuple[date | None, Precision]:
    if not pub_date:
        return None, "day"
    parts = split_date(pub_date)
    if parts is None:
        return None, "day"
    # A partial date stands for its middle, so "yesterday" stays inside the month it names.
    year, month, day, _ = parts
    y, mo, d = year, month or 7, day or (15 if month else 1)
    prec: Precision = "day" if day else "month" if month else "year"
    return _valid(y, mo, d), prec


def _cap(iso: str, prec: Precision, limit: Precision) -> tuple[str, Precision]:
    """A date resolved against a year-only publication date cannot be more precise than it."""
    if _RANK[prec] <= _RANK[limit]:
        return iso, prec
    return iso[: 4 if limit == "year" else 7], limit


def _future(text: str, start: int) -> bool:
    """A future cue earlier in the clause, not followed by a reporting verb ("said")."""
    window = text[max(0, start - 120):start]
    window = window[max(window.rfind(";"), window.rfind(". ")) + 1:]
    cues = list(_FUTURE.finditer(window))
    return bool(cues) and not _REPORT.search(window, cues[-1].end())


def find_dates(text: str, pub_date: str | None, offset: int = 0) -> list[DateMention]:
    """All resolvable date expressions in ``text``; spans are ``offset``-shifted document offsets."""
    pub, pub_prec = _parse_pub(pub_date)
    cands: list[tuple[int, int, str, Precision, bool]] = []
    present: dict[str, bool] = {}
    for rx, resolve, absolute, guard, needs in _RULES:
        if not absolute and pub is None:
            continue
        for need in needs.split("+"):
            if need not in present:
                present[need] = _NEEDS[need].search(text) is not None
        if not all(present[need] for need in needs.split("+")):
            continue
        for m in rx.finditer(text):
            s, e = m.span("e")
            if guard is not None:
                start = guard(m, text)
                if start is None:
                    continue
                s = start
            if resolve is _r_dayword and m["w"][0].isupper() and not _CAP_OK_BEFORE.search(text[:s]):
                continue
            res = resolve(m, pub, False if absolute else _future(text, s))
            if res is None:
                continue
            iso, prec = res if absolute else _cap(*res, pub_prec)
            cands.append((s, e, iso, prec, absolute))
    # Longest leftmost, non-overlapping.
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str, Precision, bool]] = []
    for c in cands:
        if not kept or c[0] >= kept[-1][1]:
            kept.append(c)
    # "two years ago, in May 2014": the explicit date wins over its relative neighbour.
    drop: set[int] = set()
    for i in range(len(kept) - 1):
        a, b = kept[i], kept[i + 1]
        if a[4] != b[4] and _ADJACENT.fullmatch(text, a[1], b[0]):
            drop.add(i if b[4] else i + 1)
    return [
        DateMention((s + offset, e + offset), text[s:e], iso, prec)
        for i, (s, e, iso, prec, _) in enumerate(kept)
        if i not in drop
    ]


_LABEL = re.compile(r"\b(?:Published|Updated|Posted|Date|Dated|First published|Last updated)\b", re.I)


def infer_publication_date(text: str, fallback: bool = False) -> str | None:
    """Publication date from a date line near the top of a document, else None.

    Looks at the first five non-empty lines and takes the first full (day) date on a line that is
    labelled "Published:", "Updated:", "Date:", or is short and not a sentence (a date line or
    byline: no closing full stop). An opening
    sentence like "On March 2, 2014, troops..." is an event date, not a date line, and is skipped.
    With ``fallback=True`` the latest explicit full date anywhere in the text is returned instead
    of None: a lower bound on the publication date, off when the text announces future dates,
    hence opt-in.
    """
    lines = [ln.strip() for ln in text[:2000].splitlines() if ln.strip()][:5]
    for ln in lines:
        if _LABEL.search(ln[:40]) or (len(ln) <= 80 and not ln.endswith((".", "!", "?", '"', "”"))):
            for dm in find_dates(ln[:200], None):
                if dm.precision == "day":
                    return dm.date
    if fallback:
        days = [dm.date for dm in find_dates(text, None) if dm.precision == "day"]
        return max(days) if days else None
    return None


def precision_of(iso: str) -> Precision:
    """Precision of an ISO date string by its shape: YYYY, YYYY-MM or YYYY-MM-DD."""
    found = precision(iso)
    if found is None:
        raise ValueError(f"not an ISO date: {iso!r}")
    return found
