"""What counts: the one definition every figure geopol publishes is made of.

Dyads, networks, explanations, ``geopol events``, the GDELT export and the store's ``stats`` read
*counted events*: the events themselves (an act's other readings are its ``alternatives`` and are
never events), once per near-duplicate cluster (the store's ``counted`` flag), with a coded
source. Actor filters match coded actors only, so an uncoded phrase (a place, "the attackers") is
never a party, whatever country it lies in. The figures are of asserted events unless the caller
asks for another modality.
"""

from __future__ import annotations

from geopol.schema import Event

#: Counted rows of the store's ``events`` table (SQL).
COUNTED_SQL = "counted AND source_code IS NOT NULL"
#: The modality a count reads unless asked for another.
COUNTED_MODALITY = "asserted"


def counts(event: Event, modality: str | None = COUNTED_MODALITY) -> bool:
    """Whether a coded event (not yet stored, so not de-duplicated) enters a count."""
    return event.source.code is not None and (modality is None or event.modality == modality)
