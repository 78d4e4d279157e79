"""``python -m dateline.api.build_map TOPOJSON OUTPUT``: the map build step of ``make setup``.

A module of its own, which the package does not import, so that running it
does not find it already loaded (see :mod:`dateline.api.mapdata`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from dateline.api.mapdata import build


def main(arguments: Sequence[str]) -> int:
    """Convert a world-atlas TopoJSON file into the dashboard's map file; the exit code."""
    if len(arguments) != 2:
        sys.stderr.write("usage: python -m dateline.api.build_map TOPOJSON OUTPUT\n")
        return 2
    count = build(Path(arguments[0]), Path(arguments[1]))
    sys.stderr.write(f"build_map: {arguments[1]}: {count} countries\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
