"""Whom a reaction to a deed told before is aimed at: the doer of that deed.

"A Russian missile hit a block of flats, killing eight ... President
Zelensky condemned the strike": the charge names the attack, not its doer,
but the article has said who did it, and event coders code the charge as
one against them. So too "Labour accused the Tories of ... The Tories
rejected the claims": the rejection is of Labour's charge; and "Orban
criticised the sanctions" charges whoever imposed them. Only a deed named
definitely ("the strike", "these claims") or by the noun a relative clause
hangs on ("..., a charge Kigali denies"), with no one named in the reaction
itself, and only a deed the stage coded as real (not negated, not
hypothetical): an attack by others than those condemning it, a charge made
against those rejecting it.
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
    """The lexicon of nouns that name a deed a reaction answers, and that deed's type."""

    nouns: str
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
                if (deed := _deed_named(tree, event, reaction, told)) is not None
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


def _deed_named(tree: Tree, event: Event, reaction: _Reaction, told: list[Event]) -> Event | None:
    """The deed a reaction naming no one answers, as its words name it.

    "rejected the claims": the last such deed told before it (no one
    condemns their own deed, nor rejects their own charge or a charge
    against others). "..., a charge Kigali denies": the deed its own
    sentence tells, whomever it charges.
    """
    if event.recipient or not event.actor:
        return None
    named = _how_named(tree, event, lexicons.word_set(reaction.nouns))
    if named is None:
        return None
    answerable = [
        deed
        for deed in told
        if deed.type == reaction.answered
        and not set(deed.actor) & set(event.actor)
        and (deed.span[0] == event.span[0] if named == _APPOSED else deed.span[0] <= event.span[0])
        and (
            named == _APPOSED
            or reaction.answered != "ACCUSE"
            or set(deed.recipient) & set(event.actor)
        )
    ]
    return answerable[-1] if answerable else None


_DEFINITE_DEED = "definite"
_APPOSED = "apposed"


def _how_named(tree: Tree, event: Event, deeds: frozenset[str]) -> str | None:
    """How a reaction's verb names the deed it answers, if it does.

    As its definite object ("condemned the strike"), or as the noun its
    clause describes, set beside the sentence that tells the deed ("...,
    an allegation Bamako denies").
    """
    first = tree.token_at(event.span[0])
    last = tree.token_at(event.span[1] - 1)
    if first is None or last is None:
        return None
    verb = event.trigger.split()[0]
    for i in range(first, last + 1):
        if tree.tokens[i].text != verb:
            continue
        noun = tree.tokens[i].head
        if tree.tokens[i].dep == "relcl" and tree.tokens[noun].lemma.lower() in deeds:
            return _APPOSED
        deed = object_of(tree, i)
        if deed is not None and tree.tokens[deed].lemma.lower() in deeds:
            definite = any(
                tree.tokens[c].dep == "det" and tree.tokens[c].text.lower() in _DEFINITE
                for c in tree.children[deed]
            )
            return _DEFINITE_DEED if definite else None
    return None
