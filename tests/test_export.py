"""Exporters: flat rows, CSV/Parquet round trips, JSONL, and the 61-column GDELT 2.0 event table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from geopol.events.ontology import cameo
from geopol.export import (
    FLAT_COLUMNS,
    GDELT_COLUMNS,
    event_from_row,
    event_row,
    gdelt_row,
    global_event_id,
    iso_to_fips,
    read_rows,
    split_actor_code,
    write_events,
)
from geopol.schema import Actor, Amount, Document, Event, Location, TextSpan

TEXT_1 = "Russia's government imposed sanctions on the United Nations agency in Kyiv on Tuesday."
TEXT_2 = "China called on Japan to resume talks."


def make_event(
    doc_id: str, sentence: int, source: Actor, target: Actor | None, code: str, trigger: TextSpan,
    evidence: TextSpan, **kw: object,
) -> Event:
    """An Event whose ontology fields come from the CAMEO table, as the coder would fill them."""
    c = cameo(code)
    return Event(
        doc_id=doc_id, sentence=sentence, source=source, target=target, cameo=code, cameo_root=c.root,
        quad_class=c.quad_class, goldstein=c.goldstein, plover=c.plover, plover_mode=c.plover_mode,
        trigger=trigger, evidence=evidence, **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def events() -> list[Event]:
    sanction = make_event(
        "doc-1", 0,
        Actor("Russia's government", (0, 19), code="RUSGOV", country="RUS", name="Russia", kind="state"),
        Actor("the United Nations agency", (40, 65), code="IGOUNO", name="United Nations", kind="igo"),
        "163", TextSpan("imposed sanctions", (20, 37)), TextSpan(TEXT_1, (0, len(TEXT_1))),
        date="2024-03-05", date_precision="day", date_source="text",
        location=Location("Kyiv", "UKR", 50.45, 30.52), amount=Amount("$2 billion", 2e9, "USD"),
        domain="sanctions", confidence=0.83,
        claimed_by=Actor("officials said", (70, 84), role="official"),
    )
    appeal = make_event(
        "doc-2", 1, Actor("China", (0, 5), code="CHN", country="CHN", kind="state"),
        Actor("Japan", (17, 22), code="JPN", country="JPN", kind="state"),
        "026", TextSpan("called on", (6, 15)), TextSpan(TEXT_2, (0, len(TEXT_2))),
        modality="asserted", location=Location("Japan", "JPN"),
    )
    return [sanction, appeal]


DOCS = [
    Document("doc-1", TEXT_1, date="2024-03-06T14:30:15Z", url="https://example.org/a"),
    Document("doc-2", TEXT_2, date="2024-04-01"),
]


def test_event_row_is_flat_and_ordered(events: list[Event]) -> None:
    row = event_row(events[0])
    assert tuple(row) == FLAT_COLUMNS
    assert row["source_code"] == "RUSGOV" and row["source_country"] == "RUS"
    assert (row["source_start"], row["source_end"]) == (0, 19)
    assert row["target_code"] == "IGOUNO" and row["target_kind"] == "igo"
    assert row["claimed_by_role"] == "official" and row["claimed_by_code"] is None
    assert (row["cameo"], row["plover"], row["quad_class"], row["goldstein"]) == ("163", "SANCTION", 4, -8.0)
    assert row["evidence_text"] == TEXT_1 and row["trigger_text"] == "imposed sanctions"
    assert (row["location_lat"], row["amount_value"], row["amount_currency"]) == (50.45, 2e9, "USD")
    assert event_row(events[1])["amount_text"] is None


def test_jsonl_writes_one_event_per_line(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "ev.jsonl"
    assert write_events(events, "jsonl", path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [Event.from_dict(json.loads(line)) for line in lines] == events
    assert json.loads(lines[0])["event_id"] == events[0].event_id


def test_csv_round_trip(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "ev.csv"
    assert write_events(events, "csv", path) == 2
    with open(path, encoding="utf-8", newline="") as f:
        raw = list(csv.DictReader(f))
    assert len(raw) == 2 and tuple(raw[0]) == FLAT_COLUMNS
    assert raw[0]["source_code"] == "RUSGOV" and raw[0]["goldstein"] == "-8.0"
    assert raw[1]["amount_value"] == ""  # None is an empty cell
    rows = read_rows(path, "csv")
    assert rows == [event_row(e) for e in events]
    assert [event_from_row(r) for r in rows] == events


def test_csv_to_binary_stream_and_without_header(events: list[Event]) -> None:
    buf = io.BytesIO()
    assert write_events(events, "CSV", buf, header=False) == 2
    text = buf.getvalue().decode("utf-8")
    assert len(text.splitlines()) == 2 and not text.startswith("event_id")


def test_parquet_round_trip(events: list[Event], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "ev.parquet"
    assert write_events(events, "parquet", path, batch_size=1) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2 and tuple(table.column_names) == FLAT_COLUMNS
    assert str(table.schema.field("goldstein").type) == "double"
    assert str(table.schema.field("source_start").type) == "int64"
    rows = read_rows(path, "parquet")
    assert rows == [event_row(e) for e in events]
    assert [event_from_row(r) for r in rows] == events


def test_parquet_to_binary_file_and_empty_input(events: list[Event]) -> None:
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    assert write_events(iter(events), "parquet", buf) == 2
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == 2
    empty = io.BytesIO()
    assert write_events([], "parquet", empty) == 0
    assert tuple(pq.read_table(io.BytesIO(empty.getvalue())).column_names) == FLAT_COLUMNS


def test_parquet_refuses_text_stream(events: list[Event]) -> None:
    with pytest.raises(TypeError):
        write_events(events, "parquet", io.StringIO())


def test_unknown_format(events: list[Event]) -> None:
    with pytest.raises(ValueError, match="xml"):
        write_events(events, "xml", io.StringIO())


def test_gdelt_has_61_columns_in_codebook_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == (
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[15] == "Actor2Code" and GDELT_COLUMNS[25] == "IsRootEvent"
    assert GDELT_COLUMNS[26:35] == (
        "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )
    assert GDELT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_COLUMNS[51] == "ActionGeo_Type"
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_gdelt_row_puts_codes_in_the_right_columns(events: list[Event]) -> None:
    g = dict(zip(GDELT_COLUMNS, gdelt_row(events[0], DOCS[0]), strict=True))
    assert g["GLOBALEVENTID"] == str(int(events[0].event_id[:15], 16))
    assert (g["SQLDATE"], g["MonthYear"], g["Year"]) == ("20240305", "202403", "2024")
    assert g["FractionDate"] == f"{2024 + 64 / 366:.4f}"
    assert (g["Actor1Code"], g["Actor1Name"], g["Actor1CountryCode"], g["Actor1Type1Code"]) == (
        "RUSGOV", "RUSSIA", "RUS", "GOV")
    assert (g["Actor2Code"], g["Actor2CountryCode"], g["Actor2KnownGroupCode"], g["Actor2Type1Code"]) == (
        "IGOUNO", "", "UNO", "IGO")
    assert (g["IsRootEvent"], g["EventCode"], g["EventBaseCode"], g["EventRootCode"]) == (
        "1", "163", "163", "16")
    assert (g["QuadClass"], g["GoldsteinScale"], g["NumMentions"]) == ("4", "-8.0", "1")
    assert (g["Actor1Geo_Type"], g["Actor1Geo_CountryCode"]) == ("0", "")
    assert (g["ActionGeo_Type"], g["ActionGeo_CountryCode"], g["ActionGeo_FullName"]) == (
        "4", "UP", "Kyiv, Ukraine")
    assert (g["ActionGeo_Lat"], g["ActionGeo_Long"]) == ("50.45", "30.52")
    assert g["DATEADDED"] == "20240306143015"
    assert g["SOURCEURL"] == "https://example.org/a"


def test_gdelt_quad_is_root_based(events: list[Event]) -> None:
    appeal = events[1]
    assert appeal.quad_class == 3  # PLOVER REQUEST
    g = dict(zip(GDELT_COLUMNS, gdelt_row(appeal), strict=True))
    assert (g["QuadClass"], g["EventCode"], g["EventRootCode"], g["IsRootEvent"]) == ("1", "026", "02", "0")
    assert (g["ActionGeo_Type"], g["ActionGeo_CountryCode"], g["ActionGeo_FeatureID"]) == ("1", "JA", "JA")
    assert g["SOURCEURL"] == "doc-2"  # no document given: the id keeps it traceable


def test_write_gdelt_file(events: list[Event], tmp_path: Path) -> None:
    path = tmp_path / "ev.export.CSV"
    assert write_events(events, "gdelt", path, documents=DOCS) == 2
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 3  # no header by default
    fields = [line.split("\t") for line in lines[:-1]]
    assert all(len(f) == 61 for f in fields)
    assert fields[1][59] == "20240401000000"  # DATEADDED from doc-2's publication date
    buf = io.StringIO()
    write_events(events, "gdelt", buf, documents={d.id: d for d in DOCS}, header=True)
    assert buf.getvalue().splitlines()[0].split("\t") == list(GDELT_COLUMNS)


def test_gdelt_ids_are_stable_integers(events: list[Event]) -> None:
    a, b = global_event_id(events[0].event_id), global_event_id(events[0].stable_id())
    assert a == b and 0 < a < 2**63
    assert global_event_id("not-hex-at-all") == global_event_id("not-hex-at-all")


def test_bare_root_code_is_padded_for_gdelt(events: list[Event]) -> None:
    e = make_event("doc-3", 2, events[1].source, None, "04", TextSpan("met", (6, 9)), TextSpan("x", (0, 1)))
    g = gdelt_row(e)
    assert g[26:30] == ["040", "040", "04", "1"]
    assert g[15:25] == [""] * 10  # no target: empty Actor2 columns
    assert g[1] == ""  # no date anywhere


def test_split_actor_code() -> None:
    assert split_actor_code("USAMILREB") == {
        "CountryCode": "USA", "KnownGroupCode": "", "EthnicCode": "", "Religion1Code": "",
        "Religion2Code": "", "Type1Code": "MIL", "Type2Code": "REB", "Type3Code": "",
    }
    assert split_actor_code("IRQSUNREB")["Religion1Code"] == "SUN"
    assert split_actor_code("IGOUNO")["KnownGroupCode"] == "UNO"
    assert split_actor_code(None)["CountryCode"] == ""


def test_iso_to_fips() -> None:
    assert [iso_to_fips(c) for c in ("RUS", "DEU", "GBR", "UKR", "CN", "PRK", None, "XYZ")] == [
        "RS", "GM", "UK", "UP", "CH", "KN", None, None]
