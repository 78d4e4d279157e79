"""The growth check: the cost of what depends on how much came before, at 1x, 4x, 16x.

    python benchmarks/growth.py ARTICLES.jsonl --copies 16 --db store.db

Parsing and the stages see one article at a time, so their cost per
article cannot grow with the corpus. What can is what an article meets
of the articles before it: corpus memory, and the store (its indexes, the
near-duplicate index, the happenings an event may join). This runs exactly
that part of ``dateline ingest``, over ``--copies`` copies of analysed
articles (the output of ``dateline extract``), each copy with small changes:
an edition line added to the text (a new id, a near-copy of the original),
and a publication date in its own year (copy k in 2005 + k, on a day set by
the article's place in the corpus, its events' dates moved by k years too),
so that a 16x corpus spans 16 years of news as a backfill would. Prints
one JSON line: articles, seconds, and the resident memory sampled every 10%
of the stream.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import resource
import time
from collections.abc import Iterator
from pathlib import Path

from dateline import from_json, pipeline
from dateline.ingest.articles import article_id
from dateline.options import Options
from dateline.records import Article, DateValue
from dateline.service import BATCH
from dateline.store import Store

_SAMPLES = 10


def copies(articles: list[Article], count: int) -> Iterator[Article]:
    """``count`` copies of ``articles``, each lightly changed, copy after copy."""
    for k in range(count):
        for i, article in enumerate(articles):
            day = dt.date(2005 + k, 1, 1) + dt.timedelta(days=i % 365)
            text = article.text if k == 0 else f"{article.text}\n\nEdition {k + 1}."
            yield dataclasses.replace(
                article,
                id=article_id(text),
                text=text,
                published=DateValue(day.isoformat(), "day", "given", day.isoformat()),
                events=tuple(
                    dataclasses.replace(event, date=_later(event.date, k))
                    for event in article.events
                ),
            )


def _later(date: DateValue, years: int) -> DateValue:
    """The same date ``years`` later: a copy's events happen in the copy's own year."""
    if date.value is None or not date.value[:4].isdigit():
        return date
    return dataclasses.replace(date, value=f"{int(date.value[:4]) + years}{date.value[4:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--db", type=Path, required=True)
    arguments = parser.parse_args()
    with arguments.articles.open(encoding="utf-8") as lines:
        base = [from_json(Article, line) for line in lines]
    total = len(base) * arguments.copies
    every = max(total // _SAMPLES, 1)
    rss: list[int] = []
    started = time.perf_counter()
    written = 0
    with Store(arguments.db) as store:
        batch: list[Article] = []
        stream = copies(base, arguments.copies)
        for article in pipeline.remember(stream, options=Options()):
            batch.append(article)  # type: ignore[arg-type]  # remember yields what it is given
            if len(batch) >= BATCH:
                store.add(batch)
                written += len(batch)
                batch.clear()
            if (written + len(batch)) % every == 0:
                rss.append(_resident())
        store.add(batch)
    print(
        json.dumps(
            {
                "articles": total,
                "seconds": time.perf_counter() - started,
                "rss_samples_mb": [round(r / 2**20, 1) for r in rss],
                "peak_rss_mb": round(
                    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 2**20, 1
                ),
            }
        )
    )


def _resident() -> int:
    with Path("/proc/self/statm").open() as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


if __name__ == "__main__":
    main()
