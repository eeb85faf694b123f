"""The sector of an event (energy, arms, military, trade, ...), from keywords and the CAMEO code.

The text is split into words once (one precompiled regex) and word n-grams are looked up in a
keyword dict, longest first, so "military aid" beats "aid" and "nuclear power plant" beats
"nuclear"; a big regex alternation was 3x slower. Each hit scores its
domain: 3 in the trigger, 1 elsewhere in the sentence, half that for the weak, ubiquitous
diplomacy/politics words so that a "summit" does not outvote the "gas deal" signed there. The
CAMEO code adds a prior (longest matching prefix of ``CAMEO_PRIOR``): weak for a root code,
worth one keyword for a finer code, and decisive when the words say nothing. Ties go to the more
specific sector (order of ``PRIORITY``).
"""

from __future__ import annotations

import re

from geopol.schema import DOMAINS

# Keyword families. "(a|b)" expands to alternatives and "word(s|ed)" to inflections at import.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "energy": (
        "gas", "natural gas", "gas supplies", "gas deal", "oil", "crude", "pipeline(s)", "LNG",
        "energy", "power plant(s)", "power station(s)", "nuclear power plant(s)",
        "nuclear power station(s)", "nuclear reactor(s)", "electricity", "Gazprom", "Rosneft",
        "Novatek", "Transneft", "Sinopec", "CNPC", "Nord Stream", "TurkStream", "South Stream",
        "Power of Siberia", "refinery", "refineries", "oilfield(s)", "oil field(s)", "gas field(s)",
        "barrels", "OPEC", "coal", "hydropower", "hydroelectric", "petroleum", "fuel",
    ),
    "arms": (
        "missile system(s)", "air defense system(s)", "air defence system(s)", "S-400", "S-300",
        "Su-35", "Su-30", "Su-27", "MiG-29", "F-35", "F-16", "F-15", "arms", "arms deal(s)",
        "arms sale(s)", "arms export(s)", "arms supplies", "weapons sale(s)", "weapons deal(s)",
        "weapons supplies", "sold weapons", "fighter jets", "warplanes", "helicopters", "howitzers",
        "ammunition", "Rosoboronexport", "defense contract(s)", "defence contract(s)",
        "military hardware", "military equipment", "submarine deal",
    ),
    "military": (
        "drill(s)", "military exercise(s)", "joint exercise(s)", "naval exercise(s)", "war games",
        "navy", "naval", "troop(s)", "soldier(s)", "warship(s)", "fleet", "air strike(s)",
        "airstrike(s)", "army", "armed forces", "military", "deploy(s|ed|ment)", "offensive",
        "shelling", "artillery", "bombers", "patrol(s|led)", "military aid", "military base(s)",
        "military cooperation", "defense minister", "defence minister", "ceasefire", "invasion",
        "invade(d)", "clashes", "battle", "frigate(s)", "destroyer(s)", "aircraft carrier(s)",
    ),
    "finance": (
        "loan(s)", "investment(s)", "invest(s|ed)", "bank", "banks", "bond(s)", "credit", "fund",
        "financing", "debt", "bailout", "currency swap", "IMF", "World Bank", "AIIB", "stake",
        "shares", "central bank", "yuan-denominated", "currency", "lend(s)", "lent",
        "sovereign wealth fund", "development bank", "Silk Road Fund",
    ),
    "infrastructure": (
        "rail", "railway(s)", "railroad", "high-speed", "port(s)", "bridge(s)", "highway(s)",
        "airport(s)", "infrastructure", "Belt and Road", "One Belt, One Road", "canal", "tunnel(s)",
        "dam(s)", "construction", "telecommunications", "5G", "road(s)", "seaport",
    ),
    "sanctions": (
        "sanction(s|ed|ing)", "embargo(es)", "blacklist(s|ed)", "asset freeze", "travel ban(s)",
        "restrictive measures", "export controls", "counter-sanctions", "countersanctions",
    ),
    "trade": (
        "trade", "tariff(s)", "export(s|ed)", "import(s|ed)", "free trade", "FTA", "WTO",
        "customs", "duties", "quota(s)", "dumping", "trade deal(s)", "trade war", "trade surplus",
        "trade deficit", "bilateral trade", "goods", "Eurasian Economic Union",
    ),
    "nuclear": (
        "nuclear test(s)", "nuclear weapon(s)", "nuclear program", "nuclear programme",
        "nuclear deal", "nuclear talks", "nuclear", "enrichment", "enriched uranium", "uranium",
        "warhead(s)", "ICBM(s)", "IAEA", "centrifuge(s)", "plutonium", "denuclearization",
        "denuclearisation", "JCPOA", "ballistic missile(s)", "non-proliferation",
    ),
    "humanitarian": (
        "humanitarian", "humanitarian aid", "aid", "refugee(s)", "displaced", "famine",
        "food aid", "relief", "asylum", "evacuat(e|ed|ion)", "aid convoy(s)", "UNHCR",
        "medical supplies", "disaster relief", "earthquake", "flood(s)",
    ),
    "legal": (
        "court(s)", "lawsuit(s)", "tribunal", "ICC", "ICJ", "arbitration", "ruling", "verdict",
        "judge(s)", "prosecutor(s)", "indict(ed|ment)", "trial", "extradit(e|ed|ion)", "sue(d)",
        "convicted", "sentenced", "legal action", "international law",
    ),
    "territory": (
        "sovereignty", "island(s)", "islets", "reef(s)", "shoal", "border dispute",
        "territorial dispute(s)", "territorial", "annex(ed|ation)", "disputed", "maritime claims",
        "occupied territories", "land reclamation", "artificial islands", "EEZ",
        "exclusive economic zone", "nine-dash line", "territorial waters", "West Bank",
        "settlement(s)", "border demarcation",
    ),
    "politics": (
        "election(s)", "vote", "voters", "parliament", "referendum", "coalition", "opposition",
        "resign(s|ed|ation)", "impeachment", "campaign", "ruling party", "cabinet", "protest(s|ers)",
        "demonstrat(ion|ions|ors)", "constitution", "coup",
    ),
    "security": (
        "terror(ism|ist|ists)", "terrorist attack(s)", "bombing(s)", "suicide bomber(s)",
        "militant(s)", "police", "arrest(s|ed)", "cyber", "cyberattack(s)", "hack(ed|ers|ing)",
        "intelligence", "counterterrorism", "counter-terrorism", "extremist(s)", "insurgent(s)",
        "kidnap(ped|ping)", "hostage(s)", "spy", "spies", "espionage", "Islamic State", "ISIS",
        "Taliban", "al Qaeda", "al-Qaeda", "piracy", "pirates", "tear gas",
    ),
    "diplomacy": (
        "talks", "summit", "visit(s|ed)", "meeting(s)", "negotiation(s)", "ambassador(s)",
        "embassy", "envoy(s)", "foreign minister(s)", "foreign ministry", "diplomatic",
        "diplomat(s)", "relations", "partnership", "memorandum", "strategic partnership",
        "treaty", "state visit", "bilateral ties", "dialogue", "consultations",
    ),
}
WEAK = frozenset({"diplomacy", "politics"})
PRIORITY: tuple[str, ...] = (
    "sanctions", "nuclear", "arms", "energy", "trade", "finance", "infrastructure", "territory",
    "humanitarian", "legal", "military", "security", "politics", "diplomacy",
)
# CAMEO prefix -> domain; the longest matching prefix wins.
CAMEO_PRIOR: dict[str, str] = {
    "01": "diplomacy", "02": "diplomacy", "03": "diplomacy", "0311": "trade", "0312": "military",
    "0313": "legal", "032": "diplomacy", "0331": "finance", "0332": "military",
    "0333": "humanitarian", "04": "diplomacy", "05": "diplomacy", "06": "diplomacy",
    "061": "trade", "062": "military", "063": "legal", "064": "security", "07": "humanitarian",
    "071": "finance", "072": "military", "073": "humanitarian", "074": "military",
    "075": "humanitarian", "08": "diplomacy", "081": "sanctions", "082": "politics",
    "083": "politics", "084": "security", "085": "sanctions", "087": "military", "09": "legal",
    "093": "military", "10": "diplomacy", "11": "diplomacy", "115": "legal", "12": "diplomacy",
    "13": "diplomacy", "1312": "sanctions", "137": "security", "138": "military",
    "139": "military", "14": "politics", "15": "military", "16": "sanctions", "161": "diplomacy",
    "162": "finance", "1622": "military", "1623": "humanitarian", "164": "diplomacy",
    "165": "diplomacy", "166": "diplomacy", "17": "security", "172": "sanctions",
    "18": "security", "19": "military", "20": "military",
}
TRIGGER_WEIGHT = 3.0
PRIOR_WEIGHT = 0.4  # a root-level prior breaks ties but loses to one sector keyword
SPECIFIC_PRIOR_WEIGHT = 1.0  # "163 impose embargo" is itself evidence
WEAK_FACTOR = 0.5

