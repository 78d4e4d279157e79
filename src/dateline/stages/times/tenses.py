"""The tense of a time expression's clause: whether its day is done, to come, or neither.

"met on Friday" is done, "will visit on Friday" to come, "said it would
visit on Friday" to come after it was said; figures of a period and what is
expected, scheduled or granted have their own readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline.records import Token
from dateline.stages._tree import PRESENT_TAGS, Tree
from dateline.stages.quotes import cues as quote_cues
from dateline.stages.times.resolve import (
    Tense,
)
from dateline.stages.times.vocabulary import MONTH_NAMES, WEEKDAY_NAMES

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall"})
# What may, must or should be done is to come, unless it may have been done.
# "Could" is left out: it is as often the past of "can" ("could not be reached on Monday");
# "can" too, which sets figures side by side ("can be compared with March"). Both put a
# weekday ahead (:func:`_weekday_that_could_come`).
_FUTURE_MODALS = frozenset({"may", "might", "must", "should"})
_FUTURE_VERBS = frozenset({"due", "schedule", "expect", "plan", "set", "go", "intend"})
# Verbs whose complement is to come after them: what one hopes, needs or vows to do.
_INTENT_VERBS = frozenset(
    {"hope", "aim", "need", "want", "seek", "promise", "pledge", "vow", "threaten", "prepare"}
)
_FUTURE_ADJECTIVES = frozenset({"due", "upcoming", "forthcoming"})
# Words that forecast what someone will do: "is likely to", "seems certain to", "is
# tipped to", "is poised to", "is slated to" (the model lemmatises "tipped" "tip").
_LIKELY = frozenset({"likely", "unlikely", "certain", "sure", "bound", "tip", "poise", "slate"})


def verb_of(tree: Tree, token: int | None) -> int | None:
    """The verb a token's phrase hangs from, a few steps up."""
    for _ in range(6):
        if token is None:
            return None
        parent = tree.tokens[token].head
        if parent == token:
            return token if tree.tokens[token].pos in ("VERB", "AUX") else None
        token = parent
        if tree.tokens[token].pos in ("VERB", "AUX"):
            return token
    return None


def date_tense(tree: Tree, first: int, last: int) -> Tense:
    """The tense to resolve an expression's date by: :func:`tense_of`, or "over" for a period's end.

    The day a period ended is on or before the publication day, even when
    a past clause may mean a day just ahead ("a vote set for 9 November"):
    "the week ended July 24", or a period told as done that was "ending" on
    a day ("shares fell in the week ending July 24").
    """
    if _end_of_a_forecast_period(tree, first):
        return "future"
    tense = tense_of(tree, first, last)
    if _day_a_period_ended(tree, first) or (tense == "past" and _day_a_period_ends(tree, first)):
        return "over"
    return tense


def _end_of_a_forecast_period(tree: Tree, first: int) -> bool:
    """Whether an expression is the day or month a forecast's period runs to.

    A forecast is of a period not yet over, whatever the tense of its verb,
    so the day that period ends is ahead: "cut its forecast for the year to
    March", said in November, runs to next March, not the one gone.
    """
    ends = (("ending", ("on", "in")), ("to", ()), ("through", ()))
    periods = (_period_before(tree, first, verb, linking) for verb, linking in ends)
    return any(p is not None and _forecast_period(tree, p) for p in periods)


def tense_of(tree: Tree, first: int, last: int) -> Tense:
    """What the clause of an expression says of it: done, to come, or neither.

    "met on Friday" is done, "will visit on Friday" to come, "said it would
    visit on Friday" to come after it was said.
    """
    if (
        _day_a_period_ended(tree, first)
        or _runs_since(tree, first)
        or _day_of_telling(tree, first)
        or _figure_compared_from(tree, first)
        or _figures_told_now(tree, first, last)
        or _followed_now(tree, first, last)
    ):
        return "past"
    if _awaited_day(tree, first, last) or _delivery_month(tree, first, last):
        return "future"
    head = tree.phrase_head(first, last)
    node = first if head is None else head
    if _forecast_period(tree, node) or _reporting_period(tree, node):
        return _tense_of_figures(tree, node, first, last)
    if (
        _expected_event(tree, node)
        or _set_for_by_a_participle(tree, node)
        or _time_granted(tree, first)
    ):
        return _tense_of_a_time_ahead(tree, node, first, last)
    tense = _clause_tense(tree, node, first, last)
    if tense in ("future", "prospective") and _day_a_period_ends(tree, first):
        tense = None  # figures to come of a period that may be over: the nearest
    elif tense in ("future", "prospective") and _month_of_figures(tree, node):
        tense = None  # figures to come or foreseen, of a month that may be over: the nearest
    elif tense is None:
        tense = _tense_of_no_tensed_verb(tree, node, first, last)
    return tense


def _tense_of_no_tensed_verb(tree: Tree, node: int, first: int, last: int) -> Tense:
    """What the words around an expression say of it when its verb says nothing either way."""
    if _scheduled(tree, node, first, last) or _deadline(tree, first, last):
        return "future"
    if _date_of_a_record(tree, node, first):
        return "past"  # "the stock is 60% below its high in May": the high has been reached
    if _change_told(tree, first) and not foreseen(tree, node):
        return "past"  # "with sales up 0.4% in the third quarter": the figure is out
    if _weekday_that_could_come(tree, node, first, last):
        return "prospective"
    return None


def _weekday_that_could_come(tree: Tree, node: int, first: int, last: int) -> bool:
    """Whether a weekday is the day something "could" or "can" happen: ahead, as with "would".

    "a second vote could come on Thursday" and "can draw on the loans as soon
    as Monday" are of a day to come, where a weekday of no tense would be the
    last one. "Could" is also the past of "can", so it is not read so when it
    has "not", "have" or "only" ("could not be reached on Friday", "could
    have closed on Friday", "could only manage a slim gain on Monday"); nor
    of a month or a quarter, whose nearest occurrence is already the one to
    come when it is near.
    """
    if not any(tree.tokens[i].text in WEEKDAY_NAMES for i in range(first, last)):
        return False
    verb = verb_of(tree, node)
    if verb is None:
        return False
    children = [tree.tokens[c] for c in tree.children[verb]]
    modals = {c.text.lower() for c in children if c.dep == "aux"}
    of_can = any(c.dep == "neg" or c.text.lower() == "only" for c in children)
    return bool(modals & {"could", "can"}) and "have" not in modals and not of_can


