"""Reading the store over HTTP: the lists of the CLI, one article with its spans, search.

Each list answers ``{"items": [...], "total": N, "limit": L, "offset": O}``
with the rows ``dateline events|actors|quotes|articles --format jsonl``
prints for the same filters.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from dateline.api.params import (
    Limit,
    Offset,
    Page,
    Paging,
    actor_filters,
    article_filters,
    event_filters,
    paging,
    place_filters,
    quote_filters,
)
from dateline.api.settings import Settings, settings
from dateline.codec import to_dict
from dateline.rows import write_rows
from dateline.store import query, search
from dateline.store.query import Filters

router = APIRouter(prefix="/api", tags=["read"])

Config = Annotated[Settings, Depends(settings)]
Pages = Annotated[Paging, Depends(paging)]


def _page(
    list_rows: Callable[..., list[dict[str, Any]]],
    what: str,
    config: Settings,
    filters: Filters,
    page: Paging,
) -> Page:
    rows = list_rows(config.db, replace(filters, limit=page.limit, offset=page.offset))
    total = query.count(config.db, what, filters)
    return Page(items=rows, total=total, limit=page.limit, offset=page.offset)


@router.get("/events", response_model=Page)
def events(
    config: Config, page: Pages, filters: Annotated[Filters, Depends(event_filters)]
) -> Page:
    """The stored events that pass the filters, by date (not negated or hypothetical by default)."""
    return _page(query.events, "events", config, filters, page)


@router.get("/events.csv", response_class=Response)
def events_csv(config: Config, filters: Annotated[Filters, Depends(event_filters)]) -> Response:
    """Every event that passes the filters, as CSV with every column (no paging)."""
    stream = io.StringIO()
    write_rows(query.events(config.db, filters), "csv", stream)
    return Response(
        stream.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="events.csv"'},
    )


@router.get("/actors", response_model=Page)
def actors(
    config: Config, page: Pages, filters: Annotated[Filters, Depends(actor_filters)]
) -> Page:
    """The stored actors, one row per article and actor, with their coding and mention count."""
    return _page(query.actors, "actors", config, filters, page)


@router.get("/quotes", response_model=Page)
def quotes(
    config: Config, page: Pages, filters: Annotated[Filters, Depends(quote_filters)]
) -> Page:
    """The stored quotes with their speakers (``actor`` filters on the speaker)."""
    return _page(query.quotes, "quotes", config, filters, page)


@router.get("/places", response_model=Page)
def places(
    config: Config, page: Pages, filters: Annotated[Filters, Depends(place_filters)]
) -> Page:
    """The stored places, one row per article and place, with coordinates and mention count."""
    return _page(query.places, "places", config, filters, page)


@router.get("/articles", response_model=Page)
def articles(
    config: Config, page: Pages, filters: Annotated[Filters, Depends(article_filters)]
) -> Page:
    """The stored articles with counts of their actors, quotes and events."""
    return _page(query.articles, "articles", config, filters, page)


@router.get("/articles/{article_id}")
def article(
    config: Config,
    article_id: Annotated[
        str,
        Path(min_length=4, max_length=64, description="An article id, or its first characters."),
    ],
) -> dict[str, Any]:
    """One stored article with everything found in it, each tied to spans of its ``text``.

    The Article record of docs/schema.md: ``actors`` with their ``mentions``,
    ``quotes`` with their ``span``, ``events`` with their ``span`` and
    ``evidence``, ``times`` and ``places``.
    """
    return to_dict(query.article(config.db, article_id))


@router.get("/search")
def full_text(
    config: Config,
    q: Annotated[str, Query(min_length=1, max_length=500, description="FTS5 query.")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Full-text search over article titles and texts, and over quotes, best matches first.

    Each hit has a ``snippet``: parts of the matching text, each ``{"text",
    "match"}``, so that the matched words can be highlighted. ``articles``
    and ``quotes`` are each a page of hits with their ``total``.
    """
    return {
        "query": q,
        "articles": {
            "items": search.articles(config.db, q, limit=limit, offset=offset),
            "total": search.count(config.db, "articles_fts", q),
            "limit": limit,
            "offset": offset,
        },
        "quotes": {
            "items": search.quotes(config.db, q, limit=limit, offset=offset),
            "total": search.count(config.db, "quotes_fts", q),
            "limit": limit,
            "offset": offset,
        },
    }
