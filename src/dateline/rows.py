"""Query rows written out: a table for people, CSV and JSON lines for programs."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, Literal, TextIO

from rich.console import Console
from rich.table import Table

RowFormat = Literal["table", "csv", "jsonl"]
ROW_FORMATS: tuple[RowFormat, ...] = ("table", "csv", "jsonl")

_TABLE_WIDTH = 60
"""A cell of the terminal table is cut at this many characters."""


def write_rows(
    rows: Sequence[dict[str, Any]],
    row_format: RowFormat,
    stream: TextIO,
    table_columns: Sequence[str] = (),
) -> None:
    """Write ``rows`` (all with the same keys) to ``stream`` in ``row_format``.

    CSV and JSON lines carry every column; the terminal table only
    ``table_columns`` (every column when none are given), to fit a screen.
    """
    if row_format == "jsonl":
        stream.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        return
    if not rows:
        return
    columns = list(rows[0])
    if row_format == "csv":
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    columns = [c for c in table_columns if c in rows[0]] or columns
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(row[column]) for column in columns))
    Console(file=stream, width=max(len(columns) * 16, 120)).print(table)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= _TABLE_WIDTH else text[: _TABLE_WIDTH - 1] + "…"
