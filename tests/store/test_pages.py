"""Pages of query rows (limit and offset), their totals, the places query, and search snippets."""

import pytest

from dateline.errors import ConfigError, NotFoundError, QueryError, StoreError
from dateline.store import query, search
from dateline.store.query import Filters
from newsroom import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "news.db"
    build_store(path)
    return path


def test_an_offset_without_a_limit_skips_the_first_rows(db):
    everything = query.events(db)
    assert query.events(db, Filters(offset=2)) == everything[2:]
    assert query.events(db, Filters(limit=2, offset=1)) == everything[1:3]


@pytest.mark.parametrize("what", query.QUERIES)
def test_count_is_the_number_of_rows_whatever_the_page(db, what):
    rows = getattr(query, what)(db)
    assert rows
    assert query.count(db, what, Filters(limit=1, offset=1)) == len(rows)


def test_count_refuses_a_query_that_does_not_exist(db):
    with pytest.raises(ConfigError, match="no query 'people'"):
        query.count(db, "people")


def test_places_filter_by_name_country_and_kind(db):
    assert {p["name"] for p in query.places(db, Filters(place="vil"))} == {"Vilnius"}
    assert {p["country"] for p in query.places(db, Filters(country="ltu"))} == {"LTU"}
    assert all(p["kind"] == "city" for p in query.places(db, Filters(kind="city")))


def test_unknown_ids_and_unreadable_searches_are_store_errors_of_their_own_kind(db):
    with pytest.raises(NotFoundError, match="no article with id 'abcdef'"):
        query.article(db, "abcdef")
    with pytest.raises(QueryError, match="cannot run the query"):
        search.articles(db, "AND AND", limit=5)
    assert issubclass(NotFoundError, StoreError)
    assert issubclass(QueryError, StoreError)


def test_snippet_parts_mark_the_matches():
    assert search.parts("the \x02port\x03 was \x02open\x03") == [
        {"text": "the ", "match": False},
        {"text": "port", "match": True},
        {"text": " was ", "match": False},
        {"text": "open", "match": True},
    ]
    assert search.parts("") == []
