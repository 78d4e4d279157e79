"""Wanting another actor to act, told by the writer, asks it of them (plover_cues.tsv, 'want')."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "wanter", "asked"),
    [
        (
            "The aid charity Oxfam wants Germany to cancel the debts of the poorest nations.",
            "Oxfam",
            "Germany",
        ),
        (
            "The Liberal Democrats want the Electoral Commission to look into the donation.",
            "Liberal Democrats",
            "Electoral Commission",
        ),
    ],
)
def test_one_who_wants_another_to_act_requests_it(body, wanter, asked):
    assert ("REQUEST", (wanter,), (asked,)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Liberal Democrats want a referendum on the new constitution.",
        "The Liberal Democrats want to win forty more seats in the spring.",
        "Education Minister Ruth Kelly wants pupils to know their rights at school.",
        "Education Minister Ruth Kelly wants new pupils to feel welcome from the first day.",
        "The Liberal Democrats want the new road toll to be scrapped.",
    ],
)
def test_wanting_a_thing_a_state_or_ones_own_act_asks_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "REQUEST"]
