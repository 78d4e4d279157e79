from __future__ import annotations

import dataclasses
import itertools

import pytest

import dateline
from dateline.errors import ConfigError
from news import ARTICLES


def test_extract_many_gives_what_extract_gives_for_the_same_texts():
    texts = list(ARTICLES.values())
    many = list(dateline.extract_many(texts, published="2024"))
    together = dateline.extract("\n\n\n".join(texts), published="2024")
    # Only where each came from differs: item by item, or one text.
    assert [a.source.path for a in many] == [f"<item {i}>" for i in range(1, 6)]
    assert [_analysis(a) for a in many] == [_analysis(a) for a in together]


def _analysis(article):
    return dataclasses.replace(article, source=dateline.Source("", 0, 0))


def test_extract_many_is_lazy():
    pulled = []

    def texts():
        for text in itertools.cycle(ARTICLES.values()):
            pulled.append(text)
            yield text

    articles = dateline.extract_many(texts(), batch_size=2)
    first = next(articles)
    articles.close()
    assert first.title == "Prime Minister Visits Cairo"
    assert len(pulled) <= 2


def test_extract_many_takes_records_with_their_own_dates_and_ids():
    (article,) = dateline.extract_many(
        [{"id": 7, "title": "Trade Talks", "text": ARTICLES["02-talks.txt"].split("\n\n", 1)[1],
          "published": "2024-03-04"}]
    )  # fmt: skip
    assert (article.title, article.source.external_id) == ("Trade Talks", "7")
    assert (article.published.value, article.published.basis) == ("2024-03-04", "metadata")


def test_extract_many_with_workers_gives_the_same_articles():
    texts = list(ARTICLES.values())
    one = list(dateline.extract_many(texts, batch_size=1))
    two = list(dateline.extract_many(texts, batch_size=1, workers=2))
    assert one == two


@pytest.mark.parametrize("item", [3, {"title": "no text"}, {"text": "  "}])
def test_extract_many_refuses_an_item_that_is_not_an_article(item):
    with pytest.raises(ConfigError, match="<item 1>"):
        list(dateline.extract_many([item]))
