"""Per-article limits: characters, sentences and time, so that no article stalls a batch.

A scraped dump can hold an "article" of a million lines, and one pathological
text can keep a stage busy for minutes. Each limit is stated in
:class:`~dateline.options.Options`:

- ``max_article_chars``: a longer text is cut at the last paragraph break (or
  sentence end, or space) before the limit, before it is parsed;
- ``max_article_sentences``: a text the parser splits into more sentences is
  cut after the last sentence allowed, parse and all, before the stages run;
- ``max_article_seconds``: an article whose stages take longer is rejected.
  The time is processor time, not time on the clock: on a machine busy
  with other work an article takes longer to finish but not more
  processor time, so whether it is kept does not depend on the load.

A cut article keeps its id (the hash of the whole cleaned text, so that
re-reading it still finds it stored), says what was cut in its ``warnings``,
and comes after a :class:`~dateline.records.Notice` that says the same.
"""

from __future__ import annotations

import dataclasses
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from dateline.records import Article, Notice, Parse

_PARAGRAPH = "\n\n"
_SENTENCE_ENDS = (". ", "! ", "? ", ".\n", "!\n", "?\n")
# A cut at a paragraph or sentence end is kept only when it keeps at least
# this share of the limit; otherwise the text is cut at a space.
_MIN_KEPT = 0.5


class TimeLimitExceededError(Exception):
    """An article's analysis ran past ``max_article_seconds``.

    Not part of the error tree: the pipeline always catches it and turns it
    into a Rejection of that one article.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"analysis ran past the limit of {seconds:g} s")
        self.seconds = seconds


def cap_characters(article: Article, limit: int) -> tuple[Article, Notice | None]:
    """``article`` cut to at most ``limit`` characters, and the Notice that says so."""
    if len(article.text) <= limit:
        return article, None
    cut = _cut_point(article.text, limit)
    text = article.text[:cut].rstrip()
    warning = (
        f"the text is {len(article.text):,} characters, above the limit of {limit:,} "
        f"(--max-article-chars); only its first {len(text):,} were analysed"
    )
    return _cut(article, text, warning)


def cap_sentences(
    article: Article, parse: Parse, limit: int
) -> tuple[Article, Parse, Notice | None]:
    """``article`` and its parse cut after ``limit`` sentences, and the Notice that says so.

    The parser's sentences never share a token, and a token's head is in its
    own sentence, so the tokens and entities of the sentences kept form a
    whole parse of the text kept.
    """
    if len(parse.sentences) <= limit:
        return article, parse, None
    last_token = parse.sentences[limit - 1][1]
    cut = parse.tokens[last_token - 1].end
    kept = Parse(
        model=parse.model,
        tokens=parse.tokens[:last_token],
        sentences=parse.sentences[:limit],
        entities=tuple(entity for entity in parse.entities if entity.token_end <= last_token),
    )
    warning = (
        f"the text has {len(parse.sentences):,} sentences, above the limit of {limit:,} "
        f"(--max-article-sentences); only the first {limit:,} were analysed"
    )
    capped, notice = _cut(article, article.text[:cut], warning)
    return capped, kept, notice


def _cut(article: Article, text: str, warning: str) -> tuple[Article, Notice]:
    title = f" {article.title!r}" if article.title else ""
    path = article.source.path
    notice = Notice(code="truncated", message=f"{path}: article{title}: {warning}", path=path)
    cut = dataclasses.replace(article, text=text, warnings=(*article.warnings, warning))
    return cut, notice


def _cut_point(text: str, limit: int) -> int:
    """Where to cut ``text`` to at most ``limit`` characters: a paragraph, sentence or word end."""
    head = text[: limit + 1]
    floor = int(limit * _MIN_KEPT)
    paragraph = head.rfind(_PARAGRAPH)
    if paragraph >= floor:
        return paragraph
    sentence = max(head.rfind(end) for end in _SENTENCE_ENDS)
    if sentence >= floor:
        return sentence + 1  # keep the full stop
    space = max(head.rfind(" "), head.rfind("\n"))
    return space if space >= floor else limit


class Deadline:
    """When an article's analysis must be over, in its thread's processor time.

    Checked between stages. Processor time, because a wall-clock limit
    dropped articles from a run on a busy machine that a quiet one kept.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends = time.thread_time() + seconds

    def check(self) -> None:
        """Stop the analysis when its time is up.

        Raises:
            TimeLimitExceededError: the time is up.
        """
        if time.thread_time() > self._ends:
            raise TimeLimitExceededError(self.seconds)


@contextmanager
def time_limit(seconds: float) -> Iterator[Deadline]:
    """A deadline ``seconds`` of processor time from now, enforced by a timer where one can be set.

    In the main thread of a process (the CLI, a worker process) a timer of
    the process's processor time interrupts a stage that runs past the
    deadline, even one stuck in a loop; elsewhere (a thread of a server)
    the deadline is only checked between stages, by whoever holds the
    :class:`Deadline`. A timer already set by someone else is left alone,
    and so is their handler.

    Raises:
        TimeLimitExceededError: the timer went off.
    """
    deadline = Deadline(seconds)
    if not _can_set_timer():
        yield deadline
        return

    def interrupt(_signal: int, _frame: FrameType | None) -> None:
        raise TimeLimitExceededError(seconds)

    previous = signal.signal(signal.SIGPROF, interrupt)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _can_set_timer() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
        and signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, signal.SIG_IGN, None)
    )
