"""A cluster: the mentions coreference found to be one actor."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.stages.actors.lexicon import Gender, load
from dateline.stages.actors.mention import Mention


@dataclass
class Cluster:
    """Mentions of one actor, in text order."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    known_titles: set[tuple[str, ...]] = field(default_factory=set)
    """Titles of the office a well-known person held, from the bundled dictionary."""
    known_orgs: set[str] = field(default_factory=set)
    """The organisations (a party) of that office, from the same dictionary."""
    known_countries: set[str] = field(default_factory=set)
    """The countries of that office, from the same dictionary."""
    known_party: str | None = None
    """The party (its org) a well-known person belonged to, from the same dictionary."""
    family_name: str | None = None
    """The family name of a relative the text names by a given name alone ("his father Ralph")."""

    @property
    def gender(self) -> Gender | None:
        """The gender its honorifics and resolved pronouns agree on, if any.

        What the text says of a person ("Ms Rowe", "she") outweighs what a
        given name suggests: a woman called Gareth is still "she", and no
        "he" after her is hers.
        """
        stated = {m.gender for m in self.mentions if m.gender is not None and not _guessed(m)}
        genders = stated or {m.gender for m in self.mentions if m.gender is not None}
        return genders.pop() if len(genders) == 1 else None

    def fits_gender(self, gender: Gender | None) -> bool:
        """Whether a mention of ``gender`` may be this actor's: no two known genders differ."""
        mine = self.gender
        return not (mine and gender and mine != gender)

    @property
    def is_person(self) -> bool:
        """Whether the actor is a person."""
        return any(m.label == "PERSON" and m.kind != "pronoun" for m in self.mentions)

    def titles(self) -> set[tuple[str, ...]]:
        """The canonical words of every title its mentions carry."""
        return {
            load().canonical(m.title_entry.words) for m in self.mentions if m.title_entry
        } | self.known_titles


def _guessed(mention: Mention) -> bool:
    """Whether a mention's gender comes only from a given name: "Gareth Rowe", "Dr Gareth Rowe"."""
    return mention.kind == "name" and load().honorifics.get(mention.honorific or "") is None
