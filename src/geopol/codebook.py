"""The codebook, generated from the shipped knowledge: what every code and column means.

``geopol codebook --out docs/CODEBOOK.md`` writes it. Everything below the conventions is read
from the data files the coder loads (the CAMEO table, the actor files, the trigger lexicon), so the
codebook cannot drift from the coder; the conventions are the choices geopol makes where the
manuals disagree (the README's "Label conventions" and ../shared/eval/EVENTS.md rule 7).
"""

from __future__ import annotations

from collections.abc import Iterable

from geopol.actors.kb import ActorEntry, load_kb
from geopol.events.lexicon import Trigger, load_lexicon
from geopol.events.ontology import all_codes
from geopol.provenance import provenance

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

CONVENTIONS: tuple[tuple[str, str], ...] = (
    ("Quad class", "Two conventions, two columns. `quad_class` follows PLOVER (the event's PLOVER type "
     "decides: REQUEST is verbal conflict) so it never disagrees with `plover`; `quad_class_cameo` is "
     "GDELT's QuadClass, from the CAMEO root alone (01-05 verbal cooperation, 06-08 material cooperation, "
     "09-13 verbal conflict, 14-20 material conflict). They differ for appeals (02, Goldstein +3.0: "
     "cooperation by root, REQUEST for PLOVER), some statements (01) and yielding (08). The GDELT export's "
     "QuadClass and every analysis view (dyad, network, explain, panel) use `quad_class_cameo`, whose "
     "cooperation/conflict split agrees with the Goldstein sign."),
    ("Dates", "`date` is as precise as the text says (`2015`, `2015-08`, `2015-08-14`; `date_precision`), "
     "taken from the event's own clause (`date_source` text), else the publication date (`publication`, "
     "or `inferred` from a date line). `date_start`/`date_end` are the first and last day it covers. A date "
     "inside a noun phrase that modifies an argument ('sentenced ... for the bombings in 1998') does not "
     "date the act; an occasion's date does ('at a summit in May 2014'). Time series place an event in the "
     "period containing `date_start` when `date_end` falls in the same period; coarser events and undated "
     "events are counted and reported apart ('N undated events not in the time series')."),
    ("What counts", "Counts, dyads, networks, explanations and panels use counted events (each near-duplicate "
     "cluster's event once), asserted ones unless asked, between coded actors (`code` set). Negated, "
     "hypothetical, future and question events are kept with their modality, out of the counts and out "
     "of the GDELT table (unless `--modality` asks for them)."),
    ("Background", "An act recalled as the backdrop of another ('since Russia's invasion of Ukraine', "
     "'after the 2003 war') is not a new event."),
    ("Casualties", "`killed` and `injured` are counts the text states ('killed 12 people', '12 dead', "
     "'wounding 30'), on one violent event (CAMEO 18-20) of the sentence, never in `amount`; vague counts "
     "('dozens') are not recorded."),
    ("Amounts", "`amount` is money (ISO 4217 currency) or a counted quantity ('10,000 troops'); a number in "
     "a model name ('F-16 jet fighters') is no count, and casualties are no amount."),
    ("Sanctions, sentences, abductions", "Sanctions (163) are COERCE, as the CAMEO->PLOVER table says; prison "
     "sentences and arrests are COERCE; destroying property (1712) and abductions (181) are ASSAULT; cyber "
     "attacks are COERCE with the `cyber` mode."),
    ("Cancelled visits, pledges, releases", "A cancelled visit is REJECT (125), as the PLOVER manual says; a "
     "pledge 'to support X' is an intent (AGREE); a stated future release or withdrawal is CAMEO's 035x "
     "(AGREE)."),
    ("Extraditions", "Judicial cooperation with the state receiving the suspect (063), one act; the legal "
     "action against the suspect (1121, ACCUSE) is a reading held beside it, counted only when no "
     "receiving state is named."),
    ("Visits and talks", "A visit is CONSULT from visitor to host; talks or a meeting with no host are CONSULT "
     "both ways; fighting between two armed sides is ASSAULT both ways."),
    ("Actor codes", "`code` is the full CAMEO actor code (`RUSGOV`, `IGOUNO`); `country` is ISO 3166 alpha-3 "
     "(`ROU` where CAMEO writes `ROM`); a bare role ('the president') takes the country of its sentence when "
     "the sentence names exactly one. People code by their term of office on the event's date."),
)


