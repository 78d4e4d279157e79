"""Crash safety and concurrent readers: an ingest killed and run again equals one never killed.

Each kill point is found by watching the store from outside, as an operator
would, and the same command is then run again to completion.
"""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.options import Options
from dateline.service import ingest_paths
from dateline.store import Store, query
from dateline.store.check import check
from dateline.store.schema import VERSION
from news_folder import write_news

PUBLISHED = "2024-03-15"
COMMIT_EVERY = 2
ARGS = ("--published", PUBLISHED, "--commit-every", str(COMMIT_EVERY), "--batch-size", "2")
TABLES = (
    "documents", "articles", "signatures", "actors", "mentions", "quotes", "places", "events",
    "event_actors", "event_clusters", "articles_fts", "quotes_fts",
)  # fmt: skip
TIMESTAMPS = frozenset({"ingested_at"})
WAIT_SECONDS = 120  # a bound on the test, never an assertion about speed

Probe = Callable[[sqlite3.Connection], bool]


def _stored(db: Path) -> tuple[dict[str, int], str]:
    """Rows per table, and one hash of every row's content but its timestamps."""
    connection = sqlite3.connect(db)
    counts: dict[str, int] = {}
    digest = hashlib.sha256()
    try:
        for table in TABLES:
            columns = [
                name
                for _, name, *_ in connection.execute(f"PRAGMA table_info({table})")
                if name not in TIMESTAMPS
            ]
            rows = sorted(
                repr(row)
                for row in connection.execute(f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608 - names from the schema
            )
            counts[table] = len(rows)
            digest.update(f"{table}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode() + b"\n")
    finally:
        connection.close()
    return counts, digest.hexdigest()


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "news"
    write_news(folder)
    return folder


@pytest.fixture(scope="module")
def uninterrupted(news, tmp_path_factory) -> tuple[dict[str, int], str]:
    """The rows of an ingest that was never interrupted, with the options of ARGS."""
    db = tmp_path_factory.mktemp("whole") / "news.db"
    with Store(db) as store:
        ingest_paths([str(news)], store, options=Options(published=PUBLISHED), batch=COMMIT_EVERY)
    return _stored(db)


def _ingest(db: Path, news: Path, *, to_kill: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "dateline", "ingest", "--db", str(db), *ARGS, str(news)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL if to_kill else subprocess.PIPE,
    )


def _watch(db: Path, process: subprocess.Popen[bytes], probe: Probe) -> None:
    """Wait until ``probe`` holds for the store, with the ingest still running."""
    ends = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < ends:
        assert process.poll() is None, "the ingest ended before the kill point was reached"
        if db.exists():
            connection = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1)
            try:
                if probe(connection):
                    return
            except sqlite3.OperationalError:
                pass  # the store is still being created
            finally:
                connection.close()
        time.sleep(0.01)
    pytest.fail("the kill point was not reached in time")


def _version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def _count(connection: sqlite3.Connection, table: str) -> int:
    return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


KILL_POINTS: dict[str, Probe] = {
    # The store exists with its schema and holds nothing yet: the model is loading.
    "schema-ready": lambda c: _version(c) == VERSION,
    # The dump's first articles are committed, but the dump is not yet recorded as read.
    "mid-file": lambda c: _count(c, "articles") >= COMMIT_EVERY and _count(c, "documents") == 0,
    # The dump is stored and recorded as read, the single stories after it are not
    # all stored: the re-run passes over the dump, whose people later stories name.
    "between-files": lambda c: _count(c, "documents") >= 1 and _count(c, "articles") < 6,
}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_an_ingest_killed_and_run_again_stores_what_an_uninterrupted_one_does(
    point, news, uninterrupted, tmp_path
):
    db = tmp_path / "news.db"
    process = _ingest(db, news, to_kill=True)
    try:
        _watch(db, process, KILL_POINTS[point])
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL

    again = _ingest(db, news)
    _, stderr = again.communicate(timeout=300)
    assert again.returncode == 0, stderr.decode()
    assert "Traceback" not in stderr.decode()
    assert _stored(db) == uninterrupted
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    assert check(db)[0] == []


def test_queries_keep_answering_while_an_ingest_writes(news, uninterrupted, tmp_path):
    db = tmp_path / "news.db"
    process = _ingest(db, news, to_kill=True)
    seen: list[dict[str, dict]] = []
    cli_answers: list[subprocess.CompletedProcess[str]] = []
    try:
        _watch(db, process, lambda c: _version(c) == VERSION)
        while process.poll() is None:
            events = query.events(db)  # first: the articles read after include theirs
            articles = {row["id"]: row for row in query.articles(db)}
            assert {event["article_id"] for event in events} <= set(articles)
            seen.append(articles)
            if len(cli_answers) < 2 and articles:
                cli_answers.append(_cli_query(db, "articles"))
                cli_answers.append(_cli_query(db, "events"))
    finally:
        process.wait(timeout=300)
    assert process.returncode == 0
    final = {row["id"]: row for row in query.articles(db)}
    assert len(final) == uninterrupted[0]["articles"]
    # Every answer came from whole batches: the rows of an article never change once
    # seen, and articles are only ever added.
    assert len(seen) > 1
    for earlier, later in zip(seen, [*seen[1:], final], strict=True):
        assert set(earlier) <= set(later)
        for key, row in earlier.items():
            assert row == final[key]
    assert any(0 < len(answer) < len(final) for answer in seen), "no read during the writes"
    for answer in cli_answers:
        assert answer.returncode == 0, answer.stderr
        assert answer.stderr == ""


def _cli_query(db: Path, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "dateline", command, "--db", str(db), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_an_ingest_in_two_runs_codes_people_as_one_run_does(news, uninterrupted, tmp_path):
    db = tmp_path / "news.db"
    files = sorted(str(path) for path in news.iterdir())
    options = Options(published=PUBLISHED)
    with Store(db) as store:
        # The dump names "Foreign Minister Sameh Shoukry"; a later story only "Shoukry".
        ingest_paths(files[:1], store, options=options, batch=COMMIT_EVERY)
        report = ingest_paths([str(news)], store, options=options, batch=COMMIT_EVERY)
    assert report.unchanged == 1
    assert _stored(db) == uninterrupted
