"""Holidays whose day moves from year to year.

Easter and the feasts counted from it, and the US holidays fixed by a
weekday of a month (``lexicons/movable_holidays.tsv``).
A holiday of fixed date ("Boxing Day") is a partial date (:mod:`.resolve`);
one of these has a day only in a given year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from dateline import lexicons

__all__ = ["movable_day", "movable_names"]

_RULE = re.compile(
    r"^(?:easter(?P<easter>[+-]\d+)"
    r"|(?P<rank>[1-4]|last) (?P<weekday>mon|tue|wed|thu|fri|sat|sun) (?P<month>\d\d)"
    r"(?: (?P<shift>[+-]\d+))?)$"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def movable_names() -> frozenset[str]:
    """The names of the movable holidays, lower case."""
    return frozenset(_rules())


def movable_day(name: str, year: int) -> dt.date | None:
    """The day a movable holiday falls on in a year; None for a name that is not one."""
    rule = _rules().get(name)
    if rule is None:
        return None
    match = _RULE.match(rule)
    if match is None:
        return None
    if match["easter"] is not None:
        return easter(year) + dt.timedelta(days=int(match["easter"]))
    month, wanted = int(match["month"]), _WEEKDAYS.index(match["weekday"])
    if match["rank"] == "last":
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        day = last - dt.timedelta(days=(last.weekday() - wanted) % 7)
    else:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(
            days=(wanted - first.weekday()) % 7 + 7 * (int(match["rank"]) - 1)
        )
    return day + dt.timedelta(days=int(match["shift"] or 0))


def easter(year: int) -> dt.date:
    """Western Easter Sunday of a year, by the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own letters
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


@functools.cache
def _rules() -> dict[str, str]:
    return {row["name"]: row["rule"] for row in lexicons.table("movable_holidays.tsv")}
