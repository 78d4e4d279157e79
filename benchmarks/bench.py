"""``make bench``: dateline's throughput and memory against bare spaCy, measured in one run.

    .venv/bin/python benchmarks/bench.py --corpus ../shared/corpora/bbc-2005 [--quick]

Each command runs on its own, on the same texts: bare spaCy (``nlp.pipe``,
the floor), ``dateline extract`` and ``dateline ingest``, with the same
batch size and number of processes. For each it reports articles/s,
tokens/s, the peak resident memory of the command's whole process tree and
of its largest process, and the ratio of dateline's throughput to spaCy's.

With one process a command uses one of the machine's two cores, so the
one-process commands run two at a time, one per core: spaCy beside
``extract``, then ``ingest`` beside the growth check (benchmarks/growth.py:
1x, 4x and 16x the corpus, over what ``extract`` wrote). Each ratio is
taken between commands that ran under the same load. With two processes,
spaCy and ``ingest`` run alone, one after the other, for the scaling
table; ``ingest`` must store the same records as with one. (``extract``
with two processes is left out for time: tests/runners/test_local.py
holds its output to the one-process output.) All of it takes about nine
minutes on two cores.
Results go to ``benchmarks/results/latest.json``; a short table is printed.

``--quick`` uses the first 300 articles (and their 1x, 4x, 16x copies) to
check the harness in a minute or two; its figures are not the benchmark's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psutil

from dateline import ingest
from dateline.options import Options
from dateline.records import Article

HERE = Path(__file__).parent
RESULTS = HERE / "results" / "latest.json"
BATCH_SIZE = 32
PUBLISHED = "2005"  # the corpus's period, as `make eval` passes it
QUICK_ARTICLES = 300
GROWTH = (1, 4, 16)
_SAMPLE_SECONDS = 0.1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/bbc-2005"))
    parser.add_argument("--quick", action="store_true", help="300 articles: a harness check")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--stream",
        type=int,
        default=0,
        metavar="ARTICLES",
        help="also stream this many articles (copies, as the growth check makes) and sample RSS",
    )
    arguments = parser.parse_args()
    if not arguments.corpus.is_dir():
        print(f"bench: {arguments.corpus} not found; skipping (set SHARED=path/to/shared)")
        return
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as scratch:
        results = run(
            arguments.corpus,
            Path(scratch),
            quick=arguments.quick,
            processes=arguments.processes,
            stream=arguments.stream,
        )
    results["run_seconds"] = round(time.monotonic() - started, 1)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    print(f"\nwritten to {RESULTS.relative_to(HERE.parent)}")


def run(
    corpus: Path, scratch: Path, *, quick: bool, processes: list[int], stream: int
) -> dict[str, Any]:
    """Every measurement, in one run."""
    inputs = scratch / "inputs"
    articles = _texts(corpus, inputs, QUICK_ARTICLES if quick else None)
    texts = scratch / "texts.jsonl"
    with texts.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({"text": article.text}) + "\n")
    results: dict[str, Any] = {
        "corpus": str(corpus),
        "articles": len(articles),
        "quick": quick,
        "batch_size": BATCH_SIZE,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "runs": [],
        "growth": [],
    }
    commands = _Commands(scratch, inputs, texts)
    sizes = list(GROWTH)
    if stream:
        sizes.append(-(-stream // len(articles)))  # copies enough for ``stream`` articles
    for count in processes:
        if count == 1:
            # One core each, side by side: the floor beside extract, then
            # ingest beside the growth check, which reads what extract wrote.
            results["runs"] += together(commands.spacy(1), commands.extract)
            ingested, results["growth"] = together(
                commands.ingest(1), lambda: [_grow(commands.extracted, scratch, n) for n in sizes]
            )
            results["runs"].append(ingested)
        else:
            results["runs"] += [commands.spacy(count)(), commands.ingest(count)()]
    results["tokens"] = commands.tokens
    results["same_store_for_every_process_count"] = len(set(commands.stores.values())) == 1
    for run_ in results["runs"]:
        run_["articles_per_second"] = round(len(articles) / run_["seconds"], 2)
        run_["tokens_per_second"] = round(commands.tokens / run_["seconds"], 1)
        floor = next(
            r
            for r in results["runs"]
            if r["command"] == "spacy" and r["processes"] == run_["processes"]
        )
        run_["vs_spacy"] = round(floor["seconds"] / run_["seconds"], 3)
    first = results["growth"][0]["ms_per_article"]
    for grown in results["growth"]:
        grown["cost_per_article_vs_1x"] = round(grown["ms_per_article"] / first, 3)
    return results


class _Commands:
    """The measured commands over one run's inputs, and what their outputs showed."""

    def __init__(self, scratch: Path, inputs: Path, texts: Path) -> None:
        self.scratch = scratch
        self.inputs = inputs
        self.texts = texts
        self.extracted = scratch / "extract-1.jsonl"
        self.tokens = 0
        self.stores: dict[int, str] = {}
        self._dateline = [sys.executable, "-m", "dateline"]
        self._common = ["--published", PUBLISHED, "--batch-size", str(BATCH_SIZE)]

    def spacy(self, processes: int) -> Callable[[], dict[str, Any]]:
        def measured() -> dict[str, Any]:
            command = [sys.executable, str(HERE / "bare_spacy.py"), str(self.texts)]
            command += ["--batch-size", str(BATCH_SIZE), "--processes", str(processes)]
            out = self.scratch / f"spacy-{processes}.out"
            result = measure("spacy", processes, command, out)
            self.tokens = json.loads(out.read_text(encoding="utf-8"))["tokens"]
            return result

        return measured

    def extract(self) -> dict[str, Any]:
        command = [*self._dateline, "extract", *self._common, "--workers", "1", str(self.inputs)]
        return measure("extract", 1, command, self.extracted)

    def ingest(self, processes: int) -> Callable[[], dict[str, Any]]:
        def measured() -> dict[str, Any]:
            store = self.scratch / f"ingest-{processes}.db"
            command = [*self._dateline, "ingest", *self._common, "--workers", str(processes)]
            result = measure("ingest", processes, [*command, "--db", str(store), str(self.inputs)])
            result["stored"], self.stores[processes] = _stored(store)
            return result

        return measured


