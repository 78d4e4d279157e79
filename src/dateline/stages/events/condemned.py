"""Whom a reaction to a deed told before is aimed at: the doer of that deed.

"A Russian missile hit a block of flats, killing eight ... President
Zelensky condemned the strike": the charge names the attack, not its doer,
but the article has said who did it, and event coders code the charge as
one against them. So too "Labour accused the Tories of ... The Tories
rejected the claims": the rejection is of Labour's charge. Only a definite
deed ("the strike", "these claims") with no one named in the reaction
itself, and only a deed the stage coded as real (not negated, not
hypothetical) earlier in the article: an attack by others than those
condemning it, a charge made against those rejecting it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import NamedTuple

from dateline import lexicons
from dateline.records import Event
from dateline.stages._arguments import object_of
from dateline.stages._tree import Tree

STEP = "inferred: recipient: the doer of the deed it answers, told before it"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class _Reaction(NamedTuple):
    """The nouns that name a deed a reaction answers, and that deed's type."""

    deeds: str
    answered: str


_REACTIONS = {
    "ACCUSE": (
        _Reaction("condemned_deeds.txt", "ASSAULT"),
        _Reaction("sanction_words.txt", "SANCTION"),  # "Orban criticised the sanctions"
    ),
    "REJECT": (
        _Reaction("rejected_charges.txt", "ACCUSE"),
        _Reaction("sanction_words.txt", "SANCTION"),
    ),
}


def doers_answered(tree: Tree, events: list[Event]) -> Iterator[Event]:
    """The events, with a reaction to an earlier deed aimed at that deed's doers."""
    told = sorted(
        (e for e in events if e.actor and not (e.negated or e.hypothetical)),
        key=lambda e: e.span[0],
    )
    for event in events:
        deed = next(
            (
                deed
                for reaction in _REACTIONS.get(event.type, ())
                if (deed := _deed_answered(event, reaction, told)) is not None
                and _names_a_deed(tree, event, reaction.deeds)
            ),
            None,
        )
        if deed is None:
            yield event
            continue
        yield dataclasses.replace(
            event,
            recipient=deed.actor,
            confidence=min(event.confidence, 0.6),
            explanation=(*event.explanation, STEP),
        )


def _deed_answered(event: Event, reaction: _Reaction, told: list[Event]) -> Event | None:
    """The last deed of the kind a reaction naming no one answers, told before it.

    No one condemns their own deed, nor rejects their own charge or a
    charge against others.
    """
    if event.recipient or not event.actor:
        return None
    answerable = [
        deed
        for deed in told
        if deed.type == reaction.answered
        and deed.span[0] <= event.span[0]
        and not set(deed.actor) & set(event.actor)
        and (reaction.answered != "ACCUSE" or set(deed.recipient) & set(event.actor))
    ]
    return answerable[-1] if answerable else None


def _names_a_deed(tree: Tree, event: Event, deeds_lexicon: str) -> bool:
    """Whether a reaction's verb has a definite deed as its object: "condemned the strike"."""
    deeds = lexicons.word_set(deeds_lexicon)
    first = tree.token_at(event.span[0])
    last = tree.token_at(event.span[1] - 1)
    if first is None or last is None:
        return False
    verb = event.trigger.split()[0]
    for i in range(first, last + 1):
        if tree.tokens[i].text != verb:
            continue
        deed = object_of(tree, i)
        if deed is not None and tree.tokens[deed].lemma.lower() in deeds:
            return any(
                tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in _DEFINITE
                for c in tree.children[deed]
            )
    return False
