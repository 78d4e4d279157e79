"""Checking a store: the file is sound, every reference holds, every span lies in its text.

``dateline check`` runs :func:`check` and prints one line per
:class:`Violation`. The store is opened read-only and never migrated, so a
damaged store is looked at as it is; a store of an older schema is checked
for what its schema declares.

What is checked:

- SQLite's own ``PRAGMA integrity_check`` (pages, indexes, constraints);
- ``PRAGMA foreign_key_check``: every row refers to rows that exist;
- every span of the tables (mentions, quotes, events) lies inside its
  article's text, ``0 <= start <= end <= length``;
- every span of each stored Article record (actor and place mentions,
  quotes, events and their evidence, times) lies inside its text, and the
  record is the article of its row (same id and text);
- an article's span of its input file lies inside the file as recorded
  (a character offset is never above the file's size in bytes);
- the full-text index holds each article once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.codec import from_json
from dateline.errors import RecordError, StoreError
from dateline.records import Article, Span
from dateline.store import describe
from dateline.store.schema import VERSION

_SPAN_TABLES = (
    ("mentions", "actor_id"),
    ("quotes", "id"),
    ("events", "id"),
)
"""Tables whose rows carry a ``start``/``end`` span, and the column that names the row."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One thing wrong with a store: where (table and row) and what."""

    table: str
    row: str
    problem: str

    def __str__(self) -> str:
        return f"{self.table} {self.row}: {self.problem}"


@dataclass(frozen=True, slots=True)
class Summary:
    """What a check looked at, to say in its last line."""

    schema: int
    articles: int
    spans: int


def check(path: str | Path) -> tuple[list[Violation], Summary]:
    """Every violation in the store at ``path``, and what was checked.

    Raises:
        StoreError: there is no store at ``path``, or it cannot be opened at all.
    """
    where = str(path)
    if not Path(where).is_file():
        raise StoreError(f"{where}: no such store")
    try:
        connection = sqlite3.connect(f"{Path(where).resolve().as_uri()}?mode=ro", uri=True)
        (schema,) = connection.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{where}: {describe(error)}") from error
    try:
        violations: list[Violation] = []
        counts = {"articles": 0, "spans": 0}
        for part in (_integrity, _references, _table_spans, _record_spans, _file_spans, _index):
            try:
                violations.extend(part(connection, counts))
            except sqlite3.DatabaseError as error:
                # A damaged page stops this part; the others may still read theirs.
                stopped = f"stopped: the file is damaged ({error})"
                violations.append(Violation("store", part.__name__.strip("_"), stopped))
    finally:
        connection.close()
    return violations, Summary(schema, counts["articles"], counts["spans"])


def _integrity(connection: sqlite3.Connection, _counts: dict[str, int]) -> Iterator[Violation]:
    for (message,) in connection.execute("PRAGMA integrity_check"):
        for line in str(message).splitlines():  # one message may hold several lines
            if line != "ok" and not line.startswith("*** in database"):
                yield Violation("store", "integrity", line)


def _references(connection: sqlite3.Connection, _counts: dict[str, int]) -> Iterator[Violation]:
    for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
        yield Violation(table, f"row {rowid}", f"refers to a row of {parent} that does not exist")


def _table_spans(connection: sqlite3.Connection, counts: dict[str, int]) -> Iterator[Violation]:
    for table, name in _SPAN_TABLES:
        rows = connection.execute(
            f"SELECT s.article_id, s.{name}, s.start, s.end, length(a.text)"  # noqa: S608 - our own table names
            f" FROM {table} s LEFT JOIN articles a ON a.id = s.article_id"
        )
        for article_id, key, start, end, length in rows:
            counts["spans"] += 1
            if length is None:
                continue  # no article: the reference check says so
            problem = _outside((start, end), length)
            if problem:
                yield Violation(table, f"{article_id} {key}", problem)


def _record_spans(connection: sqlite3.Connection, counts: dict[str, int]) -> Iterator[Violation]:
    for article_id, text, record in connection.execute("SELECT id, text, record FROM articles"):
        counts["articles"] += 1
        try:
            article = from_json(Article, record)
        except RecordError as error:
            yield Violation("articles", article_id, f"the stored record is not an Article: {error}")
            continue
        if article.id != article_id or article.text != text:
            yield Violation("articles", article_id, "the stored record is of another article")
            continue
        for what, span in _spans_of(article):
            counts["spans"] += 1
            problem = _outside(span, len(text))
            if problem:
                yield Violation("articles", article_id, f"{what}: {problem}")


def _spans_of(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span of an Article record, each named."""
    for actor in article.actors:
        for span in actor.mentions:
            yield f"actor {actor.id} mention", span
    for place in article.places:
        for span in place.mentions:
            yield f"place {place.id} mention", span
    for quote in article.quotes:
        yield f"quote {quote.id}", quote.span
    for event in article.events:
        yield f"event {event.id}", event.span
        for span in event.evidence:
            yield f"event {event.id} evidence", span
    for time in article.times:
        yield f"time {time.text!r}", time.span


def _file_spans(connection: sqlite3.Connection, counts: dict[str, int]) -> Iterator[Violation]:
    rows = connection.execute(
        "SELECT a.id, a.raw_start, a.raw_end, d.size FROM articles a"
        " LEFT JOIN documents d ON d.path = a.source_path"
    )
    for article_id, start, end, size in rows:
        counts["spans"] += 1
        if start < 0 or end < start:
            yield Violation("articles", article_id, f"source span [{start}, {end}) is not a span")
        elif size is not None and end > size:
            yield Violation(
                "articles",
                article_id,
                f"source span [{start}, {end}) ends past the end of its file ({size} bytes)",
            )


def _index(connection: sqlite3.Connection, _counts: dict[str, int]) -> Iterator[Violation]:
    # The index's article_id is not indexed: one grouped pass, not a lookup per article.
    entries = dict(
        connection.execute("SELECT article_id, count(*) FROM articles_fts GROUP BY article_id")
    )
    for (article_id,) in connection.execute("SELECT id FROM articles"):
        count = entries.pop(article_id, 0)
        if count != 1:
            yield Violation("articles_fts", article_id, f"indexed {count} times, not once")
    for article_id in entries:
        yield Violation("articles_fts", article_id, "indexed, but there is no such article")


def _outside(span: Span, length: int) -> str | None:
    start, end = span
    if 0 <= start <= end <= length:
        return None
    return f"span [{start}, {end}) is not inside the text ({length} characters)"


def describe_summary(path: str | Path, violations: list[Violation], summary: Summary) -> str:
    """The last line of ``dateline check``."""
    found = f"{len(violations)} problem{'s' if len(violations) != 1 else ''}"
    schema = (
        f"; schema version {summary.schema}, not {VERSION}: opening it with a command"
        " that writes (ingest) upgrades it"
        if summary.schema != VERSION
        else ""
    )
    return (
        f"{path}: {found} in {summary.articles} articles and {summary.spans} spans "
        f"(integrity, foreign keys, spans){schema}"
    )
