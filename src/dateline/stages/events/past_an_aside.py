"""A cue's preposition told after an aside on its object, which the parse hangs on the aside.

"Mr Lund handed over his stake in Kestrel - which controls Baltneft - to
Oleg Sorokin", "sold its shares in the port, which it bought in 1999, to
the state": the parse often hangs the closing "to Oleg Sorokin" on the
relative clause ("controls ... to Oleg Sorokin"), though the aside is shut
by its dash or comma before it. A relative clause's own preposition follows
its verb's words with no break; one after the closing mark goes back to the
verb the aside interrupted, whose recipient it names.
"""

from __future__ import annotations

from dateline.stages._tree import Tree

_CLOSING_MARKS = frozenset({",", "-", "--", "\u2013", "\u2014"})
"""Marks that shut an aside set inside a clause: a comma or a dash."""


def hung_past_an_aside(tree: Tree, verb: int, preps: frozenset[str]) -> list[int]:
    """Objects of ``preps`` the parse hung on a relative clause inside the verb's object.

    Only those told just after the mark that closes the aside, and only
    when the verb has no such preposition of its own.
    """
    if any(
        tree.tokens[c].dep in ("prep", "dative") and tree.tokens[c].text.lower() in preps
        for c in tree.children[verb]
    ):
        return []
    found: list[int] = []
    for obj in tree.children[verb]:
        if tree.tokens[obj].dep != "dobj":
            continue
        first, last = tree.subtree(obj)
        for clause in range(first, last):
            if tree.tokens[clause].dep == "relcl":
                found += _after_the_closing_mark(tree, clause, preps)
    return found


def _after_the_closing_mark(tree: Tree, clause: int, preps: frozenset[str]) -> list[int]:
    """The objects of ``preps`` on a relative clause that come just after a closing mark."""
    return [
        g
        for c in tree.children[clause]
        if c > clause
        and tree.tokens[c].dep == "prep"
        and tree.tokens[c].text.lower() in preps
        and tree.tokens[c - 1].text in _CLOSING_MARKS
        for g in tree.children[c]
        if tree.tokens[g].dep == "pobj"
    ]
