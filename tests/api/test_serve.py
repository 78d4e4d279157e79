"""`dateline serve` as users run it, and `dateline demo --db` that gives it something to show."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import dateline
from newsroom import free_port
from runner import run_dateline


def _one_error_line(result, *words: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("dateline: error: ")
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in result.stderr


def test_serving_a_missing_store_is_one_line(tmp_path):
    result = run_dateline("serve", "--db", str(tmp_path / "missing.db"))
    _one_error_line(result, "missing.db", "no such store")


def test_writes_without_a_token_are_refused_before_serving(db):
    environment = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--allow-writes"],
        capture_output=True, text=True, check=False, timeout=60, env=environment,
    )  # fmt: skip
    _one_error_line(result, "--token", "DATELINE_TOKEN")


def test_a_port_in_use_is_one_line(db):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = run_dateline("serve", "--db", str(db), "--port", str(port))
    _one_error_line(result, f"127.0.0.1:{port}")


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=5) as answer:  # noqa: S310 - our own loopback server
        return answer.status, answer.read()


def test_serve_answers_the_api_and_the_dashboard_until_stopped(db):
    port = free_port()
    environment = {**os.environ, "DATELINE_TOKEN": "from-the-environment"}
    server = subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port),
         "--allow-writes"],
        stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, body = _get(f"{base}/api/articles")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert status == 200
        assert json.loads(body)["total"] == len(dateline.Corpus(db).articles())
        status, page = _get(f"{base}/")
        assert status == 200
        assert b'<script type="module" src="/js/main.js">' in page
        # The token came from $DATELINE_TOKEN.
        request = urllib.request.Request(  # noqa: S310 - our own loopback server
            f"{base}/api/extract",
            data=json.dumps({"text": "Chile and Peru signed a deal in Lima."}).encode(),
            headers={
                "content-type": "application/json",
                "authorization": "Bearer from-the-environment",
            },
        )
        with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310 - loopback
            assert answer.status == 200
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert f"serving {db} on {base}/" in stderr
    assert "Traceback" not in stderr


def test_demo_keeps_the_sample_in_a_store_and_says_how_to_see_it(tmp_path):
    store = tmp_path / "demo.db"
    result = run_dateline("demo", "--db", str(store))
    assert result.returncode == 0, result.stderr
    assert f"dateline serve --db {store}" in result.stderr
    assert "http://127.0.0.1:8000/" in result.stderr
    corpus = dateline.Corpus(store)
    assert len(corpus.articles()) == 3
    assert corpus.events()
    again = run_dateline("demo", "--db", str(store))
    assert "0 new articles, 3 already stored" in again.stderr
