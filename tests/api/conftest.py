"""A store of invented news for the API tests, the app over it, and a live server for browsers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from dateline.api import create_app
from newsroom import build_store, free_port


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
    """The app served by uvicorn on a free loopback port, in a thread: its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
