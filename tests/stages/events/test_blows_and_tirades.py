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
