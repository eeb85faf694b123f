"""One act, one event: the readings the coder finds for one act folded into its main event.

The extractor may read one trigger several ways: its own argument ("attacked positions"), a party
deeper in the clause ("... of the Iraqi army"), the place the act happens in. Counting each as an
event would count one act several times, so per act (sentence, trigger, source, PLOVER type,
modality) the best reading is the event and the others become its ``alternatives``; a sentence
that tells the same act twice with two triggers gives one event too. Distinct acts stay distinct:
another source ("Russia and China opposed ..." is two events), the other direction of a symmetric
act (each party is a source), and each of the trigger's own coded targets ("met X and Y").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Literal

from spacy.tokens import Doc, Token

from geopol.events.codes import DEPORT_CODE, FORCE_ROOTS, VIOLENT_ROOTS
from geopol.events.parties import answered_thing, business_act, names_someone
from geopol.events.tree import FINITE_TAGS, misattached_conjunct
from geopol.events.words import SEVERAL_PARTY_WORDS, TOLL_PARTICIPLES
from geopol.schema import Actor, Alternative, Event

OBJECT_DEPS = frozenset({"dobj", "dative"})

#: How a reading was found: one of the trigger's own arguments, a party deeper in the clause, the place.
Reading = Literal["direct", "deeper", "place"]


#: PLOVER types whose acts need no recipient (yielding, protest, force posture); an intent's
#: recipient is often in what it promises ("promised to help India"), so AGREE is not one.
SELF_CONTAINED = frozenset({"CONCEDE", "RETREAT", "PROTEST", "MOBILIZE"})


def act_key(e: Event) -> tuple:
    """What makes two readings readings of the same act."""
    # The source phrase: "mob violence in Chad", read with the mob placed in Chad and not, is one
    # act; a phrase that stands for several parties ("their opposition", "both countries resent")
    # is one act by each.
    several = not SEVERAL_PARTY_WORDS.isdisjoint(e.source.text.lower().split())
    return (e.doc_id, e.sentence, e.trigger.span, e.source.span, e.source.code if several else None,
            e.plover, e.modality)


def _affiliation(direct: Event, deeper: Actor | None) -> bool:
    """The deeper party follows the people's own phrase as whom they belong to ("fighters of the
    PKK", "two men from Kandahar"), or comes before them."""
    people = direct.target
    if deeper is None or people is None or deeper.span[0] < people.span[1]:
        return True
    base = direct.evidence.span[0]
    between = direct.evidence.text[people.span[1] - base:deeper.span[0] - base].split()
    return bool(between) and between[0].lower() in ("of", "from") and len(between) <= 3


def _coded(a: Actor | None) -> bool:
    return a is not None and a.code is not None


def _known(a: Actor | None) -> bool:
    """Coded and placed: a country's actor or a named organisation, not a bare role ("GOV", "LAB")."""
    return a is not None and a.code is not None and (a.country is not None or len(a.code) > 3)


def _rank(item: tuple[int, Event, Reading]) -> tuple:
    """Best first: a coded source, a coded target (placed ones before bare roles), not a place,
    then confidence, then text order."""
    n, e, kind = item
    return (not _coded(e.source), not _known(e.source), not _coded(e.target), not _known(e.target),
            kind == "place", -e.confidence, n)


def _actor_key(a: Actor | None) -> tuple | None:
    return None if a is None else (a.span, a.code, a.country)


def _add(alternatives: dict[tuple, Alternative], alt: Alternative) -> None:
    """Add a reading unless the same phrases are read already (ranked best first); a place
    reading's country completes a deeper reading of the same phrase."""
    key = tuple((a.span, a.code) if a is not None else None for a in (alt.source, alt.target))
    known = alternatives.get(key)
    if known is None:
        alternatives[key] = alt
    elif known.target is not None and alt.target is not None and known.target.country is None:
        alternatives[key] = dataclasses.replace(known, target=alt.target)


