"""Word classes the extractor tests lemmas against: each names what its words have in common.
"""

from __future__ import annotations

# Words that name a relationship; its partner is what follows "with" or "between".
RELATION_NOUNS = frozenset(
    {"tie", "relation", "relationship", "partnership", "cooperation", "collaboration", "alliance", "friendship",
     "link", "contact", "dialogue", "trade", "rapprochement", "axis", "bond", "coordination", "entente"}
)
# "joined X in condemning", "by signing": the gerund shares the verb's subject. Not "sanctions
# for carrying out a test", where the gerund's subject is someone else.
ACCUSING_VERBS = frozenset({"accuse", "suspect", "charge", "blame", "convict", "indict", "criticise", "criticize",
                            "condemn", "fault", "denounce"})
SHARED_SUBJECT_PREPS = frozenset({"in", "by", "while", "when", "through", "after", "before", "without"})
COPULAS = frozenset({"be", "remain", "become", "stay"})
PARTICIPATION_VERBS = frozenset({"engage", "participate", "join", "take", "enter", "begin", "start", "resume",
                                 "converge", "gather", "assemble", "rally", "turn", "have"})
JOINT_WORDS = frozenset({"joint", "jointly", "mutual", "together", "bilateral"})
EXERCISE_WORDS = frozenset({"exercise", "drill", "game", "wargame", "maneuver", "manoeuvre", "manoeuvres", "maneuvers"})
# "rebels in Ivory Coast", "students from Hong Kong": where a role word's people belong.
MEMBERSHIP_PREPS = frozenset({"in", "from"})
QUANTITY_HEADS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                            "group", "number", "team", "delegation", "contingent", "batch", "handful", "some",
                            "many", "all", "most", "several", "scores", "score", "unit", "band", "crowd", "wave",
                            "ton", "tonne", "kg", "kilogram", "pound", "litre", "liter", "barrel", "package",
                            "consignment", "load", "truckload", "planeload", "shipment", "worth", "day", "week",
                            "month", "round", "series", "spate", "string", "succession"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
ANTECEDENT_PRONOUNS = frozenset({"he", "she", "it", "they"})
PRONOUNS_SINGULAR = frozenset({"it", "its", "itself"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "themselves"})
PLURAL_ANAPHORA = frozenset({"both", "each", "two", "sides", "countries", "nations", "powers", "neighbours",
                             "neighbors", "partners", "states", "capitals", "governments"})
# The object word triggers.yaml uses for any people named by nationality ("seized two Americans").
PEOPLE_OBJECT = "person"
TITLE_NOUNS = frozenset({"chief", "head", "president", "minister", "secretary", "leader", "chairman", "director",
                         "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "premier",
                         "commander", "general", "king", "queen", "prince", "chancellor", "mayor", "member"})
INNER_PREPS = frozenset({"of", "by", "from", "with", "against", "on", "to", "into"})
# Outside event nouns, "on" and "to" give topics ("information on North Korea"), not participants.
OWNER_PREPS = frozenset({"of", "by", "from", "with"})
# Prepositions that introduce times, manners and reasons rather than participants.
NON_ARGUMENT_PREPS = frozenset({"in", "at", "during", "after", "before", "since", "until", "for", "as", "like",
                                "despite", "amid", "via", "through", "under", "over", "near", "within", "without",
                                "on", "about", "regarding", "concerning"})  # times, places, reasons, topics
PARTICIPANT_PREPS = frozenset({"against", "into", "with", "to", "toward", "towards", "from", "of", "at",
                               "upon", "onto"})
PLACE_NOUNS = frozenset({"port", "city", "town", "village", "region", "province", "area", "island", "base", "airport",
                         "camp", "border", "coast", "sea", "river", "district", "zone", "site", "plant", "facility",
                         "countryside", "part", "territory", "capital", "enclave", "corridor", "strip"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "along", "inside", "throughout", "around", "into"})
PUNITIVE_NOUNS = frozenset({"sentence", "punishment", "prosecution", "trial", "arrest", "extradition", "probe",
                            "inquiry", "investigation", "sanction", "penalty", "ban", "expulsion", "impeachment"})
SUFFERING_VERBS = frozenset({"die", "succumb", "perish", "suffer", "collapse", "hospitalize", "hospitalise"})
CUSTODY_NOUNS = frozenset({"prison", "jail", "gaol", "custody", "detention", "captivity", "cell", "penitentiary"})
MESSAGE_NOUNS = frozenset({"letter", "message", "note", "statement", "communique", "memo", "memorandum", "email",
                           "cable", "telegram", "tweet", "post"})
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "fly"})
NAMING_VERBS = frozenset({"call", "name", "label", "brand", "dub", "term", "consider", "deem"})
OWN_STATE_NOUNS = frozenset({"country", "nation", "state", "homeland"})
COLLECTIVE_NOUNS = frozenset({"group", "committee", "coalition", "alliance", "movement", "union", "association",
                              "council", "commission", "board", "panel", "organization", "organisation", "agency",
                              "party", "federation", "front", "network", "campaign", "woman", "man", "investigator",
                              "musician", "student", "teacher", "worker", "farmer", "lawyer", "judge", "court",
                              "docker", "driver", "trucker", "nurse", "doctor", "miner", "employee", "staff",
                              "resident", "villager", "guard", "pilot", "leader", "majority", "member"})
