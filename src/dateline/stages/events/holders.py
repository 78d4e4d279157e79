"""Whose hands a thing is said to be in: the one a charge about that thing is of.

"The minister claimed schools would never be safe in Tory hands", "warned
that pensions would be ruined in the hands of the Conservatives": the claim
is about the thing, but it charges those who would hold it, as coders read
it. The holder is a name ("Tory hands", "Labour's hands", "the hands of the
Conservatives"); "in safe hands" or "in private hands" names no one.
"""

from __future__ import annotations

from dateline.stages._clause_roles import prepositional_objects
from dateline.stages._tree import Tree

_HAND = "hand"
_HOLDER_DEPS = frozenset({"poss", "compound", "amod"})
_JUDGED_WORDS = frozenset({"acomp", "attr"})
"""Words of the clause a "safe in" may hang on: "were not safe in Tory hands"."""
_NAMED = frozenset({"GPE", "ORG", "PERSON", "NORP"})


def holder_of(tree: Tree, subject: int) -> int | None:
    """The token naming whose hands a clause says its subject is (or would be) in, if any."""
    clause = tree.tokens[subject].head
    words = [clause] + [c for c in tree.children[clause] if tree.tokens[c].dep in _JUDGED_WORDS]
    for word in words:
        for hands in prepositional_objects(tree, word, frozenset({"in"})):
            if tree.tokens[hands].lemma.lower() != _HAND:
                continue
            holder = _named_holder(tree, hands)
            if holder is not None:
                return holder
    return None


def _named_holder(tree: Tree, hands: int) -> int | None:
    """The name on "hands": "Tory hands", "Labour's hands", "the hands of the Conservatives"."""
    holders = [c for c in tree.children[hands] if tree.tokens[c].dep in _HOLDER_DEPS]
    holders += prepositional_objects(tree, hands, frozenset({"of"}))
    return next((h for h in holders if _a_name(tree, h)), None)


def _a_name(tree: Tree, token: int) -> bool:
    """Whether a word names someone, not a kind of hands ("safe", "private", "wrong")."""
    word = tree.tokens[token]
    return word.pos == "PROPN" or word.ent_type in _NAMED
