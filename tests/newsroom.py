"""Invented news for the API and browser tests, a store of it, and the API's error shape.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

import dateline
from dateline.api import create_app
from dateline.options import Options
from dateline.store import Store

PUBLISHED = "2024-04-08"

VILNIUS = (
    "Ministers Meet in Vilnius\n\n"
    "Lithuanian Foreign Minister Rasa Kudirka met Polish envoy Tomasz Wrona in Vilnius "
    "on April 4, 2024.\n\n"
    "“We will keep the border crossings open for trade,” Kudirka told reporters "
    "after the talks.\n\n"
    "Wrona said Poland would send grain inspectors to Kaunas in May.\n\n"
    "Latvia did not attack the border post at Daugavpils, officials said.\n"
)

KAUNAS = (
    "Police Detain Protesters in Kaunas\n\n"
    "Lithuanian police arrested 14 protesters in Kaunas on April 5, 2024, after a march "
    "against the new fuel tax that went on for three days.\n\n"
    "The opposition condemned the arrests and accused the government of silencing critics.\n"
)

HOMS = (
    "Shelling Hits Homs Market\n\n"
    "Syrian army shelling killed six people in the Syrian city of Homs on April 6, 2024, "
    "residents said.\n\n"
    "Turkey condemned the shelling and urged Syria to halt attacks on civilians.\n"
)

INJECTION = (
    "Hackers Post Code on Council Site\n\n"
    "Vandals wrote <script>alert(1)</script> and <img src=x onerror=alert(1)> on the "
    "council website of Tartu on April 7, 2024, officials said.\n\n"
    "Estonian police arrested two students in Tartu on April 7, 2024.\n"
)

ARTICLES = {"vilnius": VILNIUS, "kaunas": KAUNAS, "homs": HOMS, "injection": INJECTION}


def build_store(db: Path) -> dict[str, str]:
    """Store the invented articles in ``db``; their ids by name."""
    ids = {}
    with Store(db) as store:
        for name, text in ARTICLES.items():
            outcomes = dateline.extract_text(
                text, options=Options(published=PUBLISHED), name=f"{name}.txt"
            )
            articles = [item for item in outcomes if isinstance(item, dateline.Article)]
            assert len(articles) == 1, outcomes
            store.add(articles)
            ids[name] = articles[0].id
    return ids


def assert_error(answer, status: int, code: str, db: Path | None = None) -> str:
    """The answer is the one error shape with this status and code; returns its message."""
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert (body["error"]["status"], body["error"]["code"]) == (status, code)
    message = body["error"]["message"]
    assert message
    assert "Traceback" not in answer.text
    if db is not None:
        assert str(db.parent) not in answer.text
    return message


def free_port() -> int:
    """A loopback port no one listens on (now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app over ``db`` served by uvicorn on a free loopback port, in a thread."""
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
