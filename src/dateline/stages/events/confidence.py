"""Confidence: how sure an event is, by how its sides were found.

Both sides read straight from the syntax score highest; a side guessed, or
a stance a present relative clause tells of its bearer, scores less.
"""

from __future__ import annotations

from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.events.steps import INFERRED
from dateline.stages.events.triggers import Trigger


def confidence_of(actors: tuple[str, ...], recipients: tuple[str, ...], steps: list[str]) -> float:
    """0.9 for both sides read straight from the syntax, less for a side guessed or left open.

    Less too for a stance or habit a present relative clause tells of its
    bearer (:func:`standing_steps`): it may be no deed of the time told at all.
    """
    if not (actors and recipients):
        return 0.6
    guessed = any(step.startswith(INFERRED) for step in steps) or _STANDING_STEP in steps
    return 0.75 if guessed else 0.9


_STANDING_STEP = "told in a present relative clause: a standing stance or habit of its bearer"


def standing_steps(tree: Tree, trigger: Trigger) -> list[str]:
    """The step for a cue a present relative clause tells of its bearer, if it is one.

    "councillors who back Mr Flight", "the tourists who visit Cuba every
    year", "lawmakers who blame China for lost jobs": a description of the
    people named, which holds over time, more often than a deed done then.
    """
    token = tree.tokens[trigger.token]
    if token.dep != "relcl" or token.tag not in PRESENT_TAGS:
        return []
    if any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[trigger.token]):
        return []
    return [_STANDING_STEP]
