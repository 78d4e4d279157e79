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
