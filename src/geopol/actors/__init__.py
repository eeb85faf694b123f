"""Actors: the knowledge base (countries, IGOs, people with terms, organisations, agents) and the
mention -> CAMEO actor resolver. Build one ``ActorResolver`` per process and reuse it."""

from geopol.actors.kb import ActorDataError, ActorEntry, KnowledgeBase, Term, load_kb
from geopol.actors.resolve import ActorResolver, Mention, default_resolver

__all__ = [
    "ActorDataError",
    "ActorEntry",
    "ActorResolver",
    "KnowledgeBase",
    "Mention",
    "Term",
    "default_resolver",
    "load_kb",
]
