"""The last word on an event's parties, once context has placed them: who counts.

Three conventions of exhaustive event coding (``EVENTS.md`` rules 1 and 9, CAMEO's own practice):

* a bare role that context could not place in a country ("rebels", "a suicide bomber", "the
  judge" in a sentence naming no state) names no actor an analyst can count: it stays as text,
  with ``code`` null, so it enters no count;
* a person acted on by a state or its own organs in a sentence about that state only ("Chilean
  police detained a man", "the army suspended a commander") is that state's: police, courts and
  armies act at home unless the sentence names another country; a person they charge, suspend
  or arrest with no place named, and prisoners they free or hunt, are theirs whatever else the
  sentence names;
* force used on a place ("shelled Fallujah") is used on the people or state there (rule 5);
* force a state's forces use on people of no named country, in a story filed from that state and
  naming no other place for the act, is used at home;
* armed or political opposition with no country of its own that acts on a state's organs
  ("rebels agreed to talks with the Sudanese government") is that state's opposition.
* a state's own weapons are the means of its threat ("threatened to launch missiles"), not its target;
* an opposition's threat with no one named ("separatists threatened to set off bombs") is aimed at
  the state it opposes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from geopol.actors.kb import ISO_OF_CAMEO, iso_country
from geopol.actors.resolve import MANY_STATE_WORDS, Mention, alien, mentions_in
from geopol.events.codes import (
    BUSINESS_ROLE,
    CIVILIAN_ROLE,
    CONSULT_ROOT,
    ECONOMIC_CODES,
    FORCE_ROOTS,
    INSTRUMENT_ROLES,
    MEDIA_ROLE,
    MOVING_CODES,
    OPPOSING_ROLES,
    RELEASE_CODE,
    STATE_ORGANS,
    THREAT_ROOT,
    VISIT_CODES,
)
from geopol.events.extract import spans_overlap
from geopol.events.tree import children_of
from geopol.events.words import (
    ALLEGIANCE_MODIFIERS,
    DEMANDING_VERBS,
    HELD_PEOPLE,
    MILITARY_MEANS,
    REJECTED_THINGS,
    WEAPON_NOUNS,
)
from geopol.parsed import doc_text, ents_in, tokens_at
from geopol.schema import Actor, Event, Span
from geopol.where import lookup

CAMEO_OF_ISO = {iso: cameo for cameo, iso in ISO_OF_CAMEO.items() if cameo != "GZS"}
# Heads of noun phrases that name one or more private people (not things, places or topics).
PERSON_NOUNS = frozenset(
    "man men woman women boy boys girl girls person persons individual individuals suspect suspects "
    "youth youths teenager teenagers challenger rival rivals opponent opponents critic detainee "
    "detainees prisoner prisoners inmate inmates commander commanders officer officers soldier "
    "activist activists journalist journalists lawyer lawyers candidate candidates member members "
    "leader deserter father mother son daughter brother sister husband wife "
    "chief official general colonel captain sergeant lieutenant mayor governor director executive "
    "editor businessman businesswoman professor doctor doctors scientist scientists engineer engineers "
    "teacher teachers athlete athletes "
    # people named by faith: those a state's organs act on at home are its own civilians
    "muslims christians hindus sikhs buddhists jews catholics protestants shiites sunnis monks nuns "
    "priests clerics worshippers pilgrims believers".split()
)
# What force is used on somewhere, standing for the people there (EVENTS.md rule 5); not the
# act's own object ("opened fire", "fought pitched battles").
TARGET_NOUNS = frozenset(
    "home homes house houses village villages town towns headquarters base bases camp camps building "
    "buildings office offices station stations school schools hospital hospitals mosque mosques church "
    "churches market markets position positions post posts checkpoint checkpoints convoy convoys compound "
    "compounds stronghold strongholds target targets vehicle vehicles bus buses pipeline pipelines embassy "
    "consulate hotel hotels restaurant neighbourhood neighborhood district districts area areas".split()
)
# Charges, convictions, suspensions, arrests (CAMEO prefixes): what a state's organs do to persons
# at home. Deportation (174) is of foreigners.
LEGAL_CODES = ("1121", "116", "16", "170", "171", "172", "173", "175")
# Arrests, detentions, jailing (CAMEO 173): done only to persons, whatever noun names them.
CUSTODY_CODES = ("173",)
# PLOVER types whose act needs someone to receive it.
RECIPIENT_TYPES = frozenset({"CONSULT", "AID", "SUPPORT", "COOPERATE", "REQUEST"})
# Heads that name agents of no known country: a target so named is someone, though uncoded.
AGENT_NOUNS = PERSON_NOUNS | frozenset(
    "people others critics monitors observers countries nations states governments forces troops "
    "militants rebels insurgents fighters gunmen attackers protesters demonstrators hostages "
    "civilians residents villagers refugees workers students leaders officials authorities "
    "commanders police guards staff crew victims families supporters allies neighbours neighbors "
    "child children kids parents voters lawmakers ministers diplomats envoy envoys team partners "
    "coalition alliance group groups government regime administration junta army militia party "
    "council committee movement opposition union delegation side bloc camp community public".split()
)
# Endings of nouns that name who does something ("lecturers", "survivors", "activists").
AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees", "ant", "ants")


# Talks, agreements and signings (CAMEO 03, 04, 057): dealings a state has with its own opposition;
# backing or praising rebels (051) is often of another state's.
DEALING_CODES = ("03", "04", "057")


def bare_role(actor: Actor | None) -> bool:
    """A role with no country, IGO or name behind it ("MIL", "REB")."""
    return (actor is not None and actor.code is not None and actor.country is None
            and actor.kind != "igo" and actor.code == actor.role)


def settle(source: Actor, target: Actor | None, home: str | None, code: str = "",
           where: Span | None = None, sent: SpacySpan | None = None,
           filed_in: str | None = None, deeper: bool = False,
           mentions: Sequence[Mention] = ()) -> tuple[Actor, Actor | None]:
    """``home`` is the one country the sentence names, if it names exactly one; ``code`` the
    event's CAMEO code (or its root); ``where`` the span of the place the act happens in ("in Harbin"), which
    stays a place reading and never becomes a party; ``filed_in`` the (ISO) country of the story's dateline;
    ``deeper``: the target is a party found deeper in the clause, not one of the trigger's own arguments;
    ``mentions``: the document's actor mentions, as the resolver found them."""
    if many_states(target):
        # "appealed to world leaders", "threatened foreign workers": no country context names is theirs.
        return settle(source, None, home, code, where, sent, filed_in, deeper, mentions)[0], target
    root = code[:2]
    # "fired at a house in Fallujah": the place is told inside the target's own phrase, after its head
    within = where is not None and target is not None and target.span[0] < where[0] and where[1] <= target.span[1]
    if (root in FORCE_ROOTS and target is not None and target.code is None
            and (within or not (where is not None and spans_overlap(target.span, where)))):
        # "shelled Fallujah", "raided Valparaiso": the place stands for the people or state there.
        there = lookup(target.text) if not within else None
        if there is not None and there.country:
            target = _placed(target, CAMEO_OF_ISO.get(there.country, there.country), "")
        elif where is not None and sent is not None and (_person(target) or _head(target, sent) in TARGET_NOUNS):
            # "demolished homes in a village near Falluja", "an assault on a headquarters in
            # Nepal": force used on people or things somewhere is used on that state's people.
            there = lookup(doc_text(sent.doc)[where[0]:where[1]])
            if there is not None and there.country:
                target = _placed(target, CAMEO_OF_ISO.get(there.country, there.country), target.role or "CVL")
    if (code.startswith(THREAT_ROOT) and target is not None and target.role in INSTRUMENT_ROLES
            and source.country and target.country == source.country and sent is not None
            and any(t.lemma_.lower() in WEAPON_NOUNS for t in _heads(target, sent))):
        # "Pyongyang threatened to launch more missiles": a state's own weapons are the means of
        # its threat, not whom it threatens.
        target = None
    if (code.startswith(THREAT_ROOT) and source.role in OPPOSING_ROLES and source.country and target is not None
            and target.code is None and target.country is None and target.kind is None and not names_someone(target)):
        # "separatists threatened to set off bombs", "rebels threatened to quit the talks": an
        # armed or political opposition's threat with no one named is aimed at the state it opposes.
        target = _placed(target, (source.code or "")[:3])
    if target is not None and target.country and bare_role(source) and source.role in OPPOSING_ROLES \
            and (target.role in STATE_ORGANS or _the_state(target)) \
            and not (root in FORCE_ROOTS and _other_states_named(sent, target.country, mentions)):
        source = _placed(source, (target.code or "")[:3])
    organ = source.role in STATE_ORGANS or (source.role is None and source.kind == "state")
    if (target is not None and code.startswith(DEALING_CODES) and organ and source.country and target.country is None
            and target.role in OPPOSING_ROLES and target.code in (None, target.role) and target.kind != "igo"):
        # "Khartoum resumed talks with rebels", "the government and southern rebels signed a deal":
        # the opposition a state's organs meet, sign or agree with is its own, as it is when the
        # rebels are the ones who deal with the state (above).
        target = _placed(target, (source.code or "")[:3])
    the_country = _the_country(source, target, sent) if (
        target is not None and sent is not None and source.code and source.country and target.country is None
        and (target.code is None or bare_role(target))) else None
    if target is not None and the_country:
        # "Pakistani troops killed the country's most wanted militant": "the country" is the one
        # whose organs act, when the sentence names no other before it; "a Danish group in Colombia
        # gave money to the country's largest guerrilla group", "France destroyed the country's air
        # force" (after "Ivory Coast" was named): the one other country named before it.
        target = _placed(target, the_country, target.role or "CVL")
    elif (target is not None and home and source.country == iso_country(home) and organ
            and target.country is None and (target.code is None or bare_role(target))
            and (_person(target) or code.startswith(CUSTODY_CODES))):
        # "Police in Lagos detained the alleged mastermind": whoever a state's organs arrest or
        # jail in the one country of the sentence is a person of it, whatever the noun.
        target = _placed(target, home, target.role or "CVL")
    elif (target is not None and home is None and where is None and organ and sent is not None
          and (code.startswith(LEGAL_CODES) or _held(target, sent))
          and source.code and source.country and target.country is None
          and (target.code is None or bare_role(target))
          and (_person(target) or _named_person(target, sent))
          and not _affiliated(target, sent)):
        # "Israeli military police arrested a commander accused of shooting a Palestinian": a
        # state's police, courts and army charge, suspend and arrest at home; another country
        # named deeper in the sentence is not the person's. Prisoners a state frees or hunts
        # ("promised to free two inmates") are held at home too.
        target = _placed(target, source.code[:3], target.role or "CVL")
    elif (target is not None and filed_in and where is None and root in FORCE_ROOTS and organ and sent is not None
          and source.code and source.country == filed_in and target.country is None
          and (target.code is None or bare_role(target)) and (names_someone(target) or bare_role(target))
          and not _affiliated(target, sent)):
        # "LAGOS - Nigerian troops killed 12 gunmen in the hills": a state's forces using force
        # on people of no named country, in a story filed from that state and no other place,
        # use it at home.
        target = _placed(target, source.code[:3], target.role or "CVL")
    elif (target is not None and where is None and organ and sent is not None and source.code and source.country
          and (home is None or iso_country(home) == source.country) and target.country is None
          and (target.code is None or bare_role(target)) and _of_the_country(target, sent)):
        # "Pakistani troops killed the country's most wanted militant": "the country" is the one
        # whose organs act, when the sentence places the act in no other.
        target = _placed(target, source.code[:3], target.role or "CVL")
    elif not deeper and at_home(source, target, code, where, sent):
        target = _placed(target, (source.code or "")[:3], target.role or "CVL")
    if bare_role(source):
        source = dataclasses.replace(source, code=None)
    if bare_role(target):
        target = dataclasses.replace(target, code=None)
    return source, target


