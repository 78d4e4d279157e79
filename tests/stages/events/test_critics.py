"""Charges told by who makes them (stages/events/critics.py), on sentences we wrote."""

import dateline


def _charges(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.type, tuple(names[i] for i in e.actor), tuple(names[i] for i in e.recipient))
        for e in article.events
        if e.quote and not (e.negated or e.hypothetical)
    ]


def test_what_critics_of_an_actor_say_accuses_it():
    found = _charges(
        "Critics of the government say it has launched more than 30 schemes to tackle "
        "truancy when the real focus should be on teachers."
    )
    assert ("ACCUSE", ("Critics",), ("government",)) in found


def test_critics_who_name_no_one_accuse_no_one():
    found = _charges("Critics say the new fuel tax will hurt the poorest families.")
    assert not [e for e in found if e[0] == "ACCUSE" and e[2]]
