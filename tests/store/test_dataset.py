from __future__ import annotations

import dataclasses

import duckdb
import fsspec
import pandas as pd
import pytest

import dateline
from dateline.errors import ConfigError
from dateline.records import DateValue
from dateline.store.dataset import UNKNOWN_MONTH, DatasetWriter, month_of
from news import ARTICLES


@pytest.fixture(scope="module")
def articles():
    found = dateline.extract("\n\n\n".join(ARTICLES.values()))
    months = ("2024-03-03", "2024-03-04", "2024-04-09", "2024", None)
    return [
        dataclasses.replace(
            article,
            published=DateValue(day, "day" if day and len(day) == 10 else "year", "given", day)
            if day
            else article.published,
        )
        for article, day in zip(found, months, strict=True)
    ]


@pytest.mark.parametrize(
    ("value", "precision", "month"),
    [
        ("2024-03-04", "day", "2024-03"),
        ("2024-03", "month", "2024-03"),
        ("2024", "year", UNKNOWN_MONTH),
        ("2024-W07", "week", UNKNOWN_MONTH),
        ("--11-20", "day", UNKNOWN_MONTH),
        (None, "none", UNKNOWN_MONTH),
    ],
)
def test_an_article_is_filed_under_its_publication_month(value, precision, month):
    article = dateline.Article(
        id="x",
        source=dateline.Source("x", 0, 1),
        text="x",
        published=DateValue(value, precision, "given" if value else "none", value),
    )
    assert month_of(article) == month


def test_the_dataset_is_partitioned_by_month_and_read_by_duckdb_and_pandas(tmp_path, articles):
    writer = DatasetWriter(str(tmp_path / "run"))
    writer.write(articles[:2])
    writer.write(articles[2:])
    assert writer.articles == 5
    folders = sorted(p.name for p in (tmp_path / "run" / "articles").iterdir())
    assert folders == sorted({f"month={month_of(a)}" for a in articles})
    assert {"month=2024-03", "month=2024-04", "month=unknown"} <= set(folders)
    parts = str(tmp_path / "run" / "articles" / "**" / "*.parquet")
    rows = duckdb.execute(
        "SELECT id, month FROM read_parquet(?, hive_partitioning=true) ORDER BY id", [parts]
    ).fetchall()
    assert sorted(rows) == sorted((a.id, month_of(a)) for a in articles)
    actors = pd.read_parquet(tmp_path / "run" / "actors")
    assert len(actors) == sum(len(a.actors) for a in articles)
    assert set(actors["article_id"]) <= {a.id for a in articles}
    events = pd.read_parquet(tmp_path / "run" / "events")
    assert len(events) == sum(len(a.events) for a in articles)
    # Every row keeps its span in the article's text.
    texts = {a.id: a.text for a in articles}
    quotes = pd.read_parquet(tmp_path / "run" / "quotes")
    for row in quotes.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text


def test_the_full_record_of_each_article_is_kept(tmp_path, articles):
    DatasetWriter(str(tmp_path / "run")).write(articles)
    table = pd.read_parquet(tmp_path / "run" / "articles")
    back = {dateline.from_json(dateline.Article, record) for record in table["record"]}
    assert back == set(articles)


def test_a_folder_with_files_in_it_is_refused(tmp_path):
    (tmp_path / "old.parquet").write_bytes(b"x")
    with pytest.raises(ConfigError, match="the folder is not empty"):
        DatasetWriter(str(tmp_path))


def test_a_dataset_can_be_written_to_an_fsspec_url(articles):
    writer = DatasetWriter("memory://dateline-test/run")
    writer.write(articles)
    memory = fsspec.filesystem("memory")
    try:
        assert memory.find("/dateline-test/run/events")
        assert writer.files >= 3
    finally:
        memory.rm("/dateline-test", recursive=True)
