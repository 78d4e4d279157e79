"""The embedded store: analysed articles in one SQLite file.

One process writes (:class:`Store`); readers query it
(:mod:`dateline.store.query`). An article is stored once, by its id, the
hash of its cleaned text: storing it again adds nothing. A near-copy (the
same wire story, lightly edited) is stored too, in the group of the first
copy (:mod:`dateline.store.duplicates`). Each input file is
recorded with the hash of its bytes, so that a second ingest of a folder
skips what it has already read. Writes go in one transaction per batch; a
batch that fails leaves the store as it was.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from dateline.codec import to_json
from dateline.errors import StoreError
from dateline.records import QUADS, Actor, Article, Source
from dateline.store.duplicates import DuplicateIndex, signature, to_bytes
from dateline.store.happenings import (
    Party,
    Report,
    date_window,
    fill_open_sides,
    same_happening,
)
from dateline.store.schema import migrate

__all__ = ["Added", "Fingerprint", "Store", "connect"]

DEFAULT_PATH = "dateline.db"
WRITER_CACHE_KIB = 64 * 1024


@dataclass(frozen=True, slots=True)
class Added:
    """What one batch added: new articles, and articles already stored."""

    new: int = 0
    known: int = 0


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What tells one state of an input file from another."""

    sha256: str
    """The hash of its bytes: what decides whether it was read before."""
    size: int
    mtime_ns: int
    """Its modification time: with the size, enough to pass over it unread."""


def connect(path: str | Path, *, create: bool) -> sqlite3.Connection:
    """A connection to the store at ``path``, its schema up to date.

    Raises:
        StoreError: the file cannot be opened as a store, or (with ``create``
            false) does not exist.
    """
    where = str(path)
    if not create and not Path(where).is_file():
        raise StoreError(f"{where}: no such store (run 'dateline ingest' first)")
    if create and not Path(where).parent.is_dir():
        raise StoreError(f"{where}: no such folder to create the store in")
    try:
        connection = sqlite3.connect(where, isolation_level=None, timeout=BUSY_SECONDS)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        migrate(connection, where)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{where}: {describe(error)}") from error
    return connection


BUSY_SECONDS = 30.0
"""How long a reader or writer waits for another's lock before it gives up.

Only opening a new store and writing take locks (readers of a WAL store do
not wait for the writer); 30 s covers the longest batch transaction.
"""


def describe(error: sqlite3.Error) -> str:
    """What a SQLite error means for the user of a store, in words."""
    text = str(error)
    if isinstance(error, sqlite3.DatabaseError) and text == "file is not a database":
        return "not a dateline store (not a SQLite file)"
    if "malformed" in text:
        return f"the store is damaged ({text}); run 'dateline check' to see where"
    if "locked" in text or "busy" in text:
        return f"the store is busy: another process is writing to it ({text})"
    if "readonly" in text:
        return f"the store cannot be written ({text})"
    return f"cannot use the store ({text})"


