"""Verbal conflict and cooperation as wire copy words it, missed when probed with articles we
wrote: closing ranks behind a leader, playing host to a visitor, leaning on, begging or
petitioning a side, knocking back a request, slapping a minister down, coming to someone's
defence, thrashing out a compromise and patching up differences (plover_cues.tsv); and
"blasted" said of words, not bombs (events/readings.py)."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Labour backbenchers closed ranks behind Prime Minister Tom Ardley.",
            ("SUPPORT", ("Labour backbenchers",), ("Tom Ardley",)),
        ),
        (
            "Prime Minister Tom Ardley played host to President Ana Velasco of Chile.",
            ("CONSULT", ("Tom Ardley",), ("Ana Velasco",)),
        ),
        (
            "Washington leaned on Pakistan to hand over the two suspects.",
            ("REQUEST", ("United States",), ("Pakistan",)),
        ),
        (
            "Ethiopia begged the United Nations for more food aid.",
            ("REQUEST", ("Ethiopia",), ("United Nations",)),
        ),
        (
            "The charity petitioned the Home Office over the closure of the centre.",
            ("REQUEST", ("charity",), ("Home Office",)),
        ),
        (
            "The European Commission knocked back a request from Hungary.",
            ("REJECT", ("European Commission",), ("Hungary",)),
        ),
        (
            "The Treasury slapped down the Transport Secretary, Ruth Calder.",
            ("ACCUSE", ("Treasury",), ("Ruth Calder",)),
        ),
        (
            "The Liberal Democrat leader, Owen Pryce, came to the defence of the BBC.",
            ("SUPPORT", ("Owen Pryce",), ("BBC",)),
        ),
    ],
)
def test_verbal_acts_told_by_set_phrases(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    ("body", "mode"),
    [
        ("Greece and Turkey thrashed out a compromise over the islands.", "deal"),
        ("Greece and Turkey patched up their differences over the islands.", "settle"),
    ],
)
def test_agreements_told_by_phrasal_verbs(body, mode):
    told = [(e.type, e.mode) for e in told_events(body) if e.real]
    assert ("AGREE", mode) in told, told_events(body)


def test_blasted_with_no_weapon_is_a_charge():
    body = "Chancellor Paul Merrow blasted the Conservatives over their tax plans."
    told = real_events(body)
    assert ("ACCUSE", ("Paul Merrow",), ("Conservative Party",)) in told, told_events(body)
    assert not any(event[0] == "ASSAULT" for event in told), told_events(body)


def test_a_state_blasting_a_decision_is_a_charge():
    body = "Russia blasted the Polish decision on Monday."
    assert ("ACCUSE", ("Russia",), ("Poland",)) in real_events(body), told_events(body)


def test_blasted_by_jets_stays_an_attack():
    body = "Israeli jets blasted a Hamas compound in Gaza overnight."
    told = [(e.type, e.mode) for e in told_events(body) if e.real]
    assert ("ASSAULT", "aerial") in told, told_events(body)
