"""Halves and quarters of no year, valued from the part of a year told before them.

- After a part of a company's fiscal year, a half or quarter of no year is
  of that fiscal year (:func:`fiscal_parts_continued`).
- A part told by its rank alone ("the second", the model's "quarter" left
  out) is of the year of the part it stands beside (:func:`elided_parts_dated`).

"The ferry firm made a fiscal first-half loss, and expects a profit in the
second half": once a text names a part of a company's fiscal
year (``FY2005-H1``), the halves and quarters it names later with no year
("the second half", "the first", "the third quarter") are parts of the
same fiscal year, as the company counts them, not of the calendar year the
publication day and the tense would give. A part told with its year ("the
fourth quarter of 2004") is the calendar's, and ends the run.

"Exports grew 5% in the first quarter, with the second adding just 1%":
the second quarter is of the first quarter's year, whatever the tense of
its own clause; "up 2% in the first quarter, from 1% in the fourth" is of
the year before, a part with a higher rank that a figure is compared from.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from dateline.records import TimeMention

_FISCAL_PART = re.compile(r"^FY(?P<year>\d{4})-(?:H[12]|Q[1-4])$")
_CALENDAR_PART = re.compile(r"^\d{4}-(?P<part>H[12]|Q[1-4])$")
# Words that give a part its year: "the second half of 2004", "this year's first quarter".
_YEAR_TOLD = re.compile(r"\d|\byears?\b|calendar", re.IGNORECASE)


def fiscal_parts_continued(times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """The mentions, each part of no year after a fiscal part valued as of that fiscal year."""
    found = list(times)
    fiscal_year: str | None = None
    for i, time in enumerate(found):
        value = time.value.value or ""
        told = _FISCAL_PART.match(value)
        if told is not None:
            fiscal_year = told["year"]
            continue
        part = _CALENDAR_PART.match(value)
        if part is None or fiscal_year is None:
            continue
        if _YEAR_TOLD.search(time.text):
            fiscal_year = None  # "the fourth quarter of 2004": the calendar's, from here on
            continue
        fiscal = dataclasses.replace(time.value, value=f"FY{fiscal_year}-{part['part']}")
        found[i] = dataclasses.replace(time, value=fiscal)
    return tuple(found)


_ELIDED = re.compile(r"^the\s+(?P<rank>first|second|third|fourth)$", re.IGNORECASE)
_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PART = re.compile(r"^(?P<fiscal>FY)?(?P<year>\d{4})-(?P<unit>[HQ])(?P<number>[1-4])$")
# Words before a part that a figure is compared from: "up from 1% in the fourth".
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")
_COMPARED_FROM = re.compile(r"\b(?:from|than|on)\s+(?:\S+\s+){0,3}$")


def elided_parts_dated(text: str, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """The mentions, each part told by its rank alone dated in the year of the part before it."""
    found = list(times)
    for i in range(1, len(found)):
        elided = _ELIDED.match(found[i].text)
        told = _PART.match(found[i - 1].value.value or "")
        between = text[found[i - 1].span[1] : found[i].span[0]]
        if elided is None or told is None or _SENTENCE_END.search(between):
            continue
        rank = _RANKS[elided["rank"].lower()]
        year = int(told["year"])
        if rank > int(told["number"]) and _COMPARED_FROM.search(text[: found[i].span[0]]):
            year -= 1
        value = f"{told['fiscal'] or ''}{year:04d}-{told['unit']}{rank}"
        found[i] = dataclasses.replace(
            found[i], value=dataclasses.replace(found[i].value, value=value)
        )
    return tuple(found)
