"""A store of invented news for the API tests, the app over it, and a live server for browsers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.api import create_app
from newsroom import build_store, serving


@pytest.fixture(scope="session")
def news_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The store (shared, read only) and the ids of its articles by name."""
    db = tmp_path_factory.mktemp("api") / "news.db"
    return db, build_store(db)


@pytest.fixture(scope="session")
def db(news_store) -> Path:
    return news_store[0]


@pytest.fixture(scope="session")
def ids(news_store) -> dict[str, str]:
    return news_store[1]


@pytest.fixture(scope="session")
def client(db) -> TestClient:
    return TestClient(create_app(db))


@pytest.fixture(scope="session")
def live_server(db) -> Iterator[str]:
    """The app over the invented news, served on a free loopback port: its base URL."""
    with serving(db) as base:
        yield base
