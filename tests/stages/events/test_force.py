"""Whether an attack is one of force or of words (stages/events/force.py), on sentences we wrote."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "doer", "done_to"),
    [
        (
            (
                "Mr Vance, a former police commissioner, clashed on Tuesday with Bristol "
                "campaigner Ellen Ridley over the new bus lanes."
            ),
            "Vance",
            "Ellen Ridley",
        ),
        (
            "The army chief attacked the defence secretary's plans to cut two regiments.",
            "army chief",
            "defence secretary",
        ),
    ],
)
def test_a_violence_word_that_only_names_an_office_makes_no_blow(body, doer, done_to):
    found = real_events(body)
    assert ("ACCUSE", (doer,), (done_to,)) in found, told_events(body)
    assert "ASSAULT" not in [e[0] for e in found]


def test_officers_of_the_force_still_clash_by_force():
    body = "Police officers clashed with football fans outside the ground on Saturday."
    assert ("ASSAULT", ("Police officers",), ("football fans",)) in real_events(body)
