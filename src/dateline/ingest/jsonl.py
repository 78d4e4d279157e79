"""The reader for JSONL exports: one article per line, never split further.

Each line is ``{"id", "text", "title"?, "published"?}``. The file is streamed,
so its size is bounded only per line. A bad line costs that line: it comes
back as a Rejection naming the line, and the others are still read.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from dateline.dates import parse_iso
from dateline.ingest.articles import new_article, refused
from dateline.options import MIB
from dateline.records import UNKNOWN_DATE, Article, Rejection, Source

_CHUNK = 1 << 16


def read_jsonl(
    stream: BinaryIO, path: str, *, max_line_bytes: int
) -> Iterator[Article | Rejection]:
    """One Article per good line of a binary ``stream``, read in bounded memory.

    A line longer than ``max_line_bytes`` is skipped without being held in
    memory, and comes back as a Rejection like any other bad line.
    """
    position = 0
    said = False  # an input of blank lines says so, like an empty file of any format
    for number, (raw, length) in enumerate(_lines(stream, max_line_bytes), 1):
        if raw is None:
            limit = f"{max_line_bytes / MIB:.1f} MiB"
            yield _bad_line(path, number, f"the line is above the {limit} line limit; skipped")
            said = True
            position += length
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield _bad_line(path, number, f"invalid UTF-8 at byte {exc.start}")
            said = True
            position += len(raw.decode("utf-8", errors="replace"))
            continue
        start, position = position, position + len(line)
        if line.strip():
            yield _article(line, path, number, start)
            said = True
    if not said:
        yield refused(path, "empty", "the file is empty")


def read_jsonl_text(text: str, path: str, *, max_line_bytes: int) -> Iterator[Article | Rejection]:
    """:func:`read_jsonl` over text already decoded."""
    return read_jsonl(io.BytesIO(text.encode("utf-8")), path, max_line_bytes=max_line_bytes)


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """Lines with their line ends, or ``None`` and the characters skipped for a line too long."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line, len(line)
            continue
        skipped = len(line.decode("utf-8", errors="replace"))
        while not line.endswith(b"\n") and (line := stream.readline(_CHUNK)):
            skipped += len(line.decode("utf-8", errors="replace"))
        yield None, skipped


def _article(line: str, path: str, number: int, start: int) -> Article | Rejection:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return _bad_line(path, number, f"invalid JSON ({exc.msg}, column {exc.colno})")
    except RecursionError:
        # The decoder recurses once per level: "[[[[..." a hundred thousand deep.
        return _bad_line(path, number, "invalid JSON (nested too deeply)")
    if not isinstance(data, dict):
        return _bad_line(path, number, "expected a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return _bad_line(path, number, 'no "text" (a non-empty string is required)')
    title = data.get("title")
    published = data.get("published")
    date = parse_iso(published, basis="metadata") if isinstance(published, str) else None
    external_id = data.get("id")
    warnings: tuple[str, ...] = ()
    if published is not None and date is None:
        warnings = (f"line {number}: 'published' value {published!r} is not an ISO date",)
    stripped = line.rstrip("\r\n")
    return new_article(
        text=text.strip(),
        source=Source(path, start, start + len(stripped), _as_text(external_id)),
        title=title.strip() or None if isinstance(title, str) else None,
        published=date or UNKNOWN_DATE,
        warnings=warnings,
    )


def _as_text(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    return str(value) if isinstance(value, str | int) else None


def _bad_line(path: str, number: int, problem: str) -> Rejection:
    return refused(path, "bad_line", problem, where=f"{path}:{number}")