def at_home(source: Actor, target: Actor | None, code: str, where: Span | None, sent: SpacySpan | None) -> bool:
    """A state's organs or officials, bare in a sentence that places the act nowhere ("the deserter
    surrendered to military authorities", "apologised to party officials"), and people a state
    pardons or frees ("the president pardoned four men"), are of the acting state (EVENTS.md
    rules 5 and 9), whatever other country the sentence names deeper. Not force (a state's forces
    fight abroad), meetings (officials met are often a host's), the troops a state moves, or people
    their phrase gives another allegiance ("foreign officials", "insurgent leaders")."""
    if (target is None or where is not None or sent is None or source.code is None or source.country is None
            or not (source.role in STATE_ORGANS or source.role is None and source.kind == "state")
            or target.country is not None or target.kind == "igo"
            or _affiliated(target, sent) or _other_allegiance(target, sent)):
        return False
    if code.startswith(RELEASE_CODE):
        return (target.code is None or bare_role(target)) and _person(target)
    return (code[:2] not in FORCE_ROOTS and code[:2] != CONSULT_ROOT
            and not (code.startswith(MOVING_CODES) and target.role in INSTRUMENT_ROLES)
            and bare_role(target) and target.role in HOME_ROLES and _head(target, sent) in AGENT_NOUNS)


