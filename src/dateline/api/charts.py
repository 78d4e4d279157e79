"""The counts the dashboard draws: a timeline, an actor network, a map.

Each takes the events filters (type, dates, actors, ...) and counts every
event that passes them; none is paged.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse

from dateline.api.errors import ApiError
from dateline.api.params import event_filters
from dateline.api.settings import Settings, settings
from dateline.store import aggregates
from dateline.store.query import Filters

router = APIRouter(prefix="/api/charts", tags=["charts"])

Config = Annotated[Settings, Depends(settings)]
EventFilters = Annotated[Filters, Depends(event_filters)]


@router.get("/timeline")
def timeline(config: Config, filters: EventFilters) -> dict[str, Any]:
    """Events per day and quad class: ``items`` of ``{day, quad, count}``.

    ``undated`` counts the events that passed but have no date to the day.
    """
    return {
        "items": aggregates.per_day(config.db, filters),
        "undated": aggregates.undated(config.db, filters),
    }


@router.get("/network")
def network(
    config: Config,
    filters: EventFilters,
    node: Annotated[
        Literal["code", "name"],
        Query(description="Tell actors apart by code (IRQGOV; the name when none) or by name."),
    ] = "code",
) -> dict[str, Any]:
    """Actors as ``nodes`` and events as ``edges`` ``{source, target, type, quad, weight}``.

    One edge per actor, recipient and type; ``weight`` counts its events.
    Events with no recipient draw no edge.
    """
    return aggregates.network(config.db, filters, node=node)


@router.get("/countries")
def countries(config: Config, filters: EventFilters) -> dict[str, Any]:
    """Events per country of their place and quad class: ``items`` of ``{country, quad, count}``.

    ``unplaced`` counts the events that passed with no country of their place.
    """
    return {
        "items": aggregates.per_country(config.db, filters),
        "unplaced": aggregates.unplaced(config.db, filters),
    }


@router.get("/world", response_class=FileResponse, tags=["charts"])
def world(config: Config) -> FileResponse:
    """The country shapes of the map (Natural Earth, keyed by ISO3), built by ``make setup``."""
    if not config.map_file.is_file():
        raise ApiError(
            404,
            "no_map_data",
            "the map's country shapes are not installed; run 'make setup' to build them",
        )
    return FileResponse(config.map_file, media_type="application/json")
