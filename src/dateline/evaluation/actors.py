"""Scoring the actors stage: mentions, clustering, and coding of the key actors.

Output mentions are character spans of an article's text; gold mentions are
spans of the input file. Each output span is mapped back to the file through
the article's source span (the text's lines are the file's lines, stripped),
and a gold mention is found when an output mention overlaps it.

- ``mention_p``/``mention_r``/``mention_f1``: mention detection (gold with listed
  mentions only; an output mention no gold mention overlaps costs precision).
- ``bcubed_p``/``bcubed_r``/``bcubed_f1``: B-cubed clustering over gold mentions;
  a gold mention that was not found stands alone.
- ``country``/``sector``: accuracy over the key actors whose country (sector)
  the gold gives, each matched to the output actor holding most of its
  mentions (or by name, or by a mention spelled as its name). A key actor
  the gold leaves without a country (an NGO's director, say) is not counted
  against a country found for it; one that is not found at all counts as
  wrong.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from dateline import lexicons
from dateline.evaluation.gold import GoldActor, GoldArticle, GoldFile
from dateline.evaluation.scores import Score, f1, ratio
from dateline.records import Actor, Article

STAGE = "actors"


def score(files: Sequence[tuple[GoldFile, list[Article]]], split: str) -> list[Score]:
    """Actor scores over gold inputs paired with the articles extracted from them."""
    detection = Counter[str]()
    bcubed_p: list[float] = []
    bcubed_r: list[float] = []
    coded = Counter[str]()
    for gold, articles in files:
        raw = gold.input.read_text(encoding="utf-8")
        for index, expected in enumerate(gold.articles):
            article = articles[index] if index < len(articles) else None
            spans = _output_mentions(article, raw) if article else {}
            if expected.mentioned_actors:
                _score_mentions(expected, spans, detection, bcubed_p, bcubed_r)
            for key_actor in expected.key_actors:
                actor = match(key_actor, expected, spans, article)
                if key_actor.country is not None:
                    coded["countries"] += 1
                    coded["country"] += actor is not None and actor.country == key_actor.country
                if key_actor.sector is not None:
                    coded["sectors"] += 1
                    fits = actor is not None and actor.sector in key_actor.sector.split("|")
                    coded["sector"] += fits
    mention_p = ratio(detection["matched_output"], detection["output"])
    mention_r = ratio(detection["found"], detection["gold"])
    precision = sum(bcubed_p) / max(len(bcubed_p), 1)
    recall = sum(bcubed_r) / max(len(bcubed_r), 1)
    mentions = detection["gold"]
    # Gold that names its key actors without marking every mention (the
    # extra sets) has nothing to say about mentions or clustering: printing
    # 0.000 for those rows would read as a failure.
    clustering = [
        Score(STAGE, split, "mention_p", mention_p, detection["output"]),
        Score(STAGE, split, "mention_r", mention_r, mentions),
        Score(STAGE, split, "mention_f1", f1(mention_p, mention_r), mentions),
        Score(STAGE, split, "bcubed_p", precision, mentions),
        Score(STAGE, split, "bcubed_r", recall, mentions),
        Score(STAGE, split, "bcubed_f1", f1(precision, recall), mentions),
    ]
    return [
        *(clustering if mentions else []),
        Score(
            STAGE,
            split,
            "country",
            ratio(coded["country"], coded["countries"]),
            coded["countries"],
        ),
        Score(STAGE, split, "sector", ratio(coded["sector"], coded["sectors"]), coded["sectors"]),
    ]


def _output_mentions(article: Article, raw: str) -> dict[tuple[int, int], Actor]:
    """Every output mention as a span of the input file, with its actor."""
    to_raw = text_to_raw(article, raw)
    spans = {}
    for actor in article.actors:
        for start, end in actor.mentions:
            first, last = to_raw[start], to_raw[end - 1]
            if first is not None and last is not None:
                spans[(first, last + 1)] = actor
    return spans


def text_to_raw(article: Article, raw: str) -> list[int | None]:
    """For each character of the article's text, its offset in the input file."""
    mapping: list[int | None] = [None] * (len(article.text) + 1)
    cursor = article.source.raw_start
    offset = 0
    for line in article.text.split("\n"):
        if line:
            found = raw.find(line, cursor, article.source.raw_end + 1)
            if found >= 0:
                for i in range(len(line)):
                    mapping[offset + i] = found + i
                cursor = found + len(line)
        offset += len(line) + 1
    return mapping


