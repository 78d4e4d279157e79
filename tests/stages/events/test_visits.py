"""Visits: whom a trip consults, and when it consults no one (stages/events/visits.py)."""

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
