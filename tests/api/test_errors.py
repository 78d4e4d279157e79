"""Every error the API gives has one JSON shape, with no traceback and no filesystem path."""

import socket

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from dateline.api import create_app
from newsroom import assert_error


def test_an_unknown_article_is_a_404(client, db):
    message = assert_error(client.get("/api/articles/ffffffffffff"), 404, "not_found", db)
    assert "ffffffffffff" in message


def test_an_unknown_path_is_a_404(client):
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.get("/no-such-page.html"), 404, "not_found")


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/api/events", {"limit": 501}, "limit"),
        ("/api/events", {"limit": 0}, "limit"),
        ("/api/events", {"offset": -1}, "offset"),
        ("/api/events", {"since": "last week"}, "since"),
        ("/api/events", {"min_confidence": 2}, "min_confidence"),
        ("/api/actors", {"kind": "robot"}, "kind"),
        ("/api/search", {}, "q"),
    ],
)
def test_a_bad_parameter_is_a_422_that_names_it(client, path, params, named):
    message = assert_error(client.get(path, params=params), 422, "invalid_request")
    assert f"'{named}'" in message


def test_a_search_fts_cannot_read_is_a_400(client, db):
    message = assert_error(
        client.get("/api/search", params={"q": '"unclosed'}), 400, "bad_query", db
    )
    assert "the store" in message


def test_a_wrong_method_is_a_405(client):
    assert_error(client.delete("/api/events"), 405, "method_not_allowed")


def test_a_body_above_the_limit_is_a_413(db):
    client = TestClient(create_app(db, allow_writes=True, token="t0ken", max_body_bytes=1000))  # noqa: S106 - a test token
    headers = {"authorization": "Bearer t0ken"}
    big = {"text": "Talks went on. " * 100}
    assert_error(client.post("/api/extract", json=big, headers=headers), 413, "too_large")

    def chunks():  # no Content-Length: counted as it comes
        for _ in range(10):
            yield b"x" * 200

    assert_error(client.post("/api/extract", content=chunks(), headers=headers), 413, "too_large")


def test_the_default_limit_is_one_mebibyte(client):
    message = assert_error(
        client.post("/api/ingest", content=b"x" * (1024 * 1024 + 1)), 413, "too_large"
    )
    assert "1 MiB" in message


def test_a_crash_of_our_own_is_a_500_without_its_traceback(db):
    app = create_app(db)

    def broken() -> None:
        raise RuntimeError("/home/someone/secret/path")

    # Before the dashboard's catch-all mount, so that it is reached.
    app.router.routes.insert(0, APIRoute("/api/broken", broken))
    client = TestClient(app, raise_server_exceptions=False)
    answer = client.get("/api/broken")
    message = assert_error(answer, 500, "internal_error")
    assert "secret" not in answer.text
    assert "log" in message


def test_every_answer_carries_the_security_headers(client):
    for answer in (client.get("/"), client.get("/api/events"), client.get("/api/nothing")):
        assert "script-src 'self'" in answer.headers["content-security-policy"]
        assert answer.headers["x-content-type-options"] == "nosniff"


def _raw_get(base: str, target: str) -> tuple[int, bytes]:
    """GET ``target`` exactly as written (clients clean up '..' before sending)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(
            f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
        )
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.parametrize(
    "target",
    [
        "/../../../../etc/passwd",
        "/css/../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/css/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/js/..%5c..%5c..%5cetc%5cpasswd",
        "/%2e%2e/app.py",
    ],
)
def test_static_files_do_not_leave_the_dashboard_folder(live_server, target):
    status, body = _raw_get(live_server, target)
    assert status in {400, 404}
    assert b"root:" not in body
    assert b"create_app" not in body
