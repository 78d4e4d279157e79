"""A burden said to rise charges whoever brings it (stages/events/raised_burdens.py), on
sentences we wrote: "the Greens would mean higher taxes" accuses the Greens."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Labour leader Maria Costa said the Green Party would mean higher taxes for retirees.",
            ("ACCUSE", ("Maria Costa",), ("Green Party",)),
        ),
        (
            "Labour leader Maria Costa said the Green Party would mean tax rises for every family.",
            ("ACCUSE", ("Maria Costa",), ("Green Party",)),
        ),
        (
            "Labour leader Maria Costa said the Green Party would bring a big hike in council tax.",
            ("ACCUSE", ("Maria Costa",), ("Green Party",)),
        ),
    ],
)
def test_a_burden_said_to_rise_accuses_whoever_brings_it(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Chancellor Maria Costa said councils must deliver good services without big tax rises.",
        (
            "Green Party leader Maria Costa said the Greens could cut crime without asking "
            "people to pay more taxes."
        ),
        (
            "Labour minister Maria Costa said the plans would cost billions and that families "
            "would pay dearly through higher taxes."
        ),
        "Chancellor Maria Costa said the council tax had been set in 1993.",
        "Green Party leader Maria Costa said the Greens would bring in tax cuts for every family.",
    ],
)
def test_a_burden_spared_borne_or_plainly_named_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)
