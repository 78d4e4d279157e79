"""Periods named by a word the model does not take as a date: holidays, seasons, parts of a year."""

from __future__ import annotations

import functools
import re

from dateline.records import Entity
from dateline.stages._tree import Tree
from dateline.stages.times import idioms, missed
from dateline.stages.times.not_times import half_of_a_game
from dateline.stages.times.periods import reference_phrases
from dateline.stages.times.resolve import (
    deictic_phrases,
    holiday_names,
)
from dateline.stages.times.vocabulary import (
    DEICTIC,
    MONTH_NAMES,
    MONTH_SPELLINGS,
    PARTS_OF_DAY,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
    YEAR,
    word_hyphen,
)


def holidays(tree: Tree, covered: set[int]) -> list[Entity]:
    """Holidays and deictic phrases the model did not take as dates.

    Holidays of fixed date ("since Boxing Day"), and the phrases counted from
    the day they are said ("in the New Year", "this week").
    """
    found = []
    by_first = _holiday_words()
    i = 0
    while i < len(tree):
        for words in by_first.get(tree.tokens[i].text.lower(), ()):  # longest first
            end = i + len(words)
            taken = covered & set(range(i, end))
            if (
                tuple(t.text.lower() for t in tree.tokens[i:end]) == words
                and not taken
                and not holiday_in_a_name(tree, i, end)
                and not around_a_holiday(tree, i, end)
                and not idioms.a_holiday_thing(tree, i, end)  # "Christmas cheer"
            ):
                first, last = _holiday_extent(tree, i, end, covered)
                found.append(
                    Entity("DATE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
                )
                covered.update(range(first, last))
                i = last - 1
                break
        i += 1
    return found


def year_of_a_name(tree: Tree, first: int, last: int) -> bool:
    """Whether a year ends a name: "Football Manager 2005", "Aero India 2005".

    A product, a show or a tournament numbered by its year is named, not
    dated, as "Terrorism Act 2000" is not: the year comes right after a
    capitalised name in its sentence that is no word of the calendar ("March
    2005", "Christmas 2004", "Q4 2004" are dates), whether the model took the
    name's last words with it ("India 2005") or not.
    """
    year = last - 1
    if not YEAR.match(tree.tokens[year].text) or year == 0:
        return False
    named = range(first, year) if year > first else range(year - 1, year)
    return all(_name_word(tree, i, year) for i in named)


def _name_word(tree: Tree, i: int, year: int) -> bool:
    """Whether token ``i``, in the sentence of the year, is a capitalised word of no date."""
    token = tree.tokens[i]
    return (
        token.pos == "PROPN"
        and token.text[:1].isupper()
        and tree.sentence_of[i] == tree.sentence_of[year]
        and token.text.lower().rstrip(".") not in _calendar_words()
        and not _PART_OF_A_YEAR.match(token.text)
    )


_PART_OF_A_YEAR = re.compile(r"^(?:Q[1-4]|H[12]|FY|AD|BC)$", re.IGNORECASE)


@functools.cache
def _calendar_words() -> frozenset[str]:
    """The words, lower case, of the months, weekdays, seasons and holidays a year may follow."""
    seasons = ("spring", "summer", "autumn", "fall", "winter")
    holiday_words = (word for name in holiday_names() for word in name.split())
    return frozenset(
        w.lower() for w in (*MONTH_SPELLINGS, *WEEKDAY_WORDS, *seasons, *holiday_words)
    )


def holiday_in_a_name(tree: Tree, first: int, last: int) -> bool:
    """Whether a holiday's name is part of a name: "the Good Friday Agreement", "Easter Island".

    A capitalised word after it in the same sentence that is no weekday or
    month, or a name before it: "Holocaust Memorial Day" is no US Memorial Day.
    """
    words = " ".join(t.text.lower() for t in tree.tokens[first:last]).replace(" 's", "'s")
    if words.removeprefix("the ") not in holiday_names():
        return False
    before = tree.tokens[first - 1] if first > 0 else None
    if (
        before is not None
        and before.pos == "PROPN"
        and before.text[:1].isupper()
        and tree.sentence_of[first - 1] == tree.sentence_of[first]
    ):
        return True
    if last >= len(tree):
        return False
    after = tree.tokens[last]
    return (
        after.text[:1].isupper()
        and after.text not in WEEKDAY_NAMES
        and after.text not in MONTH_NAMES
        and tree.sentence_of[last] == tree.sentence_of[first]
    )


def around_a_holiday(tree: Tree, first: int, last: int) -> bool:
    """Whether an expression is the time around a holiday: "pre-Christmas sales", "post-Easter".

    The words tell a season of trade or travel on one side of the day, and no
    date: TimeML and our BBC gold leave them unmarked, as they do "pre-war".
    Found from its prefix ("pre", the hyphen, "Christmas") or from its name.
    """
    if first + 2 < last and word_hyphen(tree, first + 1):
        prefix, name = first, first + 2
    elif first >= 2 and word_hyphen(tree, first - 1):
        prefix, name = first - 2, first
    else:
        return False
    words = " ".join(t.text.lower() for t in tree.tokens[name:last]).replace(" 's", "'s")
    return tree.tokens[prefix].text.lower() in _AROUND and words in holiday_names()


_AROUND = frozenset({"pre", "post"})


def _holiday_extent(tree: Tree, first: int, last: int, covered: set[int]) -> tuple[int, int]:
    """A holiday's tokens with the "this", "last" or "next" before it and the year after it.

    "last Easter", "Easter Monday 2005", "Thanksgiving, 2008": one date.
    """
    words = " ".join(t.text.lower() for t in tree.tokens[first:last]).replace(" 's", "'s")
    if words not in holiday_names():
        return first, last  # a deictic phrase: "this week"
    if first > 0 and first - 1 not in covered and tree.tokens[first - 1].text.lower() in DEICTIC:
        first -= 1
    after = [t.text for t in tree.tokens[last : last + 2]]
    if after[:1] and YEAR.match(after[0]) and last not in covered:
        last += 1
    elif after[:1] == [","] and len(after) == 2 and YEAR.match(after[1]):
        last += 2
    return first, last


def references_found(tree: Tree, covered: set[int]) -> list[Entity]:
    """The words that name only a side of the publication day ("now", "recently", "in the past").

    The model seldom takes them as dates, but TimeML marks each one that
    says when. Not when they are part of a word ("the now-defunct party",
    "the soon-to-open terminal"), nor in "as soon as" or "soon after",
    which count from another event. A word alone must be an adverb ("the
    present crisis" says no time); a phrase that starts with "the" or
    "this" must follow a preposition of time ("in the past", "at this
    time"; not "the past two years", "the future of the party", "dealt with
    this time and again").
    """
    found = []
    by_first = _reference_words()
    for i, token in enumerate(tree.tokens):
        for words in by_first.get(token.text.lower(), ()):  # longest first
            end = i + len(words)
            if (
                tuple(t.text.lower() for t in tree.tokens[i:end]) == words
                and not covered & set(range(i, end))
                and _says_when(tree, i, end)
            ):
                found.append(Entity("DATE", token.start, tree.tokens[end - 1].end, i, end))
                covered.update(range(i, end))
                break
    return found


def seasons(tree: Tree, covered: set[int]) -> list[Entity]:
    """A season the model missed: "in the autumn", "this spring", "by next summer".

    Or a bare season whose start, end or middle a noun names: "the arrival
    of spring", "the onset of winter" (not "the spring conference"). "Fall"
    is left out: mostly it is no season.
    """
    found = _missed_periods(tree, covered, _SEASON_WORDS, _SEASON_MODIFIERS, "DATE")
    found += _seasons_of_weather(tree, covered)
    found += _seasons_described(tree, covered)
    for i in range(2, len(tree)):
        token = tree.tokens[i]
        if (
            i in covered
            or token.text.lower() not in _SEASON_WORDS
            or tree.tokens[i - 1].text.lower() != "of"
            or tree.tokens[i - 2].lemma.lower() not in _PHASES
            or (i + 1 < len(tree) and tree.tokens[i + 1].pos in ("NOUN", "PROPN"))
        ):
            continue
        found.append(Entity("DATE", token.start, token.end, i, i + 1))
        covered.add(i)
    return found


def season_described(tree: Tree, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are a season after words that describe it.

    "a mild winter", "the unseasonably wet summer", "warmer winter": as TIMEX3
    marks it (and the gold), the expression is the season; "this winter" and
    "early summer" keep the words that say which one.
    """
    if last - first < 2 or tree.tokens[last - 1].text.lower() not in _SEASON_WORDS:
        return False
    before = tree.tokens[first : last - 1]
    return all(t.pos in ("DET", "ADV", "ADJ") for t in before) and any(
        t.pos == "ADJ" and t.text.lower() not in _SEASON_MODIFIERS for t in before
    )


def _seasons_of_weather(tree: Tree, covered: set[int]) -> list[Entity]:
    """A season the model missed before its weather: "on milder winter weather".

    The season told with its weather is a time (the winter it was), as the
    gold reads "the bad winter weather"; not a season joined to a word before
    it ("early-winter weather") nor one before another noun ("winter
    shortages").
    """
    found = []
    for i in range(len(tree) - 1):
        token = tree.tokens[i]
        if (
            i in covered
            or token.text.lower() not in _SEASON_WORDS
            or tree.tokens[i + 1].lemma.lower() not in _WEATHER
            or tree.text[token.start - 1 : token.start] == "-"
        ):
            continue
        found.append(Entity("DATE", token.start, token.end, i, i + 1))
        covered.add(i)
    return found


def _seasons_described(tree: Tree, covered: set[int]) -> list[Entity]:
    """A season the model missed after an article and words that describe it: "a slow summer".

    "After a slow summer of weak hiring", "a wet summer hit sales": the season
    it was, which the gold marks alone, as :func:`season_described` cuts it.
    Not a season that qualifies a noun after it ("a busy summer season"), nor
    one in a name ("the Arab Spring", capitalised).
    """
    found = []
    for i in range(2, len(tree)):
        if i in covered or tree.tokens[i].text not in _SEASON_WORDS:
            continue
        if i + 1 < len(tree) and tree.tokens[i + 1].pos in ("NOUN", "PROPN"):
            continue
        if _described_after_article(tree, i, covered):
            found.append(Entity("DATE", tree.tokens[i].start, tree.tokens[i].end, i, i + 1))
            covered.add(i)
    return found


def _described_after_article(tree: Tree, season: int, covered: set[int]) -> bool:
    """Whether one or two describing words, then "a", "an" or "the", come before a season."""
    for first in (season - 1, season - 2):
        article = first - 1
        if article < 0 or covered & set(range(article, season)):
            return False
        words = tree.tokens[first:season]
        if words[-1].pos != "ADJ" or any(w.pos not in ("ADJ", "ADV") for w in words):
            continue
        if any(w.text.lower() in _SEASON_MODIFIERS for w in words):
            return False  # "the late summer" is the modifiers' work
        if tree.tokens[article].text.lower() in ("a", "an", "the"):
            return True
    return False


# Nouns of the weather a season brings: "winter weather", "summer temperatures".
_WEATHER = frozenset(
    {"weather", "temperature", "storm", "snow", "snowfall", "frost", "freeze", "chill", "cold",
     "heat", "heatwave", "rain", "rainfall", "drought", "gale", "flood"}
)  # fmt: skip


# Nouns for a part of a season or its coming: "the arrival of spring", "the onset of winter".
_PHASES = frozenset(
    {"arrival", "onset", "onstart", "start", "beginning", "end", "middle", "approach", "depth",
     "height", "coming"}
)  # fmt: skip


def falls(tree: Tree, covered: set[int]) -> list[Entity]:
    """The American autumn, "fall", where it can be nothing else.

    "closed last fall", "will open this fall", "in the fall of 2007", "fall
    2009": a "this", "last" or "next" before it that no article makes a noun
    phrase of ("expect the next fall in prices"), or a year after it.
    """
    found = []
    for i, token in enumerate(tree.tokens):
        if token.text.lower() != "fall" or token.pos not in ("NOUN", "PROPN") or i in covered:
            continue
        before = tree.tokens[i - 1].text.lower() if i > 0 else ""
        article = i > 1 and tree.tokens[i - 2].text.lower() in ("the", "a", "an")
        after = [t.text for t in tree.tokens[i + 1 : i + 3]]
        year_after = 1 if after[:1] and YEAR.match(after[0]) else 0
        if after[:1] == ["of"] and len(after) == 2 and YEAR.match(after[1]):
            year_after = 2
        if before in DEICTIC and not article and not year_after:
            if after[:1] and after[0].lower() in ("in", "of", "from", "to", "on"):
                continue  # "last fall in prices"
            first, last = i - 1, i + 1
        elif year_after:
            first, last = (i - 1 if before == "the" else i), i + 1 + year_after
        else:
            continue
        if covered & set(range(first, last)):
            continue
        found.append(
            Entity("DATE", tree.tokens[first].start, tree.tokens[last - 1].end, first, last)
        )
        covered.update(range(first, last))
    return found


def parts_of_year(tree: Tree, covered: set[int]) -> list[Entity]:
    """A quarter or half written as one word before a noun, or a half alone, that the model missed.

    "The first-half loss narrowed", "second-quarter sales": the period of the
    figures, with a "fiscal" before it ("a fiscal first-half profit"), the
    company's; "will pick up in the second half.": the half of the year (not
    the half of a match: "a first-half goal", "scored in the second half").
    """
    found = []
    for i in range(len(tree) - 3):
        if (
            tree.tokens[i].text.lower() in _PART_RANKS
            and word_hyphen(tree, i + 1)
            and tree.tokens[i + 2].text.lower() in ("half", "quarter")
            and tree.tokens[i + 3].pos in ("NOUN", "ADJ")
            and not covered & {i, i + 1, i + 2}
            and not half_of_a_game(tree, i, i + 3)
        ):
            first = i - 1 if i > 0 and tree.tokens[i - 1].text.lower() in _FISCAL else i
            found.append(
                Entity("DATE", tree.tokens[first].start, tree.tokens[i + 2].end, first, i + 3)
            )
            covered.update(range(first, i + 3))
    for i in range(1, len(tree) - 2):
        if (
            [t.text.lower() for t in tree.tokens[i : i + 3]] in (_FIRST_HALF, _SECOND_HALF)
            and tree.tokens[i - 1].text.lower() in _TIME_PREPOSITIONS
            and (i + 3 == len(tree) or tree.tokens[i + 3].pos == "PUNCT")
            and not covered & {i, i + 1, i + 2}
            and not half_of_a_game(tree, i, i + 3)
        ):
            # "sales will pick up in the second half." (of the year under way)
            found.append(Entity("DATE", tree.tokens[i].start, tree.tokens[i + 2].end, i, i + 3))
            covered.update((i, i + 1, i + 2))
    return found


# A company's part of a year: "a record fiscal first-half profit" is of its fiscal year.
_FISCAL = frozenset({"fiscal", "financial"})
_FIRST_HALF = ["the", "first", "half"]
_SECOND_HALF = ["the", "second", "half"]
_PART_RANKS = frozenset({"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"})


def the_period(tree: Tree, covered: set[int]) -> list[Entity]:
    """The period the text named last, as "the period" after a preposition of time.

    "Profits over the period compared badly with 2003's" (after "the fourth
    quarter"); not "the period of mourning", nor "the period" that a noun or
    clause after it says ("the period when").
    """
    found = []
    for i in range(2, len(tree)):
        words = [t.text.lower() for t in tree.tokens[i - 1 : i + 1]]
        after = tree.tokens[i + 1] if i + 1 < len(tree) else None
        if (
            words != ["the", "period"]
            or covered & {i - 1, i}
            or tree.tokens[i - 2].text.lower() not in (*_TIME_PREPOSITIONS, "over")
            or (after is not None and (after.pos in _NOMINAL or after.pos in ("ADP", "PRON")))
            or (after is not None and after.text.lower() in ("when", "that", "which"))
        ):
            continue
        found.append(Entity("DATE", tree.tokens[i - 1].start, tree.tokens[i].end, i - 1, i + 1))
        covered.update((i - 1, i))
    return found


def closed_periods(tree: Tree, covered: set[int]) -> list[Entity]:
    """A day or other period a market ends or starts, which the model misses.

    "Tokyo's Nikkei ended the day 2% lower", "the Dow finished the week
    up 3%", "the market closed for the day": market news tells the day of
    its prices as what the index ended, closed or opened, and TimeML marks
    "the day" (the day told last, or the publication day). Only after a verb
    of ending or starting, as its object or after its "for"; "the day" that
    is the subject or object of anything else ("the day was a disaster")
    is left to the model.
    """
    found = []
    for i in range(1, len(tree)):
        token = tree.tokens[i]
        if (
            i in covered
            or i - 1 in covered
            or token.text.lower() not in _CLOSED_PERIODS
            or tree.tokens[i - 1].text.lower() != "the"
            or not _ended_or_started(tree, i)
        ):
            continue
        found.append(Entity("DATE", tree.tokens[i - 1].start, token.end, i - 1, i + 1))
        covered.update((i - 1, i))
    return found


def _ended_or_started(tree: Tree, i: int) -> bool:
    """Whether the period at ``i`` is what a verb of ending or starting ends or starts."""
    token = tree.tokens[i]
    head = tree.tokens[token.head]
    if token.dep == "pobj" and head.text.lower() == "for":
        token, head = head, tree.tokens[head.head]
    return token.dep in _PERIOD_OBJECTS and head.pos == "VERB" and head.lemma in _CLOSING_VERBS


# The periods a market ends or starts: "ended the day", "closed the week".
_CLOSED_PERIODS = frozenset({"day", "week", "month", "year"})
# Verbs by which a market ends or starts a period of trading.
_CLOSING_VERBS = frozenset({"end", "close", "finish", "start", "open", "begin"})
# Where the model puts the period such a verb ends: its object, a noun of how long
# ("ended the day lower"), or the preposition joined to it ("closed for the day").
_PERIOD_OBJECTS = frozenset({"dobj", "npadvmod", "prep"})


def parts_of_day(tree: Tree, covered: set[int]) -> list[Entity]:
    """A part of the day the model missed: "rose in the morning but fell in the afternoon"."""
    found = _missed_periods(tree, covered, PARTS_OF_DAY, frozenset({"the"}), "TIME")
    return found + _parts_of_a_trading_day(tree, covered)


def _parts_of_a_trading_day(tree: Tree, covered: set[int]) -> list[Entity]:
    """A part of the day that names a market's trading: "at 412.5p in afternoon trade".

    The model often takes the share price before it for a clock time ("412.5p",
    "p" as in "pm") and leaves the part of the day out. Before a word of
    trading it is the time of the prices told, with an "early", "late" or
    "mid" before it ("in late morning deals"); before any other noun it
    qualifies the noun ("the morning papers") and is left out.
    """
    found = []
    for i in range(1, len(tree) - 1):
        word, after = tree.tokens[i].text.lower(), tree.tokens[i + 1].text.lower()
        if word not in PARTS_OF_DAY or after not in _TRADING_WORDS or i in covered:
            continue
        first = i - 1 if tree.tokens[i - 1].text.lower() in _PART_OF_DAY_MODIFIERS else i
        if (
            first in covered
            or first == 0
            or tree.tokens[first - 1].text.lower() not in _TIME_PREPOSITIONS
        ):
            continue
        found.append(Entity("TIME", tree.tokens[first].start, tree.tokens[i].end, first, i + 1))
        covered.update(range(first, i + 1))
    return found


# The words of a market's trading a part of the day comes before: "in morning trade".
_TRADING_WORDS = frozenset({"trade", "trading", "deals", "dealing", "dealings", "session"})
_PART_OF_DAY_MODIFIERS = frozenset({"early", "late", "mid"})


def _missed_periods(
    tree: Tree, covered: set[int], words: frozenset[str], modifiers: frozenset[str], label: str
) -> list[Entity]:
    """A period word after one of its modifiers that the model missed.

    "the" must follow a preposition of time, and the period must not qualify
    a noun ("the spring conference", "the morning papers").
    """
    found = []
    for i in range(1, len(tree)):
        word, before = tree.tokens[i].text.lower(), tree.tokens[i - 1].text.lower()
        if word not in words or before not in modifiers or {i - 1, i} & covered:
            continue
        if before == "the" and (i < 2 or tree.tokens[i - 2].text.lower() not in _TIME_PREPOSITIONS):
            continue
        if i + 1 < len(tree) and tree.tokens[i + 1].pos in ("NOUN", "PROPN"):
            continue
        found.append(Entity(label, tree.tokens[i - 1].start, tree.tokens[i].end, i - 1, i + 1))
        covered.update((i - 1, i))
    return found


_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "winter"})
_SEASON_MODIFIERS = frozenset({"the", "this", "last", "next", "early", "late"})


def _says_when(tree: Tree, first: int, last: int) -> bool:
    """Whether a reference phrase at tokens ``first`` to ``last`` stands as a time of its own."""
    text = tree.text
    start, end = tree.tokens[first].start, tree.tokens[last - 1].end
    words = [t.text.lower() for t in tree.tokens[first:last]]
    if (
        text[start - 1 : start] == "-"
        or text[end : end + 1] == "-"
        or (words[-2:] == ["to", "come"] and not missed.time_to_come(tree, last))
    ):
        return False  # "the now-defunct party"; "took months to come up with a plan"
    before = tree.tokens[first - 1] if first > 0 else None
    after = tree.tokens[last] if last < len(tree) else None
    if words[-1] == "soon" and (
        (before is not None and before.text.lower() in ("as", "so"))
        or (after is not None and after.text.lower() in ("after", "afterwards", "as"))
    ):
        return False
    if words == ["future"]:
        # "will recover in future", as British English says "in the future"; not "in
        # future years" nor "the future of"
        return (
            before is not None
            and before.text.lower() == "in"
            and (after is None or (after.pos not in _NOMINAL and after.text.lower() != "of"))
        )
    if len(words) == 1:
        return tree.tokens[first].pos == "ADV"
    if words[0] in ("the", "this", "these"):
        alone = words == ["these", "days"]  # says when with no preposition: "built these days"
        preposition = before.text.lower() if before is not None else ""
        led = preposition in _TIME_PREPOSITIONS
        # "At the moment BT has ...": an idiom, whatever word follows it
        idiom = preposition == "at" and words == ["the", "moment"]
        return idiom or (
            (alone or led)
            and (after is None or (after.pos not in _NOMINAL and after.text.lower() != "of"))
        )
    return True


_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
_TIME_PREPOSITIONS = frozenset(
    {"in", "at", "for", "until", "till", "by", "since", "from", "into", "during", "of", "to"}
)


@functools.cache
def _reference_words() -> dict[str, list[tuple[str, ...]]]:
    """Each reference phrase as the tokenizer splits it, by its first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in reference_phrases():
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    for phrases in by_first.values():
        phrases.sort(key=len, reverse=True)
    return by_first


@functools.cache
def _holiday_words() -> dict[str, list[tuple[str, ...]]]:
    """Each holiday's name or deictic phrase as the tokenizer splits it, by its first word.

    "New Year's Day" is split "new year 's day".
    """
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in holiday_names() | deictic_phrases():
        words = tuple(name.replace("'s", " 's").split())
        by_first.setdefault(words[0], []).append(words)
    for names in by_first.values():
        names.sort(key=len, reverse=True)
    return by_first
