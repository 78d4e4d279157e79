from __future__ import annotations

import pytest

from dateline.records import Notice, Outcome
from dateline.runners.ordered import in_order


class _Finished:
    """A future that is done at once, as a fake of a worker's."""

    def __init__(self, batch: list[Outcome], log: list[str]) -> None:
        self.batch = batch
        self.log = log
        self.cancelled = False

    def result(self) -> list[Outcome]:
        self.log.append(f"result {self.batch[0].code}")
        return self.batch

    def cancel(self) -> bool:
        self.cancelled = True
        return True


def _batches(count: int, log: list[str]):
    for i in range(count):
        log.append(f"read {i}")
        yield [Notice(code=str(i), message=f"batch {i}")]


def test_batches_come_back_in_input_order():
    log: list[str] = []
    results = list(in_order(lambda batch: _Finished(batch, log), _batches(7, log), window=3))
    assert [batch[0].code for batch in results] == [str(i) for i in range(7)]


@pytest.mark.parametrize("window", [1, 2, 4])
def test_no_more_than_the_window_is_read_ahead_of_what_is_handed_back(window):
    log: list[str] = []
    for _ in in_order(lambda batch: _Finished(batch, log), _batches(10, log), window=window):
        read = sum(entry.startswith("read") for entry in log)
        handed = sum(entry.startswith("result") for entry in log)
        assert read - handed <= window - 1 or read == 10


def test_work_not_taken_back_is_cancelled_when_the_caller_stops():
    log: list[str] = []
    futures: list[_Finished] = []

    def submit(batch: list[Outcome]) -> _Finished:
        futures.append(_Finished(batch, log))
        return futures[-1]

    results = in_order(submit, _batches(10, log), window=4)
    next(results)
    results.close()
    assert [f.cancelled for f in futures] == [False, True, True, True]
