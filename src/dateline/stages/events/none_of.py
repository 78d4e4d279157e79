"""Subjects denied by quantity: "none of the Tories' figures add up".

A standard (``statement_cues.tsv``, role ``standard``) accuses only when it
is denied, and "none of X" as its subject denies it of every part of X as
"X do not" does. The one judged is then whom X belongs to, so the phrase the
judgement is said of is X, the object of the "of" on "none".
"""

from __future__ import annotations

from dateline.stages._clause_roles import prepositional_objects
from dateline.stages._tree import Tree

_NONE_WORDS = frozenset({"none", "neither"})
_OF = frozenset({"of"})


def is_none_of(tree: Tree, subject: int | None) -> bool:
    """Whether a subject is "none" or "neither" drawn "of" a phrase: "none of their sums"."""
    return subject is not None and drawn_from(tree, subject) is not None


def drawn_from(tree: Tree, subject: int) -> int | None:
    """The phrase a "none of ..." subject is drawn from, or None for any other subject."""
    if tree.tokens[subject].text.lower() not in _NONE_WORDS:
        return None
    drawn = prepositional_objects(tree, subject, _OF)
    return drawn[0] if drawn else None
