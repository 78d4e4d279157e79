"""A harm a rival is said to do charges the rival (stages/events/harms_foretold.py), on
sentences we wrote: "Labour would raise taxes", said by a Tory, accuses Labour."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            (
                "Conservative spokesman Peter Hale predicted the Labour Party would have to raise "
                "taxes by £9bn after polling day."
            ),
            ("ACCUSE", ("Peter Hale",), ("Labour Party",)),
        ),
        (
            (
                "Conservative spokesman Peter Hale said the Labour Party would put up council tax "
                "in its first year."
            ),
            ("ACCUSE", ("Peter Hale",), ("Labour Party",)),
        ),
        (
            (
                "Green Party leader Maria Costa warned that the Conservatives would slash "
                "frontline services in every region."
            ),
            ("ACCUSE", ("Maria Costa",), ("Conservative Party",)),
        ),
        (
            (
                "Labour leader Maria Costa said the Conservatives would cut £18bn from schools "
                "and hospitals."
            ),
            ("ACCUSE", ("Maria Costa",), ("Conservative Party",)),
        ),
        (
            (
                "A Labour spokeswoman said the Green Party would restrict access to college "
                "for thousands of young people."
            ),
            ("ACCUSE", ("Labour spokeswoman",), ("Green Party",)),
        ),
    ],
)
def test_a_harm_foretold_of_a_rival_accuses_the_rival(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # the speaker's own side's plan
        "Green Party leader Maria Costa said her party would raise income tax for the richest.",
        # a forecast by a body of no party
        (
            "The Institute for Budget Studies said the Labour Party would probably have to "
            "raise taxes after polling day."
        ),
        # what is cut harms no one
        "Conservative spokesman Peter Hale said the Conservatives would cut taxes for families.",
        "Labour leader Maria Costa said the Conservatives would cut wasteful spending.",
        "Labour leader Maria Costa said the Conservatives would cut waiting lists.",
        "Labour leader Maria Costa said the Conservatives would curb immigration.",
        "Labour leader Maria Costa said the Conservatives would cap council tax for pensioners.",
        # a question, not a charge
        (
            "The Conservative Party demanded that Labour leader Maria Costa spell out which "
            "taxes she would raise."
        ),
        # a rise no one brings
        "The central bank said it would raise interest rates next month.",
    ],
)
def test_a_plan_a_forecast_or_no_harm_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)
