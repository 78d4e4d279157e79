"""Groups of people named by a place or a name and their number: "the Guildford Four".

News names a handful of people tried, jailed or freed together by where (or
around whom) the case arose and how many they were: "the Birmingham Six",
"the Maguire Seven". Such a name is a group of private people (CVL), not a
body, though the model often tags it an organisation (and an unknown body
would be coded a company) or tags only its first word, as a person.
"""

from __future__ import annotations

import functools
import re

from dateline import lexicons
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import ActorLexicon
from dateline.stages.actors.mention import Mention, make_mention

_CIVILIANS = "CVL"
_COUNTS = "duration_words.tsv"
_LONGEST_NAME = 3
"""The most words before the number ("the Tottenham Three", "the West Midlands Five")."""
_SMALLEST_GROUP = 2
_GROUPED_DIGITS = re.compile(r"\d{1,3}(,\d{3})+")
"""A count written with thousands separators, as news writes crowds: "100,000"."""
_BEFORE_NAME = frozenset({"so-called", "so", "called", "-"})
"""Words that may stand between "the" and the name: "the so-called Guildford Four"."""


@functools.cache
def count_words() -> dict[str, str]:
    """Count words of two or more, as news spells the size of a group, with their digits."""
    return {
        row["word"]: row["value"]
        for row in lexicons.table(_COUNTS)
        if row["kind"] == "count"
        and row["value"].isdigit()
        and int(row["value"]) >= _SMALLEST_GROUP
    }


def count_of(word: str) -> str | None:
    """The number a word counts ("11", "eleven", "3,000"), as digits, if it is a count."""
    word = word.lower()
    if _GROUPED_DIGITS.fullmatch(word):
        return word.replace(",", "")
    return word if word.isdigit() else count_words().get(word)


def numbered_groups(tree: Tree, lexicon: ActorLexicon, taken: list[bool]) -> list[Mention]:
    """Groups named by a proper name and a capitalised count word, after "the"."""
    found = []
    tokens = tree.tokens
    for i, token in enumerate(tokens):
        if taken[i] or not token.text[:1].isupper() or token.text.lower() not in count_words():
            continue
        first = i
        while (
            first > 0
            and i - first < _LONGEST_NAME
            and tokens[first - 1].pos == "PROPN"
            and tokens[first - 1].text[:1].isupper()
        ):
            first -= 1
        if first == i or any(taken[first:i]) or not _after_the(tree, first):
            continue
        if (
            i + 1 < len(tokens)
            and tokens[i + 1].text[:1].isupper()
            and tokens[i + 1].pos == "PROPN"
        ):
            continue  # "the China Three Gorges Project": the number is inside a longer name
        words = tuple(t.text for t in tokens[first:i])
        # "Channel Four", "BBC Four": a broadcaster's channel, not people.
        if (
            lexicon.organization(" ".join(words)) is not None
            or any(w.lower() in lexicon.org_words for w in words)
            or lexicon.title(tuple(w.lower() for w in words)) is not None
        ):
            continue
        text = tree.span_text(first, i + 1)
        found.append(
            make_mention(tree, first, i + 1, "group", "NORP", title=text, sector=_CIVILIANS)
        )
    return found


def _after_the(tree: Tree, first: int) -> bool:
    """Whether "the" opens the name, maybe with "so-called" between."""
    j = first - 1
    while j >= 0 and tree.tokens[j].text.lower() in _BEFORE_NAME:
        j -= 1
    return j >= 0 and tree.tokens[j].text.lower() == "the"
