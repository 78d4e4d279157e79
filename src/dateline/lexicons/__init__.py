"""Data files the stages read, loaded once. Every file names its source.

Plain lists (``*.txt``) hold one entry per line; tables (``*.tsv``) hold tab
separated columns under a header row. Lines starting with ``#`` are comments,
and every file has a ``# source:`` comment saying where its content comes from.
"""

from __future__ import annotations

import functools
from importlib import resources

from dateline.errors import ConfigError


def _read(name: str) -> list[str]:
    try:
        text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"lexicon {name!r} is missing from the installed package") from exc
    return text.splitlines()


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of a plain list lexicon, comments and blank lines left out."""
    return tuple(line.strip() for line in _read(name) if line.strip() and not line.startswith("#"))


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The entries of a plain list lexicon as a set, for lookups by word."""
    return frozenset(entries(name))


@functools.cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a TSV lexicon, keyed by its header row.

    Raises:
        ConfigError: a row has more or fewer cells than the header.
    """
    rows = [line for line in _read(name) if line.strip() and not line.startswith("#")]
    if not rows:
        return ()
    header = rows[0].split("\t")
    records = []
    for number, row in enumerate(rows[1:], 2):
        cells = row.split("\t")
        if len(cells) != len(header):
            raise ConfigError(
                f"lexicon {name}: data row {number} has {len(cells)} cells, "
                f"the header has {len(header)}"
            )
        records.append(dict(zip(header, (cell.strip() for cell in cells), strict=True)))
    return tuple(records)


@functools.cache
def grouped(name: str, key: str, value: str) -> dict[str, frozenset[str]]:
    """A two-column view of a TSV lexicon: each ``key`` cell with every ``value`` beside it."""
    found: dict[str, set[str]] = {}
    for row in table(name):
        found.setdefault(row[key], set()).add(row[value])
    return {k: frozenset(values) for k, values in found.items()}


@functools.cache
def source(name: str) -> str | None:
    """What the lexicon's ``# source:`` line says, or ``None`` when it has none."""
    for line in _read(name):
        if line.startswith("# source:"):
            return line.removeprefix("# source:").strip()
    return None


def names() -> tuple[str, ...]:
    """Every lexicon file shipped with the package."""
    return tuple(
        sorted(
            entry.name
            for entry in resources.files(__name__).iterdir()
            if entry.name.endswith((".txt", ".tsv"))
        )
    )
