"""Recipients told by the event's own words, where the parse hides them."""

from event_sides import real_events


def test_a_list_inside_a_noun_phrase_joined_to_the_clause_is_no_subject_of_the_next_verb():
    # The parse joins "talks" to "took"; "Peru have been going on" is still the talks'.
    body = (
        "The European Union held talks with Iceland on Monday. Norway's entry took six years "
        "and talks with Chile and Peru have been going on for a decade."
    )
    events = real_events(body)
    assert ("CONSULT", ("European Union",), ("Chile",)) in events
    assert ("CONSULT", ("European Union",), ("Peru",)) in events
