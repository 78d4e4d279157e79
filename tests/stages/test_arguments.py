"""Whom a phrase names (stages/_arguments.py), on sentences we wrote."""

from event_sides import real_events


def test_the_couple_is_the_pair_the_story_leads_with():
    events = real_events(
        "Dutch skaters Anna Vos and Piet Hals were detained in Minsk on Friday. "
        "The Belarus foreign ministry named them as spies. "
        "On Sunday, Belarus released the couple."
    )
    assert any(
        kind == "RETREAT" and recipients == ("Anna Vos", "Piet Hals")
        for kind, _, recipients in events
    )
