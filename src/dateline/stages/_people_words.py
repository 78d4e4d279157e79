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
def people_nouns() -> frozenset[str]:
    """Every title and people word the actor lexicons list, lower case as written there."""
    people = {row["word"] for row in lexicons.table("people_words.tsv")}
    return frozenset(people | {row["title"] for row in lexicons.table("titles.tsv")})
