from __future__ import annotations

import fsspec
import pytest

from dateline import ingest
from dateline.options import Options
from dateline.records import Article, Rejection
from news import ARTICLES


@pytest.fixture
def bucket():
    memory = fsspec.filesystem("memory")
    for name, text in ARTICLES.items():
        memory.pipe(f"/bucket/news/{name}", text.encode("utf-8"))
    memory.pipe("/bucket/news/.hidden.txt", b"Hidden\n\nNot to be read at all, ever.\n")
    memory.pipe("/bucket/news/photo.jpg", b"\xff\xd8\xff")
    yield "memory://bucket/news"
    memory.rm("/bucket", recursive=True)


def test_a_folder_url_is_read_like_a_folder(bucket, tmp_path):
    read = list(ingest.read([bucket], options=Options()))
    paths = [item.source.path for item in read if isinstance(item, Article)]
    assert [path.rsplit("/", 1)[1] for path in paths] == sorted(ARTICLES)
    assert all(path.startswith("memory://") for path in paths)
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    local = list(ingest.read([str(tmp_path)], options=Options()))
    assert [(a.id, a.title, a.text) for a in read] == [(a.id, a.title, a.text) for a in local]


def test_a_missing_url_is_a_rejection_naming_it():
    (item,) = ingest.read(["memory://bucket/nothing.txt"], options=Options())
    assert isinstance(item, Rejection)
    assert item.message == "memory://bucket/nothing.txt: no such file or directory"


def test_cli_reads_a_file_url(cli, tmp_path):
    (tmp_path / "talks.txt").write_text(ARTICLES["02-talks.txt"], encoding="utf-8")
    result = cli("extract", f"file://{tmp_path}/talks.txt")
    assert result.returncode == 0, result.stderr
    assert '"title": "Trade Talks Open"' in result.stdout
