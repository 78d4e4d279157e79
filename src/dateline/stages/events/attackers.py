"""Attackers: who did the killing a toll tells in the passive, with no "by" of its own.

Conflict reports give the dead first and the attack after: "At least 12
people were killed when gunmen stormed a village" tells one happening, whose
doer is the subject of the attack in the "when" clause. Or they tell the
attack first and its toll in the next sentence, by a definite noun of the
attack: "Jets struck the town. Two people were killed in the strikes": the
strikes are the ones just told, and their doer killed the two.
"""

from __future__ import annotations

import dataclasses

from dateline import lexicons
from dateline.records import Event
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of, subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.cues import load
from dateline.stages.events.steps import INFERRED

_TIME_LINKS = frozenset({"when", "as", "after", "while"})
"""Words that tie an attack's clause to the harm it caused: "were killed when gunmen stormed"."""

_ASSAULT = "ASSAULT"


def attackers_of_the_clause(tree: Tree, verb: int, index: ActorIndex) -> tuple[str, ...]:
    """The doers of the attack a "when", "as" or "after" clause on a passive harm tells.

    "were killed when gunmen stormed a village", "were wounded as troops
    shelled the town": the clause's subject, named as an actor, did the
    harm. A clause of something other than an attack ("were killed when
    their car overturned") names no doer.
    """
    for clause in tree.children[verb]:
        if tree.tokens[clause].dep != "advcl" or not _tied_in_time(tree, clause):
            continue
        if not _an_attack(tree, clause):
            continue
        subject, passive = subject_of(tree, clause)
        if subject is not None and not passive and tree.tokens[subject].head == clause:
            actors = index.actors_at(tree, subject)
            if actors:
                return actors
    return ()


def _tied_in_time(tree: Tree, clause: int) -> bool:
    """Whether a clause opens with "when", "as", "after" or "while"."""
    return any(
        tree.tokens[c].dep in ("advmod", "mark") and tree.tokens[c].text.lower() in _TIME_LINKS
        for c in tree.children[clause]
        if c < clause
    )


def _an_attack(tree: Tree, verb: int) -> bool:
    """Whether a verb tells an attack by the cue lexicon: "stormed", "opened fire"."""
    cues = load()
    lemma = tree.tokens[verb].lemma.lower()
    if any(cue.type == _ASSAULT for cue in cues.verbs.get(lemma, ())):
        return True
    obj = object_of(tree, verb)
    if obj is None:
        return False
    light = cues.light_verbs.get((lemma, tree.tokens[obj].lemma.lower()))
    return light is not None and light.type == _ASSAULT


_POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})
_REACH = 2
"""How many sentences before the toll the attack it points back at may be told."""


def with_doers_of_attacks_told_before(tree: Tree, events: list[Event]) -> list[Event]:
    """Doerless tolls told "in the strikes" with the doer of the attack told just before.

    "Jets struck the port overnight. Two people were killed in the strikes":
    "the strikes" point back at an attack already told, within two
    sentences, whose doer did the killing. A sentence that tells an attack
    with a doer of its own is left to :mod:`.merging`.
    """
    found = []
    for event in events:
        sentence = _sentence_of(tree, event)
        doer = None
        if _a_doerless_toll(event) and _harmed_in_the_attack(tree, sentence):
            doer = _attack_told_before(tree, events, event, sentence)
        if doer is None:
            found.append(event)
            continue
        step = f"{INFERRED}actor: the doer of '{doer.trigger}', the attack 'in the' points back at"
        found.append(
            dataclasses.replace(event, actor=doer.actor, explanation=(*event.explanation, step))
        )
    return found


def _a_doerless_toll(event: Event) -> bool:
    """Whether an event is an attack told by whom it harmed only, as fact."""
    return (
        event.type == _ASSAULT
        and not event.actor
        and bool(event.recipient)
        and not (event.negated or event.hypothetical)
    )


def _sentence_of(tree: Tree, event: Event) -> int | None:
    token = tree.token_at(event.span[0])
    return None if token is None else tree.sentence_of[token]


def _harmed_in_the_attack(tree: Tree, sentence: int | None) -> bool:
    """Whether a sentence kills or wounds "in the strikes", "in the attack", "in that raid"."""
    if sentence is None:
        return False
    first, last = tree.sentence_span(sentence)
    return any(
        tree.tokens[verb].pos == "VERB"
        and tree.tokens[verb].lemma.lower() in lexicons.word_set("casualty_verbs.txt")
        and any(_the_attack_in(tree, prep) for prep in tree.children[verb])
        for verb in range(first, last)
    )


def _the_attack_in(tree: Tree, prep: int) -> bool:
    """Whether a preposition is "in" a definite noun of an attack, owned by no one named."""
    if tree.tokens[prep].dep != "prep" or tree.tokens[prep].text.lower() != "in":
        return False
    for noun in tree.children[prep]:
        if tree.tokens[noun].dep != "pobj" or not _names_an_attack(tree.tokens[noun].lemma):
            continue
        words = [tree.tokens[c] for c in tree.children[noun] if c < noun]
        if any(w.dep == "poss" for w in words):
            return False
        return any(w.dep == "det" and w.text.lower() in _POINTING_BACK for w in words)
    return False


def _attack_told_before(
    tree: Tree, events: list[Event], toll: Event, sentence: int | None
) -> Event | None:
    """The last attack with a doer told in the few sentences before a toll's, if none in it."""
    if sentence is None:
        return None
    told = [
        (where, e)
        for e in events
        if e.type == _ASSAULT
        and e.actor
        and not (e.negated or e.hypothetical)
        and (where := _sentence_of(tree, e)) is not None
        and sentence - _REACH <= where <= sentence
    ]
    if any(where == sentence for where, _ in told):
        return None
    earlier = [e for where, e in told if where < sentence and e.span[0] < toll.span[0]]
    return max(earlier, key=lambda e: e.span[0], default=None)


def _names_an_attack(lemma: str) -> bool:
    """Whether a noun names an attack, as a noun cue or as its verb does.

    "the strikes" after a verb of killing are blows struck, as the verb
    "strike" is, not the labour strike the bare noun cue reads.
    """
    cues = load()
    lemma = lemma.lower()
    noun = cues.nouns.get((lemma,))
    return (noun is not None and noun.type == _ASSAULT) or any(
        cue.type == _ASSAULT and len(cue.words) == 1 for cue in cues.verbs.get(lemma, ())
    )
