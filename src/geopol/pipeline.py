"""Document -> [Event]: the stages composed, with the model and tables loaded once."""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from geopol import amounts, domains, nlp, when, where
from geopol.actors.kb import iso_country, load_kb
from geopol.actors.resolve import ActorResolver, Mention
from geopol.boilerplate import dateline_places, news_mask, speaker_labels
from geopol.casualties import find_casualties, with_casualties
from geopol.config import CoderConfig
from geopol.events.answers import answer_author
from geopol.events.background import is_background
from geopol.events.codes import known_source
from geopol.events.constructions import load_constructions
from geopol.events.extract import (
    DEEPER_PENALTY,
    PESSIMISTIC_CODE,
    STATEMENT_ROOT,
    SUBJECT_DEPS,
    VIOLENT_ROOTS,
    Candidate,
    DocContext,
    Extractor,
    Salience,
    spans_overlap,
)
from geopol.events.joint import hosted
from geopol.events.lexicon import load_lexicon
from geopol.events.ontology import cameo
from geopol.events.parties import (
    RECIPIENT_TYPES,
    demanded_thing,
    no_act,
    own_state,
    settle,
    unplaced_partner,
    unplaced_victim,
)
from geopol.events.placing import doc_country, placed, sentence_country, sentence_ground
from geopol.events.readings import (
    Reading,
    fold_readings,
    fold_recipientless,
    fold_retellings,
    held,
    hold_unsure,
    separate_acts,
)
from geopol.events.sport import sport_sentence, team_play
from geopol.events.tree import children_of
from geopol.ingest import InputError, normalize_date, validate
from geopol.parsed import doc_text, token_tags
from geopol.schema import Actor, Document, Event, TextSpan

SAMPLE_NAME = "russia-china-asia-pacific-oped.txt"
SAMPLE_DATE = "2016-04-05"


@dataclass(slots=True)
class Result:
    """One document's outcome in a batch: its events, or why it was skipped."""

    doc: Document | None
    events: list[Event] = field(default_factory=list)
    error: InputError | None = None


