"""Cues of foreign news the lexicon lacked, each in a sentence of our own.

Shelling told as "pounded", troops and peacekeepers sent somewhere, war games
held near a rival, arms shipped to a state, soldiers pulled out, crossings
closed, a city besieged, and a crowd burning a flag or chanting slogans
against a leader.
"""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Georgian artillery pounded Ossetian rebel positions outside Tskhinvali overnight.",
            ("ASSAULT", ("Georgia",), ("Ossetian rebel",)),
        ),
        (
            "Britain sent 400 more soldiers to Afghanistan on Monday.",
            ("MOBILIZE", ("Britain",), ("Afghanistan",)),
        ),
        (
            "Nigeria dispatched 200 peacekeepers to Liberia last week.",
            ("MOBILIZE", ("Nigeria",), ("Liberia",)),
        ),
        (
            "France has shipped weapons to Chad since the rebellion began.",
            ("AID", ("France",), ("Chad",)),
        ),
        (
            "Hungary pulled its last soldiers out of Kosovo on Wednesday.",
            ("RETREAT", ("Hungary",), ()),
        ),
        (
            "Turkey closed its border crossings with Armenia in 1993.",
            ("COERCE", ("Turkey",), ("Armenia",)),
        ),
        (
            "Serb forces laid siege to Sarajevo in April 1992.",
            ("COERCE", ("Serb forces",), ("Bosnia and Herzegovina",)),
        ),
        (
            "Students in Caracas chanted slogans against Colombia's president, Alvaro Uribe.",
            ("PROTEST", ("Students",), ("Alvaro Uribe",)),
        ),
    ],
)
def test_foreign_news_cues_tell_their_event(body, event):
    assert event in real_events(body), told_events(body)


def test_war_games_held_near_a_rival_mobilise_forces():
    body = "The Russian navy held exercises near Norway last week."
    assert "MOBILIZE" in [e[0] for e in real_events(body)], told_events(body)


def test_a_flag_burned_by_a_crowd_is_a_protest():
    body = "Angry villagers burned a Danish flag outside the mosque on Friday."
    assert "PROTEST" in [e[0] for e in real_events(body)], told_events(body)
