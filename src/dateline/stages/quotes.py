"""Quotes: statements in the article.

Today this stage finds direct quotations between matching quote marks within a
paragraph, curly or straight, of four words or more (shorter ones are mostly
scare quotes). It names no speaker yet: ``speaker`` stays ``None`` until the
quotes issue attributes them.
"""

from __future__ import annotations

import dataclasses
import re

from dateline.records import Analysis, Quote
from dateline.stages import Stage

_MIN_WORDS = 4
# Opening and closing marks in pairs. Straight quotes cannot tell open from
# close, so a straight pair is taken left to right within one paragraph.
_QUOTED = re.compile(r"“(?P<curly>[^“”\n]+)”|\"(?P<straight>[^\"\n]+)\"")


def find_quotes(analysis: Analysis) -> Analysis:
    """Add a direct Quote for every quotation of four words or more."""
    text = analysis.article.text
    quotes: list[Quote] = []
    for match in _QUOTED.finditer(text):
        group = "curly" if match["curly"] is not None else "straight"
        start, end = match.span(group)
        inner = text[start:end].strip()
        if len(inner.split()) < _MIN_WORDS:
            continue
        quotes.append(Quote(id=f"Q{len(quotes) + 1}", text=inner, span=(start, end), kind="direct"))
    article = dataclasses.replace(analysis.article, quotes=tuple(quotes))
    return dataclasses.replace(analysis, article=article)


STAGE = Stage(
    name="quotes",
    run=find_quotes,
    requires=frozenset({"parse", "actors"}),
    assigns=frozenset({"quotes"}),
)
