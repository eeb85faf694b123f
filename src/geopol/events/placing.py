"""Where an act happens and which country the roles that do it and suffer it take there.

A bare role ("police", "rebels", "the ministry") names no country; left so it counts for no one.
The text places it (EVENTS.md rules 1 and 9): the place of the act ("in Kano"), the one country
its sentence is about, the country the story is filed from (its dateline), the one country the
story names. The pipeline reads the sentence's country and the dateline; ``placed`` applies them.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span

from geopol.actors.kb import iso_country, region_codes
from geopol.actors.resolve import alien, localize, mentions_from
from geopol.events.codes import (
    CIVILIAN_ROLE,
    CRIMINAL_ROLE,
    DEPORT_CODE,
    FORCE_ROOTS,
    OPPOSING_ROLES,
    RELEASE_CODE,
    STATE_ORGANS,
    THREAT_ROOT,
    VIOLENT_ROOTS,
)
from geopol.events.context import Candidate, DocContext
from geopol.events.tree import border_landmark
from geopol.schema import Actor
from geopol.where import LOCATIVE


def placed(cand: Candidate, home: str | None, where: str | None, code: str,
           filed_in: str | None = None, ground: str | None = None,
           venue: tuple[int, int] | None = None) -> tuple[Actor, Actor | None]:
    """The event's actors placed by context: bare roles in the one country their sentence names,
    then in the country where the act happens; unidentified attackers where they struck. Attackers
    of foreigners, where the sentence names no place, are of the country the story is filed from.
    ``ground`` is the one country the sentence's places (not its actors) lie in.
    ``venue`` is the span of the place the act happens in."""
    cand = _unplaced_by_venue(cand, code, venue)
    regions = region_codes()
    if where in regions:
        where = None  # "police across Africa": a region is no state whose organs act there
    if filed_in and where is None and (code[:2] in FORCE_ROOTS or code[:2] == THREAT_ROOT) \
            and cand.target is not None and cand.target.country and cand.target.country != iso_country(filed_in):
        # "BAGHDAD - Kidnappers seized two Americans", "... threatened to kill a Briton": attackers
        # of foreigners (and those who threaten them) are of the country the story is filed from,
        # not of the one their victims come from.
        cand = dataclasses.replace(cand, source=localize(cand.source, filed_in))
    target = cand.target
    if target is not None and target.role in STATE_ORGANS and target.country is None and target.code == target.role \
            and cand.source.role in OPPOSING_ROLES and cand.source.country and cand.source.code \
            and (code[:2] in FORCE_ROOTS or code.startswith(RELEASE_CODE)):
        # "Chadian rebels in Sudan freed 12 soldiers", "Maoist guerrillas ambushed a police patrol":
        # the soldiers and police an opposition fights or frees are of the state it opposes (its words
        # may be aimed at another state's: "critics of the Iraq war slammed the prime minister").
        cand = dataclasses.replace(cand, target=localize(target, cand.source.country))
    if filed_in and where is None and _bare_authority(cand):
        # "JOHANNESBURG - A German man appeared in court": the court, the police, the prison of an
        # act only a state performs sit where the story is filed, not in the accused's country.
        cand = dataclasses.replace(cand, source=localize(cand.source, filed_in))
    elif where is None and home is None and _bare_authority(cand) and cand.target is not None \
            and cand.target.role in ("MIL", "COP") and cand.target.country:
        # "Three British soldiers charged with abusing detainees will face a court martial": a
        # state's own soldiers and police are charged, tried and held by that state, where no
        # place says otherwise.
        cand = dataclasses.replace(cand, source=localize(cand.source, cand.target.country))
    if home is not None and not _victims_country(cand, home, code, where, ground, filed_in) \
            and not _deportees_country(cand, home, code):
        cand = _localized(cand, home)
    elif filed_in and where is None and code[:2] in FORCE_ROOTS and cand.target is not None \
            and cand.target.role in OPPOSING_ROLES and cand.source.country \
            and iso_country(cand.source.country) == iso_country(filed_in):
        # "NANO, Pakistan - Pakistani forces are driving militants out of the mountains": a
        # state's forces fighting rebels in the country the story is filed from fight its rebels.
        cand = dataclasses.replace(cand, target=localize(cand.target, filed_in))
    elif ground and where is None and code[:2] in FORCE_ROOTS and cand.target is not None \
            and cand.target.role in OPPOSING_ROLES and cand.source.country:
        # "Bombs killed two soldiers in Kandahar as Afghan and British troops pressed the
        # insurgents": a state's forces fighting rebels the sentence sets in one country (by its
        # places, not its actors: "British") fight that country's rebels.
        cand = dataclasses.replace(cand, target=localize(cand.target, ground))
    if where and code[:2] not in SPOKEN_ROOTS and (cand.source.role or cand.target is not None and cand.target.role):
        # "Thousands of people blocked streets in Hong Kong": where the act happens places the
        # bare roles that do it and suffer it, whatever else the sentence names. Talks, appeals,
        # agreements and accusations are said somewhere: the venue is not the speakers' country.
        cand = _localized(cand, where)
    source = cand.source
    if where and source.role in _PEOPLE_OF_A_PLACE and source.country in regions:
        # "Arab militias attacked a village in Darfur": a people's region names their kin, not
        # their state; the armed bands and crowds of a place are its own (EVENTS.md rule 1).
        # "African troops", "Western diplomats" in a country are still foreigners there.
        source = dataclasses.replace(source, code=where + source.role, country=where)
    if source.code is None and source.country is None and where and code[:2] in VIOLENT_ROOTS and not (
            alien(source.text)):  # "foreign troops raided a village": not the place's
        # "A roadside bomb near Samarra killed ...": unidentified attackers in Iraq, as ICEWS
        # records them; the code stays empty, so no dyad is credited to anyone.
        source = dataclasses.replace(source, country=where)
    return source, cand.target


# Roles of the people of a place, not of a state abroad: armed bands, oppositions and crowds.
_PEOPLE_OF_A_PLACE = OPPOSING_ROLES | {CIVILIAN_ROLE}


# CAMEO codes of dealings held somewhere (intents to meet, consultation): their place is a venue.
# Not the other intents: "will send aid to the victims in Indonesia" says where the victims are.
VENUE_CODES = ("036", "04")


def _unplaced_by_venue(cand: Candidate, code: str, venue: tuple[int, int] | None) -> Candidate:
    """"will hold talks with the rebels in Abuja": the city the parser hung on the party's own
    phrase is where they meet, not whose rebels they are; the party is a bare role again, for the
    context to place (the state's own opposition, EVENTS.md rule 1)."""
    target = cand.target
    if (venue is None or not code.startswith(VENUE_CODES) or target is None or target.kind not in (None, "group")
            or not target.role or not target.country or target.code != target.country + target.role
            or not (target.span[0] < venue[0] and venue[1] <= target.span[1])
            or not target.text[:venue[0] - target.span[0]].islower()):  # "Darfur rebels in Abuja" are Sudan's
        return cand
    return dataclasses.replace(cand, target=dataclasses.replace(target, code=target.role, country=None))


def _victims_country(cand: Candidate, home: str, code: str, where: str | None, ground: str | None,
                     filed_in: str | None) -> bool:
    """"Kidnappers seized two Italian aid workers", "militants attacked a British patrol": the one
    country of a sentence that sets the act nowhere is the victims'; it does not make their unnamed
    attackers theirs, unless the story is filed from there ("BAGHDAD - Gunmen ambushed the convoy
    of an Iraqi minister")."""
    source, target = cand.source, cand.target
    return (code[:2] in FORCE_ROOTS and where is None and ground is None and target is not None
            and not (filed_in and iso_country(filed_in) == target.country)
            and target.country == iso_country(home) and source.country is None and source.code == source.role
            and source.role in ATTACKER_ROLES)


# Unnamed attackers whose victims' country is not theirs: the armed opposition and criminals
# ("Kidnappers seized two Italian aid workers").
ATTACKER_ROLES = OPPOSING_ROLES | {CRIMINAL_ROLE}


def _deportees_country(cand: Candidate, home: str, code: str) -> bool:
    """"Three Bolivian journalists were deported": the one country of the sentence is the
    deportees'; another state deports them."""
    return (code.startswith(DEPORT_CODE) and cand.target is not None and cand.target.country == iso_country(home)
            and _bare_authority(cand))


def _bare_authority(cand: Candidate) -> bool:
    """The source is the unnamed authority of a state-only act ("was sentenced", "appeared in
    court"): the constructions give it the trigger's own words and a role with no country."""
    source = cand.source
    return (source.code is not None and source.code == source.role and source.country is None
            and source.kind is None and cand.trigger_span[0] <= source.span[0] < cand.trigger_span[1])


# CAMEO roots of acts done by word (statements, appeals, intents, consultation, diplomatic
# cooperation, investigations, demands, disapproval, rejection, threats): their place is a
# venue, or what is investigated ("examined deaths at a camp in Jordan"), not the actors' country.
SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})