def _month_of_figures(tree: Tree, node: int) -> bool:
    """Whether a month owns the figures a clause tells of: "December's figure", "the May data".

    A month's figures come out after it, and are foreseen before they do:
    "forecasters expected November's figure to come in at 54", said in December,
    is of the November just gone, though what was expected then was to come;
    so is "the carmaker will report its May sales on Tuesday", said in June,
    and the month the figures are "for" ("jobless figures for May are due on
    Friday").
    """
    token = tree.tokens[node]
    if token.text not in MONTH_NAMES:
        return False
    if token.dep == "pobj":
        return _figures_for(tree, token.head)
    owner = tree.tokens[token.head]
    return (
        token.dep in ("poss", "compound", "nmod")
        and bool({owner.text.lower(), owner.lemma.lower()} & _MONTHLY_FIGURES)
        and owner.dep != "compound"  # "its December sales event" is an event to come
    )


def _figures_for(tree: Tree, preposition: int) -> bool:
    """Whether a "for" is that of the figures it follows: "data for April", "report results for".

    The parser hangs the "for" on the figures or on the verb whose object they are.
    """
    if tree.tokens[preposition].text.lower() != "for":
        return False
    owner = tree.tokens[preposition].head
    owners = [owner, *(c for c in tree.children[owner] if tree.tokens[c].dep == "dobj")]
    return any(
        {tree.tokens[o].text.lower(), tree.tokens[o].lemma.lower()} & _MONTHLY_FIGURES
        for o in owners
    )


# What is told of a month after it ends: "December's figure", "the May data".
_MONTHLY_FIGURES = frozenset(
    {"figure", "figures", "data", "reading", "number", "numbers", "result", "results", "sales"}
)


def _change_told(tree: Tree, first: int) -> bool:
    """Whether a period is the one a change is told of, as a figure: "up 0.4% in the quarter".

    A change measured over a period is known once the period is over; where no
    verb gives a tense ("with output down 2% in the third quarter"), it is the
    period just ended, not the nearest.
    """
    return bool(_CHANGE_TOLD.search(_words_just_before(tree, first)))


_CHANGE_TOLD = re.compile(
    r"\b(?:up|down)\s+(?:(?:just|only|by|some|about|around|nearly|almost)\s+)?"
    r"\d[\d.]*\s*(?:%|per\s*cent|percent)\s+(?:in|during|over|for)\s+$",
    re.IGNORECASE,
)


def _figure_compared_from(tree: Tree, first: int) -> bool:
    """Whether a period is the one a figure is compared from: "down from 7.9% in the third quarter".

    The figure it changed from is known, so its period is over, whatever
    verb or forecast the parser hangs the phrase under ("less than the 8.4%
    forecast by brokers and down from 7.9% in the third quarter").
    """
    return bool(_COMPARED_FROM.search(_words_just_before(tree, first)))


def _followed_now(tree: Tree, first: int, last: int) -> bool:
    """Whether a period is what the news now follows: "the figures come after a slow summer".

    What is told in the present follows the period, so the period is over
    ("the rise follows a weak winter", said in August, is the winter gone), as
    a weekday such a verb relates to is (:func:`_relates`).
    """
    head = tree.phrase_head(first, last)
    if head is None:
        return False
    token = tree.tokens[head]
    verb = token.head
    if token.dep == "pobj" and tree.tokens[verb].text.lower() in ("after", "amid"):
        verb = tree.tokens[verb].head
    elif token.dep != "dobj" or tree.tokens[verb].lemma.lower() != "follow":
        return False
    return (
        tree.tokens[verb].tag in PRESENT_TAGS
        and tree.tokens[verb].lemma.lower() in ("come", "follow")
        and not any(tree.tokens[c].dep in _AUX_DEPS for c in tree.children[verb])
    )


def _words_just_before(tree: Tree, first: int) -> str:
    """The text just before a token, as far back as a figure and its change are told."""
    return tree.text[max(0, tree.tokens[first].start - 60) : tree.tokens[first].start]


_COMPARED_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+\S*\d\S*(?:\s+(?:%|per\s*cent|percent|[mb]n|million|billion))?"
    r"\s+(?:in|during|for)\s+$",
    re.IGNORECASE,
)


def _day_of_telling(tree: Tree, first: int) -> bool:
    """Whether a weekday is the day the news is told on: "the Fed meets later on Tuesday".

    "Later" or "earlier" on a weekday counts from a moment of that day, so the
    writer is on it: the weekday is the publication day, or one before it,
    never the next week's, whatever the tense ("will vote later on Tuesday").
    """
    day = first
    while day < len(tree) and tree.tokens[day].text.lower() in ("later", "earlier", "on"):
        day += 1
    if day >= len(tree) or tree.tokens[day].text not in WEEKDAY_NAMES:
        return False
    before = [t.text.lower() for t in tree.tokens[max(0, day - 2) : day]]
    return before[-1:] in (["later"], ["earlier"]) or before in (["later", "on"], ["earlier", "on"])


def _date_of_a_record(tree: Tree, node: int, first: int) -> bool:
    """Whether an expression tells when a high, low or peak was reached: "its peak in June".

    The model hangs "in June" from the verb, so the record is the word before
    "in"; "its May peak" is the month's.
    """
    token = tree.tokens[node]
    if token.dep == "compound" and tree.tokens[token.head].lemma.lower() in _RECORDS:
        return True
    before = tree.tokens[max(0, first - 2) : first]
    return (
        len(before) == 2
        and before[1].text.lower() in ("in", "of")
        and before[0].pos == "NOUN"
        and before[0].lemma.lower() in _RECORDS
    )


# What a price or index reaches and leaves: once named with a date, that date is behind.
_RECORDS = frozenset({"high", "low", "peak", "trough", "record"})


def _tense_of_figures(tree: Tree, node: int, first: int, last: int) -> Tense:
    """What the clause says of the period of figures or of a forecast: ended, or the nearest.

    The figures of a quarter come after it: told as done, the quarter has
    ended ("the first-quarter loss narrowed"); else the nearest ("will report
    third-quarter results", "expects a fourth-quarter loss"). What was under
    way when it was said is not done: "said it was cutting first-quarter
    output" is the quarter it was said in. A forecast is of a period not yet
    over, whatever the tense of its verb: "cut its full-year forecast" and
    "said it expected a fourth-quarter loss", said in November, are this
    year's, not the last ones ended.
    """
    if _forecast_period(tree, node) or _under_way(tree, node) or foreseen(tree, node):
        return None
    return "past" if _clause_tense(tree, node, first, last) == "past" else None


