"""A counted group told again by a word that only points back: "two councillors ... the pair".

News counts a group when it brings it in ("Three Labour councillors were
charged", "two London Assembly members quit") and then points back at it by
words that say nothing of who they are: "the pair", "the trio", "the men",
"the three men". Those words are found as groups of people of their own
(:mod:`.mentions`); here they join the counted group named shortly before
them, of the size they give, when they give one. A group they point back at
only when it opens with a count: "Labour MPs ... the men" says too little to
join them.
"""

from __future__ import annotations

from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.lexicon import load
from dateline.stages.actors.mention import Mention
from dateline.stages.actors.numbered import count_of

SET_SIZES = {"pair": "2", "trio": "3"}
"""Singular words for a set of people, with the size they give."""
_POINTING = frozenset({"the", "these", "those"})
_REACH = 4
"""How many sentences back a group told again looks for the counted group it means."""


def join_sets_to_the_counted(
    clusters: dict[str, Cluster], of_mention: dict[int, Cluster], tree: Tree
) -> None:
    """Join a group named only by a word that points back to the counted group before it."""
    for key, found in list(clusters.items()):
        if not key.startswith("people:") or not all(_points_back(m) for m in found.mentions):
            continue
        opening = min(found.mentions, key=lambda m: m.first)
        size = size_of(opening, tree)
        if size is None and not _definite(opening, tree):
            continue  # "men were more likely than women": people of their own
        target = _counted_before(opening, size, clusters, found, tree)
        if target is None:
            continue
        for mention in clusters.pop(key).mentions:
            target.mentions.append(mention)
            of_mention[mention.first] = target


def size_of(mention: Mention, tree: Tree) -> str | None:
    """The size a group gives itself: "three" in "the three men", 2 for "the pair".

    By the count its head word carries, which may stand before a body named
    ahead of the role: "Two Labour councillors".
    """
    head = mention.last - 1
    word = tree.tokens[head].text.lower()
    if word in SET_SIZES:
        return SET_SIZES[word]
    return next(
        (
            count
            for c in tree.children[head]
            if tree.tokens[c].dep == "nummod" and (count := count_of(tree.tokens[c].text))
        ),
        None,
    )


def _points_back(mention: Mention) -> bool:
    """Whether a group is named by a word that says nothing of who they are ("the men")."""
    if mention.kind != "group":
        return False
    head = mention.text.lower().split()[-1]
    return head in load().generic_people and all(
        count_of(word) is not None for word in mention.text.lower().split()[:-1]
    )


def _definite(mention: Mention, tree: Tree) -> bool:
    return mention.first > 0 and tree.tokens[mention.first - 1].text.lower() in _POINTING


def _counted_before(
    opening: Mention, size: str | None, clusters: dict[str, Cluster], found: Cluster, tree: Tree
) -> Cluster | None:
    """The group counted last before a mention, within reach, of the size it gives."""
    best: tuple[int, Cluster] | None = None
    for other in clusters.values():
        if other is found or other.is_person:
            continue
        for m in other.mentions:
            counted = size_of(m, tree) if m.kind == "group" and not _points_back(m) else None
            if (
                counted is not None
                and (size is None or counted == size)
                and m.first < opening.first
                and opening.sentence - m.sentence <= _REACH
                and (best is None or m.first > best[0])
            ):
                best = (m.first, other)
    return best[1] if best else None