def _localized(cand: Candidate, home: str) -> Candidate:
    """Place a bare role in its sentence's country, unless that state is its counterpart: the
    officers who return a painting to Italy are not Italian; the police who arrest Egyptian
    protesters are Egyptian."""
    source, target = cand.source, cand.target
    if target is None or not _is_state(target, home):
        source = localize(source, home)
    if target is not None and not _is_state(source, home):
        target = localize(target, home)
    return dataclasses.replace(cand, source=source, target=target)


def _is_state(actor: Actor, home: str) -> bool:
    """The phrase names the state itself ("to Italy"), not a city of it ("in Abidjan")."""
    return (actor.code == home and bool(actor.name) and actor.name.lower() in actor.text.lower()
            and len(actor.text.split()) <= len(actor.name.split()) + 1)  # not "Kenya Anti-Corruption Commission"


def sentence_country(sent: Span, ctx: DocContext, places, filed_in: str | None = None) -> str | None:
    """The one country a sentence is about, if it names exactly one (by actor or by place) and the
    story is not filed from another; in a sentence naming none, the country of the story's
    dateline (EVENTS.md rules 1 and 9)."""
    found = {m.entry.country for m in mentions_from(ctx.mentions, sent.start, sent.end)
             if m.entry.country and m.entry.kind != "igo" and not _patron(ctx.doc, m.end)
             and not border_landmark(ctx.doc, m.start, m.end)}
    found |= {loc.country for (a, b), loc in places if sent.start_char <= a < sent.end_char and loc.country
              and not _landmark_at(ctx.doc, a, b)}
    if found and found <= region_codes():
        return None  # "authorities across central Europe": a region is no state to place them in
    if not found:
        return filed_in
    if filed_in and iso_country(filed_in) not in {iso_country(c) for c in found}:
        # "WASHINGTON - The department warned schools of sieges like the one in Russia": a story
        # filed from one country about another is about two; the act's own place still places it.
        found.add(filed_in)
    return found.pop() if len(found) == 1 else None


