"""Whose plan, finding or pair a judgement is of, when the words name no owner, on our sentences.

Sides found by verb_sides.py with _arguments.ActorIndex: a plan taken up in
the next sentence ("the proposal", "that"), research named two ways, the two
parties "both the big parties" stands for, and whom an agreed act gives to.
"""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    "body",
    [
        (
            "The Greens want to scrap the levy on small farms and replace it with a land tax. "
            "The Liberal Party has called the proposal reckless."
        ),
        (
            "The Greens are committed to scrapping the levy on small farms. "
            "The Liberal Party has already criticised the plan as unworkable."
        ),
    ],
)
def test_a_plan_taken_up_in_the_next_sentence_is_its_subjects(body):
    assert ("ACCUSE", ("Liberal Party",), ("Greens",)) in real_events(body)


def test_a_plan_taken_up_after_a_saying_is_not_the_speakers():
    # The speaker voices a view; whose plan it is the words do not say.
    events = real_events(
        "The Greens want to scrap the levy on small farms, a spokesman said. "
        "The Liberal Party has called the proposal reckless."
    )
    assert not any(recipients == ("spokesman",) for _, _, recipients in events)


def test_a_that_taken_up_by_a_passive_charge_is_of_whoever_put_the_plan_forward():
    events = real_events(
        "Finance Minister Ana Ruiz has unveiled a scheme to cut fuel duty for farmers. "
        "That has been attacked by the Greens as a gift to polluters."
    )
    assert ("ACCUSE", ("Greens",), ("Ana Ruiz",)) in events


def test_research_dismissed_is_of_whoever_published_the_report():
    events = real_events(
        "A new report was published by the Fiscal Policy Institute on Monday. "
        "The institute says average wages fell last year for the first time since 1998. "
        "The Finance Ministry dismissed the research as nonsense."
    )
    assert ("REJECT", ("Finance Ministry",), ("Fiscal Policy Institute",)) in events


@pytest.mark.parametrize("pair", ["both the big parties", "the two parties"])
def test_both_parties_are_the_two_the_story_named_as_both(pair):
    events = real_events(
        "Both Labour and the Tories have promised to cut immigration. Polls show voters are "
        "worried. Turnout may fall. The economy is weak. "
        f"Union leader Sam Cole has accused {pair} of stoking fear."
    )
    assert ("ACCUSE", ("Sam Cole",), ("Labour Party", "Conservative Party")) in events


def test_an_agreed_gift_is_to_its_indirect_object():
    events = real_events(
        "Ana Ruiz lost the vote in 2001. After the defeat she stood aside, "
        "agreeing to give Tom Reyes a clear run at the party leadership."
    )
    assert ("AGREE", ("Ana Ruiz",), ("Tom Reyes",)) in events


def test_their_after_two_actors_joined_as_a_subject_means_both():
    # "Their" takes up the pair the speaker blamed, not the country named nearer.
    body = (
        '"The ministry and the governor have no cure for the ills Nigeria suffers," '
        'Mr Okafor told reporters. "Their only plan is to borrow, to spend and to waste - '
        'to buy votes now and pay later."'
    )
    assert ("ACCUSE", ("Okafor",), ("ministry", "governor")) in real_events(body)


def test_a_plan_told_as_unveiled_by_a_party_is_that_partys_when_judged_later():
    body = (
        "Local voters would elect a police chief under plans unveiled by the Greens on Monday. "
        "Labour spokesman Tom Reid said the plan was reckless and unworkable."
    )
    assert any(
        actors == ("Tom Reid",) and recipients == ("Greens",)
        for _, actors, recipients in real_events(body)
    )


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            (
                "Police in Minsk arrested three students on Monday. "
                "Amnesty International said the arrests were unjustified."
            ),
            ("ACCUSE", ("Amnesty International",), ("Police",)),
        ),
        (
            "The Kremlin seized the oil firm Vostok last year. Group Arda says this was wrong.",
            ("ACCUSE", ("Group Arda",), ("Kremlin",)),
        ),
        (
            (
                "Mayor Tom Reed closed the Elm Street library in March. "
                "The Library Users' Association said the move was a scandal."
            ),
            ("ACCUSE", ("Library Users' Association",), ("Tom Reed",)),
        ),
    ],
)
def test_a_deed_judged_by_this_or_its_own_noun_charges_its_doer_told_just_before(body, event):
    assert event in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        # A fall no one did; words said, not a deed; a doer judging its own deed.
        "Sales at Dunmore fell 5% last year. Its chief executive said this was disappointing.",
        "Chancellor Gordon Brown said taxes would rise. Michael Howard said this was wrong.",
        "The Kremlin seized the main unit of the oil firm Vostok. The Kremlin said this was legal.",
    ],
)
def test_this_judged_after_no_deed_of_another_charges_no_one(body):
    assert not any(e[0] == "ACCUSE" and e[2] for e in real_events(body))
