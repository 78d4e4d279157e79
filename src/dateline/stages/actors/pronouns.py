"""Whom "he" and "she" refer to: the antecedent of a subject pronoun.

- "he"/"she" as a subject joins a person of matching gender named in the
  same or the two previous sentences: the latest sentence first, then the
  person mentioned most so far (the one the article is about), then
  subjects. When no one is that near ("he said" after a quotation of
  several sentences), it joins the person the article is about, if one
  clearly leads: named at least three times so far, twice as often as
  anyone else.
- A name the writer puts in brackets after the pronoun ("he (Lord
  Goldsmith) said") is whom it means.
"""

from __future__ import annotations

from collections.abc import Iterable

from dateline.stages._tree import Tree
from dateline.stages.actors.cluster import Cluster
from dateline.stages.actors.mention import Mention

_PRONOUN_REACH = 2
"""How many sentences back a pronoun looks for its antecedent."""
_LEAD_MENTIONS = 3
"""Mentions before it that make a person the one the article is about."""
_SALIENT = 6
"""Mentions so far beyond which a person is no more salient: within one
sentence, "he" is the person the article has been about, before a man it
names in passing."""


def named_beside(mention: Mention, clusters: dict[str, Cluster], tree: Tree) -> Cluster | None:
    """The person a writer names in brackets after a pronoun: "he (Lord Goldsmith) said"."""
    after = mention.last + 1
    if mention.kind != "pronoun" or after >= len(tree) or tree.tokens[mention.last].text != "(":
        return None
    return next(
        (
            found
            for found in clusters.values()
            # "(Lord Goldsmith)": the name may follow its honorific.
            if found.is_person
            and any(m.kind == "name" and after <= m.first <= after + 1 for m in found.mentions)
        ),
        None,
    )


def antecedent(mention: Mention, clusters: Iterable[Cluster]) -> Cluster | None:
    """The person a pronoun (or "his" in "his party") refers to, if one fits."""
    best: tuple[tuple[int, ...], Cluster] | None = None
    for found in clusters:
        if not found.is_person:
            continue
        gender = found.gender
        if gender is not None and gender != mention.gender:
            continue
        for m in found.mentions:
            # Words inside a quotation are someone else's: "he said" after a
            # quote does not refer to a man named in it; nor does a
            # possessor ("the prime minister's wife ... she") lead a clause.
            if (m.quoted and not mention.quoted) or m.possessor:
                continue
            if m.first < mention.first and mention.sentence - m.sentence <= _PRONOUN_REACH:
                seen = sum(1 for n in found.mentions if n.first < mention.first)
                # In a sentence after it, the main clause's subject before one
                # inside a clause it governs: "Lord G said Lord F played no part.
                # He added ..." is Lord G. Within one sentence, the latest subject.
                role = 2 if m.main_subject and m.sentence < mention.sentence else int(m.subject)
                score = (m.sentence, min(seen, _SALIENT), role, m.first)
                if best is None or score > best[0]:
                    best = (score, found)
    return best[1] if best else _lead_person(mention, clusters)


def _lead_person(mention: Mention, clusters: Iterable[Cluster]) -> Cluster | None:
    """The person the article is about, for a pronoun with no antecedent in reach."""
    counts = sorted(
        (
            (sum(1 for m in found.mentions if m.first < mention.first and not m.quoted), found)
            for found in clusters
            if found.is_person and found.gender in (None, mention.gender)
        ),
        key=lambda pair: -pair[0],
    )
    if not counts or counts[0][0] < _LEAD_MENTIONS:
        return None
    if len(counts) > 1 and counts[1][0] * 2 > counts[0][0]:
        return None
    return counts[0][1]
