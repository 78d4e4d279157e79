"""Actors: who is named in the article, with every mention of them.

Today this stage trusts the NLP model's entities and links a lone surname to
the full name it ends ("Sabbagh" to "Bassam Sabbagh"). Coding of sector and
title, coreference of titles and pronouns, and repairs of the model's errors
come with the actors issue.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from dateline.records import Actor, ActorKind, Analysis, Entity, Span
from dateline.stages import Stage
from dateline.stages._spans import clean_name, country_code

_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "other",
    "NORP": "group",
}


def find_actors(analysis: Analysis) -> Analysis:
    """Add an Actor for each distinct person, organisation, country or group named."""
    text = analysis.article.text
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entity in analysis.parse.entities:
        if entity.label in _KINDS:
            name = clean_name(text[entity.start : entity.end])
            if name:
                groups[(entity.label, name)].append(entity)
    merged = _link_surnames(groups)
    actors = []
    for number, ((label, name), entities) in enumerate(merged.items(), 1):
        kind = _KINDS[label]
        country = country_code(name) if label in ("GPE", "NORP") else None
        if label == "GPE" and country is not None:
            kind = "country"
        mentions: tuple[Span, ...] = tuple(sorted({(e.start, e.end) for e in entities}))
        actors.append(
            Actor(id=f"A{number}", name=name, kind=kind, country=country, mentions=mentions)
        )
    article = dataclasses.replace(analysis.article, actors=tuple(actors))
    return dataclasses.replace(analysis, article=article)


def _link_surnames(
    groups: dict[tuple[str, str], list[Entity]],
) -> dict[tuple[str, str], list[Entity]]:
    """Fold a one-word PERSON into the one full name that ends with it."""
    full_names = [key for key in groups if key[0] == "PERSON" and " " in key[1]]
    merged = {key: list(value) for key, value in groups.items()}
    for key, entities in groups.items():
        label, name = key
        if label != "PERSON" or " " in name:
            continue
        owners = [full for full in full_names if full[1].split()[-1] == name]
        if len(owners) == 1:
            merged[owners[0]].extend(entities)
            del merged[key]
    return merged


STAGE = Stage(
    name="actors",
    run=find_actors,
    requires=frozenset({"parse"}),
    assigns=frozenset({"actors"}),
)