def _cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    head = list(header)
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return [*out, ""]


def _cameo_section() -> list[str]:
    rows = [(f"`{c.code}`", c.name, f"{c.goldstein:+.1f}", c.plover, c.plover_mode or "",
             c.quad_class, c.gdelt_quad) for c in all_codes().values()]
    return ["## CAMEO event codes", "",
            "Every code the coder writes, from `data/cameo.tsv`: Goldstein value, PLOVER type and mode, "
            "`quad_class` (PLOVER) and `quad_class_cameo` (root, GDELT).", "",
            *_table(("code", "name", "Goldstein", "PLOVER", "mode", "quad_class", "quad_class_cameo"), rows)]


def _terms(e: ActorEntry) -> str:
    return "; ".join(f"{t.title or t.role or ''} ({t.role or ''}{'/' + t.code if t.code else ''}) "
                     f"{t.start or '…'} – {t.end or 'now'}" for t in e.terms)


_ACTOR_GROUPS: tuple[tuple[str, str], ...] = (
    ("countries", "Countries"), ("seats", "Seats of government"), ("regions", "Regions"), ("igos", "IGOs"),
    ("organizations", "Organisations"), ("people", "People"), ("agents", "Agents and roles"),
)


def _actor_section() -> list[str]:
    kb = load_kb()
    out = ["## Actors", "",
           "From `data/actors/*.yaml`. Terms are the words that refer to an actor (all-caps and listed "
           "exact aliases match case-sensitively).", ""]
    for category, title in _ACTOR_GROUPS:
        entries = [e for e in kb.entries if e.category == category]
        if not entries:
            continue
        out += [f"### {title} ({len(entries)})", ""]
        if category == "people":
            rows = [(e.name, e.country or "", _terms(e), ", ".join(e.aliases)) for e in entries]
            out += _table(("name", "country", "terms of office", "terms"), rows)
        elif category == "agents":
            rows = [(e.name, e.role or "", e.kind or "", ", ".join(e.aliases)) for e in entries]
            out += _table(("agent", "role", "kind", "terms"), rows)
        else:
            rows = [(f"`{e.code or ''}{e.role or ''}`", e.name, e.country or "", ", ".join(e.aliases))
                    for e in entries]
            out += _table(("code", "name", "country", "terms"), rows)
    return out


def _constraints(t: Trigger) -> str:
    bits = []
    if t.particle:
        bits.append(f"particle: {t.particle}")
    if t.objects:
        bits.append("objects: " + ", ".join(sorted(t.objects)))
    if t.objects_exclude:
        bits.append("not: " + ", ".join(sorted(t.objects_exclude)))
    if t.subjects:
        bits.append("subjects: " + ", ".join(sorted(t.subjects)))
    if t.transitive:
        bits.append("needs an object")
    if t.intransitive:
        bits.append("no object")
    if t.suffered:
        bits.append("done to the subject")
    if t.reciprocal:
        bits.append("both ways")
    return "; ".join(bits)


def _trigger_section() -> list[str]:
    lex = load_lexicon()
    codes = all_codes()
    out = ["## Triggers", "",
           "From `data/triggers.yaml`: the words that signal an event, with the CAMEO code they give and "
           "the constraints under which they apply (the most specific matching entry wins).", ""]
    for pos, title in (("VERB", "Verbs"), ("NOUN", "Event nouns")):
        entries = sorted(lex.entries(pos), key=lambda t: (t.code, t.lemma))  # type: ignore[arg-type]
        rows = [(t.lemma, f"`{t.code}`", codes[t.code].name if t.code in codes else "", codes[t.code].plover
                 if t.code in codes else "", _constraints(t), t.note or "") for t in entries]
        out += [f"### {title} ({len(rows)})", "",
                *_table(("lemma", "code", "CAMEO name", "PLOVER", "constraints", "note"), rows)]
    if lex.contexts:
        rows = [(", ".join(sorted(c.codes)) if not isinstance(c.codes, str) else c.codes, f"`{c.code}`",
                 ", ".join(sorted(c.words))) for c in lex.contexts]
        out += ["### Context rules", "", "A trigger's code changes when its clause has one of these words.", "",
                *_table(("codes", "becomes", "words"), rows)]
    return out


