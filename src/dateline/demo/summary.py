"""A readable summary of analysed articles, for people rather than programs."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from dateline.records import Article, DateValue, Event, TimeMention

_WIDTH = 100
_LABEL = 10
_SHOWN = 8


def describe(article: Article) -> str:
    """Several lines saying what was found in one article."""
    words = len(article.text.split())
    paragraphs = article.text.count("\n\n") + 1
    rows = [
        ("source", f"{article.source.path} [{article.source.raw_start}:{article.source.raw_end}]"),
        ("published", _date(article.published)),
        ("body", f"{paragraphs} paragraphs, {words} words: {_clip(article.text, 70)}"),
        ("captions", _list(_caption(c.text, c.credit) for c in article.captions)),
        ("actors", _list(_actor(a.name, a.kind, a.country) for a in article.actors)),
        ("quotes", _list(f"“{_clip(q.text, 60)}”" for q in article.quotes)),
        ("times", _list(_time(t) for t in article.times)),
        (
            "places",
            _list(p.name + (f" ({p.country})" if p.country else "") for p in article.places),
        ),
        ("events", _list(_event(e) for e in article.events)),
        ("warnings", _list(article.warnings)),
    ]
    heading = f"■ {article.title or '(no headline)'}"
    return "\n".join([heading, *(_row(label, value) for label, value in rows), ""])


def _event(event: Event) -> str:
    """An event's type and trigger, and whether it did not happen ("withdraw" only demanded)."""
    flags = [
        flag
        for flag, on in (("negated", event.negated), ("hypothetical", event.hypothetical))
        if on
    ]
    return f"{event.type} “{event.trigger}”" + (f" ({', '.join(flags)})" if flags else "")


def totals(articles: Sequence[Article]) -> str:
    """One line of counts over all ``articles``."""
    counts = {
        "articles": len(articles),
        "actors": sum(len(a.actors) for a in articles),
        "quotes": sum(len(a.quotes) for a in articles),
        "times": sum(len(a.times) for a in articles),
        "places": sum(len(a.places) for a in articles),
        "events": sum(len(a.events) for a in articles),
    }
    return "total: " + ", ".join(f"{n} {name}" for name, n in counts.items())


def _row(label: str, value: str) -> str:
    indent = " " * (_LABEL + 2)
    wrapped = textwrap.fill(value, _WIDTH, initial_indent=indent, subsequent_indent=indent)
    return f"  {label:<{_LABEL}}{wrapped[len(indent) :]}"


def _list(items: Iterable[str]) -> str:
    items = list(items)
    if not items:
        return "none"
    shown = "; ".join(items[:_SHOWN])
    more = f"; and {len(items) - _SHOWN} more" if len(items) > _SHOWN else ""
    return f"({len(items)}) {shown}{more}"


def _time(time: TimeMention) -> str:
    """A time mention, with its date, or its duration when it names a length and no date."""
    if time.duration and time.value.value is None:
        return f"{time.text} → lasts {time.duration}"
    return f"{time.text} → {_date(time.value)}"


def _date(value: DateValue) -> str:
    if value.value is None:
        return "unknown"
    return f"{value.value} ({value.precision}, from {value.basis})"


def _caption(text: str, credit: str | None) -> str:
    return _clip(text, 60) + (f" [credit: {credit}]" if credit else "")


def _actor(name: str, kind: str, country: str | None) -> str:
    return f"{name} ({kind}{', ' + country if country else ''})"


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
