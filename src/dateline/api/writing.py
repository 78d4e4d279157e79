"""Posting text: analyse it (``/api/extract``), or analyse and store it (``/api/ingest``).

Both are off unless the server was started with ``--allow-writes``, and then
need ``Authorization: Bearer <token>``. Extracting stores nothing, but it
runs the whole pipeline on the server, so it is guarded as writes are.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from dateline import extract_text
from dateline.api.errors import ApiError
from dateline.api.settings import Settings, settings
from dateline.codec import to_dict
from dateline.options import Options, default_model
from dateline.records import Article, Outcome
from dateline.store import Store

router = APIRouter(prefix="/api", tags=["write"])

_bearer = HTTPBearer(auto_error=False, description="The token given to `dateline serve`.")


class Posted(BaseModel):
    """A text to analyse: one or more articles, as a file holding them would be."""

    text: str = Field(min_length=1, description="The text: a dump, an HTML page, a feed or JSONL.")
    published: str | None = Field(
        None, description="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) when the text has none."
    )
    input_format: Literal["auto", "text", "html", "feed", "jsonl"] = Field(
        "auto", description="Reader to use; auto chooses by content."
    )
    source: str = Field(
        "api", min_length=1, max_length=500, description="Recorded as the articles' source.path."
    )


def writer(
    config: Annotated[Settings, Depends(settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Settings:
    """The settings, once the request may write (a FastAPI dependency).

    Raises:
        ApiError: 403 when writes are off; 401 without the right bearer token.
    """
    if not config.allow_writes or config.token is None:
        raise ApiError(
            403,
            "writes_disabled",
            "this server takes no writes; start it with --allow-writes and a token",
        )
    given = credentials.credentials if credentials is not None else ""
    if not secrets.compare_digest(given.encode(), config.token.encode()):
        raise ApiError(
            401,
            "unauthorized",
            "send the server's token as 'Authorization: Bearer <token>'",
            **{"www-authenticate": "Bearer"},
        )
    return config


Writer = Annotated[Settings, Depends(writer)]


def _analyse(posted: Posted) -> list[Outcome]:
    options = Options(
        input_format=posted.input_format, published=posted.published, model=default_model()
    )
    return extract_text(posted.text, options=options, name=posted.source)


def _refusals(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    return [to_dict(item) for item in outcomes if not isinstance(item, Article)]


@router.post("/extract")
def extract(posted: Posted, _: Writer) -> dict[str, Any]:
    """Analyse a posted text and answer its Articles; nothing is stored.

    ``articles`` are Article records as ``dateline extract`` prints them;
    ``problems`` the Rejections and Notices, with their reasons.
    """
    outcomes = _analyse(posted)
    return {
        "articles": [to_dict(item) for item in outcomes if isinstance(item, Article)],
        "problems": _refusals(outcomes),
    }


@router.post("/ingest")
def ingest(posted: Posted, config: Writer) -> dict[str, Any]:
    """Analyse a posted text and keep its articles in the store, as ``dateline ingest`` does.

    ``articles`` lists each article's ``id``, ``title`` and whether it is
    ``new`` (an article stored before is not stored again).
    """
    outcomes = _analyse(posted)
    found = [item for item in outcomes if isinstance(item, Article)]
    stored = []
    with config.write_lock, Store(config.db) as store:
        for article in found:
            added = store.add([article])
            stored.append({"id": article.id, "title": article.title, "new": added.new == 1})
    return {
        "articles": stored,
        "new": sum(1 for entry in stored if entry["new"]),
        "known": sum(1 for entry in stored if not entry["new"]),
        "problems": _refusals(outcomes),
    }
