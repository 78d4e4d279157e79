"""The query parameters of the API: the CLI's filters, and pages of rows.

Each filter is named as the CLI's option without its dashes
(``--include-negated`` is ``include_negated``), and means the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel

from dateline.store.query import Filters

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
"""The largest page the API gives; ask for the next with ``offset``."""

_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

Since = Annotated[
    str | None,
    Query(pattern=_DATE, description="From this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
]
Until = Annotated[str | None, Query(pattern=_DATE, description="Up to this date, included.")]
ActorWords = Annotated[
    str | None, Query(description="Actor name, code or country (ISO3) containing these words.")
]
Text = Annotated[str | None, Query(description="Full-text search (SQLite FTS5 syntax).")]
Limit = Annotated[
    int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page, at most {MAX_LIMIT}.")
]
Offset = Annotated[int, Query(ge=0, description="Rows to skip before the page.")]


class Page(BaseModel):
    """One page of rows, and how many rows pass the filters in all."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class Paging:
    """Which page of rows is asked for."""

    limit: int
    offset: int


def paging(*, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Paging:
    """The page asked for (a FastAPI dependency)."""
    return Paging(limit, offset)


def event_filters(  # noqa: PLR0913 - one keyword per filter, as FastAPI reads them
    *,
    since: Since = None,
    until: Until = None,
    actor: ActorWords = None,
    text: Text = None,
    type: Annotated[  # noqa: A002 - the CLI's name for it
        str | None, Query(description="PLOVER type (ASSAULT) or quad class (material_conflict).")
    ] = None,
    recipient: Annotated[
        str | None, Query(description="Recipient name, code or country containing these words.")
    ] = None,
    country: Annotated[
        str | None, Query(description="An actor or recipient of this country (ISO3).")
    ] = None,
    place: Annotated[
        str | None, Query(description="Place name containing these words, or its country (ISO3).")
    ] = None,
    include_negated: Annotated[
        bool, Query(description="Also events the text says did not happen.")
    ] = False,
    include_hypothetical: Annotated[
        bool, Query(description="Also planned, conditional or future events.")
    ] = False,
    one_per_happening: Annotated[
        bool, Query(description="One row per happening reported by several articles.")
    ] = False,
    include_copies: Annotated[
        bool, Query(description="Also the events of near-copies of a stored article.")
    ] = False,
    min_confidence: Annotated[
        float, Query(ge=0, le=1, description="Events at this confidence or more.")
    ] = 0.0,
) -> Filters:
    """The filters of ``dateline events`` (a FastAPI dependency)."""
    return Filters(
        since=since,
        until=until,
        actor=actor,
        text=text,
        type=type,
        recipient=recipient,
        country=country,
        place=place,
        negated=include_negated,
        hypothetical=include_hypothetical,
        one_per_happening=one_per_happening,
        copies=include_copies,
        min_confidence=min_confidence,
    )


def actor_filters(  # noqa: PLR0913 - one keyword per filter
    *,
    since: Since = None,
    until: Until = None,
    actor: ActorWords = None,
    text: Text = None,
    country: Annotated[str | None, Query(description="Actors of this country (ISO3).")] = None,
    kind: Annotated[
        Literal["person", "organization", "country", "group", "other"] | None, Query()
    ] = None,
) -> Filters:
    """The filters of ``dateline actors``."""
    return Filters(since=since, until=until, actor=actor, text=text, country=country, kind=kind)


def quote_filters(
    *,
    since: Since = None,
    until: Until = None,
    actor: Annotated[
        str | None, Query(description="The speaker's name, code or words containing these words.")
    ] = None,
    text: Annotated[str | None, Query(description="Full-text search over the quotes.")] = None,
    kind: Annotated[Literal["direct", "indirect", "partial"] | None, Query()] = None,
) -> Filters:
    """The filters of ``dateline quotes``."""
    return Filters(since=since, until=until, actor=actor, text=text, kind=kind)


def article_filters(
    *, since: Since = None, until: Until = None, actor: ActorWords = None, text: Text = None
) -> Filters:
    """The filters of ``dateline articles``."""
    return Filters(since=since, until=until, actor=actor, text=text)


def place_filters(  # noqa: PLR0913 - one keyword per filter
    *,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    place: Annotated[
        str | None, Query(description="Place name containing these words, or its country (ISO3).")
    ] = None,
    country: Annotated[str | None, Query(description="Places in this country (ISO3).")] = None,
    kind: Annotated[Literal["country", "admin", "city", "region", "site"] | None, Query()] = None,
) -> Filters:
    """The filters of the places list (dates are the article's)."""
    return Filters(since=since, until=until, text=text, place=place, country=country, kind=kind)