# The roles of a state's own organs and parties: bare, they are the acting state's own.
HOME_ROLES = STATE_ORGANS | {"PTY"}


def _other_allegiance(actor: Actor, sent: SpacySpan) -> bool:
    """The phrase says its people are of many states, another one, or another side ("world
    leaders", "foreign officials", "a pro-Moscow regime", "insurgent leaders")."""
    words = {t.lower_ for t in sent if actor.span[0] <= t.idx < actor.span[1]}
    return bool(words & MANY_STATE_WORDS or words & ALLEGIANCE_MODIFIERS)


def many_states(actor: Actor | None) -> bool:
    """A role the resolver left with no code for its phrase names many states or another one
    ("world leaders", "foreign aid workers"; ``actors.resolve.MANY_STATE_WORDS``)."""
    return (actor is not None and actor.code is None and actor.role is not None and actor.country is None
            and actor.kind != "igo" and any(w.lower() in MANY_STATE_WORDS for w in actor.text.split()))


def _the_state(actor: Actor) -> bool:
    """The phrase names a state itself ("struck Iraq"), not one of its people ("a Briton")."""
    # a whole word: "Jordanian" holds "Jordan" and names its people
    return (actor.role is None and actor.kind == "state" and bool(actor.name)
            and re.search(rf"\b{re.escape(actor.name)}\b", actor.text, re.IGNORECASE) is not None)


