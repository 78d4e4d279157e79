"""Firms the model took for people, read from the deals the text has them in.

"Havering bought Castlemere in May": a name no lexicon knows, which the model
tagged a person, is the firm bought when it is the object of a verb of
buying (purchase_verbs.txt). A person is seldom bought; one the text never
gives a role, an honorific or a pronoun is seldom a person at all there.
"""

from __future__ import annotations

import dataclasses

from dateline import lexicons
from dateline.records import Actor
from dateline.stages._tree import Tree
from dateline.stages.actors.body_names import COMPANY
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import actor_code
from dateline.stages.actors.mention import head_of


def with_bought_firms(
    actors: tuple[Actor, ...], clusters: list[Cluster], tree: Tree
) -> tuple[Actor, ...]:
    """``actors`` with each bare name bought in a deal made the firm it is (BUS)."""
    return tuple(
        _as_firm(actor) if _bare_person(actor, found) and _bought(found, tree) else actor
        for actor, found in zip(actors, clusters, strict=True)
    )


def _as_firm(actor: Actor) -> Actor:
    return dataclasses.replace(
        actor,
        kind="organization",
        sector=COMPANY,
        code=actor_code(actor.country, COMPANY, actor.org),
    )


def _bare_person(actor: Actor, found: Cluster) -> bool:
    """Whether a person is only ever named: no title, body, honorific or pronoun."""
    return (
        actor.kind == "person"
        and actor.title is None
        and actor.org is None
        and all(m.kind == "name" and not m.honorific for m in found.mentions)
    )


def _bought(found: Cluster, tree: Tree) -> bool:
    """Whether one of a cluster's names is the direct object of a verb of buying."""
    buying = lexicons.word_set("purchase_verbs.txt")
    tokens = tree.tokens
    for mention in found.mentions:
        head = head_of(tree, mention.first, mention.last)
        verb = tokens[head].head
        if tokens[head].dep == "dobj" and tokens[verb].lemma.lower() in buying:
            return True
    return False
