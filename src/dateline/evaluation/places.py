"""Scoring the places stage: toponyms found, and whether they are put in the right place.

Where an article lists every toponym of its body (``places``), output place
mentions and gold toponyms are paired one to one by overlapping spans of the
input file:

- ``detect_p``/``detect_r``/``detect_f1``: toponym detection;
- ``within_161km``: of the toponyms found, the share put within 161 km (100
  miles, the usual geocoding threshold) of the gold's coordinates. A
  country has no single point: it is right when it is resolved as that
  country; a region across countries, when it is resolved as a region
  whose centre lies within 1,000 km of the gold's;
- ``country``: of the toponyms found, the share coded with the gold's
  country (ISO3; none for a region across countries).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from dateline.evaluation.actors import text_to_raw
from dateline.evaluation.gold import GoldFile, GoldPlace
from dateline.evaluation.scores import Score, f1, ratio
from dateline.records import Article, Place

STAGE = "places"
_THRESHOLD_KM = 161.0
_EARTH_KM = 6371.0
_REGION_KM = 1000.0


def score(files: Sequence[tuple[GoldFile, list[Article]]], split: str) -> list[Score]:
    """Place scores over gold inputs paired with the articles extracted from them."""
    counts = Counter[str]()
    for gold, articles in files:
        raw = gold.input.read_text(encoding="utf-8")
        for index, expected in enumerate(gold.articles):
            if expected.places is None:
                continue
            article = articles[index] if index < len(articles) else None
            _count(expected.places, article, raw, counts)
    if not counts["gold"]:
        return []
    precision = ratio(counts["found"], counts["output"])
    recall = ratio(counts["found"], counts["gold"])
    return [
        Score(STAGE, split, "detect_p", precision, counts["output"]),
        Score(STAGE, split, "detect_r", recall, counts["gold"]),
        Score(STAGE, split, "detect_f1", f1(precision, recall), counts["gold"]),
        Score(
            STAGE, split, "within_161km", ratio(counts["near"], counts["found"]), counts["found"]
        ),
        Score(STAGE, split, "country", ratio(counts["country"], counts["found"]), counts["found"]),
    ]


def _count(
    expected: tuple[GoldPlace, ...], article: Article | None, raw: str, counts: Counter[str]
) -> None:
    outputs: list[tuple[int, int, Place]] = []
    if article is not None:
        to_raw = text_to_raw(article, raw)
        for place in article.places:
            for start, end in place.mentions:
                first, last = to_raw[start], to_raw[end - 1]
                if first is not None and last is not None:
                    outputs.append((first, last + 1, place))
    counts["gold"] += len(expected)
    counts["output"] += len(outputs)
    used: set[int] = set()
    for gold in expected:
        match = next(
            (
                i
                for i, (start, end, _) in enumerate(outputs)
                if i not in used and start < gold.end and gold.start < end
            ),
            None,
        )
        if match is None:
            continue
        used.add(match)
        place = outputs[match][2]
        counts["found"] += 1
        counts["near"] += _near(gold, place)
        counts["country"] += place.country == gold.country


def _near(gold: GoldPlace, place: Place) -> bool:
    """Whether the output puts a toponym where the gold does."""
    if gold.kind == "country":
        return place.kind == "country" and place.country == gold.country
    if gold.kind == "region" and gold.country is None:
        return place.kind == "region" and _within(gold, place, _REGION_KM)
    return _within(gold, place, _THRESHOLD_KM)


def _within(gold: GoldPlace, place: Place, km: float) -> bool:
    if gold.lat is None or gold.lon is None or place.lat is None or place.lon is None:
        return False
    return _distance_km(gold.lat, gold.lon, place.lat, place.lon) <= km


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(a))