def fold_readings(readings: Iterable[tuple[Event, Reading]], min_confidence: float | None = None) -> list[Event]:
    """Main events, in the order their acts first appear, each with its other readings attached.
    With ``min_confidence``, a deeper recipient the coder is unsure of does not hide a sure act
    that may stand with no recipient."""
    groups: dict[tuple, list[tuple[int, Event, Reading]]] = {}
    for n, (event, kind) in enumerate(readings):
        groups.setdefault(act_key(event), []).append((n, event, kind))
    out: list[tuple[int, Event]] = []
    for items in groups.values():
        ranked = sorted(items, key=_rank)
        # Each of the trigger's own coded targets is an act of its own ("battled X and Y").
        mains: list[tuple[int, Event, Reading]] = []
        main_targets: set[tuple | None] = set()
        for it in ranked:
            if it[2] == "direct" and _coded(it[1].target) and _actor_key(it[1].target) not in main_targets:
                mains.append(it)
                main_targets.add(_actor_key(it[1].target))
        if not mains:
            best = ranked[0]
            if best[2] == "deeper" and _coded(best[1].target) and not best[1].cameo.startswith(DEPORT_CODE):
                # "jailed two brothers ahead of their trial for alleged Iranian links", "driving
                # rebels out of villages near the Iraqi border": the people acted on are the
                # target; a party named deeper, in a place or a topic, is not theirs.
                best = next((it for it in ranked if it[2] == "direct" and names_someone(it[1].target)
                             and not _affiliation(it[1], best[1].target)), best)
            if best[2] == "deeper" and best[1].plover == "REJECT":
                # "turned down a plea for troops to protect UN staff", "rejected allegations that
                # he helped Iran": who is refused is the author of the plea or the claim, not a
                # party named in what it asks for or alleges.
                best = next((it for it in ranked if it[2] == "direct" and answered_thing(it[1].target)), best)
            if best[2] == "deeper" and best[1].plover in SELF_CONTAINED:
                # "ministers tendered their resignations, setting the stage for the premier": an
                # act that needs no recipient does not borrow one from deeper in the clause.
                best = next((it for it in ranked if it[2] == "direct"), best)
            if (min_confidence is not None and best[2] == "deeper" and best[1].confidence < min_confidence
                    and best[1].plover == "AGREE"):
                # "ministers agree to set up centres in Africa": the act is sure, only the party
                # read deeper in what is agreed is not; the act is counted without a recipient.
                best = next((it for it in ranked if it[2] == "direct" and _coded(it[1].source)
                             and it[1].confidence >= min_confidence), best)
            mains, main_targets = [best], {_actor_key(best[1].target)}
        alternatives: dict[tuple, Alternative] = {}
        for _, e, _kind in ranked:
            if any(e is m[1] for m in mains):
                continue
            if _actor_key(e.target) in main_targets:
                continue  # the main reading again
            _add(alternatives, Alternative(e.source, e.target, e.confidence))
        first = mains[0]
        out.append((first[0], dataclasses.replace(first[1], alternatives=list(alternatives.values()))))
        out.extend((n, e) for n, e, _ in mains[1:])
    out.sort(key=lambda x: x[0])
    return [e for _, e in out]


def fold_retellings(events: list[Event], separate: Callable[[Event, Event], bool] | None = None) -> list[Event]:
    """One sentence telling one act twice ("bombed and shelled the town", "shot and killed two
    militants") gives one event: a later event with the same coded source, target, PLOVER type and modality
    folds into the first, its readings kept among the first's alternatives, unless ``separate``
    says the two are acts of their own (``separate_acts``)."""
    firsts: dict[tuple, int] = {}
    out: list[Event] = []
    for e in events:
        if e.source.code is None:
            out.append(e)
            continue
        keys = _retelling_keys(e)
        known = next((firsts[k] for k in keys if k in firsts and (
            k[2] != "state" or _bare_state(e.target) or _bare_state(out[firsts[k]].target))), None)
        if known is None and e.cameo_root in VIOLENT_ROOTS and (
                e.target is None or e.target.code is None or e.trigger.text.lower() in TOLL_PARTICIPLES):
            # "attacked a camp, killing 14 militants", "bombed Fallujah, killing ten people": the toll
            # of the attack told, not another act (towards the people of the country it struck)
            known = next((n for n, f in enumerate(out) if f.sentence == e.sentence and f.source.code == e.source.code
                          and f.plover == e.plover and f.modality == e.modality and f.target is not None
                          and f.target.code and (e.target is None or e.target.code is None
                                                 or f.target.country == e.target.country)), None)
        if known is not None and separate is not None and separate(out[known], e):
            known = None
        if known is None:
            for k in keys:
                firsts[k] = len(out)
            out.append(e)
            continue
        first = out[known]
        if _bare_state(first.target) and _coded(e.target) and not _bare_state(e.target):
            first, e = e, first  # "opened fire and wounded two Ghanaian guards": the guards are the target
        out[known] = _merged(first, e)
        for k in [*_retelling_keys(first), *_retelling_keys(e)]:  # the folded trigger's next victims too
            firsts.setdefault(k, known)
    return _fold_unknown_people(out)


def separate_acts(doc: Doc, first: Event, later: Event) -> bool:
    """"Urged Germany to cut taxes and pressed Berlin to open its markets": coordinated finite
    verbs, each with an object of its own, are two acts of one dyad, where "condemned and denounced the
    attack" shares one object and tells one act. Force is left to the fold: "shelled the town and
    bombed its outskirts" is one assault told twice."""
    if first.cameo_root in FORCE_ROOTS or later.cameo_root in FORCE_ROOTS:
        return False
    a, b = _trigger_head(doc, first), _trigger_head(doc, later)
    if a is None or b is None or a == b or not (a.tag_ in FINITE_TAGS and b.tag_ in FINITE_TAGS) \
            or b not in a.conjuncts and misattached_conjunct(b) != a:
        return False
    return all(any(c.dep_ in OBJECT_DEPS for c in head.children) for head in (a, b))


