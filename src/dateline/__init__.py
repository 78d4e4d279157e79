"""dateline: raw news in, source-linked event data out.

>>> import dateline
>>> articles = dateline.extract(open("dump.txt").read())   # doctest: +SKIP
>>> articles[0].title, [actor.name for actor in articles[0].actors]   # doctest: +SKIP
"""

from __future__ import annotations

import logging

from dateline import ingest, pipeline
from dateline.codec import from_dict, from_json, to_dict, to_json
from dateline.errors import DatelineError
from dateline.ingest.decode import Document
from dateline.options import Options
from dateline.records import (
    Actor,
    Analysis,
    Article,
    Caption,
    DateValue,
    Event,
    Notice,
    Outcome,
    Place,
    Quote,
    Rejection,
    Source,
    TimeMention,
)
from dateline.service import extract_paths

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "Caption",
    "DateValue",
    "DatelineError",
    "Event",
    "Notice",
    "Options",
    "Place",
    "Quote",
    "Rejection",
    "Source",
    "TimeMention",
    "__version__",
    "extract",
    "extract_paths",
    "extract_text",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

log = logging.getLogger(__name__)


def extract_text(
    text: str, *, published: str | None = None, options: Options | None = None, name: str = "<text>"
) -> list[Outcome]:
    """Analyse a text (a dump, an HTML page, a feed or JSONL), keeping the rejections.

    Raises:
        ConfigError: ``published`` is not a date.
        ModelNotFoundError: the spaCy pipeline is not installed.
    """
    options = options or Options()
    default_date = ingest.given_date(published or options.published)
    document = Document(name, text)
    items = ingest.read_document_as(
        document, options.input_format, max_line_bytes=options.max_line_bytes
    )
    return list(pipeline.run(ingest.with_default_date(items, default_date), options=options))


def extract(
    text: str, *, published: str | None = None, options: Options | None = None
) -> list[Article]:
    """The articles in ``text``, analysed. Rejections and notices are logged.

    Use :func:`extract_text` to get the rejections as records.

    Raises:
        ConfigError: ``published`` is not a date.
        ModelNotFoundError: the spaCy pipeline is not installed.
    """
    articles = []
    for item in extract_text(text, published=published, options=options):
        if isinstance(item, Article):
            articles.append(item)
        else:
            log.warning("%s", item.message)
    return articles
