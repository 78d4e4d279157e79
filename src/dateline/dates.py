"""Dates given as metadata or by the user, turned into :class:`DateValue` records.

Free-text time expressions are the times stage's business; this module only
reads dates that are already known to be dates (``--published``, a feed's
``pubDate``, a JSONL ``published`` field, a page's metadata).
"""

from __future__ import annotations

import datetime as dt
import re
import time

from dateline.records import DateBasis, DateValue

_ISO = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
    r"(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$"
)


def parse_iso(text: str, *, basis: DateBasis) -> DateValue | None:
    """Read ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO timestamp.

    The date is kept as written, in the writer's time zone: a timestamp's
    calendar day is the day the source meant.

    Returns ``None`` when ``text`` is not such a date or names no real day.
    """
    match = _ISO.match(text.strip())
    if match is None:
        return None
    year, month, day = match["year"], match["month"], match["day"]
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if day is not None:
        return DateValue(f"{year}-{month}-{day}", "day", basis, text)
    if month is not None:
        return DateValue(f"{year}-{month}", "month", basis, text)
    return DateValue(year, "year", basis, text)


def from_struct_time(value: time.struct_time, text: str | None) -> DateValue:
    """A day-precision metadata date from a parsed ``struct_time`` (as feedparser gives)."""
    day = dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return DateValue(day.isoformat(), "day", "metadata", text)


def day_of(value: DateValue) -> dt.date | None:
    """The calendar day a date names, when it is precise to the day."""
    if value.precision != "day" or value.value is None:
        return None
    return dt.date.fromisoformat(value.value)


def period_of(value: DateValue) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a date precise to the month or year; None otherwise."""
    if value.value is None or value.precision not in ("month", "year"):
        return None
    year = int(value.value[:4])
    if value.precision == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(value.value[5:7])
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)
