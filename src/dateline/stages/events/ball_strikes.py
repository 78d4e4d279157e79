"""Ball strikes: a "strike" one player makes is a shot in play, not a walkout.

The noun "strike" is a labour strike (PROTEST) in news at large, but sport
news calls a shot at goal a strike: "a late Gerrard strike", "his stunning
strike", "a strike from the left-back". A walkout is a collective act:
workers, a union or a staff strike, never one person alone (a lone
person's protest is a hunger strike, a cue of its own). So a strike that
belongs to people named one by one, by a possessor ("his", "Baxter's"), a
name in front ("a Baxter strike") or the "from" or "by" that names its
makers ("strikes from Baxter and Walsh"), is a move in play, which by the
gold conventions is no PLOVER event.
"""

from __future__ import annotations

from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import prepositional_objects
from dateline.stages._tree import Tree
from dateline.stages.events.triggers import Trigger

_WALKOUT = "strike"
"""The mode of the PROTEST cues that name a labour strike."""
_OWNER_DEPS = frozenset({"poss", "compound"})
_MAKER_PREPOSITIONS = frozenset({"from", "by"})
_ONE_PERSONS = frozenset({"his", "her"})
"""Possessive pronouns that stand for one person ("their" and "its" may be a union)."""
_PERSON = "person"


def struck_by_one_player(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a noun "strike" is one person's: a shot in play, not a walkout."""
    cue = trigger.cue
    if cue.type != "PROTEST" or cue.pos != "NOUN" or cue.mode != _WALKOUT:
        return False
    if tree.tokens[trigger.token].lemma.lower() != _WALKOUT:
        return False
    return any(_people_by_name(tree, index, owner) for owner in _owners(tree, trigger.token))


def _owners(tree: Tree, noun: int) -> list[int]:
    """Who a noun is said to belong to: its possessor, a name before it, its "from" or "by"."""
    owners = [c for c in tree.children[noun] if tree.tokens[c].dep in _OWNER_DEPS]
    return owners + prepositional_objects(tree, noun, _MAKER_PREPOSITIONS)


def _people_by_name(tree: Tree, index: ActorIndex, token: int) -> bool:
    """Whether a word names people one by one: "his", "Walsh", "Baxter, Walsh and Reid".

    Each named person strikes a ball of their own ("strikes from Baxter and
    Walsh"); workers who walk out are told as a body or a kind ("nurses").
    """
    if tree.tokens[token].text.lower() in _ONE_PERSONS:
        return True
    actors = index.actors_at(tree, token)
    return bool(actors) and all(index.kinds.get(actor) == _PERSON for actor in actors)
