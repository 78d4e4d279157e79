r"""The dashboard's world map: Natural Earth country shapes, keyed by ISO 3166 alpha-3.

The shapes come from the npm package ``world-atlas`` (Natural Earth,
public domain; the package is ISC-licensed), which ``make setup`` installs
under ``web/`` and converts with this module::

    python -m dateline.api.build_map web/node_modules/world-atlas/countries-110m.json \\
        src/dateline/api/static/vendor/countries.json

The output is plain JSON the browser draws without a library::

    {"source": "...", "countries": [
        {"iso3": "FRA", "name": "France", "centroid": [lon, lat],
         "polygons": [[[[lon, lat], ...], ...hole rings], ...]}, ...]}

The generated file is not kept in git; the wheel carries it as a build artifact.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pycountry

MAP_FILE = Path(__file__).parent / "static" / "vendor" / "countries.json"
"""Where the dashboard's map shapes are, once built."""

Point = list[float]
Ring = list[Point]

_DIGITS = 2
"""Decimal places kept of each coordinate: about a kilometre, finer than the shapes are."""


def countries(topology: dict[str, Any], *, source: str = "world-atlas") -> dict[str, Any]:
    """The countries of a world-atlas TopoJSON topology, with rings in longitude and latitude."""
    arcs = list(_decoded_arcs(topology))
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso3 = _iso3(geometry.get("id"))
        if geometry.get("type") not in {"Polygon", "MultiPolygon"} or iso3 in _LEFT_OUT:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [[_unwrapped(_ring(arcs, ring)) for ring in polygon] for polygon in polygons]
        centre = _centroid(rings)
        name = geometry.get("properties", {}).get("name") or "?"
        shapes.append(
            {
                "iso3": iso3,
                "name": name,
                "centroid": [round((centre[0] + 180) % 360 - 180, _DIGITS), centre[1]],
                "polygons": rings + _wrapped_copies(rings),
            }
        )
    return {"source": source, "countries": shapes}


def _decoded_arcs(topology: dict[str, Any]) -> Iterator[Ring]:
    """Each arc's points, undone from TopoJSON's delta-encoded, quantised integers."""
    transform = topology.get("transform")
    for arc in topology["arcs"]:
        if transform is None:
            yield [[float(x), float(y)] for x, y, *_ in arc]
            continue
        (scale_x, scale_y), (move_x, move_y) = transform["scale"], transform["translate"]
        x = y = 0
        points: Ring = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append(
                [round(x * scale_x + move_x, _DIGITS), round(y * scale_y + move_y, _DIGITS)]
            )
        yield points


def _ring(arcs: Sequence[Ring], indexes: Sequence[int]) -> Ring:
    """One ring, from its arcs in order; ``~i`` (a negative index) is arc ``i`` reversed."""
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Each arc starts where the one before ended: keep that point once.
        ring.extend(points[1:] if ring else points)
    return ring


def _unwrapped(ring: Ring) -> Ring:
    """A ring with continuous longitudes: one that crosses the antimeridian runs past 180.

    Natural Earth cuts such rings (Russia's, Fiji's) with a jump from 180 to
    -180; drawn on a flat map as they are, they would streak across it.
    """
    unwrapped: Ring = []
    shift = 0.0
    for lon, lat in ring:
        if unwrapped and abs(lon + shift - unwrapped[-1][0]) > 180:
            shift += 360 if lon + shift < unwrapped[-1][0] else -360
        unwrapped.append([round(lon + shift, _DIGITS), lat])
    return unwrapped


def _wrapped_copies(polygons: list[list[Ring]]) -> list[list[Ring]]:
    """The parts of polygons past the antimeridian, moved a turn back onto the map.

    The map clips at ±180, so each such polygon is drawn twice: once as it
    is and once 360 degrees over.
    """
    copies = []
    for polygon in polygons:
        longitudes = [lon for ring in polygon for lon, _ in ring]
        turn = -360 if max(longitudes) > 180 else 360 if min(longitudes) < -180 else 0
        if turn:
            copies.append([[[round(lon + turn, _DIGITS), lat] for lon, lat in r] for r in polygon])
    return copies


_LEFT_OUT = {"ATA"}
"""Antarctica: its ring runs round the pole, which a flat map cannot fill."""


def _iso3(numeric: object) -> str | None:
    """The alpha-3 code of an ISO 3166 numeric id ("250" is FRA); None for an unknown one."""
    if not isinstance(numeric, str) or not numeric.isdigit():
        return None  # Natural Earth's disputed territories (Kosovo, Somaliland) have none
    country = pycountry.countries.get(numeric=numeric.zfill(3))
    return None if country is None else str(country.alpha_3)


def _centroid(polygons: list[list[Ring]]) -> Point:
    """The centre of the largest polygon's outer ring, where a marker for the country goes."""
    best: tuple[float, Point] = (-1.0, [0.0, 0.0])
    for polygon in polygons:
        if polygon:
            area, centre = _ring_centre(polygon[0])
            best = max(best, (area, centre), key=lambda pair: pair[0])
    return best[1]


def _ring_centre(ring: Ring) -> tuple[float, Point]:
    """The absolute area and the centre of a ring, on the plane of longitude and latitude."""
    twice_area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        twice_area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(twice_area) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, [round(sum(xs) / len(xs), _DIGITS), round(sum(ys) / len(ys), _DIGITS)]
    factor = 1 / (3 * twice_area)
    return abs(twice_area) / 2, [round(cx * factor, _DIGITS), round(cy * factor, _DIGITS)]


def build(topojson: Path, output: Path) -> int:
    """Convert a world-atlas TopoJSON file into the dashboard's map file; the count of countries."""
    topology = json.loads(topojson.read_text(encoding="utf-8"))
    package = json.loads((topojson.parent / "package.json").read_text(encoding="utf-8"))
    source = (
        f"{package['name']} {package['version']} {topojson.name}: Natural Earth country shapes"
        " (public domain), TopoJSON by Michael Bostock (ISC licence)"
    )
    shapes = countries(topology, source=source)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(shapes, separators=(",", ":")), encoding="utf-8")
    return len(shapes["countries"])