def _figures_told_now(tree: Tree, first: int, last: int) -> bool:
    """Whether a quarter or half is the period of figures a clause tells as they stand.

    "The brewer's performance in the third quarter marks a steep fall", "growth of
    0.2% in the third quarter is too weak": figures told in the present are
    out, so their period is over, the last one ended, not the nearest, which
    may lie ahead. Not a forecast ("its third-quarter profit forecast is
    $2bn"), nor what the present foresees ("growth in the third quarter is
    likely to slow", "is expected to").
    """
    head = tree.phrase_head(first, last)
    node = first if head is None else head
    token = tree.tokens[node]
    if token.text.lower() not in ("quarter", "half") or _forecast_period(tree, node):
        return False
    told = _figure_and_its_verb(tree, node)
    if told is None:
        return False
    figure, verb = tree.tokens[told[0]], told[1]
    return (
        bool({figure.text.lower(), figure.lemma.lower()} & (_FIGURES | _MEASURED))
        and tree.tokens[verb].tag in PRESENT_TAGS
        and not _foretold_now(tree, verb)
        and not foreseen(tree, node)
    )


def _figure_and_its_verb(tree: Tree, period: int) -> tuple[int, int] | None:
    """The noun a period qualifies and the verb that tells of it, if the period qualifies one.

    "third-quarter growth", "growth in the third quarter": growth. Where the
    parser hangs "in the third quarter" from the verb ("growth of 0.2%... in
    the third quarter is"), the noun is the verb's subject.
    """
    token = tree.tokens[period]
    owner = token.head
    if token.dep == "pobj" and tree.tokens[owner].text.lower() in ("for", "in", "during"):
        owner = tree.tokens[owner].head
    elif token.dep not in ("compound", "amod", "nmod"):
        return None
    if tree.tokens[owner].pos in VERBS:
        subjects = [c for c in tree.children[owner] if tree.tokens[c].dep == "nsubj"]
        return (subjects[0], owner) if subjects else None
    verb = verb_of(tree, owner)
    return None if verb is None else (owner, verb)


def _foretold_now(tree: Tree, verb: int) -> bool:
    """Whether a verb in the present tells what is to come: "is likely to", "is due to", "will".

    So does one in what a forecast says: "predicts sales pick up in the second half".
    """
    kids = [tree.tokens[c] for c in tree.children[verb]]
    above = tree.tokens[tree.tokens[verb].head]
    if tree.tokens[verb].dep == "ccomp" and above.lemma.lower() in _FORESEEING:
        return True
    return _ahead(tree, verb) is not None or any(
        (kid.dep == "aux" and kid.lemma.lower() != "do")
        or (kid.dep == "acomp" and kid.lemma.lower() in _LIKELY | _FUTURE_ADJECTIVES)
        for kid in kids
    )


# What a period's figures measure, beside the figures themselves: "growth in the quarter".
_MEASURED = frozenset({"growth", "performance", "output", "gdp", "contraction", "expansion"})


def foreseen(tree: Tree, node: int) -> bool:
    """Whether the first verb above token ``node`` foresees: "expected a fourth-quarter loss"."""
    verb = _first_verb_above(tree, node, CLAUSE_STEPS)
    return verb is not None and tree.tokens[verb].lemma.lower() in _FORESEEING


def _first_verb_above(tree: Tree, node: int, steps: int) -> int | None:
    """The first verb above token ``node``, within ``steps`` heads, if any."""
    for _ in range(steps):
        parent = tree.tokens[node].head
        if parent == node:
            return None
        node = parent
        if tree.tokens[node].pos == "VERB":
            return node
    return None


# Verbs by which figures are foreseen, not told: "it expected a loss in the fourth quarter".
_FORESEEING = frozenset({"expect", "forecast", "predict", "project", "anticipate", "warn"})


def _awaited_day(tree: Tree, first: int, last: int) -> bool:
    """Whether a weekday owns what is awaited: "ahead of Monday's vote", "awaiting Friday's data".

    What a market waits for has not come, whatever the tense of its verb
    ("shares edged higher ahead of Monday's vote"): the weekday is the next
    one. Not when the sentence told another day before it ("fell on Tuesday
    ahead of Wednesday's vote", said on Thursday, is of a vote gone), nor
    when a clause tells what the thing awaited did ("ahead of Friday's
    report, which showed ...").
    """
    if last - first != 1 or tree.tokens[first].text not in WEEKDAY_NAMES:
        return False
    if last >= len(tree) or tree.tokens[last].text not in ("'s", "’s"):
        return False
    before = tuple(t.text.lower() for t in tree.tokens[max(0, first - 4) : first])
    if not any(before[-len(cue) :] == cue for cue in _AWAITING):
        return False
    return not (
        _day_told_before(tree, first)
        or _told_as_done(tree, tree.tokens[first].head)
        or _told_before_then(tree, first)
    )


# The nouns after a month that make it the month a futures contract delivers in.
_DELIVERY_NOUNS = frozenset({"delivery", "contract", "contracts", "futures"})


def _delivery_month(tree: Tree, first: int, last: int) -> bool:
    """Whether a month is the one a commodity contract delivers in: "crude for November delivery".

    A market report names the contract by its month, which is always ahead
    of the day of trading, whatever the tense of the price's verb ("oil for
    December delivery fell $2", "the March contract settled at $45"); the
    nearest month told back would be a contract long expired. Only a bare
    month: "the contract for December 2009" says its year.
    """
    if last - first != 1 or tree.tokens[first].text not in MONTH_NAMES or last >= len(tree):
        return False
    return tree.tokens[last].text.lower() in _DELIVERY_NOUNS


# The words before what is awaited: "ahead of", "awaiting", "in the run-up to".
_AWAITING = (
    ("ahead", "of"),
    ("awaiting",),
    ("waiting", "for"),
    ("wait", "for"),
    ("await",),
    ("awaits",),
    ("in", "advance", "of"),
    ("run", "-", "up", "to"),
    ("lead", "-", "up", "to"),
    ("pending",),
)