KIN_OF_THINGS = frozenset({"owner", "heir", "family", "descendant", "relative", "creator", "author"})
GROWTH_NOUNS = frozenset({"increase", "boost", "rise", "expansion", "surge", "hike", "doubling", "tripling"})
MEMBER_WORDS = frozenset({"leader", "member", "head", "chief", "official", "representative", "spokesman",
                          "spokeswoman", "spokesperson", "delegation", "envoy"})
BINDING_VERBS = frozenset({"order", "force", "compel", "instruct", "direct"})
RESTRICTING_VERBS = frozenset({"suspend", "stop", "halt", "close", "shut", "cease", "vacate", "leave", "evacuate",
                               "wait", "remain", "stay", "withdraw", "quit", "disband", "surrender"})
# Verbs of combat that also mean striving ("fought to keep his seat", "battling to save the deal").
STRUGGLE_VERBS = frozenset({"fight", "battle", "struggle", "wrestle", "scramble"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
RECEIVING_VERBS = frozenset({"face", "receive", "draw", "attract", "suffer", "get", "win", "earn", "incur"})
# Nouns that take their meaning from a qualifier: "a mediation mission", "a relief operation".
CONTAINER_NOUNS = frozenset({"mission", "effort", "operation", "campaign", "process", "initiative", "programme",
                             "program", "drive", "bid", "move", "step", "measure", "plan", "project", "package"})
RELATIONAL_PEOPLE = frozenset({"critic", "opponent", "rival", "enemy", "foe", "donor", "creditor", "detractor",
                               "adversary", "backer", "lender", "victim", "neighbour", "neighbor", "challenger"})
# "her coalition partners", "his Chinese counterpart": people one deals with, not one's belongings.
PEER_NOUNS = RELATIONAL_PEOPLE | {"colleague", "partner", "ally", "counterpart", "friend", "host", "guest", "peer",
                                  "successor", "predecessor"}
CULPABLE_WORDS = frozenset({"responsible", "guilty", "culpable", "liable", "behind", "accountable"})
WEAPON_NOUNS = frozenset({"bomb", "device", "explosive", "ied", "mine", "landmine", "minefield", "rocket", "missile",
                          "shell", "mortar", "grenade", "drone", "airstrike", "strike", "gunfire", "shelling",
                          "bombing", "attack", "ambush", "gunman", "sniper", "assailant", "attacker"})
# An explosion or blast is an attack only when a weapon made it ("a car bomb explosion", not "a gas explosion").
BLAST_NOUNS = frozenset({"explosion", "blast", "detonation"})
POSTING_PASSIVES = frozenset({"deploy", "station", "post", "base", "position", "dispatch", "send", "redeploy"})
STATIVE_PASSIVES = frozenset({"oppose", "commit", "dedicate", "devote", "determine", "resolve", "attach"})
PROXY_NOUNS = frozenset({"demand", "request", "call", "appeal", "plea", "proposal", "offer", "invitation", "wish",
                         "order", "complaint", "petition", "ultimatum", "condition"})
CONDITION_MARKS = frozenset({"until", "unless", "till"})
TIME_POINTS = frozenset({"end", "start", "beginning", "middle", "close", "turn", "eve", "height", "dawn"})
# Acts done to someone: the possessor is the one it is done to ("Navalny's arrest").
PATIENT_NOUNS = frozenset({"release", "arrest", "detention", "extradition", "deportation", "expulsion", "execution",
                           "capture", "killing", "murder", "assassination", "abduction", "kidnapping", "trial",
                           "conviction", "imprisonment", "jailing", "sentencing", "impeachment", "ouster", "removal",
                           "dismissal", "pardon", "freeing", "prosecution", "indictment"})
# What a meeting named as the subject does when it is reported happening.
HAPPENING_VERBS = frozenset({"begin", "start", "open", "resume", "continue", "proceed", "conclude", "end", "close",
                             "enter", "reopen"})
MEETING_NOUNS = frozenset({"summit", "talk", "talks", "meeting", "negotiation", "negotiations", "dialogue",
                           "conference", "consultation", "round"})
PERMISSION_WORDS = frozenset({"allow", "permit", "authorize", "authorise", "permission", "authorization",
                              "authorisation", "consent", "clearance", "go-ahead"})
# "failed to reach a deal": a cooperative act that did not happen is itself a rejection (CAMEO 12).
REFUSAL_GOVERNORS = frozenset({"fail", "decline", "balk", "resist"})
