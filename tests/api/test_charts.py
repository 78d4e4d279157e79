"""The counts the dashboard draws, and the map shapes it draws them on."""

import json

from fastapi.testclient import TestClient

from dateline.api import create_app
from newsroom import assert_error


def test_the_timeline_counts_every_dated_event_by_day_and_quad(client):
    timeline = client.get("/api/charts/timeline").json()
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    dated = [e for e in events if e["date_precision"] == "day"]
    assert sum(item["count"] for item in timeline["items"]) == len(dated)
    assert timeline["undated"] == len(events) - len(dated)
    assert {"day": "2024-04-05", "quad": "material_conflict", "count": 1} in timeline["items"]


def test_the_timeline_takes_the_event_filters(client):
    items = client.get("/api/charts/timeline", params={"type": "CONSULT"}).json()["items"]
    assert items == [{"day": "2024-04-04", "quad": "verbal_cooperation", "count": 1}]
    assert client.get("/api/charts/timeline", params={"since": "2025"}).json()["items"] == []


def test_the_network_joins_actors_to_recipients_by_type_and_weight(client):
    network = client.get("/api/charts/network").json()
    edges = {(e["source"], e["target"], e["type"]): e["weight"] for e in network["edges"]}
    assert edges[("LTUGOV", "POLGOV", "CONSULT")] == 1
    assert edges[("SYRMIL", "SYRCVL", "ASSAULT")] == 1  # "six people": civilians
    nodes = {node["id"]: node for node in network["nodes"]}
    assert {edge[0] for edge in edges} | {edge[1] for edge in edges} == set(nodes)
    assert "Rasa Kudirka" in nodes["LTUGOV"]["names"]


def test_the_network_tells_actors_apart_by_name_when_asked(client):
    network = client.get("/api/charts/network", params={"node": "name", "type": "CONSULT"}).json()
    assert [(e["source"], e["target"]) for e in network["edges"]] == [
        ("Rasa Kudirka", "Tomasz Wrona")
    ]
    filtered = client.get("/api/charts/network", params={"type": "AGREE"}).json()
    assert filtered == {"nodes": [], "edges": []}


def test_the_map_counts_events_by_the_country_of_their_place(client):
    countries = client.get("/api/charts/countries").json()
    counts = {(item["country"], item["quad"]): item["count"] for item in countries["items"]}
    assert counts[("SYR", "material_conflict")] == 1
    assert counts[("LTU", "verbal_cooperation")] == 1
    assert countries["unplaced"] >= 1
    only = client.get("/api/charts/countries", params={"type": "verbal_cooperation"}).json()
    assert [item["country"] for item in only["items"]] == ["LTU"]


def test_the_map_shapes_are_served_when_built(db, tmp_path):
    shapes = tmp_path / "countries.json"
    shapes.write_text(json.dumps({"source": "test", "countries": []}), encoding="utf-8")
    client = TestClient(create_app(db, map_file=shapes))
    assert client.get("/api/charts/world").json() == {"source": "test", "countries": []}


def test_missing_map_shapes_are_a_404_that_says_how_to_build_them(db, tmp_path):
    client = TestClient(create_app(db, map_file=tmp_path / "absent.json"))
    message = assert_error(client.get("/api/charts/world"), 404, "no_map_data")
    assert "make setup" in message