def _day_told_before(tree: Tree, first: int) -> bool:
    """Whether the sentence names a weekday or a day from today before token ``first``."""
    start, _ = tree.sentence_span(tree.sentence_of[first])
    return any(
        t.text in WEEKDAY_NAMES or t.text.lower() in ("yesterday", "today")
        for t in tree.tokens[start:first]
    )


def _told_before_then(tree: Tree, first: int) -> bool:
    """Whether the verb of a clause is in the past perfect: "polls had shown", "had risen".

    The past perfect tells what came before a moment now past: "polls in the
    run-up to Tuesday's vote had shown a tie" looks back from the vote, which
    has come.
    """
    verb = _first_verb_above(tree, first, _PERFECT_STEPS)
    return verb is not None and _past_perfect(tree, verb)


def _past_perfect(tree: Tree, verb: int) -> bool:
    """Whether a verb is in the past perfect: "had shown", "had expected"."""
    return any(
        tree.tokens[c].dep == "aux"
        and tree.tokens[c].lemma.lower() == "have"
        and tree.tokens[c].tag == "VBD"
        for c in tree.children[verb]
    )


# How far above a day its clause's verb may be: "polls in the run-up to Tuesday's vote had
# shown" (Tuesday, vote, to, up, in, polls, shown).
_PERFECT_STEPS = 8


def _told_as_done(tree: Tree, noun: int) -> bool:
    """Whether a clause on the noun tells it in the past: "the report, which showed"."""
    return any(
        tree.tokens[c].dep in ("relcl", "acl") and tree.tokens[c].tag == "VBD"
        for c in tree.children[noun]
    )


def _day_a_period_ended(tree: Tree, first: int) -> bool:
    """Whether an expression is the day a period is told to have ended: "the quarter ended June 30".

    Firms report on a quarter after it has ended, so the day is past
    whatever the main verb says ("will report results for the quarter ended
    September 30 on Thursday"); "ending" may look ahead, and is left alone.
    """
    return _period_told_to(tree, first, "ended", ("on",))


def _day_a_period_ends(tree: Tree, first: int) -> bool:
    """Whether an expression is the day a period is told to end on: "the quarter ending March 31".

    Figures to come may be of a period over: "will report results for the
    three months ending in February", said in March, are of the February
    just gone, so a future clause says nothing of the day, which is the
    nearest. So is the month a period runs "to" or "through": "said it would
    post a loss for the three months to September", said in November.
    """
    return _period_told_to(tree, first, "ending", ("on", "in")) or any(
        _period_told_to(tree, first, linking, ()) for linking in ("to", "through")
    )


def _period_told_to(tree: Tree, first: int, verb: str, linking: tuple[str, ...]) -> bool:
    """Whether a period word and ``verb`` stand before an expression, a ``linking`` word between.

    "the quarter ended (on) June 30", "the three months ending (in) May".
    """
    return _period_before(tree, first, verb, linking) is not None


def _period_before(tree: Tree, first: int, verb: str, linking: tuple[str, ...]) -> int | None:
    """The period word told to run to an expression (:func:`_period_told_to`), or ``None``."""
    index = first - 1
    if index >= 0 and tree.tokens[index].text.lower() in linking:
        index -= 1
    if index < 1 or tree.tokens[index].text.lower() != verb:
        return None
    return index - 1 if tree.tokens[index - 1].text.lower() in _PERIOD_WORDS else None


def _runs_since(tree: Tree, first: int) -> bool:
    """Whether an expression is the start of a time that runs on: "rates have risen since June".

    What has lasted since a date began before it was told, whatever the tense
    the parse finds ("five rises since June", said in March, are since last
    June; the nearest June would be ahead). So has what was done since an
    act of that date: "its first results since listing on the market in June".
    """
    if first > 0 and tree.tokens[first - 1].text.lower() == "since":
        return True
    verb = verb_of(tree, first)
    return (
        verb is not None
        and verb > 0
        and tree.tokens[verb].tag == "VBG"
        and tree.tokens[verb - 1].text.lower() == "since"
    )


# What a firm's figures cover, told before the day it ended ("the quarter that ended").
_PERIOD_WORDS = frozenset(
    {"week", "weeks", "month", "months", "quarter", "half", "year", "period", "that", "which"}
)


def _deadline(tree: Tree, first: int, last: int) -> bool:
    """Whether an expression is a deadline: "by the end of February".

    Said in a clause that tells of nothing done, the end of a period that
    something must be done by is ahead: "warned of losses if it fails to cut
    costs by the end of February", said in March, is next February; so is
    the weekend ("hopes for a deal by the weekend"). A date alone after "by"
    or "until" is not always one ("epitomised by Friday's tour", "records
    from before 1 January").
    """
    words = [t.text.lower() for t in tree.tokens[first : min(last, first + 3)]]
    return (
        first > 0
        and tree.tokens[first - 1].text.lower() in _DEADLINE_WORDS
        and words in (["the", "end", "of"], ["the", "weekend"])
    )


_DEADLINE_WORDS = frozenset({"by", "until", "till", "before"})


def _time_granted(tree: Tree, first: int) -> bool:
    """Whether a date ends a time granted or put off to: "was given until June 1".

    The grant is told as done, but the time it gives runs on from then
    ("GM was given until June 1 to cut its debt", "had until April 30",
    "the vote was postponed to 3 May", "set a deadline of June 1"), so the
    clause's past is not the date's: it is the nearest such day, or the
    month or weekday ahead, as for what was said would come.
    """
    if first == 0:
        return False
    before = tree.tokens[first - 1]
    if before.text.lower() == "of":
        return first > 1 and tree.tokens[first - 2].lemma.lower() == "deadline"
    if before.text.lower() not in ("until", "till", "to"):
        return False
    lemma = tree.tokens[before.head].lemma.lower()
    if before.text.lower() == "to":
        return lemma in _PUTTING_OFF
    return lemma in _GRANTING or lemma in _PUTTING_OFF


