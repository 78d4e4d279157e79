"""Tributes (stages/events/tributes.py): whom a tribute paid in words honours, and the
words that honour the departed, on sentences we wrote."""

import pytest

from event_sides import real_events

_DEATH = "Lord Pryce, the former Welsh secretary, has died at his home in Powys aged 90. "


@pytest.mark.parametrize(
    "body",
    [
        (
            "Paying tribute, the party leader Jane Oakes said Lord Pryce was one of the "
            '"finest debaters of his time".'
        ),
        "Party leader Jane Oakes paid tribute, saying Lord Pryce had been a loyal colleague.",
    ],
)
def test_a_tribute_honours_the_one_its_words_speak_of(body):
    assert ("SUPPORT", ("Jane Oakes",), ("Pryce",)) in real_events(_DEATH + body)


def test_a_tribute_paid_to_someone_keeps_its_own_recipient():
    found = real_events(
        "Police chief Ann Cole paid tribute to Lord Pryce, saying the force owed him a debt."
    )
    assert ("SUPPORT", ("Ann Cole",), ("Pryce",)) in found


def test_backing_said_with_words_is_not_a_tribute_to_their_subject():
    # What was backed is a view; the words' subject is no one praised.
    found = real_events(
        "Councillor Mark Dee backed the plan on Tuesday, saying Lord Pryce was wrong to oppose it."
    )
    assert not [e for e in found if e[0] == "SUPPORT" and e[2] == ("Pryce",)]


@pytest.mark.parametrize(
    "body",
    [
        'Party leader Jane Oakes said Lord Pryce would be "mourned across Wales".',
        (
            'Party leader Jane Oakes said: "Lord Pryce will be remembered with great affection '
            'and respect by all who worked with him."'
        ),
        'Party leader Jane Oakes said: "Lord Pryce will be sadly missed."',
    ],
)
def test_one_said_to_be_missed_mourned_or_fondly_remembered_is_praised(body):
    assert ("SUPPORT", ("Jane Oakes",), ("Pryce",)) in real_events(_DEATH + body)


@pytest.mark.parametrize(
    "body",
    [
        'Party leader Jane Oakes said: "Lord Pryce will be remembered for the 1984 pit closures."',
        'Party leader Jane Oakes said: "Lord Pryce will not be missed by the miners."',
        'Party leader Jane Oakes said: "We missed Lord Pryce at the station."',
    ],
)
def test_no_praise_where_the_remembrance_is_not_fond(body):
    found = real_events(_DEATH + body)
    assert not [e for e in found if e[0] == "SUPPORT"]


@pytest.mark.parametrize(
    "body",
    [
        "Party leader John Oakes said he would be remembered with great affection.",
        "Party leader John Oakes said he would be sadly missed.",
    ],
)
def test_a_he_said_to_be_missed_is_the_one_named_before_not_the_speaker(body):
    assert ("SUPPORT", ("John Oakes",), ("Pryce",)) in real_events(_DEATH + body)


def test_one_who_says_he_will_be_missed_praises_no_one():
    body = "Tom Vale is leaving the bank after ten years. He said he would be missed by staff."
    assert not [e for e in real_events(body) if e[0] == "SUPPORT"]
