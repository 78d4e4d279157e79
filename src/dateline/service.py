"""What the front ends call: reading and analysing inputs as one step, and storing them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from dateline import ingest, nlp, pipeline
from dateline.ingest import remote
from dateline.ingest.decode import STDIN
from dateline.options import Options
from dateline.pipeline import BatchMap
from dateline.records import Article, Outcome, Rejection
from dateline.store import Fingerprint, Store
from dateline.store.dataset import DatasetWriter


def extract_paths(
    paths: Iterable[str],
    *,
    options: Options,
    stdin: BinaryIO | None = None,
    remembered: Iterable[Article] = (),
    map_batches: BatchMap | None = None,
) -> Iterator[Outcome]:
    """Every article in ``paths``, analysed, in input order.

    Each problem with an input comes as a Rejection or a Notice in its place.
    ``remembered`` are articles analysed before, for corpus memory to learn
    first. ``map_batches`` is a runner (:func:`dateline.runners.start`) that
    analyses the batches elsewhere; by default they are analysed here.
    """
    items = ingest.read(paths, options=options, stdin=stdin)
    return pipeline.run(items, options=options, remembered=remembered, map_batches=map_batches)


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


def ingest_paths(  # noqa: PLR0913 - keyword options of one call, as the CLI passes them
    paths: Iterable[str],
    store: Store,
    *,
    options: Options,
    stdin: BinaryIO | None = None,
    since_last: bool = False,
    on_outcome: Callable[[Outcome], None] = lambda _: None,
    batch: int = BATCH,
    map_batches: BatchMap | None = None,
) -> IngestReport:
    """Read, analyse and store every article of ``paths``; skip files stored before.

    A file whose path and bytes are already in the store is not analysed
    again. With ``since_last``, a stored file whose size and modification
    time are unchanged is passed over without even reading its bytes: the
    cheap check for a large folder that only grows.
    Articles are written ``batch`` at a time, each batch in one
    transaction, and a file is recorded as read once all of its articles
    are stored, so an interrupted ingest is finished by running it again.
    ``map_batches`` analyses the batches elsewhere (see :func:`extract_paths`);
    the store is written here, by this one process, whatever runs the analysis.

    Raises:
        StoreError: the store cannot be written (what earlier batches wrote is kept).
    """
    files = list(ingest.expand_paths(paths))
    todo, fingerprints = _to_read(files, store, since_last=since_last)
    counts = {"new": 0, "known": 0, "problems": 0}
    pending: list[Article] = []
    done: list[tuple[str, Fingerprint, int]] = []
    per_file: dict[str, int] = {}
    current: str | None = None
    source: str | None

    def flush() -> None:
        added = store.add(pending, done)
        counts["new"] += added.new
        counts["known"] += added.known
        pending.clear()
        done.clear()

    # Corpus memory learns what the files passed over said of people, as it did
    # when they were read: a crashed ingest run again codes them as one run would.
    reading = set(todo)
    passed_over = [path for path in files if path not in reading]
    remembered = store.people_of(passed_over) if options.corpus_memory else ()
    outcomes = extract_paths(
        todo, options=options, stdin=stdin, remembered=remembered, map_batches=map_batches
    )
    for outcome in outcomes if todo else ():
        on_outcome(outcome)
        source = outcome.source.path if isinstance(outcome, Article) else outcome.path
        if source != current:
            _finish(current, per_file, fingerprints, done)
            current = source
        if isinstance(outcome, Article):
            pending.append(outcome)
            per_file[outcome.source.path] = per_file.get(outcome.source.path, 0) + 1
        elif isinstance(outcome, Rejection):
            counts["problems"] += 1
            fingerprints.pop(source or "", None)  # a refused file is read again next time
        if len(pending) >= batch:
            flush()
    _finish(current, per_file, fingerprints, done)
    flush()
    return IngestReport(len(files), len(files) - len(todo), **counts)


def _to_read(
    files: list[str], store: Store, *, since_last: bool
) -> tuple[list[str], dict[str, Fingerprint]]:
    """The files not stored before, and the fingerprint of each (stdin has none)."""
    todo: list[str] = []
    fingerprints: dict[str, Fingerprint] = {}
    touched: list[tuple[str, int]] = []
    for path in files:
        if since_last and _unchanged(path, store):
            continue
        fingerprint = _fingerprint(path)
        if fingerprint is not None and store.knows_document(path, fingerprint.sha256):
            touched.append((path, fingerprint.mtime_ns))  # so --since-last passes it over next time
            continue
        todo.append(path)
        if fingerprint is not None:
            fingerprints[path] = fingerprint
    store.retime(touched)
    return todo, fingerprints


def _finish(
    path: str | None,
    per_file: dict[str, int],
    fingerprints: dict[str, Fingerprint],
    done: list[tuple[str, Fingerprint, int]],
) -> None:
    """Mark a file whose outcomes have all come as read, to record with the next batch."""
    if path is not None and path in fingerprints:
        done.append((path, fingerprints.pop(path), per_file.get(path, 0)))


def _unchanged(path: str, store: Store) -> bool:
    """Whether a file is stored with its present size and modification time."""
    if path == STDIN:
        return False
    try:
        size, mtime_ns = remote.info(path)
    except OSError:
        return False  # the reader will say what is wrong with it
    return store.knows_unchanged(path, size, mtime_ns)


def _fingerprint(path: str) -> Fingerprint | None:
    """The hash, size and time of a file; None for stdin or a file that cannot be read.

    The time is taken before the bytes: a file written to while it is read
    then looks changed next time, not unchanged.
    """
    if path == STDIN:
        return None
    try:
        _, mtime_ns = remote.info(path)
        with remote.open_binary(path) as stream:
            data = stream.read()
    except OSError:
        return None  # the reader will say what is wrong with it
    return Fingerprint(hashlib.sha256(data).hexdigest(), len(data), mtime_ns)


@dataclass(frozen=True, slots=True)
class DatasetReport:
    """What writing a Parquet dataset did, in counts."""

    files: int = 0
    articles: int = 0
    parquet_files: int = 0
    problems: int = 0


def write_dataset(  # noqa: PLR0913 - keyword options of one call, as the CLI passes them
    paths: Iterable[str],
    url: str,
    *,
    options: Options,
    stdin: BinaryIO | None = None,
    on_outcome: Callable[[Outcome], None] = lambda _: None,
    map_batches: BatchMap | None = None,
) -> DatasetReport:
    """Read and analyse every article of ``paths`` into a Parquet dataset at ``url``.

    The dataset is partitioned by publication month (see
    :mod:`dateline.store.dataset`), written :data:`BATCH` articles at a time.

    Raises:
        ConfigError: the folder is not empty.
        StoreError: the folder cannot be written.
    """
    files = list(ingest.expand_paths(paths))
    writer = DatasetWriter(url)
    batch: list[Article] = []
    problems = 0
    for outcome in extract_paths(files, options=options, stdin=stdin, map_batches=map_batches):
        on_outcome(outcome)
        if isinstance(outcome, Article):
            batch.append(outcome)
        elif isinstance(outcome, Rejection):
            problems += 1
        if len(batch) >= BATCH:
            writer.write(batch)
            batch.clear()
    if batch:
        writer.write(batch)
    return DatasetReport(len(files), writer.articles, writer.files, problems)
