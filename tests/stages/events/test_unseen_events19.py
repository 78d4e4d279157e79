"""Charges still missed on the tuned samples (dev:extra9 to dev:extra17, BBC politics), each
written again in sentences of our own: words of judgement the statement cues lacked."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "judged"),
    [
        (
            "Union leader Dora Pike said Transport Minister Alan Reed's remark was ill-advised.",
            "Alan Reed",
        ),
        (
            "Union leader Dora Pike said it was a stupid remark by Transport Minister Alan Reed.",
            "Alan Reed",
        ),
        (
            "Union leader Dora Pike said Minister Alan Reed's road scheme was unsustainable.",
            "Alan Reed",
        ),
        (
            "Union leader Dora Pike said Minister Alan Reed's rail policy was short-sighted.",
            "Alan Reed",
        ),
        (
            "Union leader Dora Pike said the Liberal Party was not being straight with voters.",
            "Liberal Party",
        ),
    ],
)
def test_a_word_of_judgement_on_an_actor_or_their_deed_accuses_them(body, judged):
    assert ("ACCUSE", ("Dora Pike",), (judged,)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Peter Marsh said the minister's housing plan was rubbish.",
        "Opposition leader Peter Marsh said the minister's housing plan was meaningless.",
    ],
)
def test_a_plan_judged_worthless_is_condemned(body):
    assert any(
        event[0] in ("ACCUSE", "REJECT") and event[1] == ("Peter Marsh",)
        for event in real_events(body)
    ), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Dora Pike said the minister was a straight talker.",
        "Opposition leader Peter Marsh said the council's rubbish collection had improved.",
    ],
)
def test_the_same_words_not_judging_accuse_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)
