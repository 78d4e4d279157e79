"""Gold values of time expressions written against no particular publication day.

Our BBC gold articles carry no publication date, so the value of "on
Tuesday" or "last year" is written relative to whatever day the article
came out (``evaluation/gold/README.md``, "Times"), and resolved here
against the day the scorer chooses:

- absolute: ``2005-01-27``, ``2005-01``, ``2005``, ``2004-W48``,
  ``2004-W48-WE`` (the weekend of a week, as TimeML writes it), ``2004-Q4``,
  ``2004-H2`` (a half year), ``2004-WI`` (a season: ``SP``, ``SU``, ``FA``,
  ``WI``, a winter the year it begins in), ``FY2005`` and ``FY2005-Q3`` (a
  company's fiscal year, named by the year it ends in, and its quarters and
  halves), ``198`` (a decade): the forms TimeML writes and the stage writes
  (``stages/times/periods.py``);
- a named day or month of no year, on the side the tense points to:
  ``past:--01-27``, ``future:--03-14``, ``past:--11``;
- a weekday: ``past:TUE`` (on or before the day), ``future:FRI`` (after it);
- an offset at a precision: ``+0D``, ``-1D``, ``+1W``, ``-1M``, ``-3M``,
  ``+0Y``, ``-1Q``, and ``-1WE`` for the weekend of an offset week;
- a reference to the publication day's side, as TimeML writes it:
  ``PRESENT_REF`` ("now", "currently"), ``PAST_REF`` ("recently", "the
  past"), ``FUTURE_REF`` ("soon", "the future"), the same on any day.

A duration is written as TIMEX3 writes it (``P3M``, ``PXY``), with no day
to resolve it against; sets that annotate durations give them (``null``
elsewhere).
"""

from __future__ import annotations

import datetime as dt
import re

_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
_ABSOLUTE = re.compile(
    rf"^(?:\d{{4}}(?:-{_MONTH}(?:-{_DAY})?|-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?|-Q[1-4]|-H[12]"
    r"|-(?:SP|SU|FA|WI))?|FY\d{4}(?:-Q[1-4]|-H[12])?|\d{3})$"
)
_PARTIAL = re.compile(rf"^(?P<side>past|future):--(?P<month>{_MONTH})(?:-(?P<day>{_DAY}))?$")
_WEEKDAY = re.compile(r"^(?P<side>past|future):(?P<day>MON|TUE|WED|THU|FRI|SAT|SUN)$")
_REFERENCE = re.compile(r"^(?:PRESENT|PAST|FUTURE)_REF$")
_OFFSET = re.compile(r"^(?P<sign>[+-])(?P<count>\d+)(?P<unit>WE|[DWMYQ])$")
_DURATION = re.compile(r"^P(?:T(?:\d+|X)[HMS]|(?:\d+|X)(?:[YQMWD]|DE|CE))$")
"""A TIMEX3 duration of one unit, its count a number or ``X`` ("years" is ``PXY``)."""
_WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


def is_value(form: str) -> bool:
    """Whether ``form`` is written in one of the forms above."""
    return any(p.match(form) for p in (_ABSOLUTE, _REFERENCE, _PARTIAL, _WEEKDAY, _OFFSET))


def is_duration(form: str) -> bool:
    """Whether ``form`` is a TIMEX3 duration: ``P3M``, ``P18M``, ``PXY``, ``PT5M``."""
    return _DURATION.match(form) is not None


def resolve(form: str, anchor: dt.date) -> str:
    """The ISO value ``form`` names when the article came out on ``anchor``.

    Raises:
        ValueError: ``form`` is in none of the forms.
    """
    if _ABSOLUTE.match(form) or _REFERENCE.match(form):
        return form
    if match := _PARTIAL.match(form):
        return _partial(int(match["month"]), match["day"], anchor, past=match["side"] == "past")
    if match := _WEEKDAY.match(form):
        gap = (_WEEKDAYS.index(match["day"]) - anchor.weekday()) % 7
        if match["side"] == "past":
            return (anchor - dt.timedelta(days=(7 - gap) % 7)).isoformat()
        return (anchor + dt.timedelta(days=gap or 7)).isoformat()
    if match := _OFFSET.match(form):
        count = int(match["count"]) * (1 if match["sign"] == "+" else -1)
        return _offset(count, match["unit"], anchor)
    raise ValueError(f"{form!r} is not a time value form")


def _partial(month: int, day: str | None, anchor: dt.date, *, past: bool) -> str:
    """The nearest such day (or month) on or before the anchor, or after it."""
    year = anchor.year
    here = (anchor.month, anchor.day if day else 0)
    there = (month, int(day) if day else 0)
    if past and there > here:
        year -= 1
    if not past and there <= here:
        year += 1
    return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def _offset(count: int, unit: str, anchor: dt.date) -> str:
    if unit == "D":
        return (anchor + dt.timedelta(days=count)).isoformat()
    if unit in ("W", "WE"):
        year, week, _ = (anchor + dt.timedelta(weeks=count)).isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "Y":
        return str(anchor.year + count)
    months = anchor.year * 12 + anchor.month - 1 + count * (3 if unit == "Q" else 1)
    year, month = divmod(months, 12)
    if unit == "Q":
        return f"{year}-Q{month // 3 + 1}"
    return f"{year}-{month + 1:02d}"
