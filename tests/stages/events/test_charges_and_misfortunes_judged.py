"""Judgements of a charge made, or of an ill suffered, on sentences we wrote.

A word of blame said of criticism or claims turns them down
(stages/events/statement_sides.py); said of a hazard, or of what someone
faces, it charges no one (stages/events/judged.py).
"""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "said",
    [
        "Farm minister Erik Sandberg said the accusations were outrageous.",
        'A spokesman for Erik Sandberg said the criticism of the minister was "unfair".',
        "Erik Sandberg said the allegations about his farm were absurd.",
    ],
)
def test_a_charge_called_wrong_is_turned_down_not_a_new_charge(said):
    found = statement_events(said)
    assert not [e for e in found if e[0] == "ACCUSE"]
    assert [e for e in found if e[0] == "REJECT"]


def test_a_plan_called_outrageous_is_still_a_charge():
    found = statement_events("Erik Sandberg said the port plan was outrageous.")
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == ("Erik Sandberg",)]


@pytest.mark.parametrize(
    "said",
    [
        "Mayor Anna Berg said the town faced disaster if the river burst its banks again.",
        "Mayor Anna Berg said the floods had been a disaster for the valley's farmers.",
    ],
)
def test_an_ill_faced_or_a_hazard_called_a_disaster_charges_no_one(said):
    assert not [e for e in statement_events(said) if e[0] == "ACCUSE"]


def test_a_plan_called_a_disaster_for_farmers_is_still_a_charge():
    found = statement_events("Mayor Anna Berg said the water plan was a disaster for farmers.")
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == ("Anna Berg",)]
