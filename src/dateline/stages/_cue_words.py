"""The words of the event cue lexicon (``plover_cues.tsv``) by part of speech.

The actors stage asks only whether a word names a deed ("the attack", "held
talks with unions"), not which event it cues; the events stage reads the
lexicon whole (:mod:`dateline.stages.events.cues`).
"""

from __future__ import annotations

import functools

from dateline import lexicons


@functools.cache
def cue_words(*parts_of_speech: str) -> frozenset[tuple[str, ...]]:
    """The cues whose rows give one of these parts of speech ("VERB", "NOUN+PREP"), as words."""
    return frozenset(
        tuple(row["cue"].split())
        for row in lexicons.table("plover_cues.tsv")
        if row["pos"] in parts_of_speech
    )


@functools.cache
def nouns_of(*types: str) -> frozenset[str]:
    """The one-word noun cues (NOUN and NOUN+PREP rows) of these event types, as lemmas."""
    return frozenset(
        row["cue"]
        for row in lexicons.table("plover_cues.tsv")
        if row["pos"] in ("NOUN", "NOUN+PREP") and row["type"] in types and " " not in row["cue"]
    )
