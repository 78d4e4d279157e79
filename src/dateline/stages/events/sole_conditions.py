"""Demands told as the one condition for an outcome: "trust can only return if the chancellor acts".

A speaker who says that something can happen only if an actor does
something asks that act of the actor, as "the chancellor should open his
books" does: "public trust can only be restored if the chancellor opens
his books, say the Greens" is a REQUEST from the Greens to the chancellor.
The "only" must come before the "if", and not as the formula "if, and only
if" ("if, and only if, customers ask" sets a rule, and asks nothing of the
customers), the condition must have
an active subject that is an actor other than the speaker ("only if
funding is increased" asks it of no one named), and a question ("will it
work only if they agree?") asks nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.statement_records import StatementEvent, others_named, spoken_words

STEP = "speaker makes an actor's act the only condition for an outcome -> REQUEST"


def sole_conditions(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """A REQUEST for each "only ... if X acts" a quote's speaker says, X an actor."""
    for quote, speaker, word in spoken_words(tree, quotes):
        if_mark = _sole_condition_mark(tree, word)
        if if_mark is None or _asked(tree, word):
            continue
        doers = (c for c in tree.children[word] if tree.tokens[c].dep == "nsubj")
        asked = others_named(tree, index, doers, speaker)
        if asked:
            yield StatementEvent.by_speaker(
                "REQUEST",
                quote,
                asked,
                (word, tree.tokens[word].text),
                (STEP, "recipient: the subject of the condition ('only if X acts')"),
            )


def _sole_condition_mark(tree: Tree, verb: int) -> int | None:
    """The "if" of a condition clause that an "only" before it makes the sole one, if any.

    The parse hangs "only" on the outcome's verb ("can only be restored if
    ...") or on the condition's own ("but only if it is planned"); either
    way it stands before the "if".
    """
    token = tree.tokens[verb]
    if token.dep != "advcl" or token.pos not in ("VERB", "AUX"):
        return None
    mark = next(
        (
            c
            for c in tree.children[verb]
            if tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() == "if"
        ),
        None,
    )
    if mark is None:
        return None
    onlys = [
        c
        for head in (verb, token.head)
        for c in tree.children[head]
        if tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() == "only"
    ]
    # "if, and only if, X asks" is the formula of a rule, not a demand on X.
    return mark if any(c < mark and not _after_a_conjunction(tree, c) for c in onlys) else None


def _after_a_conjunction(tree: Tree, word: int) -> bool:
    """Whether a word follows "and" or "or": the "only" of "if, and only if"."""
    return word > 0 and tree.tokens[word - 1].text.lower() in ("and", "or")


def _asked(tree: Tree, verb: int) -> bool:
    """Whether the sentence holding a condition is a question, which demands nothing."""
    first, last = tree.sentence_span(tree.sentence_of[verb])
    return any(tree.tokens[i].text == "?" for i in range(first, last))
