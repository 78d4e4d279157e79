"""Scoring the times stage against MEANTIME's TIMEX3 annotations, and against our BBC gold.

MEANTIME (``corpora/meantime-en``) gives each Wikinews article as tokens,
with its creation time, and TIMEX3 time expressions by token with their
normalised values. Its four topics are split: airbus and apple to tune on,
gm and stock to report on (``SPLITS``). Each article is rebuilt as text (headline, the dateline,
then the body), read by dateline with the creation time as its publication
date, and the time mentions found are compared with the TIMEX3s by token:

- only DATE and TIME expressions count in the ``dev:meantime`` and
  ``test:meantime`` rows: a ``DateValue`` holds dates, not durations ("two
  years") or sets ("every year"); an output over a duration, a set, the
  creation time itself or a sentence MEANTIME did not annotate (it
  annotates the headline, the dateline and the first four sentences) is
  neither right nor wrong there;
- the DURATION expressions are scored in a row of their own
  (``dev:meantime:durations``) by the same measures, a value right when a
  mention's ``duration`` is the TIMEX3 value ("P3M"); there an output over
  a date is neither right nor wrong, and only mentions with a duration are
  outputs. Kept apart so that the date rows and their floors keep their
  meaning;
- as in TempEval-3, a date row matches by span whatever type either side
  gives the expression, and a type mismatch is a wrong value: a mention
  the stage reads as a duration only, over a gold DATE, is found and
  valued wrong. An output over no gold expression is one false output, of
  the row of its own kind: the durations row for a mention that has a
  duration and dates nothing, the date row for any other, so that no
  output counts as false in both rows. (The durations row still takes
  only mentions with a duration: TempEval-3 would count a dated mention
  over a gold DURATION there as found and valued wrong.)
- only the body counts, as in our BBC gold: a headline that dateline reads
  as the article's title is not its text, and a time mention's span lies in
  the text (DESIGN.md), so the headline's expressions are out of scope, as
  unannotated sentences are, not missed;
- ``detect_*_relaxed`` match an output and a gold expression that share a
  token, ``detect_*_strict`` ones that cover the same tokens;
- ``value_accuracy`` is the share of relaxed matches whose value is the
  gold's (a TIME's date part, "2005-04-27" of "2005-04-27T08:30Z":
  dateline resolves days, not hours; any other value whole);
  ``value_p``/``value_r``/``value_f1`` count a mention right only when it
  matches and its value is right.

Our BBC politics gold (``evaluation/gold``, ``*-times.json``) lists every
time expression of a body with a value written against no particular
publication day (:mod:`dateline.evaluation.anchored`). Each annotated input
is read with :data:`ANCHOR` as its publication date, the gold values are
resolved against the same day, and the same measures are taken, over
characters of the input file instead of tokens: durations and sets are
neither right nor wrong, nor is a mention the stage reads as a duration
only unless it lies over a gold date; where a set gives its durations
values (``P3M``), they are scored as MEANTIME's are, in a row
``name:durations``. Business articles are scored as a row of their own
(``dev:business``, :data:`OWN_ROWS`), and so are the inputs of a set of
their own that list their times (``dev:business2``, :func:`score_set`).

Vague dates follow TimeML in both golds. An expression that names no date
but only the side of the publication day it lies on ("now", "currently",
"recently", "the past", "soon", "the future") is a DATE whose value is
``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``, as MEANTIME writes it; it
is scored as any other value: found or missed, and valued right only with
the same reference. The stage writes these values too (``DateValue``,
precision ``vague``). A gold DATE left with no value names a date that none
of the value forms can write ("the 20th century"): it counts in detection,
and as a value never right, so that it is not dropped from the scores.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import dateline
from dateline.evaluation import anchored
from dateline.evaluation.actors import text_to_raw
from dateline.evaluation.gold import GoldFile, GoldTime
from dateline.evaluation.runs import extract_gold, untimed
from dateline.evaluation.scores import Score, f1, ratio
from dateline.options import Options
from dateline.records import Article
from dateline.stages.times import explicit_date

STAGE = "times"
_DATES = frozenset({"DATE", "TIME"})
_DURATION = "DURATION"
_ANNOTATED = 5
"""MEANTIME annotates time expressions in sentences 0 to 5 only: the headline,
the dateline and the first four sentences of the body."""
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "#"})


@dataclass(frozen=True, slots=True)
class _Timex:
    tokens: frozenset[int]
    kind: str
    value: str


@dataclass(frozen=True, slots=True)
class _Found:
    """A time mention of the output as the gold's units it covers, with its values."""

    tokens: frozenset[int]
    date: str | None
    duration: str | None


