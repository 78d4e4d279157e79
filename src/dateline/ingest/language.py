"""Telling English from other languages, so that English-only stages are not fed French.

The share of an article's words that are frequent English function words
(``lexicons/english_words.txt``) is about a third in English news and a few
hundredths in French, German or Spanish. A text below the threshold is not
English only when the function words of those languages
(``lexicons/foreign_words.txt``) outnumber the English ones: a team sheet or
a list of names has few function words of any language, and stays English.
"""

from __future__ import annotations

import functools
import re

from dateline import lexicons

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 20
"""Below this many words a text is too short to judge, and is taken as English."""
MIN_SHARE = 0.12
MIN_FOREIGN_SHARE = 0.05
"""Below this, a few foreign-looking words ("Y Dunn", "la") prove nothing."""


def english_share(text: str) -> float:
    """The share of ``text``'s words that are frequent English function words."""
    return _share(_words_of(text), "english_words.txt")


def foreign_share(text: str) -> float:
    """The share of ``text``'s words that are function words of other European languages."""
    return _share(_words_of(text), "foreign_words.txt")


def is_english(text: str) -> bool:
    """Whether ``text`` is English, or too short or too wordless to tell."""
    words = _words_of(text)
    if len(words) < MIN_WORDS:
        return True
    english = _share(words, "english_words.txt")
    foreign = _share(words, "foreign_words.txt")
    return english >= MIN_SHARE or foreign <= english or foreign < MIN_FOREIGN_SHARE


def _words_of(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _share(words: list[str], lexicon: str) -> float:
    if not words:
        return 0.0
    known = _known(lexicon)
    return sum(word in known for word in words) / len(words)


@functools.cache
def _known(lexicon: str) -> frozenset[str]:
    return frozenset(lexicons.entries(lexicon))
