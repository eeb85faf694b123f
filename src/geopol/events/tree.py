"""Pure helpers over the spaCy parse: prepositional objects, conjuncts, passives, dates fused
into phrases. They read one sentence's tree and know nothing of actors or the lexicon.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from geopol.actors.resolve import attitude_to
from geopol.events.words import (
    CASUALTY_VERBS,
    KIN_OF_THINGS,
    PEER_NOUNS,
    POSSESSIVE_DETERMINERS,
    QUANTITY_HEADS,
    RECIPROCAL_DETERMINERS,
    RECIPROCAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    TIME_POINTS,
)
from geopol.parsed import per_document

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj", "pcomp"})
# Clauses a pronoun subject may reach out of for its antecedent ("..., where he met X").
LOWER_CLAUSES = frozenset({"relcl", "advcl", "conj", "ccomp"})
# Left-side dependents that belong to a noun phrase naming an actor.
NP_LEFT = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "npadvmod", "case", "punct",
                     "flat", "nn", "predet"})
AGENT_DEPS = ("prep", "agent")  # "by" is an agent in passives, a preposition elsewhere
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


@per_document
def children_of(tok: Token) -> tuple[Token, ...]:
    """``tok.children``, read once per token: spaCy walks every token between a token's edges on
    each ``children`` call (a clause root's walk is its clause) and makes a new Token for each
    child, and the coder asks for the children of the same verbs and nouns dozens of times."""
    return tuple(tok.children)


# The sentences of the document being coded: their first tokens, and the sentences (see sentence_of).
_sentences: tuple[Doc | None, list[int], list[Span]] = (None, [], [])


def sentence_of(tok: Token) -> Span:
    """``tok.sent`` from one pass over the document's sentences: spaCy's walks out to the
    sentence's bounds and scans the whole document for sentence marks on every call."""
    global _sentences
    doc, starts, sents = _sentences
    if doc is not tok.doc:
        sents = list(tok.doc.sents)
        starts = [s.start for s in sents]
        _sentences = (tok.doc, starts, sents)
    return sents[bisect_right(starts, tok.i) - 1]


def pobjs(tok: Token, preps: Collection[str], deps: Collection[str] = ("prep",)) -> list[Token]:
    """The objects of the token's prepositions among ``preps``, in order ("threats by X" -> X)."""
    return [p for c in children_of(tok) if c.dep_ in deps and c.lower_ in preps
            for p in children_of(c) if p.dep_ == "pobj"]


def of_object(tok: Token) -> Token | None:
    """The object of the phrase's "of" ("dozens of artifacts" -> artifacts)."""
    return next(iter(pobjs(tok, ("of",))), None)


def counted_of(tok: Token) -> Token | None:
    """What a quantity word counts ("hundreds of villagers", "most of its troops"); None when
    ``tok`` is no quantity word or its "of" names nothing."""
    return of_object(tok) if tok.lemma_.lower() in QUANTITY_HEADS else None


def objects_of(prep: Token) -> list[Token]:
    """The objects of a preposition; when the parser left it without one ("opposition to US
    plans" read as "opposition to | US plans ..."), the noun phrase that follows it."""
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    if objects or prep.i + 1 >= len(prep.doc):
        return objects
    nxt = prep.doc[prep.i + 1]
    head = nxt
    while head.dep_ in ("compound", "amod", "det", "nmod", "poss") and head.head.i > head.i:
        head = head.head
    return [head] if head.pos_ in ("NOUN", "PROPN") else []


def agentless_passive(verb: Token) -> bool:
    children = children_of(verb)
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children) and not any(c.dep_ == "agent" for c in children)


def reduced_passive(verb: Token) -> bool:
    """"a journalist slain by gunmen", "hostages seized by militants": a past participle
    modifying its patient, with its agent (without one it may only describe the noun). With an
    object it is a main verb misread ("helicopters bombarded by missiles a building")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    agents = [p for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"]
    return bool(agents) and not any(c.dep_ == "dobj" for t in (verb, *agents) for c in children_of(t))


def participle_read_as_finite(verb: Token) -> bool:
    """"Three aid workers abducted last month are still held", parsed as "workers abducted" with
    "are held" conjoined to it: a finite verb has no conjunct that keeps an auxiliary of its own
    but no subject and no "and" between, so the first verb is a participle modifying its patient,
    and its subject did not do the act."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "cc") for c in children_of(verb)):
        return False
    if not any(c.dep_ == "nsubj" for c in children_of(verb)):
        return False
    return any(c.dep_ == "conj" and c.i > verb.i
               and any(a.dep_ in ("aux", "auxpass") for a in children_of(c))
               and not any(a.dep_ in ("nsubj", "nsubjpass", "cc") for a in children_of(c))
               and not any(t.dep_ == "cc" or t.lower_ in ("and", "or", "but") for t in verb.doc[verb.i + 1:c.i])
               for c in children_of(verb))


