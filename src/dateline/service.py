"""What the front ends call: reading and analysing inputs, as one step."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dateline import ingest, nlp, pipeline
from dateline.options import Options
from dateline.records import Outcome


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
