"""Events retyped by what their sentence says (stages/events/readings.py), on sentences we wrote."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    "body",
    [
        "Striker Ben Kopp was jailed for attacking two fans after a match.",
        "The court jailed Ben Kopp for attacking two fans after the match.",
        "Singer Ben Kopp was convicted of assaulting two fans last year.",
    ],
)
def test_an_attack_one_is_jailed_or_convicted_for_is_a_blow_not_words(body):
    events = real_events(body)
    assert ("ASSAULT", ("Ben Kopp",), ("fans",)) in events
    assert "ACCUSE" not in [e[0] for e in events]
