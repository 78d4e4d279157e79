"""What a shape of a sentence tells: one event, by the word at its heart.

A rejection names the charge it rejects (:mod:`.denied_claims`), one acts
despite others' pressure (:mod:`.persisting`), a person is joined by
another (:mod:`.joint_appearances`): each tells an event no cue does, and
each is built into one the same way (:mod:`.quoted_events`).
"""

from __future__ import annotations

from typing import NamedTuple


class ToldShape(NamedTuple):
    """An event a shape of a sentence tells: the word at its heart, its sides, and why."""

    noun: int
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    steps: tuple[str, ...]
