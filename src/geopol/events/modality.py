"""Modality and attribution: whether an event is asserted, and on whose word.

Event data that flattens "could", "did not" and "if" into facts is the field's oldest
complaint about GDELT; here each trigger is read in its clause before it becomes a record.
"""

from __future__ import annotations

from spacy.tokens import Token

from geopol.events.tree import children_of, fronted_adjuncts, sentence_of
from geopol.events.words import CLAIM_NOUNS, DENYING_VERBS, NECESSITY_VERBS, OCCASION_NOUNS, SCENE_PREPOSITIONS
from geopol.parsed import per_document, span_text

# "must": what someone is obliged or told to do is not done by the telling ("Iran must suspend ...").
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "would", "can", "ought", "must"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
# "should begin receiving in 2017" is an expectation about the future, not a wish.
EXPECTATION_MODALS = frozenset({"should"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# "until the president meets those demands": in the present tense, a condition still open.
OPEN_UNTIL_TAGS = frozenset({"VBZ", "VBP", "VB"})
HEDGE_MODIFIERS = frozenset(
    {"possible", "potential", "proposed", "prospective", "hypothetical", "likely", "expected",
     "future", "eventual", "rumoured", "rumored", "alleged", "suspected", "mooted"}
)
# "the upcoming summit", "talks tomorrow", "a planned meeting" (EVENTS.md rule 8: planned summits):
# an act on the calendar has not happened yet.
SCHEDULE_MODIFIERS = frozenset({"upcoming", "forthcoming", "impending", "scheduled", "tomorrow", "planned"})
# ... before the noun only: "a strike planned to hit the ports" tells the strike's aim.
PRENOMINAL_SCHEDULE = frozenset({"planned"})
# ... and arranged by its parties (an impending attack is not its victims' plan).
ARRANGED_MODIFIERS = SCHEDULE_MODIFIERS - {"impending"}
# Matrix verbs (and nouns) whose complement has not happened (yet).
FUTURE_GOVERNORS = frozenset(
    {"plan", "intend", "prepare", "prepared", "schedule", "set", "expect", "aim", "due", "going", "poised", "poise",
     "plot", "conspire", "scheme",
     # "assigned its UN envoys to call for a meeting": a task given is still to be done
     "assign", "task", "mandate", "commission", "entrust"}
)
# "agreed to take part in talks": the promise is the event (EVENTS.md rule 8), the act it
# promises is to come. Only through an infinitive: "pledged support" is the support itself.
PROMISE_GOVERNORS = frozenset({"agree", "promise", "pledge", "vow", "undertake", "commit"})
HYPOTHETICAL_GOVERNORS = frozenset(
    {"hope", "want", "wish", "seek", "try", "consider", "mull", "weigh", "propose", "suggest", "contemplate",
     "threaten", "fear", "risk", "imagine", "envisage", "envision", "happy", "ready", "willing", "able",
     "see", "like", "attempt", "offer", "urge", "ask", "call", "demand", "push", "press", "likely", "unlikely"}
)
# ... and what an act averts or thwarts has not happened ("talks to avert an assault", "foiled an attack").
NEGATING_GOVERNORS = frozenset({"refuse", "unwilling", "unprepared", "fail", "decline", "avoid", "stop", "cease",
                                "deny", "reject", "halt",
                                "end", "suspend", "abandon", "prevent", "block", "forbid", "ban",
                                "avert", "forestall", "thwart", "foil", "preempt", "pre-empt", "stave"})
# "received a green light to host talks", "permission to build": an act allowed may still not
# happen (EVENTS.md rule 8: the permission is the permitter's act, the permitted one is possible).
PERMISSION_NOUNS = frozenset({"permission", "go-ahead", "approval", "authorisation", "authorization", "clearance",
                              "consent", "nod"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
ANY_DETERMINERS = frozenset({"any", "whatever", "whichever"})

# Speech and cognition verbs: their subject is the one who claims what the complement says.
REPORTING_VERBS = frozenset(
    {"say", "tell", "announce", "claim", "allege", "report", "state", "declare", "insist", "argue", "add",
     "note", "warn", "believe", "think", "see", "assert", "maintain", "contend", "confirm", "deny",
     "suggest", "stress", "emphasise", "emphasize", "accuse", "charge", "write", "indicate", "reveal",
     "disclose", "acknowledge", "admit", "explain", "predict", "fear", "hope", "view", "consider",
     "quote", "tweet", "post", "signal", "hint", "estimate", "reiterate", "reaffirm", "repeat", "remind",
     "underline", "underscore", "conclude"}
)

# "Rwanda's threat to launch strikes", "the rebels' readiness to attack": the noun is the threat
# itself, made now; the act it names is what is threatened (as "threatened to launch strikes").
THREAT_NOUNS = ("threat", "readiness", "willingness", "determination")

# "Uganda's decision to withdraw", "a bid to oust", "its refusal to comply": what the infinitive
# of such a noun tells has not happened by the noun's telling.
INTENT_NOUN_MODALITY = {
    **dict.fromkeys(("decision", "plan", "proposal", "intention", "pledge", "promise", "commitment",
                     "resolution", "vote"), "future"),
    **dict.fromkeys(("move", "bid", "attempt", "effort", "offer", *THREAT_NOUNS, "plot", "scheme", "conspiracy"),
                    "hypothetical"),
    **dict.fromkeys(("refusal", "failure"), "negated"),
    # "a deadline for Sudan to disarm", "an ultimatum to surrender": a term set for an act is not
    # the act; "pressure on Iran to comply", "a call (demand, request) to withdraw": what is
    # pressed for or asked may never be done.
    **dict.fromkeys(("deadline", "ultimatum", "timetable", "timeline"), "future"),
    **dict.fromkeys(("pressure", "call", "appeal", "demand", "request", "order", "chance", "opportunity"),
                    "hypothetical"),
}

# Dependency links a clause keeps its modality across (the complement of "did not join in ...").
_CHAIN = frozenset({"xcomp", "pcomp", "prep", "acomp", "oprd", "dobj", "pobj", "compound", "amod", "auxpass", "dative"})


def _own_modality(tok: Token) -> str | None:
    """What the token's own auxiliaries and modifiers say, nearest first."""
    children = list(children_of(tok))
    if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")) for c in children):
        return "negated"
    for child in children:
        dep, low = child.dep_, child.lower_
        if dep in ("aux", "auxpass"):
            if low in HYPOTHETICAL_MODALS:
                return "hypothetical"
            if low in FUTURE_MODALS or low in EXPECTATION_MODALS:
                return "future"
        if dep == "mark" and low in CONDITIONAL_MARKS:
            return "hypothetical"
        if dep == "mark" and low == "for" and _infinitive(tok):
            # "the deadline for Sudan to disarm the militias", "time for Iran to comply": a "for
            # X to do" clause is an act required, wished or allowed, never one told as done.
            return "hypothetical"
        if dep == "amod" and low in HEDGE_MODIFIERS or dep == "det" and low in ANY_DETERMINERS and tok.pos_ == "NOUN":
            return "hypothetical"  # "the proposed talks", "will reject any proposal": none made yet
        if tok.pos_ == "NOUN" and on_calendar(child, SCHEDULE_MODIFIERS):
            return "future"
    return None


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))


def own_modality(tok: Token) -> str | None:
    """What an act's own words say of it ("the planned visit"), without the clauses above."""
    return _own_modality(tok)


@per_document
def modality_of(trigger: Token) -> str:
    """Read the trigger's clause and the clauses above it up to the first finite verb (once per token)."""
    sent = sentence_of(trigger)
    if _is_question(trigger, sent):
        return "question"
    tok = prev = trigger
    result = None
    for _ in range(8):
        if tok.i != trigger.i and _obliged(tok, prev):
            result = "hypothetical"  # "Turkey will have to recognize Cyprus": a requirement, not an act or a plan
            break
        own = _own_modality(tok)
        if own == "hypothetical" and _reported_would(tok):
            own = "future"  # "said they would encourage X": the future of reported speech
        if own is not None:
            result = own
            break
        lemma = _predicate_of(tok, prev).lemma_.lower()
        # "due to torture" is a cause, not a schedule; "During talks with X, Y urged ...": a scene set
        # before the clause is not what its verb governs.
        if tok.i != trigger.i and tok.dep_ != "prep" and not (prev.dep_ == "prep" and (
                prev.i in fronted_adjuncts(tok) or prev.lower_ in SCENE_PREPOSITIONS)):
            if ending_of(tok, prev):
                # "demanded a halt to the Israeli offensive", "called for an end to the fighting":
                # what is to be ended is going on; whatever is said of its end, it is asserted.
                break
            if lemma in NEGATING_GOVERNORS and not (
                    lemma == "end" and prev.dep_ == "dobj" and prev.lemma_.lower() in OCCASION_NOUNS) and not (
                    prev.dep_ == "prep" and prev.lower_ == "by"):
                # "ended her visit to Peru": the visit took place (an ended stance did not go on);
                # "ended the strike by agreeing to talks": the means was taken, not refused
                result = "negated"
                break
            governs = (lemma in FUTURE_GOVERNORS or lemma in PROMISE_GOVERNORS and prev.dep_ == "xcomp"
                       or lemma in HYPOTHETICAL_GOVERNORS or _permitted(tok, prev))
            if governs and _copula_negated(tok):
                result = "negated"  # "is not prepared to negotiate", "were not ready to talk": refused
                break
            if lemma in FUTURE_GOVERNORS or lemma in PROMISE_GOVERNORS and prev.dep_ == "xcomp":
                result = "future"  # not "begin": "began a visit" has happened
                break
            if lemma in HYPOTHETICAL_GOVERNORS or _permitted(tok, prev):
                result = "hypothetical"
                break
        noun = intent_noun(tok)
        if noun is not None:
            result = INTENT_NOUN_MODALITY[noun.lemma_.lower()]
            break
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in CONDITIONAL_MARKS or c.lower_ == "until"
                                                               and tok.tag_ in OPEN_UNTIL_TAGS)
                                       for c in children_of(tok)):
            result = "hypothetical"
            break
        if _scheduled(tok):  # "is to travel to Chile to discuss fishing rights": the purpose is arranged too
            result = "future"
            break
        if tok.dep_ == "prep" and tok.lower_ == "without" and prev.dep_ in ("pcomp", "pobj"):
            result = "negated"  # "without acknowledging responsibility", "left without a deal"
            break
        if _denied(tok):
            result = "negated"  # "Iran denied that its troops crossed the border"
            break
        if tok.dep_ == "ccomp" and tok.head.i != tok.i and any(
                c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children_of(tok.head)):
            # "would not say if the move meant Beijing was calling off the drills": what an open
            # question or a condition contains is as open as they are
            result = "hypothetical"
            break
        shared = _shared_modality(tok)
        if shared is not None:
            result = shared
            break
        if described_by_copula(tok):
            # "will become the first leader to visit X": the visit is as sure as the copula
            prev, tok = tok.head, tok.head.head
            continue
        if (tok.dep_ not in _CHAIN and not _purpose(tok) and not _infinitive_clause(tok)
                and not _infinitive_conjunct(tok)) or tok.head.i == tok.i:
            break
        prev, tok = tok, tok.head
    if result is None or result == "negated":
        # "be going to" and infinitives after future nouns ("plans to install") are future.
        if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in ("go", "plan", "set") or _scheduled(trigger):
            result = result or "future"
        elif trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in ("plan", "proposal", "intention"):
            result = result or "future"
    return result or "asserted"


