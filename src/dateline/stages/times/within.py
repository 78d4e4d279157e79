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

from dateline.dates import day_of, period_of
from dateline.records import DateValue
from dateline.stages.times.resolve import Tense, resolve


def resolve_within(words: str, published: DateValue, *, tense: Tense = None) -> DateValue:
    """The date ``words`` name against the publication date, whatever its precision.

    Against a day, the expression is resolved as usual; against a month or
    a year, only to a value every day of it gives.
    """
    bounds = period_of(published)
    if bounds is None:
        return resolve(words, day_of(published), tense=tense)
    first, last = (resolve(words, day, tense=tense) for day in bounds)
    if first.value == last.value and first.precision == last.precision:
        return first
    return resolve(words, None, tense=tense)
