"""Whom a statement naming no one is about: the one the story is about.

"The dockers' union called it a betrayal", "suppliers are pressing for
faster payment", "the regulator turned the offer down": a charge, demand,
refusal, backing or assent whose words name no one, in a story plainly
about one actor, is about that actor, as coders read it. The story is
plainly about the actor it names most often, when it names it often and
well ahead of any other; the recipient is inferred, scored low, and the
explanation says so. A story plainly about one actor outweighs the home
government that a demand or charge naming no one is otherwise made of
(:mod:`.addressees`): "the Greens say the costings are fanciful", in a
story about a haulier closing a depot, is a charge of the haulier.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from dateline.records import Actor, Event
from dateline.stages.events.addressees import STEP as HOME_GOVERNMENT_STEP
from dateline.stages.events.steps import INFERRED, MAKER_UNNAMED

_ABOUT_SOMEONE = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE"})
_FEWEST_MENTIONS = 3
"""How often the story must name its subject: once or twice is in passing."""
_LEAD = 1.5
"""How many times as often as any other actor the subject is named: a story of
two sides, each named about as often, is about neither alone."""
_CONFIDENCE = 0.5
_NONE_ON_PURPOSE = "no recipient"
"""How a step begins that leaves the recipient out on purpose (``ADDRESSEE_UNREAD``)."""
STEP = f"{INFERRED}recipient: the one the story is about, as the words name no one"


def aimed_at_the_subject(events: Iterable[Event], actors: tuple[Actor, ...]) -> Iterator[Event]:
    """The events, with the story's subject as recipient where a statement names none."""
    ranked = sorted(actors, key=lambda a: len(a.mentions), reverse=True)
    for event in events:
        subject = _subject(event, ranked)
        if subject is None:
            yield event
            continue
        steps = tuple(step for step in event.explanation if step != HOME_GOVERNMENT_STEP)
        yield dataclasses.replace(
            event,
            recipient=(subject.id,),
            confidence=min(event.confidence, _CONFIDENCE),
            explanation=(*steps, STEP),
        )


def _subject(event: Event, ranked: list[Actor]) -> Actor | None:
    """The actor, not among the event's doers, that the story is plainly about, if any.

    ``ranked`` is the article's actors, the most often named first.
    """
    named = event.recipient and HOME_GOVERNMENT_STEP not in event.explanation
    if event.type not in _ABOUT_SOMEONE or named or len(event.actor) != 1:
        return None  # several doers naming no one are at odds with one another
    if any(
        step.startswith(_NONE_ON_PURPOSE) and step != MAKER_UNNAMED for step in event.explanation
    ):
        # "urged the hunts to stay calm": the words name whom, as no actor. But
        # "the scheme is unworkable" leaves whose scheme open: the subject's.
        return None
    others = [a for a in ranked if a.id not in event.actor]
    if not others or len(others[0].mentions) < _FEWEST_MENTIONS:
        return None
    runner_up = len(others[1].mentions) if len(others) > 1 else 0
    if len(others[0].mentions) < _LEAD * runner_up or others[0].id in event.recipient:
        return None
    return None if _its_own_plan(event, others[0], ranked) else others[0]


def _its_own_plan(event: Event, subject: Actor, actors: list[Actor]) -> bool:
    """Whether a plan judged with no maker named is the doer's own body's.

    "Nordfrakt's lawyers say the sale was unlawful", in a story about
    Nordfrakt: the firm's own people judge a plan made by others, not
    their firm's.
    """
    if MAKER_UNNAMED not in event.explanation or subject.org is None:
        return False
    return any(a.org == subject.org for a in actors if a.id in event.actor)
