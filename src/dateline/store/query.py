"""Reading the store: events, actors, quotes and articles, filtered.

Every query returns plain rows (dicts of column to value), the same for the
command line and for :class:`dateline.Corpus`. Each row carries its
provenance: the article id, the source file, and character spans.

Filters (all optional; :class:`Filters`):

- ``since``/``until``: a date or the start of one (``2024``, ``2024-02``,
  ``2024-02-16``), compared with the event's date or the article's
  publication date; an event with no date is left out when either is set;
- ``type``: a PLOVER type (``ASSAULT``) or quad class (``material_conflict``);
- ``actor``/``recipient``: words found in an actor's name, code or country
  (``IRQ``, ``IRQGOV``, ``Sudani``), on that side of the event; ``country``
  on either side;
- ``place``: a place's name or country;
- ``text``: a full-text search (SQLite FTS5 syntax) over article titles and
  text, or over quotes for the quotes query;
- ``negated``/``hypothetical``: include events that did not happen; left out
  by default, as counting tools must;
- ``copies``: include the events of near-copies of an article already
  stored (the same wire story republished); left out by default, so that
  a story is counted once;
- ``one_per_happening``: one row per happening, its first report, with
  ``num_sources`` the stories that report it
  (:mod:`dateline.store.happenings`); every report by default, each with
  its ``happening`` id;
- ``min_confidence``: events at that confidence or more;
- ``limit``/``offset``: one page of the rows, in their stated order;
  :func:`count` gives how many rows there are in all.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.codec import from_json
from dateline.errors import ConfigError, NotFoundError, QueryError, StoreError
from dateline.records import QUADS, Article
from dateline.store import connect, describe

Row = dict[str, Any]

_REPRESENTATIVE = "coalesce(t.group_id, t.id) = t.id"
_FIRST_REPORT = "coalesce(c.cluster, e.article_id || ':' || e.id) = e.article_id || ':' || e.id"
"""The event is the first report of its happening."""
"""The article is the representative of its group of near-copies (or has none)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What to keep. Unset fields keep everything."""

    since: str | None = None
    until: str | None = None
    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    country: str | None = None
    place: str | None = None
    text: str | None = None
    kind: str | None = None
    negated: bool = False
    hypothetical: bool = False
    copies: bool = False
    one_per_happening: bool = False
    min_confidence: float = 0.0
    limit: int | None = None
    offset: int = 0


_EVENTS = """
SELECT e.article_id, e.id, e.type, e.quad, e.mode, e.trigger, e.date, e.date_precision,
       e.date_basis, e.fatalities, e.injured, e.negated, e.hypothetical, e.confidence,
       e.quote, e.start, e.end,
       (SELECT group_concat(a.name, '; ') FROM event_actors r JOIN actors a
          ON a.article_id = r.article_id AND a.id = r.actor_id
        WHERE r.article_id = e.article_id AND r.event_id = e.id AND r.role = 'actor') AS actor,
       (SELECT group_concat(coalesce(a.code, ''), '; ') FROM event_actors r JOIN actors a
          ON a.article_id = r.article_id AND a.id = r.actor_id
        WHERE r.article_id = e.article_id AND r.event_id = e.id AND r.role = 'actor')
         AS actor_code,
       (SELECT group_concat(a.name, '; ') FROM event_actors r JOIN actors a
          ON a.article_id = r.article_id AND a.id = r.actor_id
        WHERE r.article_id = e.article_id AND r.event_id = e.id AND r.role = 'recipient')
         AS recipient,
       (SELECT group_concat(coalesce(a.code, ''), '; ') FROM event_actors r JOIN actors a
          ON a.article_id = r.article_id AND a.id = r.actor_id
        WHERE r.article_id = e.article_id AND r.event_id = e.id AND r.role = 'recipient')
         AS recipient_code,
       p.name AS place, p.country AS place_country, p.lat, p.lon,
       coalesce(c.cluster, e.article_id || ':' || e.id) AS happening,
       (SELECT count(DISTINCT coalesce(s.group_id, s.id)) FROM event_clusters o
          JOIN articles s ON s.id = o.article_id
        WHERE o.cluster = c.cluster) AS num_sources,
       substr(t.text, e.start + 1, e.end - e.start) AS event_text,
       t.source_path, t.title
