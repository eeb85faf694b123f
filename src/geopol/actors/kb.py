"""The actor knowledge base: authored YAML tables -> validated, immutable entries.

Knowledge is data: countries, regions, IGOs, people (with terms of office), organisations and
generic agent words live in ``geopol/data/actors/*.yaml``. Users extend or override them with their
own files (``load_kb([Path("my_actors.yaml")])``); every file is checked at load time and errors
name the file and the entry, the way an analyst needs to fix a dictionary.

Coding conventions (documented here because they are decisions, not facts):

* Country codes are CAMEO's (ISO alpha-3 with CAMEO's exceptions: ROM Romania, TMP East Timor,
  MTN Montenegro, KSV Kosovo, PSE Palestine, VAT Holy See).
* IGO codes are the full KEDS/GDELT dictionary codes (``IGOEUREEC`` EU, ``IGOWSTNAT`` NATO,
  ``IGOUNO`` UN); role is ``None`` for IGOs, their code already says what they are.
* Capitals used as metonyms ("Beijing") code as the bare country (GDELT's convention); named seats
  of government ("Kremlin", "White House") code as ``XXXGOV``, the Pentagon as ``USAMIL``.
* Defence ministers and ministries code as ``MIL`` (one role per actor; CAMEO's ``GOVMIL`` does not
  fit the schema's single ``role``).
* People: inside a term the term's role applies; before their first listed term the first term's
  role (people rise through government before top posts); after or between terms ``ELI`` (CAMEO:
  former officials are elites) unless the entry sets ``outside``. With no date, the latest term.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from geopol.schema import KINDS, Kind

# libyaml's parser when PyYAML was built with it: the shipped tables load several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
SECTIONS: tuple[str, ...] = ("countries", "regions", "igos", "people", "organizations", "agents")
DEFAULT_FILES: tuple[str, ...] = tuple(f"{s}.yaml" for s in SECTIONS)

#: CAMEO role/type codes an entry may carry (primary, secondary, tertiary, international).
ROLES: frozenset[str] = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED "
    "REF MOD RAD IGO IMG INT MNC NGM NGO UIS PKO SET PTY REL".split()
)
# CAMEO's country codes where they depart from ISO 3166 alpha-3 (Kosovo has a user-assigned code).
# Actor codes keep CAMEO's ("ROMGOV"); an actor's ``country`` is ISO, as the gazetteer's and PLOVER's are.
ISO_OF_CAMEO = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "KSV": "XKX", "GZS": "PSE"}  # Gaza is in ISO's PSE


def iso_country(code: str | None) -> str | None:
    """The ISO alpha-3 code for a CAMEO country code (most are the same)."""
    return ISO_OF_CAMEO.get(code, code) if code else code


_CODE_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){0,4}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{3}$")


class ActorDataError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Term:
    """One term of office (or period of a role). ``end`` is exclusive; ``None`` means ongoing."""

    role: str | None
    start: str | None = None
    end: str | None = None
    title: str | None = None
    code: str | None = None

    def covers(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence showing how an entry resolves: ``phrase`` in ``text`` codes as ``code`` on ``date``."""

    text: str
    phrase: str
    code: str | None
    date: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One knowledge-base actor: a name, its fixed code parts, and the words that refer to it.

    ``category`` is the section it came from (countries, seats, regions, igos, people,
    organizations, agents). Agents carry only a ``role`` (and a ``kind``): they combine with a
    country found elsewhere in the phrase.
    """

    name: str
    code: str | None
    country: str | None
    role: str | None
    kind: Kind | None
    terms: tuple[Term, ...] = ()
    aliases: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    category: str = ""
    outside: str | None = None
    origin: str = field(default="", compare=False)

    @property
    def named(self) -> bool:
        """True for a specific actor (person, organisation, IGO, seat), not a country or role word."""
        return self.category in ("people", "organizations", "igos", "seats")


def _iso(value: Any, where: str, key: str) -> str | None:
    """Dates may be YAML dates or ISO strings; store ISO ``YYYY-MM-DD`` strings."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ActorDataError(f"{where}: '{key}' is not an ISO date (YYYY-MM-DD): {value!r}")


