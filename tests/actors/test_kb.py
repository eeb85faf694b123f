"""Knowledge-base loading, validation and terms of office."""

from __future__ import annotations

from pathlib import Path

import pytest

from geopol.actors.kb import ActorDataError, KnowledgeBase, load_kb, read_entries


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_default_kb_is_cached_and_substantial(kb: KnowledgeBase) -> None:
    assert load_kb() is kb
    cats = {e.category for e in kb.entries}
    assert {"countries", "seats", "regions", "igos", "people", "organizations", "agents"} <= cats
    assert sum(e.category == "countries" for e in kb.entries) >= 193
    assert sum(e.category == "people" for e in kb.entries) >= 300


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("China", "CHN"), ("Romania", "ROM"), ("East Timor", "TMP"), ("Montenegro", "MTN"),
        ("Kosovo", "KSV"), ("Taiwan", "TWN"), ("Vatican", "VAT"), ("the West", "WST"),
        ("Latin America", "LAM"), ("United Nations", "IGOUNO"), ("NATO", "IGOWSTNAT"),
        ("European Union", "IGOEUREEC"), ("Association of Southeast Asian Nations", "IGOSEAASN"),
        ("International Atomic Energy Agency", "IGOUNOIAE"), ("Gazprom", "RUSBUS"),
        ("Xinhua", "CHNMED"), ("Kremlin", "RUSGOV"), ("Pentagon", "USAMIL"), ("Hezbollah", "LBNREBHEZ"),
        ("Royal Canadian Mounted Police", "CANCOP"), ("Scotland Yard", "GBRCOP"), ("Home Office", "GBRGOV"),
    ],
)
def test_codes(kb: KnowledgeBase, name: str, code: str) -> None:
    entry = kb.get(name)
    assert entry is not None, name
    assert kb.code_at(entry, "2016-01-01")[0] == code


def test_terms_of_office(kb: KnowledgeBase) -> None:
    trump = kb.get("Donald Trump")
    assert trump is not None
    assert kb.code_at(trump, "2018-06-12") == ("USAGOV", "GOV")
    assert kb.code_at(trump, "2022-05") == ("USAELI", "ELI")  # between terms: former official
    assert kb.code_at(trump, "2025-03-01") == ("USAGOV", "GOV")
    putin = kb.get("Vladimir Putin")
    assert putin is not None and kb.code_at(putin, "2010")[0] == "RUSGOV"
    shoigu = kb.get("Sergei Shoigu")
    assert shoigu is not None
    assert kb.code_at(shoigu, "2015-03-01")[0] == "RUSMIL"  # defence minister
    assert kb.code_at(shoigu, "2024-06-01")[0] == "RUSGOV"  # Security Council secretary
    # Before the first listed term: that term's role.
    wang = kb.get("Wang Yi")
    assert wang is not None and kb.code_at(wang, "2005-01-01")[0] == "CHNGOV"
    # IGO posts carry the IGO's code.
    vdl = kb.get("Ursula von der Leyen")
    assert vdl is not None
    assert kb.code_at(vdl, "2016")[0] == "DEUMIL" and kb.code_at(vdl, "2022")[0] == "IGOEUREEC"


def test_org_terms_and_partial_dates(kb: KnowledgeBase) -> None:
    taliban = kb.get("Taliban")
    assert taliban is not None
    assert kb.code_at(taliban, "2010-05-01")[0] == "AFGREBTAL"
    assert kb.code_at(taliban, "2022")[0] == "AFGGOVTAL"
    ldp = kb.get("Liberal Democratic Party")
    assert ldp is not None
    assert kb.code_at(ldp, "2010-03")[0] == "JPNOPP" and kb.code_at(ldp, "2015")[0] == "JPNGOV"


def test_all_person_terms_are_ordered(kb: KnowledgeBase) -> None:
    for e in kb.entries:
        for t in e.terms:
            assert t.start is None or t.end is None or t.start <= t.end, e.name


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_validation_names_file_and_entry(tmp_path: Path) -> None:
    p = _write(tmp_path, "organizations.yaml", "- {name: Acme Oil, country: RUS}\n- {name: Gazprom}\n")
    with pytest.raises(ActorDataError, match=r"organizations\.yaml: entry 1 \(Acme Oil\): missing 'code'"):
        read_entries(p)


_P = "- {name: Ivan Petrov, country: RUS, roles: "


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("- {name: Ivan Petrov, country: RUS}\n", r"people\.yaml: entry 1 \(Ivan Petrov\): missing 'roles'"),
        ("- {name: Ivan Petrov, country: RUS, roles: [{role: BOSS}]}\n", r"unknown role 'BOSS'"),
        ("- {name: Ivan Petrov, country: Russia, roles: [{role: GOV}]}\n", r"'country' must be a 3-letter"),
        (_P + "[{role: GOV, start: 2015-13-01}]}\n", r"people\.yaml: invalid date"),
        (_P + "[{role: GOV, start: 'May 2015'}]}\n", r"not an ISO date"),
        (
            "- {name: Ivan Petrov, country: RUS, roles: [{role: GOV, start: 2015-01-01, end: 2014-01-01}]}\n",
            r"end 2014-01-01 is before start 2015-01-01",
        ),
        ("- {name: Ivan Petrov, country: RUS, role: GOV, roles: [{role: GOV}]}\n",
         r"unknown field\(s\) \['role'\]"),
        ("- {name: A, country: RUS, roles: [{role: GOV}]}\n- {name: A, country: RUS, roles: [{role: GOV}]}\n",
         r"entry 2 \(A\): duplicate name"),
        ("- [not, a, mapping]\n", r"entry 1: must be a mapping"),
        ("{name: [unclosed\n", r"people\.yaml: invalid YAML"),
    ],
)
def test_person_validation(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ActorDataError, match=message):
        read_entries(_write(tmp_path, "people.yaml", body))


def test_untyped_entry_in_free_named_file(tmp_path: Path) -> None:
    p = _write(tmp_path, "mine.yaml", "- {name: Acme Oil, code: RUSBUS}\n")
    with pytest.raises(ActorDataError, match=r"mine\.yaml: entry 1 \(Acme Oil\): needs 'type'"):
        load_kb([p])


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        "analyst.yaml",
        """
organizations:
  - {name: Gazprom, code: RUSGOVBUS, country: RUS, role: BUS, aliases: [Gazprom PJSC]}
  - {name: Arctic Shelf Drilling, code: RUSBUS, country: RUS, role: BUS}
people:
  - {name: Ivan Petrovsky, country: RUS, roles: [{role: GOV, title: Energy Minister, start: 2020-01-01}]}
""",
    )
    kb = load_kb([p])
    gazprom = kb.get("Gazprom")
    assert gazprom is not None and gazprom.code == "RUSGOVBUS" and "Gazprom PJSC" in gazprom.aliases
    assert sum(e.name == "Gazprom" for e in kb.entries) == 1
    assert kb.get("Arctic Shelf Drilling") is not None
    petrovsky = kb.get("Ivan Petrovsky")
    assert petrovsky is not None and kb.code_at(petrovsky, "2021")[0] == "RUSGOV"
    assert load_kb().get("Gazprom").code == "RUSBUS"  # type: ignore[union-attr]  # defaults untouched


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ActorDataError, match="no such actor file"):
        load_kb([tmp_path / "nope.yaml"])
