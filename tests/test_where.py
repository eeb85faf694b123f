"""Gazetteer lookups and place finding on parsed sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from geopol.nlp import load
from geopol.where import Gazetteer, find_places, load_gazetteer, lookup

DATA = Path(__file__).resolve().parents[1] / "src" / "geopol" / "data" / "places.tsv"


@pytest.fixture(scope="module")
def nlp():
    return load()


def places(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(text[s:e], loc.country) for (s, e), loc in find_places(nlp(text))]


def test_table_is_small_and_well_formed() -> None:
    assert DATA.stat().st_size < 2_000_000
    g = Gazetteer.from_tsv(str(DATA))
    assert len(g.places) > 2000
    kinds = {p.kind for p in g.places.values()}
    assert {"country", "capital", "city", "sea", "strait", "island", "region"} <= kinds


def test_lookup() -> None:
    assert lookup("Moscow").country == "RUS"
    assert lookup("the Philippines").country == "PHL"
    hormuz = lookup("strait of hormuz")
    assert hormuz.name == "Strait of Hormuz" and hormuz.country is None
    assert 20 < hormuz.lat < 30 and 50 < hormuz.lon < 60
    assert lookup("South China Sea").country is None
    assert lookup("Crimea").country == "UKR"
    assert lookup("Zarubino").country == "RUS"
    assert lookup("Cam Ranh").country == "VNM"
    assert lookup("Atlantis") is None
    assert load_gazetteer() is load_gazetteer()


def test_seas_and_regions_count_anywhere(nlp) -> None:
    text = "Chinese and Russian warships will hold joint drills in the South China Sea next month."
    assert places(nlp, text) == [("South China Sea", None)]
    text = "Tensions over the Senkaku Islands and the Spratly Islands have risen."
    assert places(nlp, text) == [("Senkaku Islands", None), ("Spratly Islands", None)]


def test_longest_match_wins(nlp) -> None:
    text = "A tanker was seized in the Sea of Japan, not in Japan itself."
    assert places(nlp, text) == [("Sea of Japan", None), ("Japan", "JPN")]


def test_country_and_city_need_a_locative_preposition(nlp) -> None:
    text = "China signed a gas deal with Russia at a ceremony in Beijing."
    assert places(nlp, text) == [("Beijing", "CHN")]
    text = "Washington warned Moscow against deploying missiles."
    assert places(nlp, text) == []


def test_a_city_naming_a_building_or_ground_is_where_it_is(nlp) -> None:
    # "from his Nairobi home": whatever the preposition, the home is in Nairobi; a city naming
    # a government or a body is an actor, not a place.
    assert places(nlp, "Kidnappers took the engineer from his Nairobi home on Sunday.") == [("Nairobi", "KEN")]
    assert places(nlp, "The Nairobi government condemned the kidnapping.") == []


def test_kidnappers_are_placed_where_the_home_they_raid_is() -> None:
    from helpers import asserted_triples

    assert ("KEN", "ETH", "ASSAULT") in asserted_triples("Gunmen abducted an Ethiopian trader from his Nairobi home.")


def test_a_state_a_weapon_is_aimed_at_is_no_place(nlp) -> None:
    assert places(nlp, "Militants fired rockets at Israel from the north of Gaza.") == [("Gaza", "PSE")]
    assert places(nlp, "The delegates met at Geneva on Monday.") == [("Geneva", "CHE")]


def test_bridging_words_and_coordination(nlp) -> None:
    text = "Fighting resumed in the Syrian port city of Latakia and in northern Syria."
    assert places(nlp, text) == [("Latakia", "SYR"), ("Syria", "SYR")]
    text = "Protests were held in Moscow and Saint Petersburg on Sunday."
    assert places(nlp, text) == [("Moscow", "RUS"), ("Saint Petersburg", "RUS")]


def test_names_inside_organisations_are_not_places(nlp) -> None:
    text = "Officials at China National Petroleum Corporation said the pipeline would open in Kazakhstan."
    assert places(nlp, text) == [("Kazakhstan", "KAZ")]


def test_offsets_are_document_characters(nlp) -> None:
    text = "Russian bombers flew over the Black Sea near Crimea."
    found = find_places(nlp(text))
    assert [text[start:end] for (start, end), _ in found] == ["Black Sea", "Crimea"]
    assert found[0][1].name == "Black Sea"


def test_place_reached_through_a_part_of_the_city(nlp):
    doc = nlp("A journalist was killed in a car bomb explosion in a residential sector of eastern Beirut.")
    assert [loc.name for _, loc in find_places(doc)] == ["Beirut"]


def test_dateline_abbreviations_are_looked_up_never_found_in_text(nlp) -> None:
    assert lookup("Calif.").country == "USA" and lookup("Que.").country == "CAN"
    assert places(nlp, "The villagers went home after Mass. Troops stayed in Kabul.") == [("Kabul", "AFG")]


def test_place_reached_through_a_village_near_a_city(nlp):
    # "in a village east of the northern city of X": eight bridging words still lead to the city.
    text = "Shells fell in a village east of the northern city of Kirkuk overnight."
    assert places(nlp, text) == [("Kirkuk", "IRQ")]
    # a name far from any locative preposition is still no place
    text = "Kirkuk officials said the council of the province had met for the first time since spring."
    assert places(nlp, text) == []


def test_a_country_name_places_where_the_actor_table_codes_it() -> None:
    """A name the actor table knows as a country must not place an act in another one: "rebels in
    eastern Congo" once took the Republic of the Congo while the base they attacked was the DRC."""
    import yaml

    from geopol.actors.kb import iso_country

    countries = yaml.safe_load((DATA.parent / "actors" / "countries.yaml").read_text(encoding="utf-8"))
    codes: dict[str, set[str]] = {}
    for entry in countries:
        for name in [entry["name"], *entry.get("aliases", [])]:
            codes.setdefault(name.lower(), set()).add(iso_country(entry["code"]))
    g = Gazetteer.from_tsv(str(DATA))
    clashes = [(p.name, p.country, sorted(codes[p.name.lower()])) for p in g.places.values()
               if p.kind == "country" and p.name.lower() in codes and p.country not in codes[p.name.lower()]]
    assert clashes == []
    assert lookup("Congo").country == "COD"