class Pipeline:
    """The coder. Build once per process: it loads the model and the knowledge tables."""

    def __init__(self, actors: Sequence[Path] = (), triggers: Sequence[Path] = (),
                 config: CoderConfig | None = None, constructions: Sequence[Path] = ()) -> None:
        self.config = config or CoderConfig(actors=tuple(actors), triggers=tuple(triggers),
                                            constructions=tuple(constructions))
        self.nlp = nlp.load(self.config.model)
        self.kb = load_kb(self.config.actors)
        self.resolver = ActorResolver(self.kb, self.nlp, places=where.place_of)
        self.lexicon = load_lexicon(self.config.triggers)
        self.constructions = load_constructions(self.config.constructions)
        self.extractor = Extractor(self.lexicon, self.resolver, self.constructions)
        self.gazetteer = where.load_gazetteer()
        self.provenance = self.config.provenance()  # version + knowledge fingerprint, for stamps

    # ------------------------------------------------------------------ public
    def code(self, doc: Document) -> list[Event]:
        parsed = next(nlp.parse_pieces(self.nlp, [news_mask(doc.text, self._place_kind)]))
        return self.events_of(doc, parsed)

    def code_many(self, items: Iterable[Document | InputError], batch_size: int = 32,
                  n_process: int = 1) -> Iterator[Result]:
        """Code a stream; a bad or failing document becomes a Result with an error, never an exception."""
        pending: list[Document] = []

        def flush() -> Iterator[Result]:
            texts = (news_mask(d.text, self._place_kind) for d in pending)
            parsed_docs = nlp.parse_pieces(self.nlp, texts, batch_size=batch_size, n_process=n_process)
            done = 0
            try:
                for d, parsed in zip(pending, parsed_docs, strict=True):
                    yield self._result(d, parsed)
                    done += 1
            except Exception:  # the parser failed on the batch: parse the rest one by one
                for d in pending[done:]:
                    try:
                        parsed = next(nlp.parse_pieces(self.nlp, [news_mask(d.text, self._place_kind)]))
                    except Exception as exc:
                        yield Result(d, [], InputError(d.path or d.id, None, f"parsing failed: {exc!r}", d.id))
                    else:
                        yield self._result(d, parsed)
            pending.clear()

        for item in items:
            if isinstance(item, InputError):
                yield from flush()
                yield Result(None, [], item)
                continue
            pending.append(item)
            if len(pending) >= batch_size * 4:
                yield from flush()
        yield from flush()

    def _result(self, doc: Document, parsed: Iterable[tuple[int, Doc]]) -> Result:
        try:
            return Result(doc, self.events_of(doc, parsed))
        except Exception as exc:  # one document must never end the batch
            return Result(doc, [], InputError(doc.path or doc.id, None, f"coding failed: {exc!r}", doc.id))

    # ------------------------------------------------------------------ stages
    def events_of(self, doc: Document, parsed: Iterable[tuple[int, Doc]]) -> list[Event]:
        """Events of a document parsed in ``(offset, Doc)`` pieces (see :func:`geopol.nlp.pieces`):
        each piece is coded on its own, its spans and sentence indices moved into the whole text."""
        if isinstance(parsed, list) and len(parsed) == 1:
            return self.events_from(doc, parsed[0][1])
        pub_date = doc.date or when.infer_publication_date(doc.text)
        events: list[Event] = []
        sentences = 0
        for offset, piece in parsed:
            part = dataclasses.replace(doc, text=doc.text[offset:offset + len(piece.text)], date=pub_date)
            shift = _Shift(offset, sentences, inferred=doc.date is None)
            events.extend(shift(e) for e in self.events_from(part, piece))
            sentences += sum(1 for _ in piece.sents)
        return events

    def events_from(self, doc: Document, parsed: Doc) -> list[Event]:
        pub_date, pub_source = doc.date, "publication"
        if not pub_date:
            pub_date, pub_source = when.infer_publication_date(doc.text), "inferred"
        dateline = dateline_places(doc.text, self._place_kind)
        filed_in = self._dateline_country(dateline)
        ctx = DocContext(parsed, pub_date, self.resolver.match(parsed), Salience(), filed_in=filed_in,
                         speakers=self._speakers(doc.text, pub_date))
        places = _with_demonym_places(self.gazetteer.find_places(parsed), parsed, ctx.mentions) if len(parsed) else []
        about = filed_in or doc_country(ctx, places)  # what a sentence naming no country is about
        events: list[Event] = []
        # Span.text walks the sentence's tokens on every call: slice the parsed text, read once.
        whole = doc_text(parsed)
        for index, sent in enumerate(parsed.sents):
            sent_text = whole[sent.start_char:sent.end_char]
            if not sent_text.strip():
                continue
            candidates = [c for c in self.extractor.candidates(sent, ctx)
                          if not is_background(c.trigger_tok, _own_noun(c), c.trigger.code)]
            if candidates:
                sporting = sport_sentence(sent)
                home = sentence_country(sent, ctx, places, about)
                ground = sentence_ground(sent, ctx, places)
                dates = when.find_dates(sent_text, pub_date, offset=sent.start_char)
                dead = find_casualties(sent_text, offset=sent.start_char)
                money = [m for m in amounts.find_amounts(sent_text, offset=sent.start_char)
                         if not any(spans_overlap(m[0], c.span) for c in dead)]  # casualties are no amount
                readings: list[tuple[Event, Reading]] = []
                voided: set[tuple] = set()
                for cand in candidates:
                    lo, hi = _scope_chars(cand)
                    place = _pick(places, lo, hi, cand.trigger_span) or _relative_place(places, cand)
                    event = self._event(doc, index, sent, cand, dates, money, place, home, pub_date, pub_source,
                                        filed_in, sent_text, dateline, ground, ctx.mentions)
                    if event is None or sporting and team_play(event.source):
                        continue  # "India's bowlers destroyed the English batting": a play, no act
                    # "The UN welcomed the decision": the decision's author, told before, is the
                    # one welcomed; asked before no_act, which would drop a welcome of a thing
                    event = answer_author(event, itertools.chain(events, self._sure(readings)), parsed)
                    if no_act(event.cameo, event.plover, event.source, event.target, cand.source.country is None,
                              doc.text):
                        if not cand.deeper and (event.plover not in RECIPIENT_TYPES and own_state(
                                event.cameo, event.source, event.target) or demanded_thing(event, cand.trigger.lemma)):
                            # "the minister suspended aid to Sarajevo": a state's own country named
                            # as the recipient is a mention, not a party; "demanded the right to
                            # enrich uranium": the thing demanded. The act stands, towards no one
                            event = dataclasses.replace(event, target=None)
                        else:
                            # "hope to found a state of their own", "the governor flew to Denver";
                            # a deeper party that is no party ("agreed to resign without returning
                            # to Kyrgyzstan") is only dropped: it says nothing of the act's own reading
                            if not cand.deeper:
                                voided.add((event.trigger.span, event.source.span))
                            continue
                    readings.append((event, "deeper" if cand.deeper else "direct"))
                    place_reading = _place_reading(doc.text, event, cand, place)
                    if place_reading is not None:
                        readings.append((place_reading, "place"))
                # an act read towards a coded party too is an act: its other readings stay
                voided -= {(e.trigger.span, e.source.span) for e, _ in readings if e.target and e.target.code}
                readings = [r for r in readings if not _voided(r, voided)]
                told = fold_retellings(fold_readings(readings, self.config.min_confidence),
                                       functools.partial(separate_acts, parsed))
                acts = with_casualties(told, dead, VIOLENT_ROOTS)
                # "talks between Khartoum and rebels": a counterpart no one can count; its other readings stay its own
                acts = [held(e) if e.source.code and (unplaced_partner(e.plover, e.target)
                                                      or unplaced_victim(e.plover, e.target)) else e for e in acts]
                events.extend(fold_recipientless(hold_unsure(acts, self.config.min_confidence)))
            ctx.salience.update(self._subjects(sent, ctx))
        return events

    def _sure(self, readings: list[tuple[Event, Reading]]) -> Iterator[Event]:
        """The sentence's readings so far that may be an act another reply answers: not the place
        reading, nor one below the confidence floor (``hold_unsure`` would not count it). Lazy:
        only a reply reads them."""
        return (e for e, kind in readings if kind != "place" and e.confidence >= self.config.min_confidence)

    def _speakers(self, text: str, date: str | None) -> list[tuple[tuple[int, int], Actor]]:
        """The people a transcript's labels name ("SEC. POWELL:", "Mr. Boucher:"), read in title
        case (the label is often in capitals), with the span of what each says. A label naming no
        known person ("QUESTION:", a city) speaks for no one."""
        out: list[tuple[tuple[int, int], Actor]] = []
        for (start, end), said, label in speaker_labels(text):
            words = self.nlp(label if not label.isupper() else label.title())
            actor = self.resolver.resolve(words, 0, len(words), date, self.resolver.match(words))
            if actor is not None and actor.code and actor.kind == "person":
                out.append((said, dataclasses.replace(actor, text=text[start:end], span=(start, end))))
        return out

    def _dateline_country(self, dateline: tuple[str, ...]) -> str | None:
        """The country of the dateline's place ("BAGHDAD, Iraq -- "), if the gazetteer knows it."""
        for name in reversed(dateline):
            place = self.gazetteer.lookup(name)
            if place is not None and place.country:
                return place.country
        return None

    def _place_kind(self, name: str) -> str | None:
        """What the gazetteer knows a name as ("city", "country"): how a dashless dateline is told."""
        place = self.gazetteer.lookup(name)
        return place.kind if place is not None else None

    def _subjects(self, sent: Span, ctx: DocContext) -> list:
        out = []
        doc = sent.doc
        tags, deps, _ = token_tags(doc)
        for i in range(sent.start, sent.end):
            if deps[i] in SUBJECT_DEPS and tags[i] != "PRON":
                out.extend(self.extractor.actors_at(doc[i], ctx, search=False))
        return out

    def _event(self, doc: Document, index: int, sent: Span, cand: Candidate, dates, money, place,
               home: str | None, pub_date: str | None, pub_source: str, filed_in: str | None = None,
               sent_text: str | None = None, dateline: tuple[str, ...] = (), ground: str | None = None,
               mentions: Sequence[Mention] = ()) -> Event | None:
        code = cameo(cand.trigger.code)
        if code.code in NO_PLOVER_ACT or code.code.startswith(STATEMENT_ROOT) and cand.target is None and (
                code.code != PESSIMISTIC_CODE and not known_source(code.code)):
            # "X told Y that ...": saying is no PLOVER act; what is said is coded on its own. A denial
            # of a charge ("pleaded not guilty") rejects it, with no addressee (PLOVER REJECT); nor are
            # mourning, condolences or a wreath laid (EVENTS.md rule 2).
            return None
        lo, hi = _scope_chars(cand)
        date = _pick_date(dates, cand)
        if date is not None:
            date_value, precision, date_source = date.date, date.precision, "text"
        elif pub_date:
            date_value, precision, date_source = pub_date, when.precision_of(pub_date), pub_source
        else:
            date_value = precision = date_source = None
        amount = _pick(money, lo, hi, cand.trigger_span)
        trigger_text = doc.text[cand.trigger_span[0]:cand.trigger_span[1]]
        cand = hosted(doc.text, cand, code.code, place, filed_in, dateline)  # a visit to the dateline's country
        source, target = placed(cand, home, place[1].country if place else None, code.code, filed_in, ground,
                                place[0] if place else None)
        source, target = settle(_iso(source), _iso(target), home, code.code, place[0] if place else None, sent,
                                filed_in, cand.deeper, mentions)
        return Event(
            doc_id=doc.id,
            sentence=index,
            source=source,
            target=target,
            cameo=code.code,
            cameo_root=code.code[:2],
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=code.plover,
            plover_mode=code.plover_mode,
            trigger=TextSpan(trigger_text, cand.trigger_span),
            evidence=_evidence(doc.text, sent),
            date=date_value,
            date_precision=precision,
            date_source=date_source,
            modality=cand.modality,
            claimed_by=cand.claimed_by,
            location=place[1] if place else None,
            amount=amount[1] if amount else None,
            domain=domains.domain_of(code.code, sent.text if sent_text is None else sent_text, _trigger_phrase(cand)),
            confidence=cand.confidence,
            rule=cand.trigger.rule,
        )


