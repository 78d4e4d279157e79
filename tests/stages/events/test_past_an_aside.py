"""A cue's preposition told after an aside on its object (:mod:`.past_an_aside`)."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize("aside", ["- which controls Baltneft -", ", which controls Baltneft,"])
def test_the_to_phrase_after_a_closed_aside_names_whom_the_stake_is_handed_to(aside):
    body = f"Mr Petrov handed over his stake in Group Kestrel {aside} to Oleg Sorokin."
    assert ("COOPERATE", ("Petrov",), ("Oleg Sorokin",)) in real_events(body)


def test_a_to_phrase_inside_the_aside_stays_the_asides_own():
    body = "Mr Petrov handed over his stake in Group Kestrel, which he sold to Oleg Sorokin."
    assert not any("Oleg Sorokin" in e[2] for e in real_events(body))
