"""What one running API serves, and how: the store, whether it takes writes, its limits."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request  # noqa: TC002 - FastAPI reads the annotation at run time

from dateline.api.guards import MAX_BODY_BYTES
from dateline.api.mapdata import MAP_FILE


@dataclass(frozen=True, slots=True)
class Settings:
    """The settings of one app (see :func:`dateline.api.create_app`)."""

    db: Path
    allow_writes: bool = False
    token: str | None = None
    max_body_bytes: int = MAX_BODY_BYTES
    map_file: Path = MAP_FILE
    write_lock: threading.Lock = field(default_factory=threading.Lock, compare=False)
    """One writer to the store: posted articles are stored one request at a time."""


def settings(request: Request) -> Settings:
    """The settings of the app answering ``request`` (a FastAPI dependency)."""
    found = request.app.state.settings
    if not isinstance(found, Settings):
        raise TypeError("the app was not made by dateline.api.create_app")
    return found
