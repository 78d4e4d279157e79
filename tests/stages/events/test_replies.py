"""Rebuttals naming no one, aimed at the last charge against the replier (events/replies.py).

Sentences we wrote.
"""

from event_sides import real_events


def test_a_retort_rejects_the_one_who_charged_the_replier():
    events = real_events(
        "The Conservatives accused the home secretary of losing control of immigration. "
        "Home Secretary Jane Pritchard retorted that the opposition had voted against "
        "every new border measure."
    )
    assert ("REJECT", ("Jane Pritchard",), ("Conservative Party",)) in events


def test_hitting_back_charges_the_one_who_charged_the_replier():
    events = real_events(
        "Shadow chancellor Tom Reeve accused the Treasury of wasting billions on "
        "consultants. Treasury minister Ann Cole hit back by saying the Tories had hired "
        "more consultants in office."
    )
    assert ("ACCUSE", ("Ann Cole",), ("Tom Reeve",)) in events


def test_a_counter_claim_rejects_the_party_that_made_the_charge():
    events = real_events(
        "Labour accused the Conservatives of planning deep cuts to schools. "
        "The Conservatives countered that Labour had raised taxes eleven times."
    )
    assert ("REJECT", ("Conservative Party",), ("Labour Party",)) in events


def test_a_retort_with_no_charge_before_it_names_no_one():
    events = real_events(
        "Home Secretary Jane Pritchard retorted that the figures were out of date."
    )
    assert ("REJECT", ("Jane Pritchard",), ()) in events


def test_a_reply_answers_a_charge_against_the_replier_not_one_against_others():
    events = real_events(
        "The Liberal Democrats accused the rail regulator of ignoring delays. "
        "Labour hit back, saying the Lib Dems had no plan for the railways."
    )
    # What Labour says of the Lib Dems is its own charge on a rival party
    # (critics.py); the charge it answers, against the regulator, is not its.
    assert not [
        e
        for e in events
        if e[1] == ("Labour Party",) and e[0] == "ACCUSE" and "Liberal Democrats" not in e[2]
    ]


def test_hitting_back_with_arms_is_no_rebuttal():
    events = real_events(
        "Army jets bombed a rebel camp near the border. The rebels hit back with rockets."
    )
    assert not [e for e in events if e[0] == "ACCUSE"]


def test_a_retort_rejects_the_opponent_quoted_speaking_of_the_replier():
    events = real_events(
        'Opposition leader Mark Dunn told MPs: "The prime minister has lost control of her '
        'own cabinet." Prime Minister Sarah Hale retorted that voters cared about jobs, '
        "not gossip."
    )
    assert ("REJECT", ("Sarah Hale",), ("Mark Dunn",)) in events


def test_a_quote_that_does_not_name_the_replier_is_no_claim_against_them():
    events = real_events(
        'Opposition leader Mark Dunn said: "Our hospitals are failing patients." '
        "Prime Minister Sarah Hale retorted that waiting lists had fallen."
    )
    assert ("REJECT", ("Sarah Hale",), ("Mark Dunn",)) not in events
