"""Annotated gold articles, in the format of ``shared/gold/README.md``.

A gold file names its input (a path relative to the shared folder) and, for
each article the input holds, what a reader should find: the headline, the
first and last words of the body, the captions. Our own gold files may point
at lines of the input instead of quoting it (``title_line``, ``body_lines``,
``caption_lines``, 1-based), so that the project never copies text it does not
own; the loader reads those lines from the input.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError
from dateline.ingest.segment import split_credit
from dateline.records import Caption

SPLITS = ("dev", "test")


class GoldError(DatelineError):
    """A gold file that cannot be read or does not fit the format."""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """What one article of a gold input should segment into."""

    title: str | None
    body_starts: str
    body_ends: str
    captions: tuple[str, ...]
    caption_credits: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class GoldFile:
    """One annotated input: its path, split and articles (with the raw annotation)."""

    path: Path
    split: str
    input: Path
    articles: tuple[GoldArticle, ...]
    raw: dict[str, Any]


def load_gold(folders: list[Path], shared: Path, *, split: str | None = None) -> list[GoldFile]:
    """Every gold file under ``folders``' ``dev``/``test`` subfolders, in name order.

    Raises:
        GoldError: a gold file is not JSON, misses a field, or names an input that
            does not exist.
    """
    found = []
    for folder in folders:
        for name in SPLITS:
            if split is not None and name != split:
                continue
            found += [_load(path, name, shared) for path in sorted((folder / name).glob("*.json"))]
    return found


def _load(path: Path, split: str, shared: Path) -> GoldFile:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        source = shared / raw["input"]
        lines = source.read_text(encoding="utf-8").splitlines()
        articles = tuple(_article(entry, lines) for entry in raw["articles"])
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise GoldError(f"{path}: cannot be read as gold ({type(exc).__name__}: {exc})") from exc
    return GoldFile(path=path, split=split, input=source, articles=articles, raw=raw)


def _article(entry: dict[str, Any], lines: list[str]) -> GoldArticle:
    def line(number: int) -> str:
        return lines[number - 1].strip()

    if "title_line" in entry:
        first, last = entry["body_lines"]
        caption_lines = [line(n) for n in entry.get("caption_lines", [])]
        split = [split_credit(text) or Caption(text) for text in caption_lines]
        return GoldArticle(
            title=line(entry["title_line"]),
            body_starts=line(first),
            body_ends=line(last),
            captions=tuple(caption.text for caption in split),
            caption_credits=tuple(caption.credit for caption in split),
        )
    texts = tuple(entry.get("captions") or ())
    credit = entry.get("caption_credit")
    return GoldArticle(
        title=entry.get("title"),
        body_starts=entry["body_starts"],
        body_ends=entry["body_ends"],
        captions=texts,
        caption_credits=tuple(credit for _ in texts),
    )
