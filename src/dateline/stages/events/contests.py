"""Contests: a fixture or a match told in the words of a meeting or a fight.

Sport news says who plays whom with the words politics uses for talks and
fights: "the sides meet in the final", "the champions visit the leaders
for the derby", "a cup clash with the holders". By the gold conventions a
match and its result are no PLOVER event, so such a cue is dropped where
its sentence names a contest (``fixtures.txt``) or gives a score ("won
6-3", "a 2-1 defeat"), or where its verb takes a single name as a plural
subject: British sport news writes a side's name with a plural verb
("Barnsley meet Grimsby on Saturday", "Chelsea visit Leeds"), where a
person or a firm takes a singular one ("Nadal meets", "Shell meets"). A
meeting in a sports story that names neither
("the federation met the minister", "the captain visited a hospital")
stays an event.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.triggers import Trigger

_PLAYING_CUES = frozenset({"meet", "meeting", "visit", "host", "travel", "clash"})
"""Cue words (lemmas) that sport uses for playing a side: meeting, visiting or clashing."""
_SCORE_DIGITS = 2
"""The most digits a side's score has; "voted 310-200" is a tally, not a score."""
_SCORE_DASHES = frozenset({"-", "–"})
_MODIFIER = "amod"
_VERB = "VERB"
_PLURAL_PRESENT = "VBP"
_SINGULAR_NAME = "NNP"


def plays_a_contest(tree: Tree, trigger: Trigger) -> bool:
    """Whether a meeting, visit or clash cue says who plays whom in a sporting contest."""
    if tree.tokens[trigger.token].lemma.lower() not in _PLAYING_CUES:
        return False
    first, last = tree.sentence_span(tree.sentence_of[trigger.token])
    return (
        _names_a_contest(tree, first, last)
        or _gives_a_score(tree, first, last)
        or _a_side_plays(tree, trigger.token)
    )


def _a_side_plays(tree: Tree, verb: int) -> bool:
    """Whether a present verb takes one singular name as a plural subject: "Barnsley meet".

    A list ("Britain and France meet") is plural in its own right.
    """
    if tree.tokens[verb].tag != _PLURAL_PRESENT:
        return False
    subject, passive = subject_of(tree, verb)
    return (
        subject is not None
        and not passive
        and tree.tokens[subject].tag == _SINGULAR_NAME
        and not any(tree.tokens[c].dep == "conj" for c in tree.children[subject])
    )


def _names_a_contest(tree: Tree, first: int, last: int) -> bool:
    """Whether a sentence names a contest or a part of one, as a noun: "in the final".

    Said as a modifier or a verb the word tells of no contest: "the final
    round of talks", "to match the offer".
    """
    fixtures = lexicons.word_set("fixtures.txt")
    return any(
        tree.tokens[i].lemma.lower() in fixtures
        and tree.tokens[i].dep != _MODIFIER
        and tree.tokens[i].pos != _VERB
        for i in range(first, last)
    )


def _gives_a_score(tree: Tree, first: int, last: int) -> bool:
    """Whether a sentence gives a score: two small numbers joined by a dash ("6-3", "2-1")."""
    return any(
        tree.tokens[i].text in _SCORE_DASHES
        and _a_side_score(tree, i - 1, joined_before=i)
        and _a_side_score(tree, i + 1, joined_before=i + 1)
        for i in range(first + 1, last - 1)
    )


def _a_side_score(tree: Tree, i: int, *, joined_before: int) -> bool:
    """Whether token ``i`` is one side's score, written with no space beside the dash."""
    token = tree.tokens[i]
    before, after = tree.tokens[joined_before - 1], tree.tokens[joined_before]
    return token.text.isdigit() and len(token.text) <= _SCORE_DIGITS and before.end == after.start
