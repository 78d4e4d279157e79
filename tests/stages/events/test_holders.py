"""A charge about a thing in someone's hands is a charge of the holder (events/holders.py)."""

import pytest

from event_sides import told_events


@pytest.mark.parametrize(
    "body",
    [
        "Transport Secretary Alan Pembury claimed the railways were not safe in Tory hands.",
        "Alan Pembury claimed the railways were not safe in the hands of the Conservatives.",
        "Alan Pembury warned that pensions were not safe in Conservative hands.",
    ],
)
def test_a_charge_about_a_thing_in_a_partys_hands_is_a_charge_of_that_party(body):
    charges = [(e.actor, e.recipient) for e in told_events(body) if e.type == "ACCUSE"]
    assert (("Alan Pembury",), ("Conservative Party",)) in charges


def test_hands_that_name_no_one_leave_the_charge_where_it_was():
    # "in private hands" names no holder: the claim is about the airport board.
    body = "The Green Party claimed the Northport Airport Authority was failing in private hands."
    charges = [(e.actor, e.recipient) for e in told_events(body) if e.type == "ACCUSE"]
    assert charges == [(("Green Party",), ("Northport Airport Authority",))]
