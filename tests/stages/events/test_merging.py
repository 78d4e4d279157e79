"""One event per happening (stages/events/merging.py), on sentences we wrote."""

import pytest

from event_sides import real_events, told_events


def test_a_warning_of_ones_own_harm_is_the_threat_and_no_charge_besides():
    found = real_events(
        "Justice minister Cathy Jamieson has warned bigoted football fans that she will ban "
        "them from matches."
    )
    assert ("THREATEN", ("Cathy Jamieson",), ("bigoted football fans",)) in found
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_a_warning_of_what_others_will_suffer_stays_a_charge():
    found = real_events(
        "Opposition leader Maria Costa warned ministers that they would lose the vote."
    )
    assert [e for e in found if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "Fighting between Malian troops and Tuareg rebels killed 14 people.",
        # A noun to the model already: the dead were still taken for whom it was done to.
        "Heavy fighting between Malian troops and Tuareg rebels killed 14 people.",
    ],
)
def test_a_fight_between_two_sides_that_killed_people_is_fought_by_each_against_the_other(body):
    found = [e for e in told_events(body) if e.real]
    assert [(e.type, set(e.actor), e.recipient, e.fatalities) for e in found] == [
        ("ASSAULT", {"Malian troops", "Tuareg rebels"}, (), 14)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Moldova's new president Ion Ceban visited Bucharest on his first trip abroad.",
        "Justice minister Cathy Jamieson met union leaders on Tuesday to discuss the pay offer.",
    ],
)
def test_a_meeting_told_again_without_its_counterpart_is_the_same_meeting(body):
    found = [e for e in told_events(body) if e.real]
    assert [(e.type, bool(e.recipient)) for e in found] == [("CONSULT", True)]