FROM events e
JOIN articles t ON t.id = e.article_id
LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place
LEFT JOIN event_clusters c ON c.article_id = e.article_id AND c.event_id = e.id
"""


class _Where:
    """The conditions of a query and the values bound to them."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.values: list[Any] = []

    def add(self, clause: str, *values: Any) -> None:  # noqa: ANN401 - SQLite values
        self.clauses.append(clause)
        self.values.extend(values)

    def contains(self, columns: tuple[str, ...], words: str | None) -> None:
        """One of ``columns`` contains ``words``, case aside."""
        if words:
            self.add(
                "(" + " OR ".join(f"lower({c}) LIKE ?" for c in columns) + ")",
                *[f"%{words.lower()}%"] * len(columns),
            )

    def searched(self, column: str, text: str | None) -> None:
        """The article of ``column`` matches a full-text search."""
        if text:
            search = "SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?"
            self.add(f"{column} IN ({search})", text)

    def dated(self, filters: Filters, column: str) -> None:
        # ISO values sort as text; "2024-02" <= "2024-02-16" < "2024-02~" (past the month).
        if filters.since:
            self.add(f"{column} >= ?", filters.since)
        if filters.until:
            self.add(f"{column} <= ?", filters.until + "~")

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def events(store: str | Path, filters: Filters | None = None) -> list[Row]:
    """The events of the store that pass ``filters``, by date then article."""
    filters = filters or Filters()
    sql, values = events_sql(filters)
    order = " ORDER BY e.date IS NULL, e.date, e.article_id, e.start"
    return fetch_rows(store, sql + order + _limit(filters), values)


def events_sql(filters: Filters) -> tuple[str, list[Any]]:
    """The unordered SELECT of the events that pass ``filters``, and its bound values.

    Other queries (counts, :mod:`dateline.store.aggregates`) read it as a subquery.
    """
    where = _Where()
    for clause, wanted in (
        (_REPRESENTATIVE, not filters.copies),
        (_FIRST_REPORT, filters.one_per_happening),
        ("e.negated = 0", not filters.negated),
        ("e.hypothetical = 0", not filters.hypothetical),
    ):
        if wanted:
            where.add(clause)
    if filters.min_confidence:
        where.add("e.confidence >= ?", filters.min_confidence)
    if filters.type:
        kind = filters.type.strip().lower()
        if kind in set(QUADS.values()):
            where.add("e.quad = ?", kind)
        else:
            where.add("e.type = ?", kind.upper())
    where.dated(filters, "e.date")
    for role, words in (("actor", filters.actor), ("recipient", filters.recipient)):
        if words:
            where.add(_SIDE, role, *[f"%{words.lower()}%"] * 3)
    if filters.country:
        # An ISO3 code, matched whole: "EST" is Estonia, not "protesters".
        where.add(_SIDE_COUNTRY, filters.country.lower())
    if filters.place:
        where.add(
            "(lower(p.name) LIKE ? OR lower(p.country) = ?)",
            f"%{filters.place.lower()}%",
            filters.place.lower(),
        )
    where.searched("e.article_id", filters.text)
    return _EVENTS + where.sql(), where.values


def actors(store: str | Path, filters: Filters | None = None) -> list[Row]:
    """The actors of the store, one row per article and actor, with their mention count."""
    filters = filters or Filters()
    sql, values = _actors_sql(filters)
    return fetch_rows(store, sql + " ORDER BY a.article_id, a.id" + _limit(filters), values)


