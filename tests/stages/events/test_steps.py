"""Every step that guesses at a side carries the mark confidence reads."""

import pytest

from dateline.stages.events import (
    addressees,
    brokered,
    claimants,
    greetings,
    one_another,
    reactions,
    replies,
    tributes,
)
from dateline.stages.events.confidence import confidence_of
from dateline.stages.events.steps import INFERRED

GUESSING_STEPS = [
    addressees.STEP,
    brokered.STEP,
    claimants.STEP,
    greetings.STEP,
    one_another.EACH_TO_THE_OTHER,
    reactions.STEP,
    replies.STEP,
    tributes.STEP,
]


@pytest.mark.parametrize("step", GUESSING_STEPS)
def test_a_guessed_side_is_marked_as_inferred(step: str) -> None:
    assert step.startswith(INFERRED)


@pytest.mark.parametrize("step", GUESSING_STEPS)
def test_a_guessed_side_lowers_an_events_confidence(step: str) -> None:
    sides = (("actor-1",), ("actor-2",))
    assert confidence_of(*sides, [step]) < confidence_of(*sides, ["read from the syntax"])
