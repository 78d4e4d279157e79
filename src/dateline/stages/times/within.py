"""Dates named against a publication date known only to its month or year.

An archive often gives the year an article came out and no day ("the BBC's
2005 files"). Most relative dates then stay unknown ("on Tuesday", "last
April": which Tuesday, which April, depends on the day), but some name the
same date whatever the day was: "last year" in a 2005 article is 2004,
"in January" done in 2005 is January 2005, "last month" in a January 2005
article is December 2004. Such a date is the one the expression names
against both the first and the last day the article may have come out; when
the two differ, it stays unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt

from dateline.dates import day_of
from dateline.records import DateValue
from dateline.stages.times.resolve import Tense, resolve


def resolve_within(words: str, published: DateValue, *, tense: Tense = None) -> DateValue:
    """The date ``words`` name against the publication date, whatever its precision.

    Against a day, the expression is resolved as usual; against a month or
    a year, only to a value every day of it gives.
    """
    bounds = _bounds(published)
    if bounds is None:
        return resolve(words, day_of(published), tense=tense)
    first, last = (resolve(words, day, tense=tense) for day in bounds)
    if first.value == last.value and first.precision == last.precision:
        return first
    return resolve(words, None, tense=tense)


def _bounds(published: DateValue) -> tuple[dt.date, dt.date] | None:
    """The first and last days of a month or year publication date; None for a day or none."""
    if published.value is None or published.precision not in ("month", "year"):
        return None
    year = int(published.value[:4])
    if published.precision == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(published.value[5:7])
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