def _actors_sql(filters: Filters) -> tuple[str, list[Any]]:
    where = _Where()
    where.contains(("a.name", "a.code", "a.country"), filters.actor)
    if filters.country:
        where.add("lower(a.country) = ?", filters.country.lower())
    if filters.kind:
        where.add("a.kind = ?", filters.kind)
    where.searched("a.article_id", filters.text)
    where.dated(filters, "t.published")
    sql = (
        "SELECT a.article_id, a.id, a.name, a.kind, a.country, a.sector, a.title, a.org, a.code,"
        " (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id"
        "  AND m.actor_id = a.id) AS mentions, t.source_path, t.title AS article_title"
        " FROM actors a JOIN articles t ON t.id = a.article_id"
    )
    return sql + where.sql(), where.values


def quotes(store: str | Path, filters: Filters | None = None) -> list[Row]:
    """The quotes of the store, with their speakers."""
    filters = filters or Filters()
    sql, values = _quotes_sql(filters)
    return fetch_rows(store, sql + " ORDER BY q.article_id, q.start" + _limit(filters), values)


def _quotes_sql(filters: Filters) -> tuple[str, list[Any]]:
    where = _Where()
    where.contains(("s.name", "s.code", "q.speaker_text"), filters.actor)
    if filters.kind:
        where.add("q.kind = ?", filters.kind)
    if filters.text:
        where.add(
            "(q.article_id, q.id) IN (SELECT article_id, quote_id FROM quotes_fts"
            " WHERE quotes_fts MATCH ?)",
            filters.text,
        )
    where.dated(filters, "t.published")
    sql = (
        "SELECT q.article_id, q.id, q.kind, q.text, s.name AS speaker, s.code AS speaker_code,"
        " q.speaker_text, q.cue, q.start, q.end, t.source_path, t.title"
        " FROM quotes q JOIN articles t ON t.id = q.article_id"
        " LEFT JOIN actors s ON s.article_id = q.article_id AND s.id = q.speaker"
    )
    return sql + where.sql(), where.values


def articles(store: str | Path, filters: Filters | None = None) -> list[Row]:
    """The articles of the store, with counts of what was found in each."""
    filters = filters or Filters()
    sql, values = _articles_sql(filters)
    return fetch_rows(store, sql + " ORDER BY t.published, t.id" + _limit(filters), values)


def _articles_sql(filters: Filters) -> tuple[str, list[Any]]:
    where = _Where()
    where.searched("t.id", filters.text)
    if filters.actor:
        where.add(
            "t.id IN (SELECT article_id FROM actors a WHERE lower(a.name) LIKE ?"
            " OR lower(a.code) LIKE ? OR lower(a.country) LIKE ?)",
            *[f"%{filters.actor.lower()}%"] * 3,
        )
    where.dated(filters, "t.published")
    sql = (
        "SELECT t.id, t.title, t.published, t.published_basis, t.source_path, t.raw_start,"
        " t.raw_end, t.external_id, coalesce(t.group_id, t.id) AS copy_of,"
        " (SELECT count(*) FROM actors a WHERE a.article_id = t.id) AS actors,"
        " (SELECT count(*) FROM quotes q WHERE q.article_id = t.id) AS quotes,"
        " (SELECT count(*) FROM events e WHERE e.article_id = t.id) AS events"
        " FROM articles t"
    )
    return sql + where.sql(), where.values


def places(store: str | Path, filters: Filters | None = None) -> list[Row]:
    """The places of the store, one row per article and place, with their mention count.

    ``place`` keeps the places whose name contains its words or whose country
    is it; ``country`` the places of that country; ``kind`` the places of
    that kind (``city``, ``country``, ...); dates are the article's.
    """
    filters = filters or Filters()
    sql, values = _places_sql(filters)
    return fetch_rows(store, sql + " ORDER BY p.article_id, p.id" + _limit(filters), values)


