"""A quote's judgement that repeats the cue event of its sentence makes no second event
(stages/events/__init__.py, ``_statement_events``), on sentences we wrote."""

from event_sides import real_events


def test_a_judgement_naming_no_one_adds_nothing_to_the_praise_it_explains():
    found = real_events(
        "Shadow health minister Ann Lowe praised the Health Secretary, saying the plan "
        'to keep rural wards open was "courageous".'
    )
    assert [e for e in found if e[0] == "SUPPORT"] == [
        ("SUPPORT", ("Ann Lowe",), ("Health Secretary",))
    ]


def test_a_judgement_stays_when_no_cue_event_says_the_same():
    found = real_events(
        "Shadow health minister Ann Lowe said the health secretary's plan to keep rural wards"
        ' open was "courageous".'
    )
    assert ("SUPPORT", ("Ann Lowe",), ("health secretary",)) in found


def test_a_judgement_naming_whom_it_blames_stands_for_the_charge_that_names_no_one():
    # "called" accuses no one it names; "reckless" blames the ships' owner.
    found = real_events(
        "Hanoi summoned the Chinese envoy to protest what it called a reckless attack by "
        "Chinese coast guard vessels near the Paracel Islands."
    )
    charges = [e for e in found if e[0] == "ACCUSE"]
    assert charges
    assert all(recipient for _, _, recipient in charges)
