"""A person named again by their age alone: "the 64-year-old".

News names someone, then calls them by their age in a later sentence
("Sir Alan Reed has died ... The 64-year-old had served ..."). Such an
age standing alone is a mention of a person named before, found as "he"
and "she" are, whatever that person's gender; one that describes a noun
("the 25-year-old striker", "a 40-year-old man") is not, nor an
indefinite one, which brings in someone new.
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.actors.mention import Mention, make_mention

_PERIODS = frozenset({"year", "years"})
_HEAD_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})
"""How the age hangs when it stands for someone; "amod" is an age that describes."""


def ages_alone(tree: Tree) -> list[Mention]:
    """Every "the <N>-year-old" that stands for a person, as a mention with no gender."""
    found = []
    for i, token in enumerate(tree.tokens):
        if token.text.lower() != "old" or token.dep not in _HEAD_ROLES:
            continue
        first = _age_start(tree, i)
        if first is not None:
            found.append(make_mention(tree, first, i + 1, "pronoun", "PERSON", gender=None))
    return found


def _age_start(tree: Tree, old: int) -> int | None:
    """The token of the number in "the <N>-year-old" ending at ``old``, if the words are that."""
    tokens = tree.tokens
    k = old - 1
    if k >= 0 and tokens[k].text == "-":
        k -= 1
    if k < 0 or tokens[k].text.lower() not in _PERIODS:
        return None
    k -= 1
    if k >= 0 and tokens[k].text == "-":
        k -= 1
    if k < 1 or tokens[k].tag != "CD" or tokens[k - 1].text.lower() != "the":
        return None
    return k
