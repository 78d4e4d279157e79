"""Harms a rival is said to do: "Labour would raise taxes", "the Tories would cut services".

A politician who says another party will put up a burden on people
("Labour would raise taxes", "the chancellor will have to put up council
tax") or cut or curb what people rely on or hope for ("the Tories would
slash frontline services", "cut £20bn from hospitals", "would restrict
access to college") charges that party, as "betray" charges its doer: the
doer is the verb's subject. The same words said of one's own side are a
plan ("we will raise income tax for the richest"),
and from an institute or a bank a forecast ("the IFS said the next
chancellor would have to raise taxes"): so the charge holds only from a
speaker of a party or a government, against a rival. A burden is one of
``lexicons/raised_burdens.txt``, a good one of
``lexicons/harmed_goods.txt``; "cut taxes" or "cut wasteful spending"
harm no one.
"""

from __future__ import annotations

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.raised_burdens import is_one_of
from dateline.stages.events.statement_records import StatementCue

_RAISING_VERBS = frozenset({"raise", "increase", "hike", "double", "treble"})
"""Verbs whose doer makes a burden grow: "would raise taxes"; "put up" is phrasal."""
_CUTTING_VERBS = frozenset(
    {"cut", "slash", "axe", "scrap", "close", "shut", "privatise", "privatize"}
    | {"restrict", "curb", "cap"}
)
"""Verbs whose doer takes away or holds down what people have or hope for.

"would cut services", "would restrict access to college".
"""
_WHERE_CUT = frozenset({"from", "in", "on", "to"})
"""Prepositions naming what a sum is cut from: "cut £20bn from public services"."""
_NOT_MISSED = frozenset({"wasteful", "unnecessary", "bureaucratic", "excessive"})
"""Words by which what is cut is said to be waste, which no one misses."""
_CHARGING_SECTORS = frozenset({"PTY", "OPP", "GOV", "LEG"})
"""The sectors whose forecasts of a rival's harm are partisan charges, not forecasts."""


def harm_foretold(tree: Tree, token: int) -> StatementCue | None:
    """A verb by which its subject harms the public: raising a burden or cutting a good."""
    word = tree.tokens[token]
    if word.pos != "VERB":
        return None
    lemma = word.lemma.lower()
    if lemma in _RAISING_VERBS or lemma == "put":
        burdens = lexicons.word_set("raised_burdens.txt")
        if not any(is_one_of(tree.tokens[c], burdens) for c in _objects(tree, token)):
            return None
        return StatementCue(lemma, "VERB", "ACCUSE", "doer", "up" if lemma == "put" else None)
    if lemma in _CUTTING_VERBS and _cuts_a_good(tree, token):
        return StatementCue(lemma, "VERB", "ACCUSE", "doer", None)
    return None


def harm_weighed(tree: Tree, token: int) -> bool:
    """Whether a verb is one of raising or cutting, whose harm :func:`harm_foretold` weighs.

    "would cut services" harms; "would cut wasteful spending" and "would
    curb immigration" do not: what is raised or cut decides.
    """
    word = tree.tokens[token]
    lemma = word.lemma.lower()
    return word.pos == "VERB" and (lemma in _RAISING_VERBS | _CUTTING_VERBS or lemma == "put")


_ASKING = frozenset({"which", "what", "whichever"})
"""Determiners that make an object a question: "spell out which taxes he would raise"."""


def _objects(tree: Tree, verb: int) -> list[int]:
    """The direct objects of a verb, but one asked about ("which taxes"), which charges no one."""
    return [
        c
        for c in tree.children[verb]
        if tree.tokens[c].dep == "dobj"
        and not any(tree.tokens[d].text.lower() in _ASKING for d in tree.children[c])
    ]


def _cuts_a_good(tree: Tree, verb: int) -> bool:
    """Whether a verb of cutting takes a good: "cut services", "cut £20bn from schools".

    What is cut is the object, or what a sum cut is taken from; a good
    called waste ("cut wasteful spending") is none anyone would miss.
    """
    goods = lexicons.word_set("harmed_goods.txt")
    cut = _objects(tree, verb)
    for holder in (verb, *cut):
        cut += [
            noun
            for prep in tree.children[holder]
            if tree.tokens[prep].dep == "prep" and tree.tokens[prep].text.lower() in _WHERE_CUT
            for noun in tree.children[prep]
            if tree.tokens[noun].dep == "pobj"
        ]
    return any(
        is_one_of(tree.tokens[noun], goods)
        and not any(tree.tokens[c].text.lower() in _NOT_MISSED for c in tree.children[noun])
        for noun in cut
    )


def harm_misread(
    tree: Tree, index: ActorIndex, cue_token: int, speaker: str, recipients: tuple[str, ...]
) -> bool:
    """Whether a harm foretold is no charge: a forecast, or a plan of the speaker's own side.

    Only a speaker of a party or a government charges a rival by foretelling
    its harm, and only a rival ("Mr Kennedy said his party would raise
    income tax" is a plan).
    """
    if harm_foretold(tree, cue_token) is None:
        return False
    if index.sectors.get(speaker) not in _CHARGING_SECTORS:
        return True
    return any(_same_side(index, speaker, recipient) for recipient in recipients)


def _same_side(index: ActorIndex, speaker: str, other: str) -> bool:
    """Whether two actors are on one side: of one party, or a minister and the government.

    A minister the text ties to no party ("the prime minister said the
    government would raise no taxes") speaks for the government of no party.
    """
    own, theirs = index.orgs.get(speaker), index.orgs.get(other)
    if own is not None:
        return own == theirs
    return theirs is None and index.sectors.get(speaker) == index.sectors.get(other) == "GOV"
