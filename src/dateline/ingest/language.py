"""Telling English from other languages, so that English-only stages are not fed French.

The share of an article's words that are frequent English function words
(``lexicons/english_words.txt``) is about a third in English news and a few
hundredths in French, German or Spanish; the threshold sits far from both.
"""

from __future__ import annotations

import functools
import re

from dateline import lexicons

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 20
"""Below this many words a text is too short to judge, and is taken as English."""
MIN_SHARE = 0.12


def english_share(text: str) -> float:
    """The share of ``text``'s words that are frequent English function words."""
    words = [word.casefold() for word in _WORD.findall(text)]
    if not words:
        return 0.0
    known = _english_words()
    return sum(word in known for word in words) / len(words)


def is_english(text: str) -> bool:
    """Whether ``text`` is English, or too short to tell."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return True
    return english_share(text) >= MIN_SHARE


@functools.cache
def _english_words() -> frozenset[str]:
    return frozenset(lexicons.entries("english_words.txt"))
