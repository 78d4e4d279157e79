"""False events found on a third sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on (seed 20261205), written again in sentences of our own.
"""

import dateline
from event_sides import real_types as _types


def _article(body):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    return article


def _events(body, *, kept=True):
    article = _article(body)
    names = {a.id: a.name for a in article.actors}
    return [
        (e.type, tuple(names[i] for i in e.actor), tuple(names[i] for i in e.recipient))
        for e in article.events
        if not kept or not (e.negated or e.hypothetical)
    ]


def test_a_condition_the_parse_makes_the_main_clause_did_not_happen():
    # The parse hangs "his term could have been twice as long" on "denied".
    body = (
        "In May the driver, Tom Reed, admitted causing the crash and was jailed for four years"
        " - his term could have been twice as long had he denied it at trial."
    )
    assert "REJECT" not in _types(body)
    assert "CONCEDE" in _types(body)  # what he did admit is not denied


def test_a_participle_on_a_modal_verb_is_as_much_supposed():
    assert "COERCE" not in _types(
        'A Tory spokesman said: "The Liberal Democrats would cut funding for colleges, closing'
        ' the door to students and restricting their ambitions."'
    )
    assert "COERCE" not in _types(
        'A Tory spokesman said: "The Liberal Democrats would cut funding for colleges and put'
        ' a cap on hope, closing the door to students and restricting their ambitions."'
    )


def test_insisting_on_a_broadcast_is_where_one_spoke_not_a_demand():
    assert "REQUEST" not in _types(
        '"All three candidates would serve the town well," former councillor Alan Price'
        " insisted on ITV's breakfast show."
    )


def test_shooting_hoops_or_a_film_harms_no_one():
    assert "ASSAULT" not in _types(
        "During a school visit in Leeds, Tony Blair shot hoops with pupils. The director"
        " Ken Loach shot the film in Glasgow."
    )


def test_meeting_one_s_future_wife_is_no_consultation():
    assert "CONSULT" not in _types(
        "At Swansea University, Neil Hamilton met his future wife Christine, now a novelist."
    )
    assert "CONSULT" not in _types(
        "Neil Hamilton then went to Leeds University, where he met his future wife Sarah,"
        " now a Labour councillor."
    )


def test_a_person_dismissed_from_a_job_is_not_rejected():
    events = _events(
        "A tribunal ruled that Sarah Jones had been unfairly dismissed by Barclays after she"
        " complained about her pay. Tony Blair dismissed Michael Howard as a scaremonger."
    )
    rejected = [e for e in events if e[0] == "REJECT"]
    assert rejected == [("REJECT", ("Tony Blair",), ("Michael Howard",))]


def test_a_speaker_named_after_the_verb_past_the_quote_is_the_doer():
    events = _events(
        '"Why will nobody listen to the farmers?" implored the campaigner Barry Lim, who is'
        " standing in Devon."
    )
    assert [e for e in events if e[0] == "REQUEST"] == [("REQUEST", ("Barry Lim",), ())]


def test_shooting_a_fox_first_is_a_turn_of_phrase_no_shot():
    assert "ASSAULT" not in _types(
        "Ms Jane Pike knows her rivals will attack her tax plans, so she has attempted to"
        " shoot that fox first. The party's leader shot that fox at once, publishing the"
        " costings before the debate."
    )
