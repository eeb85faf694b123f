"""Mention -> actor resolution: find KB mentions in a parsed Doc and code noun phrases.

One ``PhraseMatcher`` over ``ORTH`` holds every alias: case-sensitive aliases ("US", "Moon")
once, the others in their usual case variants (as written, lower, Title, UPPER). That keeps
matching to a single matcher call per Doc; ``resolve`` then only looks at the few mentions inside
one phrase.

Combination rules, in CAMEO's spirit (specific actor entries beat agent words):

* a named entry (person, organisation, IGO, seat) gives the code (by date, for people);
  generic bodies without a country ("Supreme Court") take the phrase's country;
* an unknown person/organisation heading the phrase keeps its name and takes country + agent role
  from the phrase ("Russian Energy Minister Ivan Petrov" -> RUSGOV);
* otherwise country/region + agent role ("the Russian navy" -> RUSMIL, "police" -> COP);
* "former"/"ex-" turns a government role into ``ELI``;
* an unknown proper name is kept with ``code=None`` (or its country); nothing nameable -> None.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from geopol.actors.coref import another_bearer, surname_antecedent
from geopol.actors.kb import ActorEntry, KnowledgeBase, iso_country, load_kb
from geopol.parsed import longest_first, span_text
from geopol.schema import Actor, Kind

_SKIP_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "any", "both"})
_FORMER = frozenset({"former", "ex", "ex-", "then-former", "erstwhile", "retired"})
_ENT_KIND: dict[str, Kind] = {
    "PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group",
}
_NAMEABLE = frozenset(_ENT_KIND)
#: A place name -> its country and gazetteer kind, None when unknown or shared by two states.
PlaceLookup = Callable[[str], "tuple[str | None, str] | None"]
_AGAINST = frozenset({"OPP", "REB", "SEP", "RAD"})  # roles that oppose the named body they modify
_OFFICE = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY"})  # roles a "former" holder no longer acts in
_ARMED = frozenset({"MIL", "REB", "UAF", "SEP", "INS"})  # role words of people under arms
_CREDIT_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Words that make a role's people those of many states or of another one ("world leaders",
#: "foreign workers", "international donors"): no country the context names is theirs.
MANY_STATE_WORDS = frozenset({"world", "foreign", "international", "global", "overseas", "multinational",
                              "transnational"})
# A divided state's halves by their short names, and the states whose mention makes the context.
HALVES: dict[str, tuple[str, frozenset[str]]] = {
    "North": ("PRK", frozenset({"PRK", "KOR"})),
    "South": ("KOR", frozenset({"PRK", "KOR"})),
}

_HALF_STATES: frozenset[str] = frozenset().union(*(pair for _, pair in HALVES.values()))


@dataclass(frozen=True, slots=True)
class Mention:
    """A KB entry found at tokens ``[start, end)`` of a Doc."""

    start: int
    end: int
    entry: ActorEntry


class Mentions(list):
    """One document's mentions, as ``match`` gives them, and the phrases already resolved against
    them: the extractor asks for the same phrase several times (as a subject, a target, a deeper
    party, for salience), and the answer only depends on the phrase, the date and the mentions."""

    __slots__ = ("resolved",)

    def __init__(self, mentions: Sequence[Mention] = ()) -> None:
        super().__init__(mentions)
        self.resolved: dict[tuple[int, int, str | None, bool], Actor | None] = {}


class ActorResolver:
    """Built once per process (the matcher compile is the cost); then cheap per Doc and phrase."""

    def __init__(self, kb: KnowledgeBase | None = None, nlp: Language | None = None,
                 places: PlaceLookup | None = None) -> None:
        """``places`` names a place's country and gazetteer kind (``geopol.where.place_of``), for
        the subdivisions and cities that place the people they modify; None leaves them unread."""
        self.places = places
        if nlp is None:
            from geopol import nlp as _nlp

            nlp = _nlp.load()
        self.kb = kb if kb is not None else load_kb()
        self.nlp = nlp
        self._entries = self.kb.entries
        table: dict[str, int] = {}
        for alias, exact, idx in self.kb.aliases():
            for form in (alias,) if exact or _acronym(alias) else _variants(alias):
                table[form] = idx  # later entries win on clashes (user overrides)
        by_entry: dict[int, list[str]] = {}
        for form, idx in table.items():
            by_entry.setdefault(idx, []).append(form)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # Words next to each other in some alias: only a run of spaces between such two can hide a name.
        self._adjacent: set[tuple[int, int]] = set()
        for idx, forms in by_entry.items():
            docs = list(nlp.tokenizer.pipe(forms))
            self.matcher.add(str(idx), docs)
            self._adjacent.update((d[i].orth, d[i + 1].orth) for d in docs for i in range(len(d) - 1))
        self._key_to_entry = {nlp.vocab.strings[str(i)]: self._entries[i] for i in by_entry}
        self._country_of = {e.code: e for e in self._entries if e.category == "countries"}
        self._common_nouns = _common_nouns(nlp)
        self._halves = Matcher(nlp.vocab)
        for word in HALVES:
            self._halves.add(word, [[{"LOWER": "the"}, {"ORTH": word}]])

    # -- matching ---------------------------------------------------------------------------
    def match(self, doc: Doc) -> Mentions:
        """All KB mentions in ``doc``, longest first, non-overlapping, in text order."""
        found = self.matcher(doc)
        if self._cut_name(doc):
            found = [*found, *self._across_spaces(doc)]
        spans_found: list[Mention] | None = None  # every match as a mention: made for a person's name only
        out = []
        for key, start, end in longest_first(found):
            entry = self._key_to_entry[key]
            if end - start > 1 and doc[start].lower_ == "the":
                start += 1  # "The Netherlands", "The Daily Mail": the article is no part of the name
            if entry.category in ("countries", "regions") and _inside_person(doc, start, end):
                continue  # "Jordan" in "Michael Jordan"
            if entry.category == "people":
                if spans_found is None:
                    spans_found = [Mention(s, e, self._key_to_entry[k]) for k, s, e in found]
                if another_bearer(doc, start, end, entry.name, spans_found):
                    continue  # "Tom Mbeki": another person of the known one's surname
            if entry.category == "regions" and doc[start:end].text.islower() and _direction(doc, end):
                continue  # "western Sudan", "the western province": a direction, not the West
            out.append(Mention(start, end, entry))
        return Mentions(self._with_halves(doc, out))

    def _cut_name(self, doc: Doc) -> bool:
        """A run of spaces lies between two words that are neighbours in some alias: only then can
        ``_across_spaces`` find a name (most runs open a text or follow a sentence)."""
        n = len(doc)
        for tok in doc:
            if not tok.is_space:
                continue
            a, b = tok.i - 1, tok.i + 1
            while a >= 0 and doc[a].is_space:
                a -= 1
            while b < n and doc[b].is_space:
                b += 1
            if a >= 0 and b < n and (doc[a].orth, doc[b].orth) in self._adjacent:
                return True
        return False

    def _across_spaces(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Names a run of spaces cut into two tokens ("European  Union", "Vladimir  Putin": feeds
        often double their spaces), matched on the words alone and mapped back to the doc."""
        words = [t.i for t in doc if not t.is_space]
        compact = Doc(doc.vocab, words=[doc[i].text for i in words])
        return [(key, words[start], words[end - 1] + 1) for key, start, end in self.matcher(compact)
                if words[end - 1] + 1 - words[start] != end - start]

    def _with_halves(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the North" / "the South" stand for a divided state's halves in a document that names
        one of them ("Seoul said the North ..."), never elsewhere ("the North of England")."""
        named = {m.entry.country for m in mentions}
        if named.isdisjoint(_HALF_STATES):
            return mentions  # no divided state is named: no need to look for its halves
        extra = []
        for key, _start, end in self._halves(doc):
            word = doc[end - 1]
            half, pair = HALVES[doc.vocab.strings[key]]
            if not named & pair or _inside(mentions, word.i):
                continue
            if end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].text in ("of", "-")):
                continue  # "the North Atlantic", "the South of France"
            entry = self._country_of.get(half)
            if entry is not None:
                extra.append(Mention(word.i, end, entry))
        return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions

    def _term_like(self, ent: ActorEntry, word_role: str | None, code: str | None,
                   role: str | None) -> tuple[str | None, str | None]:
        armed = _ARMED if word_role in _ARMED else frozenset({word_role})
        term = next((t for t in reversed(ent.terms) if t.role in armed), None)
        if term is None:
            return code, role
        return term.code or (ent.country or "") + (term.role or ""), term.role

    # -- resolution -------------------------------------------------------------------------
    def resolve(
        self,
        doc: Doc,
        start: int,
        end: int,
        date: str | None = None,
        mentions: Sequence[Mention] | None = None,
        coref: bool = True,
    ) -> Actor | None:
        """Code the noun phrase at tokens ``[start, end)`` as of ``date``; None if it names nobody.
        A lone surname ("Ruiz", "President Ruiz") is read as the one earlier full name ending in it
        (:mod:`geopol.actors.coref`) unless ``coref`` is off."""
        if start >= end:
            return None
        if mentions is None:
            mentions = self.match(doc)
        memo = mentions.resolved if isinstance(mentions, Mentions) else None
        if memo is None:
            return self._resolve(doc, start, end, date, mentions, coref)
        key = (start, end, date, coref)
        if key not in memo:
            memo[key] = self._resolve(doc, start, end, date, mentions, coref)
        return memo[key]

    def _resolve(self, doc: Doc, start: int, end: int, date: str | None, mentions: Sequence[Mention],
                 coref: bool) -> Actor | None:
        found = self._resolve_phrase(doc, start, end, date, mentions, coref)
        if found is not None and found.code and found.code != found.role:  # coded, not a bare role
            return found
        root = Span(doc, start, end).root
        leader = _leader_of(doc, root, mentions)
        if leader is None:
            if found is None and _armed_patron(doc, root, mentions, lambda m: self.resolve(doc, m.start, m.end, date,
                                                                                              mentions, coref)):
                # "a group linked to al-Qaeda", "a cell tied to Zarqawi": an armed band of no
                # known country, placed where it acts; not the patron itself
                phrase = Span(doc, start, end)
                return Actor(phrase.text, (phrase.start_char, phrase.end_char), "REB", None, "REB", None, "group")
            return found
        # "the group led by Zarqawi", "fighters loyal to Sadr": a band its leader names is coded as
        # his, as "US-led forces" are coded as the leader's
        coded = self.resolve(doc, *leader, date, mentions, coref)
        if coded is None or not coded.code:
            return found
        if found is None:
            phrase = Span(doc, start, end)
            return dataclasses.replace(coded, text=phrase.text, span=(phrase.start_char, phrase.end_char),
                                       name=None, kind="group")
        return dataclasses.replace(coded, text=found.text, span=found.span, name=None, kind="group")

    def _resolve_phrase(self, doc: Doc, start: int, end: int, date: str | None,
                        mentions: Sequence[Mention], coref: bool) -> Actor | None:
        root = Span(doc, start, end).root  # a Span made directly: slicing a Doc is Python in spaCy
        head = root.i
        if root.pos_ == "PRON" and not _inside(mentions, head):
            return None
        inside = mentions_in(mentions, start, end)
        if not any(m.start <= head < m.end for m in inside):
            # A known name the parse cut ("Sheikh Hamad bin Khalifa al-|Thani"): the name covers the head.
            inside += [m for m in mentions_from(mentions, max(0, head - 12), head + 1)
                       if m.start <= head < m.end]

        first = start
        for i in range(start + 1, head):  # indices, not a Span: slicing a Doc is Python in spaCy
            tok = doc[i]
            if tok.text in _CREDIT_DASHES and tok.whitespace_:
                first = i + 1  # "AP - Dutch lawmakers", "Beijing - Chinese police": a credit or dateline
        if first > start:
            inside = [m for m in inside if m.start >= first]
        if inside:
            # "Iran-backed militias", "al Qaeda-linked militants": the patron is not the actor.
            inside = [m for m in inside if m.start <= head < m.end
                      or not (_patron_of(doc, m.end) or attitude_to(doc, m.start))]
        lead = doc[first]
        while first < end - 1 and (lead.lower_ in _SKIP_LEADING or lead.is_punct or lead.pos_ == "DET"):
            first += 1
            lead = doc[first]
        last = doc[end - 1]
        span = (lead.idx, last.idx + len(last.text))
        text = span_text(doc, first, end)

        def pick(ms: list[Mention]) -> Mention | None:
            # the one covering the head, else the one nearest before it, else the last
            return next((m for m in ms if m.start <= head < m.end), None) or next(
                (m for m in reversed(ms) if m.start <= head), ms[-1] if ms else None
            )

        if inside:
            named = pick([m for m in inside if m.entry.named])
            agent = pick([m for m in inside if m.entry.category == "agents" and not _hyphen_bound(doc, m)
                          and not _briefing_word(doc, m)])
            # "police across Africa", "centres in Africa": a region something is in is not its
            # owner; "countries in Europe", "governments across Africa" are the region's
            of_states = root.lemma_.lower() in _STATES_OF_A_REGION
            place = pick([m for m in inside if m.entry.category == "countries" or m.entry.category == "regions"
                          and (of_states or m.start <= root.i < m.end or not _located_in(doc, m))])
        else:
            named = agent = place = None
        if place is not None and place.start <= root.i < place.end and named is not None \
                and not named.start <= root.i < named.end:
            named = None  # "NATO-member Norway": the head names the state; the rest describes it
        if place is not None and place.start > start and doc[place.start - 1].lower_ == "ethnic":
            # "ethnic Albanians", "ethnic Turks": a people, not their kin state; where they live places them
            place = None
            if agent is None and named is None:
                return Actor(text, span, "CVL", None, "CVL", None, "group")
        former = any((low := doc[i].lower_) in _FORMER or low.startswith("ex-") for i in range(first, root.i))
        country = place.entry.code if place else None
        head_ent = root.ent_type_ if not _inside(inside, root.i) else ""
        # A surname the knowledge knows ("Mbeki") yields to the one full name the document gave it
        # before ("opposition leader Tom Mbeki"), when that name is coded: another person of the name.
        surname = named is None or (named.entry.category == "people" and named.start == root.i == named.end - 1)
        if coref and surname and place is None and not former:
            antecedent = surname_antecedent(doc, root, first, end, mentions)
            if antecedent is not None:
                found = self.resolve(doc, *antecedent, date, mentions, coref=False)
                if found is not None and found.code:
                    return dataclasses.replace(found, text=text, span=span)

        if head_ent == "PERSON" and named is not None:
            es, ee = _ent_bounds(doc, root)
            if named.end <= es or named.start >= ee:
                named_is_head = False  # "Putin ally Ivan Petrov": the head is someone else
            else:
                named_is_head = True  # "President Xi" matched inside "President Xi Jinping"
        else:
            named_is_head = named is not None
        if named is not None and named_is_head:
            ent = named.entry
            code, role = self.kb.code_at(ent, date)
            if agent is not None and ent.terms and ent.category == "organizations" and (
                    date is None or (agent.entry.role in _ARMED and role not in _ARMED)):
                # "FARC rebels", "ANC government": the term the phrase's own role word names (undated;
                # dated, only a word of arms beside a term out of arms: the text says they fight)
                code, role = self._term_like(ent, agent.entry.role, code, role)
            ctry = ent.country
            if ctry is None and ent.code is None and country is not None and not ent.terms:
                ctry = country
                code = country + (role or "")
            elif (ent.category == "organizations" and ctry and country and iso_country(country) != ctry and role
                  and place is not None and place.entry.category == "countries"
                  and span_text(doc, named.start, named.end) in ent.exact and " " not in ent.name):
                # "the Mexican Congress", "Argentina's Congress": a one-word body's name that the
                # table gives to one state's ("Congress" is the US one) is the named country's body.
                ctry, code = iso_country(country), country + role
            if former and ent.category == "people" and ctry and (role in _OFFICE or not code.startswith(ctry)):
                role = "ELI"  # "former UN inspector X": a former holder speaks for no office, only as elite
                code = ctry + role
            if ent.category == "people" and code and ctry and not code.startswith(ctry):
                # a post in an IGO (von der Leyen at the Commission) is no state's; a post in another
                # state's government or armed group (a Soviet minister, a foreign-born militia leader) is its
                state = self._country_of.get(code[:3])
                ctry = state.country if state is not None else None
            return Actor(text, span, code, ctry, role, ent.name, ent.kind)

        if country is None:
            country = _gazetteer_place(self.places, doc, first, agent.start if agent else end,
                                       whole=agent is None)
            if country is not None and agent is None:
                if root.dep_ in _MODIFIER_DEPS:
                    return None  # "the Gujarat riots", "the Darfur crisis": where, not who
                # "Michigan asked the court", "Bavaria criticised Berlin": a state's own subdivision
                # acting stands for its government, an organ of that state (EVENTS.md rule 1)
                return Actor(text, span, country, country, None, None, "state")
        role = _side_of_role(doc, agent, inside) if agent else None
        if former and role in _OFFICE:
            role = "ELI"
        if not inside and (head_ent in ("PERSON", "ORG") or root.pos_ == "PROPN") \
                and _capitalised_word(doc, first, end):
            return None
        if not inside and head_ent == "" and root.pos_ == "PROPN" and _opening_noun(
                doc, first, end, self._common_nouns):
            return None
        if head_ent in ("PERSON", "ORG") or (root.pos_ == "PROPN" and head_ent == "" and place is None):
            name = _ent_text(doc, root) if head_ent else root.text
            kind = _ENT_KIND.get(head_ent)
            if named is not None and named.entry.category == "people":  # "Putin ally Ivan Petrov"
                country = country or named.entry.country
            elif named is not None and role in _AGAINST:  # "Kremlin critic Ivan Petrov": opposes it
                ctry = named.entry.country or country
                return Actor(text, span, (ctry or "") + (role or ""), ctry, role, name, kind)
            elif named is not None and former:  # "former UN inspector Ivan Petrov": no longer its voice
                code = (country or "") + "ELI" if country else None
                return Actor(text, span, code, country, "ELI" if country else None, name, kind)
            elif named is not None:  # "Gazprom chief Alexei Miller": the organisation's code
                code, r = self.kb.code_at(named.entry, date)
                return Actor(text, span, code, named.entry.country or country, r, name, kind)
            code = (country or "") + (role or "") or None
            return Actor(text, span, code, country, role, name, kind)
        if agent is not None:
            if country is None and any(doc[i].lower_ in MANY_STATE_WORDS and not _inside(inside, i)
                                       for i in range(first, agent.start)):
                # "world leaders", "foreign aid workers": a role, of no one state context could name
                return Actor(text, span, None, None, role, None, agent.entry.kind)
            return Actor(text, span, (country or "") + (role or "") or None, country, role, None,
                         agent.entry.kind)
        if place is not None:
            return Actor(text, span, country, country, None, place.entry.name, place.entry.kind)
        if head_ent in _NAMEABLE or root.pos_ == "PROPN":
            return Actor(text, span, None, None, None, _ent_text(doc, root) or text,
                         _ENT_KIND.get(head_ent))
        return None


def _located_in(doc: Doc, mention: Mention) -> bool:
    """"police across Africa", "authorities in Europe": a region after a preposition of place says
    where people or things are, not whose ("African leaders", "European officials" are the
    region's)."""
    last = doc[mention.end - 1]
    return last.dep_ == "pobj" and last.head.lower_ in _REGION_PLACE_PREPS


_REGION_PLACE_PREPS = frozenset({"in", "across", "throughout", "around", "inside", "within"})
# Heads whose people a region in their phrase does name ("countries in Europe").
_STATES_OF_A_REGION = frozenset({"country", "nation", "state", "power", "government", "leader"})


def _capitalised_word(doc: Doc, first: int, end: int) -> bool:
    """"KEY talks between ...", "URGENT talks ...": a paper's capitalised lead word, opening its
    sentence before a word in lower case, names no organisation or person the entity recogniser
    or the tagger takes it for, unless the knowledge base knows it ("ISRAEL killed ...")."""
    word = doc[first]
    return (end - first == 1 and len(word) > 1 and word.is_upper and word.is_sent_start
            and end < len(doc) and doc[end].is_lower)


def _common_nouns(nlp: Language) -> frozenset[str]:
    """The English nouns the model's lemmatizer knows (none for a model without one)."""
    from geopol.nlp import lemma_index

    table = lemma_index(nlp)
    return frozenset(table.get("noun", ())) if table is not None else frozenset()


def _opening_noun(doc: Doc, first: int, end: int, nouns: frozenset[str]) -> bool:
    """"Peace talks ...", "Border talks ..." after a blanked dateline: a sentence's first word,
    a common noun the tagger took for a name (no entity type, nothing the knowledge base knows),
    because the blanked dateline before it looks like the middle of a sentence."""
    word = doc[first]
    if end - first != 1 or not word.is_title or word.lower_ not in nouns:
        return False
    i = first
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].is_space:
        i -= 1
    return bool(doc[i].is_sent_start)


def _hyphen_bound(doc: Doc, mention: Mention) -> bool:
    """A role word ending a hyphened modifier ("six-party talks", "pro-government militias",
    "multi-party elections") says what the noun it modifies is about, not who it is."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    last = doc[mention.end - 1]
    return (before is not None and before.text == "-" and not before.whitespace_ and mention.start > 1
            and not doc[mention.start - 2].whitespace_ and last.head.i >= mention.end
            and last.head.pos_ == "NOUN")  # not a title before a name ("Vice-President Moody Awori")


# Occasions of speaking named after whom they address ("press conference", "media briefing").
_BRIEFING_NOUNS = frozenset({"conference", "briefing", "release", "statement", "interview"})


def _briefing_word(doc: Doc, mention: Mention) -> bool:
    """"held a press conference to discuss ...": the press is who hears it, not who holds it or
    whom it is with; the phrase names an occasion, no actor."""
    last = doc[mention.end - 1]
    return last.dep_ == "compound" and last.head.i >= mention.end and last.head.lemma_.lower() in _BRIEFING_NOUNS


# Roles of a state's own people, which a word of a side outside the state qualifies.
_STATE_SIDE = frozenset({"GOV", "MIL", "COP"})
# Sides outside the state that make its people theirs ("rebel leader", "militia commander").
_OUTSIDE_SIDE = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})


def _side_of_role(doc: Doc, agent: Mention, inside: Sequence[Mention]) -> str | None:
    """The role of an agent word: "rebel leader", "militia commander", "insurgent troops" are a
    role word of the state's people led by a word of an armed side outside it, that side's
    (CAMEO's REB, not GOV or MIL)."""
    role = agent.entry.role
    if role not in _STATE_SIDE:
        return role
    head = doc[agent.end - 1]
    return next((m.entry.role for m in inside if m.entry.category == "agents" and m.end <= agent.start
                 and m.entry.role in _OUTSIDE_SIDE and doc[m.end - 1].head.i == head.i
                 and doc[m.end - 1].dep_ in ("compound", "amod", "nmod")), role)


# Gazetteer kinds that are a part of one state, whose people and organs are that state's. Not
# "capital": the knowledge base already knows the capitals of states, and the gazetteer's
# capitals of small ones are common names elsewhere ("Victoria police", "Kingston officials").
_SUBDIVISION_KINDS = frozenset({"region", "city"})
# Dependencies of a name that only modifies another noun ("the Gujarat riots", "Darfur's crisis").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def _gazetteer_place(places: PlaceLookup | None, doc: Doc, first: int, stop: int, whole: bool) -> str | None:
    """The country of a place the gazetteer knows that names or modifies the phrase's people:
    "Basra police", "Queensland jury", "Karachi officials" are that place's, as "police in Basra"
    are (EVENTS.md rule 1: a collective the text places in a country). With ``whole`` the place
    must be the entire phrase ("Michigan asked ..."), and only a region: a bare city acting is
    its people or its team as often as its government. The place must be proper nouns directly
    before the role word, capitalised, with no hyphen ("Lagos-based", "Basra-born" say where, not
    whose); a name the table gives to places in two states ("San Jose") places no one."""
    if places is None or stop <= first or not doc[first].text[:1].isupper():
        return None
    words = doc[first:stop]
    if any(t.text in ("-", "\u2013") or t.whitespace_ == "" and t.i < stop - 1 and doc[t.i + 1].text == "-"
           for t in words):
        return None
    if not all(t.text[:1].isupper() or t.text == "of" for t in words):  # the tagger calls some ADJ
        return None
    if any(t.ent_type_ == "PERSON" for t in words):
        return None
    found = places(span_text(doc, first, stop))
    if found is None or not found[0] or found[1] not in _SUBDIVISION_KINDS:
        return None
    if whole and found[1] != "region":
        return None
    return found[0]


def _acronym(alias: str) -> bool:
    """"LeT", "DoD": short forms in mixed case; in lower case they can be words ("let"), so they
    match only as written. All-capital forms keep their variants ("Nato" for "NATO")."""
    return len(alias) <= 6 and sum(c.isupper() for c in alias) >= 2 and any(c.islower() for c in alias)


def _variants(alias: str) -> tuple[str, ...]:
    """Case forms a case-insensitive alias is matched in (headline, body and lower-case text)."""
    title = " ".join(w[:1].upper() + w[1:] for w in alias.split(" "))
    return tuple(dict.fromkeys((alias, alias.lower(), title, alias.upper(), alias[:1].upper() + alias[1:])))


def mentions_from(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that start in tokens ``[start, end)``; ``mentions`` in text order, as ``match``
    gives them, so this is a binary search, not a scan of the document."""
    out = []
    for n in range(bisect_left(mentions, start, key=lambda m: m.start), len(mentions)):
        if mentions[n].start >= end:
            break
        out.append(mentions[n])
    return out


def mentions_in(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions wholly inside tokens ``[start, end)``."""
    return [m for m in mentions_from(mentions, start, end) if m.end <= end]


def _inside(mentions: Sequence[Mention], i: int) -> bool:
    return any(m.start <= i < m.end for m in mentions)


# Heads that a compass adjective locates ("the western province"), rather than ascribes to a region.
_PLACE_HEADS = frozenset(
    "province provinces region regions part parts city cities town towns village villages district districts "
    "border borders coast coastline mountains outskirts suburb suburbs edge flank side front areas area state "
    "states desert highlands plains half bank shore".split()
)


# "X-backed", "X-linked": words after a hyphen that make X another party's patron or partner. "X-led"
# is not among them: "US-led forces" are coded as the leader's, as GDELT and ICEWS do.
_PATRON_WORDS = frozenset(
    "backed linked allied affiliated aligned inspired sponsored supported funded trained armed friendly "
    "based controlled influenced".split()
)


def _patron_of(doc: Doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _PATRON_WORDS


def attitude_to(doc: Doc, start: int) -> bool:
    """"anti-American protesters", "pro-Kremlin activists": a stance towards X, not X itself."""
    if start >= 1 and doc[start - 1].lower_ in ("anti-", "pro-"):
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "pro")


def _direction(doc: Doc, end: int) -> bool:
    """A lower-case region word followed by a place name or a place noun is a compass direction,
    as is one a part of somewhere follows ("fighting in the east of the province")."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return (nxt.pos_ == "PROPN" or nxt.lower_ in _PLACE_HEADS or nxt.text in ("-", ",")
            or nxt.lower_ == "of" and doc[end - 1].lower_ in _COMPASS)


_COMPASS = frozenset("north south east west northern southern eastern western".split())


# Heads of a band that follows whoever leads it, and the words that name the leader after them.
_BANDS = frozenset("group faction militia cell network movement band fighter follower gunman "
                   "militant loyalist man supporter".split())  # lemmas
_LED = frozenset("lead head command".split())


def _leader_of(doc: Doc, root: Token, mentions: Sequence[Mention]) -> tuple[int, int] | None:
    """The known name after "led by", "headed by" or "loyal to" that modifies a band's head.
    The name is read from the mentions after the preposition, not from its object: the small
    parser often loses that object when descriptors precede a long name ("led by the wanted
    commander ...": it takes the first descriptor for the object)."""
    if root.lemma_.lower() not in _BANDS:
        return None
    for child in root.rights:
        if child.dep_ == "acl" and child.lemma_ in _LED:
            by = next((c for c in child.children if c.dep_ == "agent" and c.lower_ == "by"), None)
        elif child.dep_ == "amod" and child.lower_ == "loyal":
            by = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        else:
            continue
        if by is None:
            continue
        for m in mentions_from(mentions, by.i + 1, by.i + 6):
            if m.entry.named and not any(doc[i].is_punct or doc[i].pos_ == "AUX"
                                         for i in range(by.i + 1, m.start)):
                return m.start, m.end
    return None


_LINKED = frozenset("link tie affiliate ally connect associate".split())
_ARMED_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "RAD", "IMG"})


def _armed_patron(doc: Doc, root: Token, mentions: Sequence[Mention], resolve) -> bool:
    """A band's head with "linked to", "tied to", "affiliated with" an armed group or its leader."""
    if root.lemma_.lower() not in _BANDS:
        return False
    for child in root.rights:
        if child.dep_ not in ("acl", "amod") or child.lemma_.lower() not in _LINKED:
            continue
        to = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
        if to is None:
            continue
        for m in mentions_from(mentions, to.i + 1, to.i + 6):
            actor = resolve(m) if m.entry.named else None
            if actor is not None and (actor.role in _ARMED_ROLES or (actor.code or "").startswith("IMG")):
                return True
    return False


def _inside_person(doc: Doc, start: int, end: int) -> bool:
    """True when tokens [start, end) sit strictly inside a longer PERSON entity. The small
    model tags some possessive countries as people ("Sri Lanka's", "Papua New Guinea's"): a
    possessive ending is no part of a name, so it makes no entity longer."""
    if any(doc[i].ent_type_ != "PERSON" for i in range(start, end)):
        return False
    longer = end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].tag_ != "POS"
    return doc[start].ent_iob_ == "I" or longer


def _ent_bounds(doc: Doc, token: Token) -> tuple[int, int]:
    """Token bounds of the named entity containing ``token`` (walking IOB tags, no ents scan)."""
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _ent_text(doc: Doc, token: Token) -> str:
    if not token.ent_type_:
        return token.text
    start, end = _ent_bounds(doc, token)
    return span_text(doc, start, end)


@lru_cache(maxsize=1)
def default_resolver() -> ActorResolver:
    """The process-wide resolver over the default knowledge base and model."""
    return ActorResolver()


def localize(actor: Actor, country: str) -> Actor:
    """A role with no country ("the president", "rebels") acting in one country's place, or in a
    sentence about one country, is that country's: left unplaced it drops out of every count."""
    if actor.country or not actor.role or actor.kind == "igo" or actor.code != actor.role or alien(actor.text):
        return actor
    return dataclasses.replace(actor, code=country + actor.role, country=country)


def alien(text: str) -> bool:
    """The phrase says its people are of no one country here ("world leaders", "foreign troops",
    "international monitors": MANY_STATE_WORDS); the place or sentence does not place them."""
    words = text.split()
    # "foreign troops", but not "Foreign Ministry" or "Foreign Office": an organ's name is placed
    return len(words) > 1 and words[0].lower() in MANY_STATE_WORDS and words[1].islower()
