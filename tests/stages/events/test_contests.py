"""A fixture or a match told as a meeting or a clash (stages/events/contests.py)."""

import pytest

from event_sides import real_events, told_events

_PLAYING_TYPES = ("CONSULT", "ACCUSE", "ASSAULT")


@pytest.mark.parametrize(
    "body",
    [
        "Tom Hale meets Peter Grant in the final on Sunday after both won in straight sets.",
        "France clash with Germany in the quarter-final in Lyon next month.",
        "Spain clash with Italy in the tournament's last match.",
        "Tom Hale met Peter Grant in Rome and won 6-3 6-4.",
    ],
)
def test_a_fixture_or_a_score_in_the_sentence_tells_no_meeting_or_clash(body):
    assert not [e for e in told_events(body) if e.type in _PLAYING_TYPES]


@pytest.mark.parametrize(
    "body",
    [
        "Bradford visit Portugal on Saturday, where the coach expects a hard afternoon.",
        "Germany meet England in Berlin on Saturday.",
    ],
)
def test_a_side_named_with_a_plural_verb_plays_no_meeting(body):
    assert not [e for e in told_events(body) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "body",
    [
        "The Football Association met the sports minister Tom Hale on Monday to discuss funding.",
        "The Wales captain Tom Hale visited President Peter Grant in Cardiff on Friday.",
        "President Peter Grant met Chancellor Tom Hale in Berlin to talk about the final budget.",
    ],
)
def test_a_meeting_in_a_sports_story_that_names_no_contest_stays(body):
    assert [e for e in real_events(body) if e[0] == "CONSULT"]
