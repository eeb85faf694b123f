"""CAMEO codes, roots and actor roles the extractor reasons with.

Sets of roots are CAMEO traits, read from the columns of ``cameo.tsv`` (``ontology.roots_with``);
single codes are the ones a construction recodes to.
"""

from __future__ import annotations

from geopol.events.ontology import codes_with, roots_with

# Statements ("X said") are CAMEO 01; with no addressee they are not events an analyst counts.
STATEMENT_ROOT = "01"
# "warned that the economy would shrink": a pessimistic comment (PLOVER ACCUSE), needing no addressee.
PESSIMISTIC_CODE = "012"
# CAMEO's refusals (12x).
REJECTION_ROOT = "12"
#: CAMEO 11 DISAPPROVE (criticise, condemn, denounce, blame): aimed at whoever did what it condemns.
DISAPPROVAL_ROOT = "11"
# Fighting (CAMEO 18-20): its co-subjects fight side by side.
FIGHT_ROOTS = frozenset({"18", "19", "20"})
# Roots whose events need no recipient: intents (PLOVER: AGREE requires none), yielding, protest, force
# posture, unconventional and mass violence.
UNDIRECTED_ROOTS = roots_with("undirected")
# Demands, disapproval, rejection, threats and coercion need none either (PLOVER), but only a known
# actor makes one worth recording, and not one lent to a trailing participle ("It alleges that ...",
# "... as they search after a call from a man threatening" are not events).
KNOWN_SOURCE_ROOTS = roots_with("known_source")
# and the statements among them that reject something ("pleaded not guilty": a denial, 016).
KNOWN_SOURCE_CODES = codes_with("known_source")


def known_source(code: str) -> bool:
    """Whether an act with no recipient is one when a known actor does it (``known_source`` trait)."""
    return code[:2] in KNOWN_SOURCE_ROOTS or code[:3] in KNOWN_SOURCE_CODES

# A protest or a show of force a verb tells ("students rioted", "jets scrambled") is a whole reading
# with no recipient (PLOVER needs none); a show of force told by a noun alone is weaker, a protest
# noun with its own named party ("a boycott by the rebels") is not (whole_without_recipient).
COMPLETE_UNDIRECTED_ROOTS = frozenset({"14", "15"})
# and so is an official's resignation, by its verb or its noun ("the minister resigned", "tendered his
# resignation"): PLOVER's RETREAT 'resign' mode has no recipient; the office left is no party. A coach's or
# a banker's is no political act, and keeps the penalty.
RESIGNATION_CODE = "0831"
RESIGNING_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP"})


def whole_without_recipient(code: str, role: str | None, noun_based: bool) -> bool:
    """Whether a reading with no recipient is a whole one (no missing-recipient penalty): a protest
    by other than a state's organs (a riot, a boycott, a rally by the opposition: the events gold codes
    them with no target; a president's election rally is no protest), a show of force told by a verb,
    an official's resignation."""
    return (code == RESIGNATION_CODE and role in RESIGNING_ROLES) or (
        code[:2] == PROTEST_ROOT and role not in STATE_ORGANS) or (
        not noun_based and code[:2] in COMPLETE_UNDIRECTED_ROOTS)


def missing_recipient_penalty(code: str, source_code: str | None, role: str | None, noun_based: bool,
                              unaddressed: bool = False) -> float:
    """What a reading with no recipient loses: nothing when it is whole without one; little for a
    known actor's appeal or demand told by a verb with no addressee (``unaddressed``: "Kenya
    appealed for calm", "urged restraint"): PLOVER's REQUEST needs none, and the gold codes such
    appeals towards no one; more for an appeal whose addressee is there but unresolved ("called on
    his followers"); the full penalty otherwise (a noun alone, "a plea", is weaker evidence)."""
    if whole_without_recipient(code, role, noun_based):
        return 0.0
    if unaddressed and not noun_based and source_code is not None and code[:2] in REQUEST_ROOTS:
        return APPEAL_PENALTY
    if not unaddressed and code[:2] == APPEAL_ROOT:
        return ADDRESSEE_MISSED_PENALTY
    return MISSING_RECIPIENT_PENALTY


