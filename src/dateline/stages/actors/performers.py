"""Performers the text shows performing, whatever the model labelled their names.

The model often takes a band ("the Copper Lanterns") or an actor for an
organisation, and an organisation no lexicon knows is coded a firm. What
the name does in the sentence says otherwise: a name that sang, or that a
film is "starring", is a performer, coded as a civilian (CVL) as the gold
conventions code performers.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._tree import Tree

PERFORMER = "CVL"

_OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
"""Dependencies by which a name is what a film or show is "starring"."""


def performer_sector(tree: Tree, head: int) -> str | None:
    """CVL for a name that performs in its sentence (:func:`performs`), else ``None``."""
    return PERFORMER if performs(tree, head) else None


def performs(tree: Tree, head: int) -> bool:
    """Whether the name headed by token ``head`` performs in its sentence.

    "X sang", "X starred in the film", and "a comedy starring X, Y and Z"
    (each name in the list, read through the first one's role).
    """
    tokens = tree.tokens
    first = tree.first_conjunct(head)
    verb = tokens[first].head
    if verb == first or tokens[verb].lemma.lower() not in lexicons.word_set("performing_verbs.txt"):
        return False
    return tree.is_subject(first) or (
        tokens[verb].lemma.lower() in _STARRING and tokens[first].dep in _OBJECTS
    )


_STARRING = frozenset({"star", "co-star"})
"""Verbs whose object, not only their subject, is a performer: "starring X"."""