@dataclass(frozen=True, slots=True)
class _Document:
    """A MEANTIME article rebuilt as text, with its time expressions by token."""

    name: str
    text: str
    token_spans: dict[int, tuple[int, int]]
    creation: str
    timexes: tuple[_Timex, ...]
    ignored: frozenset[int]
    headline: frozenset[int] = frozenset()
    """The tokens of the headline (MEANTIME's sentence 0)."""
    durations: tuple[_Timex, ...] = ()
    """The DURATION expressions, scored on their own (:func:`_durations_only`)."""


ANCHOR = dt.date(2005, 3, 16)
"""The publication day the BBC gold inputs are read with (a Wednesday, in the corpus's span)."""

SPLITS = {"dev": ("corpus_airbus", "corpus_apple"), "test": ("corpus_gm", "corpus_stock")}
"""MEANTIME's four topics, two to tune on and two to report on."""


def score(folder: Path, name: str, split: str) -> list[Score]:
    """Detection and value scores of the times stage over the MEANTIME articles of a split.

    The dates and times under ``name``, the durations under ``name:durations``.
    """
    counts = Counter[str]()
    duration_counts = Counter[str]()
    for document in read_corpus(folder, SPLITS[split]):
        articles = dateline.extract(
            document.text, published=document.creation or None, options=untimed(Options())
        )
        found = _output(articles[0], document) if articles else []
        titled = bool(articles) and _read_as_title(articles[0], document)
        scored = _body_only(document) if titled else document
        _count_dates_and_durations(scored, found, counts, duration_counts)
    return _measures(counts, name) + _measures(duration_counts, f"{name}:durations")


def _count_dates_and_durations(
    document: _Document, found: Sequence[_Found], dates: Counter[str], durations: Counter[str]
) -> None:
    """Count a document's outputs in the date row, and those with a length in the durations row."""
    _count(document, found, dates)
    lasting = [f for f in found if f.duration]
    _count(_durations_only(document), lasting, durations, owns=_is_duration)


def _durations_only(document: _Document) -> _Document:
    """The document with its durations to find, and its dates and times out of scope.

    An output over a date is neither right nor wrong here, as one over a
    duration is among the dates.
    """
    spans = frozenset(i for d in document.durations for i in d.tokens)
    dates = frozenset(i for t in document.timexes for i in t.tokens)
    return dataclasses.replace(
        document, timexes=document.durations, ignored=(document.ignored - spans) | dates
    )


def _read_as_title(article: Article, document: _Document) -> bool:
    """Whether dateline took the headline as the article's title, out of its text."""
    headline = document.text.split("\n\n", 1)[0]
    return article.title is not None and " ".join(article.title.split()) == " ".join(
        headline.split()
    )


def _body_only(document: _Document) -> _Document:
    """The document with its headline's expressions out of scope."""
    kept = tuple(t for t in document.timexes if not t.tokens <= document.headline)
    durations = tuple(t for t in document.durations if not t.tokens <= document.headline)
    return dataclasses.replace(
        document, timexes=kept, durations=durations, ignored=document.ignored | document.headline
    )


def _measures(counts: Counter[str], name: str) -> list[Score]:
    scores = []
    for level in ("relaxed", "strict"):
        precision = ratio(counts[f"matched_output_{level}"], counts["output"])
        recall = ratio(counts[f"found_{level}"], counts["gold"])
        scores += [
            Score(STAGE, name, f"detect_p_{level}", precision, counts["output"]),
            Score(STAGE, name, f"detect_r_{level}", recall, counts["gold"]),
            Score(STAGE, name, f"detect_f1_{level}", f1(precision, recall), counts["gold"]),
        ]
    value_p = ratio(counts["value_right"], counts["output"])
    value_r = ratio(counts["value_right"], counts["gold"])
    return [
        *scores,
        Score(
            STAGE,
            name,
            "value_accuracy",
            ratio(counts["value_right"], counts["found_relaxed"]),
            counts["found_relaxed"],
        ),
        Score(STAGE, name, "value_p", value_p, counts["output"]),
        Score(STAGE, name, "value_r", value_r, counts["gold"]),
        Score(STAGE, name, "value_f1", f1(value_p, value_r), counts["gold"]),
    ]


OWN_ROWS = ("business",)
"""BBC sections whose time gold is scored as a row of its own (``dev:business``).

The first BBC time gold was politics, and the ``dev`` and ``test`` rows and
their floors mean that set; business articles (results, markets, the
economy: MEANTIME's test genres) were annotated later, and are kept apart so
that the old floors still mean what they meant."""


