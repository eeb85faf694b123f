"""CAMEO event codes with their Goldstein weight, quad class, PLOVER type and traits, read from
data/cameo.tsv.

Traits are properties of codes the coder reads (``violent``, ``undirected``, ``mutual``, ...): one
column each, ``1`` on the codes that have it. A trait marked on a root holds for the whole root.

The table is authored data (built by scripts/build_cameo_table.py, committed), so the coder, the
exporters and the store all agree on one mapping. It is read once per process and cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from geopol.schema import PLOVER_TYPES, cameo_quad

# PLOVER quad classes as geopol uses them: 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict. CONCEDE/RETREAT are the old material YIELD (quad 2).
PLOVER_QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
assert set(PLOVER_QUAD) == set(PLOVER_TYPES)

# Older PLOVER / CAMEO-root names still found in gold data and other coders' output.
_OLD_PLOVER: dict[str, str] = {
    "DEMAND": "REQUEST",
    "APPEAL": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "YIELD": "CONCEDE",  # RETREAT when the CAMEO code says so, see fold_plover
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code. ``quad_class`` follows PLOVER; ``gdelt_quad`` is GDELT's root-based one."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str | None
    gdelt_quad: int
    traits: frozenset[str] = frozenset()

    @property
    def root(self) -> str:
        """The two-digit cue category (``0311`` -> ``03``)."""
        return self.code[:2]


# GDELT's QuadClass depends only on the root: 01-05=1, 06-08=2, 09-13=3, 14-20=4.
gdelt_quad = cameo_quad


@lru_cache(maxsize=1)
def all_codes() -> dict[str, CameoCode]:
    """Every CAMEO code (2-, 3- and 4-digit) keyed by code; one read of the TSV per process."""
    text = resources.files("geopol").joinpath("data", "cameo.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].split("\t")
    if header[:6] != ["code", "name", "goldstein", "quad_class", "plover", "plover_mode"]:
        raise ValueError(f"cameo.tsv: unexpected header {lines[0]!r}")
    traits = header[6:]
    out: dict[str, CameoCode] = {}
    for n, line in enumerate(lines[1:], start=2):  # plain split, not csv: names contain quotes
        cells = line.split("\t")
        if len(cells) != len(header) or any(v not in ("", "1") for v in cells[6:]):
            raise ValueError(f"cameo.tsv:{n}: expected {len(header)} columns, traits '1' or empty")
        code, name, goldstein, quad, plover, mode = cells[:6]
        marked = frozenset(t for t, v in zip(traits, cells[6:], strict=True) if v)
        out[code] = CameoCode(code, name, float(goldstein), int(quad), plover, mode or None, gdelt_quad(code),
                              marked)
    return out


def trait_names() -> tuple[str, ...]:
    """The trait columns of cameo.tsv."""
    header = resources.files("geopol").joinpath("data", "cameo.tsv").read_text(encoding="utf-8").split("\n", 1)[0]
    return tuple(header.split("\t")[6:])


def _check_trait(trait: str) -> None:
    if trait not in trait_names():
        raise KeyError(f"unknown CAMEO trait {trait!r}; cameo.tsv has {', '.join(trait_names())}")


@cache
def roots_with(trait: str) -> frozenset[str]:
    """The CAMEO roots (``18``) marked with ``trait``: ``roots_with("violent")`` -> {18, 19, 20}."""
    _check_trait(trait)
    return frozenset(c.code for c in all_codes().values() if len(c.code) == 2 and trait in c.traits)


@cache
def codes_with(trait: str) -> frozenset[str]:
    """The codes below root level marked with ``trait`` themselves (``196`` for ``mutual``)."""
    _check_trait(trait)
    return frozenset(c.code for c in all_codes().values() if len(c.code) > 2 and trait in c.traits)


def has_trait(code: str, trait: str) -> bool:
    """Whether ``code`` has ``trait``, marked on it, on a parent code or on its root."""
    return any(code[:n] in codes_with(trait) for n in range(3, len(code) + 1)) or code[:2] in roots_with(trait)


def cameo(code: str) -> CameoCode:
    """Look a CAMEO event code up; unknown codes raise ``KeyError`` naming the code."""
    codes = all_codes()
    try:
        return codes[code]
    except KeyError:
        key = str(code).strip()
        if key in codes:
            return codes[key]
        raise KeyError(
            f"unknown CAMEO event code {code!r}: expected a 2-4 digit code such as '0311' or '163'"
        ) from None


def fold_plover(label: str, code: str | None = None) -> str:
    """Map a PLOVER label, old or current, any case, to one of the 16 current types.

    ``YIELD`` is CONCEDE unless ``code`` is a CAMEO code that the table codes as RETREAT (084-087).
    Unknown labels raise ``ValueError``.
    """
    key = label.strip().upper()
    if key in PLOVER_QUAD:
        return key
    if key == "YIELD" and code is not None:
        entry = all_codes().get(code)
        if entry is not None and entry.plover in ("CONCEDE", "RETREAT"):
            return entry.plover
    try:
        return _OLD_PLOVER[key]
    except KeyError:
        raise ValueError(f"unknown PLOVER label {label!r}") from None


# CAMEO's own structure: the intent to do a cooperative act (03x) and the refusal of it (12x).
_INTENT = {"04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
           "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "08": "035", "081": "0351",
           "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
_REFUSAL = {"03": "120", "04": "125", "05": "127", "06": "121", "061": "1211", "062": "1212", "07": "122",
            "071": "1221", "072": "1222", "073": "1223", "074": "1224", "08": "124", "081": "1241", "082": "1242",
            "084": "1243", "085": "1244", "086": "1245", "087": "1246"}


_THREAT = {"14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
           "165": "135", "166": "136", "17": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
           "175": "137", "18": "1383", "19": "1384", "191": "1381", "192": "1382", "20": "1385"}


_DEMAND = {"03": "100", "04": "106", "05": "102", "06": "101", "061": "1011", "062": "1012", "063": "1013",
           "064": "1014", "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034", "08": "105",
           "081": "1051", "082": "1052", "083": "104", "084": "1053", "085": "1054", "086": "1055", "087": "1056"}


def demand_code(code: str) -> str:
    """"X must release the prisoners" (0841), said by Y, is Y's demand for a release (1053)."""
    return _DEMAND.get(code[:3]) or _DEMAND.get(code[:2]) or "100"


def threat_code(code: str) -> str | None:
    """"is prepared to impose martial law" (1724) is a threat to do so (1324)."""
    return _THREAT.get(code[:4]) or _THREAT.get(code[:3]) or _THREAT.get(code[:2])


def intent_code(code: str) -> str | None:
    """"will release the prisoners" (0841) is an expressed intent to release (0353)."""
    return _INTENT.get(code[:3]) or _INTENT.get(code[:2])


def refusal_code(code: str) -> str | None:
    """"will not lift the embargo" (085) is a refusal to ease sanctions (1244)."""
    return _REFUSAL.get(code[:3]) or _REFUSAL.get(code[:2])
