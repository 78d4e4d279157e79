"""The quote-verb lexicon: verbs that attribute a statement, and what they mean.

Read from ``lexicons/quote_verbs.tsv`` (format in its header) and
``lexicons/speech_documents.txt``. A cue is matched on a token's lemma, with
its particle attached when the cue has one ("point out").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from dateline import lexicons
from dateline.errors import ConfigError
from dateline.stages._tree import Tree

Meaning = Literal["neutral", "assertive", "negative"]
Frame = Literal["clause", "fragment"]
_MEANINGS: tuple[Meaning, ...] = ("neutral", "assertive", "negative")
_FRAMES: tuple[Frame, ...] = ("clause", "fragment")


@dataclass(frozen=True, slots=True)
class QuoteVerb:
    """One row of the quote-verb lexicon."""

    verb: str
    particle: str | None
    meaning: Meaning
    frame: Frame


@dataclass(frozen=True, slots=True)
class QuoteCues:
    """The quote verbs by lemma, and the nouns of documents that speak."""

    verbs: dict[str, tuple[QuoteVerb, ...]]
    documents: frozenset[str]

    def at(self, tree: Tree, i: int) -> QuoteVerb | None:
        """The cue token ``i`` is, if it is a verb of the lexicon (with its particle)."""
        token = tree.tokens[i]
        if token.pos != "VERB":
            return None
        attached = {tree.tokens[c].text.lower() for c in tree.children[i]}
        for cue in self.verbs.get(token.lemma.lower(), ()):
            if cue.particle is None or cue.particle in attached:
                return cue
        return None


@functools.cache
def lemmas() -> frozenset[str]:
    """The lemmas of the verbs that attribute a statement ("say", "urge", "point")."""
    return frozenset(load().verbs)


def load() -> QuoteCues:
    """The lexicons, read once.

    Raises:
        ConfigError: a row's meaning or frame is not one the stage knows.
    """
    verbs: dict[str, list[QuoteVerb]] = {}
    for row in lexicons.table("quote_verbs.tsv"):
        words = row["cue"].split()
        meaning, frame = row["meaning"], row["frame"]
        if meaning not in _MEANINGS or frame not in _FRAMES:
            raise ConfigError(f"lexicon quote_verbs.tsv: bad meaning or frame in {row}")
        particle = words[1] if len(words) > 1 else None
        cue = QuoteVerb(words[0], particle, _meaning(meaning), _frame(frame))
        verbs.setdefault(words[0], []).append(cue)
    # A cue with a particle is tried before the bare verb ("point out" before "point").
    ordered = {
        verb: tuple(sorted(cues, key=lambda c: c.particle is None)) for verb, cues in verbs.items()
    }
    return QuoteCues(ordered, frozenset(lexicons.entries("speech_documents.txt")))


def _meaning(value: str) -> Meaning:
    return next(m for m in _MEANINGS if m == value)


def _frame(value: str) -> Frame:
    return next(f for f in _FRAMES if f == value)
