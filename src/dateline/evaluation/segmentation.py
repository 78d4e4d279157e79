"""Scoring the readers and the segmenter against gold articles and whole corpora."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dateline.evaluation.gold import GoldFile, GoldSegment
from dateline.evaluation.scores import Score
from dateline.ingest import read
from dateline.ingest.segment import split_lines
from dateline.options import Options
from dateline.records import Article

STAGE = "segmentation"
_FIELDS = ("count", "title", "body_start", "body_end", "captions")


def score_gold(files: list[GoldFile], split: str) -> list[Score]:
    """Per-field accuracy and whole-article accuracy of segmentation on ``files``.

    Output articles are matched to gold articles in order. ``count`` is the
    share of files split into exactly the gold number of articles; the other
    fields are shares of gold articles; ``articles_exact`` counts an article
    right only when every field is.
    """
    right = dict.fromkeys(_FIELDS, 0)
    exact = 0
    total = 0
    files = [gold for gold in files if any(a.segment for a in gold.articles)]
    for gold in files:
        found = _articles(gold.input)
        right["count"] += len(found) == len(gold.articles)
        for index, article in enumerate(gold.articles):
            expected = article.segment
            if expected is None:
                continue
            total += 1
            checks = _check(found[index] if index < len(found) else None, expected)
            for field, ok in checks.items():
                right[field] += ok
            exact += all(checks.values())
    scores = [Score(STAGE, split, "articles_exact", exact / max(total, 1), total)]
    scores.append(
        Score(STAGE, split, "files_count", right["count"] / max(len(files), 1), len(files))
    )
    scores += [
        Score(STAGE, split, field, right[field] / max(total, 1), total) for field in _FIELDS[1:]
    ]
    return scores


def score_corpus(files: Iterable[Path], name: str) -> list[Score]:
    """How many one-article files (headline, blank line, body) segment exactly.

    A file is right when it gives exactly one article whose title is the
    file's first line, with no caption, and whose body holds every other line
    that has a word in it: a stray "." on a line of its own, as a scrape
    leaves at the end of a file, is no text the body lost.
    """
    right = 0
    total = 0
    for path in files:
        total += 1
        found = _articles(path)
        if len(found) != 1:
            continue
        (article,) = found
        lines = [line.text for line in split_lines(path.read_text(encoding="utf-8")) if line.text]
        body = set(article.text.split("\n"))
        right += (
            article.title == lines[0]
            and not article.captions
            and all(line in body for line in lines[1:] if _has_a_word(line))
        )
    return [Score(STAGE, f"corpus:{name}", "files_exact", right / max(total, 1), total)]


def _has_a_word(line: str) -> bool:
    return any(c.isalnum() for c in line)


def _articles(path: Path) -> list[Article]:
    return [
        item
        for item in read([str(path)], options=Options(input_format="text"))
        if isinstance(item, Article)
    ]


def _check(article: Article | None, gold: GoldSegment) -> dict[str, bool]:
    if article is None:
        return dict.fromkeys(_FIELDS[1:], False)
    text = _flat(article.text)
    captions = tuple(_flat(c.text) for c in article.captions)
    caption_credits = tuple(c.credit for c in article.captions)
    return {
        "title": _flat(article.title or "") == _flat(gold.title or ""),
        "body_start": text.startswith(_flat(gold.body_starts)),
        "body_end": text.endswith(_flat(gold.body_ends)),
        "captions": captions == tuple(_flat(c) for c in gold.captions)
        and caption_credits == gold.caption_credits,
    }


def _flat(text: str) -> str:
    """Text as the gold compares it: single spaces, no quote marks, no closing punctuation.

    Annotators quote the last words of a body without its closing quote mark
    and full stop ("... of what they would do"), so neither may count.
    """
    flat = " ".join(text.translate(_NO_QUOTES).split())
    return flat.rstrip(_CLOSING)


_NO_QUOTES = str.maketrans(dict.fromkeys('"“”„«»', ""))
_CLOSING = ".,;:!?'’ "
