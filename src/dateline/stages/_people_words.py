"""Words for people, of office or none, as the actor lexicons list them.

"minister", "sailors", "pupils": the titles of ``titles.tsv`` and the
people of ``people_words.tsv``. Places read them to tell a body's members
from its visitors ("pupils at the school"); events, to tell people freed
from products released ("released the prisoners").
"""

from __future__ import annotations

import functools

from dateline import lexicons


@functools.cache
def plain_people_nouns() -> frozenset[str]:
    """The people words of ``people_words.tsv`` alone: no title, some of which name bodies.

    "the inquiry", "the commission" are titles of bodies; "detainees",
    "men", "people" are only ever people.
    """
    return frozenset(row["word"] for row in lexicons.table("people_words.tsv"))


@functools.cache
def people_nouns() -> frozenset[str]:
    """Every title and people word the actor lexicons list, lower case as written there."""
    return plain_people_nouns() | {row["title"] for row in lexicons.table("titles.tsv")}
