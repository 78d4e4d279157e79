"""Demands told as the one condition for an outcome (events/sole_conditions.py), our sentences."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    ("body", "speaker", "asked"),
    [
        (
            (
                "Confidence in the rail network can only be restored if the Ministry of Transport "
                "publishes the safety audit, the Green Party says."
            ),
            "Green Party",
            "Ministry of Transport",
        ),
        (
            (
                'Opposition leader Maria Costa said: "Voters will only trust the budget if the '
                'Ministry of Finance is honest about its borrowing."'
            ),
            "Maria Costa",
            "Ministry of Finance",
        ),
    ],
)
def test_an_actors_act_made_the_only_condition_is_asked_of_it(body, speaker, asked):
    found = statement_events(body)
    assert any(
        kind == "REQUEST" and speaker in " ".join(actors) and asked in " ".join(recipients)
        for kind, actors, recipients in found
    ), found


@pytest.mark.parametrize(
    "body",
    [
        # A rule with "if, and only if": the "only" comes after the "if".
        (
            "Brokers must list their fees if, and only if, the Ministry of Finance asks for them, "
            "Maria Costa said."
        ),
        # A plain condition, no "only": a forecast, not a demand.
        (
            "Confidence can be restored if the Ministry of Transport publishes the audit, "
            "Maria Costa said."
        ),
        # A question asks nothing.
        (
            'Maria Costa asked: "Will trust only return if the Ministry of Transport publishes '
            'the audit?"'
        ),
    ],
)
def test_no_demand_without_a_sole_condition_said_outright(body):
    assert not [
        e for e in statement_events(body) if e[0] == "REQUEST" and "Ministry" in " ".join(e[2])
    ]
