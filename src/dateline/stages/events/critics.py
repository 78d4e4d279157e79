"""Charges told by who makes them: what "critics of X" say accuses X.

"Critics of the government say it has launched thirty schemes": whatever
the statement holds, its speakers are named by their opposition to the
government, so the statement is a charge against it. Only when the text
names whom they criticise ("critics of ..."): "critics say the tax will
hurt the poor" names no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import prepositional_objects
from dateline.stages._tree import Tree
from dateline.stages.events.statement_records import StatementEvent

# Nouns for people named by what they oppose: "critics of the plan",
# "opponents of the bill".
_OPPONENTS = frozenset({"critic", "opponent", "detractor"})


def critics_charges(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """An ACCUSE for each quote whose speakers are critics "of" an actor the text names."""
    for quote in quotes:
        if quote.speaker is None:
            continue
        critics = _critics_speaking(tree, index, quote)
        if critics is None:
            continue
        targets = tuple(
            actor
            for criticised in prepositional_objects(tree, critics, frozenset({"of"}))
            for actor in index.actors_at(tree, criticised)
            if actor != quote.speaker
        )
        if targets:
            yield StatementEvent.by_speaker(
                "ACCUSE",
                quote,
                targets,
                (critics, tree.tokens[critics].text),
                (
                    "speakers named as critics -> ACCUSE",
                    "recipient: whom they are critics 'of'",
                ),
            )


def _critics_speaking(tree: Tree, index: ActorIndex, quote: Quote) -> int | None:
    """The subject "critics" of the sentence a quote opens in, if it is the quote's speaker."""
    start = tree.token_at(quote.span[0])
    if start is None:
        return None
    first, last = tree.sentence_span(tree.sentence_of[start])
    return next(
        (
            i
            for i in range(first, last)
            if tree.tokens[i].lemma.lower() in _OPPONENTS
            and tree.is_subject(i)
            and index.by_token.get(i) == quote.speaker
        ),
        None,
    )
