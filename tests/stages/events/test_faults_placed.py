"""A fault said to lie with someone charges them (judged.fault_placed), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        (
            'A spokesman for Westfield Council said: "We posted the forms, the problem is with '
            'the Post Office."'
        ),
        "A spokesman for Westfield Council said the blame lay squarely with the Post Office.",
    ],
)
def test_a_fault_said_to_lie_with_someone_charges_them(body):
    assert ("ACCUSE", ("Westfield Council",), ("Post Office",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        'A spokesman for Westfield Council said: "The problem is not with the Post Office."',
        (
            'A spokesman for Westfield Council said: "The problem is that the Post Office is '
            'closed on Sundays."'
        ),
        "A spokesman for Westfield Council said the fault lay with the weather.",
    ],
)
def test_a_fault_placed_elsewhere_or_denied_charges_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "ACCUSE"]
