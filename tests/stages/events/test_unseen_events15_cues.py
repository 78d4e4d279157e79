"""Events missed or misread on a newly released sample of news (dev:extra15, BBC politics),
each written again in sentences of our own."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    "body",
    [
        "The Labour Party deselected Tom Hart, its MP for Leeds North, after the vote.",
        "Tom Hart was deselected by the Labour Party after the vote.",
    ],
)
def test_a_party_deselecting_its_member_sanctions_him(body):
    assert ("SANCTION", ("Labour Party",), ("Tom Hart",)) in real_events(body), told_events(body)


def test_a_rival_called_competent_at_his_post_is_praised():
    body = "The former minister Ann Cole said Mr Park was a competent chancellor."
    assert ("SUPPORT", ("Ann Cole",), ("Park",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        (
            'Peter Kane, the Green Party leader, said of the prime minister: "He talks well'
            ' enough. He is not wise."'
        ),
        'Peter Kane, the Green Party leader, said the prime minister was "not wise".',
        (
            'Peter Kane, the Green Party leader, said: "The prime minister is not brave enough'
            ' to call an election."'
        ),
    ],
)
def test_praise_denied_of_a_rival_is_a_charge(body):
    assert ("ACCUSE", ("Peter Kane",), ("prime minister",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        'Peter Kane, the Green Party leader, said: "It would not be wise to raise taxes now."',
        'Peter Kane, the Green Party leader, said: "We are not perfect."',
    ],
)
def test_praise_denied_of_a_step_or_of_oneself_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)


def test_a_rival_said_to_lack_judgement_is_accused():
    body = 'Peter Kane, the Green Party leader, said of the prime minister: "He lacks judgement.'
    body += ' He lacks vision."'
    assert ("ACCUSE", ("Peter Kane",), ("prime minister",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        'The charity Oxfam said: "Many families in the region lack clean water."',
        'Ann Cole, the Labour Party treasurer, said: "We lack the money to do more."',
    ],
)
def test_a_want_of_means_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)
