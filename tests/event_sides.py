"""The events a text we wrote gives, by the names of their sides: the event rule tests' reader."""

from __future__ import annotations

import dateline


def real_events(body: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Type, actor names and recipient names of each event told as fact in ``body``.

    The body goes under a plain headline, published 2024-03-10; negated and
    hypothetical events are left out, as counting tools leave them.
    """
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.type, tuple(names[i] for i in e.actor), tuple(names[i] for i in e.recipient))
        for e in article.events
        if not (e.negated or e.hypothetical)
    ]


def real_types(body: str) -> list[str]:
    """The sorted types of the events told as fact in ``body`` (see :func:`real_events`)."""
    return sorted(e[0] for e in real_events(body))
