"""Whom a demand bids act (events/bids.py), on sentences we wrote."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "caller", "bidden"),
    [
        ("Tory leader Ian Hale has renewed calls for the mayor to say sorry.", "Ian Hale", "mayor"),
        ("The Green Party issued a call for the chancellor to quit.", "Green Party", "chancellor"),
    ],
)
def test_a_light_verb_s_demand_bids_the_subject_of_its_for_clause(body, caller, bidden):
    found = real_events(body)
    assert any(
        kind == "REQUEST" and doers == (caller,) and bidden in done_to
        for kind, doers, done_to in found
    ), found


def test_a_demand_for_a_thing_bids_no_one_in_particular():
    found = real_events("The Green Party renewed its call for a public inquiry.")
    assert [done_to for kind, _, done_to in found if kind == "REQUEST"] == [()]
