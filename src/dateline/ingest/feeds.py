"""The reader for RSS and Atom feed files: one article per item, each with its own date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from dateline.dates import from_struct_time
from dateline.errors import FormatError
from dateline.ingest.articles import new_article, paragraphs_text, refused
from dateline.ingest.decode import Document
from dateline.records import UNKNOWN_DATE, Article, DateValue, Rejection, Source

_OPENING = re.compile(r"<(item|entry)\b", re.IGNORECASE)
_CLOSING = {
    "item": re.compile(r"</item\s*>", re.IGNORECASE),
    "entry": re.compile(r"</entry\s*>", re.IGNORECASE),
}
_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre")


def read_feed(document: Document) -> Iterator[Article | Rejection]:
    """One Article per feed item that carries text.

    Raises:
        FormatError: the file is not a feed, or a feed with no items.
    """
    feed = feedparser.parse(document.text)
    if not feed.entries:
        problem = "not an RSS or Atom feed" if feed.bozo else "a feed with no items"
        raise FormatError(document.path, problem)
    spans = item_spans(document.text)
    if len(spans) != len(feed.entries):
        spans = [(0, len(document.text))] * len(feed.entries)
    for number, (entry, (start, end)) in enumerate(zip(feed.entries, spans, strict=True), 1):
        text = paragraphs_text(html_paragraphs(_entry_html(entry)))
        if not text:
            yield refused(document.path, "no_body", f"feed item {number} has no text")
            continue
        yield new_article(
            text=text,
            source=Source(document.path, start, end, entry.get("id") or entry.get("link")),
            title=entry.get("title") or None,
            published=_entry_date(entry),
            warnings=document.warnings,
        )


def item_spans(text: str) -> list[tuple[int, int]]:
    """Where each ``<item>`` or ``<entry>`` element of a feed starts and ends.

    One pass over the text: a lazy regex from each opening tag to its closing
    one went to the end of the file for every opening tag left unclosed,
    which made a broken feed of many items take minutes.
    """
    spans = []
    unclosed: set[str] = set()  # tags with no closing tag after the last search
    position = 0
    while (opening := _OPENING.search(text, position)) is not None:
        tag = opening[1].lower()
        closing = None if tag in unclosed else _CLOSING[tag].search(text, opening.end())
        if closing is None:
            unclosed.add(tag)
            position = opening.end()
            continue
        spans.append((opening.start(), closing.end()))
        position = closing.end()
    return spans


def html_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment, as plain text."""
    if not fragment.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return [fragment]
    blocks = list(root.iter(*_BLOCKS))
    if not blocks:
        return [" ".join(root.text_content().split())]
    return [" ".join(block.text_content().split()) for block in blocks]


def _entry_html(entry: Any) -> str:  # noqa: ANN401 - feedparser's dicts are untyped
    for content in entry.get("content") or ():
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or "")


def _entry_date(entry: Any) -> DateValue:  # noqa: ANN401 - feedparser's dicts are untyped
    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if parsed is not None:
            return from_struct_time(parsed, entry.get(key))
    return UNKNOWN_DATE
