"""The application: the API under ``/api``, the dashboard's static files at ``/``."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from dateline import __version__
from dateline.api import charts, errors, reading, writing
from dateline.api.guards import MAX_BODY_BYTES, BodyLimit, SecurityHeaders
from dateline.api.mapdata import MAP_FILE
from dateline.api.params import MAX_LIMIT
from dateline.api.settings import Settings
from dateline.errors import ConfigError
from dateline.store import Store, connect

STATIC = Path(__file__).parent / "static"
"""The dashboard: plain HTML, CSS and JavaScript modules, and the map shapes built by setup."""

TOKEN_ENV = "DATELINE_TOKEN"  # noqa: S105 - the name of a variable, not a secret
"""The environment variable ``dateline serve`` reads the write token from."""

_DESCRIPTION = f"""\
The store of `dateline ingest`, over HTTP: the lists of the command line
(events, actors, quotes, places, articles) with the same filters, one
article with its spans, full-text search, the counts the dashboard draws,
and (only with `--allow-writes` and a bearer token) posting text to analyse.

Pages hold at most {MAX_LIMIT} rows (`limit`, default 50; `offset` for the
next). Request bodies are limited to {MAX_BODY_BYTES // 1024} KiB. Every
error answers `{{"error": {{"status", "code", "message"}}}}`.
"""


def create_app(
    db: str | Path,
    *,
    allow_writes: bool = False,
    token: str | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    map_file: Path = MAP_FILE,
) -> FastAPI:
    """The API and dashboard over the store at ``db``.

    Args:
        db: the store, a SQLite file written by ``dateline ingest``. With
            ``allow_writes`` it is created when missing.
        allow_writes: serve ``POST /api/extract`` and ``/api/ingest``; without
            it they answer 403.
        token: the bearer token writes need; required with ``allow_writes``.
        max_body_bytes: requests with a larger body get 413.
        map_file: the map's country shapes (see :mod:`dateline.api.mapdata`).

    Raises:
        StoreError: there is no store at ``db`` (and writes are off), or it is not one.
        ConfigError: ``allow_writes`` without a ``token``.
    """
    path = Path(db)
    if allow_writes:
        if not token:
            raise ConfigError(f"--allow-writes needs a token: give --token or set ${TOKEN_ENV}")
        Store(path).close()
    else:
        connect(path, create=False).close()
    app = FastAPI(
        title="dateline",
        version=__version__,
        description=_DESCRIPTION,
        openapi_url="/api/openapi.json",
        # FastAPI's interactive docs load their scripts from a CDN; the
        # dashboard's own API page reads the same schema offline instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = Settings(
        db=path,
        allow_writes=allow_writes,
        token=token,
        max_body_bytes=max_body_bytes,
        map_file=map_file,
    )
    errors.install(app, path)
    app.include_router(reading.router)
    app.include_router(charts.router)
    app.include_router(writing.router)
    app.mount("/", StaticFiles(directory=STATIC, html=True), name="dashboard")
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
