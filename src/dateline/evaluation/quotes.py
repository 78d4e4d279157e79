"""Scoring the quotes stage: quote spans at several overlaps, speakers, and the shared gold.

Where an article lists every quote by span (``quote_spans``), output and gold
quotes are compared by the word characters they cover in the input file
(letters and digits: spaces, punctuation and quote marks do not count, so a
quotation continued across paragraphs is one run of text). Their overlap is
the characters they share over the characters of the longer of the two;
pairs are matched one to one, largest overlap first, at three levels:

- ``*_0.3`` and ``*_0.8``: overlap at least 0.3 (the quote was found) or 0.8
  (its extent is right);
- ``*_exact``: the same characters.

``p``/``r``/``f1`` count every quote; ``direct_*``, ``indirect_*`` and
``partial_*`` count the gold quotes of that kind for recall and the output
quotes of that kind for precision. ``speaker`` is the share of quotes
matched at 0.3 whose speaker is right: one of the gold's ``|`` alternatives
occurs in the speaker actor's name, title, organisation or mentions, or in
the quote's ``speaker_text``.

The shared gold lists quotes by words they contain: ``contains_r`` is the
share of those an output quote contains (spaces and quote marks folded), and
``contains_speaker`` the share of found ones with the right speaker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from dateline.evaluation.actors import text_to_raw
from dateline.evaluation.gold import GoldFile, GoldQuote
from dateline.evaluation.scores import Score, f1, ratio
from dateline.records import Article, Quote

STAGE = "quotes"
KINDS = ("direct", "indirect", "partial")
LEVELS = (("0.3", 0.3), ("0.8", 0.8), ("exact", 1.0))
_MARKS = str.maketrans(dict.fromkeys("\"“”„«»‘’'", ""))


def score(files: Sequence[tuple[GoldFile, list[Article]]], split: str) -> list[Score]:
    """Quote scores over gold inputs paired with the articles extracted from them."""
    counts = Counter[str]()
    for gold, articles in files:
        raw = gold.input.read_text(encoding="utf-8")
        for index, expected in enumerate(gold.articles):
            article = articles[index] if index < len(articles) else None
            if expected.quote_spans is not None:
                _score_spans(expected.quote_spans, article, raw, counts)
            listed = (
                gold.raw_articles[index].get("quotes", ()) if index < len(gold.raw_articles) else ()
            )
            _score_contains(listed, article, counts)
    if not counts["gold"] and not counts["contains"]:
        return []
    scores = []
    if counts["gold"]:
        for name, _ in LEVELS:
            for prefix in ("", *(f"{kind}_" for kind in KINDS)):
                kind = prefix.rstrip("_") or "all"
                precision = ratio(counts[f"matched_output:{kind}:{name}"], counts[f"output:{kind}"])
                recall = ratio(counts[f"found:{kind}:{name}"], counts[f"gold:{kind}"])
                scores += [
                    Score(STAGE, split, f"{prefix}p_{name}", precision, counts[f"output:{kind}"]),
                    Score(STAGE, split, f"{prefix}r_{name}", recall, counts[f"gold:{kind}"]),
                    Score(
                        STAGE,
                        split,
                        f"{prefix}f1_{name}",
                        f1(precision, recall),
                        counts[f"gold:{kind}"],
                    ),
                ]
        scores.append(
            Score(
                STAGE,
                split,
                "speaker",
                ratio(counts["speaker"], counts["found:all:0.3"]),
                counts["found:all:0.3"],
            )
        )
    if counts["contains"]:
        scores += [
            Score(
                STAGE,
                split,
                "contains_r",
                ratio(counts["contained"], counts["contains"]),
                counts["contains"],
            ),
            Score(
                STAGE,
                split,
                "contains_speaker",
                ratio(counts["contained_speaker"], counts["contained"]),
                counts["contained"],
            ),
        ]
    return scores


def _score_spans(
    expected: tuple[GoldQuote, ...], article: Article | None, raw: str, counts: Counter[str]
) -> None:
    outputs: list[tuple[Quote, frozenset[int]]] = []
    if article is not None:
        to_raw = text_to_raw(article, raw)
        for quote in article.quotes:
            places = (to_raw[i] for i in range(*quote.span))
            outputs.append(
                (quote, frozenset(p for p in places if p is not None and raw[p].isalnum()))
            )
    golds = [(q, frozenset(p for p in range(q.start, q.end) if raw[p].isalnum())) for q in expected]
    counts["gold"] += len(golds)
    for gold, _ in golds:
        counts["gold:all"] += 1
        counts[f"gold:{gold.kind}"] += 1
    for quote, _ in outputs:
        counts["output:all"] += 1
        counts[f"output:{quote.kind}"] += 1
    for name, threshold in LEVELS:
        for g, o in _aligned(golds, outputs, threshold):
            gold, quote = golds[g][0], outputs[o][0]
            for kind in ("all", gold.kind):
                counts[f"found:{kind}:{name}"] += 1
            for kind in ("all", quote.kind):
                counts[f"matched_output:{kind}:{name}"] += 1
            if name == "0.3":
                counts["speaker"] += _speaker_fits(gold.speaker, quote, article)


def _aligned(
    golds: list[tuple[GoldQuote, frozenset[int]]],
    outputs: list[tuple[Quote, frozenset[int]]],
    threshold: float,
) -> list[tuple[int, int]]:
    """Gold and output quotes paired one to one, largest overlap first, at ``threshold`` or more."""
    pairs = []
    for g, (_, gold) in enumerate(golds):
        for o, (_, output) in enumerate(outputs):
            longer = max(len(gold), len(output))
            overlap = len(gold & output) / longer if longer else 0.0
            if overlap >= threshold and (threshold < 1 or gold == output):
                pairs.append((overlap, g, o))
    pairs.sort(key=lambda pair: -pair[0])
    used_gold: set[int] = set()
    used_output: set[int] = set()
    aligned = []
    for _, g, o in pairs:
        if g not in used_gold and o not in used_output:
            used_gold.add(g)
            used_output.add(o)
            aligned.append((g, o))
    return aligned


def _score_contains(
    listed: Iterable[dict[str, str]], article: Article | None, counts: Counter[str]
) -> None:
    for entry in listed:
        counts["contains"] += 1
        wanted = _folded(entry["contains"])
        quote = next(
            (q for q in article.quotes if wanted in _folded(q.text)) if article else iter(()), None
        )
        if quote is not None:
            counts["contained"] += 1
            counts["contained_speaker"] += _speaker_fits(entry.get("speaker") or "", quote, article)


def _speaker_fits(speaker: str, quote: Quote, article: Article | None) -> bool:
    names = [quote.speaker_text or ""]
    actor = next((a for a in article.actors if a.id == quote.speaker), None) if article else None
    if actor is not None and article is not None:
        names += [actor.name, actor.title or "", actor.org or ""]
        names += [article.text[start:end] for start, end in actor.mentions]
    folded = [name.casefold() for name in names if name]
    return any(
        alternative.strip().casefold() in name
        for alternative in speaker.split("|")
        if alternative.strip()
        for name in folded
    )


def _folded(text: str) -> str:
    return " ".join(text.translate(_MARKS).split()).casefold()
