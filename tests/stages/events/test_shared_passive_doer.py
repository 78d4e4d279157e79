"""Two passive verbs joined by "and" share the one "by" phrase, on sentences we wrote.

The parser hangs "by his employers" on the last verb of "was suspended and
sued by his employers"; the employers did the first deed too.
"""

from event_sides import real_events


def test_the_first_of_two_joined_passives_takes_the_by_phrase_of_the_second():
    events = real_events(
        "Ravi Patel was suspended and sued by his employers last year for selling"
        " forged concert tickets."
    )
    assert [e for e in events if e[0] == "SANCTION" and e[1] == ("employers",)]


def test_a_criticism_joined_to_a_second_passive_names_its_critics():
    events = real_events(
        "Health minister Joan Ruddock was criticised and mocked by opposition MPs"
        " over the hospital closures."
    )
    assert [e for e in events if e[0] == "ACCUSE" and e[1] == ("opposition MPs",)]


def test_a_later_verb_with_a_subject_of_its_own_keeps_its_by_phrase():
    events = real_events("Ravi Patel was fined and his van was seized by police in Leeds.")
    assert not [e for e in events if e[0] == "SANCTION" and e[1] == ("police",)]
