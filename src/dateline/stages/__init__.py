"""The analysis stages.

Each is a function ``Analysis -> Analysis`` that says what it needs and what
it adds, so the pipeline can check their order before it runs.

What each adds today:

- ``actors``: people, organisations, countries and groups the NLP model names,
  with every mention, linked by surname; countries coded to ISO3.
- ``quotes``: direct quotations between quote marks (no speaker yet).
- ``times``: date expressions, resolved to a date where the text or the
  publication date allows it.
- ``places``: place names, countries coded to ISO3 (no gazetteer yet).
- ``events``: nothing yet; the events stage is a real step of the pipeline that
  codes no events until its cue lexicon exists.
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
