"""An act one gets others to do: "got the website closed down".

"The studios got the website closed down", "succeeded in getting the
network shut": the one who gets a thing done is its doer, and the one the
participle is said of is whom it is done to. The parse reads the
participle as a verb of its own with that one as its subject ("website
... closed"), which would make the site close itself. Only "get": "had the
player banned" as often tells what befell one ("the club had its player
banned") as what one caused.
"""

from __future__ import annotations

from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.sides import EventSides
from dateline.stages.events.steps import INFERRED
from dateline.stages.events.triggers import Trigger

STEP = f"{INFERRED}actor: who got it done; recipient: whom the participle is said of"

_CAUSING = "get"
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
"""A past participle, which the parse may tag as a past tense."""


def with_caused_sides(
    tree: Tree, trigger: Trigger, index: ActorIndex, found: EventSides
) -> EventSides:
    """The sides found, or the getter and the one it is said of for a verb told as got done."""
    caused = _caused_sides(tree, trigger, index)
    if caused is None:
        return found
    return (*caused, [*found[2], STEP])


def _caused_sides(
    tree: Tree, trigger: Trigger, index: ActorIndex
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The doer and the one done to of a verb told as got done, or None when it is not so told."""
    word = tree.tokens[trigger.token]
    if trigger.cue.pos == "NOUN" or word.dep != "ccomp" or word.tag not in _PARTICIPLE_TAGS:
        return None
    getter = word.head
    if tree.tokens[getter].lemma.lower() != _CAUSING:
        return None
    undergoer = next(
        (c for c in tree.children[trigger.token] if tree.tokens[c].dep in ("nsubj", "nsubjpass")),
        None,
    )
    causer, passive = subject_of(tree, getter)
    if undergoer is None or causer is None or passive:
        return None
    actors = index.actors_at(tree, causer)
    recipients = index.actors_at(tree, undergoer) or _named_as(tree, index, undergoer)
    if not actors or not recipients or set(actors) & set(recipients):
        return None
    return actors, recipients


def _named_as(tree: Tree, index: ActorIndex, noun: int) -> tuple[str, ...]:
    """The actor a noun is said to be called: "a network called Filmdrop"."""
    return tuple(
        actor
        for clause in tree.children[noun]
        if tree.tokens[clause].dep == "acl"
        for name in tree.children[clause]
        if tree.tokens[name].dep == "oprd"
        for actor in index.actors_at(tree, name)
    )