assert set(KEYWORDS) <= set(DOMAINS) and set(PRIORITY) == set(DOMAINS)
assert set(CAMEO_PRIOR.values()) <= set(DOMAINS)

_GROUP = re.compile(r"\(([^()]*)\)")


def _expand(pattern: str) -> list[str]:
    """"pipeline(s)" -> pipeline, pipelines; "evacuat(e|ed|ion)" -> evacuate, evacuated, ..."""
    m = _GROUP.search(pattern)
    if m is None:
        return [pattern]
    head, tail = pattern[: m.start()], pattern[m.end():]
    alts = m.group(1).split("|")
    if len(alts) == 1:  # "(s)": optional suffix
        alts = ["", alts[0]]
    out: list[str] = []
    for alt in alts:
        out.extend(_expand(head + alt + tail))
    return out


_WORD = re.compile(r"\w(?:[\w.-]*\w)?")


def _build() -> tuple[dict[tuple[str, ...], str], int]:
    table: dict[tuple[str, ...], str] = {}
    for domain, words in KEYWORDS.items():
        for w in words:
            for form in _expand(w):
                table.setdefault(tuple(_WORD.findall(form.lower())), domain)
    return table, max(len(k) for k in table)


_KEYWORD_DOMAIN, _MAX_N = _build()
_RANK = {d: i for i, d in enumerate(PRIORITY)}


