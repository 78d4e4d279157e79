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
        if not key.startswith("people:") or not all(
            _points_back(m) or _told_again_by_count(m, tree) for m in found.mentions
        ):
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


def _told_again_by_count(mention: Mention, tree: Tree) -> bool:
    """Whether a group is told again by its count: "the nine vendors" after "nine suppliers".

    A definite group that gives its size points back at the group of that
    size brought in before it, whatever word it is named by this time.
    """
    return (
        mention.kind == "group" and _definite(mention, tree) and size_of(mention, tree) is not None
    )


def _definite(mention: Mention, tree: Tree) -> bool:
    return mention.first > 0 and tree.tokens[mention.first - 1].text.lower() in _POINTING


def _counted_before(
    opening: Mention, size: str | None, clusters: dict[str, Cluster], found: Cluster, tree: Tree
) -> Cluster | None:
    """The group counted before a mention, of the size it gives, and told of within reach.

    The count may come further back than the reach when the story has gone
    on telling of the group since: "nine food suppliers ... the suppliers in
    question ... the nine vendors".
    """
    best: tuple[int, Cluster] | None = None
    for other in clusters.values():
        if other is found or other.is_person:
            continue
        before = [m for m in other.mentions if m.first < opening.first]
        counted = any(
            m.kind == "group" and not _points_back(m) and _of_size(m, size, tree) for m in before
        )
        latest = max(before, key=lambda m: m.first, default=None)
        if (
            counted
            and latest is not None
            and opening.sentence - latest.sentence <= _REACH
            and (best is None or latest.first > best[0])
        ):
            best = (latest.first, other)
    return best[1] if best else None


def _of_size(mention: Mention, size: str | None, tree: Tree) -> bool:
    """Whether a group is counted, and of ``size`` when one is given."""
    counted = size_of(mention, tree)
    return counted is not None and (size is None or counted == size)
