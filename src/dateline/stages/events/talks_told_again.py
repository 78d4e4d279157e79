"""Talks told again: further talks with others, held by the side that held the talks told first.

"The trade body is to hold membership talks with Chile ... talks with Peru
and Bolivia have been going on for years": the later talks name only the
other side, and the story has already said whose talks these are. The
nearest earlier talks count only when a verb of holding them has them as
its object ("held talks", "opened negotiations"; not "hoped the talks
would succeed") and its subject is none of the sides the later talks are
with.
"""

from __future__ import annotations

from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED

STEP = f"{INFERRED}actor: who held the talks the story told of before"
_TALKS = frozenset({"talk", "negotiation"})
_HOLDING = frozenset({"hold", "open", "begin", "start", "launch", "conduct", "resume", "have"})
"""Verbs whose subject holds the talks they take as object."""


def with_holders_told_before(
    tree: Tree,
    index: ActorIndex,
    noun: int,
    found: tuple[tuple[str, ...], list[str]],
    counterparts: list[int],
) -> tuple[tuple[str, ...], list[str]]:
    """The doers found and their steps, or, with none, who held the talks told before.

    ``counterparts``: the words of the talks' own preposition ("with Peru").
    """
    actors, steps = found
    if actors:
        return found
    named = {a for head in counterparts for a in index.actors_at(tree, head)}
    holders = _holders_told_before(tree, index, noun, named)
    return holders, steps + [STEP] * bool(holders)


def _holders_told_before(
    tree: Tree, index: ActorIndex, noun: int, counterparts: set[str]
) -> tuple[str, ...]:
    """The actors who held the nearest earlier talks, if the noun is talks with others."""
    if tree.tokens[noun].lemma.lower() not in _TALKS or not counterparts:
        return ()
    earlier = next((j for j in range(noun - 1, -1, -1) if _talks(tree, j)), None)
    if earlier is None or tree.tokens[earlier].dep not in ("dobj", "obj"):
        return ()
    if tree.tokens[tree.tokens[earlier].head].lemma.lower() not in _HOLDING:
        return ()
    subject, passive = subject_of(tree, tree.tokens[earlier].head)
    if subject is None or passive:
        return ()
    holders = index.actors_at(tree, subject)
    return () if set(holders) & counterparts else holders


def _talks(tree: Tree, token: int) -> bool:
    word = tree.tokens[token]
    return word.pos == "NOUN" and word.lemma.lower() in _TALKS