def _predicate_of(tok: Token, prev: Token) -> Token:
    """"looked set to approve", "seemed ready to sign": the parser hangs the infinitive on the
    linking verb beside the adjective that governs it ("looked set on Friday to": a participle
    right after the verb); the adjective is what the verb says."""
    if tok.i != prev.i and prev.dep_ == "advcl" and prev.head.i == tok.i and any(
            c.tag_ == "TO" for c in children_of(prev)):
        return next((c for c in children_of(tok) if c.i < prev.i and (
            c.dep_ == "acomp" or c.dep_ == "advcl" and c.tag_ == "VBN" and c.i == tok.i + 1)), tok)
    return tok


def described_by_copula(verb: Token) -> bool:
    """"became the first British leader to visit Libya": an infinitive that tells what makes the
    complement of a copula so; its act is the copula subject's."""
    head = verb.head
    return (verb.dep_ in ("acl", "relcl") and any(c.tag_ == "TO" for c in children_of(verb))
            and head.dep_ == "attr" and head.head.lemma_.lower() in ("be", "become", "remain"))


def _copula_negated(tok: Token) -> bool:
    """"Chile is not ready to talk": an adjective of readiness after a negated copula; the parser
    hangs the "not" on the copula, so the adjective's own words never show it."""
    head = tok.head
    doc = tok.doc
    return tok.dep_ == "acomp" and head.i != tok.i and any(
        (c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never")
        and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "only")  # "not only ready ... but"
        for c in children_of(head))


