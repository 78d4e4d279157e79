"""Inputs named by URL (``s3://bucket/news/``, ``gs://...``, ``file:///...``), read through fsspec.

A path with ``://`` in it is a URL: a cluster's client can then read shared
or object storage the same way it reads a local folder. A URL of a folder
is listed recursively, in name order, with the same rules as a local
folder (hidden entries and non-text suffixes passed over). Object stores
need their fsspec package (``s3fs``, ``gcsfs``, ...) installed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import fsspec

from dateline.errors import ConfigError, MissingPathError


def is_url(path: str) -> bool:
    """Whether ``path`` names its input by URL (read through fsspec), not as a local path."""
    return "://" in path


def expand(url: str, suffixes: frozenset[str]) -> Iterator[str]:
    """The URL itself, or the URLs of the readable files under a folder URL, in name order.

    Raises:
        ConfigError: no fsspec filesystem handles the URL's scheme.
    """
    fs, root = _filesystem(url)
    try:
        folder = fs.isdir(root)
    except OSError:
        folder = False  # the reader will say what is wrong with it
    if not folder:
        yield url
        return
    for found in sorted(fs.find(root)):
        relative = PurePosixPath(found).relative_to(PurePosixPath(root))
        hidden = any(part.startswith(".") for part in relative.parts)
        if not hidden and PurePosixPath(found).suffix.lower() in suffixes:
            yield fs.unstrip_protocol(found)


def exists(path: str) -> bool:
    """Whether a local path or a URL names something that exists."""
    if not is_url(path):
        return Path(path).exists()
    fs, root = _filesystem(path)
    try:
        return bool(fs.exists(root))
    except OSError:
        return False


def info(path: str) -> tuple[int, int]:
    """The size and modification time (ns; 0 when the storage gives none) of a file or URL.

    Raises:
        OSError: it cannot be read.
    """
    if not is_url(path):
        status = Path(path).stat()
        return status.st_size, status.st_mtime_ns
    fs, root = _filesystem(path)
    details: dict[str, Any] = fs.info(root)
    modified: object = details.get("mtime") or details.get("LastModified") or 0
    if isinstance(modified, dt.datetime):
        modified = modified.timestamp()
    mtime = int(modified * 1e9) if isinstance(modified, int | float) else 0
    return int(details.get("size") or 0), mtime


@contextlib.contextmanager
def open_binary(path: str) -> Iterator[BinaryIO]:
    """A local file or a URL, open for reading bytes.

    Raises:
        MissingPathError: there is nothing at ``path``.
        OSError: it cannot be read.
    """
    if not is_url(path):
        with Path(path).open("rb") as stream:
            yield stream
        return
    if not exists(path):
        raise MissingPathError(path, "no such file or directory")
    with fsspec.open(path, "rb") as stream:
        yield stream


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        fs, root = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:
        raise ConfigError(f"{url}: cannot read this URL ({error})") from error
    return fs, str(root)
