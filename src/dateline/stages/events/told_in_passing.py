"""Cues a sentence uses in passing, for no event of their own.

"Faced with the committee's criticism, the government dropped its plan"
tells the government's retreat; the criticism is its cause, an act told
(or not) elsewhere. "She marched up to him" is a walk toward one person,
no demonstration.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.force import physical
from dateline.stages.events.triggers import SPOKEN_TYPES, Trigger

_MARCH = ("march",)
_TOWARD = frozenset({"to", "towards", "toward"})
_ACROSS = frozenset({"up", "over"})
_ONE_PERSON_PRONOUNS = frozenset({"him", "her", "me", "us", "you"})
"""Pronouns that stand for someone one walks up to; "them" may be a crowd or a police line."""


def told_in_passing(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether a cue tells no event of its own: a charge faced or described, a march to someone."""
    return (
        _words_faced(tree, trigger)
        or _charge_described(tree, trigger)
        or _walks_up_to_someone(tree, trigger, index)
        or _purchase_that_identifies(tree, trigger)
    )


def _purchase_that_identifies(tree: Tree, trigger: Trigger) -> bool:
    """Whether a purchase is told in a clause that says which firm is meant.

    "Gazprom is to merge with Rosneft, the company that eventually acquired
    the unit": the clause on the apposition tells who Rosneft is, not news
    of its own; "Rosneft, which bought the unit last week, said ..." is news
    told in passing and stays.
    """
    if not trigger.cue.is_purchase:
        return False
    word = tree.tokens[trigger.token]
    return word.dep == "relcl" and tree.tokens[word.head].dep == "appos"


def _words_faced(tree: Tree, trigger: Trigger) -> bool:
    """Whether a noun of words is what the clause's subject is faced with, the cause of its act.

    "Faced with the committee's criticism, the minister dropped the cuts",
    "withdrew the bill in the face of demands from its own MPs": the clause
    tells the answer; the charge or demand is why, no news of its own (the
    article tells it as said where it is). Deeds faced ("in the face of
    protests") stay events: a crowd's protest is told nowhere else.
    """
    if trigger.cue.pos != "NOUN" or trigger.cue.type not in SPOKEN_TYPES:
        return False
    word = tree.tokens[trigger.token]
    if word.dep != "pobj":
        return False
    preposition = tree.tokens[word.head]
    holder = tree.tokens[preposition.head]
    faced_with = preposition.text.lower() == "with" and holder.lemma.lower() == "face"
    in_the_face_of = (
        preposition.text.lower() == "of"
        and holder.text.lower() == "face"
        and tree.tokens[holder.head].text.lower() == "in"
    )
    return faced_with or in_the_face_of


def _charge_described(tree: Tree, trigger: Trigger) -> bool:
    """Whether a charge is the subject its clause describes: "his attack was no stunt".

    "The accusations are as empty as his morals", "the latest attack on the
    party is just one more example of its tone": the clause says what the
    charge was, as a reply or an aside does; the charge itself was made
    before, and is told where it was made. A charge that a clause tells of
    as made ("the attack came on Monday") stays an event. Only nouns of
    words (``lexicons/rejected_charges.txt``) and verbal attacks: an attack
    with a weapon or a death in its sentence is a blow.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.pos != "NOUN" or word.dep != "nsubj" or not _a_charge(tree, trigger):
        return False
    verb = word.head
    return tree.tokens[verb].lemma.lower() == "be" and any(
        tree.tokens[c].dep in _PREDICATES for c in tree.children[verb]
    )


_PREDICATES = frozenset({"attr", "acomp"})


def _a_charge(tree: Tree, trigger: Trigger) -> bool:
    """Whether a noun cue is a charge of words: "the allegations", "the Tory attack"."""
    if tree.tokens[trigger.token].lemma.lower() not in lexicons.word_set("rejected_charges.txt"):
        return False
    if trigger.cue.type in SPOKEN_TYPES:
        return True
    first, last = tree.sentence_span(tree.sentence_of[trigger.token])
    return trigger.cue.type == "ASSAULT" and not physical(tree, first, last)


def _walks_up_to_someone(tree: Tree, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether "march" goes up to one person: "marched up to him", "marched over to Mr Reid".

    Crowds march on or to places ("marched to parliament", "marched on the
    embassy"), or toward a line of police; one who marches up or over to a
    person walks across to speak to them. "Thousands marched towards the
    president's palace" and "towards the president", with no "up" or
    "over", stay a demonstration.
    """
    if trigger.cue.words != _MARCH or trigger.cue.pos != "VERB":
        return False
    children = tree.children[trigger.token]
    if not any(
        tree.tokens[c].dep in ("prt", "advmod") and tree.tokens[c].text.lower() in _ACROSS
        for c in children
    ):
        return False
    return any(
        _one_person(tree, index, goal)
        for preposition in children
        if tree.tokens[preposition].dep == "prep"
        and tree.tokens[preposition].text.lower() in _TOWARD
        for goal in tree.children[preposition]
        if tree.tokens[goal].dep == "pobj"
    )


def _one_person(tree: Tree, index: ActorIndex, word: int) -> bool:
    """Whether a word names one person: a personal pronoun, or a person the actors stage knows."""
    if tree.tokens[word].text.lower() in _ONE_PERSON_PRONOUNS:
        return True
    actor = index.by_token.get(word)
    return actor is not None and index.kinds.get(actor) == "person"
