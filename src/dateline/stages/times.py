"""Times: the date expressions of the article and the dates they name.

Today this stage reads the NLP model's DATE entities and resolves the ones
that name a date on their own ("February 16, 2024", "October 2022", "2011",
"November 20"). Relative expressions ("on Sunday", "last week") are kept as
mentions with no value until the times issue anchors them to the
publication date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from dateline.records import Analysis, DateValue, TimeMention
from dateline.stages import Stage

_MONTH = re.compile(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b([12]?\d|3[01])(st|nd|rd|th)?\b")
_RELATIVE = re.compile(
    r"\b(ago|last|next|this|yesterday|today|tomorrow|earlier|later)\b", re.IGNORECASE
)
# A fixed anchor so that an explicit date never depends on the day it is parsed.
_ANCHOR = dt.datetime(2000, 1, 1)  # noqa: DTZ001 - a calendar date, no time zone involved


def find_times(analysis: Analysis) -> Analysis:
    """Add a TimeMention for every DATE entity, with a value where the words fix one."""
    text = analysis.article.text
    times = tuple(
        TimeMention(
            span=(entity.start, entity.end),
            text=text[entity.start : entity.end],
            value=explicit_date(text[entity.start : entity.end]),
        )
        for entity in analysis.parse.entities
        if entity.label == "DATE"
    )
    article = dataclasses.replace(analysis.article, times=times)
    return dataclasses.replace(analysis, article=article)


def explicit_date(words: str) -> DateValue:
    """The date ``words`` name by themselves, or an unknown date with the words kept."""
    year = _YEAR.search(words)
    month = _MONTH.search(words)
    parsed = None
    if (year or month) and not _RELATIVE.search(words):
        parsed = _parser().get_date_data(words).date_obj
    if parsed is None:
        return DateValue(text=words)
    day = parsed.date()
    has_day = month is not None and _DAY.search(_MONTH.sub(" ", _YEAR.sub(" ", words))) is not None
    if year is None:
        # "November 20": the day is known, the year is not.
        value = DateValue(f"--{day:%m-%d}", "day", "text", words) if has_day else None
    elif has_day:
        value = DateValue(day.isoformat(), "day", "text", words)
    elif month is not None:
        value = DateValue(f"{day:%Y-%m}", "month", "text", words)
    else:
        value = DateValue(f"{day:%Y}", "year", "text", words)
    return value or DateValue(text=words)


@functools.cache
def _parser():  # type: ignore[no-untyped-def]  # noqa: ANN202 - dateparser is untyped here
    from dateparser.date import DateDataParser  # noqa: PLC0415 - slow import, needed late

    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": _ANCHOR, "PREFER_DAY_OF_MONTH": "first"},
    )


STAGE = Stage(
    name="times",
    run=find_times,
    requires=frozenset({"parse"}),
    assigns=frozenset({"times"}),
)