def _voided(reading: tuple[Event, Reading], voided: set[tuple]) -> bool:
    """Another reading of an act that is no act, towards no one ("headed to Ohio"); a reading
    towards a party ("gave aid to Ethiopia", "signed with X") stays, and so does the place
    reading, which is never an event but an alternative."""
    event, kind = reading
    target = event.target
    return (kind != "place" and (event.trigger.span, event.source.span) in voided
            and (target is None or target.code is None and target.kind is None))


@dataclass(frozen=True, slots=True)
class _Shift:
    """Moves what was coded in one piece of a long document into the whole document: every
    ``span`` by the piece's offset, sentence indices by the sentences before it, and ids with them."""

    offset: int
    sentences: int
    inferred: bool  # the publication date was inferred from the whole text

    def __call__(self, value: Any) -> Any:
        if isinstance(value, Event):
            changes = {f.name: self(getattr(value, f.name)) for f in dataclasses.fields(value)
                       if f.name not in ("doc_id", "sentence", "event_id")}
            if self.inferred and value.date_source == "publication":
                changes["date_source"] = "inferred"
            own_id = value.event_id == value.stable_id()
            event = Event(doc_id=value.doc_id, sentence=value.sentence + self.sentences,
                          event_id="" if own_id else value.event_id, **changes)
            return event
        if dataclasses.is_dataclass(value) and not isinstance(value, type):  # actors, alternatives, ...
            return dataclasses.replace(value, **{f.name: self._span(getattr(value, f.name)) if f.name == "span"
                                                 else self(getattr(value, f.name)) for f in dataclasses.fields(value)})
        if isinstance(value, list):
            return [self(v) for v in value]
        if isinstance(value, dict) and "span" in value:
            return {**value, "span": self._span(value["span"])}
        return value

    def _span(self, span: Any) -> Any:
        return (span[0] + self.offset, span[1] + self.offset) if span is not None else None


