"""The events quoted statements carry, on a body we wrote: the statement tests' one reader."""

from __future__ import annotations

from event_sides import told_events


def statement_events(body: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, actor names, recipient names) of each real event a quote of ``body`` carries."""
    return [(e.type, e.actor, e.recipient) for e in told_events(body) if e.quoted and e.real]


def refuses(body: str, refuser: str, refused: tuple[str, ...]) -> bool:
    """Whether a quote of ``body`` carries a REJECT by ``refuser`` (in part) of ``refused``."""
    return any(
        kind == "REJECT" and refuser in " ".join(actors) and recipients == refused
        for kind, actors, recipients in statement_events(body)
    )
