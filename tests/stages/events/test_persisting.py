"""Pressure defied is a REJECT of those who pressed (stages/events/persisting.py).

On sentences we wrote.
"""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "defier", "pressers"),
    [
        (
            (
                "Transport Secretary Alan Reid has vowed to press ahead with the rail levy "
                "despite calls from Conservative leader Peter Mayhew to scrap it."
            ),
            "Alan Reid",
            ("Peter Mayhew",),
        ),
        (
            # The pressers hang on the clause the call holds.
            (
                "Home Secretary Alan Reid has vowed to carry on with the scheme despite a call "
                'for him to "think again" from Liberal leader Peter Mayhew.'
            ),
            "Alan Reid",
            ("Peter Mayhew",),
        ),
        (
            # "in defiance of", hung by the parse on the thing done, not the doing.
            (
                "The Danish government went ahead with the sale in defiance of an order from "
                "the Supreme Court."
            ),
            "Denmark",
            ("Supreme Court",),
        ),
        (
            "Canada has signed the pact despite American objections.",
            "Canada",
            ("United States",),
        ),
    ],
)
def test_acting_despite_anothers_pressure_rejects_them(
    body: str, defier: str, pressers: tuple[str, ...]
) -> None:
    events = real_events(body)
    assert ("REJECT", (defier,), pressers) in events, events


@pytest.mark.parametrize(
    "body",
    [
        # Not acting defies no one.
        "Canada did not sign the pact despite American objections.",
        # One's own warnings are no pressure from others.
        "Finance Minister Ann Cole raised the tax despite her own warnings about the cost.",
        # Worries name no one who pressed.
        "Finance Minister Ann Cole raised the tax despite concerns about the cost.",
    ],
)
def test_no_rejection_where_no_one_else_pressed(body: str) -> None:
    assert not any(kind == "REJECT" for kind, _, _ in real_events(body)), real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Velta Mining pressed ahead with the dig despite warnings from the Environment Agency.",
        "Velta Mining reopened the quarry in spite of warnings by the Environment Agency.",
    ],
)
def test_a_warning_defied_was_made_to_the_one_who_went_ahead(body: str) -> None:
    events = real_events(body)
    assert ("THREATEN", ("Environment Agency",), ("Velta Mining",)) in events, events
