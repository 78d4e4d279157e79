"""The pipeline: orders the stages, checks them once, runs one article or a batch.

Articles that are not English are turned away with a Rejection before parsing;
the others are parsed in batches and go through every stage in order.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from dateline import nlp
from dateline.errors import ConfigError
from dateline.ingest.language import english_share, is_english
from dateline.options import Options
from dateline.records import Analysis, Article, Outcome, Parse, Rejection
from dateline.stages import Stage, actors, events, places, quotes, times
from dateline.stages.actors.dictionary import load_dictionary
from dateline.stages.actors.memory import CorpusMemory

log = logging.getLogger(__name__)

STAGES: tuple[Stage, ...] = (times.STAGE, actors.STAGE, quotes.STAGE, places.STAGE, events.STAGE)
"""The stages in order, as they run without a user's actor dictionary."""
PROVIDED = frozenset({"parse"})
"""What every analysis has before the first stage runs."""


def check_order(stages: Sequence[Stage]) -> None:
    """Make sure every stage runs after the stages whose output it needs.

    Raises:
        ConfigError: a stage needs something no earlier stage assigns.
    """
    available = set(PROVIDED)
    for stage in stages:
        missing = sorted(stage.requires - available)
        if missing:
            raise ConfigError(
                f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage "
                f"assigns; order: {', '.join(s.name for s in stages)}"
            )
        available |= stage.assigns


check_order(STAGES)


def analyse(article: Article, parse: Parse, stages: Sequence[Stage] = STAGES) -> Article:
    """Run ``stages`` over one parsed article."""
    analysis = Analysis(article=article, parse=parse)
    for stage in stages:
        analysis = stage.run(analysis)
        analysis = dataclasses.replace(analysis, stages=(*analysis.stages, stage.name))
    return analysis.article


def stages_for(options: Options) -> tuple[Stage, ...]:
    """The stages configured by ``options``, checked.

    Raises:
        ConfigError: the actor dictionary cannot be read.
    """
    if options.actor_dictionary is None:
        return STAGES
    dictionary = load_dictionary(Path(options.actor_dictionary))
    configured = tuple(actors.stage(dictionary) if s.name == "actors" else s for s in STAGES)
    check_order(configured)
    return configured


def run(items: Iterable[Outcome], *, options: Options) -> Iterator[Outcome]:
    """Analyse every Article of ``items`` in input order; Rejections and Notices pass through.

    With ``options.corpus_memory``, each article is coded with what the
    articles before it (in input order) said of the same people.

    Raises:
        ModelNotFoundError: the configured spaCy pipeline is not installed.
        ConfigError: the actor dictionary cannot be read.
    """
    stages = stages_for(options)
    memory = CorpusMemory() if options.corpus_memory else None
    for batch in _batched(items, options.batch_size):
        checked = [_check_language(item) if options.check_language else item for item in batch]
        articles = [item for item in checked if isinstance(item, Article)]
        parses = iter(
            nlp.parse(
                (article.text for article in articles),
                model=options.model,
                batch_size=options.batch_size,
            )
            if articles
            else ()
        )
        for item in checked:
            if not isinstance(item, Article):
                yield item
                continue
            article = analyse(item, next(parses), stages)
            if memory is not None:
                article = memory.apply(article)
                memory.learn(article)
            yield article


def _batched(items: Iterable[Outcome], size: int) -> Iterator[list[Outcome]]:
    # itertools.batched arrives with Python 3.12; we support 3.11.
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _check_language(item: Outcome) -> Outcome:
    if not isinstance(item, Article) or is_english(item.text):
        return item
    share = english_share(item.text)
    log.info("skipping %s: not English (%.2f)", item.source.path, share)
    title = f" {item.title!r}" if item.title else ""
    return Rejection(
        stage="language",
        code="not_english",
        message=(
            f"{item.source.path}: article{title} is not English "
            f"(English function words are {share:.0%} of its words); skipped"
        ),
        path=item.source.path,
    )