def together(*jobs: Callable[[], Any]) -> list[Any]:
    """Run ``jobs`` at the same time, one thread each (each job waits on its own command)."""
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        return [future.result() for future in [pool.submit(job) for job in jobs]]


def _grow(analysed: Path, scratch: Path, size: int) -> dict[str, Any]:
    """The growth check at ``size`` times the corpus."""
    command = [sys.executable, str(HERE / "growth.py"), str(analysed), "--copies", str(size)]
    command += ["--db", str(scratch / f"growth-{size}.db")]
    out = scratch / f"growth-{size}.out"
    measured = measure("growth", 1, command, out)
    grown = json.loads(out.read_text(encoding="utf-8"))
    grown["size"] = size
    grown["ms_per_article"] = round(grown["seconds"] / grown["articles"] * 1000, 3)
    grown["peak_rss_mb"] = measured["peak_process_rss_mb"]
    return grown


def measure(
    name: str, processes: int, command: list[str], stdout: Path | None = None
) -> dict[str, Any]:
    """Run ``command``: its wall time, the peak memory of its process tree and of one process."""
    with (stdout or Path(os.devnull)).open("wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)  # noqa: S603 - our own commands
        tree_peak = process_peak = most = 0
        watched = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                members = [watched, *watched.children(recursive=True)]
                sizes = [member.memory_info().rss for member in members]
            except psutil.Error:
                sizes = []  # a process ended between listing and reading it
            tree_peak = max(tree_peak, sum(sizes))
            process_peak = max(process_peak, *sizes, 0)
            most = max(most, len(sizes))
            time.sleep(_SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
    errors = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(command)} failed ({process.returncode}):\n{errors}")
    print(f"  {name:8} {processes} process(es): {seconds:7.1f} s", file=sys.stderr)
    return {
        "command": name,
        "processes": processes,
        "seconds": round(seconds, 2),
        "peak_tree_rss_mb": round(tree_peak / 2**20, 1),
        "peak_process_rss_mb": round(process_peak / 2**20, 1),
        "most_processes": most,
    }


def _texts(corpus: Path, inputs: Path, limit: int | None) -> list[Article]:
    """The corpus's articles as dateline reads them; with ``limit``, its files are copied first."""
    files = sorted(ingest.expand_paths([str(corpus)]))[:limit]
    inputs.mkdir()
    for i, name in enumerate(files):
        (inputs / f"{i:05d}-{Path(name).name}").write_bytes(Path(name).read_bytes())
    options = Options(published=PUBLISHED)
    return [
        item for item in ingest.read([str(inputs)], options=options) if isinstance(item, Article)
    ]


def _stored(store: Path) -> tuple[int, str]:
    """How many articles a store holds, and one hash of their records."""
    connection = sqlite3.connect(store)
    digest = hashlib.sha256()
    try:
        rows = connection.execute("SELECT id, record FROM articles ORDER BY id").fetchall()
    finally:
        connection.close()
    for article_id, record in rows:
        digest.update(f"{article_id}\t{record}\n".encode())
    return len(rows), digest.hexdigest()


def print_table(results: dict[str, Any]) -> None:
    """The short table: throughput, memory and ratios; scaling; growth."""
    print(
        f"\ndateline bench: {results['articles']} articles, {results['tokens']:,} tokens, "
        f"batch size {results['batch_size']}, {results['machine']['cpus']} CPUs"
        f"{' (QUICK: a sample, not the benchmark)' if results['quick'] else ''}; "
        f"the run took {results['run_seconds'] / 60:.1f} min\n"
    )
    print(
        f"{'command':18}{'procs':>6}{'seconds':>9}{'articles/s':>12}{'tokens/s':>10}"
        f"{'RSS tree MB':>13}{'RSS max/proc':>14}{'vs spaCy':>10}"
    )
    names = {"spacy": "spaCy nlp.pipe", "extract": "dateline extract", "ingest": "dateline ingest"}
    for run_ in results["runs"]:
        print(
            f"{names[run_['command']]:18}{run_['processes']:>6}{run_['seconds']:>9.1f}"
            f"{run_['articles_per_second']:>12.1f}{run_['tokens_per_second']:>10.0f}"
            f"{run_['peak_tree_rss_mb']:>13.0f}{run_['peak_process_rss_mb']:>14.0f}"
            f"{run_['vs_spacy']:>10.2f}"
        )
    counts = sorted({r["processes"] for r in results["runs"]})
    if len(counts) > 1:
        print(f"\nscaling, articles/s with {counts[-1]} processes / with {counts[0]}:")
        for name, label in names.items():
            by = {r["processes"]: r["seconds"] for r in results["runs"] if r["command"] == name}
            if counts[0] in by and counts[-1] in by:
                print(f"  {label:18}{by[counts[0]] / by[counts[-1]]:.2f}x")
    same = "yes" if results["same_store_for_every_process_count"] else "NO"
    print(f"  ingest stores the same records for every process count: {same}")
    print("\ngrowth (corpus memory + store, over analysed articles, beside the 1-process ingest):")
    print(
        f"{'size':>6}{'articles':>10}{'seconds':>9}{'ms/article':>12}{'vs 1x':>8}"
        f"{'peak RSS MB':>13}"
    )
    for grown in results["growth"]:
        print(
            f"{grown['size']:>5}x{grown['articles']:>10}{grown['seconds']:>9.1f}"
            f"{grown['ms_per_article']:>12.2f}{grown['cost_per_article_vs_1x']:>8.2f}"
            f"{grown['peak_rss_mb']:>13.0f}"
        )
    last = results["growth"][-1]
    print(f"  RSS along the {last['size']}x stream (MB): {last['rss_samples_mb']}")


if __name__ == "__main__":
    main()
