"""Bytes to text: size limits, binary detection and encodings, with reasons."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import BinaryIO

import charset_normalizer

from dateline.errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputTooLargeError,
    MissingPathError,
)
from dateline.ingest import remote
from dateline.options import MIB

STDIN = "-"
STDIN_NAME = "<stdin>"

_SNIFF_BYTES = 8192
# Share of control characters (other than tab, newline, carriage return, form
# feed) above which bytes are not text, whatever their encoding.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded input: its display path, its text and what was doubtful."""

    path: str
    text: str
    warnings: tuple[str, ...] = ()


def display_name(path: str) -> str:
    """The name used for ``path`` in records and messages (``-`` is stdin)."""
    return STDIN_NAME if path == STDIN else path


def read_bytes(path: str, *, max_bytes: int, stdin: BinaryIO | None = None) -> bytes:
    """Read a whole input, refusing it when it is larger than ``max_bytes``.

    Raises:
        MissingPathError: the path does not exist.
        InputTooLargeError: the input is larger than ``max_bytes``.
        EmptyInputError: the input holds only whitespace.
    """
    name = display_name(path)
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
    else:
        if not remote.exists(path):
            raise MissingPathError(name, "no such file or directory")
        size, _ = remote.info(path)
        if size > max_bytes:
            raise InputTooLargeError(name, _too_large(size, max_bytes))
        with remote.open_binary(path) as stream:
            data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(name, _too_large(len(data), max_bytes))
    if not data.strip():
        raise EmptyInputError(name, "the file is empty")
    return data


def _too_large(size: int, limit: int) -> str:
    return (
        f"{size / MIB:.1f} MiB is above the {limit / MIB:.1f} MiB limit for one text, HTML or "
        "feed input; split it, convert it to JSONL (streamed line by line), or raise --max-file-mb"
    )


def decode(data: bytes, path: str) -> Document:
    """Decode ``data`` as UTF-8, or as the encoding it most likely is, with a warning.

    Raises:
        BinaryInputError: the bytes are not text.
        DecodingError: no encoding fits.
    """
    name = display_name(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(data, "utf-16", name, ())
    if _looks_binary(data[:_SNIFF_BYTES]):
        raise BinaryInputError(name, "this is a binary file, not text")
    try:
        return Document(name, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        where = f"invalid UTF-8 at byte {exc.start}"
    encoding = _guess_encoding(data)
    if encoding is None:
        raise DecodingError(name, f"{where}, and no other encoding fits")
    return _decode_as(data, encoding, name, (f"{where}; decoded as {encoding}",))


def _guess_encoding(data: bytes) -> str | None:
    # English news that is not UTF-8 is nearly always Windows-1252 (curly quotes
    # at 0x91-0x94), which statistical detectors confuse with its Central
    # European sibling; take it whenever it decodes, and ask the detector otherwise.
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return None if best is None else best.encoding
    return "cp1252"


def _decode_as(data: bytes, encoding: str, name: str, warnings: tuple[str, ...]) -> Document:
    try:
        return Document(name, data.decode(encoding), warnings)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodingError(name, f"cannot be decoded as {encoding}") from exc


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > _MAX_CONTROL_SHARE * max(len(head), 1)


def read_document(path: str, *, max_bytes: int, stdin: BinaryIO | None = None) -> Document:
    """Read and decode one input; see :func:`read_bytes` and :func:`decode`."""
    return decode(read_bytes(path, max_bytes=max_bytes, stdin=stdin), path)


def sniff(path: str) -> str:
    """The first few kilobytes of a file, decoded leniently, to choose its reader.

    Raises:
        EmptyInputError: the file holds only whitespace.
        BinaryInputError: the file is not text.
    """
    with remote.open_binary(path) as stream:
        head = stream.read(_SNIFF_BYTES)
    if not head.strip():
        raise EmptyInputError(path, "the file is empty")
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and _looks_binary(head):
        raise BinaryInputError(path, "this is a binary file, not text")
    return head.decode("utf-8", errors="replace")
