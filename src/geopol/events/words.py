"""Word classes the extractor's rules test lemmas against, loaded from ``data/words.yaml``.

Each class is a named, documented closed list ("binding_verbs": order, force, compel, ...). The
rules bind the ones they use to module constants here at import time (a frozenset each, so a
test in a hot loop is one set lookup); construction patterns refer to a class by name
(``word_class("binding_verbs")``, ``$binding_verbs`` in a pattern).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_FIELDS = frozenset({"why", "words", "include"})
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: loads at import


class WordsError(ValueError):
    """A word-class file that cannot be used; the message names the file and the class."""


def parse_words(data: Any, name: str) -> dict[str, frozenset[str]]:
    """Validate one parsed YAML document of word classes; ``name`` prefixes error messages."""
    if not isinstance(data, Mapping) or not data:
        raise WordsError(f"{name}: expected a mapping of word classes (name: {{why, words}})")
    raw: dict[str, tuple[list[str], list[str]]] = {}
    for key, entry in data.items():
        where = f"{name}: {key}"
        if not isinstance(key, str) or not _NAME.match(key):
            raise WordsError(f"{name}: class name {key!r} must be snake_case (a-z, 0-9, _)")
        if not isinstance(entry, Mapping):
            raise WordsError(f"{where}: expected a mapping with why and words")
        unknown = sorted(set(entry) - _FIELDS)
        if unknown:
            raise WordsError(f"{where}: unknown field {unknown[0]!r} (allowed: {', '.join(sorted(_FIELDS))})")
        why = entry.get("why")
        if not isinstance(why, str) or not why.strip():
            raise WordsError(f"{where}: needs a one-line 'why' (what its words have in common)")
        words = entry.get("words")
        if not isinstance(words, list) or not words:
            raise WordsError(f"{where}: words must be a non-empty list")
        for w in words:
            if not isinstance(w, str):
                raise WordsError(f"{where}: {w!r} is not a word (quote it: YAML reads on/off/no as booleans)")
            if not w or w != w.strip().lower():
                raise WordsError(f"{where}: {w!r} must be a lowercase word without spaces around it")
        dupes = sorted({w for w in words if words.count(w) > 1})
        if dupes:
            raise WordsError(f"{where}: {dupes[0]!r} is listed twice")
        include = entry.get("include") or []
        if not isinstance(include, list) or not all(isinstance(i, str) for i in include):
            raise WordsError(f"{where}: include must be a list of class names")
        raw[key] = (words, include)
    out: dict[str, frozenset[str]] = {}

    def resolve(key: str, path: tuple[str, ...]) -> frozenset[str]:
        if key in out:
            return out[key]
        words, include = raw[key]
        found = set(words)
        for other in include:
            if other not in raw:
                raise WordsError(f"{name}: {key}: includes unknown class {other!r}")
            if other in path:
                raise WordsError(f"{name}: {key}: includes itself through {' -> '.join([*path, other])}")
            found |= resolve(other, (*path, other))
        out[key] = frozenset(found)
        return out[key]

    for key in raw:
        resolve(key, (key,))
    return {key: out[key] for key in raw}


def load_words(path: Path | str | None = None) -> dict[str, frozenset[str]]:
    """The word classes of a file (the packaged ``words.yaml`` by default), validated."""
    if path is None:
        name, text = "words.yaml", resources.files("geopol").joinpath("data", "words.yaml").read_text(encoding="utf-8")
    else:
        name, text = Path(path).name, Path(path).read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise WordsError(f"{name}: not valid YAML: {exc}") from exc
    return parse_words(data, name)


#: Every packaged word class by name.
WORDS: Mapping[str, frozenset[str]] = MappingProxyType(load_words())


def word_class(name: str) -> frozenset[str]:
    """One packaged word class by name; an unknown name is a clear error."""
    try:
        return WORDS[name]
    except KeyError:
        raise KeyError(f"unknown word class {name!r} (words.yaml has {len(WORDS)}: {', '.join(sorted(WORDS))})") \
            from None


# The object word triggers.yaml uses for any people named by nationality ("seized two Americans").
PEOPLE_OBJECT = "person"

# The classes the extractor's rules use, bound once at import.
RELATION_NOUNS = word_class("relation_nouns")
ADJECTIVE_TITLES = word_class("adjective_titles")
PARTNER_NOUNS = word_class("partner_nouns")
DEMANDING_VERBS = word_class("demanding_verbs")
ACCUSING_VERBS = word_class("accusing_verbs")
PUNISHING_VERBS = word_class("punishing_verbs")
CHARGE_NOUNS = word_class("charge_nouns")
PERPETRATING_VERBS = word_class("perpetrating_verbs")
CHARGE_PREPS = word_class("charge_preps")
SENTENCING_VERBS = word_class("sentencing_verbs")
FACING_VERBS = word_class("facing_verbs")
SHARED_SUBJECT_PREPS = word_class("shared_subject_preps")
COPULAS = word_class("copulas")
PARTICIPATION_VERBS = word_class("participation_verbs")
JOINT_WORDS = word_class("joint_words")
JOINT_FORCE_NOUNS = word_class("joint_force_nouns")
EXERCISE_WORDS = word_class("exercise_words")
MEMBERSHIP_PREPS = word_class("membership_preps")
QUANTITY_HEADS = word_class("quantity_heads")
RELATIVE_PRONOUNS = word_class("relative_pronouns")
SPEAKER_PRONOUNS = word_class("speaker_pronouns")
FIRST_PERSON_PRONOUNS = word_class("first_person_pronouns")
ANTECEDENT_PRONOUNS = word_class("antecedent_pronouns")
PRONOUNS_SINGULAR = word_class("pronouns_singular")
PRONOUNS_PLURAL = word_class("pronouns_plural")
PLURAL_ANAPHORA = word_class("plural_anaphora")
GROUP_ANAPHORA = word_class("group_anaphora")
TITLE_NOUNS = word_class("title_nouns")
INNER_PREPS = word_class("inner_preps")
OWNER_PREPS = word_class("owner_preps")
NON_ARGUMENT_PREPS = word_class("non_argument_preps")
PARTICIPANT_PREPS = word_class("participant_preps")
PLACE_NOUNS = word_class("place_nouns")
LOCATIVE_PREPS = word_class("locative_preps")
PUNITIVE_NOUNS = word_class("punitive_nouns")
SUFFERING_VERBS = word_class("suffering_verbs")
CASUALTY_VERBS = word_class("casualty_verbs")
CUSTODY_NOUNS = word_class("custody_nouns")
OWN_STATE_NOUNS = word_class("own_state_nouns")
COLLECTIVE_NOUNS = word_class("collective_nouns")
KIN_OF_THINGS = word_class("kin_of_things")
GROWTH_NOUNS = word_class("growth_nouns")
MEMBER_WORDS = word_class("member_words")
POSSESSIVE_PRONOUNS = word_class("possessive_pronouns")
WARNING_VERBS = word_class("warning_verbs")
STATE_ONLY_VERBS = word_class("state_only_verbs")
THREAT_WORDS = word_class("threat_words")
PAID_WORDS = word_class("paid_words")
ECONOMIC_NOUNS = word_class("economic_nouns")
EFFORT_WORDS = word_class("effort_words")
CONTENT_VERBS = word_class("content_verbs")
RECEIVING_VERBS = word_class("receiving_verbs")
UNDERGOING_VERBS = word_class("undergoing_verbs")
RESPONSE_VERBS = word_class("response_verbs")
YIELDING_VERBS = word_class("yielding_verbs")
BEHEST_NOUNS = word_class("behest_nouns")
STANCE_PARTICIPLES = word_class("stance_participles")
CONTAINER_NOUNS = word_class("container_nouns")
RELATIONAL_PEOPLE = word_class("relational_people")
SUPPOSING_VERBS = word_class("supposing_verbs")
PEER_NOUNS = word_class("peer_nouns")
CULPABLE_WORDS = word_class("culpable_words")
SPONSOR_PARTICIPLES = word_class("sponsor_participles")
PROPOSAL_NOUNS = word_class("proposal_nouns")
REJECTED_THINGS = word_class("rejected_things")
AUTHORED_THINGS = word_class("authored_things")
ISSUING_PARTICIPLES = word_class("issuing_participles")
STATE_COLLECTIVES = word_class("state_collectives")
HELD_PEOPLE = word_class("held_people")
WEAPON_NOUNS = word_class("weapon_nouns")
BLAST_NOUNS = word_class("blast_nouns")
POSTING_PASSIVES = word_class("posting_passives")
STATIVE_PASSIVES = word_class("stative_passives")
RAISING_PASSIVES = word_class("raising_passives")
ASPECT_VERBS = word_class("aspect_verbs")
PROXY_NOUNS = word_class("proxy_nouns")
CONDITION_MARKS = word_class("condition_marks")
TIME_POINTS = word_class("time_points")
PATIENT_NOUNS = word_class("patient_nouns")
HARM_NOUNS = word_class("harm_nouns")
HAPPENING_VERBS = word_class("happening_verbs")
MEETING_OUTCOME_VERBS = word_class("meeting_outcome_verbs")
VOICED_NOUNS = word_class("voiced_nouns")
COMMITMENT_WORDS = word_class("commitment_words")
TOLL_PARTICIPLES = word_class("toll_participles")
DENYING_VERBS = word_class("denying_verbs")
CLAIM_NOUNS = word_class("claim_nouns")
CLAIMING_VERBS = word_class("claiming_verbs")
SEVERAL_PARTY_WORDS = word_class("several_party_words")
SCENE_PREPOSITIONS = word_class("scene_prepositions")
NECESSITY_VERBS = word_class("necessity_verbs")
LASTING_CONFLICT_NOUNS = word_class("lasting_conflict_nouns")
OUTBREAK_VERBS = word_class("outbreak_verbs")
MEETING_NOUNS = word_class("meeting_nouns")
HAPPENING_MODIFIERS = word_class("happening_modifiers")
OCCURRENCE_NOUNS = word_class("occurrence_nouns")
OCCASION_NOUNS = word_class("occasion_nouns")
PAIR_QUANTIFIERS = word_class("pair_quantifiers")
OBJECT_PRONOUNS = word_class("object_pronouns")
PERSON_PRONOUNS = word_class("person_pronouns")
RECIPROCAL_PRONOUNS = word_class("reciprocal_pronouns")
RECIPROCAL_DETERMINERS = word_class("reciprocal_determiners")
POSSESSIVE_DETERMINERS = word_class("possessive_determiners")
UNDER_WAY_WORDS = word_class("under_way_words")
LIGHT_MATRIX_VERBS = word_class("light_matrix_verbs")
INSTRUMENT_PREPS = word_class("instrument_preps")
MARKET_NOUNS = word_class("market_nouns")
ALLEGIANCE_MODIFIERS = word_class("allegiance_modifiers")
MILITARY_MEANS = word_class("military_means")
SPORT_WORDS = word_class("sport_words")
ANSWERED_CLAIMS = word_class("answered_claims")
ANSWERED_CALLS = word_class("answered_calls")
ANSWERED_OFFERS = word_class("answered_offers")
ANSWERED_DECISIONS = word_class("answered_decisions")
ANSWERED_AGREEMENTS = word_class("answered_agreements")
ANSWERED_FORCE = word_class("answered_force")