def _tense_of_a_time_ahead(tree: Tree, node: int, first: int, last: int) -> Tense:
    """The tense of what was awaited or granted: to come when it was told, or the nearest.

    What was expected, or put off ("was postponed until March"), was to come
    when it was told, not always after publication ("prospective"). So is a
    time granted now ("has until the end of March"). One granted as done
    ("gave the firm until the end of March") was granted before the
    publication day, and the time it gave may have run out since: said in
    July, that March is the one just gone, not the next. It is the nearest
    such month, as it is for a day ("was given until June 1").
    """
    before = tree.tokens[first - 1] if first > 0 else None
    granted = (
        before is not None
        and before.text.lower() in ("until", "till")
        and tree.tokens[before.head].lemma.lower() in _GRANTING
    )
    # A grant in the present perfect ("have been given until Monday") is of now: its time runs on.
    if (
        granted
        and _clause_tense(tree, node, first, last) == "past"
        and not _present_perfect(tree, tree.tokens[first - 1].head)
    ):
        return None
    return "prospective"


def _present_perfect(tree: Tree, verb: int) -> bool:
    """Whether a verb is in the present perfect: "have been given", "has granted"."""
    return any(
        tree.tokens[c].dep == "aux"
        and tree.tokens[c].lemma.lower() == "have"
        and tree.tokens[c].tag in ("VBP", "VBZ")
        for c in tree.children[verb]
    )


# Verbs whose "until" gives a time to run on from the act: "given until", "had until".
_GRANTING = frozenset({"give", "have", "grant", "allow"})
# Verbs that put a date off to a later one: "extended to", "postponed until".
_PUTTING_OFF = frozenset({"extend", "postpone", "delay", "defer", "adjourn", "reschedule"})


def _scheduled(tree: Tree, node: int, first: int, last: int) -> bool:
    """Whether a weekday hangs from a verb in the present simple: a day on the calendar.

    "The Fed meets on Tuesday", "Congress votes on the plan on Friday", "the
    report is published on Thursday": news
    tells what is scheduled in the present simple, and what is done in the
    past. Not a verb of saying ("says on Monday"), nor "be", which tells a
    state ("the index is up 2% on Monday"), nor one that sets a figure beside
    another ("this compares with $1.35 on Friday") or tells where it stands,
    nor a weekday after "since" ("losses since Monday"), nor one that owns
    what the verb tells of ("Tuesday's figures represent a record"): the
    figures are out.
    """
    words = [t.text for t in tree.tokens[first:last]]
    if words[-1:] != [w for w in words[-1:] if w in WEEKDAY_NAMES]:
        return False
    if last < len(tree) and tree.tokens[last].text in ("'s", "’s"):
        return False
    if first > 0 and tree.tokens[first - 1].text.lower() == "since":
        return False  # "losses since Monday": counted from a day gone
    verb = tree.tokens[node].head
    for _ in range(3):
        if tree.tokens[verb].pos in VERBS or verb == tree.tokens[verb].head:
            break
        verb = tree.tokens[verb].head
    token = tree.tokens[verb]
    auxiliaries = [tree.tokens[c] for c in tree.children[verb] if tree.tokens[c].dep in _AUX_DEPS]
    present = token.tag in PRESENT_TAGS and not auxiliaries
    # "the report is published on Thursday": the passive in the present
    passive = (
        token.tag == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep == "auxpass"
        and auxiliaries[0].tag in PRESENT_TAGS
    )
    return _day_an_event_is(tree, verb, node) or (
        token.pos == "VERB"
        and (present or passive or _arranged(token, auxiliaries))
        and (token.lemma.lower() not in quote_cues.lemmas() or _reports_figures(tree, verb))
        and not _relates(tree, verb)
    )


def _day_an_event_is(tree: Tree, verb: int, day: int) -> bool:
    """Whether a weekday is all a present "be" says of a noun: "the vote is on Thursday".

    An event told to be on a weekday, in the present, is on the calendar as
    "the Fed meets on Tuesday" is; "the index is up 2% on Monday", where "be"
    says something else of its subject, tells a state of that day.
    """
    token = tree.tokens[verb]
    if token.lemma.lower() != "be" or token.tag not in PRESENT_TAGS:
        return False
    parts = [tree.tokens[c] for c in tree.children[verb] if c != day]
    return any(p.dep == "nsubj" and p.pos in ("NOUN", "PROPN") for p in parts) and not any(
        p.dep in _OTHER_PREDICATES for p in parts
    )


# What else "be" may say of its subject besides a day: "is up", "is lower", "is not", "has
# been", "is a record".
_OTHER_PREDICATES = frozenset({"acomp", "advmod", "aux", "auxpass", "neg", "attr", "expl"})


def _reports_figures(tree: Tree, verb: int) -> bool:
    """Whether a verb of saying has figures as its object: "reports its results on Monday".

    Figures reported are an event on the calendar, not words said: the
    present simple tells when they are due, as it does for a meeting.
    """
    return any(
        tree.tokens[c].dep == "dobj" and tree.tokens[c].lemma.lower() in _FIGURES
        for c in tree.children[verb]
    )


def _arranged(verb: Token, auxiliaries: Sequence[Token]) -> bool:
    """Whether a verb is in the present progressive, which tells an arrangement with a weekday.

    "OPEC is meeting in Vienna on Friday", "the plan is being put to a vote
    on Monday": to come, or the day itself; a day gone is told in the past.
    """
    present = [a for a in auxiliaries if a.tag in PRESENT_TAGS]
    being = [a for a in auxiliaries if a.text.lower() == "being"]
    if len(present) != 1 or present[0].lemma.lower() != "be":
        return False
    if verb.tag == "VBG":
        return len(auxiliaries) == 1
    return verb.tag == "VBN" and len(being) == 1 and len(auxiliaries) == 2


# Verbs that set a figure beside another or tell where it stands, not an act on the calendar:
# "this compares with $1.35 on Friday", "the rise follows a 2% fall on Monday", "the index
# stands at 9,000, down from 9,500 on Monday".
_RELATING_VERBS = frozenset(
    {"compare", "follow", "mark", "represent", "match", "mirror", "echo", "contrast", "stand",
     "remain", "sit", "own", "total", "amount"}
)  # fmt: skip


def _relates(tree: Tree, verb: int) -> bool:
    """Whether a verb sets what it tells beside another: "compares with", "comes after"."""
    lemma = tree.tokens[verb].lemma.lower()
    if lemma == "come":  # "the gain comes after a drop on Tuesday"; not "it comes on Monday"
        return any(tree.tokens[c].text.lower() in ("after", "amid") for c in tree.children[verb])
    return lemma in _RELATING_VERBS


