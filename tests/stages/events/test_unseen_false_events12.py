"""False events found on a twelfth sample of unseen politics and world news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events


def test_a_habit_told_by_a_frequency_adverb_is_no_event():
    # What someone often or usually does took place on no day in particular.
    for text in (
        "In a radio interview, Ms Dalton said she often criticised her brother for his temper.",
        "The senator usually attacks the governor over the state budget.",
        "Border guards routinely accuse foreign lorry drivers of smuggling cigarettes.",
    ):
        assert not _events(text), text
    # Told once, or again and again, the deed took place.
    assert _events("Ms Dalton criticised her brother for his temper.")
    assert _events("The senator repeatedly attacked the governor over the state budget.")
    # A stand held up to now is still told: "has always called for".
    assert _events("The opposition leader has always called for a televised debate with Mr Ross.")


def test_a_past_habit_told_by_used_to_is_no_event():
    assert not _events("Mr Okafor used to criticise the governor in his weekly column.")
    # What was used, to do a thing, did it.
    assert _events("Police used tear gas to disperse the protesters outside the court.")