def _iso(actor: Actor | None) -> Actor | None:
    """Actor codes stay CAMEO's ("ROMGOV"); the country is ISO ("ROU"), as documented."""
    if actor is None or iso_country(actor.country) == actor.country:
        return actor
    return dataclasses.replace(actor, country=iso_country(actor.country))


def _place_reading(text: str, event: Event, cand: Candidate, place) -> Event | None:
    """When an act names no known target, a weaker reading towards the place it happens in
    ("declared a ceasefire in Idlib"): uncoded and kept among the act's alternatives, so it counts
    nowhere, but it says what the act concerns, as PLOVER's annotators read it. ``place`` is the
    event's own (span, Location)."""
    if event.cameo.startswith(STATEMENT_ROOT) or (event.target is not None and event.target.code):
        return None
    if place is None or any(a is not None and spans_overlap(a.span, place[0]) for a in (event.source, event.target)):
        return None
    (a, b), loc = place
    there = Actor(text=text[a:b], span=(a, b), country=loc.country)
    return dataclasses.replace(event, target=there, confidence=round(cand.confidence + DEEPER_PENALTY, 3))


# CAMEO codes the PLOVER manual has no type for, so no event (EVENTS.md rule 2): 010 "make
# statement, not specified", 017 "engage in symbolic act" (a wreath laid, a minute's silence) and
# 018 "make empathetic comment" (mourning, condolences, sympathy), and 015 "acknowledge or claim
# responsibility", which the manual reduces to its statement root like the rest of 01 (the act
# claimed, "for slaughtering Iraqi troops", is the claimant's own event). cameo.tsv still gives them
# the closest type for CAMEO users; they are recognised so that no other reading of the verb is made.
NO_PLOVER_ACT = frozenset({"010", "015", "017", "018"})