def _construction_section() -> list[str]:
    from geopol.events import modality as m
    from geopol.events.ontology import demand_code, intent_code, refusal_code, threat_code

    cues = (
        ("negated", "negators", m.NEGATORS), ("negated", "governing verbs ('refused to ...')", m.NEGATING_GOVERNORS),
        ("hypothetical", "modals", m.HYPOTHETICAL_MODALS), ("hypothetical", "conditional marks", m.CONDITIONAL_MARKS),
        ("hypothetical", "hedges ('a possible ...')", m.HEDGE_MODIFIERS),
        ("hypothetical", "governing verbs ('hopes to ...')", m.HYPOTHETICAL_GOVERNORS),
        ("future", "modals", m.FUTURE_MODALS), ("future", "governing verbs ('plans to ...')", m.FUTURE_GOVERNORS),
        ("intent (CAMEO 03x)", "governors ('is ready to ...')", m.INTENT_GOVERNORS),
        ("claimed_by", "reporting verbs ('X said ...')", m.REPORTING_VERBS),
    )
    out = ["## Constructions", "",
           "How the clause around a trigger changes the event, from `events/modality.py` and the CAMEO "
           "structure in `events/ontology.py`.", "",
           *_table(("reading", "cue", "words"), ((r, c, ", ".join(sorted(w))) for r, c, w in cues))]
    codes = all_codes()
    rows = []
    for code, entry in codes.items():
        derived = (intent_code(code) if code[:2] in ("04", "05", "06", "07", "08") else None,
                   refusal_code(code) if code[:2] in ("03", "04", "05", "06", "07", "08") else None,
                   threat_code(code) if code[:2] in ("14", "15", "16", "17", "18", "19", "20") else None,
                   demand_code(code) if code[:2] in ("03", "04", "05", "06", "07", "08") else None)
        if len(code) <= 3 and any(derived):
            rows.append((f"`{code}`", entry.name, *(f"`{d}`" if d else "" for d in derived)))
    out += ["CAMEO codes an act's intention, refusal, threat or demand as events of their own: 'will release' "
            "is an intent, 'refused to lift' a refusal, 'is prepared to impose' a threat, 'X must withdraw' "
            "(said by Y) Y's demand.", "",
            *_table(("act", "name", "intent ('will ...')", "refusal", "threat", "demand ('must ...')"), rows)]
    from geopol.events.constructions import load_constructions

    entries = load_constructions()
    out += ["", "### Construction entries", "",
            "From `data/constructions/*.yaml`: shapes of sentence that change what a trigger means; an event "
            "one of them made or changed cites it as its `rule`.", "",
            *_table(("entry", "what", "effect"), ((f"`{c.file} {c.id}`", c.why, c.effect.summary())
                                                  for c in entries))]
    return out


def render_codebook() -> str:
    """The whole codebook as Markdown (deterministic: same data, same text)."""
    info = provenance()
    lines = [
        "# geopol codebook", "",
        f"Generated by `geopol codebook` from the knowledge of geopol {info['geopol_version']} "
        f"(coder fingerprint `{info['coder_fingerprint']}`). Do not edit: regenerate with "
        "`geopol codebook --out docs/CODEBOOK.md`.", "",
        "## Conventions", "",
        *(f"- **{name}.** {text}" for name, text in CONVENTIONS), "",
        "## Quad classes", "",
        *_table(("quad", "meaning"), QUAD_NAMES.items()),
        *_cameo_section(), *_construction_section(), *_actor_section(), *_trigger_section(),
    ]
    return "\n".join(lines).rstrip() + "\n"


__all__ = ["CONVENTIONS", "render_codebook"]
