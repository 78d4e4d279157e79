"""What statement events are made of: the cue, the event before it is numbered, a quote's words."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline.records import EventType, Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree

SELF = frozenset({"i", "we", "you"})
SPEAKERS = frozenset({"i", "we", "they", "he", "she"})
# How a speaker names itself in its own words.
SELF_WORDS = frozenset({"i", "we"})
STATEMENT_STEP = "statement cue"
"""How the explanation of every event a statement cue gives begins (the rule path's first step)."""
# A modal under one of these is in doubt: "may need to raise taxes".
DOUBTS = frozenset({"may", "might", "could", "would"})
# Modals of duty: "should have acted" blames; "must have known" guesses.
DUTIES = frozenset({"should", "ought"})


@dataclass(frozen=True, slots=True)
class StatementCue:
    """A word by which a statement accuses, asks or backs."""

    word: str
    pos: str
    type: EventType
    role: str
    particle: str | None = None
    """For a phrasal verb ("add up"), the particle that must go with it."""

    @property
    def phrase(self) -> str:
        """The cue as its lexicon row writes it: "wrong", "add up"."""
        return f"{self.word} {self.particle}" if self.particle else self.word


@dataclass(frozen=True, slots=True)
class StatementEvent:
    """An event a quote carries, before it is numbered."""

    type: EventType
    speaker: str
    recipients: tuple[str, ...]
    cue_token: int
    quote: Quote
    steps: tuple[str, ...]
    trigger: str
    """The cue's words as the text has them: "wrong", "add up"."""

    @classmethod
    def by_speaker(
        cls,
        kind: EventType,
        quote: Quote,
        recipients: tuple[str, ...],
        cue: tuple[int, str],
        why: tuple[str, str],
    ) -> StatementEvent:
        """The event a quote's speaker does, told by the cue at ``cue`` (its token and words).

        ``why`` says why the quote carries it and how the recipients were
        found; the explanation says so, and that the speaker is the actor.
        """
        return cls(
            type=kind,
            speaker=quote.speaker or "",
            recipients=recipients,
            cue_token=cue[0],
            quote=quote,
            steps=(f"{why[0]} in quote {quote.id}", "actor: the quote's speaker", why[1]),
            trigger=cue[1],
        )


def others_named(
    tree: Tree, index: ActorIndex, words: Iterable[int], speaker: str
) -> tuple[str, ...]:
    """The actors the words name, the speaker left out: whom a speaker asks to act."""
    return tuple(
        actor for word in words for actor in index.actors_at(tree, word) if actor != speaker
    )


def quoted_tokens(tree: Tree, quote: Quote) -> Iterator[int]:
    """The tokens a quote holds, in text order."""
    return (i for i in range(len(tree)) if in_quote(tree, i, quote))


def spoken_words(tree: Tree, quotes: tuple[Quote, ...]) -> Iterator[tuple[Quote, str, int]]:
    """Each token of a quote whose speaker is known, with its quote and speaker, in text order."""
    for quote in quotes:
        if quote.speaker is not None:
            yield from ((quote, quote.speaker, i) for i in quoted_tokens(tree, quote))


def in_quote(tree: Tree, token: int, quote: Quote) -> bool:
    """Whether a token stands in a quote."""
    return quote.span[0] <= tree.tokens[token].start < quote.span[1]


# Verbs of knowing and feeling: what one "should know", "needs to understand" or
# is wanted "to feel" is asked of no one.
KNOWING = frozenset({"know", "understand", "realise", "realize", "feel"})


def cue_token_of(tree: Tree, quote: Quote) -> int | None:
    """The token of the verb that says a quote: its cue word, nearest the quote, outside it."""
    if quote.cue is None:
        return None
    word = quote.cue.lower()
    start, end = quote.span
    candidates = [
        (min(abs(token.start - start), abs(token.start - end)), i)
        for i, token in enumerate(tree.tokens)
        if token.text.lower() == word and not start <= token.start < end
    ]
    return min(candidates)[1] if candidates else None
