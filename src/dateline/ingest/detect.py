"""Choosing a reader by what a file holds, with its extension only as a tie-breaker."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from dateline.options import InputFormat

_SNIFF_CHARS = 4096
_FEED = re.compile(r"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML = re.compile(r"<(!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_EXTENSIONS: dict[str, InputFormat] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".txt": "text",
}

READABLE_SUFFIXES = frozenset({*_EXTENSIONS, ".xml", ".json", ".text", ".md", ""})
"""The suffixes read when walking a directory; other files (images, archives) are passed over."""


def detect_format(head: str, path: str) -> InputFormat:
    """The format of an input from its first characters, falling back on its extension."""
    head = head[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if head.startswith("{") and _first_line_is_object(head):
        return "jsonl"
    if head.startswith("<"):
        if _FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
    by_extension = _EXTENSIONS.get(PurePath(path).suffix.lower())
    if by_extension in ("html", "feed") and not head.startswith("<"):
        # A .html file that holds no markup is text, whatever it is called.
        return "text"
    return by_extension or "text"


def _first_line_is_object(head: str) -> bool:
    first = head.split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        # The first line may be cut off by the sniff window: a JSON object's opening
        # is still a strong sign.
        return len(first) >= _SNIFF_CHARS - 1 and first.startswith('{"')
