"""Events whose doer or whom they charge goes unnamed: an asker left out, a fear of no one.

Invented text.
"""

import pytest

from event_sides import real_events as _events


@pytest.mark.parametrize(
    "body",
    [
        (
            "Pensioners who met Mr Reid on Monday were invited to a round-table discussion"
            " after writing to their MPs."
        ),
        (
            "Since the guidance changed, magistrates have been asked to decide such cases"
            " within a week."
        ),
    ],
)
def test_a_request_in_the_passive_with_no_asker_is_no_event(body):
    assert not [e for e in _events(body) if e[0] == "REQUEST"]


def test_a_passive_request_with_its_asker_named_stays():
    assert ("REQUEST", ("Tony Blair",), ("Ian Lyle",)) in _events(
        "Ian Lyle was asked by Tony Blair to chair the inquiry."
    )


def test_an_active_request_still_names_whom_it_asks():
    assert ("REQUEST", ("Tony Blair",), ("Ian Lyle",)) in _events(
        "Tony Blair asked Ian Lyle to chair the inquiry."
    )


@pytest.mark.parametrize(
    "body",
    [
        (
            "Critics fear the Conservative scheme could hand control of the schools to"
            " single-issue lobbyists."
        ),
        "Labour, above all, fears that its own voters may stay at home on polling day.",
    ],
)
def test_a_fear_with_no_government_to_charge_charges_no_one(body):
    assert not [e for e in _events(body) if e[0] == "ACCUSE"]