def day_of(date: str | None) -> str | None:
    """Normalise a possibly partial ISO date to a comparable day (mid-period for year/month), read
    by :mod:`geopol.dates`; None when it is not a date."""
    from geopol.dates import precision, to_date

    day, kind = to_date(date), precision(date)
    if day is None or kind is None:
        return None
    if kind == "year":
        return f"{day.year:04d}-07-01"
    if kind == "month":
        return f"{day.year:04d}-{day.month:02d}-15"
    return day.isoformat()


def _strs(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ActorDataError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


# Every entry may carry ``examples``: sentences that show how it resolves, run as tests
# (tests/actors/test_examples.py) so the knowledge documents itself and cannot drift.
_EXAMPLE_KEYS = frozenset({"text", "phrase", "code", "date"})
_ALLOWED: dict[str, frozenset[str]] = {
    "countries": frozenset(
        "name short code aliases exact demonyms capitals seats case_sensitive type".split()
    ),
    "regions": frozenset("name short code aliases exact case_sensitive type".split()),
    "igos": frozenset("name code country aliases exact case_sensitive kind role type".split()),
    "people": frozenset("name aliases exact country roles outside kind type".split()),
    "organizations": frozenset(
        "name code country role kind aliases exact case_sensitive terms type".split()
    ),
    "agents": frozenset("name role kind aliases exact type".split()),
}


class _Entry:
    """Validation helpers bound to one raw entry, so every error names file and entry."""

    def __init__(self, fname: str, index: int, raw: Any, section: str) -> None:
        label = raw.get("name") if isinstance(raw, dict) else None
        self.where = f"{fname}: entry {index}" + (f" ({label})" if label else "")
        if not isinstance(raw, dict):
            raise ActorDataError(f"{self.where}: must be a mapping, got {type(raw).__name__}")
        unknown = set(raw) - _ALLOWED[section] - {"examples"}
        if unknown:
            raise ActorDataError(f"{self.where}: unknown field(s) {sorted(unknown)} for {section}")
        self.raw = raw
        self.origin = self.where
        self.examples = self._examples(raw.get("examples"))

    def _examples(self, raw: Any) -> tuple[Example, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            raise ActorDataError(f"{self.where}: 'examples' must be a non-empty list of {{text, phrase, code}}")
        out = []
        for i, ex in enumerate(raw, 1):
            w = f"{self.where} examples[{i}]"
            if not isinstance(ex, dict) or set(ex) - _EXAMPLE_KEYS or not {"text", "phrase", "code"} <= set(ex):
                raise ActorDataError(f"{w}: must be a mapping of text, phrase, code (and an optional date)")
            text, phrase, code = ex["text"], ex["phrase"], ex["code"]
            if not isinstance(text, str) or not isinstance(phrase, str) or phrase not in text:
                raise ActorDataError(f"{w}: 'phrase' must be a part of 'text'")
            if code is not None and (not isinstance(code, str) or not _CODE_RE.match(code)):
                raise ActorDataError(f"{w}: 'code' must be an upper-case CAMEO code or null, got {code!r}")
            out.append(Example(text, phrase, code, _iso(ex.get("date"), w, "date"), self.where))
        return tuple(out)

    def req(self, key: str) -> Any:
        if self.raw.get(key) in (None, "", []):
            raise ActorDataError(f"{self.where}: missing '{key}'")
        return self.raw[key]

    def text(self, key: str, required: bool = False) -> str | None:
        v = self.req(key) if required else self.raw.get(key)
        if v is None:
            return None
        if not isinstance(v, str):
            raise ActorDataError(f"{self.where}: '{key}' must be a string, got {v!r}")
        return v.strip()

    def code(self, key: str, required: bool = False, country: bool = False) -> str | None:
        v = self.text(key, required)
        if v is None:
            return None
        pattern = _COUNTRY_RE if country else _CODE_RE
        if not pattern.match(v):
            what = "a 3-letter upper-case country code" if country else "an upper-case CAMEO code"
            raise ActorDataError(f"{self.where}: '{key}' must be {what}, got {v!r}")
        return v

    def role(self, key: str = "role", required: bool = False, raw: Mapping | None = None) -> str | None:
        src = self.raw if raw is None else raw
        v = src.get(key)
        if v is None:
            if required:
                raise ActorDataError(f"{self.where}: missing '{key}'")
            return None
        if v not in ROLES:
            raise ActorDataError(f"{self.where}: unknown role {v!r} (CAMEO roles: {' '.join(sorted(ROLES))})")
        return v

    def kind(self, default: Kind | None) -> Kind | None:
        v = self.raw.get("kind", default)
        if v is not None and v not in KINDS:
            raise ActorDataError(f"{self.where}: kind must be one of {KINDS}, got {v!r}")
        return v

    def names(self, *keys: str) -> tuple[str, ...]:
        out: list[str] = []
        for k in keys:
            out.extend(_strs(self.raw.get(k), self.where, k))
        return tuple(out)

    def exact(self, aliases: tuple[str, ...], all_exact: bool = False) -> tuple[str, ...]:
        if all_exact or self.raw.get("case_sensitive"):
            return aliases
        return _strs(self.raw.get("exact"), self.where, "exact")

    def terms(self, key: str, country: str | None, need_role: bool) -> tuple[Term, ...]:
        raw = self.raw.get(key)
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            raise ActorDataError(f"{self.where}: '{key}' must be a non-empty list of terms")
        out = []
        for i, t in enumerate(raw, 1):
            w = f"{self.where} {key}[{i}]"
            if not isinstance(t, dict):
                raise ActorDataError(f"{w}: must be a mapping")
            extra = set(t) - {"role", "title", "start", "end", "code"}
            if extra:
                raise ActorDataError(f"{w}: unknown field(s) {sorted(extra)}")
            role = self.role(raw=t, required=need_role and not t.get("code"))
            code = t.get("code")
            if code is not None and (not isinstance(code, str) or not _CODE_RE.match(code)):
                raise ActorDataError(f"{w}: 'code' must be an upper-case CAMEO code, got {code!r}")
            start, end = _iso(t.get("start"), w, "start"), _iso(t.get("end"), w, "end")
            if start and end and end < start:
                raise ActorDataError(f"{w}: end {end} is before start {start}")
            title = t.get("title")
            out.append(Term(role=role, start=start, end=end, title=title, code=code))
        out.sort(key=lambda t: t.start or "")
        return tuple(out)


def _country_entries(e: _Entry) -> list[ActorEntry]:
    name = e.text("name", required=True)
    code = e.code("code", required=True, country=True)
    assert name is not None
    demonyms = e.names("demonyms")
    plurals = tuple(d + "s" for d in demonyms if not d.endswith(("s", "sh", "ch", "ese", "x", "z", "'s")))
    aliases = tuple(dict.fromkeys((name, *e.names("aliases"), *demonyms, *plurals, *e.names("capitals"))))
    exact = e.exact(aliases)
    exact = (*exact, *(d + "s" for d in demonyms if d in exact and d + "s" in plurals))
    out = [
        ActorEntry(name, code, code, None, "state", aliases=aliases, exact=exact,
                   category="countries", origin=e.origin)
    ]
    seats = e.raw.get("seats") or {}
    if not isinstance(seats, dict):
        raise ActorDataError(f"{e.where}: 'seats' must map a place name to a role, e.g. {{Kremlin: GOV}}")
    for seat, role in seats.items():
        if role not in ROLES:
            raise ActorDataError(f"{e.where}: seat {seat!r} has unknown role {role!r}")
        out.append(
            ActorEntry(str(seat), f"{code}{role}", code, role, "state", aliases=(str(seat),),
                       category="seats", origin=e.origin)
        )
    return out


def _region_entries(e: _Entry) -> list[ActorEntry]:
    name = e.text("name", required=True)
    code = e.code("code", required=True, country=True)
    assert name is not None
    aliases = (name, *e.names("aliases"))
    return [ActorEntry(name, code, code, None, None, aliases=aliases, exact=e.exact(aliases),
                       category="regions", origin=e.origin)]


def _igo_entries(e: _Entry) -> list[ActorEntry]:
    name = e.text("name", required=True)
    assert name is not None
    aliases = (name, *e.names("aliases"))
    # An IGO belongs to no one state: its events carry the IGO code and no country, as in GDELT and
    # the PLOVER gold data. The region in the file is validated but not used as a country.
    e.code("country", country=True)
    return [
        ActorEntry(name, e.code("code", required=True), None, e.role(),
                   e.kind("igo"), aliases=aliases, exact=e.exact(aliases), category="igos",
                   origin=e.origin)
    ]


def _person_entries(e: _Entry) -> list[ActorEntry]:
    name = e.text("name", required=True)
    country = e.code("country", required=True, country=True)
    e.req("roles")
    assert name is not None
    terms = e.terms("roles", country, need_role=True)
    aliases = tuple(dict.fromkeys(a for n in (name, *e.names("aliases")) for a in _article_forms(n)))
    # Person names are proper nouns: match them case-sensitively ("Moon" is not "moon").
    return [
        ActorEntry(name, None, country, None, e.kind("person"), terms=terms, aliases=aliases,
                   exact=aliases, category="people", outside=e.role("outside") or "ELI",
                   origin=e.origin)
    ]


_ARTICLE_RE = re.compile(r"\b([Aa]l|[Ee]l)[- ](?=[A-Z])")


_JOINED_RE = re.compile(r"(?<=[a-z])-(?=[A-Z])")


def _article_forms(name: str) -> tuple[str, ...]:
    """A name with the Arabic article in every spelling news uses ("al-Thani", "Al Thani", "Al-Thani"),
    and with its joined parts apart ("Abdul-Mahdi", "Abdul Mahdi")."""
    if _JOINED_RE.search(name):
        return tuple(dict.fromkeys((*_article_forms(_JOINED_RE.sub(" ", name)), name)))
    if not _ARTICLE_RE.search(name):
        return (name,)
    forms = [name]
    for sep in ("-", " "):
        for cap in (False, True):
            forms.append(_ARTICLE_RE.sub(
                lambda m, sep=sep, cap=cap: (m.group(1).capitalize() if cap else m.group(1).lower()) + sep, name))
    return tuple(dict.fromkeys(forms))


def _org_entries(e: _Entry) -> list[ActorEntry]:
    name = e.text("name", required=True)
    assert name is not None
    code, role = e.code("code"), e.role()
    terms = e.terms("terms", e.code("country", country=True), need_role=False)
    if code is None and role is None and not terms:
        raise ActorDataError(f"{e.where}: missing 'code' (or a 'role' for a generic body)")
    aliases = (name, *e.names("aliases"))
    return [
        ActorEntry(name, code, e.code("country", country=True), role, e.kind("organization"),
                   terms=terms, aliases=aliases, exact=e.exact(aliases), category="organizations",
                   origin=e.origin)
    ]


def _agent_entries(e: _Entry) -> list[ActorEntry]:
    name = e.text("name", required=True)
    assert name is not None
    aliases = (name, *e.names("aliases"))
    return [
        ActorEntry(name, None, None, e.role(required=True), e.kind("group"), aliases=aliases,
                   exact=e.exact(aliases), category="agents", origin=e.origin)
    ]


_BUILDERS = {
    "countries": _country_entries,
    "regions": _region_entries,
    "igos": _igo_entries,
    "people": _person_entries,
    "organizations": _org_entries,
    "agents": _agent_entries,
}


def _read(path: Path) -> list[tuple[str, Any]]:
    """Return ``(section, raw_entry)`` pairs from one file, whatever layout it uses."""
    fname = path.name
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except OSError as exc:
        raise ActorDataError(f"{fname}: cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ActorDataError(f"{fname}: invalid YAML: {exc}") from exc
    except ValueError as exc:  # YAML's own date parsing ("2015-13-01")
        raise ActorDataError(f"{fname}: invalid date or value: {exc}") from exc
    if data is None:
        return []
    if isinstance(data, dict):
        bad = set(data) - set(SECTIONS)
        if bad:
            raise ActorDataError(f"{fname}: unknown section(s) {sorted(bad)}; use {list(SECTIONS)}")
        pairs: list[tuple[str, Any]] = []
        for sec in SECTIONS:
            items = data.get(sec) or []
            if not isinstance(items, list):
                raise ActorDataError(f"{fname}: section '{sec}' must be a list")
            pairs.extend((sec, x) for x in items)
        return pairs
    if isinstance(data, list):
        default = path.stem if path.stem in SECTIONS else None
        pairs = []
        for i, x in enumerate(data, 1):
            sec = x.get("type", default) if isinstance(x, dict) else default
            if sec not in SECTIONS:
                label = x.get("name") if isinstance(x, dict) else None
                raise ActorDataError(
                    f"{fname}: entry {i}" + (f" ({label})" if label else "")
                    + f": needs 'type' (one of {list(SECTIONS)}) or a file named <section>.yaml"
                )
            pairs.append((sec, x))
        return pairs
    raise ActorDataError(f"{fname}: top level must be a list of entries or a mapping of sections")


class KnowledgeBase:
    """Immutable set of actor entries plus the alias table the resolver compiles.

    Entries are keyed by (category, name): a later file's entry with the same name replaces the
    earlier one wholesale (aliases included), which is how users override a default.
    """

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        by_key: dict[tuple[str, str], ActorEntry] = {}
        for ent in entries:
            by_key[(_group(ent.category), ent.name.casefold())] = ent
        self.entries: tuple[ActorEntry, ...] = tuple(by_key.values())
        self._by_name: dict[str, ActorEntry] = {}
        for ent in self.entries:
            self._by_name.setdefault(ent.name.casefold(), ent)
        self.country_names: dict[str, str] = {
            e.code: e.name for e in self.entries if e.category in ("countries", "regions") and e.code
        }

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, name: str) -> ActorEntry | None:
        """The entry with this canonical name (case-insensitive), if any."""
        return self._by_name.get(name.casefold())

    def aliases(self) -> Iterable[tuple[str, bool, int]]:
        """``(alias, case_sensitive, entry_index)`` for every alias; later entries win on clashes.
        A named body's acronym of four to six letters is also matched as a word in title case, as
        much of the press writes them ("Nato", "Farc", "Unicef")."""
        for i, ent in enumerate(self.entries):
            exact = set(ent.exact)
            for a in ent.aliases:
                caps = _all_caps(a)
                yield a, a in exact or caps, i
                if caps and ent.category in ("igos", "organizations") and a.isalpha() and 4 <= len(a) \
                        and a.title() not in _WORDLIKE:
                    yield a.title(), True, i

    def code_at(self, entry: ActorEntry, date: str | None = None) -> tuple[str | None, str | None]:
        """Code and role of ``entry`` on ``date`` (ISO, possibly partial), honouring terms."""
        if not entry.terms:
            code = entry.code
            if code is None and entry.role is not None:
                code = (entry.country or "") + entry.role
            return code, entry.role
        day = day_of(date)
        term: Term | None = None
        role: str | None
        if day is None:
            term = entry.terms[-1]
        else:
            term = next((t for t in reversed(entry.terms) if t.covers(day)), None)
            if term is None:
                first = entry.terms[0]
                if first.start is not None and day < first.start:
                    term = first
                elif entry.outside is not None:
                    role = entry.outside
                    return (entry.country or "") + role, role
                else:  # nearest term for organisations without an explicit outside role
                    term = min(entry.terms, key=lambda t: _distance(t, day))
        role = term.role
        if term.code:
            return term.code, role
        return (entry.country or "") + (role or ""), role


# Acronyms whose title-case form is a common word or name ("PLAN" the Chinese navy, not "Plan").
_WORDLIKE = frozenset({"Plan", "Mend", "Amis", "Alba", "Sana", "Kuna"})


def _group(category: str) -> str:
    # Seats are generated from countries: overriding a country replaces its seats too.
    return "countries" if category == "seats" else category


def _all_caps(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _distance(term: Term, day: str) -> int:
    d = _dt.date.fromisoformat(day)
    s = _dt.date.fromisoformat(term.start) if term.start else _dt.date.min
    e = _dt.date.fromisoformat(term.end) if term.end else _dt.date.max
    return 0 if s <= d < e else min(abs((d - s).days), abs((d - e).days))


def read_entries(path: Path) -> list[ActorEntry]:
    """Parse and validate one YAML file into entries (errors name file and entry)."""
    out: list[ActorEntry] = []
    seen: dict[tuple[str, str], int] = {}
    for i, (section, raw) in enumerate(_read(path), 1):
        e = _Entry(path.name, i, raw, section)
        built = _BUILDERS[section](e)
        key = (section, built[0].name.casefold())
        if key in seen:
            raise ActorDataError(f"{e.where}: duplicate name, already entry {seen[key]}")
        seen[key] = i
        out.extend(built)
    return out


@lru_cache(maxsize=1)
def _default_entries() -> tuple[ActorEntry, ...]:
    out: list[ActorEntry] = []
    for fname in DEFAULT_FILES:
        out.extend(read_entries(DATA_DIR / fname))
    return tuple(out)


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    """The examples of every shipped entry, validated (each names its file and entry)."""
    out: list[Example] = []
    for fname in DEFAULT_FILES:
        for i, (section, raw) in enumerate(_read(DATA_DIR / fname), 1):
            out.extend(_Entry(fname, i, raw, section).examples)
    return tuple(out)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country and region code -> the name a report uses: the entry's ``short`` ("the US"), else
    its ``name``, from the shipped countries.yaml and regions.yaml."""
    out: dict[str, str] = {}
    for fname in ("countries.yaml", "regions.yaml"):
        for section, raw in _read(DATA_DIR / fname):
            if section in ("countries", "regions") and isinstance(raw, dict) and raw.get("code"):
                out.setdefault(str(raw["code"]), str(raw.get("short") or raw["name"]))
    return out


@lru_cache(maxsize=8)
def _cached_kb(extra: tuple[Path, ...]) -> KnowledgeBase:
    entries = list(_default_entries())
    for p in extra:
        entries.extend(read_entries(p))
    return KnowledgeBase(entries)


def load_kb(extra: Sequence[Path | str] = ()) -> KnowledgeBase:
    """The default knowledge base, extended/overridden by ``extra`` user files (in order)."""
    paths = tuple(Path(p).resolve() for p in extra)
    if not paths:
        return _cached_kb(())
    for p in paths:
        if not p.is_file():
            raise ActorDataError(f"{p.name}: no such actor file: {p}")
    # User files may change between calls: only the defaults are cached.
    return KnowledgeBase([*_default_entries(), *(e for p in paths for e in read_entries(p))])


@lru_cache(maxsize=1)
def region_codes() -> frozenset[str]:
    """CAMEO's region codes (MEA, AFR, WST ...), which an actor's ``country`` may hold: a region
    names no state whose organs act in it."""
    return frozenset(e.code for e in _default_entries() if e.category == "regions" and e.code)
