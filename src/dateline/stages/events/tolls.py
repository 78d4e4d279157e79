"""Tolls: the dead and injured an event tells, and whose dead they are."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from dateline import lexicons
from dateline.records import Event
from dateline.stages._tree import Tree
from dateline.stages.events import casualties
from dateline.stages.events.cues import Cue
from dateline.stages.events.sides import sentence_chars


def toll_of_another(
    tree: Tree, trigger: int, sentence: tuple[int, int], nominal: Mapping[int, str]
) -> bool:
    """Whether the sentence's toll is another attack's, told in that attack's own clause.

    "The strikes targeted militants it blames for a bombing that killed
    seven soldiers": the seven are the bombing's dead, not the strikes'.
    """
    first, last = sentence
    harming = lexicons.word_set("casualty_verbs.txt")
    return any(
        noun != trigger
        and first <= noun < last
        and kind == "ASSAULT"
        and any(
            tree.tokens[c].dep == "relcl" and tree.tokens[c].lemma.lower() in harming
            for c in tree.children[noun]
        )
        for noun, kind in nominal.items()
    )


def toll_of(tree: Tree, first: int, last: int, cue: Cue, trigger: int) -> casualties.Toll:
    """The killed and injured an assault's sentence gives (or the next, for a running toll).

    A killing that counts its own dead keeps its count: in "killing eight
    officers before troops killed four of the attackers" the troops killed four.
    """
    if cue.type != "ASSAULT":
        return casualties.Toll()
    following = ""
    if last < len(tree.tokens):
        following = _sentence_text(tree, *tree.sentence_span(tree.sentence_of[last]))
    told = casualties.toll(_sentence_text(tree, first, last), following)
    own = _own_dead(tree, trigger)
    return told if own is None else dataclasses.replace(told, killed=own)


def _own_dead(tree: Tree, verb: int) -> int | None:
    """The dead a verb of killing counts in its own object: "killed four of the attackers"."""
    if tree.tokens[verb].lemma.lower() != "kill":
        return None
    for obj in tree.children[verb]:
        if tree.tokens[obj].dep != "dobj":
            continue
        counts = [obj] if tree.tokens[obj].tag == "CD" else []
        counts += [c for c in tree.children[obj] if tree.tokens[c].dep == "nummod"]
        for count in counts:
            number = casualties.number_of(tree.tokens[count].text)
            if number is not None:
                return number
    return None


def with_later_tolls(tree: Tree, events: list[Event]) -> list[Event]:
    """Assaults with the higher running toll that a later sentence gives of them.

    "The death toll rose to 17 on Tuesday" tells no attack of its own: it
    updates the last attack told before it, and the latest figure wins. A
    sentence that tells an attack keeps its toll for that attack.
    """
    events = list(events)
    assaults = [
        i for i, e in enumerate(events) if e.type == "ASSAULT" and not (e.negated or e.hypothetical)
    ]
    for sentence in range(len(tree.parse.sentences)):
        first, last = tree.sentence_span(sentence)
        total = casualties.running_toll(_sentence_text(tree, first, last))
        start, end = sentence_chars(tree, first, last)
        if total is None or any(start <= events[i].span[0] < end for i in assaults):
            continue
        before = [i for i in assaults if events[i].span[0] < start]
        if not before or (events[before[-1]].fatalities or 0) >= total:
            continue
        attack = events[before[-1]]
        step = f"fatalities: the running toll at {start}-{end}"
        events[before[-1]] = dataclasses.replace(
            attack, fatalities=total, explanation=(*attack.explanation, step)
        )
    return events


def _sentence_text(tree: Tree, first: int, last: int) -> str:
    return tree.text[tree.tokens[first].start : tree.tokens[last - 1].end]
