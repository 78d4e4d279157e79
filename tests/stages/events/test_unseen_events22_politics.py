"""Judgements of politics news that the statement cues lacked (dev:extra10 to dev:extra16),
written again in sentences of our own: a party "soft on" something, a leader called "a
disappointment", a deed found "disappointing" or "sensible"."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "kind", "judged"),
    [
        (
            "Tory chairman Ian Booth said the Green Party was soft on crime.",
            "ACCUSE",
            "Green Party",
        ),
        (
            'Tory chairman Ian Booth called Prime Minister Alan Reed "a bitter disappointment".',
            "ACCUSE",
            "Alan Reed",
        ),
        (
            "Tory chairman Ian Booth said Prime Minister Alan Reed had been a disappointment.",
            "ACCUSE",
            "Alan Reed",
        ),
        (
            "Tory chairman Ian Booth said Alan Reed's handling of the strike was disappointing.",
            "ACCUSE",
            "Alan Reed",
        ),
        (
            "Tory chairman Ian Booth said the chancellor's move to freeze fuel duty was sensible.",
            "SUPPORT",
            "chancellor",
        ),
    ],
)
def test_a_word_of_judgement_on_an_actor_or_their_deed_tells_the_speakers_stance(
    body, kind, judged
):
    assert (kind, ("Ian Booth",), (judged,)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The central bank said the economy was heading for a soft landing.",
        "The retailer said its sales over the winter had been disappointing.",
        "Mr Reed said sensible drivers would slow down in the fog.",
    ],
)
def test_the_same_words_on_no_actor_judge_no_one(body):
    assert not [e for e in real_events(body) if e[0] in ("ACCUSE", "SUPPORT") and e[2]], (
        told_events(body)
    )
