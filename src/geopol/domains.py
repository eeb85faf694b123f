"""The sector of an event (energy, arms, military, trade, ...), from keywords and the CAMEO code.

The text is split into words once (one precompiled regex) and word n-grams are looked up in a
keyword dict, longest first, so "military aid" beats "aid" and "nuclear power plant" beats
"nuclear"; a big regex alternation was 3x slower. Each hit scores its
domain: 3 in the trigger, 1 elsewhere in the sentence, half that for the weak, ubiquitous
diplomacy/politics words so that a "summit" does not outvote the "gas deal" signed there. The
CAMEO code adds a prior (longest matching prefix of ``CAMEO_PRIOR``): weak for a root code,
worth one keyword for a finer code, and decisive when the words say nothing. Ties go to the more
specific sector (order of ``PRIORITY``). The keywords, weak sectors, priority and prior are data:
``data/domains.yaml``, checked when this module loads.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from geopol.schema import DOMAINS


class DomainDataError(ValueError):
    """data/domains.yaml is malformed; the message names the file and the entry."""


def _load(text: str, name: str = "domains.yaml") -> tuple[
    dict[str, tuple[str, ...]], frozenset[str], tuple[str, ...], dict[str, str]
]:
    """Read and check the sector table: keyword families, weak sectors, priority, CAMEO prior."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DomainDataError(f"{name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"keywords", "weak", "priority", "cameo_prior"}:
        raise DomainDataError(f"{name}: expected the sections keywords, weak, priority and cameo_prior")
    keywords: dict[str, tuple[str, ...]] = {}
    for domain, words in (data["keywords"] or {}).items():
        if domain not in DOMAINS:
            raise DomainDataError(f"{name}: keywords: {domain!r} is not a sector ({', '.join(DOMAINS)})")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise DomainDataError(f"{name}: keywords: {domain}: must be a non-empty list of words")
        keywords[domain] = tuple(words)
    weak = frozenset(data["weak"] or ())
    priority = tuple(data["priority"] or ())
    if not weak <= set(DOMAINS):
        raise DomainDataError(f"{name}: weak: unknown sector(s) {sorted(weak - set(DOMAINS))}")
    if sorted(priority) != sorted(DOMAINS):
        raise DomainDataError(f"{name}: priority must list every sector once ({', '.join(DOMAINS)})")
    prior: dict[str, str] = {}
    for code, domain in (data["cameo_prior"] or {}).items():
        code = str(code)
        if not re.fullmatch(r"\d{2,4}", code) or domain not in DOMAINS:
            raise DomainDataError(f"{name}: cameo_prior: {code!r}: {domain!r} needs a quoted CAMEO prefix and a sector")
        prior[code] = domain
    return keywords, weak, priority, prior


KEYWORDS, WEAK, PRIORITY, CAMEO_PRIOR = _load(
    resources.files("geopol").joinpath("data", "domains.yaml").read_text(encoding="utf-8")
)
TRIGGER_WEIGHT = 3.0
PRIOR_WEIGHT = 0.4  # a root-level prior breaks ties but loses to one sector keyword
SPECIFIC_PRIOR_WEIGHT = 1.0  # "163 impose embargo" is itself evidence
WEAK_FACTOR = 0.5

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
# The words a keyword starts with: a word that starts none is passed over without trying its n-grams.
_FIRST_WORDS = frozenset(k[0] for k in _KEYWORD_DOMAIN if k)
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
    table, first = _KEYWORD_DOMAIN, _FIRST_WORDS
    while i < n:
        if words[i] not in first:
            i += 1
            continue
        for k in range(min(_MAX_N, n - i), 0, -1):
            d = table.get(tuple(words[i:i + k]))
            if d is not None:
                scores[d] = scores.get(d, 0.0) + weight * (WEAK_FACTOR if d in WEAK else 1.0)
                i += k
                break
        else:
            i += 1


@lru_cache(maxsize=256)
def _sentence_scores(text: str) -> tuple[tuple[str, float], ...]:
    """The keyword scores of a sentence, read once for all the events it holds."""
    scores: dict[str, float] = {}
    _score(text, 1.0, scores)
    return tuple(scores.items())


def domain_of(cameo: str, sentence_text: str, trigger: str = "") -> str | None:
    """The event's sector, one of ``schema.DOMAINS``, or None when nothing points anywhere."""
    scores: dict[str, float] = dict(_sentence_scores(sentence_text))
    if trigger:
        _score(trigger, TRIGGER_WEIGHT, scores)
    prior = _prior(cameo or "")
    if prior:
        d, specific = prior
        scores[d] = scores.get(d, 0.0) + (SPECIFIC_PRIOR_WEIGHT if specific else PRIOR_WEIGHT)
    if not scores:
        return None
    return max(scores, key=lambda d: (scores[d], -_RANK[d]))
