"""A ban of a thing (stages/events/bans.py), on sentences we wrote."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "censor"),
    [
        ("The Kenyan government banned the comedy show after its first night.", "Kenya"),
        ("The novel was banned by the Malaysian authorities in March.", "Malaysia"),
    ],
)
def test_a_thing_banned_by_a_named_body_is_its_restriction(body, censor):
    assert ("COERCE", (censor,), ()) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The law banning hunting with dogs came into force on Friday.",
        "Smoking is banned in every office in the building.",
    ],
)
def test_a_ban_with_no_one_doing_it_is_no_event(body):
    assert real_events(body) == []
