"""Cue words in set phrases that tell no event of their kind (stages/events/set_phrases.py)."""

import pytest

from event_sides import real_events as _events
from event_sides import real_types as _types


@pytest.mark.parametrize(
    "body",
    [
        "Party chairman Tom Brown said Mr Alan Smith posed a threat to the Green Party.",
        "Mayor Jane Pike said the new bypass represents a threat to the village.",
    ],
)
def test_a_threat_someone_poses_is_a_danger_not_a_threat_made(body):
    assert "THREATEN" not in _types(body)


def test_a_threat_someone_makes_is_still_a_threat():
    found = _events("Mr Tom Brown's threat to sue the council angered the mayor.")
    assert [e for e in found if e[0] == "THREATEN"]


@pytest.mark.parametrize(
    "body",
    [
        (
            "The club's future is in doubt. Three lenders still have to sign up to the deal"
            " struck last week."
        ),
        (
            "Borussia Essen's creditors are unhappy. Four banks have yet to sign the rescue"
            " deal struck last month."
        ),
    ],
)
def test_a_deal_struck_is_no_strike_and_no_blow(body):
    assert not {"PROTEST", "ASSAULT"} & set(_types(body))


def test_workers_who_struck_still_protest():
    assert "PROTEST" in _types("Dock workers at Felixstowe struck for two days over pay.")


def test_those_a_participle_after_with_is_done_to_charge_no_one():
    body = (
        "A special court was set up in Leeds to hear the case, with more than four hundred"
        " witnesses questioned."
    )
    assert "ACCUSE" not in _types(body)


def test_a_deed_told_with_those_it_was_done_to_still_counts():
    body = "Troops opened fire on the crowd in the square, with six protesters killed."
    assert "ASSAULT" in _types(body)


def test_an_event_noun_alone_in_quotation_marks_is_a_word_kept_at_a_distance():
    body = (
        "Agency chief Doug Brown, who said he would go, is still at his desk. His"
        ' "resignation" was mentioned by both party leaders at question time.'
    )
    assert "RETREAT" not in _types(body)


def test_an_event_noun_in_a_longer_quote_still_counts():
    body = 'Mr Alan Green said: "His resignation was the right thing to do for the agency."'
    assert "RETREAT" in _types(body)