def sentence_ground(sent: Span, ctx: DocContext, places) -> str | None:
    """The one country a sentence's places lie in ("in Kandahar", "near Mosul"), whatever
    countries its actors come from; none where its places lie in two or only mark a border."""
    doc = ctx.doc
    named = {doc[m.start].idx for m in mentions_from(ctx.mentions, sent.start, sent.end)
             if m.start == 0 or doc[m.start - 1].lower_ not in LOCATIVE}  # "the US command" is an actor
    found = {loc.country for (a, b), loc in places if sent.start_char <= a < sent.end_char and loc.country
             and a not in named and not _landmark_at(doc, a, b)}
    return found.pop() if len(found) == 1 else None


def doc_country(ctx: DocContext, places) -> str | None:
    """The one country a story with no dateline names, if it names exactly one: "Police say
    rebels detonated a bomb", after a sentence about Indian Kashmir, tells of India's rebels."""
    found = {m.entry.country for m in ctx.mentions if m.entry.country and m.entry.kind != "igo"
             and not _patron(ctx.doc, m.end)}
    found |= {loc.country for _, loc in places if loc.country}
    return found.pop() if len(found) == 1 and not found <= region_codes() else None


# "Iran-backed", "US-led": the country named is another party's patron, not where things happen.
PATRON_WORDS = frozenset({"backed", "allied", "led", "sponsored", "supported", "aligned", "funded", "brokered",
                          "controlled", "based", "trained", "armed", "friendly"})


def _patron(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PATRON_WORDS



def _landmark_at(doc: Doc, a: int, b: int) -> bool:
    span = doc.char_span(a, b, alignment_mode="expand")
    return span is not None and border_landmark(doc, span.start, span.end)
