"""Measuring dateline against annotated gold and real corpora.

``evaluate`` returns scores per stage and split; ``shortfalls`` compares them
with the floors that ``make eval`` (and CI) hold. The shared folder holds the
gold (``gold/dev``, ``gold/test``), the corpora and the samples; the project
may add its own gold folders in the same format.
"""

from __future__ import annotations

from pathlib import Path

from dateline.errors import ConfigError
from dateline.evaluation import actors, events, happenings, places, quotes, segmentation, times
from dateline.evaluation.gold import SPLITS, GoldError, GoldFile, load_gold
from dateline.evaluation.runs import extract_gold
from dateline.evaluation.scores import Score, Shortfall, load_floors, shortfalls
from dateline.options import Options
from dateline.records import Article

__all__ = [
    "GoldError",
    "Score",
    "Shortfall",
    "evaluate",
    "format_table",
    "load_floors",
    "shortfalls",
]

CORPORA = {"bbc-2005": "corpora/bbc-2005/*/*.txt"}
MEANTIME = "corpora/meantime-en/intra_cross-doc_annotation"
"""MEANTIME's English articles, whose TIMEX3 values score the times stage."""
PUBLISHED = {"corpora/bbc-2005": "2005"}
"""The publication date a user would pass (``--published``) for a corpus whose
files carry none: the BBC files are from 2004-2005 (its README), mostly early
2005. Without it, a well-known person's office is a guess over their career."""


def evaluate(
    shared: Path,
    *,
    gold_folders: list[Path] | None = None,
    split: str = "all",
    options: Options | None = None,
    happenings_folder: Path | None = None,
) -> list[Score]:
    """Score every stage that has gold, on the chosen split, and the corpus checks.

    Raises:
        ConfigError: ``shared`` is not a folder.
        GoldError: a gold file cannot be read.
    """
    if not shared.is_dir():
        raise ConfigError(f"{shared}: no such folder (the shared gold and corpora)")
    folders = [shared / "gold", *(gold_folders or [])]
    names = [name for name in SPLITS if split in ("all", name)]
    scores = []
    for name in names:
        scores += _gold_scores(load_gold(folders, shared, split=name), name, options or Options())
    for corpus, pattern in CORPORA.items():
        paths = sorted(shared.glob(pattern))
        if paths:
            scores += segmentation.score_corpus(paths, corpus)
    if happenings_folder is not None:
        for name in names:
            scores += happenings.score(happenings_folder, name)
    meantime = shared / MEANTIME
    if meantime.is_dir():
        for name in names:
            scores += times.score(meantime, f"{name}:meantime", name)
    return scores


def _gold_scores(files: list[GoldFile], name: str, options: Options) -> list[Score]:
    """Every stage scored on one split of the gold, and on the samples and sets among it.

    Inputs put in a set of their own (``"set": "extra"``) are left out of the
    split's rows and extracted in a run of their own, so that the split's
    figures stay what they were: their events, the coding of their key
    actors, their toponyms and their times are scored as rows of their own
    per set (``dev:extra``, ``dev:business2``). A set
    is gold that the stages were not tuned on, added to find misses; mixing
    it in would change what the split's floors hold.
    """
    sets = sorted({gold.subset for gold in files if gold.subset is not None})
    scores = _split_scores([gold for gold in files if gold.subset is None], name, options)
    for subset in sets:
        extracted = _extracted([gold for gold in files if gold.subset == subset], options)
        if extracted:  # a set of times only (``dev:business2``) has no events or actors rows
            for stage in (actors, events, places):
                scores += stage.score(extracted, f"{name}:{subset}")
        scores += times.score_set(
            [gold for gold in files if gold.subset == subset], f"{name}:{subset}", options
        )
    return scores


def _split_scores(files: list[GoldFile], name: str, options: Options) -> list[Score]:
    """Every stage scored on one split of the gold, and on the samples among it."""
    scores = segmentation.score_gold(files, name)
    extracted = _extracted(files, options)
    for stage in (actors, events, quotes, places):
        scores += stage.score(extracted, name)
    scores += times.score_gold(files, name, options)
    samples = [(g, a) for g, a in extracted if g.input.parent.name == "samples"]
    if samples:
        for stage in (actors, events, quotes):
            scores += stage.score(samples, f"{name}:samples")
    return scores


def _extracted(files: list[GoldFile], options: Options) -> list[tuple[GoldFile, list[Article]]]:
    """Each gold input with the articles one run over all of them extracts, in order."""
    wanted = [
        gold
        for gold in files
        if any(
            a.key_actors or a.mentioned_actors or a.quote_spans or a.places is not None
            for a in gold.articles
        )
        or any("events" in raw or "quotes" in raw for raw in gold.raw_articles)
    ]
    return extract_gold(wanted, options, lambda gold: _published(gold, options))


def _published(gold: GoldFile, options: Options) -> str | None:
    """The date a user would pass (``--published``) for a gold input.

    The gold's publication window as far as it is sure (its month, or its
    year), else the corpus's period.
    """
    if options.published is not None:
        return options.published
    window = next((a.get("published_between") for a in gold.raw_articles), None)
    if window:
        first, last = str(window[0]), str(window[1])
        if first[:7] == last[:7]:
            return first[:7]
        if first[:4] == last[:4]:
            return first[:4]
    return next(
        (date for corpus, date in PUBLISHED.items() if corpus in gold.input.as_posix()), None
    )


def format_table(scores: list[Score], floors: dict[tuple[str, str, str], float]) -> str:
    """The scores as an aligned text table, with their floors where they have one."""
    header = ("stage", "split", "metric", "score", "n", "floor")
    rows = [
        (
            s.stage,
            s.split,
            s.metric,
            f"{s.value:.3f}",
            str(s.count),
            f"{floors[(s.stage, s.split, s.metric)]:.3f}"
            if (s.stage, s.split, s.metric) in floors
            else "",
        )
        for s in scores
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    )
