"""The deed a punishment or a verdict is for (stages/_offences.py), on sentences we wrote."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "doer"),
    [
        ("Guitarist Paul Kerr was found guilty of attacking two fans.", "Paul Kerr"),
        ("Rapper Dex Holloway was on probation for attacking two fans in Leeds.", "Dex Holloway"),
        ("Singer Joe Marr served a six-month jail term for attacking two fans.", "Joe Marr"),
        ("Singer Lee Moss received a jail sentence for attacking two fans.", "Lee Moss"),
        ("Boxer Tim Wade is in prison for attacking two fans.", "Tim Wade"),
    ],
)
def test_the_one_punished_did_the_deed_a_verdict_or_a_term_is_for(body, doer):
    assert ("ASSAULT", (doer,), ("fans",)) in real_events(body)


def test_a_conviction_quashed_names_no_doer_of_its_offence():
    # The judge quashed it; he did not attack anyone.
    events = real_events("The judge quashed the conviction for attacking two drivers on Monday.")
    assert not [e for e in events if e[0] == "ASSAULT" and e[1]]


def test_an_attack_one_is_fined_for_may_be_words():
    body = "Coach Alan Hart was fined for attacking the referee in a newspaper interview."
    assert ("ACCUSE", ("Alan Hart",), ("referee",)) in real_events(body)


def test_who_pleads_guilty_to_a_killing_did_it():
    # The plea's "to" names the deed as "found guilty of" does: the one who
    # pleads is its doer, and the victim whose murder it was undergoes it.
    body = "Dana Shaw's killer, Owen Tate, pleaded guilty to her murder at Leeds Crown Court."
    assert ("ASSAULT", ("Owen Tate",), ("Dana Shaw",)) in real_events(body)


def test_a_sentence_to_a_term_names_no_deed():
    # "sentenced to" names the term, not an offence: no one attacked.
    body = "Farmer Neil Cobb was sentenced to two years in jail on Monday."
    assert not [e for e in real_events(body) if e[0] == "ASSAULT"]
