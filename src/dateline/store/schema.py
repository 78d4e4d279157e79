"""The SQLite schema of the store, as numbered migrations.

A store records its schema version in ``PRAGMA user_version``. Opening a
store applies the migrations it has not seen, each in one transaction, in
order; a store newer than this dateline is refused rather than guessed at.

Every row keeps its provenance: the article it comes from (``article_id``)
and its character span in the article's text (``start``, ``end``); an
article keeps the input file and the span of it it was read from.
"""

from __future__ import annotations

import sqlite3

from dateline.errors import StoreError


def _rebuilt(table: str, columns: str, *indexes: str) -> tuple[str, ...]:
    """The statements that rebuild ``table`` with new ``columns`` and constraints, rows kept.

    The columns keep their names and order, so the rows copy across as they are.
    """
    return (
        f"CREATE TABLE {table}_rebuilt ({columns})",
        f"INSERT INTO {table}_rebuilt SELECT * FROM {table}",  # noqa: S608 - our own table names
        f"DROP TABLE {table}",
        f"ALTER TABLE {table}_rebuilt RENAME TO {table}",
        *indexes,
    )


MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE documents (
            path TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            ingested_at TEXT NOT NULL
        )""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source_path TEXT NOT NULL,
            raw_start INTEGER NOT NULL,
            raw_end INTEGER NOT NULL,
            external_id TEXT,
            title TEXT,
            published TEXT,
            published_precision TEXT NOT NULL,
            published_basis TEXT NOT NULL,
            text TEXT NOT NULL,
            record TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )""",
        """CREATE TABLE actors (
            article_id TEXT NOT NULL REFERENCES articles(id),
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            sector TEXT,
            title TEXT,
            org TEXT,
            code TEXT,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id),
            actor_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL
        )""",
        """CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id),
            id TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speaker_text TEXT,
            cue TEXT,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE places (
            article_id TEXT NOT NULL REFERENCES articles(id),
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT,
            country TEXT,
            lat REAL,
            lon REAL,
            geonames_id INTEGER,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id),
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            quad TEXT NOT NULL,
            mode TEXT,
            trigger TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            actor TEXT NOT NULL,
            recipient TEXT NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            date_basis TEXT NOT NULL,
            place TEXT,
            fatalities INTEGER,
            injured INTEGER,
            negated INTEGER NOT NULL,
            hypothetical INTEGER NOT NULL,
            confidence REAL NOT NULL,
            quote TEXT,
            PRIMARY KEY (article_id, id)
        )""",
        """CREATE TABLE event_actors (
            article_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            actor_id TEXT NOT NULL
        )""",
        "CREATE INDEX events_by_date ON events (date)",
        "CREATE INDEX events_by_type ON events (type)",
        "CREATE INDEX event_actors_by_event ON event_actors (article_id, event_id)",
        "CREATE INDEX mentions_by_actor ON mentions (article_id, actor_id)",
        "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text)",
        (
            "CREATE VIRTUAL TABLE quotes_fts"
            " USING fts5(article_id UNINDEXED, quote_id UNINDEXED, text)"
        ),
    ),
    (
        # Near-duplicates: each article's MinHash, and the group of copies it belongs to
        # (the group's id is its representative's; null for articles stored before this).
        "ALTER TABLE articles ADD COLUMN group_id TEXT",
        """CREATE TABLE signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            minhash BLOB NOT NULL
        )""",
        "CREATE INDEX articles_by_group ON articles (group_id)",
    ),
    (
        # One happening, many reports: the cluster each event belongs to (its id is
        # "article:event" of the first report).
        """CREATE TABLE event_clusters (
            article_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            cluster TEXT NOT NULL,
            PRIMARY KEY (article_id, event_id)
        )""",
        "CREATE INDEX event_clusters_by_cluster ON event_clusters (cluster)",
    ),
    (
        # `ingest --since-last`: a file's modification time, to pass over a file whose
        # size and time are unchanged without reading it (null for files stored before).
        "ALTER TABLE documents ADD COLUMN mtime_ns INTEGER",
    ),
    # Foreign keys for every reference between rows: a mention, a speaker or a side
    # of an event names an actor of its own article, an event its place and quote,
    # a cluster entry its event. SQLite adds a constraint only by rebuilding the
    # table (https://sqlite.org/lang_altertable.html, "other kinds of changes").
    _rebuilt(
        "mentions",
        """article_id TEXT NOT NULL REFERENCES articles(id),
            actor_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            FOREIGN KEY (article_id, actor_id) REFERENCES actors(article_id, id)""",
        "CREATE INDEX mentions_by_actor ON mentions (article_id, actor_id)",
    )
    + _rebuilt(
        "quotes",
        """article_id TEXT NOT NULL REFERENCES articles(id),
            id TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speaker_text TEXT,
            cue TEXT,
            PRIMARY KEY (article_id, id),
            FOREIGN KEY (article_id, speaker) REFERENCES actors(article_id, id)""",
    )
    + _rebuilt(
        "events",
        """article_id TEXT NOT NULL REFERENCES articles(id),
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            quad TEXT NOT NULL,
            mode TEXT,
            trigger TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            actor TEXT NOT NULL,
            recipient TEXT NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            date_basis TEXT NOT NULL,
            place TEXT,
            fatalities INTEGER,
            injured INTEGER,
            negated INTEGER NOT NULL,
            hypothetical INTEGER NOT NULL,
            confidence REAL NOT NULL,
            quote TEXT,
            PRIMARY KEY (article_id, id),
            FOREIGN KEY (article_id, place) REFERENCES places(article_id, id),
            FOREIGN KEY (article_id, quote) REFERENCES quotes(article_id, id)""",
        "CREATE INDEX events_by_date ON events (date)",
        "CREATE INDEX events_by_type ON events (type)",
    )
    + _rebuilt(
        "event_actors",
        """article_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
            actor_id TEXT NOT NULL,
            FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id),
            FOREIGN KEY (article_id, actor_id) REFERENCES actors(article_id, id)""",
        "CREATE INDEX event_actors_by_event ON event_actors (article_id, event_id)",
    )
    + _rebuilt(
        "event_clusters",
        """article_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            cluster TEXT NOT NULL,
            PRIMARY KEY (article_id, event_id),
            FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id)""",
        "CREATE INDEX event_clusters_by_cluster ON event_clusters (cluster)",
    )
    # The articles of one input file, for an ingest that passes over it (corpus memory).
    + ("CREATE INDEX articles_by_source ON articles (source_path)",),
    (
        # Near-duplicates at scale: the LSH band keys of each signature, looked up
        # through an index instead of held in memory (filled in for older stores
        # when the index is first used; see dateline.store.duplicates).
        """CREATE TABLE signature_bands (
            key BLOB NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id)
        )""",
        "CREATE INDEX signature_bands_by_key ON signature_bands (key)",
        "CREATE INDEX signature_bands_by_article ON signature_bands (article_id)",
        # The reports of a quad class within a few days, read for every new event.
        "CREATE INDEX events_by_quad_and_date ON events (quad, date)",
        "CREATE INDEX articles_by_published ON articles (published)",
    ),
)
"""Each migration is the statements that take the schema from its number to the next."""

VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, path: str) -> None:
    """Bring a store's schema up to :data:`VERSION`, one transaction per migration.

    Each migration takes the write lock before it reads the version, so that
    two processes opening a new store at once (an ingest and a query) do not
    both apply it. Foreign keys are off while tables are rebuilt and checked
    before each migration commits.

    Raises:
        StoreError: the store was written by a newer dateline, or its rows
            break a constraint that a migration adds (nothing is changed).
    """
    (current,) = connection.execute("PRAGMA user_version").fetchone()
    if current > VERSION:
        raise StoreError(
            f"{path}: the store has schema version {current}; this dateline knows {VERSION}"
        )
    if current == VERSION:
        return
    # A table referred to by others can only be dropped and rebuilt with the
    # checks off; this pragma is a no-op inside a transaction, so it goes first.
    connection.execute("PRAGMA foreign_keys=OFF")
    try:
        while current < VERSION:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                (current,) = connection.execute("PRAGMA user_version").fetchone()
                if current >= VERSION:
                    break
                for statement in MIGRATIONS[current]:
                    connection.execute(statement)
                _check_references(connection, path, current + 1)
                current += 1
                connection.execute(f"PRAGMA user_version = {current}")
    finally:
        connection.execute("PRAGMA foreign_keys=ON")


def _check_references(connection: sqlite3.Connection, path: str, version: int) -> None:
    """Refuse a migration that would leave rows referring to rows that do not exist."""
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({f"{table} -> {parent}" for table, _, parent, _ in broken})
        raise StoreError(
            f"{path}: cannot upgrade the store to schema version {version}: {len(broken)} rows "
            f"refer to rows that do not exist ({', '.join(tables)}); the store is unchanged"
        )
