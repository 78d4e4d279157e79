"""What the front ends call: reading and analysing inputs as one step, and storing them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from dateline import ingest, nlp, pipeline
from dateline.ingest.decode import STDIN
from dateline.options import Options
from dateline.records import Article, Outcome, Rejection
from dateline.store import Store


def extract_paths(
    paths: Iterable[str], *, options: Options, stdin: BinaryIO | None = None
) -> Iterator[Outcome]:
    """Every article in ``paths``, analysed, in input order.

    Each problem with an input comes as a Rejection or a Notice in its place.
    """
    return pipeline.run(ingest.read(paths, options=options, stdin=stdin), options=options)


def check_model(options: Options) -> None:
    """Load the configured spaCy pipeline now, so that a missing one fails before any work.

    Raises:
        ModelNotFoundError: the pipeline is not installed.
    """
    nlp.load(options.model)


BATCH = 200
"""Articles written per transaction by an ingest."""


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What an ingest did, in counts."""

    files: int = 0
    unchanged: int = 0
    new: int = 0
    known: int = 0
    problems: int = 0


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    *,
    options: Options,
    stdin: BinaryIO | None = None,
    on_outcome: Callable[[Outcome], None] = lambda _: None,
) -> IngestReport:
    """Read, analyse and store every article of ``paths``; skip files stored before.

    A file whose path and bytes are already in the store is not read again.
    Articles are written :data:`BATCH` at a time, each batch in one
    transaction, and a file is recorded as read once all of its articles
    are stored, so an interrupted ingest is finished by running it again.

    Raises:
        StoreError: the store cannot be written (what earlier batches wrote is kept).
    """
    files = list(ingest.expand_paths(paths))
    todo: list[str] = []
    fingerprints: dict[str, tuple[str, int]] = {}
    for path in files:
        fingerprint = _fingerprint(path)
        if fingerprint is not None and store.knows_document(path, fingerprint[0]):
            continue
        todo.append(path)
        if fingerprint is not None:
            fingerprints[path] = fingerprint
    counts = {"new": 0, "known": 0, "problems": 0}
    batch: list[Article] = []
    done: list[tuple[str, str, int, int]] = []
    per_file: dict[str, int] = {}
    current: str | None = None
    source: str | None

    def flush() -> None:
        added = store.add(batch, done)
        counts["new"] += added.new
        counts["known"] += added.known
        batch.clear()
        done.clear()

    for outcome in extract_paths(todo, options=options, stdin=stdin) if todo else ():
        on_outcome(outcome)
        source = outcome.source.path if isinstance(outcome, Article) else outcome.path
        if source != current:
            _finish(current, per_file, fingerprints, done)
            current = source
        if isinstance(outcome, Article):
            batch.append(outcome)
            per_file[outcome.source.path] = per_file.get(outcome.source.path, 0) + 1
        elif isinstance(outcome, Rejection):
            counts["problems"] += 1
            fingerprints.pop(source or "", None)  # a refused file is read again next time
        if len(batch) >= BATCH:
            flush()
    _finish(current, per_file, fingerprints, done)
    flush()
    return IngestReport(len(files), len(files) - len(todo), **counts)


def _finish(
    path: str | None,
    per_file: dict[str, int],
    fingerprints: dict[str, tuple[str, int]],
    done: list[tuple[str, str, int, int]],
) -> None:
    """Mark a file whose outcomes have all come as read, to record with the next batch."""
    if path is not None and path in fingerprints:
        sha256, size = fingerprints.pop(path)
        done.append((path, sha256, size, per_file.get(path, 0)))


def _fingerprint(path: str) -> tuple[str, int] | None:
    """The SHA-256 and size of a file's bytes; None for stdin or a file that cannot be read."""
    if path == STDIN:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None  # the reader will say what is wrong with it
    return hashlib.sha256(data).hexdigest(), len(data)
