from __future__ import annotations

import sqlite3

from datasketch import LeanMinHash, MinHash

from dateline.ingest.articles import article_id
from dateline.records import Article, Source
from dateline.store import Store
from dateline.store.duplicates import NUM_PERM, SHINGLE, signature

STORY = (
    "Dock workers went on strike in the port city on Tuesday over wages that had not been paid "
    "since the spring, and the union said the strike would go on until every worker was paid. "
    "The port authority said ships were waiting outside the harbour and that talks with the "
    "union would resume on Thursday morning at the ministry of labour."
)
OTHER = (
    "The national library opened a new reading room on Friday after two years of building "
    "work, and the director said the hall would be open to students every evening of the week. "
    "Visitors queued from early morning to see the restored ceiling and the old map collection."
)


def _article(text: str, name: str) -> Article:
    return Article(id=article_id(text), source=Source(name, 0, len(text)), text=text)


def _groups(path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT source_path, group_id FROM articles").fetchall()
    finally:
        connection.close()
    return dict(rows)


def test_the_signature_is_the_minhash_of_every_word_5_gram():
    words = STORY.lower().replace(",", "").replace(".", "").split()
    expected = MinHash(num_perm=NUM_PERM)
    for i in range(len(words) - SHINGLE + 1):
        expected.update(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
    assert signature(STORY) == LeanMinHash(expected)


def test_a_copy_joins_the_group_of_the_first_and_another_story_does_not(tmp_path):
    copy = STORY.replace("Thursday", "Friday") + " (Reuters)"
    with Store(tmp_path / "s.db") as store:
        store.add([_article(STORY, "first"), _article(OTHER, "other"), _article(copy, "copy")])
    groups = _groups(tmp_path / "s.db")
    assert groups["copy"] == groups["first"] == article_id(STORY)
    assert groups["other"] == article_id(OTHER)


def test_a_store_without_bands_gets_them_when_next_written(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add([_article(STORY, "first")])
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DELETE FROM signature_bands")  # as a store written before them
    connection.close()
    with Store(path) as store:
        store.add([_article(STORY + " More to follow.", "copy")])
    assert _groups(path)["copy"] == article_id(STORY)


def test_the_index_holds_nothing_in_memory_between_batches(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add([_article(STORY, "first")])
        index = store._index()
        assert set(vars(index)) == {"_connection"}
