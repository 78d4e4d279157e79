"""A Dask distributed cluster: a scheduler at ``tcp://HOST:PORT``, or ``local:N`` workers here.

The client (this process) reads the inputs, sends batches of articles to
the workers, and takes the analysed batches back in input order; corpus
memory and writing stay here, as with local processes. Each worker loads
the spaCy pipeline once and keeps it. See docs/cluster.md.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError
from types import TracebackType
from typing import Any, Self

from dateline import nlp
from dateline.errors import ConfigError, RunnerError
from dateline.options import Options
from dateline.pipeline import analyse_batch
from dateline.records import Outcome
from dateline.runners.ordered import in_order

CONNECT_SECONDS = 10
"""How long to try to reach a scheduler before saying it cannot be reached."""
WORKERS_SECONDS = 60
"""How long to wait for a first worker to join a scheduler that has none."""
BATCHES_PER_THREAD = 2
_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(tcp|tls)://[^\s:/]+:\d{1,5}")
_USAGE = "give tcp://HOST:PORT (a running Dask scheduler) or local:N (N local worker processes)"


class DaskRunner:
    """Batches analysed on a Dask cluster, handed back in input order."""

    def __init__(
        self, options: Options, address: str, *, connect_seconds: float = CONNECT_SECONDS
    ) -> None:
        """Connect to the scheduler at ``address``, or start ``local:N`` workers.

        Raises:
            ConfigError: the address is not one, or Dask is not installed.
            RunnerError: the scheduler cannot be reached, or has no worker.
            ModelNotFoundError: a worker does not have the spaCy pipeline.
        """
        local = _LOCAL.fullmatch(address)
        if local is None and _REMOTE.fullmatch(address) is None:
            raise ConfigError(f"--dask {address!r} is not a Dask address; {_USAGE}")
        if local is not None and int(local.group(1)) < 1:
            raise ConfigError(f"--dask {address!r}: a local cluster needs 1 or more workers")
        chosen = logging.getLogger("distributed").level
        try:
            from distributed import Client, KilledWorker, LocalCluster  # noqa: PLC0415 - an extra
        except ImportError as error:
            raise ConfigError(
                "--dask needs Dask distributed, which is not installed: "
                "pip install 'dateline[dask]'"
            ) from error
        if chosen:
            # Importing distributed sets its own log levels; the front end's choice wins.
            logging.getLogger("distributed").setLevel(chosen)
        self._options = options
        self._cluster: Any = None
        self._failures: tuple[type[BaseException], ...] = (OSError, CancelledError, KilledWorker)
        if local is not None:
            self._cluster = LocalCluster(  # type: ignore[no-untyped-call]  # distributed is untyped here
                n_workers=int(local.group(1)),
                threads_per_worker=1,  # spaCy's pipeline is not shared between threads
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                # The scheduler's HTTP endpoint (health, metrics) on a free port
                # rather than 8787, which another cluster on the machine may hold.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                # The workers' processes log as the front end chose: without
                # --verbose, a worker's teardown complaint on a loaded machine
                # ("... closed") is no line of the user's run.
                silence_logs=chosen or logging.ERROR,
            )
            self._client: Any = Client(self._cluster, set_as_default=False)  # type: ignore[no-untyped-call]
        else:
            try:
                self._client = Client(  # type: ignore[no-untyped-call]
                    address, timeout=connect_seconds, set_as_default=False
                )
            except (OSError, TimeoutError) as error:
                raise RunnerError(
                    f"cannot reach the Dask scheduler at {address} ({_reason(error)}); "
                    "is 'dask scheduler' running there, and the port open?"
                ) from error
        try:
            self._start_workers(address)
        except BaseException:
            self.close()
            raise

    def _start_workers(self, address: str) -> None:
        try:
            self._client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except (OSError, TimeoutError) as error:
            raise RunnerError(
                f"no Dask worker joined the scheduler at {address} within {WORKERS_SECONDS} s; "
                "start workers with 'dask worker ADDRESS --nthreads 1'"
            ) from error
        # Load the pipeline on every worker now: a worker without it fails here, in one line.
        self._client.run(_load_model, self._options.model)
        threads = sum(self._client.nthreads().values())
        self._window = BATCHES_PER_THREAD * max(threads, 1)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Disconnect; stop the local cluster if this runner started one."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def map(self, batches: Iterable[list[Outcome]]) -> Iterator[list[Outcome]]:
        """Analyse ``batches`` on the cluster, yielding them in input order.

        Raises:
            RunnerError: the cluster went away or lost the work.
        """
        try:
            yield from in_order(
                lambda batch: self._client.submit(analyse_batch, batch, self._options, pure=False),
                batches,
                self._window,
            )
        except self._failures as error:
            raise RunnerError(f"the Dask cluster failed ({_reason(error)})") from error


def _load_model(model: str) -> str:
    """Run on each worker: load the pipeline once, and say which it is."""
    return nlp.model_name(model)


def _reason(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
