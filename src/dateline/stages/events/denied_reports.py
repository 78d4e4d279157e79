"""Deeds that only a newspaper's report tells, when the story says the report was denied.

"The party's campaign chief has denied a report that he gave the leader
bleak advice. The Sentinel said he told the leader to give up on ten
seats": what the paper says was done is its claim, and the story is of its
denial, so the deed is told as denied (``negated``), as a denied claim in
a single sentence is ("denied that he told the leader ...").

The denial is a rejection (deny, dismiss, reject) that takes a report or a
story as its object and is not itself negated; the deeds are the events
told inside a quote whose speaker is the press, other than the paper's
own words of praise or blame. "Confirm or deny" is no denial.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping

from dateline.records import Article, Event
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import object_of
from dateline.stages._tree import Tree
from dateline.stages.events.modality import is_negated

STEP = "told only by a press report the story says was denied: negated"
_REPORTS = frozenset({"report", "story"})
"""Nouns for what a newspaper or broadcaster put out."""
_PRESS = "MED"


def report_denied(tree: Tree, index: ActorIndex, verbal: Mapping[int, str]) -> bool:
    """Whether a rejection in the text takes a press report as its object: "denied a report that".

    A report another body made ("rejected the committee's report") is no
    newspaper's; one with no maker named, or the press's, may be.
    """
    for verb, kind in verbal.items():
        denied = object_of(tree, verb) if kind == "REJECT" else None
        if (
            denied is not None
            and tree.tokens[denied].lemma.lower() in _REPORTS
            and not is_negated(tree, verb)
            and not _confirm_or_deny(tree, verb)
            and all(maker in index.press for maker in index.describers(tree, denied))
        ):
            return True
    return False


def _confirm_or_deny(tree: Tree, verb: int) -> bool:
    """Whether a denial is half of "confirm or deny", which takes no side.

    "had no word to confirm or deny the report", "would neither confirm nor
    deny the story": the report is left standing, not denied.
    """
    tokens = tree.tokens
    joined = [c for c in tree.children[verb] if tokens[c].dep == "conj"]
    if tokens[verb].dep == "conj":
        joined.append(tokens[verb].head)
    return any(tokens[w].lemma.lower() == "confirm" for w in joined)


def with_press_reports_denied(events: Iterable[Event], article: Article) -> Iterator[Event]:
    """The events, with those told only in the press's own words marked as denied."""
    press = {actor.id for actor in article.actors if actor.sector == _PRESS}
    by_press = {q.id: q.speaker for q in article.quotes if q.speaker in press}
    for event in events:
        # "The Sentinel said the plan was a shambles" is the paper's own charge.
        speaker = by_press.get(event.quote or "")
        if speaker not in (None, *event.actor) and not (event.negated or event.hypothetical):
            yield dataclasses.replace(event, negated=True, explanation=(*event.explanation, STEP))
        else:
            yield event