def _places_sql(filters: Filters) -> tuple[str, list[Any]]:
    where = _Where()
    if filters.place:
        where.add(
            "(lower(p.name) LIKE ? OR lower(p.country) = ?)",
            f"%{filters.place.lower()}%",
            filters.place.lower(),
        )
    if filters.country:
        where.add("lower(p.country) = ?", filters.country.lower())
    if filters.kind:
        where.add("p.kind = ?", filters.kind)
    where.searched("p.article_id", filters.text)
    where.dated(filters, "t.published")
    sql = (
        "SELECT p.article_id, p.id, p.name, p.kind, p.country, p.lat, p.lon, p.geonames_id,"
        # Place mentions live only in the article's record, not in a table of their own.
        " (SELECT json_array_length(value, '$.mentions') FROM json_each(t.record, '$.places')"
        "  WHERE json_extract(value, '$.id') = p.id) AS mentions,"
        " t.source_path, t.title AS article_title"
        " FROM places p JOIN articles t ON t.id = p.article_id"
    )
    return sql + where.sql(), where.values


QUERIES = ("events", "actors", "quotes", "articles", "places")
"""What :func:`count` counts: the queries of this module, by name."""


def count(store: str | Path, what: str, filters: Filters | None = None) -> int:
    """How many rows the query ``what`` (one of :data:`QUERIES`) gives, ``limit`` aside.

    Raises:
        ConfigError: ``what`` is not one of :data:`QUERIES`.
        StoreError: the store cannot be read, or a full-text search cannot be run.
    """
    builders = {
        "events": events_sql,
        "actors": _actors_sql,
        "quotes": _quotes_sql,
        "articles": _articles_sql,
        "places": _places_sql,
    }
    if what not in builders:
        raise ConfigError(f"no query {what!r}: choose one of {', '.join(QUERIES)}")
    sql, values = builders[what](filters or Filters())
    (row,) = fetch_rows(store, f"SELECT count(*) AS n FROM ({sql})", values)  # noqa: S608 - our SQL
    return int(row["n"])


_EVENT_ACTOR = (
    "EXISTS (SELECT 1 FROM event_actors r JOIN actors a ON a.article_id = r.article_id"
    " AND a.id = r.actor_id WHERE r.article_id = e.article_id AND r.event_id = e.id AND "
)
"""The start of a condition on some actor of the event; the condition and ")" follow."""
_SIDE = (
    _EVENT_ACTOR + "r.role = ? AND (lower(a.name) LIKE ? OR lower(a.code) LIKE ?"
    " OR lower(a.country) LIKE ?))"
)
"""True when an actor on one side of the event (its role bound first) matches three patterns."""
_SIDE_COUNTRY = _EVENT_ACTOR + "lower(a.country) = ?)"
"""True when an actor on either side of the event is of the country bound."""


def _limit(filters: Filters) -> str:
    offset = f" OFFSET {int(filters.offset)}" if filters.offset else ""
    if filters.limit:
        return f" LIMIT {int(filters.limit)}{offset}"
    return f" LIMIT -1{offset}" if offset else ""


def fetch_rows(store: str | Path, sql: str, values: list[Any]) -> list[Row]:
    """The rows a query returns, as dicts; a query or a store that fails is a one-line error."""
    connection = connect(store, create=False)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(sql, values)]
    except sqlite3.OperationalError as error:
        raise QueryError(f"{store}: cannot run the query ({error})") from error
    except sqlite3.DatabaseError as error:  # a damaged file shows only when its pages are read
        raise StoreError(f"{store}: {describe(error)}") from error
    finally:
        connection.close()


def article(store: str | Path, article_id: str) -> Article:
    """The stored Article record with id ``article_id`` (or an unambiguous prefix of it).

    Raises:
        NotFoundError: no article, or several, has that id.
    """
    connection = connect(store, create=False)
    try:
        found = connection.execute(
            "SELECT record FROM articles WHERE id LIKE ? ORDER BY id LIMIT 2", (article_id + "%",)
        ).fetchall()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{store}: {describe(error)}") from error
    finally:
        connection.close()
    if len(found) != 1:
        problem = "no article" if not found else "several articles"
        raise NotFoundError(f"{store}: {problem} with id {article_id!r}")
    return from_json(Article, found[0][0])
