"""A strike one player makes is a shot in play (stages/events/ball_strikes.py)."""

import pytest

from event_sides import told_events


@pytest.mark.parametrize(
    "body",
    [
        "Rovers won at home with a late Tom Baxter strike after the break.",
        "The manager praised Tom Baxter for his stunning strike in the second half.",
        "City levelled through a strike from Lee Walsh just before half-time.",
    ],
)
def test_a_strike_that_is_one_players_is_no_protest(body):
    assert not [e for e in told_events(body) if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "body",
    [
        "Miners staged a 24-hour strike at the pit on Monday.",
        "Nurses at the hospital joined the strike over pay.",
    ],
)
def test_a_strike_by_workers_stays_a_protest(body):
    assert [e for e in told_events(body) if e.type == "PROTEST"]


def test_strikes_from_players_named_one_by_one_are_no_protest():
    body = "Rovers lost the second leg to strikes from Tom Baxter, Lee Walsh and Sam Reid."
    assert not [e for e in told_events(body) if e.type == "PROTEST"]
