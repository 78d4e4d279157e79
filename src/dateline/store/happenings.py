"""One happening, many reports: events of different articles merged into clusters.

Two events of two articles (near-copies of one story included) report the
same happening when all of these hold:

- their types are the same, or both in one quad class and both verbal
  (news calls one statement an accusation and another a rejection);
- each side is compatible: the actors (and the recipients) share a person's
  name or another actor's code (IRQGOV), or one side is left open in one of
  them; at least one side must be named in both;
- their dates are known to the day (an event's own, else its article's
  publication date) and no more than :data:`WINDOW_DAYS` apart: a month or
  a year is too wide to tell two happenings apart;
- their places are compatible: the same country, or one unknown.

An event joins the first (earliest stored) cluster it is compatible with,
or starts its own. ``num_sources`` counts the distinct stories (groups of
near-copies) that report a cluster.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateline.records import QUADS

WINDOW_DAYS = 3
"""How many days apart two reports of one happening may date it."""
_VERBAL = frozenset({"verbal_cooperation", "verbal_conflict"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Report:
    """What the merging rule reads of one stored event."""

    key: tuple[str, str]
    """``(article id, event id)``."""
    story: str
    """The group of near-copies the article belongs to."""
    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    date: str | None
    published: str | None
    country: str | None


def same_happening(one: Report, other: Report) -> bool:
    """Whether two reports (of two articles) tell the same happening."""
    return (
        _types_close(one.type, other.type)
        and _sides_fit(one, other)
        and _dates_fit(one.date or one.published, other.date or other.published)
        and (one.country is None or other.country is None or one.country == other.country)
    )


def date_window(report: Report) -> tuple[str, str] | None:
    """The first and last day (ISO) a report of the same happening may date it, if any."""
    day = report.date or report.published
    if not (day and _DAY.match(day)):
        return None
    middle = dt.date.fromisoformat(day)
    reach = dt.timedelta(days=WINDOW_DAYS)
    return (middle - reach).isoformat(), (middle + reach).isoformat()


def _types_close(one: str, other: str) -> bool:
    return one == other or (QUADS[one] == QUADS[other] and QUADS[one] in _VERBAL)


def _sides_fit(one: Report, other: Report) -> bool:
    named = 0
    for mine, theirs in ((one.actors, other.actors), (one.recipients, other.recipients)):
        if mine and theirs:
            if not mine & theirs:
                return False
            named += 1
    return named > 0


def _dates_fit(one: str | None, other: str | None) -> bool:
    """Both dates known to the day, and no more than the window apart.

    A month or a year is too wide to tell one happening from another of the
    same kind between the same sides.
    """
    if not (one and other and _DAY.match(one) and _DAY.match(other)):
        return False
    gap = dt.date.fromisoformat(one) - dt.date.fromisoformat(other)
    return abs(gap.days) <= WINDOW_DAYS