def _trigger_phrase(cand: Candidate) -> str:
    """The trigger with its object ("modernizing ... infrastructure"): what the domain is read from."""
    tok = cand.trigger_tok
    obj = next((c for c in children_of(tok) if c.dep_ in ("dobj", "pobj", "attr")), None)
    words = [tok.text, *(t.text for t in children_of(tok) if t.dep_ in ("compound", "amod"))]
    if obj is not None:
        words.extend(t.text for t in obj.subtree)
    return " ".join(words)


def _own_noun(cand: Candidate) -> bool:
    """The candidate's trigger is its noun alone ("the war in X"), not a verb taking it ("waged war")."""
    tok = cand.trigger_tok
    return cand.trigger_span == (tok.idx, tok.idx + len(tok))


def _scope_chars(cand: Candidate) -> tuple[int, int]:
    scope = cand.scope
    left, right = scope.left_edge, scope.right_edge
    return left.idx, right.idx + len(right)


# Dependencies that open a clause of its own: a date inside one belongs to that clause.
CLAUSE_DEPS = frozenset({"advcl", "acl", "relcl", "ccomp", "xcomp", "pcomp", "conj", "csubj", "parataxis"})
# "... in 2013, even before Russia invaded Ukraine": the main clause's date is not the subordinate's.
TEMPORAL_MARKS = frozenset({"before", "after", "since", "until", "till", "once", "when", "while"})


