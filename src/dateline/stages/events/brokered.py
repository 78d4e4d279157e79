"""Whom a mediator works for when the text names only the deal it brokered.

"Iran and Saudi Arabia restored ties in a deal brokered by China", "the
rebels signed a truce mediated by Qatar": the mediation is China's or
Qatar's, done for the two sides the deal binds, which the clause names as
the ones who made it rather than as "between" the deal's sides.
"""

from __future__ import annotations

from dateline.stages._clause_roles import prepositional_objects, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED

STEP = f"{INFERRED}recipient: a party to the deal the mediator brokered"
_OBJECTS = frozenset({"dobj", "obj"})
_MEDIATING = frozenset({"broker", "mediate"})
"""Verbs of a third party's work on a deal: "a truce brokered by Egypt"."""


def brokers_of(tree: Tree, deal: int) -> list[int]:
    """Who a reduced passive of mediation on a deal names as its broker: "brokered by Egypt".

    The broker stands between the deal's sides, not on either: "Israel and
    Hamas agreed to a truce brokered by Egypt" is an agreement of the two,
    not with Egypt, whose mediation is an event of its own.
    """
    tokens = tree.tokens
    return [
        pobj
        for participle in tree.children[deal]
        if tokens[participle].dep == "acl" and tokens[participle].lemma.lower() in _MEDIATING
        for by in tree.children[participle]
        if tokens[by].dep == "agent"
        for pobj in tree.children[by]
        if tokens[pobj].dep == "pobj"
    ]


def parties_to_the_deal(tree: Tree, verb: int) -> list[tuple[int, str]]:
    """The parties to what a reduced passive of mediation hangs on, as recipients with why.

    The deal's own "between" ("a deal between X and Y brokered by Z"), or
    else the subject of the clause that made the deal: the verb it is the
    object of ("signed a truce brokered by ..."), or the verb its
    preposition hangs on ("restored ties in a deal brokered by ...").
    """
    tokens = tree.tokens
    if tokens[verb].dep != "acl":
        return []
    deal = tokens[verb].head
    between = prepositional_objects(tree, deal, frozenset({"between"}))
    if between:
        return [(party, STEP) for party in between]
    maker = _clause_that_made(tree, deal)
    if maker is None:
        return []
    subject, passive = subject_of(tree, maker)
    return [] if subject is None or passive else [(subject, STEP)]


def _clause_that_made(tree: Tree, deal: int) -> int | None:
    """The verb whose object a deal is, or on which the preposition before it hangs.

    The parser may hang the preposition on the verb's object instead:
    "restored ties in a deal" with "in" on "ties".
    """
    tokens = tree.tokens
    head = tokens[deal].head
    if tokens[deal].dep == "pobj" and tokens[head].dep == "prep":
        head = tokens[head].head
        if tokens[head].pos == "NOUN" and tokens[head].dep in _OBJECTS:
            head = tokens[head].head
    elif tokens[deal].dep not in _OBJECTS:
        return None
    return head if tokens[head].pos == "VERB" and head != deal else None
