"""The body an unnamed office holder acts for: "the chairman of the Electoral Commission".

The actors stage keeps a person the text never names as an actor of its
own, called by the office alone ("chairman", "head of"). Such a person
stands for the body the text ties the office to, as an unnamed spokesman
is his body (the gold conventions), so the events such a person does, or
undergoes, are the body's: "the director of Liberty criticised the plan"
is Liberty's charge. A named holder ("Sir Ian Blair, head of the Met")
stays a person of their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from dateline.records import Actor, Event
from dateline.stages._arguments import actor_tokens, is_relational
from dateline.stages._clause_roles import prepositional_objects
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon

_SERVED = frozenset({"of", "at"})
"""Prepositions that tie an office to its body: "the head of the IMF", "a director at Shell"."""
_BODIES = frozenset({"organization", "country"})
STEP = "actor or recipient: the body an unnamed office holder serves ('the chairman of X')"


def served_bodies(tree: Tree, actors: tuple[Actor, ...]) -> dict[str, str]:
    """Each unnamed office holder's id, with the id of the body its office is "of" or "at"."""
    owners = actor_tokens(tree, actors)
    kinds = {actor.id: actor.kind for actor in actors}
    served: dict[str, str] = {}
    for actor in actors:
        if actor.kind != "person" or any(letter.isupper() for letter in actor.name):
            continue
        for head in _mention_heads(tree, actor, owners):
            body = next(
                (
                    owners[g]
                    for g in prepositional_objects(tree, head, _SERVED)
                    if kinds.get(owners.get(g, "")) in _BODIES
                ),
                None,
            )
            if body is not None:
                served[actor.id] = body
                break
    return served


def _mention_heads(tree: Tree, actor: Actor, owners: Mapping[int, str]) -> list[int]:
    """The head word of each mention of an office held, but a word for a tie ("critic of")."""
    heads = []
    for start, end in actor.mentions:
        first = tree.token_at(start)
        if first is None:
            continue
        last = first
        while last < len(tree) and tree.tokens[last].start < end:
            last += 1
        head = tree.phrase_head(first, last)
        if (
            head is not None
            and owners.get(head) == actor.id
            and not is_relational(tree, head)
            and not _no_longer_in_office(tree, head)
        ):
            heads.append(head)
    return heads


def _no_longer_in_office(tree: Tree, head: int) -> bool:
    """Whether an office is held no more: "the former finance director at WorldCom" acts alone."""
    lexicon = load_actor_lexicon()
    return any(lexicon.ends_office(tree.tokens[c].text) for c in tree.children[head])


def with_served_bodies(tree: Tree, events: list[Event], actors: tuple[Actor, ...]) -> list[Event]:
    """The events, each unnamed office holder on their sides replaced by the body served."""
    served = served_bodies(tree, actors)
    return [_for_served_bodies(event, served) for event in events] if served else events


def _for_served_bodies(event: Event, served: Mapping[str, str]) -> Event:
    """The event with each unnamed office holder on its sides replaced by the body served."""
    if not any(a in served for a in (*event.actor, *event.recipient)):
        return event
    return dataclasses.replace(
        event,
        actor=_replaced(event.actor, served),
        recipient=_replaced(event.recipient, served),
        explanation=(*event.explanation, STEP),
    )


def _replaced(ids: tuple[str, ...], served: Mapping[str, str]) -> tuple[str, ...]:
    found: list[str] = []
    for actor in ids:
        body = served.get(actor, actor)
        if body not in found:
            found.append(body)
    return tuple(found)