def _pick_date(dates, cand: Candidate):
    """The date expression that belongs to the trigger's clause.

    Cost counts the clause boundaries between date and trigger: a date in a clause nested
    below the trigger's (its own topic) costs a full point, a date in a clause above it (a
    sentence adverbial like "On 2 March, ...") less, and one across "before"/"after" is never
    the trigger's.
    """
    if not dates:
        return None
    doc = cand.trigger_tok.doc
    nominal = cand.trigger_tok.pos_ in ("NOUN", "PROPN")
    own = {t.i for t in cand.trigger_tok.subtree}
    trig_path = [cand.trigger_tok, *cand.trigger_tok.ancestors]
    trig_index = {t.i: n for n, t in enumerate(trig_path)}
    best, best_key = None, None
    for mention in dates:
        span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        date_side = 0
        node = tok
        while node.i not in trig_index and node.head.i != node.i:
            if node.dep_ in CLAUSE_DEPS and not (node.dep_ == "acl" and node.head.i == cand.trigger_tok.i):
                # A relative clause dates its own noun ("the sea, where they held drills last August").
                date_side += 2 if node.dep_ == "relcl" else 1
            node = node.head
        if node.i not in trig_index:
            continue
        if not nominal and mention.precision != "day" and _inside_argument(tok, span, trig_index):
            continue
        trig_side, blocked = 0, False
        for t in trig_path[: trig_index[node.i]]:
            if t.dep_ in CLAUSE_DEPS:
                trig_side += 1
                if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in children_of(t)):
                    blocked = True
        if blocked:
            continue
        # An event noun's own phrase dates it first ("the seizure of a boat in 2010").
        key = (date_side + 0.4 * trig_side - (0.5 if nominal and tok.i in own else 0.0),
               abs(tok.idx - cand.trigger_span[0]))
        if key[0] <= 1.0 and (best_key is None or key < best_key):
            best, best_key = mention, key
    return best


# Prepositions whose noun is the occasion of the act ("at a summit in May 2014"): its date is the act's.
OCCASION_PREPS = frozenset({"at", "during", "in", "on", "amid", "throughout", "over"})


def _inside_argument(tok, span, trig_index) -> bool:
    """The date sits in a noun phrase that modifies an argument, not the act: "sentenced ... for
    the bombings in 1998", "criticised the handling of the protests of 1974". Asked only for years
    and months: a day ("on Tuesday") in a subject's phrase is the parser's slip, and the news."""
    inside = {t.i for t in span}
    attached = tok
    while attached.head.i in inside and attached.head.i != attached.i:
        attached = attached.head
    if attached.dep_ in ("pobj", "pcomp") and attached.head.dep_ == "prep":
        attached = attached.head  # the date's own phrase: "in 1998", "of 2013"
    noun = attached.head
    if attached.i in trig_index or noun.i in inside:
        return False
    if attached.dep_ == "prep" and noun.i not in trig_index and noun.pos_ in ("NOUN", "PROPN", "PRON"):
        # The date's phrase hangs off a noun: fine only if that noun is the act's occasion.
        return not (noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS and noun.head.head.i in trig_index)
    return noun.i in trig_index and _after_reason(attached)


# "... for the attacks on a tanker", "... over the crackdown": a date right after such a phrase is its.
REASON_PREPS = frozenset({"for", "over", "about", "against", "because"})


def _after_reason(attached) -> bool:
    """The date's phrase follows, adjacent, a reason or topic phrase of the same head: whichever the
    parser attached it to, it most likely dates that phrase's noun, not the act."""
    if attached.dep_ != "prep":
        return False
    start = attached.left_edge.i
    return any(sib.dep_ == "prep" and sib.lower_ in REASON_PREPS and sib.right_edge.i == start - 1
               for sib in children_of(attached.head))


def _relative_place(places, cand: Candidate):
    """"the Sea of Japan, where Russia and China held drills": the place the clause modifies."""
    scope = cand.scope
    for tok in [scope, *scope.ancestors]:
        if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(tok)):
            head = tok.head
            lo, hi = head.left_edge.idx, head.idx + len(head)
            return next((p for p in places if p[0][0] >= lo and p[0][1] <= hi), None)
    return None


