"""Climb-downs: a plan put on hold or weakened, a deadline extended, concede (CONCEDE)."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "yielding"),
    [
        (
            "The Dutch government suspended its plan for a road toll after a week of protests.",
            "Netherlands",
        ),
        ("Irish ministers have watered down their plans for a new road tax.", "Ireland"),
        (
            "The Financial Services Authority extended the deadline for brokers by six months.",
            "Financial Services Authority",
        ),
    ],
)
def test_a_plan_suspended_or_watered_down_or_a_deadline_extended_concedes(body, yielding):
    conceded = [e for e in real_events(body) if e[0] == "CONCEDE"]
    assert [actors for _, actors, _ in conceded] == [(yielding,)], told_events(body)


def test_suspending_a_person_is_still_a_sanction():
    body = "The Dutch interior minister suspended the police chief of Utrecht."
    assert "CONCEDE" not in [e[0] for e in real_events(body)], told_events(body)