def _prior(cameo: str) -> tuple[str, bool] | None:
    """Domain of the longest matching CAMEO prefix, and whether it is finer than the root."""
    for n in range(len(cameo), 1, -1):
        d = CAMEO_PRIOR.get(cameo[:n])
        if d:
            return d, n > 2
    return None


def _score(text: str, weight: float, scores: dict[str, float]) -> None:
    words = _WORD.findall(text.lower())
    i, n = 0, len(words)
    table = _KEYWORD_DOMAIN
    while i < n:
        for k in range(min(_MAX_N, n - i), 0, -1):
            d = table.get(tuple(words[i:i + k]))
            if d is not None:
                scores[d] = scores.get(d, 0.0) + weight * (WEAK_FACTOR if d in WEAK else 1.0)
                i += k
                break
        else:
            i += 1


def domain_of(cameo: str, sentence_text: str, trigger: str = "") -> str | None:
    """The event's sector, one of ``schema.DOMAINS``, or None when nothing points anywhere."""
    scores: dict[str, float] = {}
    _score(sentence_text, 1.0, scores)
    if trigger:
        _score(trigger, TRIGGER_WEIGHT, scores)
    prior = _prior(cameo or "")
    if prior:
        d, specific = prior
        scores[d] = scores.get(d, 0.0) + (SPECIFIC_PRIOR_WEIGHT if specific else PRIOR_WEIGHT)
    if not scores:
        return None
    return max(scores, key=lambda d: (scores[d], -_RANK[d]))
