"""Running the ``dateline`` command in tests, as users run it."""

from __future__ import annotations

import subprocess
import sys


def run_dateline(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """A real process: its stdout, stderr and exit code."""
    return subprocess.run(  # noqa: S603 - our own command, with arguments from the tests
        [sys.executable, "-m", "dateline", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
