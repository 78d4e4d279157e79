"""Places: where things happen.

Today this stage keeps the place names the NLP model finds (countries, cities,
regions, sites) and codes countries to ISO3. Coordinates and GeoNames ids stay
``None`` until the places issue brings the gazetteer.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from dateline.records import Analysis, Place, Span
from dateline.stages import Stage
from dateline.stages._spans import clean_name, country_code

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def find_places(analysis: Analysis) -> Analysis:
    """Add a Place for each distinct place name, with all its mentions."""
    text = analysis.article.text
    mentions: dict[str, list[Span]] = defaultdict(list)
    for entity in analysis.parse.entities:
        if entity.label in _PLACE_LABELS:
            name = clean_name(text[entity.start : entity.end])
            if name:
                mentions[name].append((entity.start, entity.end))
    places = []
    for number, (name, spans) in enumerate(mentions.items(), 1):
        country = country_code(name)
        places.append(
            Place(
                id=f"P{number}",
                name=name,
                kind="country" if country else None,
                country=country,
                mentions=tuple(sorted(set(spans))),
            )
        )
    article = dataclasses.replace(analysis.article, places=tuple(places))
    return dataclasses.replace(analysis, article=article)


STAGE = Stage(
    name="places",
    run=find_places,
    requires=frozenset({"parse"}),
    assigns=frozenset({"places"}),
)
