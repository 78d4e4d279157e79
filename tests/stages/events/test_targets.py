"""Whom a copula names as an event noun's target (events/targets.py), on our sentences."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The adviser Brenton Bank is now the subject of a complaint to the regulator.",
            ("ACCUSE", (), ("Brenton Bank",)),
        ),
        (
            "Senator Vance was the subject of a complaint from Senator Ames.",
            ("ACCUSE", ("Ames",), ("Vance",)),
        ),
        (
            "The minister became the target of an investigation by police.",
            ("ACCUSE", ("police",), ("minister",)),
        ),
    ],
)
def test_the_subject_or_target_of_a_charge_is_whom_it_is_against(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Iran was the subject of talks between the European Union and the United States.",
        "Iran was the focus of a deal between Russia and China.",
    ],
)
def test_the_subject_of_talks_or_a_deal_is_what_they_are_about_not_a_side(body):
    assert not any("Iran" in recipients for _, _, recipients in real_events(body))


def test_the_target_of_attacks_named_with_no_weapon_is_left_to_the_force_rules():
    events = real_events("Foreign contractors have been the targets of attacks in the region.")
    assert not any(kind == "ACCUSE" for kind, _, _ in events)
