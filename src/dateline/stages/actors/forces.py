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
from dateline.stages.actors.name_keys import role_of_group

_MILITARY = "MIL"
_REACH = 2
"""How many sentences before its own the forces "the army" stands for may be named."""


def with_forces_country(mentions: list[Mention], tree: Tree) -> list[Mention]:
    """``mentions`` with "the army" placed in the country of the forces named just before it.

    Forces a pronoun owns ("his forces", "its troops") are placed first, in
    the country of whoever owns them, so that "the army" after them is
    theirs too.
    """
    owned = [
        dataclasses.replace(m, country=country)
        if owned_forces(m, tree) and (country := _owners_country(m, mentions))
        else m
        for m in mentions
    ]
    placed = []
    for m in owned:
        country = _forces_before(m, owned, tree) if _unplaced_forces(m, tree) else None
        placed.append(dataclasses.replace(m, country=country) if country else m)
    return placed


_OWNERS = frozenset({"his", "her", "its", "their"})


def owned_forces(mention: Mention, tree: Tree) -> bool:
    """Whether a mention is military forces a pronoun owns: "his forces", "its troops"."""
    return (
        mention.kind in ("title", "group")
        and mention.label != "PERSON"
        and mention.organization is None
        and military(mention)
        and mention.first > 0
        and tree.tokens[mention.first - 1].text.lower() in _OWNERS
    )


def _owners_country(mention: Mention, mentions: list[Mention]) -> str | None:
    """The country of the leader or state named last before "his forces" in its sentence.

    "President X of Chad said his forces ...", "Niger said its troops ...":
    the one who speaks of them owns them. A country a person is only placed
    in counts too, as the person has no country of his own yet. A body's
    forces ("the Rapid Support Forces said its forces ...") are its own,
    which no country places.
    """
    owners = [
        m
        for m in mentions
        if m.sentence == mention.sentence and m.last <= mention.first and m.kind == "name"
    ]
    if not owners or owners[-1].label not in _STATES_AND_LEADERS:
        return None
    if owners[-1].label == "PERSON" and len(owners) > 1 and owners[-2].label == "ORG":
        return None  # "the RSF's commander, Mohamed Dagalo, said his forces": the body's
    return owners[-1].country


_STATES_AND_LEADERS = frozenset({"GPE", "LOC", "PERSON"})


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
        and military(m)
    }
    return countries.pop() if len(countries) == 1 else None


def _acted_on(mention: Mention, tree: Tree) -> bool:
    """Whether forces are what a verb is done to: "the junta expelled French troops"."""
    head = tree.phrase_head(mention.first, mention.last)
    return head is not None and tree.tokens[head].dep in ("dobj", "obj", "nsubjpass")


def military(mention: Mention) -> bool:
    """Whether a mention names armed forces of a state: "Israeli troops", "the Congolese army".

    A group found as people, by a plural the lexicon knows as a role
    ("withdrew its soldiers"), is told by that role.
    """
    if mention.organization is not None:
        return mention.organization.sector == _MILITARY
    entry = mention.title_entry or role_of_group(mention)
    return entry is not None and entry.sector == _MILITARY
