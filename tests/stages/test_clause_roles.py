"""Whose clause a verb is (stages/_clause_roles.py), on sentences we wrote."""

from event_sides import real_events


def test_a_gerund_after_despite_is_done_by_the_main_subject():
    events = real_events("Despite criticising Sweden for years, Finland signed a pact with it.")
    assert ("ACCUSE", ("Finland",), ("Sweden",)) in events


def test_a_gerund_after_upon_is_done_by_the_main_subject():
    events = real_events("Upon meeting Sweden in Oslo, Finland praised its queen.")
    assert ("CONSULT", ("Finland",), ("Sweden",)) in events


def test_a_gerund_after_without_tells_no_deed_of_the_main_subject():
    # "without consulting" is a meeting that did not happen.
    events = real_events("Finland signed a pact with Norway without consulting Sweden.")
    assert ("CONSULT", ("Finland",), ("Sweden",)) not in events


def test_a_deed_a_ban_is_for_is_done_by_the_one_banned():
    # The parse hangs the second "for" on "matches", not on "banned".
    events = real_events("Goalkeeper Ian Burke was banned for six matches for criticising Tom Ray.")
    assert ("ACCUSE", ("Ian Burke",), ("Tom Ray",)) in events
