"""Casualty counts: "killed 12 people", "12 dead", "wounding 30", "the death toll rose to 40".

Runs per sentence like :mod:`geopol.amounts` (precompiled regexes). A count belongs to the act of
violence that caused it; the pipeline puts it on one event of the sentence (the violent reading
nearest the phrase), never in ``amount``. Vague counts ("dozens", "scores") give no number: a
number that is not in the text is not recorded.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from geopol.schema import Event

Kind = Literal["killed", "injured"]

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "a hundred": 100, "one hundred": 100}
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?![\d,.]\d)"
_ABOUT = r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|as\s+many\s+as)\s+)?"
# Up to three words between the count and its verb: "12 Afghan soldiers were", "30 people".
_WHO = r"(?:\s+(?!(?:were|was|have|had|and|in|of)\b)[A-Za-z][\w-]*){0,3}?"
_BE = r"(?:\s+(?:were|was|are|have\s+been|had\s+been|have|had|reportedly|been|also|later)){0,3}"
_KILL = r"(?:killed|dead|died|slain|murdered|perished)"
_HURT = r"(?:wounded|injured|hurt)"

_RULES: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(rf"\b(?:kill(?:ed|ing|s)?|massacr(?:ed|ing|es)|slaughter(?:ed|ing|s)?)\s+{_ABOUT}{_NUM}"
                r"(?!\s*(?:%|percent|years?|km)\b)", re.I), "killed"),
    (re.compile(rf"\b(?:leaving|left)\s+{_ABOUT}{_NUM}{_WHO}\s+dead\b", re.I), "killed"),
    (re.compile(rf"(?<![\w,.$-]){_ABOUT}{_NUM}{_WHO}{_BE}\s+{_KILL}\b", re.I), "killed"),
    (re.compile(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,2}}(?:to|of|at)\s+{_ABOUT}{_NUM}", re.I), "killed"),
    (re.compile(rf"(?<![\w,.$-]){_ABOUT}{_NUM}\s+deaths\b", re.I), "killed"),
    (re.compile(rf"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es))\s+{_ABOUT}{_NUM}(?!\s*(?:%|percent)\b)",
                re.I), "injured"),
    (re.compile(rf"(?<![\w,.$-]){_ABOUT}{_NUM}{_WHO}{_BE}\s+{_HURT}\b", re.I), "injured"),
)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|by|until)\s*$", re.I)
# Every rule above names one of these stems: a sentence without any has no count to find, and most
# sentences have none (one search instead of every rule's).
_STEMS = ("kill", "massacr", "slaughter", "dead", "died", "slain", "murder", "perish", "death", "wound", "injur",
          "hurt")
_MENTIONS = re.compile("|".join(_STEMS), re.I)


@dataclass(frozen=True, slots=True)
class Casualties:
    """A count of dead or wounded found in the text: document span, kind, number."""

    span: tuple[int, int]
    kind: Kind
    n: int


def _value(raw: str) -> int | None:
    raw = raw.lower().replace(",", "")
    return int(raw) if raw.isdigit() else _WORDS.get(" ".join(raw.split()))


def find_casualties(text: str, offset: int = 0) -> list[Casualties]:
    """Casualty counts in ``text`` (one per phrase), spans shifted by ``offset``."""
    found: list[Casualties] = []
    if not _MENTIONS.search(text):
        return found
    for rx, kind in _RULES:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(c.kind == kind and c.span[0] - offset < e and s < c.span[1] - offset for c in found):
                continue
            n = _value(m["n"])
            if n is None or (1900 <= n <= 2100 and _YEAR_BEFORE.search(text[max(0, m.start("n") - 8):m.start("n")])):
                continue
            found.append(Casualties((s + offset, e + offset), kind, n))
    found.sort(key=lambda c: c.span)
    return found


def with_casualties(events: list[Event], found: list[Casualties], violent_roots: Collection[str]) -> list[Event]:
    """Put each count on one violent event of the sentence: the reading whose trigger is nearest
    the phrase (then the most confident), so one massacre's dead are never counted twice."""
    violent = [e for e in events if e.cameo_root in violent_roots]
    if not violent or not found:
        return events
    best: dict[int, dict[str, int]] = {}
    for c in found:
        def distance(e: Event, c: Casualties = c) -> tuple[int, float]:
            (a, b), (x, y) = e.trigger.span, c.span
            return (0 if a < y and x < b else min(abs(a - y), abs(x - b)), -e.confidence)

        i = events.index(min(violent, key=distance))
        counts = best.setdefault(i, {})
        counts[c.kind] = max(counts.get(c.kind, 0), c.n)  # a count repeated in one sentence is one count
    return [dataclasses.replace(e, **best[i]) if i in best else e for i, e in enumerate(events)]


__all__ = ["Casualties", "find_casualties", "with_casualties"]
