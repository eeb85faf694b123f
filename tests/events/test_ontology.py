"""The CAMEO table: lookups, Goldstein values from the reference scale, PLOVER/quad consistency."""

from __future__ import annotations

from pathlib import Path

import pytest

from geopol.events.ontology import PLOVER_QUAD, CameoCode, all_codes, cameo, fold_plover, gdelt_quad
from geopol.schema import PLOVER_TYPES


def test_express_intent_to_cooperate_economically_is_agree_verbal_cooperation() -> None:
    c = cameo("0311")
    assert isinstance(c, CameoCode)
    assert (c.plover, c.quad_class, c.gdelt_quad, c.root) == ("AGREE", 1, 1, "03")
    assert c.goldstein == 5.2
    assert "economic" in c.name.lower()


def test_sanctions_follow_the_manual_with_reference_goldstein() -> None:
    c = cameo("163")
    # the PLOVER manual (3.13) and EVENTS.md rule 7 make international sanctions SANCTION 'discontinue'
    # (CAMEO2PLOVER's COERCE 'restrict' is overridden); CAMEO.goldsteinscale.txt lists it at -8.0
    assert (c.plover, c.plover_mode, c.quad_class, c.goldstein) == ("SANCTION", "discontinue", 4, -8.0)
    assert cameo("161").plover == "SANCTION"


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [("01", 0.0), ("011", -0.1), ("0234", 3.4), ("040", 1.0), ("057", 8.0), ("0841", 7.0),
     ("1123", -2.0), ("138", -7.0), ("145", -7.5), ("180", -9.0), ("2042", -10.0)],
)
def test_goldstein_values_match_reference_scale(code: str, goldstein: float) -> None:
    assert cameo(code).goldstein == goldstein


REFERENCE = Path("/work/shared/reference/cameo/CAMEO.goldsteinscale.txt")


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference Goldstein file not available")
def test_every_reference_goldstein_value_is_in_the_table() -> None:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()[1:]
    ref = {code: float(v) for code, v in (line.split() for line in lines if line.strip())}
    assert {c: cameo(c).goldstein for c in ref} == ref


def test_every_code_has_a_current_plover_type_and_a_matching_quad() -> None:
    codes = all_codes()
    assert set(PLOVER_QUAD) == set(PLOVER_TYPES)
    for code, c in codes.items():
        assert c.code == code
        assert c.plover in PLOVER_TYPES, code
        assert c.quad_class == PLOVER_QUAD[c.plover], code
        assert c.gdelt_quad == gdelt_quad(code)
        assert -10.0 <= c.goldstein <= 10.0


def test_table_covers_all_twenty_roots_at_every_depth() -> None:
    codes = all_codes()
    roots = {f"{i:02d}" for i in range(1, 21)}
    assert roots <= set(codes)
    assert {c[:2] for c in codes} == roots
    assert {len(c) for c in codes} == {2, 3, 4}
    assert len(codes) >= 311  # every code on the Goldstein scale, plus later CAMEO additions
    for code in codes:  # every 3/4-digit code hangs under an existing parent
        if len(code) > 2:
            assert code[:-1] in codes, code


def test_gdelt_quad_is_root_based_and_may_differ_from_plover_quad() -> None:
    appeal = cameo("0231")  # appeal for economic aid: a request in PLOVER, verbal coop in GDELT
    assert (appeal.plover, appeal.quad_class, appeal.gdelt_quad) == ("REQUEST", 3, 1)
    assert [gdelt_quad(r) for r in ("05", "06", "08", "09", "13", "14", "20")] == [1, 2, 2, 3, 3, 4, 4]


def test_yield_splits_into_concede_and_retreat() -> None:
    assert cameo("081").plover == "CONCEDE"
    assert cameo("0841").plover == "RETREAT"
    assert cameo("0871").plover_mode == "ceasefire"


def test_unknown_code_raises_keyerror_naming_it() -> None:
    with pytest.raises(KeyError, match="999"):
        cameo("999")


def test_lookup_is_cached_single_load() -> None:
    assert all_codes() is all_codes()
    assert cameo("042") is cameo("042")


@pytest.mark.parametrize(
    ("label", "code", "want"),
    [("DEMAND", None, "REQUEST"), ("disapprove", None, "ACCUSE"), ("Investigate", None, "ACCUSE"),
     ("FIGHT", None, "ASSAULT"), ("YIELD", None, "CONCEDE"), ("YIELD", "0842", "RETREAT"),
     ("YIELD", "082", "CONCEDE"), (" consult ", None, "CONSULT"), ("ASSAULT", "0842", "ASSAULT")],
)
def test_fold_plover(label: str, code: str | None, want: str) -> None:
    assert fold_plover(label, code) == want


def test_fold_plover_rejects_unknown_labels() -> None:
    with pytest.raises(ValueError, match="BANANA"):
        fold_plover("BANANA")
