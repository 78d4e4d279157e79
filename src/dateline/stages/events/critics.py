"""Charges told by who makes them: what "critics of X" say accuses X.

"Critics of the government say it has launched thirty schemes": whatever
the statement holds, its speakers are named by their opposition to the
government, so the statement is a charge against it. When they are
critics "of" no actor ("critics of the measure", or plain "critics"),
the charge is of the actors their statement names as doing or owning
what they fault: "critics argue that Norway's forecasts are overblown",
"critics say the president is trying to seize the farms"; not of those
it names as harmed ("the cuts will leave the fishermen poorer"), and
"critics say the tax will hurt the poor" names no one.

Prosecutors are named by the side they take in a trial, so what they say
of the one they name as doing something is a charge as well: "prosecutors
argued that Mr Dale ran the scheme", "prosecution lawyers said the broker
rigged bids". Only a doer is charged: "prosecutors said Mr Dale would be
freed on bail" makes him undergo, not do.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import PASSIVE_SUBJECTS, prepositional_objects
from dateline.stages._tree import Tree
from dateline.stages.events.statement_records import StatementEvent, quoted_tokens

# Nouns for people named by what they oppose: "critics of the plan",
# "opponents of the bill".
_OPPONENTS = frozenset({"critic", "opponent", "detractor"})
# Nouns for the side that brings a charge in court: "prosecutors said",
# "prosecution lawyers argued" (the noun may stand as the speaker's compound).
_PROSECUTORS = frozenset({"prosecutor", "prosecution"})


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
        how = "recipient: whom they are critics 'of'"
        if not targets:
            targets = _doers_named(tree, index, quote, doing=_prosecuting(tree, critics))
            how = "recipient: whom their statement names as doing or owning what it faults"
        if targets:
            yield StatementEvent.by_speaker(
                "ACCUSE",
                quote,
                targets,
                (critics, tree.tokens[critics].text),
                ("speakers named as critics -> ACCUSE", how),
            )


def _doers_named(tree: Tree, index: ActorIndex, quote: Quote, *, doing: bool) -> tuple[str, ...]:
    """The actors a quote names as subjects, or as owners within a subject.

    "The president is trying", "Norway's forecasts are overblown";
    not the owner of what is likened or done to ("echoed the moneylender in
    Shakespeare's play"). With ``doing``, only subjects of a verb in the
    active voice: "he would be freed" tells what is done to him.
    """
    found: list[str] = []
    for i in quoted_tokens(tree, quote):
        actor = index.by_token.get(i)
        if actor is None or actor == quote.speaker or actor in found:
            continue
        if _in_a_subject(tree, i) and not (doing and _undergoes(tree, i)):
            found.append(actor)
    return tuple(found)


def _undergoes(tree: Tree, word: int) -> bool:
    """Whether a word is, or stands in, the subject of a passive clause."""
    node = word
    for _ in range(_REACH):
        if tree.is_subject(node):
            return tree.tokens[node].dep in PASSIVE_SUBJECTS
        head = tree.tokens[node].head
        if head == node:
            return False
        node = head
    return False


def _prosecuting(tree: Tree, speaker: int) -> bool:
    """Whether the speakers are prosecutors: "prosecutors", "prosecution lawyers"."""
    return any(
        tree.tokens[i].lemma.lower() in _PROSECUTORS
        for i in (speaker, *tree.children[speaker])
        if i == speaker or tree.tokens[i].dep == "compound"
    )


_REACH = 6
"""How many heads up from a word its subject phrase may be looked for."""


def _in_a_subject(tree: Tree, word: int) -> bool:
    """Whether a word is a subject, or stands in one below its clause's verb."""
    node = word
    for _ in range(_REACH):
        if tree.is_subject(node):
            return True
        head = tree.tokens[node].head
        if head == node or tree.tokens[head].pos in ("VERB", "AUX"):
            return False
        node = head
    return False


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
            if (tree.tokens[i].lemma.lower() in _OPPONENTS or _prosecuting(tree, i))
            and tree.is_subject(i)
            and index.by_token.get(i) == quote.speaker
        ),
        None,
    )