def stranded_subject(verb: Token) -> Token | None:
    """"Two Danes, thought to be tourists, were abducted": the parser takes the subject for
    the inserted participle's (or the participle for the main verb) and leaves the verb with
    none; it is the verb's."""
    kids = children_of(verb)
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in kids):
        return None
    if verb.dep_ == "conj" and participle_read_as_finite(verb.head):
        # "Three Britons, believed to be aid workers, were kidnapped", read as two conjoined verbs
        return next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    doc = verb.doc
    for clause in kids:
        if clause.dep_ == "advcl" and clause.tag_ in ("VBD", "VBN") and clause.i < verb.i and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in children_of(clause)):
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < clause.i), None)
            # set off by commas on both sides: an insertion, not a clause of its own
            if subject is not None and any(t.text == "," for t in doc[subject.i + 1:clause.i]) and any(
                    t.text == "," for t in doc[clause.right_edge.i:verb.i]):
                return subject
    return None


def bare_participle(verb: Token) -> bool:
    """"a reservist charged with abuse", "officials indicted for fraud": a past participle with no
    agent and no object modifying its patient, a noun; what it names is done to the noun."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.i < verb.i and not any(c.dep_ in ("agent", "dobj", "auxpass") for c in children_of(verb)))


def passive_head(verb: Token) -> Token:
    """"were arrested and charged": the passive participle whose subject a bare conjoined one
    shares (the verb itself otherwise)."""
    head = verb.head
    # "and charged with fraud" may be tagged a past tense; with no object it is still passive.
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in children_of(verb))
    if verb.dep_ == "conj" and participle and head.i != verb.i and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("auxpass", "agent")
            for c in children_of(verb)) \
            and any(c.dep_ == "auxpass" for c in children_of(head)):
        return head
    return verb


def each_other(tok: Token) -> bool:
    """"accused each other", "met one another": the members of the subject towards each other."""
    for child in children_of(tok):
        args = [child] if child.dep_ in ("dobj", "dative") else [p for p in children_of(child) if p.dep_ == "pobj"]
        for arg in args:
            if arg.lower_ in RECIPROCAL_PRONOUNS and any(c.lower_ in RECIPROCAL_DETERMINERS for c in children_of(arg)):
                return True
    return False


def own_belonging(arg: Token) -> bool:
    """"withdraw its troops", "lay down their weapons": the subject's own, not a target. Not
    "returned the painting to its owner": an owner is the thing's, not the subject's. A count or
    share of them is theirs too ("withdrew most of its troops", "handed over some of their arms"):
    the quantity word heads the phrase, what it counts is the subject's own."""
    counted = counted_of(arg)
    if counted is not None and counted.i != arg.i and own_belonging(counted):
        return True
    return arg.lemma_.lower() not in KIN_OF_THINGS and arg.lemma_.lower() not in PEER_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVE_DETERMINERS for c in children_of(arg))


def fronted_adjuncts(verb: Token) -> set[int]:
    """The prepositional phrases placed before the verb's subject ("On a visit to Angola, ...")."""
    subject_at = min((c.left_edge.i for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), default=-1)
    return {c.i for c in children_of(verb) if c.dep_ == "prep" and c.i < subject_at}


