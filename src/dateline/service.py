"""What the front ends call: reading and analysing inputs, as one step."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dateline import ingest, pipeline
from dateline.options import Options
from dateline.records import Article, Rejection


def extract_paths(
    paths: Iterable[str], *, options: Options, stdin: BinaryIO | None = None
) -> Iterator[Article | Rejection]:
    """Every article in ``paths``, analysed, in input order, with a Rejection per problem."""
    return pipeline.run(ingest.read(paths, options=options, stdin=stdin), options=options)
