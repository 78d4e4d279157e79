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

    "X sang", "X starred in the film", "a comedy starring X, Y and Z"
    (each name in the list, read through the first one's role), and "stars
    such as X and Y" (:func:`_named_among_performers`), or "rapper X"
    (:func:`_called_a_performer`).
    """
    tokens = tree.tokens
    first = tree.first_conjunct(head)
    if _named_among_performers(tree, first) or _called_a_performer(tree, first):
        return True
    verb = tokens[first].head
    if verb == first or tokens[verb].lemma.lower() not in lexicons.word_set("performing_verbs.txt"):
        return False
    return tree.is_subject(first) or (
        tokens[verb].lemma.lower() in _STARRING and tokens[first].dep in _OBJECTS
    )


_STARRING = frozenset({"star", "co-star"})
"""Verbs whose object, not only their subject, is a performer: "starring X"."""


_EXAMPLES = frozenset({"as", "like", "including"})
"""Words that give examples of the noun they hang on: "stars such as X", "bands like Y"."""


def _named_among_performers(tree: Tree, first: int) -> bool:
    """Whether a name is given as one of the performers a noun names.

    "Stars such as X and Y", "bands including Z", "the artists - X, Y and
    Z": a name set as an example of, or in apposition to, a noun of
    performers (performer_nouns.txt) is one of them, whatever the model
    took it for.
    """
    tokens = tree.tokens
    name = tokens[first]
    noun = name.head
    if name.dep == "pobj" and tokens[noun].text.lower() in _EXAMPLES:
        noun = tokens[noun].head
    elif name.dep != "appos" or noun >= first:
        return False
    return tokens[noun].pos == "NOUN" and tokens[noun].lemma.lower() in lexicons.word_set(
        "performer_nouns.txt"
    )


def _called_a_performer(tree: Tree, head: int) -> bool:
    """Whether a noun of performers stands right before a name: "rapper X", "the band Y".

    The model may leave the name there untagged and take it for a body
    elsewhere ("X's concert"), or parse the noun as the verb's object
    ("to stop rapper X performing"), so the word before the name is read,
    not its dependency.
    """
    tokens = tree.tokens
    first = head
    while first > 0 and tokens[first - 1].pos == "PROPN" and tokens[first - 1].head == head:
        first -= 1  # "Dizzy" of "Dizzy Vane"
    before = tokens[first - 1] if first else None
    return (
        before is not None
        and before.pos == "NOUN"
        and before.text.islower()
        and before.lemma.lower() in lexicons.word_set("performer_nouns.txt")
        and before.lemma.lower() not in _SAID_OF_FIRMS_TOO
    )


_SAID_OF_FIRMS_TOO = frozenset({"star"})
"""Performers' nouns also said of a firm right before its name ("market star X").

Given as one of several ("stars such as X") the noun still means performers."""
