"""Building Article records from what a reader found."""

from __future__ import annotations

import dataclasses
import hashlib
import re

from dateline.records import UNKNOWN_DATE, Article, Caption, DateValue, Rejection, Source

_ID_BYTES = 8
# Halves of UTF-16 pairs standing alone: JSON escapes ("\ud800") and character
# references in feeds make them, and no UTF-8 output or SQLite text can hold one.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_REPLACEMENT = "\ufffd"


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
    """An Article with its text and provenance, before any analysis.

    Code points that are no text (unpaired surrogates) are replaced with
    U+FFFD, with a warning, wherever they are.
    """
    text, replaced = _LONE_SURROGATE.subn(_REPLACEMENT, text)
    if title is not None:
        title, in_title = _LONE_SURROGATE.subn(_REPLACEMENT, title)
        replaced += in_title
    if source.external_id is not None:
        external_id, in_id = _LONE_SURROGATE.subn(_REPLACEMENT, source.external_id)
        source = dataclasses.replace(source, external_id=external_id)
        replaced += in_id
    clean_captions = []
    for caption in captions:
        caption_text, in_caption = _LONE_SURROGATE.subn(_REPLACEMENT, caption.text)
        credit, in_credit = _LONE_SURROGATE.subn(_REPLACEMENT, caption.credit or "")
        clean_captions.append(Caption(caption_text, credit if caption.credit is not None else None))
        replaced += in_caption + in_credit
    if replaced:
        warnings = (*warnings, f"replaced {replaced} unpaired surrogate code point(s) with U+FFFD")
    return Article(
        id=article_id(text),
        source=source,
        text=text,
        title=title,
        published=published,
        captions=tuple(clean_captions),
        warnings=warnings,
    )


def refused(path: str, code: str, problem: str, *, where: str | None = None) -> Rejection:
    """A Rejection by a reader; its message names ``where`` (the path, or path and line)."""
    return Rejection(stage="read", code=code, message=f"{where or path}: {problem}", path=path)


def paragraphs_text(paragraphs: list[str]) -> str:
    """Join paragraphs, each stripped, with one blank line between them."""
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())
