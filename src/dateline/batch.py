"""Many texts analysed lazily, for notebooks and pipelines: :func:`extract_many`."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator, Mapping

from dateline import ingest, pipeline, runners
from dateline.dates import parse_iso
from dateline.errors import ConfigError
from dateline.ingest.articles import new_article
from dateline.ingest.decode import Document
from dateline.options import Options
from dateline.records import UNKNOWN_DATE, Article, Outcome, Source

log = logging.getLogger(__name__)

Item = str | Mapping[str, object]
"""A text (dump, HTML, feed, JSONL), or one article: ``{"text", "id"?, "title"?, "published"?}``."""


def extract_many(
    items: Iterable[Item],
    *,
    workers: int = 1,
    batch_size: int | None = None,
    published: str | None = None,
    options: Options | None = None,
) -> Iterator[Article]:
    """Analyse ``items`` lazily and yield their Articles in input order.

    Each item is a text, read like :func:`dateline.extract` reads one (and
    maybe split into several articles), or a mapping with a ``text`` and
    optionally an ``id``, a ``title`` and an ISO ``published`` date, taken
    as one article as a JSONL line is. Items are read as the Articles are
    consumed, and at most a few batches are held at a time, so an iterator
    of any length can be passed. ``workers`` above 1 analyses in that many
    processes (each loading the model once), with the same output.
    ``batch_size`` (articles parsed per batch) overrides the one of
    ``options``, whose default is 32.
    Refused articles (not English, no text) are logged and left out.

    Raises:
        ConfigError: ``published`` is not a date, or an item is neither a
            text nor a mapping with a text.
        ModelNotFoundError: the spaCy pipeline is not installed.
    """
    chosen = options or Options()
    if batch_size is not None:
        chosen = dataclasses.replace(chosen, batch_size=batch_size)
    default_date = ingest.given_date(published or chosen.published)
    pipeline.stages_for(chosen)  # a bad actor dictionary fails before any worker starts
    read = ingest.with_default_date(_read(items, chosen), default_date)
    with runners.start(chosen, workers=workers) as map_batches:
        for outcome in pipeline.run(read, options=chosen, map_batches=map_batches):
            if isinstance(outcome, Article):
                yield outcome
            else:
                log.warning("%s", outcome.message)


def _read(items: Iterable[Item], options: Options) -> Iterator[Outcome]:
    for number, item in enumerate(items, 1):
        name = f"<item {number}>"
        if isinstance(item, str):
            document = Document(name, item)
            yield from ingest.read_document_as(
                document, options.input_format, max_line_bytes=options.max_line_bytes
            )
        elif isinstance(item, Mapping):
            yield _article(item, name)
        else:
            raise ConfigError(f"{name}: expected a text or a mapping, got {type(item).__name__}")


def _article(item: Mapping[str, object], name: str) -> Article:
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ConfigError(f'{name}: no "text" (a non-empty string is required)')
    title = item.get("title")
    given = item.get("published")
    date = parse_iso(given, basis="metadata") if isinstance(given, str) else None
    external_id = item.get("id")
    return new_article(
        text=text.strip(),
        source=Source(
            name, 0, len(text), str(external_id) if isinstance(external_id, str | int) else None
        ),
        title=title.strip() or None if isinstance(title, str) else None,
        published=date or UNKNOWN_DATE,
    )
