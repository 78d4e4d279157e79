"""The events quoted statements carry, on a body we wrote: the statement tests' one reader."""

from __future__ import annotations

import dateline


def statement_events(body: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, actor names, recipient names) of each real event a quote of ``body`` carries."""
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2024-03-10")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.type, tuple(names[i] for i in e.actor), tuple(names[i] for i in e.recipient))
        for e in article.events
        if e.quote and not (e.negated or e.hypothetical)
    ]


def refuses(body: str, refuser: str, refused: tuple[str, ...]) -> bool:
    """Whether a quote of ``body`` carries a REJECT by ``refuser`` (in part) of ``refused``."""
    return any(
        kind == "REJECT" and refuser in " ".join(actors) and recipients == refused
        for kind, actors, recipients in statement_events(body)
    )
