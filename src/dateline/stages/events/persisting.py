"""Pressure defied: "pressed on with the plan despite calls from the unions to drop it".

To act "despite", "in spite of" or "in defiance of" what others did to
stop one (``lexicons/defied_pressures.txt``: calls, objections, an order)
rejects them: a REJECT by whoever acts of whoever pressed. The pressers
are those named beside the noun: its possessor or modifier ("the
court's order", "US objections"), or the object of "from" or "by" within
its phrase ("a call for him to pause from the Lib Dem leader"). The one
who acts is the active subject of the verb the phrase hangs on; a verb
denied ("did not go ahead despite ...") defies nothing, and a doer among
the pressers ("despite his own warnings") is no rejection of others.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import is_negated
from dateline.stages.events.told_shapes import ToldShape

STEP = "acted despite others' pressure -> REJECT"
_PRESSERS = frozenset({"from", "by"})
# "in spite of", "in defiance of": the noun the "in" phrase heads.
_IN_SPITE = frozenset({"spite", "defiance"})
# How deep within the pressure noun's phrase its pressers are looked for.
_REACH = 4


def defied_pressures(tree: Tree, index: ActorIndex) -> Iterator[ToldShape]:
    """A REJECT for each named pressure a verb's doer is said to act despite."""
    nouns = lexicons.word_set("defied_pressures.txt")
    for noun, verb in _despite_phrases(tree):
        if tree.tokens[noun].lemma.lower() not in nouns or is_negated(tree, verb):
            continue
        doers = _doers(tree, index, verb)
        pressers = tuple(a for a in _pressers(tree, index, noun) if a not in doers)
        if doers and pressers:
            steps = (STEP, "actor: who acted anyway", "recipient: who pressed")
            yield ToldShape(noun, doers, pressers, steps)


def defier_of(tree: Tree, noun: int) -> list[int]:
    """Whom a pressure was put on, by who acted despite it: "swore despite warnings by police".

    The warning, the call or the order defied was made to the one who went
    ahead: the active subject of the verb the "despite" phrase hangs on. A
    verb denied tells of no one going ahead.
    """
    if tree.tokens[noun].lemma.lower() not in lexicons.word_set("defied_pressures.txt"):
        return []
    for pressure, verb in _despite_phrases(tree):
        if pressure != noun or is_negated(tree, verb) or tree.tokens[verb].pos not in _VERBS:
            continue
        subject, passive = subject_of(tree, verb)
        return [] if subject is None or passive else [subject]
    return []


_VERBS = frozenset({"VERB", "AUX"})


def _despite_phrases(tree: Tree) -> Iterator[tuple[int, int]]:
    """Each noun a "despite" phrase heads, with the verb the phrase hangs on."""
    for word, token in enumerate(tree.tokens):
        if token.dep != "pobj":
            continue
        preposition = tree.tokens[token.head]
        if preposition.text.lower() == "despite":
            yield word, _verb_above(tree, preposition.head)
        elif preposition.text.lower() == "of" and _in_spite(tree, preposition.head):
            yield word, _verb_above(tree, tree.tokens[tree.tokens[preposition.head].head].head)


def _verb_above(tree: Tree, word: int) -> int:
    """The verb a phrase hangs on, through the noun the parse may hang it on instead.

    "went ahead with the sale in defiance of an order": the going ahead
    defies it, not the sale.
    """
    for child, parent in tree.ancestors(word, _REACH):
        if tree.tokens[child].pos in ("VERB", "AUX"):
            return child
        if tree.tokens[parent].pos in ("VERB", "AUX"):
            return parent
    return word


def _in_spite(tree: Tree, noun: int) -> bool:
    """Whether a noun is the "spite" of "in spite of" or the "defiance" of "in defiance of"."""
    token = tree.tokens[noun]
    return (
        token.text.lower() in _IN_SPITE
        and token.dep == "pobj"
        and tree.tokens[token.head].text.lower() == "in"
    )


def _doers(tree: Tree, index: ActorIndex, verb: int) -> tuple[str, ...]:
    """Who acted: the verb's active subject, borrowed up an infinitive ("vowed to press on")."""
    if tree.tokens[verb].pos not in ("VERB", "AUX"):
        return ()
    subject, passive = subject_of(tree, verb)
    return () if subject is None or passive else index.actors_at(tree, subject)


def _pressers(tree: Tree, index: ActorIndex, noun: int) -> tuple[str, ...]:
    """Who pressed: the noun's describers, else a "from" or "by" object within its phrase."""
    found = index.describers(tree, noun)
    if found:
        return found
    reached = [(noun, 0)]
    while reached:
        node, depth = reached.pop(0)
        for child in tree.children[node]:
            if depth >= _REACH or tree.tokens[child].dep == "punct":
                continue
            reached.append((child, depth + 1))
            if tree.tokens[child].dep == "pobj" and tree.tokens[node].text.lower() in _PRESSERS:
                return index.actors_at(tree, child)
    return ()
