"""Reading the store over HTTP: the CLI's lists and filters, pages, one article, search."""

import csv
import io

import pytest

import dateline


def test_events_come_in_a_page_with_the_total(client):
    page = client.get("/api/events").json()
    assert set(page) == {"items", "total", "limit", "offset"}
    assert (page["limit"], page["offset"]) == (50, 0)
    assert page["total"] == len(page["items"]) > 5


def test_pages_follow_each_other_without_gaps_or_repeats(client):
    everything = client.get("/api/events", params={"limit": 500}).json()["items"]
    pages = [
        client.get("/api/events", params={"limit": 3, "offset": offset}).json()
        for offset in range(0, len(everything), 3)
    ]
    assert all(page["total"] == len(everything) for page in pages)
    assert [row for page in pages for row in page["items"]] == everything
    beyond = client.get("/api/events", params={"offset": 1000}).json()
    assert (beyond["items"], beyond["total"]) == ([], len(everything))


def test_the_api_answers_as_the_library_does(client, db):
    corpus = dateline.Corpus(db)
    for what in ("events", "actors", "quotes", "articles"):
        rows = client.get(f"/api/{what}", params={"limit": 500}).json()["items"]
        assert rows == getattr(corpus, what)(), what


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "ASSAULT"}, lambda e: e["type"] == "ASSAULT"),
        ({"type": "verbal_conflict"}, lambda e: e["quad"] == "verbal_conflict"),
        (
            {"since": "2024-04-05", "until": "2024-04-06"},
            lambda e: "2024-04-05" <= e["date"] <= "2024-04-06",
        ),
        ({"actor": "Kudirka"}, lambda e: "Kudirka" in e["actor"]),
        ({"recipient": "SYR"}, lambda e: "SYR" in e["recipient_code"]),
        ({"country": "SYR"}, lambda e: "SYR" in f"{e['actor_code']} {e['recipient_code']}"),
        ({"place": "LTU"}, lambda e: e["place_country"] == "LTU"),
        ({"text": "Tartu"}, lambda e: e["title"] == "Hackers Post Code on Council Site"),
        ({"min_confidence": 0.8}, lambda e: e["confidence"] >= 0.8),
    ],
    ids=lambda value: str(value) if isinstance(value, dict) else "",
)
def test_event_filters_keep_only_what_they_name(client, params, check):
    page = client.get("/api/events", params=params).json()
    assert page["items"], params
    assert all(check(event) for event in page["items"])
    assert page["total"] < client.get("/api/events").json()["total"]


def test_events_that_did_not_happen_are_left_out_unless_asked(client):
    counted = client.get("/api/events").json()["items"]
    everything = client.get("/api/events", params={"include_negated": "true"}).json()["items"]
    assert not any(event["negated"] for event in counted)
    assert any(event["negated"] for event in everything)


def test_actors_quotes_and_articles_take_their_filters(client):
    (kudirka,) = client.get("/api/actors", params={"actor": "Kudirka"}).json()["items"]
    assert (kudirka["code"], kudirka["kind"]) == ("LTUGOV", "person")
    assert all(
        actor["kind"] == "group"
        for actor in client.get("/api/actors", params={"kind": "group"}).json()["items"]
    )
    quotes = client.get("/api/quotes", params={"text": "border"}).json()["items"]
    assert quotes
    assert all("border" in quote["text"] for quote in quotes)
    titles = [
        a["title"] for a in client.get("/api/articles", params={"text": "Homs"}).json()["items"]
    ]
    assert titles == ["Shelling Hits Homs Market"]


def test_places_are_listed_with_their_coordinates_and_filters(client):
    page = client.get("/api/places").json()
    names = {place["name"] for place in page["items"]}
    assert {"Vilnius", "Kaunas", "Homs", "Tartu"} <= names
    (homs,) = client.get("/api/places", params={"place": "Homs"}).json()["items"]
    assert (homs["country"], homs["kind"], homs["mentions"]) == ("SYR", "city", 1)
    assert round(homs["lat"]) == 35
    estonian = client.get("/api/places", params={"country": "EST"}).json()["items"]
    assert {place["name"] for place in estonian} == {"Tartu"}


def test_an_article_comes_with_every_span_found_in_it(client, ids):
    article = client.get(f"/api/articles/{ids['vilnius']}").json()
    text = article["text"]
    kudirka = next(actor for actor in article["actors"] if actor["name"] == "Rasa Kudirka")
    assert {text[start:end] for start, end in kudirka["mentions"]} == {"Rasa Kudirka", "Kudirka"}
    for quote in article["quotes"]:
        start, end = quote["span"]
        assert text[start:end] == quote["text"]
    meeting = next(event for event in article["events"] if event["type"] == "CONSULT")
    assert "met" in text[meeting["span"][0] : meeting["span"][1]]
    assert meeting["evidence"][0] == meeting["span"]
    assert {text[s:e] for place in article["places"] for s, e in place["mentions"]} >= {"Vilnius"}
    assert any(time["text"] == "April 4, 2024" for time in article["times"])


def test_an_article_is_found_by_the_start_of_its_id(client, ids):
    assert client.get(f"/api/articles/{ids['homs'][:6]}").json()["id"] == ids["homs"]


def test_search_finds_articles_and_quotes_with_their_matches_marked(client):
    found = client.get("/api/search", params={"q": "border"}).json()
    assert found["articles"]["total"] >= 1
    assert found["quotes"]["total"] >= 1
    for hit in found["articles"]["items"] + found["quotes"]["items"]:
        matched = [part["text"] for part in hit["snippet"] if part["match"]]
        assert matched
        assert all(word.lower() == "border" for word in matched)
    assert client.get("/api/search", params={"q": "zeppelin"}).json()["articles"]["total"] == 0


def test_the_events_csv_has_every_column_and_every_event(client):
    answer = client.get("/api/events.csv", params={"type": "material_conflict"})
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    expected = client.get("/api/events", params={"type": "material_conflict"}).json()
    assert len(rows) == expected["total"]
    assert {"article_id", "type", "actor", "event_text", "source_path"} <= set(rows[0])


def test_the_schema_documents_every_endpoint(client):
    schema = client.get("/api/openapi.json").json()
    assert {
        "/api/events",
        "/api/actors",
        "/api/quotes",
        "/api/places",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/charts/timeline",
        "/api/charts/network",
        "/api/charts/countries",
        "/api/extract",
        "/api/ingest",
    } <= set(schema["paths"])
    limit = next(
        p for p in schema["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "limit"
    )
    assert limit["schema"]["maximum"] == 500
