"""Navigation over a frozen Parse: children, sentences, spans of tokens.

The Parse is plain data; this view adds the indexes that stages need to walk
the dependency tree, built once per article and never stored.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from dateline.records import Parse, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""The tags of a verb in the simple present: "says", "say"."""
FINITE_TAGS = PRESENT_TAGS | {"VBD"}
"""The tags of a verb that carries its own tense: "says", "said"."""


@dataclass(frozen=True)
class Tree:
    """A Parse with child and sentence indexes."""

    parse: Parse
    text: str
    children: tuple[tuple[int, ...], ...] = field(init=False)
    sentence_of: tuple[int, ...] = field(init=False)
    starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        children, sentence_of, starts = _indexes(self.parse)
        object.__setattr__(self, "children", children)
        object.__setattr__(self, "sentence_of", sentence_of)
        object.__setattr__(self, "starts", starts)

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens in order."""
        return self.parse.tokens

    def __len__(self) -> int:
        return len(self.parse.tokens)

    def span_text(self, first: int, last: int) -> str:
        """The text of tokens ``first`` to ``last`` (exclusive), as written."""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def subtree(self, i: int) -> tuple[int, int]:
        """The token range ``(first, last)`` (exclusive) that token ``i`` heads."""
        low = high = i
        stack = [i]
        while stack:
            node = stack.pop()
            low, high = min(low, node), max(high, node)
            stack.extend(self.children[node])
        return low, high + 1

    def token_at(self, offset: int) -> int | None:
        """The index of the token that covers character ``offset``, if any."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def phrase_head(self, first: int, last: int) -> int | None:
        """The token of ``first``..``last`` (exclusive) whose head lies outside: the phrase's head.

        None when every token's head lies inside (the phrase holds its sentence's root).
        """
        return next(
            (i for i in range(first, last) if not first <= self.tokens[i].head < last), None
        )

    def ancestors(self, i: int, limit: int) -> Iterator[tuple[int, int]]:
        """``(child, parent)`` pairs up the tree from token ``i``, at most ``limit`` of them."""
        node = i
        for _ in range(limit):
            parent = self.tokens[node].head
            if parent == node:
                return
            yield node, parent
            node = parent

    def first_conjunct(self, i: int) -> int:
        """The first of the words "and" joins to token ``i``: the one that holds their place."""
        while self.tokens[i].dep == "conj" and self.tokens[i].head != i:
            i = self.tokens[i].head
        return i

    def compound_head(self, i: int) -> int:
        """The word the compound token ``i`` opens hangs on: "Fasher" for "El" in "El Fasher".

        A token that opens no compound is its own head.
        """
        while self.tokens[i].dep == "compound" and self.tokens[i].head > i:
            i = self.tokens[i].head
        return i

    def compound_start(self, i: int) -> int:
        """The first word of the compound token ``i`` ends: "Westminster" for "Hall"."""
        while i > 0 and self.tokens[i - 1].dep == "compound" and self.tokens[i - 1].head == i:
            i -= 1
        return i

    def set_beside(self, i: int) -> list[int]:
        """The words in apposition to token ``i``, either way round.

        First the one it is set beside ("his father, Ralph": "father" for
        "Ralph"), then those set beside it.
        """
        token = self.tokens[i]
        beside = [c for c in self.children[i] if self.tokens[c].dep == "appos"]
        return [token.head, *beside] if token.dep == "appos" else beside

    def is_subject(self, i: int) -> bool:
        """Whether token ``i`` is the subject of its clause."""
        return self.tokens[i].dep in SUBJECTS

    def sentence_span(self, sentence: int) -> tuple[int, int]:
        """The token range of sentence number ``sentence``."""
        return self.parse.sentences[sentence]

    def opens_sentence(self, i: int) -> bool:
        """Whether token ``i`` is the first of its sentence."""
        return self.sentence_span(self.sentence_of[i])[0] == i


_Indexes = tuple[tuple[tuple[int, ...], ...], tuple[int, ...], tuple[int, ...]]
_last: list[tuple[Parse, _Indexes]] = []
"""The indexes of the last Parse seen: every stage of an article builds a Tree of the same one."""


def _indexes(parse: Parse) -> _Indexes:
    """Children, sentence number and start offset of every token; computed once per Parse."""
    last = _last[0] if _last else None  # read once: a Dask worker may run stages in threads
    if last is not None and last[0] is parse:
        return last[1]
    kids: list[list[int]] = [[] for _ in parse.tokens]
    for i, token in enumerate(parse.tokens):
        if token.head != i:
            kids[token.head].append(i)
    starts = [first for first, _ in parse.sentences]
    indexes = (
        tuple(tuple(k) for k in kids),
        tuple(max(bisect.bisect_right(starts, i) - 1, 0) for i in range(len(parse.tokens))),
        tuple(token.start for token in parse.tokens),
    )
    _last[:] = [(parse, indexes)]
    return indexes