def no_act(cameo_code: str, plover: str, source: Actor, target: Actor | None, placed: bool = False,
           text: str = "") -> bool:
    """Readings that are no PLOVER act: a recipient that is a thing, a trip at home, a state
    acting on itself, the party a supported measure is aimed at. ``placed``: the source's country
    came from its sentence, not its own words ("Senator Smith criticised Ankara"), so it says
    nothing of whose state the target is; ``text`` the document's text the spans point into."""
    return (thing_recipient(plover, target) or opposed_recipient(plover, target, text)
            or home_trip(cameo_code, source, target)
            or no_recipient(cameo_code, target) or not placed and own_state(cameo_code, source, target)
            or private_crime(cameo_code, source, target) or private_contact(cameo_code, target)
            or means_of_force(plover, source))


def means_of_force(plover: str, source: Actor) -> bool:
    """"Troops backed by artillery and aircraft": weapons and platforms are the means of force,
    not a party that backs anyone (words.yaml military_means). The acts a state does with them
    stay ("warships launched war games", "helicopters evacuated the wounded")."""
    words = source.text.split()
    return plover == "SUPPORT" and source.kind != "state" and bool(words) and words[-1].lower() in MILITARY_MEANS


def opposed_recipient(plover: str, target: Actor | None, text: str) -> bool:
    """"backed sanctions against Syria", "welcomed charges against the cleric": whom a backed,
    welcomed or agreed measure is aimed at is no recipient of the support, aid or cooperation."""
    if plover not in BENEFIT_TYPES or target is None or not text:
        return False
    before = text[max(0, target.span[0] - 16):target.span[0]].lower().split()
    return bool(before) and (before[-1] == "against" or len(before) > 1 and before[-2] == "against"
                             and before[-1] in ("the", "a", "an", "its", "their", "his", "her"))


