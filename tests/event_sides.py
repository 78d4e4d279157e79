"""The events a text we wrote gives, by the names of their sides: the event rule tests' reader."""

from __future__ import annotations

from typing import NamedTuple

from actor_names import report


class Told(NamedTuple):
    """One event of a body we wrote, its sides by name."""

    type: str
    mode: str | None
    trigger: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    real: bool
    """Told as fact: neither negated nor hypothetical."""
    quoted: bool
    """Carried by a quote."""
    fatalities: int | None


def told_events(body: str, published: str = "2024-03-10") -> list[Told]:
    """Every event of ``body`` under a plain headline, published that day, in output order."""
    article = report(body, published)
    names = {a.id: a.name for a in article.actors}
    return [
        Told(
            e.type,
            e.mode,
            e.trigger,
            tuple(names[i] for i in e.actor),
            tuple(names[i] for i in e.recipient),
            real=not (e.negated or e.hypothetical),
            quoted=e.quote is not None,
            fatalities=e.fatalities,
        )
        for e in article.events
    ]


def real_events(
    body: str, published: str = "2024-03-10"
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Type, actor names and recipient names of each event told as fact in ``body``.

    Negated and hypothetical events are left out, as counting tools leave them.
    """
    return [(e.type, e.actor, e.recipient) for e in told_events(body, published) if e.real]


def real_types(body: str) -> list[str]:
    """The sorted types of the events told as fact in ``body`` (see :func:`real_events`)."""
    return sorted(e[0] for e in real_events(body))
