"""Doers an "as did" clause adds (stages/events/likewise.py), on sentences we wrote."""

from event_sides import real_events
from statements import statement_events


def test_those_who_did_likewise_share_the_event():
    events = real_events(
        "Carla Mendes won the run-off on Sunday. The Spanish prime minister congratulated "
        "her, as did German Chancellor Olaf Brandt."
    )
    assert any(
        kind == "SUPPORT" and "Olaf Brandt" in actors and recipients == ("Carla Mendes",)
        for kind, actors, recipients in events
    )


def test_those_who_said_likewise_share_the_statement():
    found = statement_events(
        "Singer Tom Reyes and actress Lena Moss are to marry in June, their agent said. "
        'Prime Minister Ian Forde said he was "thrilled" for the couple on Monday, as did '
        "opposition leader Ruth Okafor."
    )
    assert ("SUPPORT", ("Ian Forde", "Ruth Okafor"), ("Tom Reyes", "Lena Moss")) in found


def test_as_he_did_before_adds_no_one():
    events = real_events("Opposition leader Ruth Okafor criticised the budget, as she did in 2003.")
    assert all(actors == ("Ruth Okafor",) for kind, actors, _ in events if kind == "ACCUSE")


def test_a_have_with_its_own_auxiliary_is_having_not_doing_likewise():
    # "as the best ... Britain has had": the parse makes "had" an "as" clause on the verb.
    events = real_events(
        "Gordon Brown spoke in Leeds on Monday. Tony Blair heaped praise on him as the "
        "best chancellor Britain has had."
    )
    assert ("SUPPORT", ("Tony Blair",), ("Gordon Brown",)) in events
    assert not any("Britain" in actors for _, actors, _ in events)
