"""Full-text search over the stored articles and quotes (SQLite FTS5), best matches first.

A hit carries a snippet of the matching text as parts, each marked as a
match or not, so that a front end can highlight the matches without
reading markup out of stored text.
"""

from __future__ import annotations

from pathlib import Path

from dateline.store.query import Row, fetch_rows

_OPEN, _CLOSE = "\x02", "\x03"
"""Marks FTS5 puts around the matched words of a snippet; control characters news text lacks."""

_SNIPPET_TOKENS = 24


def articles(store: str | Path, text: str, *, limit: int, offset: int = 0) -> list[Row]:
    """Articles whose title or text match ``text`` (FTS5 syntax): id, title, date, snippet.

    Raises:
        QueryError: FTS5 cannot read ``text``.
    """
    hits = fetch_rows(
        store,
        "SELECT f.article_id, t.title, t.published,"  # noqa: S608 - constants of this module
        f" snippet(articles_fts, 2, '{_OPEN}', '{_CLOSE}', '…', {_SNIPPET_TOKENS}) AS snippet"
        " FROM articles_fts f JOIN articles t ON t.id = f.article_id"
        " WHERE articles_fts MATCH ? ORDER BY rank, f.article_id LIMIT ? OFFSET ?",
        [text, limit, offset],
    )
    return [{**hit, "snippet": parts(hit["snippet"])} for hit in hits]


def quotes(store: str | Path, text: str, *, limit: int, offset: int = 0) -> list[Row]:
    """Quotes whose words match ``text``: article, quote id, speaker, snippet.

    Raises:
        QueryError: FTS5 cannot read ``text``.
    """
    hits = fetch_rows(
        store,
        "SELECT f.article_id, f.quote_id, t.title, q.kind, q.start, q.end,"  # noqa: S608 - constants
        " s.name AS speaker, q.speaker_text,"
        f" snippet(quotes_fts, 2, '{_OPEN}', '{_CLOSE}', '…', {_SNIPPET_TOKENS}) AS snippet"
        " FROM quotes_fts f JOIN articles t ON t.id = f.article_id"
        " JOIN quotes q ON q.article_id = f.article_id AND q.id = f.quote_id"
        " LEFT JOIN actors s ON s.article_id = q.article_id AND s.id = q.speaker"
        " WHERE quotes_fts MATCH ? ORDER BY rank, f.article_id, f.quote_id LIMIT ? OFFSET ?",
        [text, limit, offset],
    )
    return [{**hit, "snippet": parts(hit["snippet"])} for hit in hits]


def count(store: str | Path, table: str, text: str) -> int:
    """How many rows of ``articles_fts`` or ``quotes_fts`` match ``text``."""
    if table not in {"articles_fts", "quotes_fts"}:
        msg = f"no full-text table {table!r}"
        raise ValueError(msg)
    (row,) = fetch_rows(
        store,
        f"SELECT count(*) AS n FROM {table} WHERE {table} MATCH ?",  # noqa: S608 - checked above
        [text],
    )
    return int(row["n"])


def parts(snippet: str) -> list[dict[str, str | bool]]:
    r"""A snippet with match marks as ``[{"text": ..., "match": bool}, ...]``, empty parts left out.

    >>> parts("a \\x02b\\x03 c")
    [{'text': 'a ', 'match': False}, {'text': 'b', 'match': True}, {'text': ' c', 'match': False}]
    """
    found: list[dict[str, str | bool]] = []
    for index, chunk in enumerate(snippet.split(_OPEN)):
        inside, _, after = chunk.partition(_CLOSE) if index else ("", "", chunk)
        found.extend({"text": t, "match": m} for t, m in ((inside, True), (after, False)) if t)
    return found
