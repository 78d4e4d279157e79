"""Charges told by who makes them (stages/events/critics.py), on sentences we wrote."""

import pytest

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


def test_critics_of_no_actor_charge_whom_their_statement_names_as_owner():
    found = statement_events("Critics argue that Norway's oil forecasts are overblown.")
    assert ("ACCUSE", ("Critics",), ("Norway",)) in found


def test_critics_charge_the_doer_not_those_they_say_are_harmed():
    found = statement_events(
        "Kenya's government has said it will cut fuel subsidies. But critics argue the cuts"
        " will ruin the small farmers whom the government claims to champion."
    )
    charged = [e[2] for e in found if e[0] == "ACCUSE" and e[1] == ("critics",)]
    assert charged
    assert all("farmers" not in " ".join(r) for r in charged)


def test_critics_naming_no_actor_charge_no_one():
    found = statement_events("Critics say the new fuel tax will hurt the poor.")
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_critics_charge_no_owner_named_outside_a_subject():
    found = statement_events(
        "The Harbour Party unveiled a poster of its rival with a bag of gold,"
        " which critics said echoed the miser in Dickens's famous novel."
    )
    assert not [e for e in found if e[0] == "ACCUSE" and "Dickens" in " ".join(e[2])]


@pytest.mark.parametrize(
    "body",
    [
        "Prosecutors argued that Mr Dalby ran a string of accounting tricks at Nortex.",
        "Prosecution lawyers argued that Mr Dalby ran a string of accounting tricks at Nortex.",
    ],
)
def test_what_prosecutors_say_a_defendant_did_charges_him(body):
    charged = [e[2] for e in statement_events(body) if e[0] == "ACCUSE"]
    assert ("Dalby",) in charged


def test_prosecutors_charge_no_one_with_what_is_done_to_him():
    found = statement_events("Prosecutors said Mr Dalby would be released on bail.")
    assert not [e for e in found if e[0] == "ACCUSE"]
