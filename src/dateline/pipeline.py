"""The pipeline: orders the stages, checks them once, runs one article or a batch.

Articles that are not English are turned away with a Rejection before parsing;
the others are parsed in batches and go through every stage in order.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from dateline import limits, nlp
from dateline.errors import ConfigError
from dateline.ingest.language import english_share, is_english
from dateline.limits import Deadline
from dateline.options import SPACY_MAX_CHARS, Options
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


def analyse(
    article: Article,
    parse: Parse,
    stages: Sequence[Stage] = STAGES,
    *,
    deadline: Deadline | None = None,
) -> Article:
    """Run ``stages`` over one parsed article.

    Raises:
        TimeLimitExceededError: ``deadline`` passed before the last stage began.
    """
    analysis = Analysis(article=article, parse=parse)
    for stage in stages:
        if deadline is not None:
            deadline.check()
        analysis = stage.run(analysis)
        analysis = dataclasses.replace(analysis, stages=(*analysis.stages, stage.name))
    return analysis.article


def stages_for(options: Options) -> tuple[Stage, ...]:
    """The stages configured by ``options``, checked; built once per process.

    Raises:
        ConfigError: the actor dictionary cannot be read.
    """
    return _stages(options.actor_dictionary)


@functools.cache
def _stages(actor_dictionary: str | None) -> tuple[Stage, ...]:
    # Cached so that a worker process reads the user's dictionary once, not once per batch.
    if actor_dictionary is None:
        return STAGES
    dictionary = load_dictionary(Path(actor_dictionary))
    configured = tuple(actors.stage(dictionary) if s.name == "actors" else s for s in STAGES)
    check_order(configured)
    return configured


BatchMap = Callable[[Iterable[list[Outcome]]], Iterator[list[Outcome]]]
"""What a runner does: analyse batches (with :func:`analyse_batch`), handing them back in order."""


def run(
    items: Iterable[Outcome],
    *,
    options: Options,
    stages: Sequence[Stage] | None = None,
    remembered: Iterable[Article] = (),
    map_batches: BatchMap | None = None,
) -> Iterator[Outcome]:
    """Analyse every Article of ``items`` in input order; Rejections and Notices pass through.

    Batches of ``options.batch_size`` items are analysed by ``map_batches``
    (see :mod:`dateline.runners`; in this process when None), which may run
    them anywhere but must hand them back in input order. Each article is
    held to the limits of ``options`` (:mod:`dateline.limits`): one cut to
    size comes after a Notice, one too slow to analyse becomes a Rejection.
    With ``options.corpus_memory``, each article is then coded, here and in
    input order, with what the articles before it said of the same people
    (after those of ``remembered``, articles analysed before this run), so
    the output never depends on which worker finished first. ``stages``
    replaces the configured stages in this process (tests pass fakes).

    Raises:
        ModelNotFoundError: the configured spaCy pipeline is not installed.
        ConfigError: the actor dictionary cannot be read, or a limit is out of range.
    """
    check_limits(options)
    stages_for(options)  # a bad dictionary fails here, before any worker starts
    batches = _batched(items, options.batch_size)
    if map_batches is None:
        analysed: Iterator[list[Outcome]] = (
            analyse_batch(batch, options, stages) for batch in batches
        )
    else:
        analysed = map_batches(batches)
    return remember(itertools.chain.from_iterable(analysed), options=options, remembered=remembered)


def analyse_batch(
    batch: Sequence[Outcome], options: Options, stages: Sequence[Stage] | None = None
) -> list[Outcome]:
    """Check the language of, cap, parse and analyse one batch: the work a runner gives a worker.

    Each article is analysed on its own; corpus memory is applied after, by
    :func:`remember`, in input order.
    """
    stages = stages_for(options) if stages is None else tuple(stages)
    checked = [_check_language(item) if options.check_language else item for item in batch]
    capped = list(_capped(checked, options.max_article_chars))
    articles = [item for item in capped if isinstance(item, Article)]
    parses = iter(
        nlp.parse(
            (article.text for article in articles),
            model=options.model,
            batch_size=options.batch_size,
        )
        if articles
        else ()
    )
    analysed: list[Outcome] = []
    for item in capped:
        if not isinstance(item, Article):
            analysed.append(item)
            continue
        parse = next(parses)
        item, parse, notice = limits.cap_sentences(item, parse, options.max_article_sentences)  # noqa: PLW2901 - the same article, cut
        if notice is not None:
            analysed.append(notice)
        analysed.append(_analyse_in_time(item, parse, stages, options.max_article_seconds))
    return analysed


def remember(
    outcomes: Iterable[Outcome], *, options: Options, remembered: Iterable[Article] = ()
) -> Iterator[Outcome]:
    """Apply corpus memory to analysed articles in input order (when ``options`` ask for it).

    The articles of ``remembered`` are learned first, as if read before.
    """
    memory = CorpusMemory() if options.corpus_memory else None
    if memory is not None:
        for known in remembered:
            memory.learn(known)
    for item in outcomes:
        if memory is not None and isinstance(item, Article):
            item = memory.apply(item)  # noqa: PLW2901 - the remembered article replaces it
            memory.learn(item)
        yield item


def check_limits(options: Options) -> None:
    """Make sure the per-article limits of ``options`` can be held.

    Raises:
        ConfigError: a limit is not positive, or above what the parser takes.
    """
    if not 0 < options.max_article_chars <= SPACY_MAX_CHARS:
        raise ConfigError(
            f"max_article_chars {options.max_article_chars} is out of range: "
            f"give 1 to {SPACY_MAX_CHARS:,} (the longest text the parser takes)"
        )
    if options.max_article_sentences < 1:
        raise ConfigError(
            f"max_article_sentences {options.max_article_sentences} must be 1 or more"
        )
    if not options.max_article_seconds > 0:
        raise ConfigError(f"max_article_seconds {options.max_article_seconds} must be above 0")


def _capped(items: Iterable[Outcome], max_chars: int) -> Iterator[Outcome]:
    """Every item, each article cut to ``max_chars`` after a Notice that says so."""
    for item in items:
        if isinstance(item, Article):
            item, notice = limits.cap_characters(item, max_chars)  # noqa: PLW2901 - the same article, cut
            if notice is not None:
                yield notice
        yield item


def _analyse_in_time(
    article: Article, parse: Parse, stages: Sequence[Stage], seconds: float
) -> Article | Rejection:
    """The analysed article, or a Rejection when its stages take more than ``seconds``."""
    try:
        with limits.time_limit(seconds) as deadline:
            return analyse(article, parse, stages, deadline=deadline)
    except limits.TimeLimitExceededError as error:
        title = f" {article.title!r}" if article.title else ""
        log.info("stopped %s%s after %g s", article.source.path, title, error.seconds)
        return Rejection(
            stage="analysis",
            code="too_slow",
            message=(
                f"{article.source.path}: article{title}: {error} (--max-article-seconds); skipped"
            ),
            path=article.source.path,
        )


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
