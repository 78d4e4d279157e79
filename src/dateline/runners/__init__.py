"""Where the analysis runs: in this process, in local worker processes, or on Dask.

A runner takes batches of read articles and hands them back analysed (see
:func:`dateline.pipeline.analyse_batch`), in input order, with a bounded
number of batches in flight so that memory stays flat over any stream.
Reading, corpus memory and writing stay in the calling process: workers
compute, the parent writes.

>>> with runners.start(options, workers=2) as run:   # doctest: +SKIP
...     for outcome in pipeline.run(items, options=options, map_batches=run):
...         ...
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from dateline.errors import ConfigError
from dateline.options import Options
from dateline.pipeline import BatchMap

__all__ = ["start"]


@contextlib.contextmanager
def start(
    options: Options, *, workers: int = 1, dask: str | None = None
) -> Iterator[BatchMap | None]:
    """A runner for ``options``: None (this process), worker processes, or a Dask cluster.

    Each worker loads the spaCy pipeline once, when it starts.

    Raises:
        ConfigError: ``workers`` is below 1 or given with ``dask``, or ``dask``
            is not a Dask address (or Dask is not installed).
        RunnerError: the Dask scheduler cannot be reached.
        ModelNotFoundError: a worker does not have the spaCy pipeline.
    """
    if workers < 1:
        raise ConfigError(f"--workers {workers}: give 1 or more worker processes")
    if dask is not None and workers != 1:
        raise ConfigError("--workers goes without --dask: a Dask cluster has its own workers")
    if dask is not None:
        from dateline.runners import cluster  # noqa: PLC0415 - Dask is an optional extra

        with cluster.DaskRunner(options, dask) as runner:
            yield runner.map
        return
    if workers == 1:
        yield None
        return
    from dateline.runners import local  # noqa: PLC0415 - only when processes are asked for

    with local.ProcessRunner(options, workers) as runner:
        yield runner.map
