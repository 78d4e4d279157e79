"""False events found on a twelfth sample of unseen politics and world news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events


def test_a_past_habit_told_by_used_to_is_no_event():
    assert not _events("Mr Okafor used to criticise the governor in his weekly column.")
    # What was used, to do a thing, did it.
    assert _events("Police used tear gas to disperse the protesters outside the court.")
