"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

Each view is opened and a screenshot of it written to build/screenshots/ for
people to look at. Skipped, with the reason, where Chromium or Playwright is
missing (``make test`` installs Chromium when it can).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import dateline
from dateline.api.mapdata import MAP_FILE
from newsroom import serving
from runner import run_dateline

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = playwright_api.expect

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).parents[2] / "build" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="no /usr/bin/chromium: run 'make chromium' (as root)"
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page on the live server; any dialog or script error fails the test."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.errors = []

    def dialog(shown) -> None:
        page.dialogs.append(shown.message)
        shown.dismiss()

    page.on("dialog", dialog)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()
    assert page.dialogs == []
    assert page.errors == []


def _open(page, address: str) -> None:
    """Load the dashboard afresh at ``address`` and wait until its view has drawn."""
    page.goto("about:blank")  # a new load, not a change of hash in the loaded page
    page.goto(f"/#/{address}")
    page.wait_for_selector("body[data-loading='false']")


def _screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize(
    ("address", "name", "shows"),
    [
        ("events", "events", "#events-table tbody tr"),
        ("timeline", "timeline", "#timeline-chart g.day"),
        ("network", "network", "#network-chart g.node"),
        ("map", "map", "#map-chart path.country"),
        ("reader", "reader-list", "#article-list li"),
        ("search?q=border", "search", "#article-hits li"),
        ("api", "api", "section.endpoint"),
    ],
)
def test_every_view_opens(page, address, name, shows):
    if name == "map" and not MAP_FILE.is_file():
        pytest.skip("the map's shapes are not built: run 'make setup'")
    _open(page, address)
    expect(page.locator(shows).first).to_be_visible()
    expect(page.locator(f'nav a[data-view="{address.split("?")[0]}"]')).to_have_class("active")
    _screenshot(page, name)


def test_clicking_an_event_in_the_reader_marks_its_evidence(page, client, ids):
    article = client.get(f"/api/articles/{ids['vilnius']}").json()
    meeting = next(event for event in article["events"] if event["type"] == "CONSULT")
    _open(page, f"reader/{ids['vilnius']}")
    expect(page.locator("#article-title")).to_have_text("Ministers Meet in Vilnius")
    assert page.locator("#article-text mark.evidence").count() == 0
    page.click(f'#event-list button[data-event="{meeting["id"]}"]')
    evidence = page.locator("#article-text mark.evidence")
    expect(evidence.first).to_be_visible()
    start, end = meeting["span"]
    assert "".join(evidence.all_text_contents()) == article["text"][start:end]
    details = page.locator("#event-details")
    expect(details.locator("h3")).to_have_text(f"Event {meeting['id']}: CONSULT")
    expect(details.locator('dd[data-field="actor"]')).to_contain_text("Rasa Kudirka")
    expect(details.locator('dd[data-field="recipient"]')).to_contain_text("Tomasz Wrona")
    expect(details.locator('dd[data-field="date"]')).to_contain_text("2024-04-04")
    expect(details.locator('dd[data-field="place"]')).to_contain_text("Vilnius")
    expect(page.locator("#evidence-list li q")).to_have_text(article["text"][start:end])
    assert page.locator("#article-text mark.actor").count() >= 3
    assert page.locator("#article-text mark.place", has_text="Vilnius").count() == 1
    assert page.locator("#article-text mark.time", has_text="April 4, 2024").count() == 1
    assert page.locator("#article-text mark.quote").count() >= 1
    _screenshot(page, "reader")


def test_the_reader_tells_a_date_by_its_value_and_a_length_by_its_duration(page, ids):
    _open(page, f"reader/{ids['kaunas']}")
    times = page.locator("section.panel", has=page.locator("h3", has_text="Times")).locator("li")
    expect(times.filter(has_text="April 5, 2024")).to_have_text("April 5, 2024 → 2024-04-05")
    expect(times.filter(has_text="three days")).to_have_text("three days → lasts P3D")
    length = page.locator("#article-text mark.time", has_text="three days")
    expect(length).to_have_attribute("title", re.compile("lasts P3D"))


def test_clicking_a_trigger_in_the_text_chooses_its_event(page, ids):
    _open(page, f"reader/{ids['homs']}")
    page.locator("#article-text mark.trigger", has_text="killed").click()
    expect(page.locator("#event-details h3")).to_contain_text("ASSAULT")
    expect(page.locator("#article-text mark.evidence").first).to_be_visible()
    assert re.search(r"event=E\d+", page.url)


def test_the_events_table_filters_by_type_and_date_sorts_and_downloads(page, client):
    _open(page, "events")
    page.select_option("#filter-type", "COERCE")
    page.fill("#filter-since", "2024-04-05")
    page.fill("#filter-until", "2024-04-07")
    page.click("#filter-apply")
    rows = page.locator("#events-table tbody tr")
    expected = client.get(
        "/api/events", params={"type": "COERCE", "since": "2024-04-05", "until": "2024-04-07"}
    ).json()
    expect(rows).to_have_count(expected["total"])
    assert expected["total"] >= 2
    assert {row.get_attribute("data-date") for row in rows.all()} <= {
        "2024-04-05",
        "2024-04-06",
        "2024-04-07",
    }
    assert set(page.locator("#events-table tbody span.type").all_text_contents()) == {"COERCE"}

    page.click('#events-table th[data-key="date"]')
    page.click('#events-table th[data-key="date"]')
    expect(page.locator('#events-table th[data-key="date"]')).to_have_attribute(
        "aria-sort", "descending"
    )
    dates = [row.get_attribute("data-date") for row in rows.all()]
    assert dates == sorted(dates, reverse=True)

    link = page.locator("#csv-download").get_attribute("href")
    assert "type=COERCE" in link
    downloaded = page.request.get(link)
    assert len(list(csv.DictReader(io.StringIO(downloaded.text())))) == expected["total"]


