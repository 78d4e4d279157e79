"""The reader for JSONL exports: one article per line, never split further.

Each line is ``{"id", "text", "title"?, "published"?}``. The file is streamed,
so its size is bounded only per line. A bad line costs that line: it comes
back as a Rejection naming the line, and the others are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dateline.dates import parse_iso
from dateline.errors import InputTooLargeError
from dateline.ingest.articles import new_article
from dateline.records import UNKNOWN_DATE, Article, Rejection, Source


def read_jsonl(
    lines: Iterable[bytes], path: str, *, max_line_bytes: int
) -> Iterator[Article | Rejection]:
    """One Article per good line of ``lines`` (raw bytes, line ends included).

    Raises:
        InputTooLargeError: a line is longer than ``max_line_bytes``.
    """
    position = 0
    for number, raw in enumerate(lines, 1):
        if len(raw) > max_line_bytes:
            raise InputTooLargeError(
                path, f"line {number} is above the {max_line_bytes / 1e6:.1f} MB line limit"
            )
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield _bad_line(path, number, f"invalid UTF-8 at byte {exc.start}")
            position += len(raw.decode("utf-8", errors="replace"))
            continue
        start, position = position, position + len(line)
        if line.strip():
            yield _article(line, path, number, start)


def _article(line: str, path: str, number: int, start: int) -> Article | Rejection:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return _bad_line(path, number, f"invalid JSON ({exc.msg}, column {exc.colno})")
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
    return Rejection(
        stage="read", code="bad_line", message=f"{path}:{number}: {problem}", path=path
    )
