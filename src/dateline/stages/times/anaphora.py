"""Time expressions counted from the date the text named last ("the next day").

"On Monday the talks began; the next day they failed": TimeML reads "the
next day" from Monday, not from the publication day. Each expression of
``lexicons/anaphoric_times.tsv``, and each count of units "later" or
"earlier" ("34 years later", after 1970), takes the nearest earlier date of the
article that is precise enough for its unit (a day for "the next day", a
year or finer for "the following year"), and keeps the value the
publication day gave it when the text names no such date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

from dateline import lexicons
from dateline.records import DatePrecision, DateValue, TimeMention
from dateline.stages.times.durations import duration_of
from dateline.stages.times.resolve import APPROXIMATE as _APPROXIMATE
from dateline.stages.times.resolve import unqualified
from dateline.stages.times.vocabulary import WEEKDAY_WORDS

# A leading preposition, and an owner's pronoun ("our full-year objectives" are the year's).
_LEADING = re.compile(
    r"^(?:(?:on|in|at|since|by|from|until|during|of|over)\s+)?(?:(?:our|its|their)\s+)?"
)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_YEAR = re.compile(r"^(\d{4})(?:$|-)")


def from_earlier_dates(
    times: Sequence[TimeMention],
    published: dt.date | None = None,
    compared: Callable[[TimeMention], bool] = lambda _: False,
    stands_for: Mapping[tuple[int, int], DateValue] | None = None,
    against: Callable[[TimeMention], bool] = lambda _: False,
) -> tuple[TimeMention, ...]:
    """Each anaphoric expression resolved from the nearest earlier date fit for it.

    With no such date, an expression left with no value is counted from the
    publication day, as TimeML anchors it ("had risen 1% a day earlier").
    "A year ago" is counted from the publication day, unless ``compared``
    says it is the term of a comparison ("profit fell to $10m in the third
    quarter, from $95m a year ago"): then it is the period named last, a
    year back, as "a year earlier" is; so is "the previous year" ("up on
    the year before" after a quarter is that quarter a year back).
    ``stands_for`` gives, by span, the period a mention stands for when later
    ones count from it, where that is not its own value: "December" in "the
    three months to December" ends a quarter, and "a year earlier" after it
    is that quarter a year back.
    ``against`` says a date is the one a figure is compared with ("down from
    $2bn in the final quarter of 2003"): the period told is the one before
    it, and "the quarter" or "a year earlier" after it count from that one.
    """
    found: list[TimeMention] = []
    anchors: list[TimeMention] = []  # ``found`` as later expressions count from it
    terms: set[int] = set()  # the indexes in ``found`` of the terms of a comparison
    for time in times:
        words = _bare(time.text)
        entry = _table().get(words) or _counted(words) or _a_length_back(words, time, compared)
        if (words in _AGO or (words in _YEAR_BEFORE and _part_told(anchors, terms))) and compared(
            time
        ):
            entry = ("period", -1)
        if _a_part_of_the_one_under_way(words, entry, time):
            entry = None  # "the beginning of the year" is the year under way, not the one told
        if _time_of_a_year_told(words, entry, anchors, terms):
            entry = None
        weekday = _weekday_from(words, anchors)
        value: tuple[str, DatePrecision] | None = None
        same = _SAME_IN_YEAR.match(words)
        if weekday is not None:
            value = weekday, "day"
        elif same is not None:
            value = _in_year(int(same["year"] or same["before"]), anchors, terms)
        elif entry is not None:
            value = _counted_from(entry, time, anchors, terms, published)
        if value is not None:
            time = dataclasses.replace(  # noqa: PLW2901 - the resolved mention replaces it
                time, value=DateValue(value[0], value[1], "relative", time.text)
            )
        if (_comparison(time.text) and compared(time)) or against(time):
            terms.add(len(found))
        found.append(time)
        period = (stands_for or {}).get(time.span)
        anchors.append(time if period is None else dataclasses.replace(time, value=period))
    return tuple(found)


def _a_length_back(
    words: str, time: TimeMention, compared: Callable[[TimeMention], bool]
) -> tuple[Unit, int] | None:
    """The unit and offset of a length counted back, when it is the term of a comparison.

    "Output grew 2% in the fourth quarter of the year compared with the previous
    three-month period" compares the quarter with the quarter before, as "the previous
    quarter" would: TimeML makes it that DATE. "The previous 12 months" after
    a year is the year before, a firm's fiscal one too. Told as a length only
    ("prices rose over the previous three months") it stays a length.
    """
    match = _PREVIOUS_LENGTH.match(words)
    if match is None or not compared(time):
        return None
    unit = _LENGTH_AS_UNIT.get(duration_of(match["length"]) or "")
    return None if unit is None else (unit, -1)


_PREVIOUS_LENGTH = re.compile(
    r"^the\s+(?:previous|prior|preceding)\s+(?P<length>.+?)(?:\s+period)?$"
)
# The one period a length is as long as, which a comparison counts back by.
_LENGTH_AS_UNIT: dict[str, Unit] = {
    "P1W": "week",
    "P1M": "month",
    "P3M": "quarter",
    "P1Q": "quarter",
    "P12M": "period",
    "P1Y": "period",
}


def _part_told(found: Sequence[TimeMention], terms: set[int]) -> bool:
    """Whether the period the text named last, a comparison aside, is a quarter, half or season.

    "Up on the previous year" after a quarter is that quarter a year back;
    after a year (a company's own), it is the year before, and so it is
    after a month that ends a year ("the year to March, against the previous
    year").
    """
    told = next(
        (
            t
            for i, t in reversed(list(enumerate(found)))
            if i not in terms and not _comparison(t.text) and _period_shifted(t.value, -1)
        ),
        None,
    )
    return told is not None and told.value.precision in ("quarter", "half", "season")


def _counted_from(
    entry: tuple[Unit, int],
    time: TimeMention,
    found: Sequence[TimeMention],
    terms: set[int],
    published: dt.date | None,
) -> tuple[str, DatePrecision] | None:
    """The date an entry of the table names, from the date named last, else the publication day.

    Counted from the publication day only when the mention had no value of
    its own; a day counted in sessions of a market is a weekday.
    """
    value = _from_earlier(entry, found, terms)
    if value is None and time.value.value is None and published is not None:
        value = _shifted(_today(published, entry[0]), *entry)
    if value is not None and _TRADING.search(_bare(time.text)):
        value = _trading_day(value)
    return value


def _today(published: dt.date, unit: Unit) -> DateValue:
    """The publication day as a count in ``unit`` starts from it: its quarter for quarters."""
    if unit == "quarter":
        return DateValue(f"{published.year:04d}-Q{(published.month - 1) // 3 + 1}", "quarter")
    return DateValue(published.isoformat(), "day", "relative")


def _from_earlier(
    entry: tuple[Unit, int], found: Sequence[TimeMention], terms: set[int]
) -> tuple[str, DatePrecision] | None:
    """The date an entry of the table names, counted from the nearest earlier date fit for it.

    No date counts from one a figure was compared with (``terms``): "in the
    same month", after "lists rose in November, up 2% on the previous
    month", is November, and "the next day", after "fell on Monday, its
    biggest drop since 2001", is Tuesday. What is compared with, or what a
    record is told since, is not the time the text goes on from.
    """
    unit, offset = entry
    # "the previous year" after "sales rose last year, up 3% on 2003" is the year before the
    # one told, not the one before 2003
    earlier = [t for i, t in reversed(list(enumerate(found))) if i not in terms]
    if unit in ("quarter", "whole", "period"):
        # "Revenue for the quarter" after "a year earlier" is the quarter told, not
        # the one it is compared with; so is "a year earlier" after "a year ago",
        # or after "down from $2bn in the final quarter of 2003".
        earlier = [
            t
            for i, t in reversed(list(enumerate(found)))
            if i not in terms and not _comparison(t.text)
        ]
    if unit == "whole":
        earlier = _periods(earlier)[:1]
    if unit == "period":
        earlier = _day_of_the_figures_passed(earlier)
    return next((v for v in (_shifted(t.value, unit, offset) for t in earlier) if v), None)


def _day_of_the_figures_passed(earlier: list[TimeMention]) -> list[TimeMention]:
    """The dates a period is counted back from, without the day a quarter's figures came out.

    "GM reported a third-quarter loss on Friday. A year earlier it lost
    $39bn": the loss a year earlier is the quarter's, a year back, not the
    year of Friday. Only a day told right after a quarter or half (within
    :data:`_SAME_BREATH` characters) is passed over.
    """
    if len(earlier) < 2:  # the day, and the period before it
        return earlier
    day, period = earlier[0], earlier[1]
    if (
        day.value.precision in ("day", "week")
        and period.value.precision in ("quarter", "half")
        and day.span[0] - period.span[1] <= _SAME_BREATH
    ):
        return earlier[1:]
    return earlier


_SAME_BREATH = 40


def _time_of_a_year_told(
    words: str, entry: tuple[Unit, int] | None, found: Sequence[TimeMention], terms: set[int]
) -> bool:
    """Whether a time of year a year back is the publication day's, not the period told.

    "This time" is now, so "this time last year" is the publication day's
    year back whatever the text named before it ("demand will rise in the
    summer; stocks are 9% above this time last year" is last year, not last
    summer). "The same time last year" counts back from the period told
    ("sales rose in February, up on the same time last year" is last
    February), unless that is a whole year: a time of year is a part of one.
    """
    if entry != ("period", -1) or not _TIME_OF_YEAR.match(words):
        return False
    if words.startswith("this "):
        return True
    earlier = [
        t for i, t in reversed(list(enumerate(found))) if i not in terms and not _comparison(t.text)
    ]
    told = next((t for t in earlier if _shifted(t.value, "period", -1)), None)
    return told is not None and told.value.precision == "year"


_TIME_OF_YEAR = re.compile(r"^(?:this|the same) time\b")


# A day counted in sessions of a market, which trades on weekdays only.
_TRADING = re.compile(r"\b(?:trading|session)\b")
_SATURDAY = 5


def _trading_day(value: tuple[str, DatePrecision]) -> tuple[str, DatePrecision]:
    """The weekday a market last traded on, for a day that falls on a weekend.

    "The previous session" before Monday's is Friday's, not Sunday's.
    """
    day = _DAY.match(value[0])
    if day is None or _date(day).weekday() < _SATURDAY:
        return value
    date = _date(day)
    return (date - dt.timedelta(days=date.weekday() - _SATURDAY + 1)).isoformat(), value[1]


_AGO = frozenset({"a year ago", "one year ago"})
# "The previous year" as the term of a comparison is the period told, a year back, as "a year
# earlier" is: "profit for the quarter was 1% up on the year before" is that quarter's.
_YEAR_BEFORE = frozenset(
    {"the previous year", "the year before", "the prior year", "the preceding year"}
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_SAME_IN_YEAR = re.compile(
    r"^the\s+same\s+(?:(?:period|quarter|month|half|season)\s+(?:of|in)\s+(?P<year>\d{4})"
    r"|(?P<before>\d{4})\s+(?:period|quarter|month|half|season))$"
)


def _in_year(year: int, found: Sequence[TimeMention], terms: set[int]) -> tuple[str, DatePrecision]:
    """The period the text named last, in another year: "the same period of 2003".

    Or "the same 2003 period". A comparison is passed over, as for "a year earlier"; a day or a week
    names no period, and with none the year alone is left. So it is when the
    period named last is one of a year that no value writes ("the first
    eleven months of 2004"): an older period is not the one meant.
    """
    for index, time in reversed(list(enumerate(found))):
        if time.value.value is None and _YEAR_IN.search(time.text):
            break
        if index in terms or _comparison(time.text) or time.value.precision in _NOT_PERIODS:
            continue
        period = _PERIOD.match(time.value.value or "")
        shifted = _period_shifted(time.value, year - int(period["year"])) if period else None
        if shifted is not None:
            return shifted
    return f"{year:04d}", "year"


def _periods(earlier: Sequence[TimeMention]) -> list[TimeMention]:
    """The earlier mentions that name a period: not a day, a week or "now"."""
    return [t for t in earlier if t.value.precision not in _NOT_PERIODS]


def a_period_a_year_back(text: str) -> bool:
    """Whether the words name the period told last, a year back: "the same time last year".

    As the table holds them (a leading preposition aside): the model cuts such
    phrases in two ("the same time" and "last year") or takes only their end.
    """
    return _table().get(_plain(text)) == ("period", -1)


def _comparison(text: str) -> bool:
    """Whether an expression is counted from the date before it: "a year earlier"."""
    words = _bare(text)
    entry = _table().get(words) or _counted(words)
    counted_back = words in _AGO or bool(_PREVIOUS_LENGTH.match(words))
    return counted_back or (entry is not None and entry[1] != 0)


_NOT_PERIODS = frozenset({"day", "week", "vague", "none"})


def _bare(text: str) -> str:
    """The words of an expression as the table holds them.

    Without a leading preposition, a qualifier ("more than"), a part of the
    period ("the end of that week" is that week) or a possessive ("that
    day's").
    """
    words = _LEADING.sub("", " ".join(text.lower().split()))
    if words in _table():  # "midday" is no middle of "day"
        return words
    words = _APPROXIMATE.sub("", unqualified(words))
    return _POSSESSIVE.sub("", words)


_POSSESSIVE = re.compile(r"(?:'s|’s)$")


def _a_part_of_the_one_under_way(
    words: str, entry: tuple[Unit, int] | None, time: TimeMention
) -> bool:
    """Whether a part of "the year" or "the month" is of the one under way, not the one told.

    "The beginning of the year", and "a decision is due before the end of the
    month" after a December named in passing, said in January: January's end.
    "The month" alone ("sales in the month") and "later in the month" are of the
    month the text named last.
    """
    if entry is None or _plain(time.text) == words:
        return False
    return entry[0] == "whole" or (words == "the month" and bool(_EDGE.match(_plain(time.text))))


# An edge of the month ("the end of the month"); "later in the month" is of the month told.
_EDGE = re.compile(r"^the\s+(?:end|beginning|start)\s+of\b")


def _plain(text: str) -> str:
    """The words of an expression without a leading preposition or a possessive only."""
    return _POSSESSIVE.sub("", _LEADING.sub("", " ".join(text.lower().split())))


def _weekday_from(words: str, earlier: Sequence[TimeMention]) -> str | None:
    """The weekday after the day the text named last ("the following Monday"), or before it."""
    match = _SIDE_WEEKDAY.match(words)
    if match is None:
        return None
    day = next((d for d in (_DAY.match(t.value.value or "") for t in reversed(earlier)) if d), None)
    if day is None:
        return None
    start, wanted = _date(day), WEEKDAY_WORDS.index(match["day"])
    if match["side"] == "previous":
        return (start - dt.timedelta(days=(start.weekday() - wanted - 1) % 7 + 1)).isoformat()
    return (start + dt.timedelta(days=(wanted - start.weekday() - 1) % 7 + 1)).isoformat()


_SIDE_WEEKDAY = re.compile(
    r"^the\s+(?P<side>previous|following)\s+(?P<day>" + "|".join(WEEKDAY_WORDS) + ")$"
)


Unit = Literal["day", "week", "month", "quarter", "year", "period", "whole"]
"""A unit of :data:`anaphoric_times.tsv`: a precision, the period the text named last, or the
whole year of it."""


def _counted(words: str) -> tuple[Unit, int] | None:
    """The unit and offset of "34 years later" or "two days earlier", if the words say one.

    "Hours later" and "minutes later" count none, but fall on the day told as
    "three hours later" does: a reader takes them for less than a day.
    """
    if _UNCOUNTED_HOURS.match(words):
        return "day", 0
    match = _COUNTED.match(words)
    if match is None:
        return None
    count = match["count"]
    number = int(count) if count.isdigit() else _NUMBERS[count]
    sign = 1 if match["side"] == "later" else -1
    unit, per = _COUNTED_AS[match["unit"]]
    # "three hours later" is on the day told, or the day after it when they run past one
    steps = number // _HOURS_A_DAY if per == 0 and match["unit"] == "hour" else number * per
    return unit, sign * steps


_NUMBERS = {"a": 1, "an": 1, "a couple of": 2, "one": 1, "two": 2, "three": 3, "four": 4,
            "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
            "twelve": 12}  # fmt: skip
_COUNTED = re.compile(
    r"^(?P<count>\d{1,3}|" + "|".join(_NUMBERS) + r")\s+"
    r"(?P<unit>minute|hour|day|week|month|quarter|year|decade)s?"
    r"\s+(?P<side>later|earlier|previously)$"
)
_UNCOUNTED_HOURS = re.compile(
    r"^(?:(?:a\s+few|several|some)\s+)?(?:hours|minutes)\s+(?:later|earlier)$"
)
# The unit a count is told in, and how many of it one stands for: a decade is ten years; hours
# and minutes are counted on the day (``per`` 0), as TimeML values "two hours later" by its day.
_COUNTED_AS: dict[str, tuple[Unit, int]] = {
    "minute": ("day", 0),
    "hour": ("day", 0),
    "day": ("day", 1),
    "week": ("week", 1),
    "month": ("month", 1),
    "quarter": ("quarter", 1),
    "year": ("year", 1),
    "decade": ("year", 10),
}
_HOURS_A_DAY = 24


def _shifted(earlier: DateValue, unit: Unit, offset: int) -> tuple[str, DatePrecision] | None:
    """The date ``offset`` units from an earlier one, if that one is precise enough."""
    if unit == "period":
        return _period_shifted(earlier, offset)
    if unit == "whole":
        return _whole_year(earlier)
    if unit == "quarter":
        quarter = _QUARTER.match(earlier.value or "")
        if quarter is None or earlier.precision != "quarter":
            return None
        index = int(quarter["year"]) * 4 + int(quarter["number"]) - 1 + offset
        return f"{quarter['fiscal'] or ''}{index // 4:04d}-Q{index % 4 + 1}", "quarter"
    value = _unit_shifted(earlier.value or "", unit, offset)
    return None if value is None else (value, unit)


_QUARTER = re.compile(r"^(?P<fiscal>FY)?(?P<year>\d{4})-Q(?P<number>[1-4])$")


def _whole_year(earlier: DateValue) -> tuple[str, DatePrecision] | None:
    """The year a part of it belongs to: "For the full year" after "the fourth quarter".

    Results are told for a part of the year and then the whole; a day or a
    week is no such part (the day results came out), and is passed over.
    """
    if earlier.precision not in ("quarter", "half", "season", "month", "year"):
        return None
    period = _PERIOD.match(earlier.value or "")
    if period is None:
        return None
    return f"{period['fiscal'] or ''}{period['year']}", "year"


def _period_shifted(earlier: DateValue, years: int) -> tuple[str, DatePrecision] | None:
    """The period an earlier date names, ``years`` on: 2008-Q3 a year earlier is 2007-Q3.

    A quarter, half, season, month or fiscal year keeps its kind; a day or a
    week gives its year, as "a year earlier" said after a day means the year.
    """
    value = earlier.value or ""
    period = _PERIOD.match(value)
    if period is not None and earlier.precision in ("quarter", "half", "season", "month", "year"):
        fiscal, rest = period["fiscal"] or "", period["rest"] or ""
        return f"{fiscal}{int(period['year']) + years:04d}{rest}", earlier.precision
    year = _YEAR.match(value)
    return (f"{int(year[1]) + years:04d}", "year") if year else None


_PERIOD = re.compile(
    r"^(?P<fiscal>FY)?(?P<year>\d{4})(?P<rest>-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d{2}))?$"
)


def _unit_shifted(value: str, unit: Unit, offset: int) -> str | None:
    day = _DAY.match(value)
    if unit == "day":
        return (_date(day) + dt.timedelta(days=offset)).isoformat() if day else None
    if unit == "week":
        week = _WEEK.match(value)
        # A weekend day sits between two weeks as news tells them: "said on Sunday it had
        # been in touch at the beginning of the week" may be the week just starting.
        if day and not (offset == 0 and _date(day).weekday() >= _SATURDAY):
            start = _date(day)
        elif week:
            start = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        else:
            return None
        iso_year, number, _ = (start + dt.timedelta(weeks=offset)).isocalendar()
        return f"{iso_year:04d}-W{number:02d}"
    if unit == "month":
        month = _MONTH.match(value)
        if month is None or not month[2].isdigit() or "W" in value or "Q" in value:
            return None
        index = int(month[1]) * 12 + int(month[2]) - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    year = _YEAR.match(value)
    return f"{int(year[1]) + offset:04d}" if year else None


def _date(match: re.Match[str]) -> dt.date:
    return dt.date(int(match[1]), int(match[2]), int(match[3]))


@functools.cache
def _table() -> dict[str, tuple[Unit, int]]:
    units: dict[str, Unit] = {
        "day": "day",
        "week": "week",
        "month": "month",
        "quarter": "quarter",
        "year": "year",
        "period": "period",
        "whole": "whole",
    }
    return {
        row["phrase"]: (units[row["unit"]], int(row["offset"]))
        for row in lexicons.table("anaphoric_times.tsv")
    }