def test_a_row_links_to_its_article_in_the_reader(page):
    _open(page, "events?type=ASSAULT")
    page.locator("#events-table a.reader-link").first.click()
    expect(page.locator("#article-title")).to_have_text("Shelling Hits Homs Market")
    expect(page.locator("#event-details h3")).to_contain_text("ASSAULT")
    expect(page.locator("#article-text mark.evidence").first).to_be_visible()


def test_clicking_a_day_in_the_timeline_filters_the_table(page):
    _open(page, "timeline")
    page.click('#timeline-chart g.day[data-day="2024-04-05"]')
    expect(page).to_have_url(re.compile(r"#/events\?since=2024-04-05&until=2024-04-05$"))
    rows = page.locator("#events-table tbody tr")
    expect(rows).to_have_count(1)
    assert rows.first.get_attribute("data-date") == "2024-04-05"
    expect(page.locator("#filter-since")).to_have_value("2024-04-05")


def test_the_network_draws_actors_and_typed_edges_and_filters_them(page, client):
    network = client.get("/api/charts/network").json()
    _open(page, "network")
    expect(page.locator("#network-chart g.node")).to_have_count(len(network["nodes"]))
    expect(page.locator("#network-chart path.edge")).to_have_count(len(network["edges"]))
    page.select_option("#filter-type", "CONSULT")
    page.click("#filter-apply")
    edges = page.locator("#network-chart path.edge")
    expect(edges).to_have_count(1)
    assert edges.first.get_attribute("data-type") == "CONSULT"
    assert {edges.first.get_attribute("data-source"), edges.first.get_attribute("data-target")} == {
        "LTUGOV",
        "POLGOV",
    }


@pytest.mark.skipif(not MAP_FILE.is_file(), reason="the map's shapes are not built: run make setup")
def test_the_map_draws_countries_and_a_circle_per_country_and_quad(page, client):
    counts = client.get("/api/charts/countries").json()["items"]
    _open(page, "map")
    assert page.locator("#map-chart path.country").count() > 150
    markers = page.locator("#map-chart circle.marker")
    expect(markers).to_have_count(len(counts))
    syria = page.locator('#map-chart circle.marker[data-country="SYR"]')
    expect(syria).to_have_count(1)
    assert syria.get_attribute("fill") == "#d55e00"
    box = syria.bounding_box()
    land = page.locator('#map-chart path.country[data-iso3="SYR"]').bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert land["x"] <= centre[0] <= land["x"] + land["width"]
    assert land["y"] <= centre[1] <= land["y"] + land["height"]


def test_search_finds_articles_and_quotes(page):
    _open(page, "search")
    page.fill("#search-input", "border")
    page.click("#search-submit")
    expect(page.locator("#article-hits li").first).to_be_visible()
    expect(page.locator("#quote-hits li").first).to_be_visible()
    assert {text.lower() for text in page.locator("mark.hit").all_text_contents()} == {"border"}
    page.locator("#article-hits li a").first.click()
    expect(page.locator("#article-title")).to_be_visible()


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page, ids):
    _open(page, f"reader/{ids['injection']}")
    text = page.locator("#article-text")
    expect(text).to_contain_text("<script>alert(1)</script>")
    expect(text).to_contain_text("<img src=x onerror=alert(1)>")
    assert page.locator("#view script, #view img").count() == 0
    for address in ("events", "search?q=alert", "reader"):
        _open(page, address)
        assert page.locator("#view script, #view img").count() == 0
    _open(page, "search?q=alert")
    expect(page.locator("#quote-hits")).to_contain_text("<script>")
    page.wait_for_timeout(300)  # time for an injected handler to fire, were there one
    # The page fixture fails the test on any dialog (alert) or script error.
    assert page.dialogs == []
    _screenshot(page, "injection")


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """The dashboard over the store `make demo` leaves (`dateline demo --db demo.db`)."""
    store = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run_dateline("demo", "--db", str(store))
    assert result.returncode == 0, result.stderr
    assert f"dateline serve --db {store}" in result.stderr
    with serving(store) as base:
        yield base, dateline.Corpus(store)


def test_the_dashboard_shows_the_demo_samples_events(browser, demo_server):
    base, corpus = demo_server
    events = corpus.events()
    assert events
    context = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        _open(page, "events")
        expect(page.locator("#events-table tbody tr")).to_have_count(len(events))
        titles = set(page.locator("#events-table a.reader-link").all_text_contents())
        assert titles == {event["title"] for event in events}
        _screenshot(page, "demo-events")
    finally:
        context.close()
