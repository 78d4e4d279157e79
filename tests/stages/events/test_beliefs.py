"""Beliefs: a view an actor is told to hold is read as a statement of theirs (invented text)."""

from event_sides import real_events as _events
from event_sides import told_events


def test_a_party_believing_another_should_act_asks_it_to():
    found = _events(
        "The Green Party believes the Northfield Borough Council should publish the "
        "flood report in full."
    )
    assert ("REQUEST", ("Green Party",), ("Northfield Borough Council",)) in found


def test_a_person_thinking_another_must_act_asks_it_to():
    found = _events(
        "Mayor Tom Hale has cut bus routes. Councillor Rita Osei thinks Mayor Tom Hale must "
        "apologise to passengers."
    )
    assert ("REQUEST", ("Rita Osei",), ("Tom Hale",)) in found


def test_a_view_read_as_a_quote_points_to_no_recorded_quote():
    found = told_events(
        "The Green Party believes the Northfield Borough Council should publish the "
        "flood report in full."
    )
    asked = [e for e in found if e.type == "REQUEST"]
    assert asked
    assert not any(e.quoted for e in asked)


def test_a_view_denied_asks_nothing():
    found = _events(
        "The Green Party does not believe the Northfield Borough Council should raise its tax."
    )
    assert "REQUEST" not in [e[0] for e in found]


def test_a_view_asked_about_asks_nothing():
    found = _events("Does the Green Party really think Mayor Tom Hale should resign?")
    assert "REQUEST" not in [e[0] for e in found]


def test_a_view_counted_by_a_poll_is_no_actors_demand():
    found = _events(
        "Some 47% of voters believe Mayor Tom Hale should resign, a poll for the Northfield "
        "Gazette found."
    )
    assert "REQUEST" not in [e[0] for e in found]


def test_a_view_of_ones_own_duty_asks_nothing_of_another():
    found = _events("The Green Party thinks it should have won more seats in the election.")
    assert "REQUEST" not in [e[0] for e in found]


def test_a_bodys_finding_charges_whom_it_finds_at_fault():
    found = _events(
        "The Public Accounts Committee found that the Department for Housing had wasted "
        "£40m on consultants."
    )
    assert ("ACCUSE", ("Public Accounts Committee",), ("Department for Housing",)) in found


def test_a_finding_told_after_its_clause_charges_too():
    found = _events(
        'The Department for Housing had "failed" to give councils early guidance, the Public '
        "Accounts Committee found."
    )
    assert ("ACCUSE", ("Public Accounts Committee",), ("Department for Housing",)) in found


def test_a_survey_finding_is_no_actors_charge():
    found = _events(
        "A Northfield Gazette survey found that 60% of readers supported the new bypass, "
        "which the Northfield Borough Council had failed to build."
    )
    assert not any(e[0] == "ACCUSE" and e[1] == ("Northfield Gazette",) for e in found)


def test_a_finding_put_as_a_condition_is_no_charge_even_a_hypothetical_one():
    found = told_events(
        "Ministers will act if the Public Accounts Committee finds that the Department for "
        "Housing wasted money on consultants."
    )
    assert not any(e.type == "ACCUSE" and e.actor == ("Public Accounts Committee",) for e in found)
