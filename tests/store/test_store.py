"""The store: idempotent ingest, provenance, queries, and the same answers from CLI and API."""

import csv
import json
import os
import sqlite3
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

import dateline
from dateline.errors import StoreError
from dateline.options import Options
from dateline.service import ingest_paths
from dateline.store import Store
from dateline.store.schema import MIGRATIONS, VERSION

OSLO = (
    "Envoys Meet in Oslo\n\n"
    "Swedish Foreign Minister Anna Lindqvist met Turkish envoy Kemal Aydin in Oslo on "
    "March 3, 2024.\n\n"
    "“We have agreed to keep the port open,” Lindqvist told reporters.\n\n"
    "Aydin said Turkey would send a delegation to Stockholm in April.\n"
)
STRIKES = (
    "Air Strikes Hit Border Town\n\n"
    "Israeli air strikes on the Syrian town of Homs killed 12 people on March 2, 2024, "
    "the Syrian Observatory for Human Rights said.\n\n"
    "Syria condemned the strikes and accused Israel of violating its sovereignty.\n"
)
TABLES = ("articles", "actors", "mentions", "quotes", "places", "events", "event_actors")


def _counts(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608 - table names from the test
    finally:
        connection.close()


def _ingest(db: Path, *paths: Path, since_last: bool = False):
    with Store(db) as store:
        return ingest_paths(
            [str(p) for p in paths],
            store,
            options=Options(published="2024-03-10"),
            since_last=since_last,
        )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "oslo.txt").write_text(OSLO, encoding="utf-8")
    return news


def test_ingesting_twice_stores_nothing_new_and_reads_nothing_again(tmp_path, folder):
    db = tmp_path / "news.db"
    first = _ingest(db, folder)
    assert (first.files, first.unchanged, first.new, first.known) == (1, 0, 1, 0)
    counts = _counts(db)
    assert counts["articles"] == 1
    assert counts["events"] >= 1
    again = _ingest(db, folder)
    assert (again.files, again.unchanged, again.new) == (1, 1, 0)
    assert _counts(db) == counts


def test_since_last_tells_files_apart_by_size_and_time_without_reading_them(tmp_path, folder):
    db = tmp_path / "news.db"
    _ingest(db, folder)
    oslo = folder / "oslo.txt"
    stored = oslo.stat()
    # Same size, same time, other bytes: only a read could tell, and --since-last does not read.
    oslo.write_text(OSLO.replace("Oslo", "OSLO"), encoding="utf-8")
    os.utime(oslo, ns=(stored.st_atime_ns, stored.st_mtime_ns))
    assert (_ingest(db, folder, since_last=True).unchanged, _counts(db)["articles"]) == (1, 1)
    # The hash check reads the bytes, sees the change and stores the new text.
    assert (_ingest(db, folder).new, _counts(db)["articles"]) == (1, 2)


def test_since_last_hashes_a_touched_file_and_finds_its_bytes_unchanged(tmp_path, folder):
    db = tmp_path / "news.db"
    _ingest(db, folder)
    oslo = folder / "oslo.txt"
    later = oslo.stat().st_mtime_ns + 5_000_000_000
    os.utime(oslo, ns=(later, later))
    report = _ingest(db, folder, since_last=True)
    assert (report.unchanged, report.new, report.known) == (1, 0, 0)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT mtime_ns FROM documents").fetchall() == [(later,)]


