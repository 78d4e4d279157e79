"""Query rows written out: a table for people, CSV, JSON lines and Parquet for programs."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, BinaryIO, Literal, TextIO

import pyarrow as pa
import pyarrow.parquet as pq
from rich.console import Console
from rich.table import Table

RowFormat = Literal["table", "csv", "jsonl", "parquet"]
ROW_FORMATS: tuple[RowFormat, ...] = ("table", "csv", "jsonl", "parquet")

_TABLE_WIDTH = 60
"""A cell of the terminal table is cut at this many characters."""


def to_arrow(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table, the columns typed from their values."""
    return pa.Table.from_pylist(list(rows))


def write_parquet(rows: Sequence[dict[str, Any]], stream: BinaryIO) -> None:
    """Write rows as one Parquet file to a binary stream."""
    pq.write_table(to_arrow(rows), stream)


def write_rows(
    rows: Sequence[dict[str, Any]],
    row_format: RowFormat,
    stream: TextIO,
    table_columns: Sequence[str] = (),
) -> None:
    """Write ``rows`` (all with the same keys) to ``stream`` in a text ``row_format``.

    CSV and JSON lines carry every column; the terminal table only
    ``table_columns`` (every column when none are given), to fit a screen.
    Parquet is binary: see :func:`write_parquet`.
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