def _score_mentions(
    expected: GoldArticle,
    spans: dict[tuple[int, int], Actor],
    detection: Counter[str],
    bcubed_p: list[float],
    bcubed_r: list[float],
) -> None:
    gold_of: dict[tuple[int, int], int] = {}
    for number, actor in enumerate(expected.mentioned_actors):
        for mention in actor.mentions:
            gold_of[(mention.start, mention.end)] = number
    aligned = _align(list(gold_of), list(spans))
    detection["gold"] += len(gold_of)
    detection["found"] += len(aligned)
    detection["output"] += len(spans)
    detection["matched_output"] += len(set(aligned.values()))
    # The response cluster of each found gold mention: the gold mentions found
    # by output mentions of the same output actor.
    response: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for gold_span, output_span in aligned.items():
        response[spans[output_span].id].add(gold_span)
    for gold_span, number in gold_of.items():
        key = {g for g, n in gold_of.items() if n == number}
        found = aligned.get(gold_span)
        predicted = response[spans[found].id] if found else {gold_span}
        overlap = len(key & predicted)
        bcubed_p.append(overlap / len(predicted))
        bcubed_r.append(overlap / len(key))


def _align(
    gold: list[tuple[int, int]], output: list[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """Pair gold and output spans one to one, largest overlaps first."""
    pairs = sorted(
        (
            (min(g[1], o[1]) - max(g[0], o[0]), g, o)
            for g in gold
            for o in output
            if min(g[1], o[1]) > max(g[0], o[0])
        ),
        reverse=True,
    )
    aligned: dict[tuple[int, int], tuple[int, int]] = {}
    used: set[tuple[int, int]] = set()
    for _, g, o in pairs:
        if g not in aligned and o not in used:
            aligned[g] = o
            used.add(o)
    return aligned


def match(
    key_actor: GoldActor,
    expected: GoldArticle,
    spans: dict[tuple[int, int], Actor],
    article: Article | None,
) -> Actor | None:
    """The output actor for a key actor: by its annotated mentions, else by name or spelling."""
    listed = next((a for a in expected.mentioned_actors if a.name == key_actor.name), None)
    if listed is not None:
        votes = Counter[str]()
        by_id = {}
        aligned = _align([(m.start, m.end) for m in listed.mentions], list(spans))
        for output_span in aligned.values():
            actor = spans[output_span]
            votes[actor.id] += 1
            by_id[actor.id] = actor
        if votes:
            return by_id[votes.most_common(1)[0][0]]
    if article is None:
        return None
    names = {bare(key_actor.name), *(bare(alias) for alias in key_actor.aliases)}
    by_name = next((a for a in article.actors if bare(a.name) in names), None)
    if by_name is not None:
        return by_name
    # "World Trade Organisation" in the gold, "World Trade Organization" as
    # our canonical name: the actor whose mentions spell it as the gold does,
    # most often ("Cuba" is the Cuban government's name, though "the US
    # embargo on Cuba" may be told of in another's words), the first on a tie.
    spelled = Counter[str]()
    for a in article.actors:
        spelled[a.id] = sum(bare(article.text[start:end]) in names for start, end in a.mentions)
    best = max(spelled.values(), default=0)
    return next((a for a in article.actors if best and spelled[a.id] == best), None)


def bare(name: str) -> str:
    """A name folded, without the honorific or article before it ("Sir John Stevens")."""
    words = name.casefold().split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


# The honorifics the actors stage knows ("Prince Saud", "Sheikh Hasina"),
# so that a name matches whether or not the gold or the stage kept one.
_HONORIFICS = frozenset(
    {"the", *(row["word"].casefold() for row in lexicons.table("honorifics.tsv"))}
)
