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


@pytest.mark.parametrize(
    ("body", "accuser", "rival"),
    [
        (
            "The Tories say the Liberal Democrats would make families pay more tax.",
            "Conservative Party",
            "Liberal Democrats",
        ),
        (
            "Labour says a Liberal Democrat vote would only help the Tories win the seat.",
            "Labour Party",
            "Liberal Democrats",
        ),
        (
            "The Tories say Labour has stopped listening to voters.",
            "Conservative Party",
            "Labour Party",
        ),
    ],
)
def test_what_a_party_says_of_a_rival_party_charges_it(body, accuser, rival):
    found = statement_events(body)
    assert any(e[0] == "ACCUSE" and e[1] == (accuser,) and rival in e[2] for e in found), found


def test_a_rival_deeper_in_the_statement_than_its_subject_is_not_charged():
    # The Tories win by the vote's help: the vote's party is the subject.
    found = statement_events(
        "Labour says a Liberal Democrat vote would only help the Tories win the seat."
    )
    assert not [e for e in found if e[0] == "ACCUSE" and "Conservative Party" in e[2]]


def test_a_rival_named_outside_a_subject_is_not_charged():
    found = statement_events(
        "Tory leader Ann Lowe said voters in the north could switch to the Liberal Democrats."
    )
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_a_party_praising_a_rival_does_not_charge_it():
    found = statement_events(
        'Liberal Democrat spokesman Mark Hollis said: "It is good that Labour has dropped'
        ' the idea of quotas."'
    )
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_a_party_s_word_on_itself_charges_no_one():
    found = statement_events("Labour leader Tom Brice said Labour would build more homes.")
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_what_a_party_asks_of_a_rival_is_no_charge():
    found = statement_events("The Tories say Labour should publish its tax plans in full.")
    assert not [e for e in found if e[0] == "ACCUSE"]
    assert ("REQUEST", ("Conservative Party",), ("Labour Party",)) in found
