"""Shared fixtures: where the fixture files are, and one parsed sample reused across tests."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from runner import run_dateline

FIXTURES = Path(__file__).parent / "fixtures"

# Property tests check what the code does, never how fast: on a loaded machine
# (CI shares its cores) building a whole Analysis can take over a second, which
# Hypothesis would report as a failure of its own. Speed is the benchmarks' job.
settings.register_profile("dateline", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("dateline")


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """The ``dateline`` command, run as a user does (see :func:`runner.run_dateline`)."""
    return run_dateline