def test_a_superset_adds_only_the_new_file_and_a_copy_adds_no_article(tmp_path, folder):
    db = tmp_path / "news.db"
    _ingest(db, folder)
    before = _counts(db)
    (folder / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    (folder / "oslo-copy.txt").write_text(OSLO, encoding="utf-8")
    report = _ingest(db, folder)
    assert (report.files, report.unchanged, report.new, report.known) == (3, 1, 1, 1)
    after = _counts(db)
    assert after["articles"] == before["articles"] + 1
    assert after["events"] > before["events"]


def test_every_row_keeps_its_provenance(tmp_path, folder):
    db = tmp_path / "news.db"
    _ingest(db, folder)
    corpus = dateline.Corpus(db)
    (article,) = corpus.articles()
    assert article["source_path"] == str(folder / "oslo.txt")
    stored = corpus.article(article["id"][:6])
    for quote in corpus.quotes():
        assert stored.text[quote["start"] : quote["end"]] == quote["text"]
    for event in corpus.events():
        assert stored.text[event["start"] : event["end"]] == event["event_text"]


def test_filters_choose_events_by_type_side_country_place_text_and_date(tmp_path, folder):
    (folder / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    db = tmp_path / "news.db"
    _ingest(db, folder)
    corpus = dateline.Corpus(db)
    (strike,) = corpus.events(type="ASSAULT")
    assert (strike["actor_code"], strike["fatalities"], strike["date"]) == (
        "ISRGOV",
        12,
        "2024-03-02",
    )
    conflicts = corpus.events(type="material_conflict")
    assert strike in conflicts
    assert {row["quad"] for row in conflicts} == {"material_conflict"}
    assert strike in corpus.events(actor="ISR")
    assert strike not in corpus.events(recipient="ISR")
    assert strike in corpus.events(country="isr")
    assert corpus.events(country="is") == []  # a code is matched whole, not inside names
    assert strike in corpus.events(place="Homs")
    assert strike in corpus.events(text="Homs")
    assert corpus.events(since="2024-03-03", type="ASSAULT") == []
    assert corpus.events(until="2024-03", type="ASSAULT") == [strike]
    assert all(row["type"] == "CONSULT" for row in corpus.events(text="Oslo", type="CONSULT"))
    assert [a["title"] for a in corpus.articles(actor="Lindqvist")] == ["Envoys Meet in Oslo"]
    assert corpus.articles(actor="nobody at all") == []


def test_the_command_line_answers_as_the_library_does(tmp_path, folder, cli):
    run = cli
    db = tmp_path / "news.db"
    result = run("ingest", str(folder), "--db", str(db), "--published", "2024-03-10")
    assert result.returncode == 0, result.stderr
    assert "1 new articles" in result.stderr
    for command in ("events", "actors", "quotes", "articles"):
        printed = run(command, "--db", str(db), "--format", "jsonl")
        assert printed.returncode == 0, printed.stderr
        rows = [json.loads(line) for line in printed.stdout.splitlines()]
        assert rows == getattr(dateline.Corpus(db), command)()
    csv = run("actors", "--db", str(db), "--format", "csv", "--country", "SWE")
    header, *lines = csv.stdout.splitlines()
    assert header.startswith("article_id,id,name,")
    assert any("Anna Lindqvist" in line for line in lines)


def test_a_missing_store_or_a_bad_query_is_one_line_and_exit_2(tmp_path, folder, cli):
    run = cli
    result = run("events", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"dateline: error: {tmp_path / 'none.db'}: no such store (run 'dateline ingest' first)"
    )
    db = tmp_path / "news.db"
    _ingest(db, folder)
    bad = run("articles", "--db", str(db), "--text", "AND AND")
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1
    assert "Traceback" not in bad.stderr


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="not a dateline store"):
        Store(notes)


def test_the_schema_version_is_recorded_and_a_newer_one_refused(tmp_path):
    db = tmp_path / "news.db"
    Store(db).close()
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="schema version"):
        Store(db)