_AUX_DEPS = frozenset({"aux", "auxpass"})
CLAUSE_STEPS = 6


def _clause_tense(tree: Tree, node: int, first: int, last: int) -> Tense:
    """The tense of the verb above token ``node``, a few steps up.

    Up to :data:`CLAUSE_STEPS`: a date in a noun phrase that names a span
    hangs five steps below its verb ("sales in the period from January to
    March rose": January, from, period, in, sales, rose).
    """
    steps = 0
    while steps < CLAUSE_STEPS:
        parent = tree.tokens[node].head
        if parent == node:
            return None
        listed = tree.tokens[node].dep == "conj" and tree.tokens[parent].pos not in VERBS
        node = parent
        if _untensed(tree, node) or listed or _noun_read_as_verb(tree, node):
            continue  # not counted: the tensed verb is above it, or above the list's first
        steps += 1
        if _due(tree, node):
            return "future"
        if tree.tokens[node].pos in ("VERB", "AUX"):
            return _verb_tense(tree, _saying_verb(tree, _first_conjunct(tree, node), first, last))
    return None


def _verb_tense(tree: Tree, verb: int) -> Tense:
    """What a verb says of the time of its clause, or what the act it is the purpose of says.

    A purpose comes after what is done for it: "will cut costs to return to
    profit in the autumn", "will start trials with a view to launching it in
    the autumn" are to come, as the cuts and the trials are.
    """
    tense = _ahead(tree, verb) or ("past" if past_verb(tree, verb) else None)
    served = _act_of_a_purpose(tree, verb) if tense is None else None
    return _ahead(tree, _first_conjunct(tree, served)) if served is not None else tense


def _act_of_a_purpose(tree: Tree, verb: int) -> int | None:
    """The verb an untensed purpose serves, if ``verb`` is one.

    An infinitive ("to return") or a gerund after a preposition that does
    not order it with its verb ("with a view to launching"); not one with a
    subject of its own, nor a passive.
    """
    token = tree.tokens[verb]
    children = [tree.tokens[c] for c in tree.children[verb]]
    if any(c.dep in ("nsubj", "nsubjpass") or c.dep == "auxpass" for c in children):
        return None
    gerund = (
        token.tag == "VBG"
        and token.dep == "pcomp"
        and tree.tokens[token.head].text.lower() not in _PREPOSITIONS_OF_ORDER
        and not any(c.dep == "aux" for c in children)
    )
    infinitive = (
        token.tag == "VB"
        and token.dep == "advcl"
        and [c.text.lower() for c in children if c.dep == "aux"] == ["to"]
    )
    return verb_of(tree, verb) if gerund or infinitive else None


_UNTENSED_TAGS = frozenset({"VB", "VBN", "VBG"})


def _first_conjunct(tree: Tree, verb: int) -> int:
    """The verb whose auxiliaries a verb joined to it by "and" shares, or the verb itself.

    "would cut jobs and close plants in October": the model hangs "would"
    from "cut" only, yet the plants close after it was said, as the jobs go;
    "will meet in May and vote on Friday" is to come. Only a verb with no
    tense, auxiliary or subject of its own shares them: "met on Monday and
    flies home on Friday" tells each day by its own verb.
    """
    for _ in range(CLAUSE_STEPS):
        token = tree.tokens[verb]
        head = tree.tokens[token.head]
        if (
            token.dep != "conj"
            or token.tag not in _UNTENSED_TAGS
            or head.pos not in VERBS
            or any(tree.tokens[c].dep in _OWN_CLAUSE for c in tree.children[verb])
        ):
            return verb
        verb = token.head
    return verb


_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


VERBS = frozenset({"VERB", "AUX"})


def _saying_verb(tree: Tree, verb: int, first: int, last: int) -> int:
    """The verb an expression between a verb of saying and its clause belongs to.

    "said on Tuesday it would cut jobs": the model hangs "on Tuesday" from
    "cut", but standing before the clause's subject it says when it was
    said, not when the jobs go. Not a date inside the subject ("agreed that
    the 20 March start be put off").
    """
    token = tree.tokens[verb]
    saying = tree.tokens[token.head]
    if (
        token.dep != "ccomp"
        or not token.head < first
        or saying.lemma.lower() not in quote_cues.lemmas()
        or _clause_part(tree, verb, first) not in _ADVERBIAL
    ):
        return verb
    subjects = [c for c in tree.children[verb] if tree.tokens[c].dep in ("nsubj", "nsubjpass")]
    if subjects and all(c >= last for c in subjects):
        return token.head
    return verb


_ADVERBIAL = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl"})


def _clause_part(tree: Tree, verb: int, token: int) -> str:
    """The relation by which the phrase holding ``token`` hangs from ``verb``."""
    for _ in range(8):
        parent = tree.tokens[token].head
        if parent == verb:
            return tree.tokens[token].dep
        if parent == token:
            break
        token = parent
    return ""


def _expected_event(tree: Tree, head: int) -> bool:
    """A date that names an event said to be expected was to come: "an expected May election".

    The date qualifies a noun that "expected", "planned", "scheduled" or
    "upcoming" qualifies too, whatever the tense of the clause around it: a
    month of it is ahead, a day of it the nearest (as what someone said
    would come).
    """
    token = tree.tokens[head]
    if token.dep not in ("compound", "amod", "nmod", "poss") or token.head == head:
        return False
    noun = tree.tokens[token.head]
    return noun.pos == "NOUN" and any(
        tree.tokens[c].dep in ("amod", "acl") and tree.tokens[c].text.lower() in _EXPECTED
        for c in tree.children[token.head]
    )


_EXPECTED = frozenset(
    {"expected", "planned", "scheduled", "proposed", "upcoming", "forthcoming", "impending"}
)


def _set_for_by_a_participle(tree: Tree, head: int) -> bool:
    """A date a participle after a noun sets the noun for: "a vote expected Thursday".

    "a meeting scheduled for Friday", "a strike planned for Monday": the
    event was to come when it was told, whatever the tense of the clause
    around it, as with "an expected May election". Only a participle that
    qualifies a noun ("acl"): a verb of the clause ("the vote was scheduled
    for Friday") may tell of a plan gone by.
    """
    parent = tree.tokens[head].head
    if parent != head and tree.tokens[parent].text.lower() in ("for", "on"):
        parent = tree.tokens[parent].head
    participle = tree.tokens[parent]
    return (
        parent != head
        and participle.dep == "acl"
        and participle.tag == "VBN"
        and participle.text.lower() in _EXPECTED
    )


