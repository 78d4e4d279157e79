"""Scoring the merging of reports into happenings, on a labelled set of articles.

The set (``evaluation/happenings``) holds invented articles, several
reporting each happening and others that resemble one but are not it,
with ``labels.json`` giving each file its happening and the type of event
it reports. All the files are ingested into a fresh store; two files are
merged when an event of each, of its labelled type, falls in one cluster.
Over every pair of files:

- ``pair_p``: of the pairs merged, the share that report one happening;
- ``pair_r``: of the pairs that report one happening, the share merged;
- ``reduction``: the reports of a happening the store counts once, as a
  share of all the reports beyond the first (what a count of events no
  longer double-counts).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from itertools import combinations
from pathlib import Path

from dateline.evaluation.runs import untimed
from dateline.evaluation.scores import Score, f1, ratio
from dateline.options import Options
from dateline.service import ingest_paths
from dateline.store import Store

STAGE = "happenings"


def score(folder: Path, split: str) -> list[Score]:
    """Pairwise precision and recall of merged reports over one split of the set in ``folder``.

    Each file's ``split`` in ``labels.json`` says which: ``dev`` to tune on,
    ``test`` to report on (a look-alike goes with the happening it imitates).
    """
    labels = [e for e in _labels(folder) if e["split"] == split]
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "happenings.db"
        with Store(db) as store:
            ingest_paths(
                [str(folder / entry["file"]) for entry in labels], store, options=untimed(Options())
            )
        clusters = _clusters(db, folder, labels)
    merged = same = both = 0
    for one, other in combinations(labels, 2):
        is_same = one["happening"] == other["happening"]
        is_merged = bool(clusters[one["file"]] & clusters[other["file"]])
        same += is_same
        merged += is_merged
        both += is_same and is_merged
    precision, recall = ratio(both, merged), ratio(both, same)
    reports: dict[str, list[str]] = {}
    for entry in labels:
        reports.setdefault(entry["happening"], []).append(entry["file"])
    extra = sum(len(files) - 1 for files in reports.values())
    counted_once = sum(_merged_away(files, clusters) for files in reports.values())
    name = f"{split}:happenings"
    return [
        Score(STAGE, name, "pair_p", precision, merged),
        Score(STAGE, name, "pair_r", recall, same),
        Score(STAGE, name, "pair_f1", f1(precision, recall), same),
        Score(STAGE, name, "reduction", ratio(counted_once, extra), extra),
    ]


def _labels(folder: Path) -> list[dict[str, str]]:
    labels: list[dict[str, str]] = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return labels


def _merged_away(files: list[str], clusters: dict[str, set[str]]) -> int:
    """How many reports of one happening are not counted again.

    The reports, less the units the store counts them as: groups of reports
    joined through shared clusters.
    """
    units: list[set[str]] = []
    for name in files:
        joined = [unit for unit in units if any(clusters[name] & clusters[f] for f in unit)]
        merged = {name}.union(*joined)
        units = [unit for unit in units if unit not in joined] + [merged]
    return len(files) - len(units)


def _clusters(db: Path, folder: Path, labels: list[dict[str, str]]) -> dict[str, set[str]]:
    """For each file, the clusters of its events of the labelled type."""
    connection = sqlite3.connect(db)
    try:
        found: dict[str, set[str]] = {}
        for entry in labels:
            rows = connection.execute(
                "SELECT c.cluster FROM event_clusters c"
                " JOIN events e ON e.article_id = c.article_id AND e.id = c.event_id"
                " JOIN articles t ON t.id = e.article_id"
                " WHERE t.source_path = ? AND e.type = ?",
                (str(folder / entry["file"]), entry["type"]),
            )
            found[entry["file"]] = {cluster for (cluster,) in rows}
        return found
    finally:
        connection.close()
