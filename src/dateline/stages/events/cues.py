"""The PLOVER cue lexicon (``lexicons/plover_cues.tsv``), as lookups the finder uses.

The quote-verb lexicon's negative verbs (``lexicons/quote_verbs.tsv``: denied,
refuted, disputed) are REJECT cues too, where the PLOVER lexicon has no row
of its own for them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from dateline import lexicons
from dateline.records import EventType
from dateline.stages.quotes import cues as quote_cues

_NONE = "-"
NO_EVENT = "NONE"
"""The type of a VERB+OBJ row whose pair is no event ("meet a target")."""


@dataclass(frozen=True, slots=True)
class Cue:
    """What a trigger word means: a PLOVER type and mode, and where its recipient is."""

    words: tuple[str, ...]
    pos: str
    type: EventType
    mode: str | None
    recipient_object: bool
    recipient_preps: frozenset[str]
    needs_preposition: bool = False
    """For a noun, whether it names an event only with a recipient preposition
    on it (a NOUN+PREP row: "war on Gaza"; "the war" alone is background); for
    a light verb's pair, whether it does only with one on the verb or its noun
    (a VERB+OBJ+PREP row: "took action against the paper"; "took action" alone
    may be any step)."""

    @property
    def particle(self) -> str | None:
        """For a phrasal verb cue ("call for", "crack down on"), the word after the verb."""
        return self.words[-1] if self.pos == "VERB" and len(self.words) > 1 else None

    @property
    def is_purchase(self) -> bool:
        """Whether the cue is a verb of buying (``purchase_verbs.txt``): "buy", "acquire"."""
        return " ".join(self.words) in lexicons.word_set("purchase_verbs.txt")

    @property
    def is_sale(self) -> bool:
        """Whether the cue hands a thing over to a buyer (``sale_verbs.txt``): "sell"."""
        return " ".join(self.words) in lexicons.word_set("sale_verbs.txt")


@dataclass(frozen=True, slots=True)
class Cues:
    """Cues by the lemmas that trigger them."""

    verbs: dict[str, tuple[Cue, ...]]
    light_verbs: dict[tuple[str, str], Cue]
    """Cues of a verb and the noun it takes, by their lemmas: "hold talks", and with the
    preposition the row names between them, "take to the streets" (the cue's middle word)."""
    bidding_verbs: dict[str, tuple[Cue, ...]]
    """Cues of a verb with an object and a "to" infinitive: "warned Mr Brown not to spend",
    those that name the infinitive first ("ordered the envoy to leave")."""
    nouns: dict[tuple[str, ...], Cue]
    longest_noun: int
    adjectives: dict[str, Cue]
    """Cues of an adjective that tells its subject's stance toward whom its preposition
    names: "critical of the government", "fond of him"."""


DENIED = "not "
"""How a light verb row writes a denied complement: "plead not guilty" pairs "plead" with
"not guilty", a cue of its own beside "plead guilty"."""


def _complement(words: tuple[str, ...]) -> str:
    """The word a light verb row pairs its verb with: its last, or "not" and its last."""
    return DENIED + words[-1] if words[-2] == DENIED.strip() else words[-1]


_WITHOUT_PREP = {"NOUN+PREP": "NOUN", "VERB+OBJ+PREP": "VERB+OBJ"}
"""The rows that need a recipient preposition, and the part of speech they are otherwise."""


@functools.cache
def load() -> Cues:
    """Read the cue lexicon once."""
    verbs: dict[str, list[Cue]] = {}
    light_verbs: dict[tuple[str, str], Cue] = {}
    bidding_verbs: dict[str, list[Cue]] = {}
    nouns: dict[tuple[str, ...], Cue] = {}
    adjectives: dict[str, Cue] = {}
    for row in lexicons.table("plover_cues.tsv"):
        words = tuple(row["cue"].split())
        recipient = row["recipient"]
        preps = frozenset(p for p in recipient.split("|") if p not in ("dobj", _NONE))
        cue = Cue(
            words=words,
            pos=_WITHOUT_PREP.get(row["pos"], row["pos"]),
            type=row["type"],  # type: ignore[arg-type]  # lexicon test checks the vocabulary
            mode=None if row["mode"] == _NONE else row["mode"],
            recipient_object="dobj" in recipient.split("|"),
            recipient_preps=preps,
            needs_preposition=row["pos"] in _WITHOUT_PREP,
        )
        if cue.pos == "VERB":
            verbs.setdefault(words[0], []).append(cue)
        elif cue.pos == "VERB+OBJ" and len(words) >= 2:
            light_verbs[(words[0], _complement(words))] = cue
        elif cue.pos == "VERB+TO":
            bidding_verbs.setdefault(words[0], []).append(cue)
        elif cue.pos == "NOUN":
            nouns[words] = cue
        elif cue.pos == "ADJ+PREP":
            adjectives[words[0]] = cue
    for same_verb in quote_cues.load().verbs.values():
        for denial in same_verb:
            if denial.meaning == "negative" and denial.verb not in verbs:
                # "refuted the claim", "disputed that ...": a speaker's denial is a REJECT.
                words = (
                    (denial.verb,) if denial.particle is None else (denial.verb, denial.particle)
                )
                verbs[denial.verb] = [
                    Cue(
                        words,
                        "VERB",
                        "REJECT",
                        None,
                        recipient_object=True,
                        recipient_preps=frozenset(),
                    )
                ]
    return Cues(
        verbs={
            lemma: tuple(sorted(found, key=lambda c: -len(c.words)))
            for lemma, found in verbs.items()
        },
        light_verbs=light_verbs,
        bidding_verbs={
            lemma: tuple(sorted(found, key=lambda c: -len(c.words)))
            for lemma, found in bidding_verbs.items()
        },
        nouns=nouns,
        longest_noun=max((len(words) for words in nouns), default=1),
        adjectives=adjectives,
    )
