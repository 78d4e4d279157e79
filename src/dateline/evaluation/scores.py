"""Scores and the floors that hold them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import ConfigError

DEFAULT_EPSILON = 0.005
"""How far below its floor a score may fall before the gate fails (measurement noise)."""


@dataclass(frozen=True, slots=True)
class Score:
    """One measured figure: ``value`` of ``metric`` for a stage on a split, over ``count`` items."""

    stage: str
    split: str
    metric: str
    value: float
    count: int


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A score below its floor."""

    score: Score
    floor: float


def load_floors(path: Path) -> tuple[dict[tuple[str, str, str], float], float]:
    """Floors by (stage, split, metric), and the epsilon, from a TOML file.

    The file has one table per stage and split (``[segmentation.dev]``) holding
    ``metric = floor`` pairs, and an optional top-level ``epsilon``.

    Raises:
        ConfigError: the file is missing or malformed.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read floors ({exc})") from exc
    epsilon = float(data.pop("epsilon", DEFAULT_EPSILON))
    floors = {}
    for stage, splits in data.items():
        for split, metrics in splits.items():
            for metric, floor in metrics.items():
                if not isinstance(floor, int | float):
                    raise ConfigError(f"{path}: floor {stage}.{split}.{metric} is not a number")
                floors[(stage, split, metric)] = float(floor)
    return floors, epsilon


def shortfalls(
    scores: list[Score], floors: dict[tuple[str, str, str], float], epsilon: float
) -> list[Shortfall]:
    """The scores below their floor by more than ``epsilon``, and floors with no score.

    A floor whose score was not measured counts as missed (value 0), so that
    a stage cannot pass its gate by not being run.
    """
    measured = {(s.stage, s.split, s.metric): s for s in scores}
    missed = []
    for key, floor in sorted(floors.items()):
        score = measured.get(key, Score(*key, value=0.0, count=0))
        if score.value < floor - epsilon:
            missed.append(Shortfall(score, floor))
    return missed


def ratio(part: float, whole: float) -> float:
    """``part / whole``, or 0 when there is nothing to count."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall, or 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
