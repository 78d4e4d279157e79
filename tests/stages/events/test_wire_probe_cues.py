"""Acts newswire tells every day that had no cue: stops, blows, cordons, custody
and handovers (lexicons/plover_cues.tsv, lexicons/done_to_people.txt), on
sentences we wrote."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "Border guards stopped opposition leader Ivan Sarov at the crossing on Tuesday.",
        "Opposition leader Ivan Sarov was stopped by border guards at the crossing on Tuesday.",
    ],
)
def test_a_person_stopped_by_guards_is_coerced(body):
    found = [(e[0], e[2]) for e in real_events(body)]
    assert ("COERCE", ("Ivan Sarov",)) in found, told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Carmaker Veltro Motors has stopped production at its Leeds plant.",
        "The talks between Veltro Motors and the unions stopped on Friday.",
        "Veltro Motors said it had sent out the leaflets but had now stopped.",
        "Police stopped the lorry at the border.",
    ],
)
def test_stopping_a_thing_or_nothing_coerces_no_one(body):
    assert "COERCE" not in [e[0] for e in real_events(body)], told_events(body)


@pytest.mark.parametrize("verb", ["punched", "kicked", "slapped", "headbutted"])
def test_a_blow_to_a_named_person_is_a_melee_assault(verb):
    body = f"Singer Dana Morrow {verb} photographer Luke Hanley outside the club on Saturday."
    found = [(e.type, e.mode, e.actor, e.recipient) for e in told_events(body) if e.real]
    assert ("ASSAULT", "melee", ("Dana Morrow",), ("Luke Hanley",)) in found, found


@pytest.mark.parametrize(
    "body",
    [
        "Party leader Dana Morrow kicked off the Green campaign in Bristol on Monday.",
        "Striker Luke Hanley kicked the ball into an empty net.",
    ],
)
def test_kicking_a_thing_is_no_assault(body):
    assert "ASSAULT" not in [e[0] for e in real_events(body)], told_events(body)


def test_hostages_beheaded_are_assaulted():
    body = "Rebels in the north beheaded two Nepalese hostages, the army said."
    assert "ASSAULT" in [e[0] for e in real_events(body)], told_events(body)


@pytest.mark.parametrize("verb", ["sealed off", "cordoned off"])
def test_a_town_sealed_off_is_restricted(verb):
    body = f"Ruritanian troops {verb} the town of Velna on Sunday."
    found = [(e.type, e.mode) for e in told_events(body) if e.real]
    assert ("COERCE", "restrict") in found, found


def test_a_person_taken_into_custody_is_arrested():
    body = "Police took opposition leader Ivan Sarov into custody on Tuesday."
    found = [(e.type, e.mode, e.recipient) for e in told_events(body) if e.real]
    assert ("COERCE", "arrest", ("Ivan Sarov",)) in found, found


@pytest.mark.parametrize(
    ("body", "mode"),
    [
        ("Israel handed control of the town to Palestinian security forces.", "withdraw"),
        ("The army handed over power to a civilian government on Monday.", "resign"),
    ],
)
def test_handing_over_control_or_power_is_a_retreat(body, mode):
    found = [(e.type, e.mode) for e in told_events(body) if e.real]
    assert ("RETREAT", mode) in found, found


def test_a_stop_in_a_campaigns_name_coerces_no_one():
    body = "Stop Kelby Expansion said the council report was deeply flawed."
    assert "COERCE" not in [e[0] for e in real_events(body)], told_events(body)


def test_taking_someone_to_court_accuses_them():
    body = "Singer Dana Morrow took the Daily Clarion to court over the story on Monday."
    found = [(e.type, e.actor) for e in told_events(body) if e.real]
    assert ("ACCUSE", ("Dana Morrow",)) in found, found


@pytest.mark.parametrize(
    "body",
    [
        "Armenia handed over the town of Velna to Azerbaijan on Monday.",
        "Britain handed over sovereignty to the interim government on Monday.",
    ],
)
def test_ground_or_sovereignty_handed_over_is_a_withdrawal(body):
    found = [(e.type, e.mode) for e in told_events(body) if e.real]
    assert ("RETREAT", "withdraw") in found, found


@pytest.mark.parametrize(
    "body",
    [
        "Armenia handed over the documents to Azerbaijan on Monday.",
        "Armenia handed over the suspect to Azerbaijan on Monday.",
    ],
)
def test_handing_over_things_or_people_is_no_withdrawal(body):
    assert "RETREAT" not in [e[0] for e in real_events(body)], told_events(body)
