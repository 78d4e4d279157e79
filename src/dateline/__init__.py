"""dateline: raw news in, source-linked event data out.

>>> import dateline
>>> articles = dateline.extract(open("dump.txt").read())   # doctest: +SKIP
>>> articles[0].title, [actor.name for actor in articles[0].actors]   # doctest: +SKIP
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline import ingest, pipeline, rows, store
from dateline.batch import extract_many
from dateline.codec import from_dict, from_json, to_dict, to_json
from dateline.errors import ConfigError, DatelineError
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
from dateline.store import query

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "Caption",
    "Corpus",
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
    "extract_many",
    "extract_paths",
    "extract_text",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

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


class Corpus:
    """A store of analysed articles (``dateline ingest`` writes it), queried as the CLI does.

    >>> corpus = dateline.Corpus("dateline.db")   # doctest: +SKIP
    >>> corpus.events(type="ASSAULT", country="SYR", since="2024-01")   # doctest: +SKIP

    Each query takes the filters of :class:`dateline.store.query.Filters` as
    keywords and returns rows (dicts), the same as ``dateline events --format
    jsonl`` prints.
    """

    def __init__(self, path: str | Path = "dateline.db") -> None:
        """Open the store at ``path`` for reading.

        Raises:
            StoreError: there is no store at ``path``, or it is not one.
        """
        self.path = Path(path)
        store.connect(self.path, create=False).close()

    def events(self, **filters: Any) -> list[dict[str, Any]]:  # noqa: ANN401 - Filters fields
        """The events that pass the filters (not negated or hypothetical unless asked)."""
        return query.events(self.path, query.Filters(**filters))

    def actors(self, **filters: Any) -> list[dict[str, Any]]:  # noqa: ANN401 - Filters fields
        """The actors, one row per article and actor."""
        return query.actors(self.path, query.Filters(**filters))

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:  # noqa: ANN401 - Filters fields
        """The quotes, with their speakers."""
        return query.quotes(self.path, query.Filters(**filters))

    def articles(self, **filters: Any) -> list[dict[str, Any]]:  # noqa: ANN401 - Filters fields
        """The articles, with counts of what was found in each."""
        return query.articles(self.path, query.Filters(**filters))

    def article(self, article_id: str) -> Article:
        """The stored Article record, by id or an unambiguous prefix of it."""
        return query.article(self.path, article_id)

    def to_arrow(self, what: str = "events", **filters: Any) -> pa.Table:  # noqa: ANN401 - Filters fields
        """The rows of a query (events, actors, quotes or articles) as an Arrow table."""
        return rows.to_arrow(self._query(what, filters))

    def to_pandas(self, what: str = "events", **filters: Any) -> pd.DataFrame:  # noqa: ANN401 - Filters fields
        """The rows of a query as a pandas DataFrame."""
        return self.to_arrow(what, **filters).to_pandas()

    def _query(self, what: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
        queries = {
            "events": self.events,
            "actors": self.actors,
            "quotes": self.quotes,
            "articles": self.articles,
        }
        if what not in queries:
            raise ConfigError(f"no query {what!r}: choose one of {', '.join(queries)}")
        return queries[what](**filters)
