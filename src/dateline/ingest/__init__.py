"""Readers: files, directories and stdin in; Articles (and Rejections) out.

Plain-text dumps go through the cleaner and segmenter; HTML pages through
trafilatura; RSS and Atom feeds through feedparser; JSONL exports are streamed
line by line. ``auto`` picks the reader by content. A problem with one input
comes back as a :class:`~dateline.records.Rejection` naming it, and the other
inputs are still read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.dates import parse_iso
from dateline.errors import ConfigError, InputError, MissingPathError
from dateline.ingest import remote
from dateline.ingest.articles import refused
from dateline.ingest.decode import STDIN, Document, decode, display_name, read_bytes, sniff
from dateline.ingest.detect import READABLE_SUFFIXES, detect_format
from dateline.ingest.feeds import read_feed
from dateline.ingest.html import read_html
from dateline.ingest.jsonl import read_jsonl, read_jsonl_text
from dateline.ingest.text import read_text
from dateline.options import InputFormat, Options
from dateline.records import Article, DateValue, Notice, Outcome, Rejection

__all__ = ["expand_paths", "given_date", "read", "read_document_as", "with_default_date"]

Reader = Callable[[Document], Iterator[Article | Rejection]]
_PEEK_BYTES = 4096
_READERS: dict[InputFormat, Reader] = {"text": read_text, "html": read_html, "feed": read_feed}


def read(
    paths: Iterable[str], *, options: Options, stdin: BinaryIO | None = None
) -> Iterator[Outcome]:
    """Every article in ``paths`` (files, directories read recursively, or ``-``).

    Raises:
        ConfigError: ``options.published`` is not a date.
    """
    default_date = given_date(options.published)
    for path in expand_paths(paths):
        yield from with_default_date(_read_one(path, options=options, stdin=stdin), default_date)


def with_default_date(items: Iterable[Outcome], default: DateValue | None) -> Iterator[Outcome]:
    """Give ``default`` to every Article whose input carried no publication date."""
    for item in items:
        if isinstance(item, Article) and default and item.published.value is None:
            yield dataclasses.replace(item, published=default)
        else:
            yield item


def given_date(text: str | None) -> DateValue | None:
    """The ``--published`` date as a DateValue with basis ``given``.

    Raises:
        ConfigError: ``text`` is not ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
    """
    if text is None:
        return None
    value = parse_iso(text, basis="given")
    if value is None:
        raise ConfigError(f"--published {text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files in the order given, directories expanded recursively in name order.

    In a directory, hidden entries and files that are not text by their suffix
    (images, archives) are passed over; a file named on its own is always read.
    """
    for path in paths:
        if remote.is_url(path):
            yield from remote.expand(path, READABLE_SUFFIXES)
            continue
        folder = Path(path)
        if path != STDIN and folder.is_dir():
            for file in sorted(folder.rglob("*")):
                hidden = any(part.startswith(".") for part in file.relative_to(folder).parts)
                if file.is_file() and not hidden and file.suffix.lower() in READABLE_SUFFIXES:
                    yield str(file)
        else:
            yield path


def read_document_as(
    document: Document, input_format: InputFormat, *, max_line_bytes: int
) -> Iterator[Outcome]:
    """Articles from a decoded document, by the reader for ``input_format``."""
    chosen = detect_format(document.text, document.path) if input_format == "auto" else input_format
    if chosen == "jsonl":
        return read_jsonl_text(document.text, document.path, max_line_bytes=max_line_bytes)
    return _READERS[chosen](document)


def _read_one(path: str, *, options: Options, stdin: BinaryIO | None) -> Iterator[Outcome]:
    name = display_name(path)
    try:
        if _is_jsonl(path, options.input_format, stdin):
            with _open_binary(path, stdin) as stream:
                yield from read_jsonl(stream, name, max_line_bytes=options.max_line_bytes)
            return
        data = read_bytes(path, max_bytes=options.max_file_bytes, stdin=stdin)
        document = decode(data, path)
        for warning in document.warnings:
            yield Notice(code="encoding", message=f"{name}: {warning}", path=name)
        yield from read_document_as(
            document, options.input_format, max_line_bytes=options.max_line_bytes
        )
    except InputError as error:
        yield refused(name, error.code, error.problem)
    except OSError as error:
        yield refused(name, "unreadable", error.strerror or str(error))


def _is_jsonl(path: str, input_format: InputFormat, stdin: BinaryIO | None) -> bool:
    """Whether to stream ``path`` as JSONL: asked for, or seen in its first bytes."""
    if input_format not in ("auto", "jsonl"):
        return False
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        peek = getattr(stream, "peek", None)
        if input_format == "jsonl" or peek is None:
            return input_format == "jsonl"
        head = peek(_PEEK_BYTES)[:_PEEK_BYTES].decode("utf-8", errors="replace")
        return detect_format(head, path) == "jsonl"
    if not remote.exists(path):
        raise MissingPathError(path, "no such file or directory")
    return input_format == "jsonl" or detect_format(sniff(path), path) == "jsonl"


def _open_binary(path: str, stdin: BinaryIO | None) -> contextlib.AbstractContextManager[BinaryIO]:
    if path == STDIN:
        return contextlib.nullcontext(stdin if stdin is not None else sys.stdin.buffer)
    return remote.open_binary(path)
