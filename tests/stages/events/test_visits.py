"""Visits: whom a trip consults, and when it consults no one (stages/events/visits.py)."""

import pytest

from event_sides import real_events


def test_a_trip_to_ones_own_capital_consults_no_one():
    events = real_events(
        "Labour leader Tom Rowe travelled to London for talks with Prime Minister Gordon Brown."
    )
    assert not [e for e in events if e[0] == "CONSULT" and e[2] == ("United Kingdom",)]
    assert ("CONSULT", ("Tom Rowe",), ("Gordon Brown",)) in events


def test_a_trip_to_a_foreign_capital_consults_its_state():
    events = real_events(
        "Swedish Prime Minister Eva Berg travelled to London for talks with Prime Minister "
        "Gordon Brown."
    )
    assert ("CONSULT", ("Eva Berg",), ("United Kingdom",)) in events


def test_a_head_of_state_receiving_a_foreign_guest_consults_him():
    events = real_events(
        "President Amadou Sall received the Danish foreign minister at the palace in Dakar "
        "on Tuesday."
    )
    assert ("CONSULT", ("Amadou Sall",), ("Danish foreign minister",)) in events


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister received a letter from the union leaders on Monday.",
        "Kestrel Energy received US patents for its new turbine last year.",
        "The singer received the Queen's award at a ceremony in London.",
        "The council received 2m pounds from the government.",
    ],
)
def test_receiving_a_thing_consults_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "CONSULT"]