def gerund_read_as_noun(verb: Token) -> Token | None:
    """"condemned the Azerbaijani shelling of the town": the small parser takes "the Azerbaijani"
    for the object and hangs "shelling" on the verb as a clause; a gerund right after an object
    that is a determiner and one proper word is that noun phrase's head. The proper word, its owner."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.head.i > verb.i:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "dobj" or prev.head.i != verb.head.i or prev.pos_ != "PROPN":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in children_of(verb)):
        return None
    det = [c for c in children_of(prev) if c.dep_ == "det"]
    if not det or [c for c in children_of(prev) if c.dep_ != "det"]:
        return None
    return prev


def clause_before(verb: Token) -> Token | None:
    """A trailing participle the parser hung on the main verb ("..., killing 700 people") when a
    marked clause of its own ("after most of the province was inundated") stands between
    them: that clause, whose happening the participle goes on to tell."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    between = [c for c in children_of(verb.head) if c.dep_ == "advcl" and verb.head.i < c.i < verb.i
               and any(m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS for m in children_of(c))]
    return between[-1] if between else None


def misparsed_main_verb(verb: Token) -> bool:
    """A past-tense verb the parser hung on the sentence's root noun as a participle, though the
    sentence has no other verb and nothing marks a passive."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and verb.i > head.i
            and not any(c.dep_ in ("auxpass", "oprd") for c in children_of(verb))
            and not (any(c.dep_ == "agent" for c in children_of(verb)) and instrument_object(verb) is None
                     and not any(c.dep_ == "dobj" for c in children_of(verb))))


def instrument_object(verb: Token) -> Token | None:
    """"helicopters bombarded by missiles a building": the means told before the object, which the
    parser hangs on the means; a verb with no object of its own acts on it."""
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return None
    return next((o for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"
                 for o in children_of(p) if o.dep_ == "dobj" and o.i > p.i), None)


def path_up(tok: Token, ancestor: Token) -> list[Token]:
    """The tokens strictly between ``tok`` and its ``ancestor`` in the tree."""
    out = []
    for a in tok.ancestors:
        if a.i == ancestor.i:
            break
        out.append(a)
    return out


def purpose_clause(verb: Token) -> bool:
    """"... to express support": an infinitive saying what the act above it was for."""
    return verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def harmed_above(verb: Token) -> list[Token]:
    """"Three soldiers were killed when rebels detonated a bomb": the passive subjects of the harm
    a "when" or "as" clause of force is told under (the clause's own object is its means)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or head.lemma_.lower() not in CASUALTY_VERBS or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in children_of(verb)):
        return []
    return [c for c in children_of(head) if c.dep_ in PASSIVE_SUBJECT_DEPS]


def conditions_of(verb: Token, marks: frozenset[str]) -> list[Token]:
    """The adverbial clauses, opened by one of ``marks``, that bind the act or the readiness or
    plan it completes ("is willing to reopen talks if X drops its demands")."""
    chain, tok = [verb], verb
    while tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i and len(chain) < 4:
        tok = tok.head
        chain.append(tok)
    return [c for t in chain for c in children_of(t)
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c))]


@per_document
def misread_object(verb: Token) -> Token | None:
    """"called Ethiopian Prime Minister Abiy Ahmed on Monday": a name the parser took for a
    predicate ("called him a liar") when the verb has no object; it is the object."""
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "oprd" and c.pos_ == "PROPN"
                 and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None) or instrument_object(verb) \
        or counted_object(verb)


def counted_object(verb: Token) -> Token | None:
    """"kidnapped up to 16 Russian advisers": the parser takes "up" for the verb's particle and
    the counted noun for the object of "to"; it is the verb's object."""
    up = next((c for c in children_of(verb) if c.dep_ == "prt" and c.lower_ == "up"), None)
    to = next((c for c in children_of(up) if c.dep_ == "prep" and c.lower_ == "to"), None) if up is not None else None
    if to is None:
        return None
    return next((p for p in children_of(to) if p.dep_ == "pobj"
                 and any(n.dep_ == "nummod" for n in children_of(p))), None)


def names_people(obj: Token) -> bool:
    """"two Americans", "three Nepalis": a plural people's name stands for persons of it."""
    return obj.ent_type_ == "NORP" and obj.tag_ in ("NNS", "NNPS")


def unaddressed(verb: Token) -> bool:
    """"appealed for calm", "urged restraint": a verb told with no one it is addressed to (no
    indirect or clausal object, no "on"/"to"/"with" phrase) and not in a clause describing a
    party ("the envoy, who has pushed for talks"). "called on his followers to ...", "asked to
    be withdrawn" have an addressee, named or left out, that a reading with none misses. An
    appeal noun a verb carries ("issued a plea for his release") is read with its verb."""
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.i != verb.i:
        return _unaddressed(verb) and unaddressed(verb.head)
    return verb.pos_ == "VERB" and verb.dep_ != "relcl" and _unaddressed(verb)


