from __future__ import annotations

import logging
import sqlite3

import duckdb
import pytest

from dateline.errors import ConfigError, RunnerError
from dateline.options import Options
from dateline.runners.cluster import DaskRunner
from news import write_news


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("scheduler:8786", "is not a Dask address"),
        ("tcp://scheduler", "is not a Dask address"),
        ("http://scheduler:8786", "is not a Dask address"),
        ("local:x", "is not a Dask address"),
        ("local:0", "needs 1 or more workers"),
    ],
)
def test_a_bad_address_is_refused_before_anything_starts(address, problem):
    with pytest.raises(ConfigError, match=problem):
        DaskRunner(Options(), address)


class _StartedError(Exception):
    """Raised by a stand-in for the local cluster, once it has what it was started with."""


def test_local_workers_log_no_more_than_the_front_end_chose(monkeypatch):
    import distributed  # noqa: PLC0415 - patched where the runner imports it from

    started: dict[str, object] = {}

    def local_cluster(**options):
        started.update(options)
        raise _StartedError

    monkeypatch.setattr(distributed, "LocalCluster", local_cluster)
    logger = logging.getLogger("distributed")
    monkeypatch.setattr(logger, "level", logging.CRITICAL)
    with pytest.raises(_StartedError):
        DaskRunner(Options(), "local:1")
    assert started["silence_logs"] == logging.CRITICAL


def test_an_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(
        RunnerError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        DaskRunner(Options(), "tcp://127.0.0.1:9", connect_seconds=1)


def test_the_cli_says_a_bad_address_in_one_line(cli, tmp_path):
    result = cli("ingest", "--db", str(tmp_path / "x.db"), "--dask", "nowhere", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        (
            "dateline: error: --dask 'nowhere' is not a Dask address; give tcp://HOST:PORT "
            "(a running Dask scheduler) or local:N (N local worker processes)"
        )
    ]


def test_a_local_cluster_of_two_processes_stores_and_writes_what_one_process_does(tmp_path, cli):
    folder = write_news(tmp_path / "news")
    alone, dask, dataset = tmp_path / "alone.db", tmp_path / "dask.db", tmp_path / "dataset"
    common = ("--published", "2024-03", "--batch-size", "1")
    assert cli("ingest", "--db", str(alone), *common, str(folder)).returncode == 0
    result = cli("ingest", "--db", str(dask), "--dask", "local:2", *common, str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        (
            f"dateline: {dask}: 5 new articles, 0 already stored; 5 files, 0 unchanged since "
            "the last ingest"
        )
    ]
    assert _rows(alone) == _rows(dask)
    # The same run into a Parquet dataset by month, read back with DuckDB.
    result = cli("ingest", "--parquet", str(dataset), "--dask", "local:2", *common, str(folder))
    assert result.returncode == 0, result.stderr
    parts = str(dataset / "articles" / "**" / "*.parquet")
    records = duckdb.execute(
        "SELECT record, month FROM read_parquet(?, hive_partitioning=true) ORDER BY source_path",
        [parts],
    ).fetchall()
    assert [r for (r, _) in records] == [r for (_, r) in _rows(alone)["articles"]]
    assert {month for (_, month) in records} == {"2024-03"}


def _rows(db) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(db)
    try:
        return {
            "articles": connection.execute(
                "SELECT source_path, record FROM articles ORDER BY rowid"
            ).fetchall(),
            "events": connection.execute("SELECT * FROM events ORDER BY rowid").fetchall(),
            "clusters": connection.execute(
                "SELECT * FROM event_clusters ORDER BY rowid"
            ).fetchall(),
            "groups": connection.execute("SELECT id, group_id FROM articles").fetchall(),
        }
    finally:
        connection.close()