def _under_way(tree: Tree, node: int) -> bool:
    """Whether the verb above token ``node`` is progressive ("was cutting", "are raising")."""
    for _ in range(4):
        parent = tree.tokens[node].head
        if parent == node:
            return False
        node = parent
        token = tree.tokens[node]
        if token.pos in VERBS:
            return token.tag == "VBG" and any(
                tree.tokens[c].dep == "aux" and tree.tokens[c].lemma.lower() == "be"
                for c in tree.children[node]
            )
    return False


def _reporting_period(tree: Tree, head: int) -> bool:
    """A quarter or half that qualifies a noun is the period of its figures, not of the verb.

    "will report third-quarter results on Friday": the results of a quarter
    come after it, so a verb that looks ahead says nothing of the quarter;
    one that tells them as done says it has ended. So is a quarter the
    figures are "for" or "in": "will report results for the first quarter".
    """
    token = tree.tokens[head]
    if token.text.lower() not in ("quarter", "half"):
        return False
    if token.dep in ("compound", "amod", "nmod"):
        return tree.tokens[token.head].pos == "NOUN"
    preposition = tree.tokens[token.head]
    if token.dep != "pobj" or preposition.text.lower() not in ("for", "in"):
        return False
    owner = preposition.head  # "results for the quarter", or "report results for the quarter"
    owners = [owner, *(c for c in tree.children[owner] if tree.tokens[c].dep == "dobj")]
    return any(tree.tokens[o].lemma.lower() in _FIGURES for o in owners)


def _forecast_period(tree: Tree, head: int) -> bool:
    """Whether a quarter, half or year is the period of a forecast: "its full-year forecast".

    The period qualifies a forecast noun, alone or through the figure it
    forecasts ("its fourth-quarter sales forecast"), or is what a forecast
    is "for" ("cut its forecast for the fourth quarter").
    """
    token = tree.tokens[head]
    if token.text.lower() not in ("quarter", "half", "year"):
        return False
    if token.dep == "pobj" and tree.tokens[token.head].text.lower() == "for":
        owner = tree.tokens[token.head].head  # "its forecast for the year", or "cut" above it
        owners = [owner, *(c for c in tree.children[owner] if tree.tokens[c].dep == "dobj")]
        return any(_open_forecast(tree, o) for o in owners)
    node = head
    for _ in range(2):  # "full-year forecast", "full-year profit forecast"
        if tree.tokens[node].dep not in ("compound", "amod", "nmod"):
            return False
        node = tree.tokens[node].head
        if _open_forecast(tree, node):
            return True
    return False


def _open_forecast(tree: Tree, noun: int) -> bool:
    """Whether a word is a forecast still open: "cut its forecast", not "beat forecasts".

    Figures that beat or miss a forecast are out, and their period may be over.
    """
    token = tree.tokens[noun]
    if token.lemma.lower() not in _FORECASTS:
        return False
    return tree.tokens[token.head].lemma.lower() not in _MEASURED_AGAINST


# What is said of a period before it is over: "the full-year forecast", "guidance for the year".
_FORECASTS = frozenset(
    {"forecast", "outlook", "guidance", "target", "estimate", "projection", "prediction",
     "expectation"}
)  # fmt: skip
# What figures do to a forecast once they are out: "full-year profits beat forecasts".
_MEASURED_AGAINST = frozenset(
    {"beat", "miss", "meet", "exceed", "top", "match", "surpass", "outstrip", "undershoot"}
)


# What is told of a period after it ends: "results for the first quarter".
_FIGURES = frozenset(
    {"result", "results", "earnings", "profit", "loss", "sales", "revenue", "figure", "figures",
     "income", "earning"}
)  # fmt: skip


def _ahead(tree: Tree, verb: int) -> Tense:
    """Whether a verb says what is to come, or what was to come after a past moment."""
    if _future(tree, verb) or (
        tree.tokens[verb].dep == "xcomp" and _future(tree, tree.tokens[verb].head)
    ):
        return "future"
    intent = tree.tokens[verb].head
    if tree.tokens[verb].dep == "xcomp" and tree.tokens[intent].lemma.lower() in _LIKELY:
        # "is tipped to call the vote on Friday", "seems certain to name the day on Monday":
        # a forecast of what is to come; "was likely to", of what was to come after then
        forecast = tree.tokens[intent]
        said_then = past_verb(tree, intent) or (
            forecast.pos == "ADJ" and past_verb(tree, forecast.head)
        )
        return "prospective" if said_then else "future"
    if (tree.tokens[verb].dep == "xcomp" and _intends(tree.tokens[intent])) or _expected_of(
        tree, verb
    ):
        return _tense_of_an_intent(tree, intent)
    if _is_to(tree, verb):
        # "Mr Brown is to unveil his plans on Monday"; "was to be published on Friday"
        return "prospective" if tree.tokens[intent].tag == "VBD" else "future"
    if any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "would"
        for c in tree.children[verb]
    ):
        return "prospective"  # "said the hearing would continue on Thursday"
    return None


def _tense_of_an_intent(tree: Tree, intent: int) -> Tense:
    """What a verb of hoping or expecting says of what it hopes for or expects.

    "hopes to sell it by Friday" is to come; "vowed to sell it by Friday", to
    come after the vow; "traders had expected the May index to rise" is
    behind: the past perfect looks back from a moment now past (the index
    came out).
    """
    if _past_perfect(tree, intent):
        return "past"
    return "prospective" if past_verb(tree, intent) else "future"


def _expected_of(tree: Tree, verb: int) -> bool:
    """Whether a verb is what one expects, plans or wants another to do.

    "expects the market to pick up in the second half" is to come;
    "expected prices to rise in May", to come after it was expected.
    """
    token = tree.tokens[verb]
    return (
        token.dep == "ccomp"
        and tree.tokens[token.head].lemma.lower() in (_FUTURE_VERBS | _INTENT_VERBS)
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to"
            for c in tree.children[verb]
        )
    )


