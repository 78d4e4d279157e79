"""Backing told as a future under a declaring verb is taken now.

stages/events/declared_stances.py, on sentences we wrote.
"""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Liberal Democrats announced they would back the government's housing plans.",
            ("SUPPORT", ("Liberal Democrats",), ("government",)),
        ),
        (
            (
                "The Liberal Democrats said on Monday that they will support the government's "
                "housing plans."
            ),
            ("SUPPORT", ("Liberal Democrats",), ("government",)),
        ),
        (
            "The Liberal Democrats said they would oppose the government's housing plans.",
            ("REJECT", ("Liberal Democrats",), ("government",)),
        ),
    ],
)
def test_ones_own_stand_declared_is_taken_now(
    body: str, event: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert event in real_events(body), real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # What others will back is a guess.
        "Analysts said the Liberal Democrats would back the government's housing plans.",
        # A stand on a condition is not yet taken.
        (
            "The Liberal Democrats said they would back the government's housing plans if the "
            "tax were dropped."
        ),
        # A declaration still to come declares nothing yet.
        "The Liberal Democrats may announce that they will back the government's housing plans.",
    ],
)
def test_backing_still_to_come_stays_hypothetical(body: str) -> None:
    assert not any(kind == "SUPPORT" for kind, _, _ in real_events(body)), real_events(body)
