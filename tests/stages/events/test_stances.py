"""Stances told by an adjective ("critical of", "fond of": plover_cues.tsv rows ADJ+PREP),
on sentences we wrote."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Liberal Democrats were highly critical of the government's handling of the row.",
            ("ACCUSE", ("Liberal Democrats",), ("government",)),
        ),
        (
            "Mr Walters is scathing of the Labour Party, which he says has lost its way.",
            ("ACCUSE", ("Walters",), ("Labour Party",)),
        ),
        (
            "The Transport Workers Union was supportive of the Scottish Executive over the ban.",
            ("SUPPORT", ("Transport Workers Union",), ("Scottish Executive",)),
        ),
        (
            "The airline's chief executive was dismissive of the regulator's concerns.",
            ("REJECT", ("chief executive",), ("regulator",)),
        ),
    ],
)
def test_a_stance_adjective_is_its_subject_s_event_toward_whom_it_is_of(body, event):
    assert event in real_events(body), told_events(body)


def test_a_stance_toward_a_pronoun_is_toward_whom_it_means():
    body = (
        "Lord Tanner has died aged 88. Former Tory minister Lord Pryce said he and Lord Tanner "
        'had become friends. "My wife and I were very fond of him," he said.'
    )
    assert ("SUPPORT", ("Pryce",), ("Tanner",)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Conservatives said they were not critical of the police.",
        "The Conservatives would be critical of any deal with the unions.",
    ],
)
def test_a_stance_denied_or_supposed_is_not_told_as_fact(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"], told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Talks between the Labour Party and the unions are at a critical stage.",
        "The Labour Party said it was critical that the unions joined the talks.",
        "Ms Hale, the Labour Party's treasurer, was fond of gardening.",
    ],
)
def test_no_stance_without_someone_it_is_held_toward(body):
    assert not [e for e in told_events(body) if e.trigger in ("critical", "fond")]