def _pick(items, lo: int, hi: int, near: tuple[int, int]):
    """The item inside the event's clause nearest its trigger; items carry a span first."""
    best, best_dist = None, None
    for item in items:
        span = item.span if hasattr(item, "span") else item[0]
        if span[0] >= lo and span[1] <= hi:
            dist = min(abs(span[0] - near[1]), abs(near[0] - span[1]))
            if best_dist is None or dist < best_dist:
                best, best_dist = item, dist
    return best


def _evidence(text: str, sent: Span) -> TextSpan:
    """The sentence as written, trimmed of the blanked-out boilerplate that may trail it."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return TextSpan("", (sent.start_char, sent.start_char))
    last = next(t for t in reversed(sent) if not t.is_space)  # from the ends: no walk over the sentence
    start, end = first.idx, last.idx + len(last.text)
    return TextSpan(text[start:end], (start, end))


# ---------------------------------------------------------------------- module API
_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def default_coder(
    batch_size: int = 32, n_process: int = 1, config: CoderConfig | None = None
) -> Callable[[Iterable[Document]], Iterable[Result]]:
    """The pipeline's batched coder for :meth:`geopol.store.Store.ingest`, built once (it loads the
    model); it carries its configuration's ``provenance`` for the store to record."""
    pipe = Pipeline(config=config)

    def code(docs: Iterable[Document]) -> Iterable[Result]:
        return pipe.code_many(docs, batch_size=batch_size, n_process=n_process)

    code.provenance = pipe.provenance  # type: ignore[attr-defined]
    return code


def _with_demonym_places(places: list, parsed: Doc, mentions: Sequence[Mention]) -> list:
    """The gazetteer's places and those a country's adjective names ("in a Somali village"), in
    text order; where both name one stretch of text, the gazetteer's."""
    countries = {m.end - 1: (iso_country(m.entry.code), m.entry.name) for m in mentions
                 if m.entry.category == "countries" and m.entry.code}
    extra = [p for p in where.demonym_places(parsed, countries)
             if not any(p[0][0] < q[0][1] and q[0][0] < p[0][1] for q in places)]
    return sorted([*places, *extra], key=lambda p: p[0]) if extra else places


def code_text(text: str, date: str | None = None, doc_id: str = "doc") -> list[Event]:
    """Code one text. ``date`` is its publication date, the anchor for "last August"."""
    return default_pipeline().code(Document(id=doc_id, text=text, date=date))


def code_documents(items: Iterable[Document | dict | str], batch_size: int = 32,
                   n_process: int = 1) -> Iterator[Result]:
    """Code many documents in batches; dicts need ``id`` and ``text``, strings get ids by position."""

    def as_documents() -> Iterator[Document | InputError]:
        for i, item in enumerate(items):
            if isinstance(item, InputError):
                yield item
                continue
            doc = _as_document(item, i)
            yield (validate(doc) or doc) if isinstance(doc, Document) else doc

    return default_pipeline().code_many(as_documents(), batch_size=batch_size, n_process=n_process)


def _as_document(item: Any, i: int) -> Document | InputError:
    """A document, dict or string as a Document, or the reason it cannot be one (never raises)."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=str(i), text=item)
    if not isinstance(item, dict):
        return InputError(f"item {i}", None, f"expected a Document, dict or str, got {type(item).__name__}")
    doc_id = str(item.get("id", i))
    text = item.get("text")
    if not isinstance(text, str):
        reason = "no text" if text is None else f"text must be a string, got {type(text).__name__}"
        return InputError(doc_id, None, reason, doc_id)
    date = normalize_date(item.get("date"))
    if date is None and item.get("date") not in (None, ""):
        return InputError(doc_id, None, f"unreadable date {item['date']!r} (use YYYY-MM-DD)", doc_id)
    return Document(id=doc_id, text=text, date=date, title=item.get("title"), url=item.get("url"))


def sample_document() -> Document:
    """The bundled op-ed (early April 2016) that geopol codes out of the box."""
    text = importlib.resources.files("geopol").joinpath("data", "sample", SAMPLE_NAME).read_text(encoding="utf-8")
    return Document(id="sample", text=text, date=SAMPLE_DATE, title=text.splitlines()[0].strip(),
                    path=SAMPLE_NAME)
