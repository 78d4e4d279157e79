"""Near-duplicate articles: the same wire story republished with small edits.

Each article is summarised by a MinHash (datasketch) of the set of its word
5-grams. Two articles whose estimated Jaccard similarity of those sets is
:data:`THRESHOLD` or more fall in the same group, found through MinHash LSH
(banded to miss few copies: 0.99 of pairs at 0.87 are candidates) and then
checked on the signatures;
the first article of a group to be stored is its representative. Every copy
is kept; counting tools count a group once.

The LSH bands live in the store (``signature_bands``), not in memory, so an
ingest of millions of articles holds none of them: a new article's
candidates are the stored articles that share one of its band keys, found
through an index.
"""

from __future__ import annotations

import functools
import re
import sqlite3

from datasketch import LeanMinHash, MinHash, MinHashLSH

THRESHOLD = 0.8
"""Estimated Jaccard similarity of word 5-gram sets from which two articles are copies."""
NUM_PERM = 128
SHINGLE = 5
_WORD = re.compile(r"\w+")
_FILL_BATCH = 1000


def signature(text: str) -> LeanMinHash:
    """The MinHash of the word 5-grams of ``text`` (lower case, punctuation ignored)."""
    words = _WORD.findall(text.lower())
    minhash = MinHash(num_perm=NUM_PERM)
    # One vectorised update: the same minimum over every shingle, a tenth of the time.
    minhash.update_batch(
        " ".join(words[i : i + SHINGLE]).encode("utf-8")
        for i in range(max(len(words) - SHINGLE + 1, 1))
    )
    return LeanMinHash(minhash)


def to_bytes(minhash: LeanMinHash) -> bytes:
    """A signature as stored."""
    buffer = bytearray(minhash.bytesize())
    minhash.serialize(buffer)
    return bytes(buffer)


def from_bytes(data: bytes) -> LeanMinHash:
    """A stored signature read back."""
    return LeanMinHash.deserialize(data)


@functools.cache
def bands() -> tuple[tuple[int, int], ...]:
    """The LSH bands, as ``(start, end)`` ranges of the signature.

    The number of bands and their width are the ones datasketch chooses for
    :data:`THRESHOLD`, weighted to favour recall (a copy missed is counted
    twice); each candidate is then checked against the threshold, so that
    precision is kept.
    """
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=(0.1, 0.9))
    return tuple((i * lsh.r, (i + 1) * lsh.r) for i in range(lsh.b))


def band_keys(minhash: LeanMinHash) -> list[bytes]:
    """One key per band: the band's number and its slice of the signature."""
    values = minhash.hashvalues
    return [
        number.to_bytes(2, "big") + values[start:end].tobytes()
        for number, (start, end) in enumerate(bands())
    ]


class DuplicateIndex:
    """Which group a new article joins, given the articles stored before it.

    It reads and writes the store's ``signatures``, ``signature_bands`` and
    ``articles`` tables through ``connection``, inside the caller's
    transaction.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        """Index the stored articles; bands missing (a store older than them) are added."""
        self._connection = connection
        self._fill_missing_bands()

    def group_of(self, article_id: str, minhash: LeanMinHash) -> str:
        """The group of a new article (its own id when it copies nothing), and index it.

        Among the groups of the stored copies, the one whose first article
        came first is chosen.
        """
        keys = band_keys(minhash)
        marks = ", ".join("?" * len(keys))
        rows = self._connection.execute(
            "SELECT s.minhash, g.id, g.rowid FROM signatures s"  # noqa: S608 - only placeholders
            " JOIN articles a ON a.id = s.article_id"
            " JOIN articles g ON g.id = coalesce(a.group_id, a.id)"
            " WHERE s.article_id IN"
            f" (SELECT article_id FROM signature_bands WHERE key IN ({marks}))",
            keys,
        ).fetchall()
        groups = {
            (first, group)
            for data, group, first in rows
            if from_bytes(data).jaccard(minhash) >= THRESHOLD
        }
        group = min(groups)[1] if groups else article_id
        self._add(article_id, keys)
        return group

    def _add(self, article_id: str, keys: list[bytes]) -> None:
        self._connection.executemany(
            "INSERT INTO signature_bands (key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in keys],
        )

    def _fill_missing_bands(self) -> None:
        missing = self._connection.execute(
            "SELECT s.article_id, s.minhash FROM signatures s WHERE NOT EXISTS"
            " (SELECT 1 FROM signature_bands b WHERE b.article_id = s.article_id)"
        )
        while rows := missing.fetchmany(_FILL_BATCH):
            for article_id, data in rows:
                self._add(article_id, band_keys(from_bytes(data)))
