"""Constructions: patterns over the parse that change what a trigger means, as data.

A construction is a shape of sentence with an effect on the event it meets: "Libya must hand over
the suspects", said by a minister, is the minister's demand on Libya; "failed to reach a deal" is
a refusal; "called the manoeuvres routine" is no call at all. Each one is an entry of
``data/constructions/*.yaml`` (users add files with ``--constructions``); this package loads and
validates them (``load``), compiles their patterns with spaCy's ``DependencyMatcher`` once per
vocabulary and matches a document once (``model``), so the extractor can ask cheaply which entries
apply at a token (:mod:`geopol.events.construed` applies them).

A file holds ``words:`` (its own word classes, ``name: [word, ...]``; optional) and
``constructions:``, a list of entries with these fields:

- ``id``: unique kebab-case name; an event an entry makes or changes cites it as its ``rule``
  (``constructions/demands.yaml obligation``).
- ``why``: one line for the humans who maintain the file.
- ``pattern``: a ``DependencyMatcher`` pattern (nodes with ``RIGHT_ID``, ``RIGHT_ATTRS`` and,
  after the first, ``LEFT_ID`` and ``REL_OP``), or ``patterns``: a list of alternative ones. In an
  ``IN``/``NOT_IN`` list, ``$name`` stands for a word class of the file's ``words:`` or of
  ``data/words.yaml``. ``unless``: nodes that extend the pattern from its named nodes; where they match
  too, the entry does not apply ("a struggle verb with a goal clause, unless it has an object").
- ``anchor``: the node the effect applies to (the trigger token).
- ``effect``: a mapping of these keys (a closed vocabulary):

  - ``drop: true``: the anchor fires no event ("fighting to keep his seat").
  - ``recode``: the code the event takes: a quoted CAMEO code (``"172"``), or a mapping
    ``{demand_of|refusal_of|threat_of: trigger, else: "120"}`` (CAMEO's demand, refusal or threat
    of the act the trigger names; ``else`` when CAMEO has none), or ``{code_of: NODE}`` (the code
    the lexicon gives the word at NODE alone, ``pos: VERB`` or ``NOUN`` to say how to look it up:
    "ordered X jailed" is the jailing).
  - ``modality``: the modality the event takes (``asserted``, ``future``, ...).
  - ``source`` / ``target``: ``{node: NODE, role: ROLE}`` with ROLE one of ``subject`` (the
    node's subject, as the extractor finds it), ``passive_subject``, ``self`` (the actor the
    node names) or ``speaker`` (the subject of the speech verb that reports the node); ``coded:
    true`` keeps coded actors only.
  - ``emit: true``: the entry makes an event of its own at the anchor (``recode``, ``source``
    and ``target`` required), besides what the trigger does.
  - ``when``: conditions the parse cannot say: ``trigger`` (``{roots: [..]}``, ``{not_roots:
    [..]}`` or ``{trait: NAME}`` of the code the event has), ``code_of`` (``{node: NODE, pos:
    VERB}`` with the same keys, for the code the lexicon gives the word at NODE), ``modality``
    (a list).

  When an entry applies follows from its effect: ``drop`` when the trigger is chosen; ``emit``
  per sentence; ``recode`` without ``target`` before the event's arguments are searched;
  ``target`` after them (the event is re-aimed when the node names someone); an entry with
  ``modality`` (as effect or condition) when the modality is read. At a token, the first entry
  of a kind whose pattern and conditions hold applies (user files first, then the shipped ones
  by file name, entries in file order).
- ``examples``: sentences with what must (``must: [[SOURCE, TARGET, CODE], ...]``) and must not
  (``must_not``) come out; SOURCE and TARGET are actor codes (or their country; ``"*"`` is any,
  ``null`` none), CODE a CAMEO code, a PLOVER type or ``"*"``. ``geopol lint`` and
  ``tests/events/test_constructions.py`` run them through the real pipeline (the test also
  checks that one of them fails without the entry).
"""

from geopol.events.constructions.load import (
    default_files,
    duplicate_ids,
    is_construction_file,
    load_constructions,
    parse_constructions,
    read_file,
)
from geopol.events.constructions.model import (
    KINDS,
    NO_MATCHES,
    CodeOf,
    CodeTest,
    Construction,
    ConstructionError,
    ConstructionSet,
    Effect,
    Example,
    Match,
    Matches,
    Recode,
    Role,
    example_problems,
)

__all__ = [
    "KINDS", "NO_MATCHES", "CodeOf", "CodeTest", "Construction", "ConstructionError", "ConstructionSet", "Effect",
    "Example", "Match", "Matches", "Recode", "Role", "default_files", "duplicate_ids", "example_problems",
    "is_construction_file", "load_constructions", "parse_constructions", "read_file",
]