def _unaddressed(tok: Token) -> bool:
    return not any(c.dep_ in ADDRESSEE_DEPS or c.dep_ in ("prep", "prt") and c.lower_ in ADDRESSEE_PREPS
                   for c in children_of(tok))


# What names or implies an appeal's addressee.
ADDRESSEE_DEPS = frozenset({"dative", "iobj", "xcomp", "ccomp", "oprd"})
ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with"})


def bare_complement(tok: Token) -> bool:
    """"found X guilty", "let free the prisoners": a complement without a subject of its own."""
    return tok.dep_ in ("ccomp", "xcomp") and (tok.pos_ == "ADJ" or (
        tok.tag_ == "VB" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in children_of(tok))))


def temporal(tok: Token) -> bool:
    """"on 2 March Russia": a date fused into the subject phrase by the parser; "at the end of
    August": a point in a date."""
    if tok.ent_type_ in ("DATE", "TIME") or tok.like_num or tok.dep_ == "quantmod":
        return True
    inner = of_object(tok) if tok.lemma_.lower() in TIME_POINTS else None
    return inner is not None and inner.ent_type_ in ("DATE", "TIME")


@per_document
def modifiers(noun: Token) -> tuple[str, ...]:
    """Lemmas that qualify an event noun ("hunger strike", "joint drills", "military aid"); a
    qualifier spaCy split at its hyphens ("high - profile") is also named whole ("high-profile"),
    as the lexicon writes it."""
    words: list[str] = []
    for c in children_of(noun):
        if c.dep_ in ("compound", "amod", "nmod"):
            words.append(c.lemma_.lower())
            words.extend(hyphen_words(c))
    return tuple(words)


def hyphen_words(tok: Token) -> tuple[str, ...]:
    """The hyphened word ``tok`` is part of ("cross-border", "high-level"), as written and with its
    last part lemmatised ("asylum-seekers" -> "asylum-seeker"); () when it stands alone."""
    doc = tok.doc
    lo = hi = tok.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].is_alpha:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_ \
            and doc[hi + 2].is_alpha:
        hi += 2
    if lo == hi:
        return ()
    parts = [doc[i].lower_ for i in range(lo, hi + 1, 2)]
    written = "-".join(parts)
    lemmatised = "-".join([*parts[:-1], doc[hi].lemma_.lower()])
    return (written,) if lemmatised == written else (written, lemmatised)


def noun_words(noun: Token) -> tuple[str, ...]:
    """What an event noun's entry is chosen by: its qualifiers, and what it is aimed at ("an
    attack on the budget" is criticism, as "attacked the budget" is)."""
    return (*modifiers(noun), *(p.lemma_.lower() for p in pobjs(noun, ("on", "against"))))


def conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in children_of(tok):
        if child.dep_ == "conj":
            out.append(child)
            out.extend(conjuncts(child))
    return out


def antecedent_next(pronoun: Token) -> bool:
    """"the rebels in Darfur who attacked": no other common noun between the pronoun and the noun
    it is attached to, which the parser may have picked wrongly ("the department of the siege that")."""
    noun = pronoun.head.head
    return noun.i < pronoun.i and not any(t.pos_ == "NOUN" for t in pronoun.doc[noun.i + 1:pronoun.i])


def has_relative_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in children_of(verb))


def phrasal_reach(head: Token) -> set[int]:
    """Tokens under ``head`` not inside a clause of their own."""
    out: set[int] = set()
    stack = [c for c in children_of(head) if c.dep_ not in CLAUSAL_DEPS and c.dep_ not in SUBJECT_DEPS]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack.extend(c for c in children_of(tok) if c.dep_ not in CLAUSAL_DEPS)
    return out


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Character spans ``[start, end)`` that share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def relative_object(verb: Token) -> Token | None:
    """"the sanctions that the EU imposed": the noun a relative clause hangs on, when the clause's
    object is the relative pronoun; None otherwise. A name restricts no such clause: "a pact
    with ASEAN that Seoul signed", "a pact with the ASEAN bloc that Seoul signed" hangs on the pact
    the parser passed over."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS and c.i < verb.i for c in children_of(verb)):
        return None
    named = head.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(head))
    if named and head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head


BEHEST_PREPS = frozenset({"at", "on", "upon"})


def behest_phrase(noun: Token, behest_nouns: Collection[str]) -> bool:
    """"at the request of X", "at X's invitation": a noun naming why the clause acts, and who
    asked (not "insisted on its demands", the subject's own)."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in BEHEST_PREPS and noun.lemma_.lower() in behest_nouns
            and noun.head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" and c.pos_ != "PRON"
                for c in noun.children))


