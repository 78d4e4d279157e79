"""The reader for HTML pages: trafilatura finds the article, we keep its captions apart."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import trafilatura
from lxml.etree import ParserError

from dateline.dates import parse_iso
from dateline.errors import FormatError
from dateline.ingest.articles import new_article, paragraphs_text
from dateline.ingest.decode import Document
from dateline.ingest.segment import split_credit
from dateline.records import UNKNOWN_DATE, Article, Caption, Rejection, Source

# Below this, what trafilatura found is page furniture (a menu, a cookie notice),
# not an article.
_MIN_WORDS = 8


def read_html(document: Document) -> Iterator[Article | Rejection]:
    """The page's main article, with its headline, date and figure captions.

    Raises:
        FormatError: the page holds no article text.
    """
    result = trafilatura.bare_extraction(
        document.text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=True,
    )
    body = getattr(result, "text", None) if result is not None else None
    if not body or len(body.split()) < _MIN_WORDS:
        raise FormatError(document.path, "no article text found in this HTML page")
    captions = figure_captions(document.text)
    caption_lines = {caption_line for caption in captions for caption_line in _lines_of(caption)}
    title = getattr(result, "title", None) or None
    paragraphs = [
        line
        for line in body.splitlines()
        if line.strip() and line.strip() not in caption_lines and line.strip() != title
    ]
    date = getattr(result, "date", None)
    published = (parse_iso(date, basis="metadata") if date else None) or UNKNOWN_DATE
    yield new_article(
        text=paragraphs_text(paragraphs),
        source=Source(document.path, 0, len(document.text), getattr(result, "url", None)),
        title=title,
        published=published,
        captions=captions,
        warnings=document.warnings,
    )


def figure_captions(html: str) -> tuple[Caption, ...]:
    """Every ``<figcaption>`` of a page once, with its credit split off."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return ()
    seen: dict[str, Caption] = {}
    for element in tree.iter("figcaption"):
        text = "".join(str(part) for part in element.itertext())
        text = " ".join(text.split())
        if text and text not in seen:
            seen[text] = split_credit(text) or Caption(text=text)
    return tuple(seen.values())


def _lines_of(caption: Caption) -> tuple[str, ...]:
    full = f"{caption.text} ({caption.credit})" if caption.credit else caption.text
    return (full, caption.text)
