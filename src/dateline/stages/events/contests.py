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

Play told in the words of retreat and force is no event either: a player
leaving a contest ("pulled out of the final": no RETREAT) or surging to
a win ("stormed to a 6-4 win": no ASSAULT).
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import (
    noun_and_modifiers,
    object_of,
    prepositional_objects,
    subject_of,
)
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


def leaves_a_contest(
    tree: Tree, trigger: Trigger, index: ActorIndex, actors: tuple[str, ...]
) -> bool:
    """Whether people pull out of, withdraw from or quit a contest or a show they were in.

    "pulled out of the final", "withdrew from the Games", "quit the show":
    one who steps back from taking part undoes no measure and leaves no
    counterpart (``contests.txt``); nor does one who just "withdrew" or
    "was forced to withdraw", naming nothing left, as a person does when
    leaving a race. Troops, states and bodies withdraw from places and
    talks, and people from talks, which stay RETREAT; a person's resigning
    with nothing named ("the minister quit") is a resignation.
    """
    cue = trigger.cue
    if cue.type != "RETREAT" or cue.mode not in _LEAVING or cue.pos != "VERB":
        return False
    if not actors or any(index.kinds.get(actor) != "person" for actor in actors):
        return False
    left = _what_is_left(tree, trigger.token)
    if not left:
        return cue.mode == _WITHDRAWING
    contests = lexicons.word_set("contests.txt")
    return any(
        {tree.tokens[t].lemma.lower(), tree.tokens[t].text.lower()} & contests
        for noun in left
        for t in noun_and_modifiers(tree, noun)
    )


_WITHDRAWING = "withdraw"
_LEAVING = frozenset({_WITHDRAWING, "resign"})
"""The modes of RETREAT cues by which one leaves something: "pull out", "quit"."""


def _what_is_left(tree: Tree, verb: int) -> list[int]:
    """What a verb of leaving leaves: its object, or the object of its "from" or "of".

    "pulled out of the final": the parse may hang "of" on the particle.
    """
    holders = [verb, *(c for c in tree.children[verb] if tree.tokens[c].dep == "prt")]
    found = [t for h in holders for t in prepositional_objects(tree, h, _LEFT_PREPOSITIONS)]
    obj = object_of(tree, verb)
    return [*found, obj] if obj is not None else found


_LEFT_PREPOSITIONS = frozenset({"from", "of"})


def surges_to_a_win(tree: Tree, trigger: Trigger) -> bool:
    """Whether a verb of force or protest is aimed at a win: a surge in play, no attack.

    "stormed to a 6-4 win", "storming to double gold", "rallied to clinch
    the set": one storms a building and rallies for a cause, but a win as
    the verb's goal (``wins.txt``) tells of a contest's play.
    """
    if trigger.cue.pos != "VERB" or trigger.cue.type not in _EFFORT_TYPES:
        return False
    wins = lexicons.word_set("wins.txt")
    return any(tree.tokens[t].lemma.lower() in wins for t in _goals(tree, trigger.token))


_EFFORT_TYPES = frozenset({"ASSAULT", "FIGHT", "PROTEST"})
"""The types of cues that may tell of effort in play as well as of force or protest."""


def _goals(tree: Tree, verb: int) -> list[int]:
    """What a verb makes for: the object of its "to", its object, or its infinitive's verb."""
    goals = prepositional_objects(tree, verb, frozenset({"to"}))
    obj = object_of(tree, verb)
    goals += [] if obj is None else [obj]
    return goals + [
        clause
        for clause in tree.children[verb]
        if tree.tokens[clause].dep in ("advcl", "xcomp")
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to"
            for c in tree.children[clause]
        )
    ]