# "an end to", "a halt to", "a stop to": nouns whose "to" names what is going on and is to end.
ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation"})


def ending_of(tok: Token, prev: Token) -> bool:
    """``prev`` is the "to" (or "of") of an ending noun: "a halt to | the offensive"."""
    return (tok.pos_ == "NOUN" and tok.lemma_.lower() in ENDING_NOUNS and prev.dep_ == "prep"
            and prev.lower_ in ("to", "of") and prev.head.i == tok.i)


def _obliged(tok: Token, prev: Token) -> bool:
    """"has to withdraw", "will need to recognize": ``prev`` is what ``tok`` (have, need, in the
    present or future) obliges someone to do; "had to land" tells what was done."""
    return (tok.lemma_.lower() in NECESSITY_VERBS and tok.tag_ != "VBD" and prev.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children))


def _denied(tok: Token) -> bool:
    """``tok`` heads what a denial says did not happen: the complement of "denied (that)", or
    what "rejected reports that ..." reports."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("ccomp", "acl"):
        return False
    if tok.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in DENYING_VERBS:
        return True
    claim = head if head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS else None
    return (claim is not None and claim.dep_ in ("dobj", "nsubjpass")
            and claim.head.lemma_.lower() in DENYING_VERBS)


def _shared_modality(tok: Token) -> str | None:
    """A conjoined verb with no subject of its own shares its first conjunct's condition ("if
    Western nations threaten or put pressure on Tehran") and modal ("will pull out of the treaty
    and develop its programme"); not its negation ("did not attack and fled": the flight happened)."""
    head = tok.head
    if tok.dep_ != "conj" or head.i == tok.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in head.children):
        return "hypothetical"
    if tok.tag_ == "VB":
        for child in head.children:
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS:
                return "hypothetical"
            if child.dep_ == "aux" and (child.lower_ in FUTURE_MODALS or child.lower_ in EXPECTATION_MODALS):
                return "future"
    return None


