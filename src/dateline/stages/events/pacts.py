"""A pact named by whose it is: a standing agreement the text talks about, no deal struck.

"the reform of the EU's stability pact", "the firm's agreement covers gas
supplies": an agreement needs two sides, and a possessor alone names one,
the party the pact binds. A pact the text tells being made is told by its
verb ("signed the pact", "reached an agreement"), with the other side
("Iran's deal with China"), or as the assent of its possessor ("Iran's
agreement to suspend enrichment"). A "deal" is a bargain struck, whoever it
is said to be of: "the firm's mobile deal ran into trouble".

A pact, a merger or a partnership may also name its sides with "of":
"the merger of Kestrel and Halden", "the merger of the bank with its
rival". Two sides joined by "and" are both its doers, each to the other,
as "between" would name them; one side with a "with" after it is the doer
toward the one "with" names. One side alone ("the merger of the two
units", "the agreement of the board") names no pair.

A pact that news says "is to go ahead" ("the merger of the two brewers is
to go ahead") has been agreed: what is still ahead is carrying it out, as
news that a firm "is to buy" another reports the purchase agreed.
"""

from __future__ import annotations

from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import prepositional_objects
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.events.triggers import Trigger

_OF = frozenset({"of"})
_WITH = frozenset({"with"})
_A_PAIR = 2

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


def sides_named_by_of(tree: Tree, index: ActorIndex, noun: int) -> tuple[str, ...]:
    """The doers a two-sided noun names with "of": "the merger of Kestrel and Halden".

    Both actors of an "of" phrase that names two or more; or the one it
    names, where a "with" on the noun names the other side ("the merger of
    the bank with its rival"). Else none: "the merger of two units".
    """
    for obj in prepositional_objects(tree, noun, _OF):
        sides = index.actors_at(tree, obj)
        if len(sides) < _A_PAIR and _joined_by_and(tree, obj):
            # The parse may hang a described side on the other ("the merger of
            # Dutch oil giant Kestrel and gas firm Halden"): all the phrase names.
            sides = index.actors_within(tree, obj)
        if len(sides) >= _A_PAIR:
            return sides
        # The parse may hang the "with" on the side named before it.
        others = [
            actor
            for holder in (noun, obj)
            for other in prepositional_objects(tree, holder, _WITH)
            for actor in index.actors_at(tree, other)
            if actor not in sides
        ]
        if len(sides) == 1 and others:
            return sides
    return ()


def _joined_by_and(tree: Tree, head: int) -> bool:
    """Whether the phrase ``head`` heads joins two or more with "and"."""
    first, last = tree.subtree(head)
    return any(
        tree.tokens[t].dep == "cc" and tree.tokens[t].text.lower() == "and"
        for t in range(first, last)
    )


_TWO_SIDED = frozenset({"AGREE", "COOPERATE"})


def agreed_to_go_ahead(tree: Tree, trigger: Trigger) -> bool:
    """Whether a pact noun is the subject of "is to go ahead": agreed, its carrying out ahead.

    Only "is (are) to go ahead", a news report's decision taken, with no
    helper or denial on "is": "may be to go ahead", "is not to go ahead" and
    "will go ahead if ..." stay as the text puts them.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.pos != "NOUN" or trigger.cue.type not in _TWO_SIDED or word.dep != "nsubj":
        return False
    be = tree.tokens[word.head]
    if be.lemma != "be" or be.tag not in PRESENT_TAGS:
        return False
    if any(tree.tokens[c].dep in ("aux", "neg") for c in tree.children[word.head]):
        return False
    return any(
        tree.tokens[go].dep == "xcomp"
        and tree.tokens[go].lemma == "go"
        and any(tree.tokens[c].text.lower() == "to" for c in tree.children[go])
        and any(tree.tokens[c].text.lower() == "ahead" for c in tree.children[go])
        and not any(tree.tokens[c].dep == "neg" for c in tree.children[go])
        for go in tree.children[word.head]
    )
