"""A body's own sitting: its members meeting among themselves, no consultation.

"The board met in Mumbai to discuss the results", "the Cabinet meeting",
"the Fed's rate-setting meeting", "a Parliamentary Labour Party meeting":
PLOVER's CONSULT is between two sides, and these name one, the body that
sits (``lexicons/sitting_bodies.txt``). A meeting with someone ("the board
met the unions", "met with union leaders"), between sides, or of many
states ("the G7 meeting", "EU ministers met") stays a CONSULT.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree

_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
_SIDES = frozenset({"with", "between", "among"})
_PLURALS = frozenset({"NNS", "NNPS"})
# A meeting, not a consultation: "party consultation on shortlists" asks others.
_MEETING = frozenset({"meet", "meeting"})


def own_sitting(
    tree: Tree, words: tuple[int, ...], actors: tuple[str, ...], recipients: tuple[str, ...]
) -> bool:
    """Whether a meeting's words name one body sitting on its own, and no other side.

    ``words`` are the trigger's tokens: the verb "meet", "hold" with its
    noun "meeting", or the noun alone.
    """
    if (
        recipients
        or len(actors) > 1
        or not any(tree.tokens[w].lemma.lower() in _MEETING for w in words)
        or any(_sides_named(tree, w) for w in words)
    ):
        return False
    bodies = lexicons.word_set("sitting_bodies.txt")
    # One body, so one word: "the two parties met" are two sides.
    return any(
        bodies & {tree.tokens[i].lemma.lower(), tree.tokens[i].text.lower()}
        and tree.tokens[i].tag not in _PLURALS
        for i in _namers(tree, words)
    )


def _sides_named(tree: Tree, word: int) -> bool:
    """Whether a preposition of company hangs on a word: "met with", "a meeting between"."""
    return any(
        tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in _SIDES
        for c in tree.children[word]
    )


def _namers(tree: Tree, words: tuple[int, ...]) -> Iterator[int]:
    """The words that name who meets: the noun's modifiers, the verb's subject and its own."""
    for word in words:
        if tree.tokens[word].pos == "NOUN":
            yield from _modifiers(tree, word)
        elif tree.tokens[word].pos == "VERB":
            subject = subject_of(tree, word)[0]
            if subject is not None:
                yield subject
                yield from _modifiers(tree, subject)


def _modifiers(tree: Tree, noun: int) -> Iterator[int]:
    """The words before a noun that qualify it, and theirs: "its board", "rate-setting"."""
    for child in tree.children[noun]:
        if child < noun and tree.tokens[child].dep in _MODIFIERS:
            yield child
            yield from _modifiers(tree, child)
