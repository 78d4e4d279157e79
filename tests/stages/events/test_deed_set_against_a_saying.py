"""A deed joined by "but" to what a speaker said is the speaker's, on sentences we wrote.

The parser hangs "defended" in "said the reforms were slow but defended the
president" on the reported clause; the one who said is the one who defended.
"""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    "body",
    [
        "Mr Kerr said the reforms were slow but defended President Ana Ruiz for cutting taxes.",
        "Mr Kerr said Spain too needed to do more but defended President Ana Ruiz over taxes.",
    ],
)
def test_a_deed_set_against_what_was_said_is_the_speakers(body):
    events = real_events(body)
    assert ("SUPPORT", ("Kerr",), ("Ana Ruiz",)) in events, events


def test_a_deed_joined_by_and_inside_the_report_stays_its_subjects():
    events = real_events("The minister said the army had entered the town and arrested the mayor.")
    assert ("COERCE", ("army",), ("mayor",)) in events, events
