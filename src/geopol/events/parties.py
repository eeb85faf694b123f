"""The last word on an event's parties, once context has placed them: who counts.

Three conventions of exhaustive event coding (``EVENTS.md`` rules 1 and 9, CAMEO's own practice):

* a bare role that context could not place in a country ("rebels", "a suicide bomber", "the
  judge" in a sentence naming no state) names no actor an analyst can count: it stays as text,
  with ``code`` null, so it enters no count;
* a person acted on by a state or its own organs in a sentence about that state only ("Chilean
  police detained a man", "the army suspended a commander") is that state's: police, courts and
  armies act at home unless the sentence names another country;
* force used on a place ("shelled Fallujah") is used on the people or state there (rule 5);
* armed or political opposition with no country of its own that acts on a state's organs
  ("rebels agreed to talks with the Sudanese government") is that state's opposition.
"""

from __future__ import annotations

import dataclasses

from geopol.actors.kb import ISO_OF_CAMEO, iso_country
from geopol.events.extract import spans_overlap
from geopol.schema import Actor, Span
from geopol.where import lookup

# Force and coercion (CAMEO 17-20): done to a place, they are done to the people or state there.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
CAMEO_OF_ISO = {iso: cameo for cameo, iso in ISO_OF_CAMEO.items() if cameo != "GZS"}
# Roles that oppose a government: with no country of their own they are that government's.
OPPOSING_ROLES = frozenset({"REB", "OPP", "INS", "SEP", "RAD", "UAF"})
# A state's organs: what they act on at home is of their own country.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Heads of noun phrases that name one or more private people (not things, places or topics).
PERSON_NOUNS = frozenset(
    "man men woman women boy boys girl girls person persons individual individuals suspect suspects "
    "youth youths teenager teenagers challenger rival rivals opponent opponents critic detainee "
    "detainees prisoner prisoners inmate inmates commander commanders officer officers soldier "
    "activist activists journalist journalists lawyer lawyers candidate candidates member members "
    "leader deserter father mother son daughter brother sister husband wife "
    # people named by faith: those a state's organs act on at home are its own civilians
    "muslims christians hindus sikhs buddhists jews catholics protestants shiites sunnis monks nuns "
    "priests clerics worshippers pilgrims believers".split()
)


def bare_role(actor: Actor | None) -> bool:
    """A role with no country, IGO or name behind it ("MIL", "REB")."""
    return (actor is not None and actor.code is not None and actor.country is None
            and actor.kind != "igo" and actor.code == actor.role)


def settle(source: Actor, target: Actor | None, home: str | None, root: str = "",
           where: Span | None = None) -> tuple[Actor, Actor | None]:
    """``home`` is the one country the sentence names, if it names exactly one; ``root`` the
    event's CAMEO root; ``where`` the span of the place the act happens in ("in Harbin"), which
    stays a place reading and never becomes a party."""
    if (root in FORCE_ROOTS and target is not None and target.code is None
            and not (where is not None and spans_overlap(target.span, where))):
        # "shelled Fallujah", "raided Valparaiso": the place stands for the people or state there.
        there = lookup(target.text)
        if there is not None and there.country:
            target = _placed(target, CAMEO_OF_ISO.get(there.country, there.country), "")
    if target is not None and target.country and target.role in STATE_ORGANS and bare_role(source) \
            and source.role in OPPOSING_ROLES:
        source = _placed(source, (target.code or "")[:3])
    organ = source.role in STATE_ORGANS or (source.role is None and source.kind == "state")
    if (target is not None and home and source.country == iso_country(home) and organ
            and target.country is None and (target.code is None or bare_role(target)) and _person(target)):
        target = _placed(target, home, target.role or "CVL")
    if bare_role(source):
        source = dataclasses.replace(source, code=None)
    if bare_role(target):
        target = dataclasses.replace(target, code=None)
    return source, target


def _person(actor: Actor) -> bool:
    words = actor.text.split()
    # a one-word "person" may be a town the parser took for a name ("raided Jenin")
    return (actor.kind == "person" and len(words) >= 2 or actor.role is not None
            or bool(words) and words[-1].lower() in PERSON_NOUNS)


def _placed(actor: Actor, country: str, role: str | None = None) -> Actor:
    """``country`` is CAMEO's code (the actor code's prefix); the actor's ``country`` is ISO."""
    role = role or actor.role
    return dataclasses.replace(actor, code=country + (role or ""), country=iso_country(country), role=role)
