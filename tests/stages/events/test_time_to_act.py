"""Demands told as the hour for an act (stages/events/time_to_act.py), on sentences we wrote."""

import pytest

from statements import statement_events


def test_saying_it_is_time_for_an_actor_to_act_asks_it_of_them():
    found = statement_events(
        "Opposition leader Maria Costa said it was high time for the Ministry of Transport "
        "to publish the rail report."
    )
    assert ("REQUEST", ("Maria Costa",), ("Ministry of Transport",)) in found


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Maria Costa said it was not time for the Ministry of Transport to act.",
        "Maria Costa said it was a hard time for the Ministry of Transport to cut its budget.",
    ],
)
def test_no_demand_where_the_time_is_denied_or_not_due(body):
    assert not [e for e in statement_events(body) if e[0] == "REQUEST"]
