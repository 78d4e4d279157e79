"""What was said at a past date to be still to come: resolved from the day it was said.

"The carmaker said in January that it would run out of cash by March",
published in June: the March that was ahead in January, not the next one.
A date told as to come after a past moment ("prospective") is otherwise
resolved as ahead of the publication day (:mod:`.resolve`), which is right
when the saying was a little before it, not when its sentence dates it
months back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from dateline.records import DateValue, TimeMention
from dateline.stages._tree import Tree
from dateline.stages.times.tenses import CLAUSE_STEPS, tense_of, verb_of
from dateline.stages.times.within import resolve_within

# The dates a saying can be placed at: a day, a month or a year ("said on 12 January",
# "said in January", "said last year"); a week or a vague "recently" places it too loosely.
_DATING = frozenset({"day", "month", "year"})
# The links from what was said up to the verb that said it: "said (that) it would ...".
_TOLD = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def resolved_from_the_saying(
    tree: Tree, times: Sequence[TimeMention], published: dt.date
) -> tuple[TimeMention, ...]:
    """Each date told as to come after a past saying its sentence dates, resolved from then.

    Only a saying dated before the publication month moves a date: one told
    this month is near enough the publication day for the date resolved as
    ahead of it to be the one meant. But a day told from a saying dated to
    the day is counted from that day, however near: "said on Thursday the
    bill would pass on Friday", published on Saturday, is the Friday just
    gone, not the next.
    """
    found = list(times)
    for index, time in enumerate(times):
        said = _date_of_the_saying(tree, time, times)
        if said is None or not _far_enough(said, time, published):
            continue
        value = resolve_within(time.text, said, tense="future")
        if value.value is not None and value.value != time.value.value:
            found[index] = dataclasses.replace(
                time, value=DateValue(value.value, value.precision, "relative", time.text)
            )
    return tuple(found)


def _far_enough(said: DateValue, time: TimeMention, published: dt.date) -> bool:
    """Whether a saying lies far enough before the publication day to count a date from it.

    A saying before the publication month; or, for a day, a saying on a day before the
    publication day.
    """
    if (said.value or "")[:7] < published.isoformat()[:7]:
        return True
    return (
        said.precision == "day"
        and time.value.precision == "day"
        and (said.value or "") < published.isoformat()
    )


def _date_of_the_saying(
    tree: Tree, time: TimeMention, times: Sequence[TimeMention]
) -> DateValue | None:
    """The date of the verb that told a mention was to come, when its sentence names one."""
    first, last = tree.token_at(time.span[0]), tree.token_at(time.span[1] - 1)
    if first is None or last is None or time.value.basis == "text":
        return None
    if tense_of(tree, first, last + 1) != "prospective":
        return None
    verb = verb_of(tree, first)
    sayings = set()
    told = False
    for _ in range(CLAUSE_STEPS):
        if verb is None or tree.tokens[verb].dep not in _TOLD or _clause_of_its_own(tree, verb):
            break
        # Below the verb whose complement holds the mention, a verb joined by "and" is
        # another thing said, not the saying: "said it lost $1bn in 2006 and would lose
        # money again this year" dates the loss, not the saying, to 2006.
        told = told or tree.tokens[verb].dep != "conj"
        verb = tree.tokens[verb].head
        if told:
            sayings.add(verb)
    return next(
        (other.value for other in times if other is not time and _dates(tree, other, sayings)),
        None,
    )


def _clause_of_its_own(tree: Tree, verb: int) -> bool:
    """Whether a verb joined to a main clause by "and" has a subject of its own.

    "In 2002 the bank posted record profits, and it has since forecast that
    full year profits would rise": the second clause tells another act, not
    dated by the first one's year. "Said in May it would sell the unit and
    close the plant", or "... and it would close the plant", shares the
    saying: the first clause is itself what was said.
    """
    token = tree.tokens[verb]
    return (
        token.dep == "conj"
        and tree.tokens[token.head].dep not in _TOLD
        and any(tree.tokens[c].dep in ("nsubj", "nsubjpass") for c in tree.children[verb])
    )


def _dates(tree: Tree, other: TimeMention, sayings: set[int]) -> bool:
    """Whether a mention hangs from one of the verbs of saying, with a date it can be placed at."""
    token = tree.token_at(other.span[0])
    return (
        token is not None
        and other.value.precision in _DATING
        and other.value.value is not None
        and verb_of(tree, token) in sayings
    )
