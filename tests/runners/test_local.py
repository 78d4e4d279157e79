from __future__ import annotations

import sqlite3

import pytest

from dateline import runners, service
from dateline.errors import ConfigError
from dateline.options import Options
from dateline.records import Article
from news import write_news


def test_worker_processes_give_the_same_articles_in_the_same_order(tmp_path):
    folder = write_news(tmp_path / "news")
    options = Options(batch_size=1, published="2024")  # one article a batch: many in flight
    alone = list(service.extract_paths([str(folder)], options=options))
    with runners.start(options, workers=2) as map_batches:
        assert map_batches is not None
        pooled = list(
            service.extract_paths([str(folder)], options=options, map_batches=map_batches)
        )
    assert pooled == alone
    assert [a.source.path.rsplit("/", 1)[-1] for a in pooled if isinstance(a, Article)] == sorted(
        p.name for p in folder.iterdir()
    )
    # Corpus memory crossed batches handled by different workers: the second
    # article only says "Sudani", coded as the first article's prime minister.
    talks = pooled[1]
    assert isinstance(talks, Article)
    sudani = next(a for a in talks.actors if "Sudani" in a.name)
    assert (sudani.name, sudani.code) == ("Mohammed Shia al-Sudani", "IRQGOV")


def test_ingest_with_workers_stores_what_one_process_stores(tmp_path, cli):
    folder = write_news(tmp_path / "news")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert cli("ingest", "--db", str(one), "--published", "2024", str(folder)).returncode == 0
    result = cli(
        "ingest", "--db", str(two), "--workers", "2", "--batch-size", "2", "--published", "2024",
        str(folder),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "5 new articles" in result.stderr
    assert _contents(one) == _contents(two)


def test_extract_with_workers_prints_what_one_process_prints(tmp_path, cli):
    folder = write_news(tmp_path / "news")
    alone = cli("extract", "--published", "2024", str(folder))
    pooled = cli(
        "extract", "--workers", "2", "--batch-size", "1", "--published", "2024", str(folder)
    )
    assert pooled.returncode == 0, pooled.stderr
    assert pooled.stdout == alone.stdout
    assert len(pooled.stdout.splitlines()) == 5


def test_workers_below_one_are_refused():
    with pytest.raises(ConfigError, match="--workers 0"), runners.start(Options(), workers=0):
        pass


def test_workers_and_a_dask_cluster_are_not_both_taken():
    with (
        pytest.raises(ConfigError, match="--workers goes without --dask"),
        runners.start(Options(), workers=2, dask="local:2"),
    ):
        pass


_TABLES = {
    # ingested_at is left out: it is the clock, not the content.
    "articles": "SELECT id, source_path, raw_start, raw_end, title, published, record, group_id",
    "actors": "SELECT *",
    "mentions": "SELECT *",
    "quotes": "SELECT *",
    "places": "SELECT *",
    "events": "SELECT *",
    "event_clusters": "SELECT *",
}


def _contents(db) -> dict[str, list[tuple]]:
    """Every stored row that analysis decides, in the order it was written."""
    connection = sqlite3.connect(db)
    try:
        return {
            table: connection.execute(f"{columns} FROM {table} ORDER BY rowid").fetchall()
            for table, columns in _TABLES.items()
        }
    finally:
        connection.close()
