"""Batches handed out to workers and taken back in input order, a bounded number at a time."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from dateline.records import Outcome


class Pending(Protocol):
    """A batch being analysed somewhere: a local or a Dask future."""

    def result(self) -> list[Outcome]:
        """Wait for the analysed batch."""
        ...

    def cancel(self) -> object:
        """Give up on it."""
        ...


def in_order(
    submit: Callable[[list[Outcome]], Pending], batches: Iterable[list[Outcome]], window: int
) -> Iterator[list[Outcome]]:
    """Submit ``batches`` as they are read; yield their results in input order.

    At most ``window`` batches are submitted and not yet handed back, so a
    stream of any length holds a bounded number of articles in memory, and
    the workers are kept busy while the caller writes the first batch.
    """
    pending: deque[Pending] = deque()
    try:
        for batch in batches:
            pending.append(submit(batch))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:  # the caller stopped early (an error, a closed pipe)
            future.cancel()
