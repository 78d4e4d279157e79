"""Cues told in passing: a charge one is faced with, a march up to someone (invented text)."""

from event_sides import real_events as _events
from event_sides import real_types as _types


def test_a_criticism_faced_is_the_cause_of_the_answer_not_a_new_charge():
    found = _events(
        "Faced with the watchdog's criticism, the government has dropped its plan to close "
        "the regional offices."
    )
    assert "ACCUSE" not in [e[0] for e in found]


def test_demands_met_in_the_face_of_are_no_new_demand():
    found = _events(
        "The council withdrew the parking charges in the face of demands from the Liberal "
        "Democrats."
    )
    assert "REQUEST" not in [e[0] for e in found]


def test_a_criticism_told_on_its_own_stays_a_charge():
    assert "ACCUSE" in _types(
        "The watchdog's criticism of the government's plan to close the regional offices was "
        "published on Monday."
    )


def test_marching_up_to_one_person_is_no_demonstration():
    found = _types(
        "The row began on a radio phone-in, with Joan Carter marching up to him to say the "
        "plan was unfair."
    )
    assert "PROTEST" not in found


def test_a_crowd_marching_to_a_place_still_protests():
    assert _types(
        "Thousands of students marched to parliament on Monday to protest against tuition fees."
    ) == ["PROTEST"]


def test_a_crowd_marching_toward_a_leader_still_protests():
    assert "PROTEST" in _types(
        "Thousands of farmers marched towards President Ruto on Friday, demanding lower fuel taxes."
    )


def test_a_charge_its_clause_describes_is_no_new_charge():
    found = _events(
        "A spokesman for the mayor insisted her attack on the transport board was not a stunt."
    )
    assert "ACCUSE" not in [e[0] for e in found]


def test_accusations_called_empty_are_no_new_accusation():
    found = _events(
        "The union replied that Mr Ostrowski's accusations are like his promises to members: empty."
    )
    assert ("ACCUSE", ("Ostrowski",), ()) not in found


def test_a_charge_told_as_made_stays_a_charge():
    assert "ACCUSE" in _types(
        "The Greens' attack on the transport board came after fares rose for a third year."
    )


def test_an_attack_with_a_weapon_described_stays_an_assault():
    assert "ASSAULT" in _types(
        "Police said the gunmen's attack on the convoy near Kirkuk was the deadliest this year."
    )
