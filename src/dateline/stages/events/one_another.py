"""Deeds two or more doers do to one another.

"Israel and Hamas accused each other of breaking the truce" tells two
charges, each by one side at the other: an analyst counting who accused
whom needs both directions, not one charge aimed at no one.
"""

from __future__ import annotations

import dataclasses

from dateline.records import Event
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED

EACH_TO_THE_OTHER = f"{INFERRED}recipient: the other doer ('each other', 'one another')"


def done_to_one_another(tree: Tree, verb: int) -> bool:
    """Whether a verb's object is its doers themselves: "blamed each other", "the other".

    "Both sides blamed the other", "the two parties blamed one another"
    (which the parser may read as "one" with "another" on it).
    """
    return any(
        tree.tokens[c].dep == "dobj" and _names_the_other(tree, c) for c in tree.children[verb]
    )


def _names_the_other(tree: Tree, word: int) -> bool:
    lemma = tree.tokens[word].lemma.lower()
    marks = {tree.tokens[d].text.lower() for d in tree.children[word]}
    return (
        lemma == "another"
        or (lemma == "other" and bool(marks & {"each", "the"}))
        or (lemma == "one" and "another" in marks)
    )


def each_to_the_other(tree: Tree, verb: int, event: Event) -> list[Event]:
    """An event its doers did to one another, as one event per doer aimed at the others.

    Left whole when it names a recipient of its own or fewer than two doers.
    """
    if event.recipient or len(event.actor) < 2 or not done_to_one_another(tree, verb):
        return [event]
    return [
        dataclasses.replace(
            event,
            actor=(doer,),
            recipient=tuple(other for other in event.actor if other != doer),
            explanation=(*event.explanation, EACH_TO_THE_OTHER),
        )
        for doer in event.actor
    ]
