"""False events found on a sixth sample of unseen business and politics news.

Each case is a class of wrong event the stage coded on articles it was never
tuned on, written again in sentences of our own.
"""

from event_sides import real_events as _events
from event_sides import real_types as _types


def test_what_a_guarantee_in_quotes_promises_is_not_done():
    # The parse hangs the "that" clause on the quoted noun as a relative one.
    assert "CONSULT" not in _types(
        "Ministers have published the bill. The committee called for a"
        ' "watertight guarantee" that the government consults with traders before it'
        " licenses the market."
    )


def test_campaigners_who_target_a_habit_charge_no_one():
    assert "ACCUSE" not in _types(
        "Health charities are pleased that anti-smoking campaigners now target smoking in"
        " pubs across Europe."
    )


def test_an_event_timed_to_clash_with_a_speech_charges_no_one():
    assert "ACCUSE" not in _types(
        "Labour timed its poster launch to clash with a policy speech by the Tory leader."
    )


def test_clashing_with_people_or_a_body_is_still_a_charge():
    assert _events("Mr Jones clashed with the Treasury over tuition fees.") == [
        ("ACCUSE", ("Jones",), ("Treasury",))
    ]
    assert _types("Mr Jones has clashed with his party leaders over tuition fees.") == ["ACCUSE"]


def test_praise_of_a_thing_that_is_no_one_s_backs_no_side():
    assert "SUPPORT" not in _types(
        'Analyst Raj Patel of Mumbai Capital said: "Demand for the bond sale was impressive."'
    )
    assert "SUPPORT" not in _types(
        "The Green Party leader, Anna Lowe, said the level of spending on rail was about right."
    )
    assert "SUPPORT" not in _types(
        "Ms Lowe said people were right to be worried about the closures."
    )


def test_a_cleft_that_puts_a_doer_aside_denies_the_deed():
    assert "SUPPORT" not in _types(
        "But it wasn't the Cabinet who had praised the plan - just six Labour students."
    )


def test_a_course_of_action_called_right_is_still_backed():
    events = _events(
        'The minister, Ruth Ames, said: "We think it is right to apply the same caution to'
        ' small clinics."'
    )
    assert [e[0] for e in events] == ["SUPPORT"]


def test_an_owner_merging_two_others_cooperates_with_no_one():
    assert "COOPERATE" not in _types(
        "Last year Siemens bought Vestas, merging it with Gamesa to form a new group."
    )
    assert "COOPERATE" not in _types(
        "The health minister merged the fire service with the ambulance trusts in 2003."
    )


def test_a_firm_merging_with_another_still_cooperates():
    assert _events("Tata Steel is in the process of merging with Corus.") == [
        ("COOPERATE", ("Tata Steel",), ("Corus",))
    ]


def test_a_question_put_after_asked_requests_nothing():
    assert "REQUEST" not in _types(
        'The Tory leader, Ian Lyle, asked: "Would it not be ironic if smokers became the'
        ' criminals?"'
    )
    assert _events("Gazprom has asked Naftogaz to repay a $2bn debt.") == [
        ("REQUEST", ("Gazprom",), ("Naftogaz",))
    ]


def test_targets_struck_with_sanctions_stay_sanctions():
    assert _types("The EU targeted Iran's oil exports with new sanctions.") == ["SANCTION"]


def test_a_campaign_group_s_blockade_is_a_protest():
    assert _types(
        "The Road Hauliers' Alliance brought traffic to a halt by blocking motorways with lorries."
    ) == ["PROTEST"]
    assert _types("Greenpeace activists blocked the entrance to the Sellafield plant.") == [
        "PROTEST"
    ]
