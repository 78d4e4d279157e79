"""Inferring a publication date the input did not give.

In order of trust:

1. a full date in a photo caption ("... in Munich, Germany, February 16,
   2024."): captions date the picture of the day (basis ``caption``);
2. a dateline's full date at the head of the text ("MUNICH, Feb 16, 2024
   (Reuters) -", "March 01, 2008" on a line of its own) (basis ``text``);
3. the latest full date of the text (basis ``inferred``), unless a partial
   date of the text ("on November 20") would then lie months before it, as
   happens when the latest full date is an old one ("stalled since
   February 22, 2022"), or the text names a later year ("born on 27 October
   1920 ... elected in 1964").

A candidate must agree with the weekdays the text names: news says "on
Friday" of the day it is published or of the days just before, so if the
text names weekdays, the candidate must be one of them or the day after
one. A full date has a day, a month and a year; nothing less is used, and
no year is ever invented ("Friday, 25 February 2000 GMT" is a day and a
clock time, eight in the evening, not a year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateline.records import UNKNOWN_DATE, Article, DateBasis, DateValue
from dateline.stages._tree import Tree
from dateline.stages.times.resolve import explicit_date

_FULL_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:19|20)\d\d\b(?!\s*(?:gmt|bst|utc)\b)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(" + "|".join(calendar.day_name) + r")\b")
_DATELINE_REACH = 120
"""How far into the text a dateline may stand."""
_PARTIAL_REACH = dt.timedelta(days=62)
"""How long before the publication date a date the text gives without a year may lie."""


def infer_published(article: Article, tree: Tree) -> DateValue:
    """The publication date the captions, a dateline or the text's dates give, else unknown."""
    weekdays = {_day_number(m.group(1)) for m in _WEEKDAY.finditer(article.text)}
    for text, basis in _sources(article):
        for found in _full_dates(text):
            if _agrees(found, weekdays):
                return DateValue(found.isoformat(), "day", basis, _text_of(text, found))
    latest = max(_full_dates(article.text), default=None)
    if (
        latest is not None
        and _agrees(latest, weekdays)
        and _partials_fit(tree, latest)
        and _no_later_year(tree, latest)
    ):
        return DateValue(latest.isoformat(), "day", "inferred", None)
    return UNKNOWN_DATE


def caption_date(article: Article) -> DateValue | None:
    """The first full date a photo caption gives: the day its picture was taken."""
    for caption in article.captions:
        for found in _full_dates(caption.text):
            return DateValue(found.isoformat(), "day", "caption", _text_of(caption.text, found))
    return None


def _sources(article: Article) -> list[tuple[str, DateBasis]]:
    """Captions, then the head of the text where a dateline stands."""
    sources: list[tuple[str, DateBasis]] = [
        (caption.text, "caption") for caption in article.captions
    ]
    head = article.text[:_DATELINE_REACH].split("\n\n", 1)[0]
    if len(head) < _DATELINE_REACH or re.search(r"\)\s*[-–—]", head):
        sources.append((head, "text"))
    return sources


def _full_dates(text: str) -> list[dt.date]:
    """The dates with day, month and year that ``text`` names."""
    found = []
    for match in _FULL_DATE.finditer(text):
        value = explicit_date(match.group())
        if value.precision == "day" and value.value and not value.value.startswith("--"):
            found.append(dt.date.fromisoformat(value.value))
    return found


def _text_of(text: str, day: dt.date) -> str | None:
    """The words of ``text`` that name ``day``."""
    for match in _FULL_DATE.finditer(text):
        value = explicit_date(match.group())
        if value.value == day.isoformat():
            return match.group()
    return None


def _agrees(day: dt.date, weekdays: set[int]) -> bool:
    """Whether a candidate is a weekday the text names, or the day after one."""
    if not weekdays:
        return True
    return day.weekday() in weekdays or (day.weekday() - 1) % 7 in weekdays


def _partials_fit(tree: Tree, day: dt.date) -> bool:
    """Whether every date the text gives without a year lies within two months before ``day``."""
    for entity in tree.parse.entities:
        if entity.label != "DATE":
            continue
        value = explicit_date(tree.text[entity.start : entity.end]).value
        if value is None or not value.startswith("--"):
            continue
        month, date = int(value[2:4]), int(value[5:7])
        year = day.year - ((month, date) > (day.month, day.day))
        try:
            partial = dt.date(year, month, date)
        except ValueError:
            continue
        if day - partial > _PARTIAL_REACH:
            return False
    return True


def _no_later_year(tree: Tree, day: dt.date) -> bool:
    """Whether no date of the text lies in a later year than ``day``.

    A profile's latest full date is often a birth or an old event ("born on
    27 October 1920"), while its other dates run to the present: a text
    that names a later year was not written on that day.
    """
    for entity in tree.parse.entities:
        if entity.label != "DATE":
            continue
        years = _YEARS.findall(tree.text[entity.start : entity.end])
        if any(int(year) > day.year for year in years):
            return False
    return True


_YEARS = re.compile(r"\b((?:19|20)\d\d)\b")


def _day_number(name: str) -> int:
    return list(calendar.day_name).index(name)
