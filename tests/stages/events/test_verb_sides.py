"""Who did it and to whom, as a cue verb's phrases tell (events/verb_sides.py), on our sentences."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    "body",
    [
        "More than 2,000 people were killed under General Rafael Moreno's regime, a report says.",
        "Hundreds of students were jailed under the rule of General Rafael Moreno.",
        "About 900 people were killed for their beliefs under General Rafael Moreno's junta.",
    ],
)
def test_a_harm_with_no_agent_done_under_someones_rule_is_laid_at_the_ruler(body):
    events = real_events(body)
    assert any(actors == ("Rafael Moreno",) for _, actors, _ in events)


def test_a_harm_done_under_a_law_names_no_doer():
    events = real_events("Hundreds of students were jailed under the new security law.")
    assert all(actors == () for _, actors, _ in events)
