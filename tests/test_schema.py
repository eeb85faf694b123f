"""The one row codec: event <-> flat row, derived from the dataclass so a new field is a new column."""

from __future__ import annotations

from dataclasses import fields

from geopol.export import FLAT_COLUMNS
from geopol.schema import (
    Actor,
    Alternative,
    Amount,
    Event,
    Location,
    TextSpan,
    event_from_row,
    event_to_row,
    row_schema,
)
from geopol.store import EVENT_COLUMNS, event_rows, row_to_event


def _event(**kw) -> Event:
    base = dict(
        doc_id="d1", sentence=2, source=Actor("Russia", (0, 6), code="RUS", country="RUS", kind="state"),
        target=Actor("the Chinese navy", (20, 36), code="CHNMIL", country="CHN", role="MIL"),
        cameo="0871", cameo_root="08", quad_class=2, goldstein=9.0, plover="RETREAT",
        trigger=TextSpan("declared a truce", (7, 19)), evidence=TextSpan("Russia declared ...", (0, 40)),
        date="2015-08", date_precision="month", date_source="text", modality="hypothetical",
        claimed_by=Actor("Tass", (41, 45)), location=Location("Aleppo", "SYR", 36.2, 37.15),
        amount=Amount("$2 billion", 2e9, "USD"), domain="military", confidence=0.8, killed=3,
        alternatives=[Alternative(Actor("Russia", (0, 6), code="RUS"), Actor("Aleppo", (50, 56)), 0.4)],
        rule="triggers.yaml verbs[7] declare 0871",
    )
    return Event(**{**base, **kw})


def test_round_trip_typed_and_text_rows() -> None:
    e = _event()
    row = event_to_row(e)
    assert list(row) == [c for c, _ in row_schema()]
    assert event_from_row(row) == e
    # CSV: every value is text, missing ones are empty.
    text = {k: "" if v is None else str(v) for k, v in row.items()}
    assert event_from_row(text) == e


def test_absent_parts_stay_absent() -> None:
    e = _event(target=None, claimed_by=None, location=None, amount=None, date=None, date_precision=None,
               alternatives=[])
    row = event_to_row(e)
    assert row["alternatives"] is None
    back = event_from_row(row)
    assert (back.target, back.claimed_by, back.location, back.amount, back.date) == (None,) * 5
    assert back == e


def test_every_field_is_a_column_of_every_row_form() -> None:
    columns = [c for c, _ in row_schema()]
    for f in fields(Event):
        assert any(c == f.name or c.startswith(f.name + "_") for c in columns), f.name
    assert set(columns) <= set(FLAT_COLUMNS) and set(columns) <= set(EVENT_COLUMNS) | {"date"}


def test_store_rows_use_the_codec() -> None:
    e = _event()
    cols = event_rows([e])
    row = {k: v[0] for k, v in cols.items()}
    assert row["date_text"] == "2015-08" and str(row["date"]) == "2015-08-01"
    assert row_to_event(row) == e