def intent_noun(clause: Token) -> Token | None:
    """The decision, plan or offer whose infinitive ``clause`` is: the noun it hangs from, or the
    object just before it where the small parser hangs "criticized a decision | to impose" (or "acted
    through schemes | to bribe") on the verb."""
    if clause.dep_ not in ("acl", "advcl"):
        return None
    to = next((c for c in children_of(clause) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    noun = clause.head if clause.dep_ == "acl" else next(
        (t for t in clause.head.subtree if t.dep_ in ("dobj", "pobj") and t.i < to.i and t.right_edge.i + 1 == to.i),
        None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUN_MODALITY:
        return None
    return noun


def _permission(tok: Token) -> bool:
    """"permission", "a green light", "the go-ahead" (which the small parser splits)."""
    lemma = tok.lemma_.lower()
    return lemma in PERMISSION_NOUNS or (lemma == "light" and any(c.lower_ == "green" for c in children_of(tok))) or (
        lemma == "ahead" and any(c.lower_ == "go" for c in children_of(tok)))


def _permitted(tok: Token, prev: Token) -> bool:
    """The infinitive below is what a permission allows: "permission to host" (the clause on the
    noun) or "received a green light from X to host" (the clause on the verb that got it)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(prev)):
        return False
    return _permission(tok) or (tok.pos_ == "VERB" and any(c.dep_ == "dobj" and _permission(c)
                                                           for c in children_of(tok)))


def on_calendar(child: Token, words: frozenset[str]) -> bool:
    """A noun's modifier that dates the act ahead: "the upcoming summit", "talks tomorrow",
    "talks scheduled for March"."""
    return (child.dep_ in ("amod", "npadvmod") and child.lower_ in words
            or child.dep_ == "acl" and child.lower_ in words and child.lower_ not in PRENOMINAL_SCHEDULE)


def _reported_would(tok: Token) -> bool:
    """"said it would free the hostages": "would" is the future of the speech, not a condition,
    unless the clause has one of its own ("would free them if ...")."""
    return (any(c.dep_ in ("aux", "auxpass") and c.lower_ == "would" for c in children_of(tok))
            and reporting_head(tok) is not None
            and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS
                                                  for m in children_of(c)) for c in children_of(tok)))


def _is_question(trigger: Token, sent) -> bool:
    # The sentence's last few tokens decide, unless they are all space and closing quotes.
    text = span_text(sent.doc, max(sent.start, sent.end - 4), sent.end).rstrip().rstrip("\"'”’)")
    if not text:
        text = span_text(sent.doc, sent.start, sent.end).rstrip().rstrip("\"'”’)")
    if not text.endswith("?"):
        return False
    # Questions put to the reader concern the main clause, not an embedded report.
    root = sent.root
    return trigger.i == root.i or trigger.head.i == root.i or any(t.i == root.i for t in trigger.ancestors)


def reporting_head(trigger: Token) -> Token | None:
    """The speech verb whose complement holds the trigger ("X said that ..."), if any."""
    tok = trigger
    for _ in range(6):
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORTING_VERBS:
            return tok.head
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    # Inverted quotes: "..., the ministry said." The speech verb is the root; the event is its ccomp.
    return None


def according_to(trigger: Token) -> Token | None:
    """The object of "according to X" in the trigger's sentence, if present."""
    return _according_to(sentence_of(trigger)[0])


@per_document
def _according_to(first: Token) -> Token | None:
    """``according_to`` of the sentence opening at ``first``: read once per sentence, not once
    per trigger in it (each read walks the whole sentence)."""
    for tok in sentence_of(first):
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            for child in children_of(tok.doc[tok.i + 1]):
                if child.dep_ == "pobj":
                    return child
    return None


# "will release", "is willing to withdraw", "said it would free": a stated intention, which
# CAMEO codes as an event of its own (03x), and "will not lift" a refusal (12x).
INTENT_AUX = frozenset({"will", "shall", "'ll", "wo"})
# CAMEO 03: "offer, promise, agree to, or otherwise indicate willingness".
INTENT_GOVERNORS = frozenset({"willing", "unwilling", "unprepared", "ready", "prepared", "poised", "poise", "schedule",
                              "slate", "due", "plan", "intend",
                              "vow", "swear", "pledge", "promise", "offer", "determined", "set", "refuse", "threaten"})


def intends(trigger: Token) -> bool:
    """True when the trigger's clause states an intention rather than a fact or a possibility,
    or the act is on its parties' calendar ("the upcoming summit", "talks tomorrow")."""
    if trigger.pos_ == "NOUN" and any(on_calendar(c, ARRANGED_MODIFIERS) for c in children_of(trigger)):
        return True
    if threat_noun(trigger):
        return True
    tok = prev = trigger
    reported = reporting_head(trigger) is not None
    for _ in range(4):
        if tok.i != trigger.i and _obliged(tok, prev):
            return False  # "will have to recognize Cyprus": required of it, not its intention
        for child in children_of(tok):
            if child.dep_ in ("aux", "auxpass") and (
                    child.lower_ in INTENT_AUX or (reported and child.lower_ == "would")):
                # "said it would free ...": "would" is the future of reported speech.
                return True
        if tok.i != trigger.i and _predicate_of(tok, prev).lemma_.lower() in INTENT_GOVERNORS or _scheduled(tok):
            return True
        if tok.i != trigger.i and tok.lower_ == "going" and prev.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(prev)):
            return True  # "is going to visit Kampala": an intention, as "is to visit" is
        if (tok.dep_ not in ("xcomp", "acomp", "dobj") and not _purpose(tok)
                and _predicate_of(tok.head, tok).i == tok.head.i) or tok.head.i == tok.i:
            return False
        prev, tok = tok, tok.head
    return False


# "ready to strike", "vowed to crush the revolt": readiness or a vow to use force is a threat
# made now (CAMEO 13, EVENTS.md rule 8); a plain "will attack" is only a future act.
THREAT_GOVERNORS = frozenset({"willing", "ready", "prepared", "vow", "swear", "pledge", "promise", "determined",
                              "threaten"})


def threat_noun(trigger: Token) -> bool:
    """The trigger is (the object of) the infinitive of a threat noun ("a threat to attack oil
    workers", "a threat to launch strikes")."""
    tok = trigger
    for _ in range(3):
        noun = intent_noun(tok)
        if noun is not None:
            return noun.lemma_.lower() in THREAT_NOUNS
        if tok.dep_ not in ("dobj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def threatens(trigger: Token) -> bool:
    """True when the trigger is the act its subject is ready, determined or vows to do."""
    if threat_noun(trigger):
        return True
    tok = trigger
    for _ in range(4):
        if tok.i != trigger.i and tok.lemma_.lower() in THREAT_GOVERNORS:
            return True
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _scheduled(tok: Token) -> bool:
    """"is to visit", "are to sign": the act is arranged; its subject intends it (PLOVER's future)."""
    head = tok.head
    return (tok.dep_ == "xcomp" and head.i != tok.i and head.lemma_ == "be" and head.pos_ in ("AUX", "VERB")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)))


def _infinitive_clause(tok: Token) -> bool:
    """"wanted Russia to return the islands": an infinitive with its own subject is the wish's;
    "conspired to use troops as a gesture to help Bush": what a noun is for is its clause's."""
    return tok.dep_ in ("ccomp", "acl") and _infinitive(tok)


def _infinitive_conjunct(tok: Token) -> bool:
    """"pledged to end torture and to prosecute abusers": an infinitive conjoined to another, with
    no subject of its own, hangs from what governs its first conjunct (the pledge), so it shares
    that clause's reading; a finite conjunct ("did not attack and fled") tells its own."""
    head = tok.head
    return (tok.dep_ == "conj" and head.i != tok.i and tok.tag_ == "VB" and head.tag_ == "VB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)))


def _purpose(tok: Token) -> bool:
    """"willing to send troops to help defend Qatar": what an act is for shares its modality."""
    return tok.dep_ == "advcl" and _infinitive(tok)
