"""Who a noun phrase names: the actor(s) behind an argument of a trigger.

A phrase is read as its head's noun phrase (modifiers, names, appositions, titles), resolved
against the actor knowledge; roles take the state they belong to ("the government of Chile"),
quantities their "of" object, and a phrase about an actor's doing its agent ("the US presence").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from geopol.actors.kb import region_codes
from geopol.actors.resolve import ActorResolver, mentions_from, mentions_in
from geopol.events.codes import CIVILIAN_ROLE, STATE_ORGANS
from geopol.events.context import DocContext
from geopol.events.lexicon import Lexicon
from geopol.events.modality import reporting_head
from geopol.events.tree import (
    NON_ACTOR_ENTS,
    NP_LEFT,
    SUBJECT_DEPS,
    children_of,
    conjuncts,
    counted_of,
    of_object,
    own_belonging,
    pobjs,
    sentence_of,
    temporal,
)
from geopol.events.words import (
    FIRST_PERSON_PRONOUNS,
    GROUP_ANAPHORA,
    HARM_NOUNS,
    INNER_PREPS,
    MARKET_NOUNS,
    MEMBER_WORDS,
    MEMBERSHIP_PREPS,
    OWN_STATE_NOUNS,
    OWNER_PREPS,
    PAIR_QUANTIFIERS,
    PLACE_NOUNS,
    PLURAL_ANAPHORA,
    PROPOSAL_NOUNS,
    PROXY_NOUNS,
    QUANTITY_HEADS,
    RELATION_NOUNS,
    RELATIONAL_PEOPLE,
    SPONSOR_PARTICIPLES,
    STATE_COLLECTIVES,
    SUPPOSING_VERBS,
    TITLE_NOUNS,
)
from geopol.parsed import doc_text, per_document
from geopol.schema import Actor
from geopol.where import lookup

# CAMEO's code of UN peacekeepers, which the bare word names.
PEACEKEEPERS = "IGOPKO"


class Phrases:
    """The actors an argument phrase names (the extractor's first mixin)."""

    lexicon: Lexicon
    resolver: ActorResolver

    def phrase(self, head: Token) -> tuple[int, int]:
        """Token range of the noun phrase naming an actor: modifiers, names, appositions, titles."""
        return noun_phrase(head)

    def actors_at(self, tok: Token, ctx: DocContext, search: bool = True) -> list[Actor]:
        """The actor(s) an argument names; conjuncts give several ("Russia and China")."""
        key = (tok.i, search, ctx.salience.version)
        if (known_actors := ctx.actors.get(key)) is None:
            searches = ctx.searches
            known_actors = ctx.actors[key] = self._actors_at(tok, ctx, search)
            if search and ctx.searches == searches:
                # no phrase was searched for an inner argument: the answer without search is this one
                ctx.actors.setdefault((tok.i, False, key[2]), known_actors)
        return list(known_actors)

    def _actors_at(self, tok: Token, ctx: DocContext, search: bool) -> list[Actor]:
        out: list[Actor] = []
        first: Actor | None = None
        for member in [tok, *conjuncts(tok)]:
            found = self._actor_of(member, ctx, search)
            if not found or (found[0].code is None and (temporal(member) or member.ent_type_ in NON_ACTOR_ENTS)):
                continue
            if member is tok:
                first = found[0] if len(found) == 1 and _state_organ_of(found[0], tok, ctx) else None
            elif first is not None and len(found) == 1 and _bare_organ(found[0]) and not any(
                    c.dep_ in NP_LEFT and c.dep_ not in ("det", "punct", "cc") for c in member.children):
                # "Israeli tanks and troops", "Thai police and soldiers": the demonym before the
                # first of two state organs is the second's too; a member with words of its own
                # ("Israeli troops and Palestinian gunmen") or one of the other side keeps its own.
                role = found[0].role or ""
                found = [dataclasses.replace(found[0], code=(first.code or "")[:3] + role, country=first.country)]
            for actor in found:
                if all((a.span, a.code) != (actor.span, actor.code) for a in out):
                    out.append(actor)
        return out

    def _actor_of(self, tok: Token, ctx: DocContext, search: bool) -> list[Actor]:
        if tok.dep_ in SUBJECT_DEPS and tok.lemma_.lower() in STATE_COLLECTIVES and tok.i not in ctx.mentioned:
            # "Nineteen countries, including Australia, agreed ...": the members it names acted.
            members = [a for p in pobjs(tok, ("including",)) for a in self.actors_at(p, ctx, search=False) if a.code]
            if members:
                return members
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in GROUP_ANAPHORA and tok.i not in ctx.mentioned \
                and [c.lower_ for c in children_of(tok)] == ["the"]:
            # "Hamas claimed ... In a video, the group threatens ...": the bare noun is the group or
            # organisation last named as a subject
            return ctx.salience.resolve(tok)
        anaphoric_noun = tok.pos_ == "NOUN" and tok.lower_ in PLURAL_ANAPHORA and not any(
            c.dep_ in ("amod", "compound", "nmod") and c.i in ctx.mentioned for c in children_of(tok))
        if tok.pos_ == "PRON" or anaphoric_noun:
            if tok.pos_ == "NOUN":
                # "both countries", "the two sides": only when the phrase is anaphoric.
                if not any(c.lower_ in PAIR_QUANTIFIERS for c in tok.subtree):
                    return []
            if tok.lower_ in FIRST_PERSON_PRONOUNS and (labelled := ctx.speaker_at(tok.idx)) is not None:
                return [labelled]  # "SEC. POWELL: We will meet them": the speaker the label names
            speaker = self._speaker_of(tok, ctx) or self._possessor_subject(tok, ctx) or \
                self._clause_antecedent(tok, ctx) or self._fronted_clause_subject(tok, ctx) or \
                self._object_antecedent(tok, ctx)
            return speaker if speaker else ctx.salience.resolve(tok)
        owner = next((c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ == "PRON"), None) \
            if tok.pos_ == "NOUN" else None
        if owner is not None and tok.lemma_.lower() in OWN_STATE_NOUNS:
            # "her country will keep the quota", "its nation": the possessor's state.
            people, speaker = self._possessors(tok, owner, ctx)
            span = (tok.left_edge.idx, tok.idx + len(tok.text))
            text = tok.doc[tok.left_edge.i:tok.i + 1].text
            if speaker:
                # The speaker's name is the evidence for which country "his country" is.
                return [Actor(text=p.text, span=p.span, code=p.country, country=p.country, kind="state")
                        for p in people if p.country]
            return [Actor(text=text, span=span, code=p.country, country=p.country, kind="state")
                    for p in people if p.country]
        if owner is not None and tok.i in ctx.mentioned:  # an organ is a role word the table knows
            organ = self.resolver.resolve(ctx.doc, tok.left_edge.i, tok.i + 1, ctx.date, ctx.mentions)
            if organ is not None and organ.country is None and organ.role in STATE_ORGANS:
                # "the minister said his government would ...", "his forces killed": the organ of
                # the state its possessor serves (not of where the act is placed), when the
                # possessor is a state or one of its people.
                people, _ = self._possessors(tok, owner, ctx)
                if len(people) == 1 and people[0].role and people[0].role not in STATE_ORGANS:
                    # "the rebel commander said his forces ...": the forces are the rebels
                    side = people[0]
                    return [dataclasses.replace(organ, code=(side.country or "") + side.role, role=side.role,
                                                country=side.country)]
                states = [p for p in people if p.country and (p.kind == "state" or p.role in STATE_ORGANS)]
                if len(states) == 1:
                    home = states[0].country
                    return [dataclasses.replace(organ, code=home + organ.role, country=home)]
        if tok.lemma_.lower() in QUANTITY_HEADS:
            # "Dozens of Russian peacekeepers", "a group of lawmakers": the actor is the "of" object.
            pobj = of_object(tok)
            if pobj is not None:
                return self._actor_of(pobj, ctx, search)
        if tok.lemma_.lower() in RELATIONAL_PEOPLE and (any(c.dep_ == "poss" for c in children_of(tok)) or (
                of_object(tok) is not None and self.resolver.resolve(ctx.doc, tok.i, tok.i + 1, ctx.date,
                                                                      ctx.mentions) is None)):
            # "Erdogan's critics", "rivals of the government": people defined by their relation to X
            # are not X (unless the word itself names a role: "critics of Ruto" are the opposition).
            unknown = self.unresolved(tok)
            return [unknown] if unknown is not None else []
        if tok.pos_ == "NOUN" and tok.i not in ctx.mentioned and self.lexicon.nouns(tok.lemma_.lower()):
            # "condemned military actions by Rwanda in Congo", "deplored raids by Turkey": an act
            # named with its agent stands for the agent, not for the place or the forces it names.
            agents = [a for by in children_of(tok) if by.dep_ in ("prep", "agent") and by.lower_ == "by"
                      for o in children_of(by) if o.dep_ == "pobj" for a in self.actors_at(o, ctx, search=False)
                      if a.code and a.country]
            if agents:
                return agents
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in MARKET_NOUNS and tok.i not in ctx.mentioned:
            return []  # "the Nikkei average", "Asian markets", "US stocks": a market, not a party
        start, end = self.phrase(tok)
        # A known name reaching past the parsed phrase ("Democratic Republic | of Congo").
        end = max([end, *(m.end for m in mentions_from(ctx.mentions, start, end))])
        actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
        if tok.pos_ == "NOUN" and (actor is None or actor.country is None and actor.kind != "igo"):
            # "the group led by X", "fighters loyal to X": people of no country of their own are
            # the side of the one who leads them or whom they follow.
            leaders = [a for p in _leaders(tok) for a in self.actors_at(p, ctx, search=False)
                       if known(a) and a.country]
            if leaders:
                # the group is the actor ("it said"), of its leader's side
                span = (ctx.doc[start].idx, ctx.doc[end - 1].idx + len(ctx.doc[end - 1]))
                return [dataclasses.replace(a, text=ctx.doc[start:end].text, span=span, kind="group", name=None)
                        for a in leaders]
        backers = self._sponsors(tok, ctx) if tok.pos_ == "NOUN" and tok.lemma_.lower() in PROPOSAL_NOUNS else []
        if backers and (actor is None or actor.role is None) and not any(
                m.start <= tok.i < m.end for m in mentions_in(ctx.mentions, start, end)):
            # "vetoed a French-drafted resolution": a thing stands for whoever stands behind it;
            # the body it is put to ("a US-sponsored UN draft") is a party to it as well.
            body = [actor] if actor is not None and actor.kind == "igo" and all(
                b.code != actor.code for b in backers) else []
            return [*backers, *body]
        group = of_object(tok) if actor is not None and actor.role and tok.lemma_.lower() in MEMBER_WORDS else None
        found = self.actors_at(group, ctx, search=False) if group is not None else []
        if len(found) == 1 and found[0].code and found[0].role:
            # "leaders of the opposition party": they speak for the group they lead.
            span = (actor.span[0], max(actor.span[1], found[0].span[1]))
            leader = dataclasses.replace(found[0], text=doc_text(ctx.doc)[span[0]:span[1]], span=span)
            own = self._own_demonym(tok, ctx)
            if own is not None and own != leader.country:
                # "the Dutch head of a band of smugglers": the member's own nationality is his,
                # whatever country the group he leads is placed in.
                leader = dataclasses.replace(leader, code=own + (leader.role or ""), country=own)
            return [leader]
        if actor is not None and actor.country is None and actor.role and actor.kind != "igo":
            # "the navies of Peru and Chile", "the government of Fiji": the role of each; a
            # region is no state whose organs they are ("authorities in Europe").
            owners = [o for o in self._of_owners(tok, ctx)
                      if not (actor.role in STATE_ORGANS and o.country in region_codes())]
            if len(owners) == 1:
                # "rebel forces in Tripoli": the whole phrase names them.
                o = owners[0]
                span = (actor.span[0], max(actor.span[1], o.span[1]))
                return [dataclasses.replace(o, code=o.code + actor.role, role=actor.role, kind=actor.kind,
                                            text=doc_text(ctx.doc)[span[0]:span[1]], span=span)]
            if owners:
                return [dataclasses.replace(o, code=o.code + actor.role, role=actor.role) for o in owners]
        if actor is not None and actor.kind == "state" and actor.role is None and tok.ent_type_ == "NORP" \
                and tok.tag_ in ("NNS", "NNPS"):
            # "ethnic Albanians in southern Serbia": a people placed in another state are its
            # residents (civilians), not their kin state.
            home = [o for o in self._of_owners(tok, ctx) if o.country and o.country != actor.country]
            if home:
                return [dataclasses.replace(actor, code=home[0].country + CIVILIAN_ROLE, country=home[0].country,
                                            role=CIVILIAN_ROLE, kind="group", name=None)]
        if actor is not None and actor.role is None and tok.ent_type_ in ("NORP", "PERSON") \
                and tok.tag_ in ("NNS", "NNPS") and tok.dep_ not in SUBJECT_DEPS \
                and self._region_named(actor, ctx, start, end):
            # "killed thousands of black Africans in Darfur": people of a continent, acted on, are
            # residents of where the sentence places them, never the region itself.
            return self._residents_of(tok, actor, ctx)
        if actor is not None and actor.country is None and actor.role and actor.kind != "igo":
            # "twelve men believed to be Afghan": the nationality the phrase is said to have
            supposed = self._supposed_country(tok, ctx)
            if supposed is not None:
                actor = dataclasses.replace(actor, code=supposed + (actor.code or actor.role), country=supposed)
        if actor is not None and actor.code == PEACEKEEPERS and (own := self._own_demonym(tok, ctx)) is not None:
            # "French peacekeepers", "Russian peacekeepers in Abkhazia": a nation's contingent is its military.
            actor = dataclasses.replace(actor, code=own + "MIL", country=own, role="MIL", name=None)
        if actor is not None and actor.code is None and _place_phrase(ctx.doc, start, end, tok):
            actor = None
        if actor is not None and actor.code is None and actor.kind is None and _personal_name(ctx.doc[start:end], tok):
            actor = dataclasses.replace(actor, kind="person")  # a name the tagger took for an EVENT
        if actor is not None and not (_topic_phrase(tok, actor, ctx, start, end)
                                      and not self.lexicon.nouns(tok.lemma_.lower())):
            # "Russian aggression" names Russia's act; "Asian security issues" only a topic.
            return self._split_compound(actor, start, end, ctx)
        if not search:
            return []
        ctx.searches += 1  # this answer may differ from the one without search (see actors_at)
        lemma = tok.lemma_.lower()
        if lemma in RELATION_NOUNS:
            return []
        # A phrase about an actor's doing ("the US presence in the Sea", "deployment of a US system").
        for inner in _inner_arguments(tok, bool(self.lexicon.nouns(lemma))):
            start, end = self.phrase(inner)
            if inner.dep_ == "amod" and inner.ent_type_ != "NORP" and inner.pos_ != "PROPN":
                continue  # "military exercises": an agent adjective describes the thing
            if own_belonging(inner):
                continue  # "the attack on its embassy": the speaker's own
            actor = self.resolver.resolve(ctx.doc, start, end, ctx.date, ctx.mentions)
            # A known actor, or a named person or organisation, speaks for the whole phrase
            # ("the US presence", "a court in Lyon"); an unknown place does not.
            if actor is None or (actor.code is None and (_place_phrase(ctx.doc, start, end, inner)
                                                         or inner.head.lemma_.lower() in PLACE_NOUNS
                                                         or inner.ent_type_ not in ("PERSON", "ORG", "NORP"))):
                continue
            if not _topic_phrase(inner, actor, ctx, start, end):
                return [actor]
        return []

    def _possessors(self, tok: Token, owner: Token, ctx: DocContext) -> tuple[list[Actor], bool]:
        """Who the possessive pronoun before ``tok`` stands for: the speaker when ``tok`` is the
        subject of what they report ("Iran said its ..."), else the document's salient actor; and
        whether it was the speaker."""
        speech = reporting_head(tok.head) if tok.dep_ in SUBJECT_DEPS else None
        speaker = next((c for c in children_of(speech) if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"),
                       None) if speech is not None else None
        if speaker is not None:
            return self.actors_at(speaker, ctx, search=False), True
        return ctx.salience.resolve(owner), False

    @staticmethod
    def _region_named(actor: Actor, ctx: DocContext, start: int, end: int) -> bool:
        """The phrase's code is a region's ("Africans" -> AFR), not a state's."""
        return any(m.entry.category == "regions" and m.entry.code == actor.code
                   for m in mentions_in(ctx.mentions, start, end))

    def _residents_of(self, tok: Token, actor: Actor, ctx: DocContext) -> list[Actor]:
        """Civilians of the country a people is placed in ("in Darfur"), else of the one country its
        sentence names (EVENTS.md rule 1); of no country when it names none or several."""
        home = [o.country for o in self._of_owners(tok, ctx) if o.country]
        if not home:
            sent = sentence_of(tok)
            home = sorted({m.entry.country for m in mentions_from(ctx.mentions, sent.start, sent.end)
                           if m.entry.country and m.entry.category not in ("regions", "igos")})
        country = home[0] if len(home) == 1 else None
        return [dataclasses.replace(actor, code=(country or "") + CIVILIAN_ROLE, country=country,
                                    role=CIVILIAN_ROLE, kind="group", name=None)]

    def _own_demonym(self, tok: Token, ctx: DocContext) -> str | None:
        """The country of a demonym modifying the head noun itself ("the British leader")."""
        for c in children_of(tok):
            if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < tok.i:
                said = self.resolver.resolve(ctx.doc, c.i, c.i + 1, ctx.date, ctx.mentions)
                if said is not None and said.country and said.kind == "state":
                    return said.country
        return None

    def _supposed_country(self, tok: Token, ctx: DocContext) -> str | None:
        """The country of "<tok> believed/thought/said to be <demonym>", if it names one."""
        verbs = [c for c in children_of(tok) if c.dep_ == "acl" and c.lemma_.lower() in SUPPOSING_VERBS]
        if tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in SUPPOSING_VERBS:
            verbs.append(tok.head)  # the small parser often makes the participle the main verb
        for verb in verbs:
            for be in (c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_ == "be"):
                for pred in (c for c in children_of(be) if c.dep_ in ("acomp", "attr")):
                    said = self.resolver.resolve(ctx.doc, pred.left_edge.i, pred.right_edge.i + 1, ctx.date,
                                                 ctx.mentions)
                    if said is not None and said.country and said.kind == "state" and said.role is None:
                        return said.country
        return None

    def _sponsors(self, tok: Token, ctx: DocContext) -> list[Actor]:
        """Who stands behind a thing: "an Arab-backed draft", "a plan proposed by Tokyo"."""
        out: list[Actor] = []
        for part in children_of(tok):
            if part.tag_ != "VBN" or part.lemma_.lower() not in SPONSOR_PARTICIPLES:
                continue
            if part.dep_ == "amod":
                names = [c for c in children_of(part) if c.dep_ in ("npadvmod", "compound", "nmod", "amod", "poss")]
            elif part.dep_ == "acl":
                names = [p for c in children_of(part) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"]
            else:
                continue
            for name in names:
                out.extend(a for a in self.actors_at(name, ctx, search=False)
                           if a.code and all(a.code != o.code for o in out))
        return out

    def _of_owners(self, tok: Token, ctx: DocContext) -> list[Actor]:
        """The state a role belongs to: "the government of Chile", "rebels in Ivory Coast"."""
        pobj = of_object(tok) or next(iter(pobjs(tok, MEMBERSHIP_PREPS)), None)
        if pobj is None:
            return []
        return [a for a in self.actors_at(pobj, ctx, search=False) if a.country and a.code == a.country]

    def _split_compound(self, actor: Actor, start: int, end: int, ctx: DocContext) -> list[Actor]:
        """"UK and EU negotiators": the parser joined two actors into one phrase; give both."""
        doc = ctx.doc
        if not any(doc[i].dep_ == "cc" or doc[i].lower_ == "and" for i in range(start, end)):
            return [actor]
        # Named members only: the role word ("negotiators", "forces") qualifies each of them.
        inside = [m for m in mentions_in(ctx.mentions, start, end) if m.entry.code]
        if len({m.entry.code for m in inside}) < 2:
            return [actor]
        out = []
        for m in inside:
            part = self.resolver.resolve(doc, m.start, m.end, ctx.date, ctx.mentions)
            if part is None:
                continue
            if actor.role and part.role is None and part.code and len(part.code) == 3:
                part = dataclasses.replace(part, code=part.code + actor.role, role=actor.role)
            if all(part.code != o.code for o in out):
                out.append(part)
        return out or [actor]

    def unresolved(self, tok: Token) -> Actor | None:
        """An argument phrase that names no known actor, kept with a null code."""
        if counted_of(tok) is not None:
            return self.unresolved(counted_of(tok))  # "hundreds of prisoners"
        if tok.pos_ in ("PRON", "NUM", "SYM", "PUNCT", "DET") or temporal(tok) or tok.ent_type_ in NON_ACTOR_ENTS:
            return None
        if tok.lemma_.lower() in RELATION_NOUNS:
            return None
        if tok.lemma_.lower() in PROXY_NOUNS:
            # "gave in to the demands of the miners": whose demands.
            for pobj in pobjs(tok, ("of", "from", "by")):
                return self.unresolved(pobj)
        start, end = self.phrase(tok)
        doc = tok.doc
        first, last = doc[start], doc[end - 1]
        span = (first.idx, last.idx + len(last))
        # A person the parser names ("jailed Peter Otieno") is someone, though of no known country.
        kind = "person" if _personal_name(doc[start:end], tok) else None
        return Actor(text=doc[start:end].text, span=span, kind=kind)

    def _object_actors(self, obj: Token, ctx: DocContext, search: bool = True) -> list[Actor]:
        lemma = obj.lemma_.lower()
        if lemma in RELATION_NOUNS:
            # "reinforce its ties with Beijing": the partner is the target.
            partner = next(iter(pobjs(obj, ("with", "between", "to"))), None)
            return self.actors_at(partner, ctx) if partner is not None else []
        return self.actors_at(obj, ctx, search=search)


# "the group led by X", "a militia headed by X", "the army commanded by X".
LEADING_VERBS = frozenset({"lead", "head", "command", "run"})


def _leaders(tok: Token) -> list[Token]:
    """Who leads the people a noun names, or whom they follow: "led by X", "loyal to X"."""
    out = []
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LEADING_VERBS:
            out.extend(p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
        elif c.dep_ in ("amod", "acl") and c.lower_ == "loyal":
            out.extend(p for a in c.children if a.dep_ == "prep" and a.lower_ == "to" for p in a.children
                       if p.dep_ == "pobj")
    return out


def _state_organ_of(actor: Actor, head: Token, ctx: DocContext) -> bool:
    """A state organ whose country its own modifier names ("Israeli tanks", "Thai police")."""
    return (actor.country is not None and actor.role in STATE_ORGANS and actor.kind != "igo"
            and bool(actor.code) and actor.code == actor.code[:3] + actor.role
            and any(c.dep_ in ("amod", "compound") and c.i < head.i and c.i in ctx.mentioned for c in head.children))


def _bare_organ(actor: Actor) -> bool:
    """A state organ named by its role word alone ("troops", "police"), of no country."""
    return actor.country is None and actor.role in STATE_ORGANS and actor.kind != "igo" and actor.code == actor.role


def _topic_phrase(head: Token, actor: Actor, ctx: DocContext, start: int, end: int) -> bool:
    """"Asian security issues", "Russian gas": a demonym qualifying a thing is a topic, not an actor."""
    if head.pos_ != "NOUN" or actor.code is None:
        return False
    inside = mentions_in(ctx.mentions, start, end)
    if any(m.start <= head.i < m.end for m in inside):
        return False  # "Russian navy", "Iranian officials": the head itself names the actor
    return bool(inside) and all(
        ctx.doc[i].pos_ == "ADJ" or ctx.doc[i].ent_type_ == "NORP" for m in inside for i in range(m.start, m.end))


def _place_phrase(doc: Doc, start: int, end: int, head: Token) -> bool:
    """"Zarubino port", "Khanty-Mansiysk": an unknown place is where things happen, not who acts."""
    if head.lemma_.lower() in PLACE_NOUNS:
        return True
    labels = {doc[i].ent_type_ for i in range(start, end) if doc[i].ent_type_}
    return bool(labels) and labels <= {"GPE", "LOC", "FAC"}


def names_country(actor: Actor) -> bool:
    """The phrase names a state itself ("in southern Iraq"), not its capital or a city."""
    return bool(actor.name) and actor.kind == "state" and actor.name.lower() in actor.text.lower()


def _inner_arguments(tok: Token, event_noun: bool = True) -> Iterator[Token]:
    """Who a phrase is about: its modifiers and the objects of "of"/"by", nearest first.

    "the deployment of a US missile system" -> "system"; "the US presence" -> "US". Other
    prepositions name places and topics ("in South Korea", "on trade"), not actors.
    """
    frontier = [tok]
    for _ in range(3):
        nxt = []
        for t in frontier:
            for child in children_of(t):
                if child.dep_ in ("compound", "amod", "nmod", "poss") and child.pos_ in ("PROPN", "NOUN", "ADJ"):
                    yield child
                elif child.dep_ == "prep" and child.lower_ in (INNER_PREPS if event_noun else OWNER_PREPS):
                    if child.lower_ == "of" and t.lemma_.lower() in HARM_NOUNS:
                        continue  # "an inquiry into the deaths of ten miners": whom it befell is no party
                    for pobj in children_of(child):
                        if pobj.dep_ == "pobj":
                            yield pobj
                            nxt.append(pobj)
                elif child.dep_ == "acl" and not any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
                    # "a contract to buy gas from Gazprom": the deal's counterpart; not what a claim
                    # says ("allegations that he had collaborated with Iran": an act of its own).
                    nxt.append(child)
        frontier = nxt


def known(actor: Actor) -> bool:
    """A coded actor that is more than a bare role word ("people", "troops")."""
    return actor.code is not None and actor.code != actor.role


def same_actor(a: Actor, b: Actor) -> bool:
    """One mention, or one named actor mentioned twice. Two actors that only share a code are two
    ("the Iraqi army" and "the Peshmerga", "a court" and "a magistrate"): intra-state acts count."""
    if a.span == b.span:
        return True
    return a.code is not None and a.code == b.code and a.name == b.name and a.name is not None


# Entity types of names that are not people's.
_NON_PERSON_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})


def _personal_name(phrase: Span, head: Token) -> bool:
    """The phrase is a person's name: tagged PERSON, or two or more proper nouns the tagger
    gives no other kind of name (it may take a foreign name for an EVENT)."""
    if head.pos_ != "PROPN":
        return False
    if head.ent_type_ == "PERSON":
        return True
    names = [t for t in phrase if t.pos_ == "PROPN"]
    return (len(names) >= 2 and names[-1].i == head.i and all(t.ent_type_ not in _NON_PERSON_ENTS for t in names)
            and lookup(phrase.text) is None)


@per_document
def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase naming an actor: modifiers, names, appositions, titles
    (read once per head: the extractor asks for the same arguments' phrases again)."""
    start = head.i
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in children_of(tok):
            if child.i < tok.i and child.dep_ in NP_LEFT and not temporal(child):
                start = min(start, child.left_edge.i)
                stack.append(child)
    end = head.i + 1
    for child in head.rights:
        if child.left_edge.i > end + 1:
            break  # not contiguous: a misattached apposition far along the sentence
        if child.dep_ in ("flat", "compound", "nummod"):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "appos":
            # "Lavrov, Russia's foreign minister", "Egypt and Israel": the apposition, up to
            # another's agent or a clause of its own ("Sudanese, victims of attacks | by militia").
            # "al-Hakim, nephew | of the late leader": kin and victims are not whom they relate to.
            kin = child.lemma_.lower() in RELATIONAL_PEOPLE
            cut = min((t.left_edge.i for t in child.subtree if t.i > child.i and (
                t.dep_ in ("relcl", "acl") or t.dep_ in ("prep", "agent") and t.lower_ == "by"
                or kin and t.head.i == child.i and t.dep_ == "prep" and t.lower_ == "of")),
                default=child.right_edge.i + 1)
            end = max(end, cut)
        elif child.dep_ == "prep" and child.lower_ == "of" and head.lemma_.lower() in TITLE_NOUNS:
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ != "punct":
            break
    while start < end and (head.doc[start].dep_ in ("det", "punct", "case", "cc") or head.doc[start].is_space):
        start += 1
    while end > start + 1 and (head.doc[end - 1].is_space or head.doc[end - 1].dep_ == "punct"):
        end -= 1
    return start, max(end, start + 1)
