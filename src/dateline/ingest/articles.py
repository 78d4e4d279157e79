"""Building Article records from what a reader found."""

from __future__ import annotations

import hashlib

from dateline.records import UNKNOWN_DATE, Article, Caption, DateValue, Rejection, Source

_ID_BYTES = 8


def article_id(text: str) -> str:
    """A stable id from the cleaned text, so that reading the same article twice agrees."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=_ID_BYTES).hexdigest()


def new_article(  # noqa: PLR0913 - every field of a fresh article, by keyword
    *,
    text: str,
    source: Source,
    title: str | None = None,
    published: DateValue = UNKNOWN_DATE,
    captions: tuple[Caption, ...] = (),
    warnings: tuple[str, ...] = (),
) -> Article:
    """An Article with its text and provenance, before any analysis."""
    return Article(
        id=article_id(text),
        source=source,
        text=text,
        title=title,
        published=published,
        captions=captions,
        warnings=warnings,
    )


def refused(path: str, code: str, problem: str, *, where: str | None = None) -> Rejection:
    """A Rejection by a reader; its message names ``where`` (the path, or path and line)."""
    return Rejection(stage="read", code=code, message=f"{where or path}: {problem}", path=path)


def paragraphs_text(paragraphs: list[str]) -> str:
    """Join paragraphs, each stripped, with one blank line between them."""
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())
