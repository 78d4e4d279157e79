"""Counts of events for charts: per day and quad class, per pair of actors, per country.

Each aggregate counts the rows :func:`dateline.store.query.events` would
list for the same :class:`~dateline.store.query.Filters` (so negated and
hypothetical events, and near-copies, are left out unless asked), and
ignores ``limit`` and ``offset``: a chart shows every event that passes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from dateline.store.query import Filters, Row, events_sql, fetch_rows

NodeKey = Literal["code", "name"]
"""How the actor network tells actors apart: by CAMEO-style code, or by name."""


def _all(filters: Filters | None) -> tuple[str, list[Any]]:
    """The events subquery for ``filters``, without paging."""
    return events_sql(replace(filters or Filters(), limit=None, offset=0))


def per_day(store: str | Path, filters: Filters | None = None) -> list[Row]:
    """Events per day and quad class, by day: ``{day, quad, count}``.

    Only events dated to the day count; :func:`undated` says how many others passed.
    """
    sql, values = _all(filters)
    return fetch_rows(
        store,
        f"SELECT date AS day, quad, count(*) AS count FROM ({sql})"  # noqa: S608 - our SQL
        " WHERE date_precision = 'day' GROUP BY day, quad ORDER BY day, quad",
        values,
    )


def undated(store: str | Path, filters: Filters | None = None) -> int:
    """How many events pass ``filters`` without a date to the day."""
    sql, values = _all(filters)
    (row,) = fetch_rows(
        store,
        f"SELECT count(*) AS n FROM ({sql}) WHERE date_precision != 'day'",  # noqa: S608 - our SQL
        values,
    )
    return int(row["n"])


def network(store: str | Path, filters: Filters | None = None, *, node: NodeKey = "code") -> Row:
    """The actor network: ``{nodes, edges}``.

    An edge joins an actor of an event to each of its recipients, one per
    (actor, recipient, type) with ``weight`` the number of events. Actors are
    told apart by ``node``: their code (falling back on the name when the
    actor has none), or their name. Events with no recipient draw no edge.
    """
    sql, values = _all(filters)
    key = "coalesce(nullif({0}.code, ''), {0}.name)" if node == "code" else "{0}.name"
    edges = fetch_rows(
        store,
        f"SELECT {key.format('a')} AS source, {key.format('b')} AS target,"  # noqa: S608 - our SQL
        " ev.type AS type, ev.quad AS quad, count(*) AS weight"
        f" FROM ({sql}) ev"
        " JOIN event_actors ra ON ra.article_id = ev.article_id AND ra.event_id = ev.id"
        "  AND ra.role = 'actor'"
        " JOIN actors a ON a.article_id = ra.article_id AND a.id = ra.actor_id"
        " JOIN event_actors rb ON rb.article_id = ev.article_id AND rb.event_id = ev.id"
        "  AND rb.role = 'recipient'"
        " JOIN actors b ON b.article_id = rb.article_id AND b.id = rb.actor_id"
        " GROUP BY source, target, ev.type ORDER BY weight DESC, source, target, ev.type",
        values,
    )
    names = _node_names(store, sql, values, key)
    nodes: dict[str, Row] = {}
    for edge in edges:
        for end in (edge["source"], edge["target"]):
            entry = nodes.setdefault(end, {"id": end, "names": names.get(end, [end]), "weight": 0})
            entry["weight"] += edge["weight"]
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["weight"], n["id"])), "edges": edges}


def _node_names(store: str | Path, sql: str, values: list[Any], key: str) -> dict[str, list[str]]:
    """The names each node stands for in the events that pass, the commonest first."""
    rows = fetch_rows(
        store,
        f"SELECT {key.format('a')} AS node, a.name AS name, count(*) AS n"  # noqa: S608 - our SQL
        f" FROM ({sql}) ev"
        " JOIN event_actors r ON r.article_id = ev.article_id AND r.event_id = ev.id"
        " JOIN actors a ON a.article_id = r.article_id AND a.id = r.actor_id"
        " GROUP BY node, a.name ORDER BY node, n DESC, a.name",
        values,
    )
    names: dict[str, list[str]] = {}
    for row in rows:
        names.setdefault(row["node"], []).append(row["name"])
    return names


def per_country(store: str | Path, filters: Filters | None = None) -> list[Row]:
    """Events per country of their place and quad class: ``{country, quad, count}``.

    Events whose place is unknown, or has no country, are not counted here.
    """
    sql, values = _all(filters)
    return fetch_rows(
        store,
        f"SELECT place_country AS country, quad, count(*) AS count FROM ({sql})"  # noqa: S608 - our SQL
        " WHERE place_country IS NOT NULL GROUP BY country, quad ORDER BY country, quad",
        values,
    )


def unplaced(store: str | Path, filters: Filters | None = None) -> int:
    """How many events pass ``filters`` with no country of their place."""
    sql, values = _all(filters)
    (row,) = fetch_rows(
        store,
        f"SELECT count(*) AS n FROM ({sql}) WHERE place_country IS NULL",  # noqa: S608 - our SQL
        values,
    )
    return int(row["n"])
