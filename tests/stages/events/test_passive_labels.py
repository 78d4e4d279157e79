"""A passive naming verb with a judgement label, on sentences we wrote.

"X's plan was described as 'reckless' and 'crass' by the union": the parse
hangs the "by" phrase inside the label, and the union still did the
describing.
"""

from event_sides import real_events


def test_the_by_phrase_inside_an_as_label_is_the_one_who_named():
    events = real_events(
        "Education minister Grace Wanjiru spoke on Monday. Her plan was described as"
        ' "reckless" and "crass" by the teachers union.'
    )
    assert [e for e in events if e[0] == "ACCUSE" and e[1] == ("teachers union",)]
