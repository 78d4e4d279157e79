"""Set phrases: a cue word in a turn of phrase that tells no event of its kind.

"Posed a threat to the party" is a danger, not a threat made; "the deal
struck last week" is a deal, not a strike or a blow; "with 400 witnesses
questioned" is done to the witnesses, who charge no one; his "resignation",
the one word in quotation marks, is a word the writer keeps at a distance.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._tree import Tree
from dateline.stages.events.triggers import SPOKEN_TYPES, Trigger

_POSING_VERBS = frozenset({"pose", "represent", "constitute"})
"""Verbs whose object "threat" is a danger someone or something is, not a threat made."""
_STRIKE = ("strike",)


def in_a_set_phrase(tree: Tree, trigger: Trigger) -> bool:
    """Whether a cue stands in a turn of phrase that tells no event of its kind."""
    return (
        _a_danger_posed(tree, trigger)
        or _a_deal_struck(tree, trigger)
        or _done_to_those_it_comes_with(tree, trigger)
        or _in_scare_quotes(tree, trigger)
    )


def _a_danger_posed(tree: Tree, trigger: Trigger) -> bool:
    """Whether a "threat" is one that someone or something poses: a danger, not a threat made.

    "Mr Hale posed a threat to the party", "the virus represents a threat
    to farms": what one is to another, not a warning of what one will do to
    them ("issued a threat", "his threat to sue"). "Would not be a threat"
    stays, flagged as its words say (:mod:`.modality`).
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.type != "THREATEN" or trigger.cue.pos != "NOUN" or word.dep != "dobj":
        return False
    return tree.tokens[word.head].lemma.lower() in _POSING_VERBS


def _a_deal_struck(tree: Tree, trigger: Trigger) -> bool:
    """Whether "struck" follows the deal it strikes: "the deal struck last week".

    The model reads "three lenders still have to sign up to the deal struck
    last week" with "struck" as the main verb and the lenders its subject, and
    a strike with no weapon in its sentence as a walkout. A deal or an
    agreement right before the verb is the thing struck, told as agreed
    where its own words say so.
    """
    if trigger.cue.words != _STRIKE or trigger.cue.pos != "VERB" or trigger.token == 0:
        return False
    before = tree.tokens[trigger.token - 1]
    deals = lexicons.word_set("documents.txt") | lexicons.word_set("proposals.txt")
    return before.pos == "NOUN" and before.lemma.lower() in deals


def _done_to_those_it_comes_with(tree: Tree, trigger: Trigger) -> bool:
    """Whether a word of speech is a participle done to the noun "with" brings.

    "hearings were held, with more than 400 witnesses questioned": the
    witnesses were questioned, by no one named; they charge no one. The
    model gives such a participle the noun as its subject. A deed told so
    ("with two people killed") is still a deed, done to them, so only words
    of speech are passed over.
    """
    word = tree.tokens[trigger.token]
    if trigger.cue.type not in SPOKEN_TYPES or trigger.cue.pos != "VERB":
        return False
    if word.tag not in ("VBD", "VBN") or word.dep != "pcomp":
        return False
    helped = any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[trigger.token])
    return not helped and tree.tokens[word.head].text.lower() == "with"


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019"})
"""Quotation marks; not the plain apostrophe, which also ends a plural's possessive."""


def _in_scare_quotes(tree: Tree, trigger: Trigger) -> bool:
    """Whether an event noun is the one word inside its quotation marks: his "resignation".

    A single word quoted is a word someone else used, which the writer does
    not take as told: the "resignation" of a chief still at his desk, the
    "talks" a side denies holding. A quote of more words is speech, read as such.
    """
    if trigger.cue.pos != "NOUN" or len(trigger.words) != 1:
        return False
    before, after = trigger.token - 1, trigger.token + 1
    if before < 0 or after >= len(tree.tokens):
        return False
    return (
        tree.tokens[before].text in _QUOTE_MARKS
        and tree.tokens[after].text in _QUOTE_MARKS
        and tree.sentence_of[before] == tree.sentence_of[after]
    )
