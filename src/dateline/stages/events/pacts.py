"""A pact named by whose it is: a standing agreement the text talks about, no deal struck.

"the reform of the EU's stability pact", "the firm's agreement covers gas
supplies": an agreement needs two sides, and a possessor alone names one,
the party the pact binds. A pact the text tells being made is told by its
verb ("signed the pact", "reached an agreement"), with the other side
("Iran's deal with China"), or as the assent of its possessor ("Iran's
agreement to suspend enrichment"). A "deal" is a bargain struck, whoever it
is said to be of: "the firm's mobile deal ran into trouble".
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.events.triggers import Trigger

_SIDES_OR_ASSENT = frozenset({"with", "between", "among", "to"})
_INSTRUMENTS = frozenset({"pact", "treaty", "accord", "agreement", "convention", "charter"})


def a_pact_of_one_party(
    tree: Tree, trigger: Trigger, actors: tuple[str, ...], recipients: tuple[str, ...]
) -> bool:
    """Whether an agreement noun names only its possessor, as the pact it is party to."""
    if trigger.cue.type != "AGREE" or trigger.cue.pos != "NOUN" or recipients or len(actors) != 1:
        return False
    if tree.tokens[trigger.token].lemma.lower() not in _INSTRUMENTS:
        return False
    children = tree.children[trigger.token]
    return any(tree.tokens[c].dep == "poss" for c in children) and not any(
        tree.tokens[c].dep in ("acl", "relcl")
        or (tree.tokens[c].dep == "prep" and tree.tokens[c].text.lower() in _SIDES_OR_ASSENT)
        for c in children
    )
