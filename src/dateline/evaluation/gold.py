"""Annotated gold articles, in the format of ``shared/gold/README.md``.

A gold file names its input (a path relative to the shared folder) and, for
each article the input holds, what a reader should find: the headline, the
first and last words of the body, the captions, the key actors. Our own gold
files (``evaluation/gold/README.md``) may point at lines of the input instead
of quoting it (``title_line``, ``body_lines``, ``caption_lines``, 1-based) and
list every mention of each actor by character span. Files about the same
input are joined article by article. A file may put its input in a set of
its own (``"set": "extra"``), which the scorer reports as a row of its own
(``dev:extra``) so that the split's row keeps measuring what it measured.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError
from dateline.evaluation import anchored
from dateline.ingest.segment import split_credit
from dateline.records import Caption

SPLITS = ("dev", "test")


class GoldError(DatelineError):
    """A gold file that cannot be read or does not fit the format."""


@dataclass(frozen=True, slots=True)
class GoldSegment:
    """What one article of a gold input should segment into."""

    title: str | None
    body_starts: str
    body_ends: str
    captions: tuple[str, ...]
    caption_credits: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A mention by its span in the input file (not in the article text)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An actor as annotated: its coding, and its mentions when they are listed."""

    name: str
    country: str | None
    sector: str | None
    org: str | None
    aliases: tuple[str, ...] = ()
    mentions: tuple[GoldMention, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A statement by its span in the input file, as ``quote_spans`` list them."""

    start: int
    end: int
    kind: str
    speaker: str
    cue: str | None


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A toponym by its span in the input file, and the place it means."""

    start: int
    end: int
    text: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GoldTime:
    """A time expression by its span in the input file, and the value it names.

    ``value`` is written against no particular publication day
    (:mod:`dateline.evaluation.anchored`); a duration's as TIMEX3 writes it
    (``P3M``) where its set gives it; ``None`` for a set, a duration of a set
    that gives none, or a date none of the forms can write.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article of a gold input: segmentation, actors, and quotes by span when listed."""

    segment: GoldSegment | None = None
    key_actors: tuple[GoldActor, ...] = ()
    mentioned_actors: tuple[GoldActor, ...] = ()
    quote_spans: tuple[GoldQuote, ...] | None = None
    """Every quote of the body, when the gold lists them by span; else ``None``."""
    places: tuple[GoldPlace, ...] | None = None
    """Every toponym of the body, when the gold lists them; else ``None``."""
    times: tuple[GoldTime, ...] | None = None
    """Every time expression of the body, when the gold lists them; else ``None``."""


@dataclass(frozen=True, slots=True)
class GoldFile:
    """One annotated input: the gold files about it, its split and its articles."""

    paths: tuple[Path, ...]
    split: str
    input: Path
    articles: tuple[GoldArticle, ...]
    raw_articles: tuple[dict[str, Any], ...] = ()
    """The annotations as written (events, traps, quotes), joined key by key."""
    subset: str | None = None
    """The set of its own the input belongs to (``"set"`` in a file about it),
    scored apart from the rest of its split; ``None`` for the split's main set."""


def load_gold(folders: list[Path], shared: Path, *, split: str | None = None) -> list[GoldFile]:
    """Every gold input under ``folders``' ``dev``/``test`` subfolders, joined by input.

    Inputs come in the order their first gold file is found (folders in the
    order given, files in name order).

    Raises:
        GoldError: a gold file is not JSON, misses a field, names an input that
            does not exist, or gives a mention span that does not hold its text;
            or one input is annotated in two splits.
    """
    joined: dict[Path, GoldFile] = {}
    for folder in folders:
        for name in SPLITS:
            if split is not None and name != split:
                continue
            for path in sorted((folder / name).glob("*.json")):
                found = _load(path, name, shared)
                earlier = joined.get(found.input)
                joined[found.input] = found if earlier is None else _join(earlier, found)
    return list(joined.values())


def _join(first: GoldFile, second: GoldFile) -> GoldFile:
    if first.split != second.split:
        raise GoldError(
            f"{second.paths[0]}: {second.input} is gold in both {first.split} and {second.split}"
        )
    count = max(len(first.articles), len(second.articles))
    padded = [
        (
            first.articles[i] if i < len(first.articles) else GoldArticle(),
            second.articles[i] if i < len(second.articles) else GoldArticle(),
        )
        for i in range(count)
    ]
    articles = tuple(
        GoldArticle(
            segment=a.segment or b.segment,
            key_actors=a.key_actors + b.key_actors,
            mentioned_actors=a.mentioned_actors + b.mentioned_actors,
            quote_spans=a.quote_spans if a.quote_spans is not None else b.quote_spans,
            places=a.places if a.places is not None else b.places,
            times=a.times if a.times is not None else b.times,
        )
        for a, b in padded
    )
    raw = tuple(
        {**(second.raw_articles[i] if i < len(second.raw_articles) else {}),
         **(first.raw_articles[i] if i < len(first.raw_articles) else {})}
        for i in range(count)
    )  # fmt: skip
    if None not in (first.subset, second.subset) and first.subset != second.subset:
        raise GoldError(
            f"{second.paths[0]}: {second.input} is in set {second.subset!r}, "
            f"and in set {first.subset!r} by {first.paths[0]}"
        )
    return replace(
        first,
        paths=first.paths + second.paths,
        articles=articles,
        raw_articles=raw,
        subset=first.subset or second.subset,
    )


def _load(path: Path, split: str, shared: Path) -> GoldFile:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        source = shared / raw["input"]
        text = source.read_text(encoding="utf-8")
        lines = text.splitlines()
        articles = tuple(_article(entry, lines, text) for entry in raw["articles"])
        subset = _subset(raw.get("set"))
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise GoldError(f"{path}: cannot be read as gold ({type(exc).__name__}: {exc})") from exc
    return GoldFile(
        paths=(path,),
        split=split,
        input=source,
        articles=articles,
        raw_articles=tuple(raw["articles"]),
        subset=subset,
    )


_SET_NAME = re.compile(r"[a-z][a-z0-9-]*")
"""A set's name, as it will stand in a row's split (``dev:extra``)."""


def _subset(name: object) -> str | None:
    if name is None:
        return None
    if not isinstance(name, str) or not _SET_NAME.fullmatch(name):
        raise ValueError(f"set {name!r} is not a lowercase name")
    return name


def _article(entry: dict[str, Any], lines: list[str], text: str) -> GoldArticle:
    key_actors: list[GoldActor] = []
    mentioned: list[GoldActor] = []
    for actor in entry.get("actors", ()):
        found = _actor(actor, text)
        (mentioned if "mentions" in actor else key_actors).append(found)
    spans = entry.get("quote_spans")
    return GoldArticle(
        segment=_segment(entry, lines),
        key_actors=tuple(key_actors),
        mentioned_actors=tuple(mentioned),
        quote_spans=None if spans is None else tuple(_quote(q, text) for q in spans),
        places=None if "places" not in entry else tuple(_place(p, text) for p in entry["places"]),
        times=None if "times" not in entry else tuple(_time(t, text) for t in entry["times"]),
    )


def _segment(entry: dict[str, Any], lines: list[str]) -> GoldSegment | None:
    def line(number: int) -> str:
        return lines[number - 1].strip()

    if "title_line" in entry:
        first, last = entry["body_lines"]
        split = [split_credit(line(n)) or Caption(line(n)) for n in entry.get("caption_lines", [])]
        return GoldSegment(
            title=line(entry["title_line"]),
            body_starts=line(first),
            body_ends=line(last),
            captions=tuple(caption.text for caption in split),
            caption_credits=tuple(caption.credit for caption in split),
        )
    if "body_starts" not in entry:
        return None
    texts = tuple(entry.get("captions") or ())
    credit = entry.get("caption_credit")
    return GoldSegment(
        title=entry.get("title"),
        body_starts=entry["body_starts"],
        body_ends=entry["body_ends"],
        captions=texts,
        caption_credits=tuple(credit for _ in texts),
    )


_QUOTE_KINDS = frozenset({"direct", "indirect", "partial"})


def _quote(entry: dict[str, Any], text: str) -> GoldQuote:
    start, end = entry["span"]
    found = " ".join(text[start:end].split())
    if not (found.startswith(entry["starts"]) and found.endswith(entry["ends"])):
        raise ValueError(
            f"quote at [{start}, {end}] does not start with {entry['starts']!r} "
            f"and end with {entry['ends']!r}"
        )
    if entry["kind"] not in _QUOTE_KINDS or not entry["speaker"]:
        raise ValueError(f"quote at [{start}, {end}]: bad kind or empty speaker")
    return GoldQuote(start, end, entry["kind"], entry["speaker"], entry.get("cue"))


def _place(entry: dict[str, Any], text: str) -> GoldPlace:
    start, end = entry["span"]
    if text[start:end] != entry["text"]:
        raise ValueError(f"place {entry['text']!r} at [{start}, {end}] reads {text[start:end]!r}")
    lat, lon = entry.get("lat"), entry.get("lon")
    return GoldPlace(
        start,
        end,
        entry["text"],
        entry["kind"],
        entry.get("country"),
        None if lat is None else float(lat),
        None if lon is None else float(lon),
    )


def _actor(entry: dict[str, Any], text: str) -> GoldActor:
    mentions = []
    for mention in entry.get("mentions", ()):
        start, end = mention["span"]
        if text[start:end] != mention["text"]:
            raise ValueError(
                f"mention {mention['text']!r} at [{start}, {end}] reads {text[start:end]!r}"
            )
        mentions.append(GoldMention(start, end, mention["text"]))
    return GoldActor(
        name=entry["name"],
        country=entry.get("country"),
        sector=entry.get("sector"),
        org=entry.get("org"),
        aliases=tuple(entry.get("aliases") or ()),
        mentions=tuple(mentions),
    )


_TIME_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


def _time_value(kind: str, value: str | None) -> bool:
    """Whether a time's value is written in a form of its type: a date's, or a duration's."""
    if value is None:
        return True
    return anchored.is_duration(value) if kind == "DURATION" else anchored.is_value(value)


def _time(entry: dict[str, Any], text: str) -> GoldTime:
    start, end = entry["span"]
    value = entry["value"]
    if text[start:end] != entry["text"]:
        raise ValueError(f"time at [{start}, {end}] is not {entry['text']!r}")
    if entry["type"] not in _TIME_TYPES or not _time_value(entry["type"], value):
        raise ValueError(f"time at [{start}, {end}]: bad type or value")
    return GoldTime(start, end, entry["text"], entry["type"], value)
