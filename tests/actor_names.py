"""The actors a text we wrote gives, by name: the actor rule tests' one reader."""

from __future__ import annotations

import dateline
from dateline.records import Actor, Article


def actors_by_name(text: str) -> tuple[Article, dict[str, Actor]]:
    """The one article ``text`` gives, and its actors keyed by name."""
    (article,) = dateline.extract(text)
    return article, {a.name: a for a in article.actors}


def mention_texts(article: Article, actor: Actor) -> list[str]:
    """The words of each of an actor's mentions, in text order."""
    return [article.text[s:e] for s, e in actor.mentions]
