"""The one given to, told straight after the verb of giving (events/indirect_objects.py)."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "kind", "giver", "taker"),
    [
        ("France sent Chad military aid.", "AID", "France", "Chad"),
        ("The US offered Pakistan fighter jets.", "AGREE", "US", "Pakistan"),
    ],
)
def test_a_country_named_straight_after_a_verb_of_giving_is_given_to(body, kind, giver, taker):
    assert (kind, (giver,), (taker,)) in real_events(body)


def test_the_givers_own_country_before_the_thing_given_is_whose_it_is():
    events = real_events("President Marsh sent US troops to Haiti on Monday.")
    sendings = [done_to for kind, _, done_to in events if kind == "MOBILIZE"]
    assert sendings == [("Haiti",)]