def score_gold(files: Sequence[GoldFile], split: str, options: Options) -> list[Score]:
    """Detection and value scores of the times stage over the gold inputs that list their times.

    One row for the split, and one per section of :data:`OWN_ROWS` that has time gold.
    """
    timed = [g for g in files if any(a.times is not None for a in g.articles)]
    scores = _score_timed([g for g in timed if g.input.parent.name not in OWN_ROWS], split, options)
    for section in OWN_ROWS:
        own = [g for g in timed if g.input.parent.name == section]
        if own:
            scores += _score_timed(own, f"{split}:{section}", options)
    return scores


def score_set(files: Sequence[GoldFile], name: str, options: Options) -> list[Score]:
    """Detection and value scores over the inputs of a set of their own that list their times.

    A set is gold drawn blind to find misses (``dev:business2``); its inputs
    are one row whatever their section, and none when no input lists its times.
    """
    timed = [g for g in files if any(a.times is not None for a in g.articles)]
    return _score_timed(timed, name, options) if timed else []


def _score_timed(wanted: Sequence[GoldFile], split: str, options: Options) -> list[Score]:
    """The row of the dates and times, and of the durations when the gold gives their values.

    Only sets annotated since durations were valued (``dev:business4``) give
    them; elsewhere a duration is ``null``, neither right nor wrong, and no
    durations row is reported.
    """
    counts = Counter[str]()
    duration_counts = Counter[str]()
    for gold, articles in extract_gold(wanted, options, lambda _: ANCHOR.isoformat()):
        raw = gold.input.read_text(encoding="utf-8")
        for index, expected in enumerate(gold.articles):
            if expected.times is None:
                continue
            article = articles[index] if index < len(articles) else None
            document = _gold_document(expected.times)
            found = _raw_output(article, raw) if article else []
            _count_dates_and_durations(document, found, counts, duration_counts)
    durations = _measures(duration_counts, f"{split}:durations") if duration_counts["gold"] else []
    return _measures(counts, split) + durations


def _gold_document(times: Sequence[GoldTime]) -> _Document:
    """Gold times as a document whose "tokens" are the input file's characters."""
    dated = tuple(
        _Timex(frozenset(range(t.start, t.end)), t.type, anchored.resolve(t.value, ANCHOR))
        for t in times
        if t.type in _DATES and t.value is not None
    )
    vague = tuple(
        _Timex(frozenset(range(t.start, t.end)), t.type, "")
        for t in times
        if t.type in _DATES and t.value is None
    )
    ignored = frozenset(i for t in times if t.type not in _DATES for i in range(t.start, t.end))
    durations = tuple(
        _Timex(frozenset(range(t.start, t.end)), _DURATION, t.value)
        for t in times
        if t.type == _DURATION and t.value is not None
    )
    return _Document("", "", {}, "", dated + vague, ignored, durations=durations)


def _raw_output(article: Article, raw: str) -> list[_Found]:
    """Each time mention of the article as the characters of the input file it covers."""
    to_raw = text_to_raw(article, raw)
    found = []
    for time in article.times:
        chars = frozenset(p for p in (to_raw[i] for i in range(*time.span)) if p is not None)
        if chars:
            found.append(_Found(chars, time.value.value, time.duration))
    return found


def read_corpus(folder: Path, topics: tuple[str, ...]) -> list[_Document]:
    """The MEANTIME articles of the given topic folders, in name order."""
    return [_document(path) for topic in topics for path in sorted((folder / topic).glob("*.xml"))]


def _document(path: Path) -> _Document:
    root = ET.parse(path).getroot()  # noqa: S314 - the shared corpus, not user input
    by_sentence: dict[int, list[tuple[int, str]]] = {}
    for token in root.iter("token"):
        by_sentence.setdefault(int(token.get("sentence", "0")), []).append(
            (int(token.get("t_id", "0")), token.text or "")
        )
    text, spans = _rebuild(by_sentence)
    words = {t_id: word for sentence in by_sentence.values() for t_id, word in sentence}
    creation = ""
    timexes: list[_Timex] = []
    durations: list[_Timex] = []
    ignored: set[int] = set()
    for timex in root.iter("TIMEX3"):
        tokens = frozenset(int(a.get("t_id", "0")) for a in timex.iter("token_anchor"))
        if timex.get("functionInDocument") == "CREATION_TIME":
            creation = _creation(timex.get("value") or "", [words[t] for t in sorted(tokens)])
            ignored |= tokens
        elif tokens and timex.get("type") in _DATES:
            timexes.append(_Timex(tokens, timex.get("type", ""), timex.get("value") or ""))
        else:
            ignored |= tokens
            if tokens and timex.get("type") == _DURATION:
                durations.append(_Timex(tokens, _DURATION, timex.get("value") or ""))
    unannotated = {
        t_id
        for number, sentence in by_sentence.items()
        if number > _ANNOTATED
        for t_id, _ in sentence
    }
    headline = frozenset(t_id for t_id, _ in by_sentence.get(min(by_sentence, default=0), []))
    return _Document(
        path.stem,
        text,
        spans,
        creation,
        tuple(timexes),
        frozenset(ignored | unannotated),
        headline,
        tuple(d for d in durations if not d.tokens & unannotated),
    )


