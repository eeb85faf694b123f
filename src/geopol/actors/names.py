"""Actors as people type them in a query: ``RUS``, ``rus``, ``RUSGOV`` or ``Russia`` -> a CAMEO code.

The CLI filters and the dashboard's forms both take either form, so a name never silently
matches nothing (``--between Russia China`` used to read as the code prefixes RUSSIA and CHINA).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]*|[A-Za-z]{3}")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every actor name and alias in the knowledge base (casefolded) -> its CAMEO code."""
    from geopol.actors.kb import load_kb

    kb = load_kb()
    out: dict[str, str] = {}
    for alias, _, i in kb.aliases():
        code = kb.entries[i].code
        if code:
            out[alias.casefold()] = code
    for entry in kb.entries:  # canonical names win over aliases shared with others
        if entry.code:
            out[entry.name.casefold()] = entry.code
    return out


def query_code(value: str) -> str | None:
    """The code to query for ``value``: a code as given (upper-cased), else the code of the actor
    so named, else None."""
    value = value.strip()
    if _CODE.fullmatch(value):
        return value.upper()
    return _names().get(value.casefold())
