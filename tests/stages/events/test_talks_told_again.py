"""Talks told again are held by who held the talks told first (events/talks_told_again.py)."""

import pytest

from event_sides import real_events


def test_later_talks_with_others_are_held_by_the_side_that_held_the_first():
    body = (
        "The International Labour Organization held talks with Chile on Monday. "
        "Membership is slow to win, and talks with Peru have gone on for six years."
    )
    assert ("CONSULT", ("International Labour Organization",), ("Peru",)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # The earlier talks are only hoped for, held by no one named.
        (
            "Mr Straw said he hoped the talks next week would succeed. "
            "The summit may set a date for negotiations with Turkey."
        ),
        # The one who held the first talks is the other side of the later ones.
        (
            "Chile held talks with the International Labour Organization on Monday. "
            "Talks with Chile have gone on for six years."
        ),
    ],
)
def test_talks_told_again_take_no_holder_the_story_did_not_name_for_them(body):
    assert [
        e for e in real_events(body) if e[0] == "CONSULT" and e[1] and e[2] == ("Turkey",)
    ] == []
    assert ("CONSULT", ("Chile",), ("Chile",)) not in real_events(body)
