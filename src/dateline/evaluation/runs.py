"""Running dateline over gold inputs, as a user would read them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from dateline.evaluation.gold import GoldFile
from dateline.options import Options
from dateline.records import Article
from dateline.service import extract_paths

SCORING_SECONDS = 24 * 3600.0
"""How long an article may take in a scored run: as good as no limit.

A user's run stops an article after ``--max-article-seconds`` of processor
time, which the machine's load does not change; but a slower machine, or a
change that slows a stage, would skip an article, and the scores would then
change with the machine rather than with what the code finds.
"""


def untimed(options: Options) -> Options:
    """``options`` for a scored run, whose articles are never skipped for taking long."""
    return dataclasses.replace(options, max_article_seconds=SCORING_SECONDS)


def extract_gold(
    files: Sequence[GoldFile], options: Options, published: Callable[[GoldFile], str | None]
) -> list[tuple[GoldFile, list[Article]]]:
    """Each gold input with the articles dateline extracts from it, in order.

    Inputs are read as plain text, with the publication date ``published``
    gives each one; those that share a date are read in one run, so corpus
    memory sees them in order as it would in a user's run.
    """
    by_path: dict[str, list[Article]] = {str(gold.input): [] for gold in files}
    runs: dict[str | None, list[str]] = {}
    for gold in files:
        runs.setdefault(published(gold), []).append(str(gold.input))
    for date, paths in runs.items():
        run_options = dataclasses.replace(untimed(options), input_format="text", published=date)
        for item in extract_paths(paths, options=run_options):
            if isinstance(item, Article):
                by_path[item.source.path].append(item)
    return [(gold, by_path[str(gold.input)]) for gold in files]
