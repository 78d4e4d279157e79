"""One event per happening (stages/events/merging.py), on sentences we wrote."""

from event_sides import real_events


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
