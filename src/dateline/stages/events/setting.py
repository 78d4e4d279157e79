"""When and where an event happened: the nearest date and place the article gives.

The date and the place come from the event's own clause first, then its
sentence, then the caption (a caption's date is the publication date it
gave; a caption's place is the place it names), then, for the date, the
article's publication date. The explanation says which.
"""

from __future__ import annotations

import dataclasses

from dateline.records import UNKNOWN_DATE, Analysis, DateValue, Span
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
    """The event's place id and the explanation step that found it."""
    for where, span in (("clause", clause), ("sentence", sentence)):
        for place in analysis.article.places:
            if any(span[0] <= start < span[1] for start, _ in place.mentions):
                return place.id, f"place: the place named in its {where}"
    named = caption_places(analysis)
    captioned = next((p for p in analysis.article.places if p.name in named), None)
    if captioned is not None:
        return captioned.id, "place: the place the caption names"
    return None, None
