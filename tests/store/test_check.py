"""`dateline check` and the references the store enforces: corrupted stores are caught."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline import cli
from dateline.errors import StoreError
from dateline.options import Options
from dateline.service import ingest_paths
from dateline.store import Store
from dateline.store.check import check
from dateline.store.schema import MIGRATIONS, VERSION

MARKET = (
    "Blast Hits Market in Mogadishu\n\n"
    "A car bomb killed seven people at a busy market in Mogadishu on April 4, 2024, "
    "police officer Abdi Hassan told reporters.\n\n"
    "“We heard one loud bang and then screaming,” said trader Amina Farah, whose stall burned.\n\n"
    "Somalia's government blamed al-Shabaab for the attack and vowed to hunt the bombers.\n"
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """A sound store of one article, copied by each test that damages it."""
    folder = tmp_path_factory.mktemp("stored")
    (folder / "market.txt").write_text(MARKET, encoding="utf-8")
    db = folder / "news.db"
    with Store(db) as store:
        ingest_paths([str(folder / "market.txt")], store, options=Options())
    return db


@pytest.fixture
def copy(stored, tmp_path) -> Path:
    db = tmp_path / "copy.db"
    shutil.copy(stored, db)
    return db


def _tamper(db: Path, *statements: str, values=()) -> None:
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA foreign_keys=OFF")  # as another program writing to the file might
    for statement in statements:
        connection.execute(statement, values)
    connection.commit()
    connection.close()


def _check(db: Path):
    return CliRunner().invoke(cli.main, ["check", "--db", str(db)])


def test_a_sound_store_passes_every_check(stored):
    violations, summary = check(stored)
    assert violations == []
    assert summary.articles == 1
    assert summary.spans > 10
    result = _check(stored)
    assert result.exit_code == 0
    assert result.stdout.strip().endswith(
        "0 problems in 1 articles and "
        + str(summary.spans)
        + " spans (integrity, foreign keys, spans)"
    )


def test_a_span_past_the_end_of_its_text_is_a_violation(copy):
    _tamper(copy, "UPDATE quotes SET end = 5000")
    result = _check(copy)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("quotes ") and "span [" in line and "is not inside the text" in line
        for line in lines
    )
    assert lines[-1].startswith(f"{copy}: ")
    assert "problem" in lines[-1]


def test_a_span_in_the_stored_record_is_checked_too(copy):
    connection = sqlite3.connect(copy)
    (article_id, record) = connection.execute("SELECT id, record FROM articles").fetchone()
    connection.close()
    data = json.loads(record)
    data["events"][0]["evidence"] = [[10, 10_000]]
    _tamper(copy, "UPDATE articles SET record = ?", values=(json.dumps(data),))
    violations, _ = check(copy)
    assert [str(v) for v in violations] == [
        (
            f"articles {article_id}: event {data['events'][0]['id']} evidence: span [10, 10000) "
            f"is not inside the text ({len(data['text'])} characters)"
        )
    ]


def test_a_row_that_refers_to_nothing_is_a_violation(copy):
    _tamper(copy, "UPDATE event_actors SET actor_id = 'A404' WHERE rowid = 1")
    violations, _ = check(copy)
    assert any(
        v.table == "event_actors" and "actors that does not exist" in v.problem for v in violations
    )


def test_the_store_itself_refuses_a_row_that_refers_to_nothing(copy):
    with Store(copy) as store, pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.connection.execute("INSERT INTO mentions SELECT id, 'A404', 0, 1 FROM articles")


def test_a_damaged_page_is_reported_and_queries_fail_in_one_line(copy, cli):
    connection = sqlite3.connect(copy)
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'events'"
    ).fetchone()
    connection.close()
    with copy.open("r+b") as file:
        file.seek(page_size * (root - 1))  # the table's first page, header and all
        file.write(b"\xff" * page_size)
    result = _check(copy)
    assert result.exit_code == 1
    assert any(line.startswith("store integrity: ") for line in result.stdout.splitlines())
    events = cli("events", "--db", str(copy))
    assert events.returncode == 2
    assert events.stderr.splitlines() == [
        (
            f"dateline: error: {copy}: the store is damaged (database disk image is malformed); "
            "run 'dateline check' to see where"
        )
    ]


def test_a_file_that_is_no_store_is_one_line_and_exit_two(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("minutes of the meeting", encoding="utf-8")
    result = _check(notes)
    assert result.exit_code == 2
    assert result.stdout == ""
    missing = _check(tmp_path / "missing.db")
    assert missing.exit_code == 2
    with pytest.raises(StoreError, match="no such store"):
        check(tmp_path / "missing.db")


def _old_store(db: Path, stored: Path, version: int) -> None:
    """A store as dateline wrote it at schema ``version``, holding the rows of ``stored``."""
    connection = sqlite3.connect(db)
    for migration in MIGRATIONS[:version]:
        for statement in migration:
            connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {version}")
    connection.execute("ATTACH DATABASE ? AS new", (str(stored),))
    tables = [  # the tables the old schema has
        name
        for (name,) in connection.execute(
            "SELECT name FROM new.sqlite_master WHERE type = 'table'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'"
            " AND name IN (SELECT name FROM main.sqlite_master WHERE type = 'table')"
        )
    ]
    for table in tables:
        connection.execute(f"INSERT INTO main.{table} SELECT * FROM new.{table}")  # noqa: S608
    for table in ("articles_fts", "quotes_fts"):
        connection.execute(f"INSERT INTO main.{table} SELECT * FROM new.{table}")  # noqa: S608
    connection.commit()
    connection.execute("DETACH DATABASE new")
    connection.close()


BEFORE_FOREIGN_KEYS = 5
"""The last schema version whose references were not enforced."""


def test_an_old_store_is_upgraded_with_its_rows_and_references_enforced(stored, tmp_path):
    db = tmp_path / "old.db"
    _old_store(db, stored, BEFORE_FOREIGN_KEYS)
    before = {t: _count(db, t) for t in ("articles", "mentions", "events", "event_actors")}
    Store(db).close()
    assert {t: _count(db, t) for t in before} == before
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
    foreign = connection.execute("PRAGMA foreign_key_list(event_actors)").fetchall()
    connection.close()
    assert {row[2] for row in foreign} == {"events", "actors"}
    assert check(db)[0] == []


def test_an_old_store_whose_rows_break_a_reference_is_refused_unchanged(stored, tmp_path):
    db = tmp_path / "old.db"
    _old_store(db, stored, BEFORE_FOREIGN_KEYS)
    _tamper(db, "UPDATE mentions SET actor_id = 'A404' WHERE rowid = 1")
    with pytest.raises(StoreError, match=r"cannot upgrade the store to schema version \d+: 1 rows"):
        Store(db)
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == BEFORE_FOREIGN_KEYS
    connection.close()


def _count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    finally:
        connection.close()
