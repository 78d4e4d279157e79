"""The two ends of a range of dates, put in order ("between July and September").

Each end of a range is resolved on its own, so that "grew 0.2% between July
and September", read in March, could take the July to come and the
September gone by. A range runs forward, and its ends share a year unless
they say otherwise:

- an end whose year is written lends it to the other ("from March to May
  2004": March 2004; "December to February 2005": December 2004);
- with neither year written, an end that falls before the start moves a
  year: the start back when the clause looks back or says nothing (news
  looks back), the end ahead when it looks ahead.

Only months and days are moved: a year, a quarter or a week names its year.
A weekday that ends a range is the first such day on or after its start
("from Monday to Friday").
A time on the 24-hour clock that starts a range ("from 1130 to 1215 GMT")
is on the day of its end, which carries the zone for both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from dateline.records import DateValue, TimeMention
from dateline.stages.times.vocabulary import WEEKDAY_WORDS

# What joins the two ends: "to", "until", "through", "-"; "and" after "between".
_JOINS = frozenset({"to", "until", "till", "through", "thru", "-", "–", "—"})
_HOURS = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_DATED = re.compile(r"^(?P<year>\d{4})-(?P<rest>\d{2}(?:-\d{2})?)$")


def in_order(
    text: str, times: Sequence[TimeMention], looks_ahead: Callable[[TimeMention], bool]
) -> tuple[TimeMention, ...]:
    """The mentions with each range's ends in one year, the end on or after the start."""
    found = list(times)
    for i in range(len(found) - 1):
        start, end = found[i], found[i + 1]
        if not _joined(text, start, end):
            continue
        if start.value.value is None and _HOURS.match(start.text) and end.value.precision == "day":
            # "from 1130 to 1215 GMT": the start is a time of the end's day, the zone said once
            found[i] = dataclasses.replace(
                start, value=dataclasses.replace(end.value, text=start.text)
            )
            continue
        weekday = _weekday_after(start.value, end.text)
        if weekday is not None:
            # "from Monday to Friday": the first Friday on or after that Monday
            found[i + 1] = dataclasses.replace(end, value=weekday)
            continue
        ordered = _ordered(start.value, end.value, ahead=looks_ahead(start))
        if ordered is not None:
            found[i] = dataclasses.replace(start, value=ordered[0])
            found[i + 1] = dataclasses.replace(end, value=ordered[1])
    return tuple(found)


def with_years_spanned(text: str, times: Sequence[TimeMention]) -> tuple[TimeMention, ...]:
    """The mentions, the start of each range of years told whole carrying the range's length.

    TimeML annotates "from 2009 to 2011" and "between 2014 and 2016" as one
    DURATION, two years long (MEANTIME does so); our ends stay two dates, as
    the BBC gold writes them, and the length goes on the first, which has
    none of its own. Only a range opened by "from" or "between": "results
    for 2004 and 2005" is a list.
    """
    found = list(times)
    for i in range(len(found) - 1):
        start, end = found[i], found[i + 1]
        years = _years(start), _years(end)
        if (
            None in years
            or start.duration
            or not _opened(text, start)
            or not _joined(text, start, end)
        ):
            continue
        first, last = years
        if first is not None and last is not None and last > first:
            found[i] = dataclasses.replace(start, duration=f"P{last - first}Y")
    return tuple(found)


def _years(time: TimeMention) -> int | None:
    """The year a mention names, when it names a year whole ("2009")."""
    value = time.value.value
    return int(value) if time.value.precision == "year" and value and value.isdigit() else None


def _opened(text: str, start: TimeMention) -> bool:
    """Whether "from" or "between" opens the range that starts at ``start``."""
    before = text[: start.span[0]].split()
    return bool(before) and before[-1].lower() in ("from", "between")


def _weekday_after(start: DateValue, words: str) -> DateValue | None:
    """A weekday that ends a range is the first such day on or after the range's start day.

    A weekday is no day of a month: moved a year, it would fall on another weekday.
    """
    day = _DAY.match(start.value or "")
    name = words.strip().lower()
    if day is None or start.precision != "day" or name not in WEEKDAY_WORDS:
        return None
    first = dt.date.fromisoformat(day.group())
    ahead = (WEEKDAY_WORDS.index(name) - first.weekday()) % 7
    return DateValue((first + dt.timedelta(days=ahead)).isoformat(), "day", "relative", words)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _joined(text: str, start: TimeMention, end: TimeMention) -> bool:
    """Whether two mentions are the ends of one range: "from May to June", "between May and June".

    Not a list ("in May and June"): "and" joins a range only after "between".
    """
    between = text[start.span[1] : end.span[0]].strip().lower()
    if between in _JOINS:
        return True
    before = text[: start.span[0]].split()
    return between == "and" and bool(before) and before[-1].lower() == "between"


Ends = tuple[DateValue, DateValue]


def _ordered(start: DateValue, end: DateValue, *, ahead: bool) -> Ends | None:
    """The two ends in one year, in order, if they needed it and can be moved."""
    first, last = _DATED.match(start.value or ""), _DATED.match(end.value or "")
    if (
        first is None
        or last is None
        or start.precision != end.precision
        or start.precision not in ("month", "day")
        or (start.basis == "text" and end.basis == "text")
    ):
        return None
    turns = first["rest"] > last["rest"]  # "December to February": the year turns between them
    if end.basis == "text":
        return _in_year(start, int(last["year"]) - turns), end
    if start.basis == "text" or ahead:
        if start.basis != "text" and (first["year"], first["rest"]) <= (last["year"], last["rest"]):
            return None
        return start, _in_year(end, int(first["year"]) + turns)
    if (first["year"], first["rest"]) <= (last["year"], last["rest"]):
        return None
    return _in_year(start, int(last["year"]) - turns), end


def _in_year(date: DateValue, year: int) -> DateValue:
    """The same month or day in another year (February 29 stays where it is when it has none)."""
    value = f"{year:04d}{(date.value or '')[4:]}"
    if date.precision == "day":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return date
    return DateValue(value, date.precision, "relative", date.text)
