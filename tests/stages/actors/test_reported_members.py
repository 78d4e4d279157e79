"""Bare "members" a body's voice reports on (stages/actors/reported_members.py)."""

import pytest

import dateline


def _actors(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return {a.name: a for a in article.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The Green Party has withdrawn its new leaflet, saying members had found it confusing.",
        "Jane Holt, of the National Farmers Union, said members were angry about the new rules.",
        "Labour said members would choose the candidate next month.",
    ],
)
def test_members_a_body_or_its_voice_reports_on_are_a_group(text):
    assert "members" in _actors(text)


def test_members_a_party_reports_on_are_the_partys():
    found = _actors("Labour said members would choose the candidate next month.")
    assert found["members"].sector == "PTY"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Reid said members had no reason to worry.",
        "The Green Party said the members had found it confusing.",
        "The Green Party said members of the public had written to it.",
    ],
)
def test_members_no_body_reports_on_or_with_words_of_their_own_are_no_new_group(text):
    assert "members" not in _actors(text)
