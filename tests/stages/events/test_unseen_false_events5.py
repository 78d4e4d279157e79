"""False events found on a fifth sample of unseen politics and business news.

Each case is a class of wrong event the stage coded on BBC articles it was
never tuned on (seed 20261230), written again in sentences of our own.
"""

from event_sides import real_events as _events


def _consults(body):
    return [e for e in _events(body) if e[0] == "CONSULT"]


def test_a_bodys_own_sitting_is_no_consultation():
    for body in (
        (
            "The board of Harwick Foods met in Leeds on Tuesday to discuss the company's quarterly"
            " results."
        ),
        "Kestrel Mining has its board meeting on Thursday to weigh a bid from a rival.",
        "Cabinet members held their last meeting at Downing Street before the summer recess.",
        (
            "Shares in Sydney rose on Wednesday after the Reserve Bank of Australia's rate-setting"
            " meeting on Tuesday left borrowing costs unchanged."
        ),
    ):
        assert not _consults(body), body
    # A second side named, or two sides meeting, is a consultation.
    assert _consults("The board of Harwick Foods met union leaders in Leeds on Tuesday.") == [
        ("CONSULT", ("Harwick Foods",), ("union leaders",))
    ]
    assert _consults("Labour and the Liberal Democrats met in Cardiff to discuss a coalition.")
    assert _consults(
        "Shares in Sydney rose on Wednesday after the Reserve Bank of Australia's meeting with"
        " bank chiefs on Tuesday."
    )


def test_help_given_to_no_one_named_is_no_aid():
    for body in (
        (
            "Colleagues said Mr Dunmore loved helping out behind the counter when he visited the"
            " shops."
        ),
        (
            "Tom Reilly sold his bakery last year. Now he is using the money to help with the"
            " launch of a small printing firm."
        ),
    ):
        assert not [e for e in _events(body) if e[0] == "AID"], body
    assert _events("Japan helped Indonesia with a loan of $2bn after the floods.") == [
        ("AID", ("Japan",), ("Indonesia",))
    ]


_PLANS = (
    "The government has set out plans to merge councils, and ministers say it will save money. "
)


def _asked(body):
    return [e for e in _events(_PLANS + body) if e[0] == "REQUEST"]


def test_a_duty_in_what_another_claims_is_no_demand_of_the_speaker():
    for body in (
        (
            'Tory spokesman Tom Carver said: "It is all very well saying councils should be merged,'
            ' but what about the quangos?"'
        ),
        (
            "Tory spokesman Tom Carver said that for the secretary of state to claim that most"
            ' families should pay less "is taking spin to new heights".'
        ),
    ):
        assert not _asked(body), body
    # The speaker's own view, or the view of the speaker's own party, is a demand.
    assert _asked(
        'Tory spokesman Tom Carver said: "I have said for years that the quangos should be merged."'
    )
    assert _asked(
        'Liberal Democrat spokesman Tom Carver said: "The Liberal Democrats have long argued'
        ' that Britain should be a refuge for those fleeing war."'
    )


def test_it_after_a_speakers_aside_goes_on_in_the_speakers_voice():
    body = (
        "Ministers have been warned about the court backlog. For that reason, says the"
        " committee, the ministry might have to rewrite the rules. It is also calling on the"
        " Lord Chief Justice to drop his guidelines."
    )
    assert [e for e in _events(body) if e[0] == "REQUEST"] == [
        ("REQUEST", ("committee",), ("Chief Justice",))
    ]


def test_a_charge_of_a_persons_thing_is_not_made_of_the_home_government():
    body = (
        "Liberal leader Tom Hale spoke in Leeds on Monday. The government has published its"
        " spending plans, and ministers say they will cut waste. Labour and the Tories have"
        " condemned his policies."
    )
    # "his" is the one person the story has named (Tom Hale), never the government.
    assert _events(body) == [("ACCUSE", ("Labour Party", "Conservative Party"), ("Tom Hale",))]
    # A thing named as no one's still charges the government.
    body = body.replace("his policies", "the policies")
    assert _events(body) == [("ACCUSE", ("Labour Party", "Conservative Party"), ("government",))]
