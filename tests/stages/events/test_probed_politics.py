"""Ways British political news tells an act that the stage missed when probed with articles
we wrote: meeting told by "sat down with", backing by "spoke out in support of", criticism
by "spoke out against", a welcome given, a vote lost told as a defeat inflicted, a debate
one is challenged to (plover_cues.tsv); one said to come "under" the attack or pressure of
another, or to win another's praise (events/noun_sides.py); and a quoted speaker's
judgement by "humiliating", a bid to "frighten" voters, or a move called a "snub"
(statement_cues.tsv)."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Home Secretary, Peter Hale, sat down with the Police Federation on Monday.",
            ("CONSULT", ("Peter Hale",), ("Police Federation",)),
        ),
        (
            "Senior Liberal Democrats spoke out in support of Charles Kennedy.",
            ("SUPPORT", ("Liberal Democrats",), ("Charles Kennedy",)),
        ),
        (
            "The Green Party came out in support of the Fire Brigades Union.",
            ("SUPPORT", ("Green Party",), ("Fire Brigades Union",)),
        ),
        (
            "The Liberal Democrats spoke out against Michael Howard on Sunday.",
            ("ACCUSE", ("Liberal Democrats",), ("Michael Howard",)),
        ),
        (
            "The House of Lords inflicted a fresh defeat on the government over the bill.",
            ("REJECT", ("House of Lords",), ("government",)),
        ),
        (
            "Charles Kennedy challenged Tony Blair to a live television debate.",
            ("REQUEST", ("Charles Kennedy",), ("Tony Blair",)),
        ),
        (
            "The CBI gave Gordon Brown a cautious welcome on Wednesday.",
            ("SUPPORT", ("Confederation of British Industry",), ("Gordon Brown",)),
        ),
    ],
)
def test_political_acts_told_by_set_phrases(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Gordon Brown came under attack from the Conservative Party over pensions.",
            ("ACCUSE", ("Conservative Party",), ("Gordon Brown",)),
        ),
        (
            "Gordon Brown came under pressure from the TUC to raise the minimum wage.",
            ("REQUEST", ("TUC",), ("Gordon Brown",)),
        ),
        (
            "Ruth Kelly won praise from the Conservative Party for the plan.",
            ("SUPPORT", ("Conservative Party",), ("Ruth Kelly",)),
        ),
    ],
)
def test_one_who_comes_under_or_wins_an_act_is_whom_it_is_done_to(body, event):
    assert event in real_events(body), told_events(body)


def test_an_act_done_under_pressure_is_no_pressure_on_the_doer():
    body = "Under pressure from the TUC, Gordon Brown agreed to meet the unions."
    assert not [e for e in real_events(body) if e[0] == "REQUEST" and e[2] == ("Gordon Brown",)]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Michael Howard said Tony Blair's climbdown on the tax was humiliating.",
            ("ACCUSE", ("Michael Howard",), ("Tony Blair",)),
        ),
        (
            "The Liberal Democrats said the Conservative Party was trying to frighten pensioners.",
            ("ACCUSE", ("Liberal Democrats",), ("Conservative Party",)),
        ),
        (
            "The Local Government Association said Ruth Kelly's move was a snub to councils.",
            ("ACCUSE", ("Local Government Association",), ("Ruth Kelly",)),
        ),
    ],
)
def test_a_speakers_judgement_of_humiliation_or_scaring_accuses(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Peter Hale sat down with a cup of tea after the vote.",
        "The Liberal Democrats said the figures would frighten nobody.",
    ],
)
def test_no_act_without_a_counterpart_or_a_doer_named(body):
    assert not real_events(body), told_events(body)
