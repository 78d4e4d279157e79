"""Greetings that name no one (stages/events/greetings.py), on sentences we wrote."""

from event_sides import real_events


def test_congratulations_offered_are_given():
    # Offered by saying them, they are given then: not a plan, as "offered talks" is.
    events = real_events("The Irish premier Sean Kelly offered his congratulations on Monday.")
    assert ("SUPPORT", ("Sean Kelly",), ()) in events


def test_congratulations_naming_no_one_go_where_the_last_backing_went():
    events = real_events(
        "Carla Mendes won the run-off on Sunday. The Spanish prime minister congratulated "
        "her. Irish premier Sean Kelly also offered his congratulations."
    )
    assert ("SUPPORT", ("Sean Kelly",), ("Carla Mendes",)) in events


def test_a_lone_condolence_is_passed_no_recipient():
    events = real_events("Mayor Ines Duarte offered her condolences on Tuesday.")
    assert ("SUPPORT", ("Ines Duarte",), ()) in events