def misattached_conjunct(verb: Token) -> Token | None:
    """"urged Peru to return the fishermen and threatened to recall ...", "accused Chile of
    harbouring rebels and demanded ...": a finite verb the parser conjoined with an infinitive or
    a gerund coordinates with the finite verb above it (a past tense is no conjunct of a "to"
    infinitive or of "of doing"); that verb, else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return None
    infinitive = head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    if not infinitive and not (head.tag_ == "VBG" and head.dep_ == "pcomp"):
        return None
    return next((a for a in head.ancestors if a.tag_ in FINITE_TAGS and a.pos_ in ("VERB", "AUX")), None)


def participle_read_as_verb(verb: Token, speech: Collection[str]) -> Token | None:
    """"Protesters angered at the sacking of a governor ransacked offices": the small parser makes
    the participle describing the subject the main verb and the real verb its complement. A finite
    complement with no subject, mark or aux of its own after a past verb with a subject and no
    object acts with that subject: the verb whose subject it takes, else None. Not under a verb of
    saying or one in a relative clause ("the militants the army said killed ten" is the militants')."""
    head = verb.head
    if (verb.dep_ != "ccomp" or verb.tag_ not in FINITE_TAGS or head.i >= verb.i or head.pos_ != "VERB"
            or head.tag_ not in ("VBD", "VBN") or head.dep_ in ("relcl", "acl", "ccomp")
            or head.lemma_.lower() in speech):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("mark", "expl", "aux", "auxpass")
           for c in children_of(verb)):
        return None
    if any(c.dep_ in ("dobj", "xcomp", "dative") for c in head.children):
        return None
    return head if any(c.dep_ in SUBJECT_DEPS and c.i < head.i for c in head.children) else None


# Subordinators the parser leaves as a verb's mark when it hangs their object on the verb as a subject.
CLAUSE_MARKS = frozenset({"after", "before", "since", "until", "following", "while", "when", "as"})


def marked_subject(subject: Token, verb: Token) -> bool:
    """"Musharraf, on his visit after the landmark polls in Afghanistan, congratulated ...": the
    parser read "after the polls" as a clause and hung its noun on the verb as a second subject;
    a subject with one of the verb's subordinators right before it is that noun, not the actor."""
    return any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS and c.i < subject.left_edge.i
               and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[c.i + 1:subject.left_edge.i])
               for c in children_of(verb))


def aside(doc: Doc, start: int, end: int, head: Token) -> bool:
    """The mention at tokens ``[start, end)`` names no party of the act at ``head``: a stance
    ("anti-French") qualifying a thing deeper than the act or its object ("appealed for an end to
    anti-French violence"; "staged anti-US raids" are aimed at the US), or a neighbour a place
    borders ("hideouts near the Afghan border")."""
    above = doc[start].head
    return attitude_to(doc, start) and head.i not in (above.i, above.head.i) or border_landmark(doc, start, end)


# "near the Afghan border", "the region bordering Cameroon", "the border with Gaza": a state named
# as the edge of a place is a landmark, not a country the sentence is about nor a party.
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers"})


def border_landmark(doc: Doc, start: int, end: int) -> bool:
    """The mention at tokens ``[start, end)`` names the neighbour a place borders (not "the
    Chadian border town of Adre": a town of Chad on its border)."""
    after = doc[end].lower_ if end < len(doc) and doc[end].dep_ not in ("compound", "amod", "nmod") else ""
    before = [doc[i].lower_ for i in range(max(0, start - 2), start)]
    return (after in BORDER_NOUNS or bool(before) and before[-1] in ("bordering", "borders")
            or len(before) == 2 and before[0] in BORDER_NOUNS and before[1] == "with")