# PLOVER types whose recipient gains by the act.
BENEFIT_TYPES = frozenset({"SUPPORT", "AGREE", "COOPERATE", "AID"})


def private_contact(cameo_code: str, target: Actor | None) -> bool:
    """A call or meeting with someone unnamed and private ("after receiving a phone call from a
    man", "met a woman at the market"): a consultation is between political actors, and an
    anonymous civilian is none (EVENTS.md rule 1: a private person is a party only of a political
    act). Named people and groups ("families of the victims") are left alone."""
    if cameo_code[:2] != CONSULT_ROOT or target is None or target.role != CIVILIAN_ROLE or target.name is not None:
        return False
    words = target.text.split()
    return target.kind != "group" and bool(words) and words[-1].lower() in LONE_PERSONS


# One unnamed private person.
LONE_PERSONS = frozenset({"man", "woman", "person", "individual", "caller", "stranger", "boy", "girl", "resident"})


def business_act(cameo_code: str, source: Actor, target: Actor | None) -> bool:
    """A company's own business ("the carmaker will invest in Brazil", "the airline cancelled
    flights", "agreed to buy a rival"): a company is a political actor only when it acts
    politically (EVENTS.md rule 1). Its investments, trade and donations are economic dealings
    whoever they are with; its deals, meetings, cuts and accidents are business unless a
    political actor is on the other side. Its suits, demands, protests and concessions to
    kidnappers are political and stay. A company the knowledge names is a state-owned or
    strategic one (data/actors/organizations.yaml), which rule 1 counts as the state's: only
    an unnamed one ("a Turkish construction company", "the airline") is held, and firms' or media
    companies' dealings with each other, named or not."""
    if (source.role in FIRM_ROLES and target is not None and target.role in FIRM_ROLES
            and cameo_code[:2] in DISPUTE_ROOTS):
        # "Microsoft sued Google over patents": firms suing or rebuffing each other are in
        # business, named or not (a deal between two state champions, as CNPC's gas contract with
        # Gazprom, is the states' and stays)
        return True
    if (source.role in TRADING_ROLES and target is not None and target.role in TRADING_ROLES
            and MEDIA_ROLE in (source.role, target.role) and cameo_code[:2] in BUSINESS_ROOTS):
        # "Dow Jones agreed to buy MarketWatch": a media company's dealings with another company
        # are business, named or not
        return True
    if source.role != BUSINESS_ROLE or source.name is not None:
        return False
    if cameo_code in ECONOMIC_CODES:
        return True
    return cameo_code[:2] in BUSINESS_ROOTS and (
        target is None or target.code is None or target.role in (BUSINESS_ROLE, CIVILIAN_ROLE))


# Intents, meetings, cooperation, aid, reduced relations and force (CAMEO 03-07, 16, 18-20):
# the acts a company does in the course of business.
BUSINESS_ROOTS = frozenset({"03", "04", "05", "06", "07", "16", "18", "19", "20"})


