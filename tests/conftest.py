"""Shared fixtures: where the fixture files are, and one parsed sample reused across tests."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from runner import run_dateline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """The ``dateline`` command, run as a user does (see :func:`runner.run_dateline`)."""
    return run_dateline
