"""``dateline serve``: the HTTP API and the web dashboard over a store.

>>> app = dateline.api.create_app("dateline.db")   # doctest: +SKIP

The app is FastAPI: read endpoints under ``/api`` (see docs/api.md and the
schema at ``/api/openapi.json``), the dashboard's static files at ``/``.
"""

from __future__ import annotations

from dateline.api.app import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app"]
