"""A store a user got wrong is one line naming the file, exit 2, no traceback, nothing lost."""

import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import dateline
from dateline import cli
from dateline.errors import StoreError
from dateline.store import Store
from dateline.store.schema import VERSION

STORY = (
    "Ferry Capsizes on Lake Kivu\n\n"
    "A ferry carrying about 40 people capsized on Lake Kivu on Friday, and rescuers pulled "
    "23 survivors from the water, a provincial official said.\n"
)


def _run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


@pytest.fixture
def story(tmp_path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _one_line(result, expected: str) -> None:
    assert result.exit_code == 2
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines() == [f"dateline: error: {expected}"]


def test_a_store_in_a_folder_that_does_not_exist(story, tmp_path):
    db = tmp_path / "no" / "such" / "news.db"
    _one_line(
        _run("ingest", "--db", str(db), str(story)), f"{db}: no such folder to create the store in"
    )


def test_a_file_that_is_not_a_store_is_left_as_it_was(story, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("call the harbour master", encoding="utf-8")
    _one_line(
        _run("ingest", "--db", str(notes), str(story)),
        f"{notes}: not a dateline store (not a SQLite file)",
    )
    assert notes.read_text(encoding="utf-8") == "call the harbour master"


@pytest.mark.parametrize("command", ["events", "actors", "quotes", "articles", "export"])
def test_querying_a_store_that_does_not_exist(command, tmp_path):
    db = tmp_path / "missing.db"
    _one_line(_run(command, "--db", str(db)), f"{db}: no such store (run 'dateline ingest' first)")
    assert not db.exists()


def test_a_store_of_a_newer_dateline_is_refused_with_its_rows_kept(story, tmp_path):
    db = tmp_path / "news.db"
    assert _run("ingest", "--db", str(db), str(story)).exit_code == 0
    connection = sqlite3.connect(db)
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.close()
    _one_line(
        _run("ingest", "--db", str(db), str(story)),
        f"{db}: the store has schema version {VERSION + 1}; this dateline knows {VERSION}",
    )
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    connection.close()


def test_a_write_that_fails_is_a_store_error_and_keeps_what_was_stored(story, tmp_path):
    db = tmp_path / "news.db"
    assert _run("ingest", "--db", str(db), str(story)).exit_code == 0
    (other,) = dateline.extract(STORY.replace("40", "60").replace("23", "31"))
    with Store(db) as store:
        # The file turns read-only under the writer, as a full disk or a lost mount would.
        store.connection.execute("PRAGMA query_only = ON")
        with pytest.raises(StoreError, match=rf"^{re.escape(str(db))}: cannot write: "):
            store.add([other])
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    connection.close()
