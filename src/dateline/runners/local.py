"""Worker processes on this machine, each loading the spaCy pipeline once."""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Self

from dateline import nlp
from dateline.errors import RunnerError
from dateline.options import Options
from dateline.pipeline import analyse_batch
from dateline.records import Outcome
from dateline.runners.ordered import in_order

BATCHES_PER_WORKER = 2
"""Batches in flight per worker: one being analysed, one waiting, none piling up."""


class ProcessRunner:
    """A pool of ``workers`` processes that analyse batches; results come back in order."""

    def __init__(self, options: Options, workers: int) -> None:
        # "spawn", not "fork": a forked child would inherit the parent's threads and open
        # store, and the behaviour would differ between Linux and macOS.
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(options,),
        )
        self._options = options
        self._window = BATCHES_PER_WORKER * workers

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def map(self, batches: Iterable[list[Outcome]]) -> Iterator[list[Outcome]]:
        """Analyse ``batches`` in the workers, yielding them in input order.

        Raises:
            RunnerError: a worker process died (killed, or out of memory).
        """
        try:
            yield from in_order(
                lambda batch: self._pool.submit(analyse_batch, batch, self._options),
                batches,
                self._window,
            )
        except BrokenProcessPool as error:
            raise RunnerError(
                f"a worker process died ({error}); was it killed or out of memory? "
                "Try fewer --workers or a smaller --batch-size"
            ) from error


def _start_worker(options: Options) -> None:
    # Ctrl-C reaches every process of the terminal; the parent stops the pool,
    # and a worker printing its own traceback would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    nlp.load(options.model)
