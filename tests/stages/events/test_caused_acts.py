"""An act one gets others to do: the getter is its doer, the one it is said of its recipient."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Police in Leeds got the nightclub Velvet Rooms closed down last year.",
            ("COERCE", ("Police",), ("Velvet Rooms",)),
        ),
        (
            "Campaigners got the Jamaican singer Tom Pike banned from the festival.",
            ("SANCTION", ("Campaigners",), ("Tom Pike",)),
        ),
    ],
)
def test_the_one_who_got_it_done_did_it_to_the_one_it_is_said_of(body, event):
    events = real_events(body)
    assert event in events
    doer = event[2][0]
    assert not any(actors == (doer,) for _, actors, _ in events)
