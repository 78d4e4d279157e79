"""Posting text: off by default, behind a token when on; extracting stores nothing."""

import pytest
from fastapi.testclient import TestClient

import dateline
from dateline.api import create_app
from dateline.errors import ConfigError, StoreError
from newsroom import assert_error, build_store

TOKEN = "s3cret-token"  # noqa: S105 - a test token
TEXT = (
    "Farmers Block Roads Near Tartu\n\n"
    "Estonian farmers blocked roads near Tartu on April 9, 2024, demanding lower fuel prices.\n"
)


@pytest.fixture
def writable(tmp_path):
    db = tmp_path / "writable.db"
    build_store(db)
    return db, TestClient(create_app(db, allow_writes=True, token=TOKEN))


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


@pytest.mark.parametrize("path", ["/api/extract", "/api/ingest"])
def test_writes_are_off_by_default(client, path):
    message = assert_error(
        client.post(path, json={"text": TEXT}, headers=_auth()), 403, "writes_disabled"
    )
    assert "--allow-writes" in message


def test_writes_need_a_token_to_be_turned_on(db):
    with pytest.raises(ConfigError, match="token"):
        create_app(db, allow_writes=True)


@pytest.mark.parametrize("headers", [{}, _auth("wrong"), {"authorization": TOKEN}])
@pytest.mark.parametrize("path", ["/api/extract", "/api/ingest"])
def test_writes_need_the_right_bearer_token(writable, path, headers):
    _, client = writable
    answer = client.post(path, json={"text": TEXT}, headers=headers)
    assert_error(answer, 401, "unauthorized")
    assert answer.headers["www-authenticate"] == "Bearer"


def test_extract_answers_articles_and_stores_nothing(writable):
    db, client = writable
    before = dateline.Corpus(db).articles()
    answer = client.post(
        "/api/extract", json={"text": TEXT, "published": "2024-04-10"}, headers=_auth()
    )
    assert answer.status_code == 200, answer.text
    (article,) = answer.json()["articles"]
    assert article["title"] == "Farmers Block Roads Near Tartu"
    assert article["published"]["value"] == "2024-04-10"
    assert any(place["name"] == "Tartu" for place in article["places"])
    assert dateline.Corpus(db).articles() == before


def test_ingest_stores_the_article_once(writable):
    db, client = writable
    first = client.post(
        "/api/ingest", json={"text": TEXT, "source": "farmers.txt"}, headers=_auth()
    )
    assert first.status_code == 200, first.text
    body = first.json()
    assert (body["new"], body["known"]) == (1, 0)
    (stored,) = body["articles"]
    assert dateline.Corpus(db).article(stored["id"]).source.path == "farmers.txt"
    again = client.post("/api/ingest", json={"text": TEXT}, headers=_auth()).json()
    assert (again["new"], again["known"]) == (0, 1)
    assert client.get(f"/api/articles/{stored['id']}").status_code == 200


def test_a_bad_date_or_an_empty_text_is_refused_in_the_error_shape(writable):
    _, client = writable
    bad_date = client.post(
        "/api/extract", json={"text": TEXT, "published": "soon"}, headers=_auth()
    )
    assert "soon" in assert_error(bad_date, 400, "bad_request")
    assert_error(
        client.post("/api/extract", json={"text": ""}, headers=_auth()), 422, "invalid_request"
    )
    assert_error(
        client.post("/api/extract", content=b"{not json", headers=_auth()), 422, "invalid_request"
    )


def test_problems_with_a_text_come_back_with_their_reason(writable):
    _, client = writable
    answer = client.post("/api/extract", json={"text": "   \n  "}, headers=_auth()).json()
    assert answer["articles"] == []
    (problem,) = answer["problems"]
    assert (problem["stage"], problem["code"]) == ("read", "no_article")
    assert problem["message"]


def test_the_app_needs_a_store_unless_it_may_write(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "missing.db")
    create_app(tmp_path / "new.db", allow_writes=True, token=TOKEN)
    assert (tmp_path / "new.db").is_file()