def _is_to(tree: Tree, verb: int) -> bool:
    """Whether a verb is the infinitive of "be to": what is arranged or ordered to happen.

    Not "it was great to see them on Sunday", where "be" has a predicate of its own.
    """
    token = tree.tokens[verb]
    return (
        token.dep == "xcomp"
        and tree.tokens[token.head].lemma.lower() == "be"
        and not any(tree.tokens[c].dep in ("acomp", "attr") for c in tree.children[token.head])
        and any(
            tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == "to"
            for c in tree.children[verb]
        )
    )


def _intends(token: Token) -> bool:
    """Whether a verb is one of hoping, needing or vowing (the model lemmatises "hopes" "hop")."""
    word = token.text.lower()
    stems = {word.removesuffix(end) for end in ("s", "es", "ed", "d", "ing")}
    stems |= {f"{stem}e" for stem in stems}
    return token.lemma.lower() in _INTENT_VERBS or bool(stems & _INTENT_VERBS)


def _untensed(tree: Tree, verb: int) -> bool:
    """A participle that modifies a noun has no tense of its own: the clause it sits in has.

    "will attend the summit called in Lima on Friday" is to come. Nor has one
    that stands as a preposition: "jobs were lost following storms in August"
    is done. Nor has a gerund after a preposition ("grew in 2004 after
    picking up in the last quarter of the year"), nor a participle with no
    subject that adds to its clause ("growth had been zero, leaving output
    flat from July"): both tell of the time of the verb they hang from.
    """
    token = tree.tokens[verb]
    return (
        token.pos == "VERB"
        and token.tag in ("VBN", "VBG")
        and (token.dep in ("acl", "prep") or _gerund_of_a_clause(tree, verb))
        and not any(tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[verb])
    )


def _gerund_of_a_clause(tree: Tree, verb: int) -> bool:
    """A gerund a preposition of order opens, or a participle clause with no subject of its own.

    Only after a preposition that orders it with its verb ("after picking
    up"): one of purpose looks ahead from it ("a pact aimed at curbing
    prices on Monday").
    """
    token = tree.tokens[verb]
    if token.tag != "VBG" or any(
        tree.tokens[c].dep in ("nsubj", "nsubjpass") for c in tree.children[verb]
    ):
        return False
    if token.dep == "pcomp":
        return tree.tokens[token.head].text.lower() in _PREPOSITIONS_OF_ORDER
    return token.dep == "advcl"


_PREPOSITIONS_OF_ORDER = frozenset({"after", "before", "since", "following", "upon", "on"})


def _noun_read_as_verb(tree: Tree, verb: int) -> bool:
    """A plural noun the model tagged as a verb in the present: no tense of its own.

    "has pushed through quarter-point rises in May": the model reads "rises"
    as a verb, but a finite verb is never the object of a verb or of a
    preposition, so the tense is that of the verb above it ("has pushed").
    Nor is one "with" opens: "has been raising rates, with quarter-point
    rises in June" is a noun phrase hung from "raising", whose tense it takes.
    """
    token = tree.tokens[verb]
    if token.pos != "VERB" or token.tag not in PRESENT_TAGS:
        return False
    return token.dep in ("dobj", "pobj") or _opened_by_with(tree, verb)


def _opened_by_with(tree: Tree, verb: int) -> bool:
    """Whether "with" marks a clause the model built on a verb: "with point rises in June"."""
    return tree.tokens[verb].dep == "advcl" and any(
        tree.tokens[c].dep == "mark" and tree.tokens[c].text.lower() == "with"
        for c in tree.children[verb]
    )


def _due(tree: Tree, word: int) -> bool:
    """What is due is to come ("the report is due at the end of March"), unless it was due.

    The expression may hang from "due" or from its "is". "Due to" a thing is
    because of it ("the rise was due to the onset of winter"), not to come.
    """
    words = [word, *(c for c in tree.children[word] if tree.tokens[c].dep == "acomp")]
    return tree.tokens[word].tag != "VBD" and any(
        tree.tokens[w].pos == "ADJ"
        and tree.tokens[w].lemma.lower() in _FUTURE_ADJECTIVES
        and not any(tree.tokens[c].tag == "VBD" for c in tree.children[w])
        and not _because_of(tree, w)
        for w in words
    )


def _because_of(tree: Tree, due: int) -> bool:
    """Whether "due" says why: "due to" a noun ("due primarily to the cold"), not "due to open"."""
    return any(
        tree.tokens[c].text.lower() == "to" and tree.tokens[c].dep == "prep"
        for c in tree.children[due]
    )


def past_verb(tree: Tree, verb: int) -> bool:
    """A verb in the past: "met", "has met", "was held"."""
    if tree.tokens[verb].tag == "VBD":
        return True
    return any(
        (tree.tokens[c].dep in ("aux", "auxpass") and tree.tokens[c].tag == "VBD")
        or (tree.tokens[c].dep == "aux" and tree.tokens[c].lemma == "have")
        for c in tree.children[verb]
    )


def _obliged_now(tree: Tree, verb: int) -> bool:
    """Whether a verb is a present "has to" or "have to": what must be done is to come.

    Not "had to", which tells what had to be done and was ("had to halt
    trading on Monday").
    """
    token = tree.tokens[verb]
    return (
        token.lemma.lower() == "have"
        and token.tag in ("VBZ", "VBP")
        and verb + 1 < len(tree)
        and tree.tokens[verb + 1].text.lower() == "to"  # not "have until June 1 to settle"
        and any(tree.tokens[c].dep == "xcomp" for c in tree.children[verb])
    )


def _future(tree: Tree, verb: int) -> bool:
    """A verb with "will", "may" or "must", or one that says something is due, planned, expected."""
    if tree.tokens[verb].lemma.lower() in _FUTURE_VERBS and any(
        tree.tokens[c].dep == "xcomp" for c in tree.children[verb]
    ):
        return True  # "is going to", "is set to", "plans to": whatever their own tense
    if _obliged_now(tree, verb):
        return True
    auxiliaries = [
        tree.tokens[c].text.lower()
        for c in tree.children[verb]
        if tree.tokens[c].dep in ("aux", "auxpass")
    ]
    if any(a in _FUTURE_MODALS for a in auxiliaries):
        return "have" not in auxiliaries  # "may have met on Monday" is done
    return any(a in _FUTURE_AUXILIARIES for a in auxiliaries)