# Companies, national and multinational; and the disputes (disapproval, rejection) they have.
FIRM_ROLES = frozenset({BUSINESS_ROLE, "MNC"})
TRADING_ROLES = FIRM_ROLES | {MEDIA_ROLE}
DISPUTE_ROOTS = frozenset({"11", "12"})


# Acts with a counterpart (PLOVER gives them no undirected form): meetings and cooperation.
PARTNER_TYPES = frozenset({"CONSULT", "COOPERATE"})


def unplaced_partner(plover: str, target: Actor | None) -> bool:
    """A meeting or cooperation with a bare role context could not place ("talks between Khartoum
    and rebels" in a sentence naming two countries): the counterpart names no actor to count
    (EVENTS.md rule 1), and a meeting with no counterpart is no event; it is listed, not counted."""
    return (plover in PARTNER_TYPES and target is not None and target.code is None
            and target.role is not None and target.country is None and target.kind != "igo")


def unplaced_victim(plover: str, target: Actor | None) -> bool:
    """Force used on civilians no country could be found for ("shot dead two women", "wounded
    three people"): civilians are always of somewhere, placed by the text or the place (EVENTS.md
    rule 9), so a dyad with no one on the receiving end is not the act's reading but a failure to
    read it; it is listed, not counted. (Fighters of no named country, "fired on the rebels", are
    another matter: a side may have no state to name.)"""
    return (plover == "ASSAULT" and target is not None and target.code is None and target.country is None
            and target.role == CIVILIAN_ROLE)


def private_crime(cameo_code: str, source: Actor, target: Actor | None) -> bool:
    """Force a private person uses on no political actor ("the man murdered eight teenagers"):
    a crime, not a political event (EVENTS.md rules 1 and 6); on a state's organs or leaders it
    is one ("a civilian fired at the president's helicopter")."""
    return (cameo_code[:2] in FORCE_ROOTS and source.role == CIVILIAN_ROLE
            and (target is None or target.code is None or target.role in (None, CIVILIAN_ROLE)
                 and target.kind != "state"))


def no_recipient(cameo_code: str, target: Actor | None) -> bool:
    """A visit with no host geopol can name ("headed to closely divided Pennsylvania", "began
    a trip to discuss the drought"): a visit is CONSULT from visitor to host, so the reading is
    no act (its readings towards a coded party stay)."""
    return cameo_code[:3] in VISIT_CODES and (target is None or target.code is None)


def own_state(cameo_code: str, source: Actor, target: Actor | None) -> bool:
    """A state, or one of its organs, acting on that whole state ("Putin called on India and
    Russia", "the court ruled that a German rival may compete"): a state is not the recipient of
    its own requests, rulings or refusals; the reading is a mention of the country, not a party.
    Force and coercion ("arrested Egyptians") are done to the people, and stay."""
    return (target is not None and target.kind == "state" and target.role is None
            and _bare_name(target.text)
            and source.country is not None and target.country == source.country
            and (source.role is None or source.role in STATE_ORGANS)
            and cameo_code[:2] not in FORCE_ROOTS)


def home_trip(cameo_code: str, source: Actor, target: Actor | None) -> bool:
    """A visit (CAMEO 042/043) within the visitor's own country ("the senator headed to Ohio",
    "toured newspaper offices"): a visit is CONSULT from visitor to a host of another country."""
    if cameo_code[:3] not in VISIT_CODES or target is None or source.country is None:
        return False
    if target.country is None and target.code is None and target.text.split():
        # "headed to closely divided Pennsylvania": the place is the phrase's last name
        there = lookup(target.text.split()[-1])
        return there is not None and there.country == source.country
    return target.country == source.country


