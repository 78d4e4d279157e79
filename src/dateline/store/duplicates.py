"""Near-duplicate articles: the same wire story republished with small edits.

Each article is summarised by a MinHash (datasketch) of the set of its word
5-grams. Two articles whose estimated Jaccard similarity of those sets is
:data:`THRESHOLD` or more fall in the same group, found through MinHash LSH
(banded to miss few copies: 0.99 of pairs at 0.87 are candidates) and then
checked on the signatures;
the first article of a group to be stored is its representative. Every copy
is kept; counting tools count a group once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH

THRESHOLD = 0.8
"""Estimated Jaccard similarity of word 5-gram sets from which two articles are copies."""
NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> LeanMinHash:
    """The MinHash of the word 5-grams of ``text`` (lower case, punctuation ignored)."""
    words = _WORD.findall(text.lower())
    minhash = MinHash(num_perm=NUM_PERM)
    for i in range(max(len(words) - SHINGLE + 1, 1)):
        minhash.update(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
    return LeanMinHash(minhash)


def to_bytes(minhash: LeanMinHash) -> bytes:
    """A signature as stored."""
    buffer = bytearray(minhash.bytesize())
    minhash.serialize(buffer)
    return bytes(buffer)


def from_bytes(data: bytes) -> LeanMinHash:
    """A stored signature read back."""
    return LeanMinHash.deserialize(data)


class DuplicateIndex:
    """Which group a new article joins, given the articles stored before it."""

    def __init__(self, stored: Iterable[tuple[str, str, bytes]] = ()) -> None:
        """Index the stored articles, as ``(article id, group id, signature)``."""
        # LSH bands favour recall (a copy missed is counted twice); each candidate is
        # then checked against the threshold, so that precision is kept.
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=(0.1, 0.9))
        self._signatures: dict[str, LeanMinHash] = {}
        self._groups: dict[str, str] = {}
        self._first_seen: dict[str, int] = {}  # group id: when its first member came
        for article_id, group_id, data in stored:
            self._add(article_id, group_id, from_bytes(data))

    def group_of(self, article_id: str, minhash: LeanMinHash) -> str:
        """The group of a new article (its own id when it copies nothing), and index it."""
        groups = {
            self._groups[m]
            for m in self._lsh.query(minhash)
            if self._signatures[m].jaccard(minhash) >= THRESHOLD
        }
        group = min(groups, key=self._first_seen.__getitem__, default=article_id)
        self._add(article_id, group, minhash)
        return group

    def _add(self, article_id: str, group_id: str, minhash: LeanMinHash) -> None:
        self._lsh.insert(article_id, minhash)
        self._signatures[article_id] = minhash
        self._groups[article_id] = group_id
        self._first_seen.setdefault(group_id, len(self._first_seen))
