"""Events in wire reports of war and diplomacy, in sentences we wrote."""

import pytest

import dateline
from event_sides import real_events


@pytest.mark.parametrize(("text", "recipient"), [
    ("Valdorian jets struck rebel positions near the border overnight, the army said.", "rebel"),
    ("Government troops shelled militant hideouts in the hills on Monday.", "militant"),
])  # fmt: skip
def test_ground_named_by_an_armed_group_is_that_groups(text, recipient):
    assert any(e[0] == "ASSAULT" and e[2] == (recipient,) for e in real_events(text))


def test_a_rebel_leader_struck_is_no_ground():
    events = real_events("Government troops shelled rebel supply lines on Monday.")
    assert not any(e[2] == ("rebel",) for e in events)


def test_an_accusation_joined_to_a_passive_is_the_speakers():
    events = real_events(
        "Human Rights Watch said 40 lawyers had been arrested and accused police of beating them."
    )
    assert any(e[0] == "ACCUSE" and e[1] == ("Human Rights Watch",) for e in events)


def test_plural_juntas_are_an_actor():
    events = real_events(
        "In a joint statement, the juntas accused the regional bloc ECOWAS of imposing sanctions."
    )
    assert ("ACCUSE", ("juntas",), ("ECOWAS",)) in events


def test_hostages_handed_over_are_released():
    events = real_events("Hamas handed over three hostages to the Red Cross in Gaza on Saturday.")
    assert ("RETREAT", ("Hamas",), ("hostages",)) in events


@pytest.mark.parametrize("text", [
    "Valdorian rebels captured most of the city on Saturday.",
    "The army said it had recaptured the presidential palace from the rebels.",
    "Rebels seized control of the port city on Monday.",
])  # fmt: skip
def test_ground_taken_by_force_is_an_attack_of_no_mode(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2024-03-10")
    assert [(e.type, e.mode) for e in article.events] == [("ASSAULT", None)]


def test_people_captured_are_abducted():
    (article,) = dateline.extract("Report\n\nGunmen captured two engineers near the pipeline.\n")
    assert [(e.type, e.mode) for e in article.events] == [("ASSAULT", "abduct")]
