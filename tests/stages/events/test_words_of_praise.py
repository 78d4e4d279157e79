"""Words of praise in a quote beyond "good" and "great": a tribute's adjectives and nouns,
and verbs of esteem (lexicons/statement_cues.tsv SUPPORT rows), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        '"Ruth Okafor has been a valuable member of the team," said council leader Tom Reilly.',
        "Council leader Tom Reilly said Ruth Okafor was a loyal and tireless colleague.",
        'Council leader Tom Reilly said: "Ruth Okafor was an exceptional public servant."',
        'Council leader Tom Reilly said Ruth Okafor was "a humane and principled woman".',
    ],
)
def test_a_word_of_praise_on_what_an_actor_is_praises_it(body):
    assert ("SUPPORT", ("Tom Reilly",), ("Ruth Okafor",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        'Council leader Tom Reilly said: "Ruth Okafor is a hero to this town."',
        '"Ruth Okafor is a legend in this town," said council leader Tom Reilly.',
        "Council leader Tom Reilly said Ruth Okafor had been an inspiration.",
        'Council leader Tom Reilly said Ruth Okafor was "gifted".',
    ],
)
def test_a_noun_or_adjective_of_esteem_said_of_an_actor_praises_it(body):
    assert ("SUPPORT", ("Tom Reilly",), ("Ruth Okafor",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        '"We appreciate Ruth Okafor and the work she does," said council leader Tom Reilly.',
        '"I admire Ruth Okafor enormously," said council leader Tom Reilly.',
    ],
)
def test_a_verb_of_esteem_backs_its_object(body):
    assert ("SUPPORT", ("Tom Reilly",), ("Ruth Okafor",)) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        'Council leader Tom Reilly said: "The new depot is a valuable asset."',
        '"The firm bought the valuable assets of Ruth Okafor," said council leader Tom Reilly.',
        '"Ruth Okafor is not a loyal colleague," said council leader Tom Reilly.',
    ],
)
def test_no_praise_of_a_thing_or_when_denied(body):
    assert not [e for e in statement_events(body) if e[0] == "SUPPORT"]


def test_a_tribute_to_a_rival_s_warmth_charges_no_one():
    # The statement is on a rival party's member, but it honours her.
    found = statement_events(
        "Liberal Democrat leader Tom Reilly said: \"Labour's Ruth Okafor was always full of"
        ' warmth."'
    )
    assert not [e for e in found if e[0] == "ACCUSE"], found
