"""Greetings that name no one: "Mr Howard also offered his congratulations".

Congratulations and condolences told with no one named go to whom the
story has just told that others greeted or backed: "Mr Blair was delighted
for the couple ... Mr Howard also offered his congratulations" are the
couple's too. Only a backing told in the greeting's sentence or the two
before it is taken; further back, the story may have moved on.
"""

from __future__ import annotations

import dataclasses

from dateline.records import Event
from dateline.stages._tree import Tree
from dateline.stages.events.cues import Cue
from dateline.stages.events.steps import INFERRED

UNNAMED = "no recipient named with the greeting"
STEP = f"{INFERRED}recipient: whom the backing told just before went to"
# The last word of a greeting's cue: "congratulations", "offered condolences".
_GREETINGS = frozenset({"congratulation", "congratulate", "condolence"})
_REACH = 2
"""How many sentences back a greeting looks for whom the last backing went to."""


def greets_no_one_named(cue: Cue, recipients: tuple[str, ...]) -> bool:
    """Whether a cue is a congratulation or condolence that names no one it goes to."""
    return cue.type == "SUPPORT" and cue.words[-1] in _GREETINGS and not recipients


def with_greetings_passed_on(tree: Tree, events: list[Event]) -> list[Event]:
    """The events, a greeting naming no one given the recipients of the backing just before."""
    return [_passed_on(tree, event, events) for event in events]


def _passed_on(tree: Tree, event: Event, events: list[Event]) -> Event:
    if UNNAMED not in event.explanation or event.recipient:
        return event
    here = _sentence(tree, event)
    before = [
        e
        for e in events
        if e.type == "SUPPORT"
        and e.recipient
        and e.span[0] < event.span[0]
        and here - _sentence(tree, e) <= _REACH
    ]
    if not before:
        return event
    last = max(before, key=lambda e: e.span[0])
    return dataclasses.replace(
        event,
        recipient=last.recipient,
        explanation=(*(s for s in event.explanation if s != UNNAMED), STEP),
    )


def _sentence(tree: Tree, event: Event) -> int:
    token = tree.token_at(event.span[0])
    return tree.sentence_of[token] if token is not None else 0
