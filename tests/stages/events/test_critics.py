"""Charges told by who makes them (stages/events/critics.py), on sentences we wrote."""

from statements import statement_events


def test_what_critics_of_an_actor_say_accuses_it():
    found = statement_events(
        "Critics of the government say it has launched more than 30 schemes to tackle "
        "truancy when the real focus should be on teachers."
    )
    assert ("ACCUSE", ("Critics",), ("government",)) in found


def test_critics_who_name_no_one_accuse_no_one():
    found = statement_events("Critics say the new fuel tax will hurt the poorest families.")
    assert not [e for e in found if e[0] == "ACCUSE" and e[2]]
