"""The actors a text we wrote gives, by name: the actor rule tests' one reader."""

from __future__ import annotations

import dataclasses

import dateline
from dateline import nlp
from dateline.records import Actor, Article, Entity
from dateline.stages._tree import Tree
from dateline.stages.actors import lexicon
from dateline.stages.actors.mention import Mention
from dateline.stages.actors.mentions import find_mentions


def actors_by_name(text: str) -> tuple[Article, dict[str, Actor]]:
    """The one article ``text`` gives, and its actors keyed by name."""
    (article,) = dateline.extract(text)
    return article, {a.name: a for a in article.actors}


def mention_texts(article: Article, actor: Actor) -> list[str]:
    """The words of each of an actor's mentions, in text order."""
    return [article.text[s:e] for s, e in actor.mentions]


def report(body: str, published: str = "2024-03-10") -> Article:
    """The one article a body we wrote gives under a plain headline, published that day."""
    (article,) = dateline.extract(f"Report\n\n{body}\n", published=published)
    return article


def codes_by_name_end(body: str, name: str) -> set[tuple[str | None, str | None]]:
    """The country and sector of each actor whose name ends with ``name`` (any case), in a
    report of 2005, the BBC corpus's year, which the actor dictionary's dates are read for."""
    article = report(body, published="2005-03-01")
    return {(a.country, a.sector) for a in article.actors if a.name.lower().endswith(name.lower())}


def coding(article: Article, name: str) -> tuple[str, str | None, str | None]:
    """The kind, country and sector of the actor called ``name``."""
    actor = next(a for a in article.actors if a.name == name)
    return actor.kind, actor.country, actor.sector


def mentions_of(article: Article, name: str) -> list[str]:
    """The words of each mention of the actor called ``name``."""
    return mention_texts(article, next(a for a in article.actors if a.name == name))


def mentions_tagged(label: str, text: str, words: str) -> list[Mention]:
    """The mentions found when the model tags ``words`` (their first occurrence) ``label``.

    The model's own label for those words is replaced, so that a test of a
    repair does not hang on what one model version calls one name.
    """
    (parse,) = nlp.parse([text])
    start = text.index(words)
    first = next(i for i, t in enumerate(parse.tokens) if t.start == start)
    end = next(i for i, t in enumerate(parse.tokens) if t.end == start + len(words)) + 1
    entity = Entity(label, start, start + len(words), first, end)
    others = [e for e in parse.entities if e.token_end <= first or e.token_start >= end]
    relabelled = dataclasses.replace(
        parse, entities=tuple(sorted([*others, entity], key=lambda e: e.start))
    )
    return find_mentions(Tree(relabelled, text), lexicon.load())
