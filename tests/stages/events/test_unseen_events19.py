"""Charges still missed on the tuned samples (dev:extra9 to dev:extra17, BBC politics), each
written again in sentences of our own: words of judgement the statement cues lacked, and a
standard denied by "none of"."""

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


@pytest.mark.parametrize(
    ("body", "speaker", "judged"),
    [
        (
            "Peter Marsh said none of the government's figures added up.",
            "Peter Marsh",
            "government",
        ),
        (
            'Minister Ruth Keane said: "None of the Liberal Party\'s sums add up, so cuts loom."',
            "Ruth Keane",
            "Liberal Party",
        ),
        (
            'Finance Minister Ruth Keane said: "Neither of the Liberal Party\'s budgets adds up."',
            "Ruth Keane",
            "Liberal Party",
        ),
    ],
)
def test_a_standard_denied_by_none_of_accuses_whose_sums_they_are(body, speaker, judged):
    assert ("ACCUSE", (speaker,), (judged,)) in real_events(body), told_events(body)


def test_none_of_a_thing_of_no_one_accuses_no_one():
    body = 'Finance Minister Ruth Keane said: "None of this adds up."'
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)


@pytest.mark.parametrize(
    ("body", "judged"),
    [
        (
            "Opposition leader Peter Marsh said the government had wasted millions on consultants.",
            "government",
        ),
        (
            "Peter Marsh said Minister Ruth Keane's budget was a wasted opportunity.",
            "Ruth Keane",
        ),
    ],
)
def test_wasting_money_or_a_chance_is_a_charge_against_the_waster(body, judged):
    assert ("ACCUSE", ("Peter Marsh",), (judged,)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Opposition leader Peter Marsh said his party would not waste a penny.",
        "Opposition leader Peter Marsh said no money would be wasted on the scheme.",
    ],
)
def test_waste_denied_or_foretold_of_no_one_accuses_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "Senator Joe Brand has long been a fierce critic of President Omar Said.",
            ("ACCUSE", ("Joe Brand",), ("Omar Said",)),
        ),
        (
            "Senator Joe Brand remained a loyal backer of Prime Minister Ann Cole.",
            ("SUPPORT", ("Joe Brand",), ("Ann Cole",)),
        ),
        (
            'Prime Minister Ann Cole said: "I have been a strong supporter of Ireland."',
            ("SUPPORT", ("Ann Cole",), ("Ireland",)),
        ),
    ],
)
def test_a_noun_of_stance_said_of_the_subject_tells_the_stance(body, told):
    assert told in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Supporters of President Omar Said marched through the capital.",
        "Senator Joe Brand, a fierce critic of President Omar Said, resigned on Monday.",
        "Senator Joe Brand was a keen supporter of reform.",
        "Senator Joe Brand is not a supporter of Prime Minister Ann Cole.",
    ],
)
def test_a_noun_of_stance_not_said_of_a_subject_or_denied_tells_none(body):
    assert not [e for e in real_events(body) if e[0] in ("SUPPORT", "ACCUSE")], told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Along with the NUT, the RMT and Prospect worked together to hammer out a pay deal.",
        "Along with the NUT and Unite, the RMT and Prospect worked together to hammer out a deal.",
    ],
)
def test_a_deal_hammered_out_by_the_unions_after_an_opening_along_with_is_theirs(body):
    assert any(e[0] == "AGREE" and e[1] == ("RMT", "Prospect") for e in real_events(body)), (
        told_events(body)
    )