def thing_recipient(plover: str, actor: Actor | None) -> bool:
    """An act done *to someone* (CONSULT, AID, SUPPORT, COOPERATE, REQUEST) whose recipient is a
    thing or a topic: an uncoded phrase of no kind or role headed by a common noun that names no
    agent ("to help broker an end", "hope to found a state of their own", "called the chance
    excellent"). Such a reading is a wrong sense of its trigger more often than not (EVENTS.md
    rule 5: targets are actors, not things); acts that may have no recipient (REJECT, ACCUSE,
    PROTEST, AGREE ...) keep theirs."""
    if (plover not in RECIPIENT_TYPES or actor is None or actor.code is not None
            or actor.kind is not None or actor.role is not None):
        return False
    head = actor.text.split()[-1].strip(".,;:'\"") if actor.text.split() else ""
    return head.islower() and head not in AGENT_NOUNS and not head.endswith(AGENT_ENDINGS)


def demanded_thing(event: Event, lemma: str) -> bool:
    """"Iran demanded the right to enrich uranium": a demand's object that is a thing is what is
    demanded, not whom; a known actor's demand needs no addressee (PLOVER REQUEST), so the act
    stands towards no one. Other verbs' thing objects stay a wrong sense ("to help broker an end",
    "wounds that required amputations")."""
    return (lemma in DEMANDING_VERBS and event.plover == "REQUEST" and event.source.code is not None
            and thing_recipient(event.plover, event.target))


def answered_thing(actor: Actor | None) -> bool:
    """An uncoded phrase naming a call, plea, offer or claim ("a diplomatic plea", "allegations"):
    what a refusal answers, whose author (unnamed here) is the one refused."""
    if actor is None or actor.code is not None or actor.kind is not None or actor.role is not None:
        return False
    words = actor.text.split()
    head = words[-1].strip(".,;:'\"").lower() if words else ""
    return head in REJECTED_THINGS or head.endswith("s") and head[:-1] in REJECTED_THINGS


def names_someone(actor: Actor | None) -> bool:
    """An uncoded phrase that names people ("a man", "two brothers", "Kurdish rebels", a named
    person), not a thing, a place or a topic."""
    if actor is None or actor.code is not None or actor.kind not in (None, "person", "group"):
        return False
    words = actor.text.split()
    if not words:
        return False
    head = words[-1].strip(".,;:'\"")
    if head[:1].isupper():
        return actor.kind == "person"
    # by ending only where it is safe: "-er"/"-or" also end "weather", "border", "headquarters"
    return head in AGENT_NOUNS or head.endswith(("ist", "ists", "ian", "ians", "ee", "ees"))


def _of_the_country(actor: Actor, sent: SpacySpan) -> bool:
    """The phrase is "the country's X" / "the nation's X": someone of a country left unnamed."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in ("country", "nation")
               and any(d.lower_ == "the" for d in children_of(c)) for h in _heads(actor, sent) for c in children_of(h))


def _the_country(source: Actor, target: Actor, sent: SpacySpan) -> str | None:
    """The CAMEO country "the country's X" stands for: the one other country the sentence names
    before it, else the source's own; None when the phrase is not one or two others are named."""
    if not _of_the_country(target, sent):
        return None
    heads = _heads(target, sent)
    others = {c for c in _named_countries(sent, heads[0].left_edge.i if heads else sent.end)
              if c != source.country}
    if not others:
        return (source.code or "")[:3] or None
    return CAMEO_OF_ISO.get(next(iter(others)), next(iter(others))) if len(others) == 1 else None


def _other_states_named(sent: SpacySpan | None, country: str, mentions: Sequence[Mention]) -> bool:
    """The sentence names a state besides ``country`` (by its name, people or places): "a suicide
    attacker wounded four US soldiers near a US-Iraqi checkpoint". Then the state whose organs
    are attacked need not be the attackers' (foreign troops are fought where they serve), and
    the attackers stay unplaced rather than given the victims' country. Asked of force only: the
    rebels who agree to talks with a government are its opposition wherever the talks are held."""
    if sent is None:
        return False
    own = iso_country(country)
    named = {iso_country(m.entry.country) for m in mentions_in(mentions, sent.start, sent.end)
             if m.entry.country and m.entry.kind != "igo"}
    named |= _named_countries(sent, sent.end)
    return bool(named - {own, None})


