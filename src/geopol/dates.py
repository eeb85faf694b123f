"""Partial ISO dates (``2015``, ``2015-08``, ``2015-08-14``): the one reader every module uses.

Events, documents and filters carry dates as precise as they are known; this module reads that
shape once, and says what day range, ``date`` or precision a partial date stands for.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, Literal

Precision = Literal["year", "month", "day"]

_PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(.*)$", re.DOTALL)


def split_date(text: str | None) -> tuple[int, int | None, int | None, str] | None:
    """``"2015-08-14T10:00"`` -> ``(2015, 8, 14, "T10:00")``: year, month, day (None when absent)
    and whatever follows them; None when the text does not start with a year. Not validated."""
    m = _PARTIAL.match(text or "")
    if not m:
        return None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None, m[4]


def to_date(value: Any, end: bool = False) -> dt.date | None:
    """``2014``, ``2014-03``, ``2014-03-05`` (or a date/datetime) -> date; ``end`` gives the period's
    last day, so ``--until 2015`` includes all of 2015, as an analyst means it. None if unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parts = split_date(str(value))
    if parts is None:
        return None
    year, month, day, _ = parts
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return dt.date(year, month, day)
    except ValueError:
        return None


def bounds(iso: str | None) -> tuple[str | None, str | None]:
    """The first and last day a partial date covers: ``2015`` -> 2015-01-01, 2015-12-31."""
    first, last = to_date(iso), to_date(iso, end=True)
    if first is None or last is None:
        return None, None
    return first.isoformat(), last.isoformat()


def precision(iso: str | None) -> Precision | None:
    """How precise a partial date is, from its shape; None when it is not one."""
    parts = split_date(iso)
    if parts is None or to_date(iso) is None:
        return None
    return "day" if parts[2] is not None else "month" if parts[1] is not None else "year"


__all__ = ["Precision", "bounds", "precision", "split_date", "to_date"]
