"""Chambers told by their rank: "the upper house" is the House of Lords a story names.

News names a chamber of a two-house parliament once and then calls it by
its rank ("Lord Kinnock took his seat in the House of Lords ... he will use
the Upper House to press for reform"). The rank is a name of that chamber,
as "the Commons" is, when the story names one chamber of that rank.
"""

from __future__ import annotations

import functools

from dateline import lexicons
from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.coref_words import folded_name
from dateline.stages.actors.mention import Mention, make_mention

_RANKS = frozenset({"upper", "lower"})
_CHAMBER_WORDS = frozenset({"house", "chamber"})
_LEGISLATURE = "LEG"


def chambers_by_rank(tree: Tree, taken: list[bool]) -> list[Mention]:
    """A chamber named by its rank: "the upper house", "the country's lower chamber".

    Only after "the" or an owner ("Japan's upper house"): "an upper
    chamber" is one a reform would create, no chamber the story names.
    """
    tokens = tree.tokens
    return [
        make_mention(tree, i, i + 2, "name", "ORG", sector=_LEGISLATURE)
        for i in range(1, len(tokens) - 1)
        if tokens[i].text.lower() in _RANKS
        and tokens[i + 1].text.lower() in _CHAMBER_WORDS
        and not (taken[i] or taken[i + 1])
        and (tokens[i - 1].text.lower() == "the" or tokens[i - 1].tag == "POS")
    ]


def join_chambers_by_rank(clusters: dict[str, Cluster], of_mention: dict[int, Cluster]) -> None:
    """Join "the upper house" to the one chamber of that rank the article names.

    With no such chamber named, "the upper house" and "the upper chamber"
    are still one chamber; with two ("the Senate" of two countries), the
    text does not say which one the rank means, and it stays apart.
    """
    named: dict[str, list[str]] = {}
    told: dict[str, list[str]] = {}
    for key, found in clusters.items():
        rank = _rank_told(found)
        if rank is not None:
            told.setdefault(rank, []).append(key)
        elif (chamber := _chamber_rank(found)) is not None:
            named.setdefault(chamber, []).append(key)
    for rank, keys in told.items():
        chambers = named.get(rank, [])
        if len(chambers) > 1:
            continue
        target, *others = chambers + keys
        for key in others:
            _merge(of_mention, clusters.pop(key), clusters[target])


def _merge(of_mention: dict[int, Cluster], source: Cluster, target: Cluster) -> None:
    for mention in source.mentions:
        target.mentions.append(mention)
        of_mention[mention.first] = target


def _rank_told(found: Cluster) -> str | None:
    """The rank an actor is told by, when each of its mentions is a rank ("the upper house")."""
    ranks = {_rank_of_words(m.text) for m in found.mentions}
    return ranks.pop() if len(ranks) == 1 else None


def _rank_of_words(text: str) -> str | None:
    words = folded_name(text).split()
    if len(words) == 2 and words[0] in _RANKS and words[1] in _CHAMBER_WORDS:
        return words[0]
    return None


def _chamber_rank(found: Cluster) -> str | None:
    """The rank of the chamber an actor's names name ("House of Lords": upper), if any."""
    for mention in found.mentions:
        if mention.kind != "name":
            continue
        name = mention.organization.name if mention.organization else mention.text
        rank = _ranked_chambers().get(folded_name(name))
        if rank is not None:
            return rank
    return None


@functools.cache
def _ranked_chambers() -> dict[str, str]:
    return {folded_name(row["chamber"]): row["rank"] for row in lexicons.table("chamber_ranks.tsv")}
