"""The party whose grassroots a politician addresses: "Mr Hale told activists in Leeds".

A party's politician speaks to his own party's activists: at a conference,
a rally or a campaign launch, "he told activists" and "an appeal to
activists" mean the grassroots of his party (PTY), as "Labour activists"
do, though the text does not name the party beside them. Activists no
politician addresses ("activists and farmers campaigning against the
plan") keep the private people's code their role gives them (titles.tsv).
"""

from __future__ import annotations

import dataclasses

from dateline.records import Actor
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coding import actor_code
from dateline.stages.actors.mention import Mention, head_of

_PRIVATE = "CVL"
_PARTY = "PTY"
_POLITICAL = frozenset({"GOV", "LEG", "PTY", "OPP"})
"""Sectors of those who hold a party's seat or office, and so speak to its activists."""
_GRASSROOTS = frozenset({"activist"})
"""Roles of a party's rank and file, which say whose only when someone's party is beside them."""
_ADDRESSING = frozenset({"tell", "address", "urge", "rally", "appeal", "speech", "message"})
"""Words by which one speaks to an audience: "told activists", "an appeal to activists"."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLIMBING = frozenset({"xcomp", "dobj"})
"""Links from an addressing word up to the verb whose subject speaks: "is expected to
tell activists", "made an appeal to activists" (and past a preposition: "finished with an
appeal to activists")."""


def with_party_audiences(
    actors: tuple[Actor, ...], clusters: list[Cluster], tree: Tree
) -> tuple[Actor, ...]:
    """``actors`` with activists a politician addresses coded as his party's (PTY)."""
    speakers = {
        k: (actor, found)
        for actor, found in zip(actors, clusters, strict=True)
        for m in found.mentions
        for k in range(m.first, m.last)
    }
    return tuple(
        _of_the_speakers_party(actor, found, tree, speakers)
        for actor, found in zip(actors, clusters, strict=True)
    )


def _of_the_speakers_party(
    actor: Actor,
    found: Cluster,
    tree: Tree,
    speakers: dict[int, tuple[Actor, Cluster]],
) -> Actor:
    """``actor`` as the party's activists when a politician of the text speaks to them."""
    if not _grassroots_of_no_body(actor, found, tree):
        return actor
    for mention in found.mentions:
        subject = _addresser(mention, tree)
        speaker = speakers.get(subject) if subject is not None else None
        if speaker is not None and speaker[0].sector in _POLITICAL:
            org = _party_of(*speaker)
            code = actor_code(actor.country, _PARTY, org)
            return dataclasses.replace(actor, sector=_PARTY, org=org, code=code)
    return actor


def _grassroots_of_no_body(actor: Actor, found: Cluster, tree: Tree) -> bool:
    """Whether a group is only activists, coded as private people, of no body the text names."""
    heads = [tree.tokens[head_of(tree, m.first, m.last)].lemma.lower() for m in found.mentions]
    return (
        actor.kind == "group"
        and actor.sector == _PRIVATE
        and actor.org is None
        and bool(heads)
        and all(head in _GRASSROOTS for head in heads)
    )


def _addresser(mention: Mention, tree: Tree) -> int | None:
    """The subject token of whoever speaks to a mention: "he told activists"."""
    tokens = tree.tokens
    head = head_of(tree, mention.first, mention.last)
    word = tokens[head].head
    if tokens[head].dep == "pobj" and tokens[word].text.lower() == "to":
        word = tokens[word].head  # "an appeal to activists"
    elif tokens[head].dep not in ("dobj", "dative"):
        return None
    if tokens[word].lemma.lower() not in _ADDRESSING:
        return None
    while True:
        # "Mr Hale is expected to tell activists": the passive subject above speaks.
        subject = next((k for k in tree.children[word] if tokens[k].dep in _SUBJECTS), None)
        if subject is not None or tokens[word].head == word:
            return subject
        if tokens[word].dep == "pobj":
            word = tokens[word].head  # "finished with an appeal to activists": past "with"
        elif tokens[word].dep not in _CLIMBING:
            return None
        word = tokens[word].head


def _party_of(speaker: Actor, found: Cluster) -> str | None:
    """The party a politician speaks for: the org of a party post, or the one he is known by."""
    return speaker.org if speaker.sector in (_PARTY, "OPP") and speaker.org else found.known_party