def test_exports_load_back_with_one_record_per_event(tmp_path, folder, cli):
    (folder / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    db = tmp_path / "news.db"
    _ingest(db, folder)
    events = dateline.Corpus(db).events()
    plover = cli("export", "--db", str(db))
    assert plover.returncode == 0, plover.stderr
    records = [json.loads(line) for line in plover.stdout.splitlines()]
    assert len(records) == len(events)
    strike = next(r for r in records if r["event"] == "ASSAULT")
    assert (strike["actor"], strike["size"], strike["location"]["name"]) == ("ISRGOV", 12, "Homs")
    tsv = tmp_path / "events.tsv"
    result = cli("export", "--db", str(db), "--format", "gdelt-like", "--output", str(tsv))
    assert result.stderr.strip() == f"dateline: {tsv}: {len(events)} events"
    with tsv.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    assert len(rows) == len(events)
    row = next(r for r in rows if r["EventCode"] == "ASSAULT")
    assert (row["SQLDATE"], row["QuadClass"], row["Actor1Code"]) == ("20240302", "4", "ISRGOV")


def test_show_marks_an_article_and_lists_each_event_with_its_evidence(tmp_path, folder, cli):
    (folder / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    db = tmp_path / "news.db"
    _ingest(db, folder)
    (article,) = dateline.Corpus(db).articles(text="Homs")
    plain = cli("show", article["id"][:8], "--db", str(db), "--no-color")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.startswith("Air Strikes Hit Border Town")
    assert "ASSAULT" in plain.stdout
    assert "\x1b[" not in plain.stdout
    coloured = cli("show", article["id"], "--db", str(db), "--color")
    assert "\x1b[" in coloured.stdout  # the marks
    missing = cli("show", "ffffffff", "--db", str(db))
    assert (missing.returncode, missing.stderr.strip()) == (
        2,
        f"dateline: error: {db}: no article with id 'ffffffff'",
    )


def test_a_lightly_edited_copy_is_kept_in_the_group_of_the_first_and_counted_once(tmp_path, folder):
    wire = STRIKES + (
        "\nResidents said the strikes hit a market and a row of houses near the central "
        "mosque shortly after dawn, and that rescue teams worked through the morning to "
        "pull survivors from the rubble. The Syrian army said its air defences had shot "
        "down several missiles over the province. Israel rarely comments on individual "
        "strikes in Syria but has said it will keep acting against Iranian forces there.\n"
    )
    (folder / "strikes.txt").write_text(wire, encoding="utf-8")
    edited = wire.replace("killed 12 people", "killed 12 people, among them children,")
    (folder / "strikes-reprint.txt").write_text(edited, encoding="utf-8")
    db = tmp_path / "news.db"
    report = _ingest(db, folder)
    assert report.new == 3  # every copy is stored
    corpus = dateline.Corpus(db)
    groups = {row["title"]: set() for row in corpus.articles()}
    for row in corpus.articles():
        groups[row["title"]].add(row["copy_of"])
    assert len(groups["Air Strikes Hit Border Town"]) == 1  # one group for the two copies
    # The reprint's attacks are not counted again: every one stands in the first copy,
    # and asking for copies too gives each twice.
    counted = corpus.events(type="ASSAULT")
    assert len({event["article_id"] for event in counted}) == 1
    assert len(corpus.events(type="ASSAULT", copies=True)) == 2 * len(counted)


def test_a_store_of_an_older_schema_is_migrated_in_place(tmp_path, folder):
    db = tmp_path / "old.db"
    connection = sqlite3.connect(db)
    for statement in MIGRATIONS[0]:
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    report = _ingest(db, folder)
    assert report.new == 1
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
    connection.close()


def test_two_stories_of_one_happening_are_one_cluster_with_two_sources(tmp_path, folder):
    (folder / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    (folder / "other-paper.txt").write_text(
        "Deadly Raid on Homs\n\n"
        "Twelve people died when Israeli air strikes hit Homs on March 2, 2024, rescuers said. "
        "The Syrian government called the raid a crime.\n",
        encoding="utf-8",
    )
    (folder / "later.txt").write_text(
        "New Raid on Homs\n\n"
        "Israeli air strikes on Homs killed three people on March 9, 2024, medics said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    _ingest(db, folder)
    corpus = dateline.Corpus(db)
    strikes = corpus.events(type="ASSAULT")
    assert len(strikes) == 3  # every report
    (first, *_) = happenings = corpus.events(type="ASSAULT", one_per_happening=True)
    assert len(happenings) == 2
    assert (first["date"], first["num_sources"]) == ("2024-03-02", 2)
    assert sorted(h["num_sources"] for h in happenings) == [1, 2]


def test_parquet_and_dataframes_hold_the_same_rows(tmp_path, folder, cli):
    (folder / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    db = tmp_path / "news.db"
    _ingest(db, folder)
    corpus = dateline.Corpus(db)
    events = corpus.events()
    frame = corpus.to_pandas("events")
    assert len(frame) == len(events)
    assert list(frame.columns) == list(events[0])
    assert corpus.to_arrow("quotes").num_rows == len(corpus.quotes())
    with pytest.raises(dateline.DatelineError, match="no query"):
        corpus.to_arrow("speeches")
    parquet = tmp_path / "events.parquet"
    result = cli("events", "--db", str(db), "--format", "parquet", "--output", str(parquet))
    assert result.returncode == 0, result.stderr
    table = pq.read_table(parquet)
    assert table.num_rows == len(events)
    assert table.column("type").to_pylist() == [row["type"] for row in events]


def test_exports_load_into_duckdb_with_the_counts_of_the_store(tmp_path, folder, cli):
    (folder / "strikes.txt").write_text(STRIKES, encoding="utf-8")
    db = tmp_path / "news.db"
    _ingest(db, folder)
    by_type = Counter(row["type"] for row in dateline.Corpus(db).events())
    assert by_type["ASSAULT"] == 1
    files = {
        "parquet": ("events", "--format", "parquet"),
        "jsonl": ("export", "--format", "plover"),
        "tsv": ("export", "--format", "gdelt-like"),
    }
    for suffix, command in files.items():
        result = cli(*command, "--db", str(db), "--output", str(tmp_path / f"events.{suffix}"))
        assert result.returncode == 0, result.stderr
    duck = duckdb.connect()
    queries = {
        "SELECT type, count(*) FROM read_parquet(?) GROUP BY type": "events.parquet",
        "SELECT event, count(*) FROM read_json(?, format='newline_delimited') GROUP BY event": (
            "events.jsonl"
        ),
        "SELECT EventCode, count(*) FROM read_csv(?, delim='\\t', header=true) GROUP BY 1": (
            "events.tsv"
        ),
    }
    for query, name in queries.items():
        assert dict(duck.execute(query, [str(tmp_path / name)]).fetchall()) == by_type, name
