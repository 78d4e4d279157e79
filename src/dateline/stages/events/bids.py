"""Whom a demand bids act: the subject of its "for" clause ("calls for the mayor to apologise").

Shared by demand nouns ("his call for the mayor to apologise") and the
light verbs that take them ("renewed calls for the mayor to apologise").
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.events.cues import Cue
from dateline.stages.events.modality import marked_for


def bids(tree: Tree, noun: int) -> list[int]:
    """The clauses a demand noun opens with "for": "calls for the mayor to apologise".

    The parse may hang the clause on the verb the noun is the object of
    ("repeated calls for the mayor to apologise").
    """
    word = tree.tokens[noun]
    holders = (noun, word.head) if word.dep == "dobj" else (noun,)
    return [
        c
        for h in holders
        for c in tree.children[h]
        if tree.tokens[c].dep in _BID_CLAUSES and marked_for(tree, c) is not None
    ]


_BID_CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp"})


def bidden_to_act(tree: Tree, noun: int, cue: Cue) -> list[tuple[int, str]]:
    """Whom a demand bids act: the subject of its "for" clause, as "called for X to act" says."""
    if cue.type != "REQUEST":
        return []
    return [
        (c, "recipient: whom the demand's 'for' clause bids act")
        for clause in bids(tree, noun)
        for c in tree.children[clause]
        if tree.tokens[c].dep == "nsubj"
    ]
