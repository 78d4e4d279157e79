"""World-atlas TopoJSON into the dashboard's map: arcs decoded, ISO3 keys, the antimeridian."""

import json

import pytest

from dateline.api import build_map, mapdata

# Two invented squares sharing an edge, quantised (scale 1, moved by -10, -10), and one
# island that crosses the antimeridian as Natural Earth cuts it (179 -> -180 -> 180 -> ...).
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [1, 1], "translate": [-10, -10]},
    "arcs": [
        [[10, 10], [0, 5]],  # shared edge (0,0)-(0,5), delta-encoded
        [[10, 15], [-5, 0], [0, -5], [5, 0]],  # west square's other sides
        [[10, 10], [5, 0], [0, 5], [-5, 0]],  # east square's other sides
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "250", "properties": {"name": "West"}, "arcs": [[0, 1]]},
                {"type": "Polygon", "id": "276", "properties": {"name": "East"}, "arcs": [[2, -1]]},
                {"type": "Polygon", "properties": {"name": "Nameless"}, "arcs": [[2, -1]]},
            ],
        }
    },
}


def test_arcs_are_decoded_and_joined_into_closed_rings():
    shapes = {c["name"]: c for c in mapdata.countries(TOPOLOGY)["countries"]}
    (west,) = shapes["West"]["polygons"]
    assert west == [[[0, 0], [0, 5], [-5, 5], [-5, 0], [0, 0]]]
    (east,) = shapes["East"]["polygons"]
    assert east == [[[0, 0], [5, 0], [5, 5], [0, 5], [0, 0]]]
    assert shapes["West"]["centroid"] == [-2.5, 2.5]


def test_countries_are_keyed_by_iso3_and_unknown_ids_by_none():
    codes = {c["name"]: c["iso3"] for c in mapdata.countries(TOPOLOGY)["countries"]}
    assert codes == {"West": "FRA", "East": "DEU", "Nameless": None}


def test_a_ring_across_the_antimeridian_is_unwrapped_and_drawn_again_a_turn_over():
    island = {
        "type": "Topology",
        "arcs": [
            [[179, 0], [180, 0], [180, 1], [-180, 1], [-179, 1], [-179, 0], [-180, 0], [179, 0]]
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "id": "242", "properties": {"name": "Fiji"}, "arcs": [[0]]}
                ],
            }
        },
    }
    (fiji,) = mapdata.countries(island)["countries"]
    drawn, copy = fiji["polygons"]
    assert max(lon for lon, _ in drawn[0]) == 181
    assert min(lon for lon, _ in copy[0]) == -181
    assert -180 <= fiji["centroid"][0] <= 180


def test_build_writes_the_map_file_with_its_source(tmp_path):
    package = tmp_path / "world-atlas"
    package.mkdir()
    (package / "package.json").write_text('{"name": "world-atlas", "version": "9.9.9"}')
    (package / "countries-110m.json").write_text(json.dumps(TOPOLOGY))
    output = tmp_path / "static" / "countries.json"
    assert build_map.main([str(package / "countries-110m.json"), str(output)]) == 0
    built = json.loads(output.read_text())
    assert built["source"].startswith("world-atlas 9.9.9")
    assert len(built["countries"]) == 3


def test_build_refuses_wrong_arguments():
    assert build_map.main([]) == 2


@pytest.mark.skipif(not mapdata.MAP_FILE.is_file(), reason="map not built: run make setup")
def test_the_bundled_map_has_the_worlds_countries():
    built = json.loads(mapdata.MAP_FILE.read_text())
    codes = {c["iso3"] for c in built["countries"]}
    assert {"FRA", "SYR", "LTU", "USA", "RUS", "BRA", "AUS"} <= codes
    assert "Natural Earth" in built["source"]
