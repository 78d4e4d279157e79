"""A naming verb whose label stands in quotes after the thing named, on sentences we wrote.

'labelled the tribunal "unlawful and biased"': the parser may hang the
quoted words on the tribunal as if they described it; they are still the
label, a judgement of the tribunal.
"""

from event_sides import real_events


def test_a_quoted_label_after_the_thing_named_accuses_it():
    events = real_events(
        "Speaking outside the hearing, Ms Amini's counsel labelled the military tribunal"
        ' "unlawful and biased" before filing an appeal.'
    )
    assert [e for e in events if e[0] == "ACCUSE" and e[2] == ("military tribunal",)]


def test_a_plain_word_after_the_thing_named_is_no_label():
    events = real_events("The council called a meeting open to all residents on Friday.")
    assert not [e for e in events if e[0] == "ACCUSE"]
