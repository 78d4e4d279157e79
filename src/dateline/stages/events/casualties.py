"""How many people an attack killed and injured, as the sentence telling it says.

News gives a toll in figures or in words ("killed 14", "killing three
people and wounding 12", "two workers were injured", "leaving at least 40
dead", "the deaths of three Syrians and two Iranians"), or as a running
total ("bringing the number of fatalities to 105", "the death toll rose to
12"). Vague counts ("dozens", "hundreds") are no figure. A figure is read
only next to a word of killing or injuring, so that a date ("on March 2")
or another count in the sentence is not taken for one.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

from dateline import lexicons

_COUNTS = "duration_words.tsv"
_ONE_PERSON = "one_person_nouns.txt"
_TIME_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)"
_MOST_WORDS = 3
"""Words that may stand between a figure and its verb: "three Iraqi soldiers were killed"."""


@dataclass(frozen=True, slots=True)
class Toll:
    """The people a sentence says were killed and injured, where it gives a figure."""

    killed: int | None = None
    injured: int | None = None


@functools.cache
def _number_words() -> dict[str, int]:
    """Counts spelled as words ("one" to "ninety", "hundred"), from the duration lexicon."""
    return {
        row["word"]: int(row["value"])
        for row in lexicons.table(_COUNTS)
        if row["kind"] == "count"
        and row["value"].isdigit()
        and " " not in row["word"]
        and row["word"] not in ("a", "an")
    }


_ABOUT = r"(?:(?:at least|some|about|around|nearly|almost|more than|over|up to)\s+)?"
_BE = r"(?:(?:were|was|are|is|have been|has been|had been|being|been)\s+)?"
_BETWEEN = rf"(?:[\w-]+\s+){{0,{_MOST_WORDS}}}?"
_ALONE = r"(?<![\w,.-])"
_NAMING = (
    r"(?:(?!(?:and|were|was|are|is|have|has|had|been|being|killed|dead|died|injured|wounded|hurt)\b)"
    rf"[\w-]+\s+){{0,{_MOST_WORDS}}}?"
)
"""The words naming whom a figure counts, up to the verb or a second group."""
_AND_MORE = (
    rf"and\s+(?:(?P<more><AND_FIGURE>)\s+{_NAMING}"
    rf"|(?P<one>a|an|one|their|his|her)\s+{_NAMING}(?<!s\s))"
)
"""A second group named with the first, by a figure or as one person: "three soldiers and
two civilians", "five engineers and their driver" (not "... and their bodyguards")."""


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    spelled = "|".join(sorted(_number_words(), key=len, reverse=True))
    # "1,200", "14", "twenty-three", "two hundred", "a dozen"; not "killed two
    # years ago" nor "one of the men killed".
    figure = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|a dozen"
        rf"|(?:{spelled})(?:-(?:{spelled}))?(?:\s+hundred)?)"
    )
    number = rf"({figure})(?!\s+(?:of|{_TIME_UNITS})\b)"
    one = "|".join(sorted(lexicons.word_set(_ONE_PERSON), key=len, reverse=True))
    more = rf"\b(?:\s+and\s+({figure})\b)?"  # "a commander and two fighters"
    patterns = {
        "killed_n": rf"\b(?:killed|killing|kills|kill)\s+{_ABOUT}{number}\b",
        "killed_one": rf"\b(?:killed|killing|kills|kill)\s+(?:a|an)\s+{_BETWEEN}(?:{one}){more}",
        "left_dead": rf"\b(?:left|leaving|leaves)\s+{_ABOUT}{number}\s+{_BETWEEN}dead\b",
        "n_killed": rf"{_ALONE}{number}\s+{_BETWEEN}{_BE}(?:killed|dead|died)\b",
        "n_and_more_killed": rf"{_ALONE}{number}\s+{_NAMING}{_AND_MORE}{_BE}(?:killed|dead|died)\b",
        "deaths_of": (
            rf"\b(?:deaths?|murders?|killings?)\s+of\s+{_ABOUT}{number}\s+[\w-]+"
            rf"(?:\s+and\s+{number}\b)?"
        ),
        "toll": (
            r"\b(?:number of (?:fatalities|deaths|dead)|death toll|toll)\s+"
            rf"(?:\w+\s+){{0,2}}?(?:to|at|of)\s+{_ABOUT}{number}\b"
        ),
        "injured_n": rf"\b(?:wounding|injuring|wounded|injured|hurting)\s+{_ABOUT}{number}\b",
        "injured_one": (
            rf"\b(?:wounding|injuring|wounded|injured|hurting)\s+(?:a|an)\s+{_BETWEEN}(?:{one}){more}"
        ),
        "left_injured": (
            rf"\b(?:left|leaving|leaves)\s+{_ABOUT}{number}\s+{_BETWEEN}(?:injured|wounded|hurt)\b"
        ),
        "n_injured": rf"{_ALONE}{number}\s+{_BETWEEN}{_BE}(?:injured|wounded|hurt)\b",
        "n_and_more_injured": (
            rf"{_ALONE}{number}\s+{_NAMING}{_AND_MORE}{_BE}(?:injured|wounded|hurt)\b"
        ),
    }
    patterns = {kind: pattern.replace("<AND_FIGURE>", figure) for kind, pattern in patterns.items()}
    return {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in patterns.items()}


