"""Times: the publication date, and the date each time expression names.

The time expressions are the NLP model's DATE and TIME entities. Each is
resolved against the publication date (:mod:`.resolve`), on the side of it
its clause's tense points to ("met on Friday", "will meet on Friday"). An
article that comes with no publication date gets one inferred
(:mod:`.published`) from a caption's date, a dateline, or the
latest full date of its text, when nothing in the text contradicts it; no
year is ever invented.

The expressions are found by :mod:`.expressions` (the model's spans cut
by :mod:`.pieces`, widened or trimmed by :mod:`.extents`, sifted by
:mod:`.not_times`, added to by :mod:`.named_periods` and :mod:`.missed`);
their clause's tense is read by :mod:`.tenses`; :mod:`.revisions` revises
the dates once resolved by what their sentence says.
"""

from __future__ import annotations

import dataclasses
import re

from dateline.dates import day_of
from dateline.records import Analysis, DateValue, TimeMention
from dateline.stages import Stage
from dateline.stages._tree import Tree
from dateline.stages.times import missed
from dateline.stages.times.anaphora import from_earlier_dates
from dateline.stages.times.durations import with_durations, with_lengths_repeated
from dateline.stages.times.expressions import SPAN_TO_A_DAY, time_expressions, years_counted_back
from dateline.stages.times.parts_told import elided_parts_dated, fiscal_parts_continued
from dateline.stages.times.pieces import cut_at_lines
from dateline.stages.times.published import infer_published
from dateline.stages.times.ranges import in_order, with_years_spanned
from dateline.stages.times.resolve import explicit_date, holiday_names, resolve
from dateline.stages.times.revisions import (
    a_target_ahead,
    a_year_back_from_now,
    against_figure,
    as_told,
    clock_days,
    days_told_after,
    event_days,
    fiscal_years_told,
    looks_ahead,
    old_years,
    parts_of_year_named,
    periods_ended,
    quarters_ended,
    record_set_then,
    restated_against_a_plan,
    since_a_record,
    term_of_comparison,
    weekdays_with_dates,
    year_ago_levels_of_now,
    years_told_ended,
)
from dateline.stages.times.said_then import resolved_from_the_saying
from dateline.stages.times.tenses import date_tense
from dateline.stages.times.vocabulary import MONTH_SPELLINGS, MONTH_WORDS, WEEKDAY_WORDS
from dateline.stages.times.within import resolve_within

__all__ = ["explicit_date", "find_times", "resolve"]
# What a time expression has in it: a number, or a word of the calendar or the
# clock. The model tags some names and bare counts as dates ("Richard Belmar,
# 32"); with none of these they are no time expression.
_TIMEISH = re.compile(
    r"\b(?:\d{3,4}\s*(?:gmt|bst|utc)|\d{4}|\d{1,2}/\d{1,2}/\d\d|\d{1,2}[:.]\d{2}|\d+(?:st|nd|rd|th|s)|"
    + "|".join((*MONTH_WORDS, *WEEKDAY_WORDS))
    + "|"
    + "|".join(rf"{n.lower()}\." for n in MONTH_SPELLINGS[12:])  # "Dec. 25"
    + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\s+\d{1,2}(?!\d)"  # "Oct 1"
    + r"|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|hours?|minutes?|seconds"
    r"|mornings?|afternoons?|evenings?|nights?|noon|midday|midnight|weekends?|spring|summer|fall"
    r"|autumn|winter|christmas|easter|now|nowadays|currently|presently|lately|present|today|tonight"
    r"|tomorrow|yesterday|recent|recently"
    r"|past|future|ago|time|period|era|quarters?|half|annual|daily|weekly|seasons?|sessions?"
    r"|moment|soon|(?:later|earlier)\s+date"
    r"|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
    r"|gmt|bst|utc|am|pm|[ap]\.m\.|\d{1,2}(?:[:.]\d\d)?[ap]m"  # "3pm"
    r"|q[1-4]|fy\s?(?:\d\d){1,2})(?!\w)",  # "FY2010", "FY10"
    re.IGNORECASE,
)
# A holiday's name is a time expression though it has no word of the calendar: "Thanksgiving".
_HOLIDAY_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, holiday_names()), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def find_times(analysis: Analysis) -> Analysis:
    """Add every time expression with its date, and infer a publication date the input lacked."""
    article = analysis.article
    tree = Tree(analysis.parse, article.text)
    published = article.published
    if published.value is None:
        published = infer_published(article, tree)
    anchor = day_of(published)
    events = (
        event_days(tree)
        | missed.next_years_told_short(tree, anchor)
        | years_told_ended(tree, anchor)
    )
    pieces = [
        (entity, start, end)
        for entity in time_expressions(tree, analysis.parse.entities, events)
        for start, end in cut_at_lines(article.text, entity.start, entity.end)
        if (entity.token_start, entity.token_end) in events
        or _TIMEISH.search(article.text[start:end])
        or _HOLIDAY_NAME.search(article.text[start:end])
        or missed.elided_part(tree, entity.token_start)
    ]
    # A span counted back from a day ("the year to 31 March") has no date of its own.
    counted_back = {(start, end) for entity, start, end in pieces if entity.label == SPAN_TO_A_DAY}
    unclocked = [
        TimeMention(
            span=(start, end),
            text=article.text[start:end],
            value=events.get((entity.token_start, entity.token_end))
            or (
                DateValue("PRESENT_REF", "vague", "relative", article.text[start:end])
                if entity.label == missed.NOWADAYS
                else None
            )
            or (
                DateValue(text=article.text[start:end])
                if (start, end) in counted_back
                else dataclasses.replace(
                    resolve_within(
                        as_told(tree, entity, article.text[start:end]),
                        published,
                        tense=date_tense(tree, entity.token_start, entity.token_end),
                    ),
                    text=article.text[start:end],
                )
            ),
        )
        for entity, start, end in pieces
    ]
    times = clock_days(tree, anchor, unclocked)
    # A time of day its clause gives a day ("by midday on Monday") is not counted from another.
    clocked = {t.span for t, u in zip(times, unclocked, strict=True) if t.value != u.value}
    times = weekdays_with_dates(article.text, times)
    times = in_order(article.text, times, lambda t: looks_ahead(tree, t))
    times = fiscal_parts_continued(elided_parts_dated(article.text, times))
    if anchor is not None:
        of_now = a_year_back_from_now(tree, times)
        times = tuple(
            old if old.span in counted_back | clocked else new
            for old, new in zip(
                times,
                from_earlier_dates(
                    times,
                    anchor,
                    lambda t: term_of_comparison(article.text, t) and t.span not in of_now,
                    periods_ended(article.text, times),
                    lambda t: (
                        against_figure(article.text, t)
                        or a_target_ahead(article.text, t, anchor)
                        or since_a_record(article.text, t)
                        or record_set_then(article.text, t)
                    ),
                ),
                strict=True,
            )
        )
        times = resolved_from_the_saying(tree, year_ago_levels_of_now(tree, times, anchor), anchor)
    times = fiscal_years_told(article.text, quarters_ended(article.text, times), counted_back)
    times = old_years(tree, days_told_after(article.text, times))
    times = with_years_spanned(article.text, with_durations(tree, parts_of_year_named(tree, times)))
    times = with_lengths_repeated(article.text, years_counted_back(times, counted_back))
    times = restated_against_a_plan(article.text, times)
    article = dataclasses.replace(article, times=times, published=published)
    return dataclasses.replace(analysis, article=article)


STAGE = Stage(
    name="times",
    run=find_times,
    requires=frozenset({"parse"}),
    assigns=frozenset({"times", "published"}),
)
