"""When and where an event happened: the nearest date and place the article gives.

The date and the place come from the event's own clause first, then its
sentence, then the caption (a caption's date is the publication date it
gave; a caption's place is the place it names), then the article: for the
date, its publication date; for the place, the one named in the sentence
before, or else the one it names most. The explanation says which.
"""

from __future__ import annotations

import dataclasses

from dateline.records import UNKNOWN_DATE, Analysis, DateValue, Place, Span
from dateline.stages._spans import dateline_end
from dateline.stages._tree import Tree
from dateline.stages.places import caption_places


def clause_of(tree: Tree, trigger: int) -> Span:
    """The characters of the clause a trigger stands in: its verb's, or its own."""
    token = tree.tokens[trigger]
    head = trigger if token.pos == "VERB" or token.head == trigger else token.head
    first, last = tree.subtree(head)
    return tree.tokens[first].start, tree.tokens[last - 1].end


def date_of(analysis: Analysis, clause: Span, sentence: Span) -> tuple[DateValue, str | None]:
    """The event's date and the explanation step that found it.

    A wire dateline's date is when the story was filed, not when its events
    happened ("BEIRUT, 5 March 2024 - ... were killed ... yesterday"): it
    counts only as the publication date, at the end. "Now" or "recently"
    (a ``vague`` value) is no date to put an event on.
    """
    filed = dateline_end(analysis.article.text)
    for where, span in (("clause", clause), ("sentence", sentence)):
        for time in analysis.article.times:
            inside = span[0] <= time.span[0] < span[1] and time.span[0] >= filed
            if inside and time.value.value is not None and time.value.precision != "vague":
                return time.value, f"date: the first date in its {where}"
    published = analysis.article.published
    if published.value is None:
        return UNKNOWN_DATE, None
    if published.basis == "caption":
        return published, "date: the caption's date"
    return (
        dataclasses.replace(published, basis="inferred"),
        "date: the article's publication date (none in its clause or sentence)",
    )


def place_of(analysis: Analysis, clause: Span, sentence: Span) -> tuple[str | None, str | None]:
    """The event's place id and the explanation step that found it.

    The place the clause's verb is done in ("was detained in Zambia") comes
    before any other its clause names ("Mr Mubanga, from north London, was
    detained in Zambia"); then the first place of the clause, of the
    sentence, the caption's place, the place of the sentence before (news
    names where something happened once, then tells what happened there),
    and last the place the article names most. Those last two are taken only
    in the country of whoever does the event, when the text gives it one:
    "Turkey condemned the shelling" in a story about Homs did not happen in
    Homs; nor did the "urged Syria" it shares its subject with.
    """
    places = analysis.article.places
    tree = Tree(analysis.parse, analysis.article.text)
    own = _verb_place(tree, places, clause)
    if own is not None:
        return own.id, "place: the place its verb is done in"
    for where, span in (("clause", clause), ("sentence", sentence)):
        for place in places:
            if any(span[0] <= start < span[1] for start, _ in place.mentions):
                return place.id, f"place: the place named in its {where}"
    named = caption_places(analysis)
    captioned = next((p for p in places if p.name in named), None)
    if captioned is not None:
        return captioned.id, "place: the place the caption names"
    doers = _doer_countries(analysis, tree, clause)
    before = _sentence_before(tree, sentence)
    last = _last_named(places, before) if before is not None else None
    if last is not None and (not doers or last.country in doers):
        return last.id, "place: the place named in the sentence before"
    most = _most_named(places)
    if most is not None and (not doers or most.country in doers):
        return most.id, "place: the place the article names most"
    return None, None


def _doer_countries(analysis: Analysis, tree: Tree, clause: Span) -> set[str]:
    """The countries of the actors the clause's subject names: who does the event."""
    head = _clause_head(tree, clause)
    if head is None:
        return set()
    holders = [head]
    if tree.tokens[head].dep == "conj":
        # "Turkey condemned the shelling and urged Syria": the second verb's
        # subject is the first's.
        holders.append(tree.tokens[head].head)
    subjects = [
        tree.tokens[c]
        for holder in holders
        for c in tree.children[holder]
        if tree.tokens[c].dep in ("nsubj", "csubj")
    ]
    return {
        actor.country
        for actor in analysis.article.actors
        if actor.country
        and any(s < t.end and t.start < e for t in subjects for s, e in actor.mentions)
    }


def _clause_head(tree: Tree, clause: Span) -> int | None:
    """The token that heads a clause's span: the one whose head lies outside, or the root."""
    first, last = tree.token_at(clause[0]), tree.token_at(clause[1] - 1)
    if first is None or last is None:
        return None
    head = tree.phrase_head(first, last + 1)
    if head is None:  # the clause is its sentence's: its head is the root
        head = next((i for i in range(first, last + 1) if tree.tokens[i].head == i), None)
    return head


def _verb_place(tree: Tree, places: tuple[Place, ...], clause: Span) -> Place | None:
    """The place a preposition on the clause's head verb names: "detained in Zambia"."""
    head = _clause_head(tree, clause)
    if head is None:
        return None
    for place in places:
        for start, end in place.mentions:
            token = tree.token_at(end - 1)
            if token is None or not clause[0] <= start < clause[1]:
                continue
            preposition = tree.tokens[token].head
            if (
                tree.tokens[token].dep == "pobj"
                and tree.tokens[preposition].dep == "prep"
                and tree.tokens[preposition].head == head
            ):
                return place
    return None


def _sentence_before(tree: Tree, sentence: Span) -> Span | None:
    """The characters of the sentence before the one ``sentence`` starts, in the same paragraph."""
    first = tree.token_at(sentence[0])
    if first is None:
        return None
    number = tree.sentence_of[first]
    if number == 0:
        return None
    before = tree.text[: sentence[0]]
    if "\n" in before[len(before.rstrip()) :]:
        return None  # the sentence opens a paragraph: a new setting
    start, end = tree.sentence_span(number - 1)
    return tree.tokens[start].start, tree.tokens[end - 1].end


def _last_named(places: tuple[Place, ...], span: Span) -> Place | None:
    """The place named last in a span of the text."""
    found = [(start, p) for p in places for start, _ in p.mentions if span[0] <= start < span[1]]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _most_named(places: tuple[Place, ...]) -> Place | None:
    """The place the text names most often, the first named on a tie; None if none is named."""
    named = [p for p in places if p.mentions]
    if not named:
        return None
    return max(named, key=lambda p: (len(p.mentions), -min(p.mentions)[0]))
