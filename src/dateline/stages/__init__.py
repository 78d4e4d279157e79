"""The analysis stages.

Each is a function ``Analysis -> Analysis`` that says what it needs and what
it adds, so the pipeline can check their order before it runs.

What each adds today:

- ``actors``: people, organisations, countries and groups, with every mention
  (surnames, titles, pronouns), coded with country, sector, title and code.
- ``quotes``: direct quotations between quote marks (no speaker yet).
- ``times``: date expressions, resolved to a date where the text or the
  publication date allows it.
- ``places``: place names used as locations, resolved against an offline
  gazetteer to a kind, a country (ISO3), coordinates and a GeoNames id.
- ``events``: PLOVER events from a cue lexicon, with actors and recipients
  read from the dependency parse (a first version).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dateline.records import Analysis

StageFunction = Callable[[Analysis], Analysis]


@dataclass(frozen=True, slots=True)
class Stage:
    """A named stage, what it requires to have run before it, and what it assigns."""

    name: str
    run: StageFunction
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset()
