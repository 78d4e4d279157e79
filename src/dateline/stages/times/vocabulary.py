"""Words of the calendar and the clock that the time finders share."""

from __future__ import annotations

import calendar
import re

from dateline.stages._tree import Tree

BARE_UNITS = frozenset({"day", "month", "quarter", "year", "week"})
DEICTIC = frozenset({"this", "last", "next"})
YEAR = re.compile(r"^(?:19|20)\d\d$")
ZONES = frozenset({"gmt", "bst", "utc"})
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
HOURS = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")


WEEKDAY_NAMES = frozenset(calendar.day_name)
MONTH_NAMES = frozenset(n for n in calendar.month_name if n)
WEEKDAY_WORDS = tuple(name.lower() for name in calendar.day_name)
"""The weekdays, lower case, Monday first: a word's index is its ``date.weekday()``."""
MONTH_WORDS = tuple(name.lower() for name in calendar.month_name[1:])
"""The months, lower case, January first."""
MONTH_SPELLINGS = (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept")
"""The ways news writes a month: its name, its abbreviation, and "Sept"."""
DAY_OF_MONTH = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
HOW_OFTEN = frozenset({"annual", "yearly", "quarterly", "monthly", "weekly", "daily"})
# The parts of a whole that a change is told in: "fell by a third", "lost three quarters of".
FRACTIONS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
     "sixth", "sixths", "tenth", "tenths"}
)  # fmt: skip
# The counts a fraction is said with: "a third", "two-thirds", "three quarters".
FRACTION_COUNTS = frozenset({"a", "an", "one", "two", "three", "four", "-"})


def word_hyphen(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("fourth-quarter"), not between numbers.

    "2009-2011" and "10-12 March" are ranges.
    """
    if tree.tokens[i].text != "-" or i == 0 or i + 1 >= len(tree):
        return False
    before, dash, after = tree.tokens[i - 1], tree.tokens[i], tree.tokens[i + 1]
    joined = before.end == dash.start and dash.end == after.start
    return joined and not (before.text[:1].isdigit() and after.text[:1].isdigit())