def _named_countries(sent: SpacySpan, before: int) -> set[str]:
    """The (ISO) countries a sentence names by a place or state name ("in Colombia", "France")
    before token ``before``: what "the country" there may stand for."""
    found = (lookup(ent.text) for ent in ents_in(sent.doc, sent.start, sent.end)
             if ent.label_ in ("GPE", "LOC") and ent.start < before)
    return {place.country for place in found if place is not None and place.country}


def _heads(actor: Actor, sent: SpacySpan) -> list[Token]:
    """The tokens of the actor's phrase that head it (their own head lies outside)."""
    inside = tokens_at(sent.doc, actor.span[0], actor.span[1], sent.start, sent.end)
    return [t for t in inside if not actor.span[0] <= t.head.idx < actor.span[1] or t.head.i == t.i]


def _named_person(actor: Actor, sent: SpacySpan) -> bool:
    """A person's name the actor tables do not know ("Tayseer Alouni")."""
    return any(t.ent_type_ == "PERSON" for t in _heads(actor, sent))


def _held(actor: Actor, sent: SpacySpan) -> bool:
    """The phrase names people someone holds ("two women prisoners", "an escaped inmate")."""
    heads = _heads(actor, sent)
    return bool(heads) and heads[0].lemma_.lower() in HELD_PEOPLE


def _head(actor: Actor, sent: SpacySpan) -> str:
    heads = _heads(actor, sent)
    return heads[0].lower_ if heads else ""


def _bare_name(text: str) -> bool:
    """A country's or a city's name alone ("Russia", "Gaza Strip"), not a body or people named
    after it ("the Kenya Anti-Corruption Commission", "Iran's political prisoners", "Afghans")."""
    words = text.split()
    if len(words) == 1 and words[0].endswith("s") and lookup(words[0]) is None:
        return False  # "Afghans", "Egyptians": the people, not the state
    return 0 < len(words) <= 2 and all(w[:1].isupper() and not w.endswith("'s") for w in words)


def _person(actor: Actor) -> bool:
    words = actor.text.split()
    # a one-word "person" may be a town the parser took for a name ("raided Jenin")
    return (actor.kind == "person" and len(words) >= 2 or actor.role is not None
            or bool(words) and words[-1].lower() in PERSON_NOUNS)


# "an officer from the Syrian army", "a member of a Kenyan gang": who the person is with.
AFFILIATION_PREPS = frozenset({"from", "of"})


def _affiliated(actor: Actor, sent: SpacySpan) -> bool:
    """The person's own phrase goes on to name whom they belong to, a nation or a people ("an
    officer from the Syrian army"; the parser may hang "from Germany" on the verb): that
    party is theirs."""
    for head in _heads(actor, sent):
        for word in (head, head.head):
            for prep in children_of(word):
                if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS and prep.i > head.i and any(
                        t.ent_type_ in ("GPE", "NORP") for t in _phrase(prep)):
                    return True
    return False


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "conj"})


def _phrase(tok: Token) -> list[Token]:
    """The tokens of a phrase short of the clauses inside it."""
    out, stack = [], list(children_of(tok))
    while stack:
        t = stack.pop()
        if t.dep_ not in _CLAUSES:
            out.append(t)
            stack.extend(children_of(t))
    return out


def _placed(actor: Actor, country: str, role: str | None = None) -> Actor:
    """``country`` is CAMEO's code (the actor code's prefix); the actor's ``country`` is ISO."""
    if actor.country is None and alien(actor.text):
        return actor  # "appealed to world leaders", "attacked foreign workers": not the sentence's people
    role = role or actor.role
    return dataclasses.replace(actor, code=country + (role or ""), country=iso_country(country), role=role)