def _trigger_head(doc: Doc, e: Event) -> Token | None:
    span = doc.char_span(*e.trigger.span, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _merged(first: Event, e: Event) -> Event:
    """``first`` told again as ``e``: one event. Force told twice is as sure as its surest
    telling ("demolished homes ... killed 40 people" is one attack, as certain as the killing);
    words told twice ("proposed ..., recommending ...") keep the first telling's confidence."""
    alternatives: dict[tuple, Alternative] = {}
    for alt in [Alternative(first.source, first.target, first.confidence), *first.alternatives,
                Alternative(e.source, e.target, e.confidence), *e.alternatives]:
        _add(alternatives, alt)
    violent = first.cameo_root in FORCE_ROOTS and e.cameo_root in FORCE_ROOTS
    return dataclasses.replace(first, alternatives=list(alternatives.values())[1:],
                               confidence=max(first.confidence, e.confidence) if violent else first.confidence)


def _unknown(a: Actor | None) -> bool:
    """A recipient named but of no known actor or country ("wounded 12 others")."""
    return a is not None and a.code is None and a.country is None


def _fold_unknown_people(events: list[Event]) -> list[Event]:
    """"Jets destroyed houses in a village near Mosul and wounded 12 others": the act towards
    unknown people beside the same act towards a coded target in the sentence is that act told
    again, not an act towards no one."""
    return _fold_into_directed(events, lambda e: _unknown(e.target), _merged)


def fold_recipientless(events: list[Event]) -> list[Event]:
    """"launched a scathing attack on the prince, accusing him of ...": a sentence telling one act
    by one source twice, once with its recipient coded and once without, gives the event with the
    recipient; the other reading is kept among its alternatives. Run after ``hold_unsure``: a
    held reading (its source uncoded) takes in nothing."""
    def kept(main: Event, e: Event) -> Event:
        alternatives: dict[tuple, Alternative] = {}
        for alt in [*main.alternatives, Alternative(e.source, e.target, e.confidence), *e.alternatives]:
            _add(alternatives, alt)
        return dataclasses.replace(main, alternatives=list(alternatives.values()))

    return _fold_into_directed(events, lambda e: not _coded(e.target), kept)


def _fold_into_directed(events: list[Event], folds: Callable[[Event], bool],
                        merge: Callable[[Event, Event], Event]) -> list[Event]:
    """Each event with a coded source that ``folds`` names goes into the first event of its act
    (sentence, source, type, modality) with a coded target, by ``merge``."""
    def act(e: Event) -> tuple:
        return (e.sentence, e.source.code, e.plover, e.modality)

    directed: dict[tuple, int] = {}
    for n, e in enumerate(events):
        if e.source.code is not None and _coded(e.target):
            directed.setdefault(act(e), n)
    out = list(events)
    gone: set[int] = set()
    for n, e in enumerate(events):
        if e.source.code is None or not folds(e) or act(e) not in directed:
            continue
        keep = directed[act(e)]
        out[keep] = merge(out[keep], e)
        gone.add(n)
    return [e for n, e in enumerate(out) if n not in gone]


def _bare_state(a: Actor | None) -> bool:
    """The state's bare code ("EGY"), a vaguer reading of people the sentence names more exactly."""
    return a is not None and a.code is not None and a.country is not None and len(a.code) == 3


def _retelling_keys(e: Event) -> list[tuple]:
    """Keys under which two events of one sentence are one act: the same parties; the same
    country's people, when one reading is the state's bare code; the other direction of a symmetric act within one
    country ("Labour clinched a deal with Likud" is one act of Israel's parties, EVENTS.md rule 3)."""
    target = e.target.code if e.target else None
    keys = [(e.sentence, e.source.code, target, e.plover, e.modality)]
    if e.target is not None and e.target.country and target is not None:
        keys.append((e.sentence, e.source.code, "state", e.target.country, e.plover, e.modality))
    if (e.target is not None and target is not None and e.target.country
            and e.target.country == e.source.country):
        keys.append((e.sentence, e.trigger.span, frozenset({e.source.span, e.target.span}), e.plover, e.modality))
    if e.target is not None and e.target.country and target is not None and (
            e.cameo_root in VIOLENT_ROOTS or e.target.name is None):
        # "wounding three policemen and a driver": one blow struck at one country's people;
        # "two soldiers and a civilian were charged": one charge laid on its unnamed people
        # (two groups or people it names are two: "accused the LeT and the JeM")
        keys.append((e.sentence, e.trigger.span, e.source.code, "victims", e.target.country, e.plover, e.modality))
    return keys


def hold_unsure(events: Iterable[Event], min_confidence: float) -> list[Event]:
    """An act the coder is less sure of than ``min_confidence`` is listed, not counted: its
    reading becomes its first alternative and its source stays uncoded (no count reads it),
    as the issue 9 audit found most such events wrong. So is a company's own business
    (``parties.business_act``): whether it is political the text rarely says."""
    return [held(e) if e.source.code and (e.confidence < min_confidence or business_act(e.cameo, e.source, e.target))
            else e for e in events]


def held(e: Event) -> Event:
    """The event listed, not counted: its reading becomes its first alternative and its source
    stays uncoded."""
    source = dataclasses.replace(e.source, code=None, country=None, name=None, kind=None)
    return dataclasses.replace(e, source=source, alternatives=[Alternative(e.source, e.target, e.confidence),
                                                               *e.alternatives])
