"""Deeds doers do to one another: one event per doer, aimed at the other (reports we wrote)."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "Armenia and Azerbaijan blamed one another for the clashes on Tuesday.",
        "Armenia and Azerbaijan accused each other of shelling border villages.",
    ],
)
def test_a_charge_two_doers_make_of_each_other_is_one_charge_each_way(body):
    charges = sorted(e for e in real_events(body) if e[0] == "ACCUSE")
    assert charges == [
        ("ACCUSE", ("Armenia",), ("Azerbaijan",)),
        ("ACCUSE", ("Azerbaijan",), ("Armenia",)),
    ], told_events(body)


def test_a_charge_with_a_recipient_of_its_own_is_left_whole():
    body = "Armenia and Azerbaijan accused Russia of failing to keep the peace."
    charges = [e for e in real_events(body) if e[0] == "ACCUSE"]
    assert charges == [("ACCUSE", ("Armenia", "Azerbaijan"), ("Russia",))], told_events(body)
