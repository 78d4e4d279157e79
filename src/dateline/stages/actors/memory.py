"""Corpus memory: what earlier articles of a run said of a name.

When one article says "Iraqi Prime Minister Mohammed Shia al-Sudani" and a
later one only "Sudani met ...", the later actor is coded as the earlier one
was. The pipeline applies and then teaches the memory article by article in
input order, in the parent process, so the result never depends on which
worker finishes first.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass

from dateline.records import Actor, Article
from dateline.stages._spans import fold
from dateline.stages.actors.coding import actor_code, is_roleless
from dateline.stages.actors.mention import name_parts


@dataclass(frozen=True, slots=True)
class Known:
    """How a person was coded where the text said who they are."""

    name: str
    country: str | None
    sector: str | None
    title: str | None
    org: str | None
    code: str | None


class CorpusMemory:
    """Codings of full person names seen so far in a run; grows as articles pass."""

    def __init__(self) -> None:
        self._codings: dict[str, Counter[Known]] = {}
        self._by_surname: dict[str, set[str]] = {}

    def learn(self, article: Article) -> None:
        """Remember every person of ``article`` named in full whose role the text gave."""
        for actor in article.actors:
            parts = name_parts(actor.name)
            if actor.kind != "person" or len(parts) < 2 or is_roleless(actor):
                continue
            key = fold(actor.name)
            known = Known(
                actor.name, actor.country, actor.sector, actor.title, actor.org, actor.code
            )
            self._codings.setdefault(key, Counter())[known] += 1
            self._by_surname.setdefault(fold(parts[-1]), set()).add(key)

    def apply(self, article: Article) -> Article:
        """``article`` with what its persons lack filled in as the run coded them before."""
        actors = tuple(self._recall(actor) for actor in article.actors)
        if actors == article.actors:
            return article
        return dataclasses.replace(article, actors=actors)

    def _recall(self, actor: Actor) -> Actor:
        if not is_roleless(actor):
            return actor
        key = fold(actor.name)
        if key not in self._codings:
            owners = self._by_surname.get(key, set())
            if len(owners) != 1:
                return actor
            (key,) = owners
        codings = self._codings[key]
        best = max(codings.values())
        # The most frequent coding; among equals the smallest, never the first that came.
        known = min((k for k, n in codings.items() if n == best), key=_sort_key)
        # The text of this article wins where it said something; memory fills the rest.
        country = actor.country or known.country
        org = actor.org or known.org
        return dataclasses.replace(
            actor,
            name=known.name
            if len(name_parts(known.name)) > len(name_parts(actor.name))
            else actor.name,
            country=country,
            sector=known.sector,
            title=actor.title or known.title,
            org=org,
            code=actor_code(country, known.sector, org),
        )


def _sort_key(known: Known) -> tuple[str, ...]:
    return tuple(value or "" for value in dataclasses.astuple(known))