MISSING_RECIPIENT_PENALTY = 0.15
APPEAL_PENALTY = 0.05
# "called on his followers to ...", "asked to be withdrawn": an appeal to someone the reading does
# not name is held, never counted towards no one.
ADDRESSEE_MISSED_PENALTY = 0.3
APPEAL_ROOT = "02"
# Appeals (CAMEO 02) and demands (10): PLOVER REQUEST.
REQUEST_ROOTS = frozenset({"02", "10"})
# A noun alone is weaker evidence: "the attack", "a ceasefire" need a party on the other side.
UNDIRECTED_NOUN_ROOTS = roots_with("undirected_noun")
# Joint military exercises are cooperation between the partners (CAMEO 062), not a show of force.
JOINT_FORCE_CODE = "062"
# Consult, diplomatic and material cooperation, aid: told in the future they are an asserted intent.
STATED_INTENT_ROOTS = frozenset({"04", "05", "06", "07"})
ACCUSATION_CODE = "112"
# Threaten with military force: what an appeal for attacks on someone is towards them.
FORCE_THREAT_CODE = "138"
PUNITIVE_ROOTS = roots_with("punitive")
# Withdrawals, deployments and recalls: their object is what is moved, never the target.
MOVING_CODES = tuple(sorted(codes_with("moving") | roots_with("moving")))
PROTEST_ROOT = "14"
# Complain officially: what a state's "protest" is (PLOVER ACCUSE).
OFFICIAL_COMPLAINT_CODE = "114"
FORCE_ROOTS = roots_with("force")
CIVILIAN_ROLE = "CVL"
# A state's organs: what they act on at home is of their own country.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
BUSINESS_ROLE = "BUS"
MEDIA_ROLE = "MED"
CRIMINAL_ROLE = "CRM"
# Economic cooperation and aid and the intent to them (CAMEO 0311, 0331, 061, 071): done by a
# company, its business.
ECONOMIC_CODES = frozenset({"0311", "0331", "061", "071"})
THREAT_ROOT = "13"
# A bare threat ("warned"): the one a warning of no forceful act may be a pessimistic comment instead.
THREAT_CODE = "130"
# Acts only an authority performs: in an agentless passive, the state where they happen did them.
STATE_ACT_ROOTS = roots_with("state_act")
# Organs whose report of an arrest or charge with no agent named is their own state's act.
REPORTING_AUTHORITIES = frozenset({"COP", "MIL", "JUD", "SPY"})
# Who does an authority's act, by root, when only the state is known (EVENTS.md rule 9): charges and inquiries
# are the courts' and prosecutors', arrests the police's.
AUTHORITY_OF_ROOT = {"09": "JUD", "11": "JUD", "17": "COP"}
#: Deportation (CAMEO 174) is of foreigners: the state named beside the deportee is theirs, and
#: the state that deports them is another.
DEPORT_CODE = "174"
VIOLENT_ROOTS = roots_with("violent")
FORCE_ROLES = frozenset({"MIL", "COP", "SPY", "UAF", "REB", "IGOPKO"})
INSTRUMENT_ROLES = frozenset({"MIL", "COP", "UAF", "SPY"})
# Releases of persons (CAMEO 0841): the soldiers or police freed are whom it is done to, not its means.
RELEASE_CODE = "0841"
# Roles that oppose a government: with no country of their own they are that government's.
OPPOSING_ROLES = frozenset({"REB", "OPP", "INS", "SEP", "RAD", "UAF"})
LOCATIVE_TARGET_ROOTS = roots_with("locative_target")
REFUSAL_CODE = "120"
# Agreeing, consulting, cooperating: a compound subject acts with its own members.
AGREEMENT_ROOT = "03"
# CAMEO 08, yield: easing, halting or ending what one does to someone.
YIELD_ROOT = "08"
# Meetings, visits, talks, mediation.
CONSULT_ROOT = "04"
# Making and hosting a visit: CONSULT from visitor to host only (EVENTS.md rule 7).
VISIT_CODES = frozenset({"042", "043"})
MUTUAL_ROOTS = roots_with("mutual")
# "A and B violated the ceasefire": a truce binds both; each broke it towards the other.
MUTUAL_CODES = codes_with("mutual")
# Appeals, demands and threats are addressed to whoever must act in their complement clause.
DIRECTIVE_ROOTS = roots_with("directive")
CONFLICT_ROOTS = roots_with("conflict")
COOPERATIVE_ROOTS = roots_with("cooperative")
