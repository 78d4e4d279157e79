"""Whose "the army" is: the forces named just before it.

Wire copy names a country's forces once and then speaks of them by their
kind: "Israeli troops raided Nablus ..., the army said", "Congolese
soldiers retook the town, the military said". "The army" there is the army
of the troops just named, not of the article's home country, which in a
story told from the other side of the fighting is the wrong one. Only a
definite body or group of the military named with no country of its own
is placed so, and only when the forces that act in its sentence and the few
before it are of one country; two armies named there leave it open, and
forces acted on ("the junta expelled French troops") are not the ones
"the army" then speaks for.
"""

from __future__ import annotations

import dataclasses

from dateline.stages._tree import Tree
from dateline.stages.actors.mention import Mention

_MILITARY = "MIL"
_REACH = 2
"""How many sentences before its own the forces "the army" stands for may be named."""


def with_forces_country(mentions: list[Mention], tree: Tree) -> list[Mention]:
    """``mentions`` with "the army" placed in the country of the forces named just before it."""
    placed = []
    for m in mentions:
        country = _forces_before(m, mentions, tree) if _unplaced_forces(m, tree) else None
        placed.append(dataclasses.replace(m, country=country) if country else m)
    return placed


def _unplaced_forces(mention: Mention, tree: Tree) -> bool:
    """Whether a mention is a definite military body or group placed nowhere: "the army"."""
    entry = mention.title_entry
    return (
        mention.kind in ("title", "group")
        and mention.label != "PERSON"
        and mention.country is None
        and mention.organization is None
        and entry is not None
        and entry.sector == _MILITARY
        and mention.first > 0
        and tree.tokens[mention.first - 1].text.lower() == "the"
    )


def _forces_before(mention: Mention, mentions: list[Mention], tree: Tree) -> str | None:
    """The one country of the forces named in a mention's sentence or just before it."""
    countries = {
        m.country
        for m in mentions
        if m.first < mention.first
        and mention.sentence - _REACH <= m.sentence
        and m.country is not None
        and not _acted_on(m, tree)
        and _military(m)
    }
    return countries.pop() if len(countries) == 1 else None


def _acted_on(mention: Mention, tree: Tree) -> bool:
    """Whether forces are what a verb is done to: "the junta expelled French troops"."""
    head = tree.phrase_head(mention.first, mention.last)
    return head is not None and tree.tokens[head].dep in ("dobj", "obj", "nsubjpass")


def _military(mention: Mention) -> bool:
    """Whether a mention names armed forces of a state: "Israeli troops", "the Congolese army"."""
    if mention.organization is not None:
        return mention.organization.sector == _MILITARY
    return mention.title_entry is not None and mention.title_entry.sector == _MILITARY