_KILLED = (
    "toll",
    "deaths_of",
    "killed_n",
    "left_dead",
    "n_and_more_killed",
    "n_killed",
    "killed_one",
)
_INJURED = ("injured_n", "injured_one", "left_injured", "n_and_more_injured", "n_injured")
_ONE = frozenset({"killed_one", "injured_one"})
"""Kinds that count one person named with "a": "killing a police officer"."""
_TOLL_WORDS = re.compile(r"\b(?:death toll|fatalities|killed|killing|dead|died)\b", re.IGNORECASE)
_VAGUE_TOLL = re.compile(
    r"\b(?:killed|killing)\s+(?:dozens|scores|hundreds|thousands|many|several|some)\b",
    re.IGNORECASE,
)
"""A toll told without a figure ("killed dozens of fighters"): the next sentence's is another's."""


def toll(sentence: str, following: str = "") -> Toll:
    """The killed and injured a sentence gives, the killed from the next one when it only hints.

    "The death toll ... continues to increase" may leave the figure to the
    sentence after it ("bringing the number of fatalities to 105").
    """
    killed = _first_count(sentence, _KILLED)
    if (
        killed is None
        and following
        and _TOLL_WORDS.search(sentence)
        and not _VAGUE_TOLL.search(sentence)
    ):
        killed = _first_count(following, _KILLED)
    return Toll(killed=killed, injured=_first_count(sentence, _INJURED))


def running_toll(sentence: str) -> int | None:
    """The dead a sentence gives as a running total ("the death toll rose to 17"), if any."""
    return _first_count(sentence, ("toll",))


def _first_count(text: str, kinds: tuple[str, ...]) -> int | None:
    for kind in kinds:
        for match in _patterns()[kind].finditer(text):
            if kind in _ONE:
                # "killing a police officer", "a commander and two fighters"
                more = number_of(match.group(1)) if match.group(1) else None
                return 1 + (more or 0)
            if _named_number(text, match.start(1)):
                continue
            figures = [number_of(group) for group in match.groups() if group]
            if match.re.groupindex.get("one") and match.group("one"):
                figures = [*figures[:-1], 1]  # "and their driver": one more
            if all(figure is not None for figure in figures):
                return sum(figure for figure in figures if figure is not None)
    return None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_MONTHS = frozenset(name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name)


def _named_number(text: str, start: int) -> bool:
    """Whether a figure belongs to a name before it: the "2" of "March 2", "Article 5".

    Not a figure after the word opening the sentence ("Around 140,000 people").
    """
    before = _WORD_BEFORE.search(text, 0, start)
    if before is None or not text[start].isdigit():
        return False
    word = before.group(1)
    opening = not text[: before.start()].strip()
    return word.lower() in _MONTHS or (word[0].isupper() and not opening)


def number_of(text: str) -> int | None:
    """The number a figure or a count word says ("1,200", "twenty-three", "a dozen")."""
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    if text == "a dozen":
        return 12
    words = _number_words()
    spelled, _, hundred = text.partition(" ")
    parts = spelled.split("-")
    if not all(part in words for part in parts) or hundred not in ("", "hundred"):
        return None
    value = sum(words[part] for part in parts)
    return value * 100 if hundred else value
