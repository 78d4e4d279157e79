"""Beatings and tirades at a person, told by their plain verb
(lexicons/plover_cues.tsv), on sentences we wrote."""

import pytest

from event_sides import real_events, told_events


def test_a_beating_of_a_named_person_is_an_assault():
    body = "Transport Secretary Alan Dunmore beat up Labour councillor Peter Hale outside the hall."
    assert ("ASSAULT", ("Alan Dunmore",), ("Peter Hale",)) in real_events(body), told_events(body)


@pytest.mark.parametrize("verb", ["harangued", "hectored"])
def test_a_tirade_at_a_named_person_accuses_them(verb):
    body = (
        f"Labour councillor Peter Hale {verb} Transport Secretary Alan Dunmore over the closures."
    )
    assert ("ACCUSE", ("Peter Hale",), ("Alan Dunmore",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Church leaders said the attack on Syria had made the whole region less safe.",
        "New border rules were brought in soon after the Danish terror attacks of 2016.",
    ],
)
def test_an_attack_on_a_country_or_of_terror_is_no_attack_in_words(body):
    found = [e[0] for e in real_events(body)]
    assert "ACCUSE" not in found


def test_an_attack_a_speaker_makes_on_a_country_is_still_words():
    body = "The finance minister's attack on Brazil was unfair, a Greens spokesman said today."
    assert "ASSAULT" not in [e[0] for e in real_events(body)]
