"""The reader for plain-text dumps: decoded text through the segmenter."""

from __future__ import annotations

from collections.abc import Iterator

from dateline.ingest.articles import new_article, refused
from dateline.ingest.decode import Document
from dateline.ingest.segment import segment
from dateline.records import Article, Rejection, Source


def read_text(document: Document) -> Iterator[Article | Rejection]:
    """One Article per article the dump holds; a Rejection for a headline with no body."""
    found_any = False
    # Line numbers are counted on from the previous article, not from the top
    # each time, which was quadratic in a dump of many articles.
    line, counted = 1, 0
    for found in segment(document.text):
        found_any = True
        line += document.text.count("\n", counted, found.raw_start)
        counted = found.raw_start
        where = f"{document.path}:{line}"
        if not found.paragraphs:
            problem = f"{found.title!r} has a headline but no body text"
            yield refused(document.path, "no_body", problem, where=where)
            continue
        yield new_article(
            text=found.text,
            source=Source(document.path, found.raw_start, found.raw_end),
            title=found.title,
            captions=found.captions,
            warnings=document.warnings + found.warnings,
        )
    if not found_any:
        yield refused(document.path, "no_article", "no article text found, only stray lines")