class Store:
    """The one writer of a store file."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        """Open (and create, or migrate) the store at ``path``.

        Raises:
            StoreError: the file is not a store or cannot be written.
        """
        self.path = str(path)
        self.connection = connect(path, create=True)
        # The writer's page cache: 64 MiB instead of SQLite's 2, so that the indexes
        # that every article touches stay in memory as the store grows (bounded).
        self.connection.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        self._duplicates: DuplicateIndex | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the file; what was written is kept."""
        self.connection.close()

    def knows_document(self, path: str, sha256: str) -> bool:
        """Whether this very file (same path, same bytes) was ingested before.

        Raises:
            StoreError: the store cannot be read.
        """
        return self._found("SELECT 1 FROM documents WHERE path = ? AND sha256 = ?", path, sha256)

    def knows_unchanged(self, path: str, size: int, mtime_ns: int) -> bool:
        """Whether a file was ingested with this size and modification time (it is unchanged).

        Raises:
            StoreError: the store cannot be read.
        """
        return self._found(
            "SELECT 1 FROM documents WHERE path = ? AND size = ? AND mtime_ns = ?",
            path,
            size,
            mtime_ns,
        )

    def people_of(self, paths: Iterable[str]) -> Iterator[Article]:
        """The stored articles of each of ``paths`` in turn, each with only its persons.

        What corpus memory learns from the files an ingest passes over, so that
        an ingest finished by a second run codes people as one run would have.
        The articles carry no text or spans: the persons are all they are for.

        Raises:
            StoreError: the store cannot be read.
        """
        for path in paths:
            try:
                rows = self.connection.execute(
                    "SELECT a.article_id, a.id, a.name, a.kind, a.country, a.sector, a.title,"
                    " a.org, a.code FROM articles t JOIN actors a ON a.article_id = t.id"
                    " WHERE t.source_path = ? AND a.kind = 'person' ORDER BY t.rowid, a.rowid",
                    (path,),
                ).fetchall()
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: {describe(error)}") from error
            people: dict[str, list[Actor]] = {}
            for article_id, *actor in rows:
                people.setdefault(article_id, []).append(Actor(*actor))
            for article_id, actors in people.items():
                yield Article(article_id, Source(path, 0, 0), "", actors=tuple(actors))

    def _found(self, sql: str, *values: str | int) -> bool:
        try:
            return self.connection.execute(sql, values).fetchone() is not None
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: {describe(error)}") from error

    def retime(self, documents: Iterable[tuple[str, int]]) -> None:
        """Record new times ``(path, mtime_ns)`` of stored files whose bytes are the same.

        Raises:
            StoreError: the store cannot be written.
        """
        rows = [(mtime_ns, path) for path, mtime_ns in documents]
        if not rows:
            return  # no write transaction (and no write lock) for nothing
        try:
            with self.connection:
                self.connection.execute("BEGIN")
                self.connection.executemany(
                    "UPDATE documents SET mtime_ns = ? WHERE path = ?", rows
                )
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot write: {describe(error)}") from error

    def add(
        self,
        articles: Iterable[Article],
        documents: Iterable[tuple[str, Fingerprint, int]] = (),
    ) -> Added:
        """Store a batch of articles, and the input files they came from, in one transaction.

        ``documents`` are ``(path, fingerprint, articles)`` of files read in full.

        Raises:
            StoreError: the store cannot be written; nothing of the batch is kept.
        """
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        new = known = 0
        try:
            self._index()  # opened (and older stores' bands filled in) before the batch begins
            with self.connection:
                self.connection.execute("BEGIN")
                for article in articles:
                    if self._insert(article, now):
                        new += 1
                    else:
                        known += 1
                self.connection.executemany(
                    "INSERT OR REPLACE INTO documents"
                    " (path, sha256, size, articles, ingested_at, mtime_ns)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (path, file.sha256, file.size, count, now, file.mtime_ns)
                        for path, file, count in documents
                    ],
                )
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot write: {describe(error)}") from error
        return Added(new, known)

    def _index(self) -> DuplicateIndex:
        """The near-duplicate index of the stored articles, opened on first need."""
        if self._duplicates is None:
            with self.connection:
                self.connection.execute("BEGIN")
                self._duplicates = DuplicateIndex(self.connection)
        return self._duplicates

    def _insert(self, article: Article, now: str) -> bool:
        """Insert one article and everything found in it; False when it is stored already."""
        execute = self.connection.execute
        published = article.published
        cursor = execute(
            "INSERT OR IGNORE INTO articles (id, source_path, raw_start, raw_end, external_id,"
            " title, published, published_precision, published_basis, text, record, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.source.path,
                article.source.raw_start,
                article.source.raw_end,
                article.source.external_id,
                article.title,
                published.value,
                published.precision,
                published.basis,
                article.text,
                to_json(article),
                now,
            ),
        )
        if cursor.rowcount == 0:
            return False
        key = article.id
        minhash = signature(article.text)
        group = self._index().group_of(key, minhash)
        execute("UPDATE articles SET group_id = ? WHERE id = ?", (group, key))
        execute("INSERT INTO signatures VALUES (?, ?)", (key, to_bytes(minhash)))
        execute(
            "INSERT INTO articles_fts VALUES (?, ?, ?)", (key, article.title or "", article.text)
        )
        for actor in article.actors:
            execute(
                "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, actor.id, actor.name, actor.kind, actor.country, actor.sector,
                 actor.title, actor.org, actor.code),
            )  # fmt: skip
            self.connection.executemany(
                "INSERT INTO mentions VALUES (?, ?, ?, ?)",
                [(key, actor.id, start, end) for start, end in actor.mentions],
            )
        for quote in article.quotes:
            execute(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, quote.id, quote.text, *quote.span, quote.kind, quote.speaker,
                 quote.speaker_text, quote.cue),
            )  # fmt: skip
            execute("INSERT INTO quotes_fts VALUES (?, ?, ?)", (key, quote.id, quote.text))
        for place in article.places:
            execute(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, place.id, place.name, place.kind, place.country, place.lat, place.lon,
                 place.geonames_id),
            )  # fmt: skip
        for event in article.events:
            execute(
                "INSERT INTO events VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, event.id, event.type, QUADS[event.type], event.mode, event.trigger,
                 *event.span, " ".join(event.actor), " ".join(event.recipient),
                 event.date.value, event.date.precision, event.date.basis, event.place,
                 event.fatalities, event.injured, int(event.negated), int(event.hypothetical),
                 event.confidence, event.quote),
            )  # fmt: skip
            self.connection.executemany(
                "INSERT INTO event_actors VALUES (?, ?, ?, ?)",
                [(key, event.id, "actor", a) for a in event.actor]
                + [(key, event.id, "recipient", r) for r in event.recipient],
            )
        self._cluster(article, group)
        return True

    def _cluster(self, article: Article, story: str) -> None:
        """Put each event of a new article in the cluster of the happening it reports."""
        actors = {actor.id: actor for actor in article.actors}
        places = {place.id: place.country for place in article.places}
        reports = [
            Report(
                key=(article.id, event.id),
                story=story,
                type=event.type,
                actors=_parties(event.actor, actors),
                recipients=_parties(event.recipient, actors),
                date=event.date.value,
                published=article.published.value,
                country=places.get(event.place or ""),
            )
            for event in article.events
            if not (event.negated or event.hypothetical)
        ]
        for report in fill_open_sides(reports):
            cluster = next(
                (
                    cluster
                    for cluster, reports in self._candidates(report)
                    if all(same_happening(report, other) for other in reports)
                ),
                "{}:{}".format(*report.key),
            )
            self.connection.execute(
                "INSERT INTO event_clusters VALUES (?, ?, ?)", (*report.key, cluster)
            )

    def _candidates(self, report: Report) -> Iterator[tuple[str, list[Report]]]:
        """Stored clusters of the same quad class dated within the window, earliest first.

        Each comes with its reports in other articles (two events of one
        article may tell one happening twice, "bombed ..., killing 15").
        The window is narrowed in SQL, so that a
        large store is not read whole for each new event; a cluster with a
        report outside the window is passed over (that report cannot fit),
        and :func:`same_happening` decides the rest.
        """
        window = date_window(report)
        if window is None:
            return
        rows = self.connection.execute(
            "SELECT c.cluster, e.article_id, e.id, coalesce(t.group_id, t.id), e.type, e.date,"
            " t.published, p.country,"
            " (SELECT group_concat(r.role || char(31) || a.kind || char(31) || a.name || char(31)"
            "   || coalesce(a.code, '') || char(31) || coalesce(a.country, '') || char(31)"
            "   || coalesce(a.sector, ''), char(30)) FROM event_actors r JOIN actors a"
            "   ON a.article_id = r.article_id AND a.id = r.actor_id"
            "   WHERE r.article_id = e.article_id AND r.event_id = e.id),"
            " (SELECT count(*) FROM event_clusters w"
            "   WHERE w.cluster = c.cluster AND w.article_id != ?)"
            " FROM event_clusters c"
            " JOIN events e ON e.article_id = c.article_id AND e.id = c.event_id"
            " JOIN articles t ON t.id = e.article_id"
            " LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place"
            " WHERE +e.quad = ? AND e.article_id != ?"
            " AND coalesce(e.date, t.published) BETWEEN ? AND ?"
            # The same window, found through indexes (the events dated in it, and the
            # undated events of articles published in it): without them every new event
            # read every stored event, and an ingest slowed down as the store grew.
            " AND e.rowid IN (SELECT rowid FROM events WHERE quad = ? AND date BETWEEN ? AND ?"
            "  UNION ALL SELECT d.rowid FROM articles w CROSS JOIN events d"
            "  ON d.article_id = w.id"
            "  WHERE w.published BETWEEN ? AND ? AND d.date IS NULL AND +d.quad = ?)"
            " ORDER BY t.rowid, e.start",
            (
                report.key[0],
                QUADS[report.type],
                report.key[0],
                *window,
                QUADS[report.type],
                *window,
                *window,
                QUADS[report.type],
            ),
        )
        clusters: dict[str, list[Report]] = {}
        sizes: dict[str, int] = {}
        for row in rows:
            cluster, article_id, event_id, story, event_type, date, published, country = row[:8]
            sides, size = row[8:]
            actors: set[Party] = set()
            recipients: set[Party] = set()
            for entry in (sides or "").split("\x1e"):
                if entry:
                    role, kind, name, code, home, sector = entry.split("\x1f")
                    party = Party(kind, name, code or None, home or None, sector or None)
                    (actors if role == "actor" else recipients).add(party)
            clusters.setdefault(cluster, []).append(
                Report(
                    (article_id, event_id),
                    story,
                    event_type,
                    frozenset(actors),
                    frozenset(recipients),
                    date,
                    published,
                    country,
                )
            )
            sizes[cluster] = size
        for cluster, reports in clusters.items():
            if len(reports) == sizes[cluster]:
                yield cluster, reports


def _parties(ids: tuple[str, ...], actors: dict[str, Actor]) -> frozenset[Party]:
    """The actors of one side, as the merging rule reads them."""
    return frozenset(
        Party(actor.kind, actor.name, actor.code, actor.country, actor.sector)
        for actor in (actors.get(actor_id) for actor_id in ids)
        if actor is not None
    )
