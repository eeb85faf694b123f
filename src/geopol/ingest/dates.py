"""Publication dates in any common form -> ISO ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``).

Precision is kept honest: a source that only says "April 2016" becomes ``2016-04``, not a
made-up first of the month. Anything unparseable becomes ``None`` rather than an error.
"""

from __future__ import annotations

import datetime as dt
import time
from email.utils import parsedate_tz
from typing import Any

from dateutil import parser as _dparser

from geopol.dates import split_date

_DEFAULTS = (dt.datetime(1, 1, 1), dt.datetime(2, 2, 2))
_MIN_YEAR, _MAX_YEAR = 1000, 2999


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_date(value: Any) -> str | None:
    """Return an ISO date string for ``value`` (str, date, datetime, struct_time), else ``None``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        try:
            return _fmt(value.year, value.month, value.day)
        except (ValueError, TypeError):  # pandas NaT and friends
            return None
    if isinstance(value, time.struct_time):
        return _fmt(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 100:
        return None
    parts = split_date(s)
    if parts is not None and (not parts[3] or parts[3][0] == "T" or parts[3][0].isspace()):
        y, mo, d, _ = parts
        return _fmt(y, mo, d if mo else None)
    rfc = parsedate_tz(s)  # RSS: "Tue, 05 Apr 2016 10:00:00 GMT" (local date kept, not shifted to UTC)
    if rfc and rfc[0]:
        return _fmt(rfc[0], rfc[1], rfc[2])
    return _parse_loose(s)


def _parse_loose(s: str) -> str | None:
    """Parse twice with different defaults: fields that change were not in the text."""
    try:
        a, b = (_dparser.parse(s, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:
        return None
    if a.month != b.month:
        return _fmt(a.year)
    if a.day != b.day:
        return _fmt(a.year, a.month)
    return _fmt(a.year, a.month, a.day)
