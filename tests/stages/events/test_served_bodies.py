"""An unnamed office holder acts for the body served (stages/events/served_bodies.py).

On sentences we wrote.
"""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The director of Liberty criticised the Home Secretary on Tuesday.",
            ("ACCUSE", ("Liberty",), ("Home Secretary",)),
        ),
        (
            (
                "Last week the chairwoman of the Electoral Commission called on ministers "
                "to tighten the rules on postal votes."
            ),
            ("REQUEST", ("Electoral Commission",), ("ministers",)),
        ),
        (
            "The leader of the Scottish National Party attacked Labour over the budget.",
            ("ACCUSE", ("Scottish National Party",), ("Labour Party",)),
        ),
    ],
)
def test_an_unnamed_office_holder_acts_for_the_body_served(
    body: str, event: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert event in real_events(body)


def test_a_named_office_holder_stays_a_person() -> None:
    found = real_events(
        "Shami Rahman, the director of Liberty, criticised the Home Secretary on Tuesday."
    )
    assert ("ACCUSE", ("Shami Rahman",), ("Home Secretary",)) in found


def test_a_former_office_holder_acts_for_no_body() -> None:
    found = real_events(
        "The former finance director of Harlow Foods criticised the Home Secretary on Tuesday."
    )
    assert not [e for e in found if "Harlow Foods" in e[1]]