def _creation(value: str, words: list[str]) -> str:
    """The creation date as ISO; one file writes it day first ("03-02-2009"), its words do not."""
    if _ISO_DAY.match(value):
        return value[:10]
    return explicit_date(" ".join(words)).value or ""


def _rebuild(
    by_sentence: dict[int, list[tuple[int, str]]],
) -> tuple[str, dict[int, tuple[int, int]]]:
    """Headline, dateline and body as text (one paragraph per sentence), and each token's span."""
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    offset = 0
    for number in sorted(by_sentence):
        line: list[str] = []
        for t_id, word in by_sentence[number]:
            if line and not _NO_SPACE_BEFORE.match(word) and line[-1] not in _NO_SPACE_AFTER:
                line.append(" ")
                offset += 1
            spans[t_id] = (offset, offset + len(word))
            line.append(word)
            offset += len(word)
        parts.append("".join(line))
        offset += 2
    return "\n\n".join(parts) + "\n", spans


def _output(article: Article, document: _Document) -> list[_Found]:
    """Each time mention of the article as the set of MEANTIME tokens it covers, with its value."""
    to_raw = text_to_raw(article, document.text)
    found = []
    for time in article.times:
        places = {p for p in (to_raw[i] for i in range(*time.span)) if p is not None}
        tokens = frozenset(
            t_id
            for t_id, (start, end) in document.token_spans.items()
            if any(start <= p < end for p in places)
        )
        if tokens:
            found.append(_Found(tokens, time.value.value, time.duration))
    return found


def _count(
    document: _Document,
    found: Iterable[_Found],
    counts: Counter[str],
    *,
    owns: Callable[[_Found], bool] = lambda found: not _is_duration(found),
) -> None:
    outputs = [f for f in found if _scored_here(f, document, owns)]
    counts["gold"] += len(document.timexes)
    counts["output"] += len(outputs)
    used: set[int] = set()
    for timex in document.timexes:
        match = next(
            (i for i, f in enumerate(outputs) if i not in used and f.tokens & timex.tokens),
            None,
        )
        if match is None:
            continue
        used.add(match)
        output = outputs[match]
        counts["found_relaxed"] += 1
        counts["matched_output_relaxed"] += 1
        if output.tokens == timex.tokens:
            counts["found_strict"] += 1
            counts["matched_output_strict"] += 1
        counts["value_right"] += _value_right(output, timex)


def _scored_here(found: _Found, document: _Document, owns: Callable[[_Found], bool]) -> bool:
    """Whether a row counts an output: over one of its expressions, or of its own kind elsewhere.

    As in TempEval-3, an output is matched by its span whatever type either
    side gives it, and a type mismatch is a wrong value: a duration output over
    a gold DATE is found there and valued wrong. An output over no gold
    expression is counted once, as a false output of the row of its own kind
    (``owns``), not of both rows; one over what is out of scope (another row's
    expression, a set, an unannotated sentence) is neither right nor wrong.
    """
    if any(found.tokens & timex.tokens for timex in document.timexes):
        return True
    return owns(found) and not found.tokens & document.ignored


def _is_duration(found: _Found) -> bool:
    """Whether the stage read an output as a duration only: it has a length and dates nothing."""
    return found.duration is not None and found.date is None


def _value_right(output: _Found, timex: _Timex) -> bool:
    """Whether an output's value is the gold's: its duration for a DURATION, else its date."""
    if timex.kind == _DURATION:
        return output.duration is not None and output.duration == timex.value
    return output.date is not None and output.date == _date_part(timex.value)


def _date_part(value: str) -> str:
    """A TIME's date ("2005-04-27T08:30Z" is 2005-04-27); any other value as it is.

    Only a time of day is cut: "PRESENT_REF" is no day with a clock time.
    """
    match = _ISO_DAY.match(value)
    return match.group() if match else value
