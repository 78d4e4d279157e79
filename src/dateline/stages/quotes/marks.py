"""Quoted passages: the words between quote marks, as newspapers use them.

- Curly (“ ”, „, « ») and straight (") double marks both count. A straight
  mark opens or closes by what stands around it: after a space or at the
  start of a paragraph it opens, before a space or punctuation it closes.
- A passage that runs into the next paragraph is one passage: news leaves
  the paragraph unclosed and opens the next one with a mark. Scraped text
  may lose the paragraph break: a mark that opens after a full stop while
  a passage is open continues that passage.
- Single marks (‘ ’) inside a passage are part of it (a quote inside a
  quote). A paragraph with no double marks may use single ones, as British
  papers do; its ’ is an apostrophe unless a letter cannot follow it. Scraped
  copy may straighten them: a straight ' counts when it opens before a
  capital and closes after the quotation's own comma or full stop.
- A mark that cannot be paired (scraped text loses marks) costs only the
  passage it opens: the next opening mark starts afresh, and a passage left
  open at the end of its paragraph, with no continuation, is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENS = frozenset("“„«")
_CLOSES = frozenset("”»")
_STRAIGHT = '"'
_OPENS_AFTER = frozenset(" \t([{—–-/")
_CLOSES_BEFORE = frozenset(" \t.,;:!?)]}—–-/")
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘[^‘\n]+?’(?![A-Za-z])", re.MULTILINE)
_STRAIGHT_SINGLE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))'(?=[A-Z])[^\n]+?[,.?!]'(?=[\s—–-]|$)", re.MULTILINE
)
"""A straight single quotation, as scraped British copy has it: opened before a capital,
closed by its own punctuation ("'We will strike,' he said"), so that no apostrophe
("the workers' union") ends it."""


@dataclass(frozen=True, slots=True)
class Passage:
    """Words between quote marks: ``start``/``end`` without the marks, ``outer`` with them."""

    start: int
    end: int
    outer: tuple[int, int]
    paragraphs: int = 1
    """How many paragraphs the passage runs over."""


def quoted_passages(text: str) -> list[Passage]:
    """Every quoted passage of ``text``, in order, marks paired paragraph by paragraph."""
    paragraphs = _paragraphs(text)
    passages: list[Passage] = []
    carried: tuple[int, int] | None = None  # (open mark, paragraphs so far)
    for number, (first, last) in enumerate(paragraphs):
        marks = _double_marks(text, first, last)
        if not marks and carried is None:
            passages += _single_passages(text, first, last)
            continue
        open_at = carried
        carried = None
        for position, role in marks:
            if open_at is not None and open_at[0] < first and position == first:
                continue  # the mark that reopens a continued quotation
            if open_at is not None and role == "open" and _ends_sentence(text, position):
                continue  # a paragraph break lost in scraping: the quotation goes on
            if role == "open" or (role == "either" and open_at is None):
                open_at = (position, open_at[1] if open_at else 1)
            elif open_at is not None:
                passages.append(_passage(text, open_at[0], position, open_at[1]))
                open_at = None
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        if open_at is not None and following is not None and _opens(text, following[0]):
            carried = (open_at[0], open_at[1] + 1)
    return [p for p in passages if p.end > p.start]


def _passage(text: str, open_mark: int, close_mark: int, paragraphs: int) -> Passage:
    start, end = open_mark + 1, close_mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Passage(start, end, (open_mark, close_mark + 1), paragraphs)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-blank line as ``(first, end)`` offsets, leading spaces skipped."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        first = match.start() + len(match.group()) - len(match.group().lstrip())
        if first < match.end():
            spans.append((first, match.end()))
    return spans


def _ends_sentence(text: str, position: int) -> bool:
    """Whether the text before ``position`` ends a sentence: '... drop. "In ...'."""
    before = text[:position].rstrip(" \t")
    return before.endswith((".", "?", "!"))


def _opens(text: str, position: int) -> bool:
    return text[position] in _OPENS or text[position] == _STRAIGHT


def _double_marks(text: str, first: int, last: int) -> list[tuple[int, str]]:
    """The double marks of a paragraph with the role each can play: open, close or either."""
    marks = []
    for position in range(first, last):
        char = text[position]
        if char in _OPENS:
            marks.append((position, "open"))
        elif char in _CLOSES:
            marks.append((position, "close"))
        elif char == _STRAIGHT:
            before = text[position - 1] if position > first else " "
            after = text[position + 1] if position + 1 < last else " "
            if before in _OPENS_AFTER and after not in _CLOSES_BEFORE:
                marks.append((position, "open"))
            elif after in _CLOSES_BEFORE and before not in _OPENS_AFTER:
                marks.append((position, "close"))
            else:
                marks.append((position, "either"))
    return marks


def _single_passages(text: str, first: int, last: int) -> list[Passage]:
    curly = [(m.start(), m.end()) for m in _SINGLE.finditer(text, first, last)]
    straight = [(m.start(), m.end()) for m in _STRAIGHT_SINGLE.finditer(text, first, last)]
    straight = [s for s in straight if not any(s[0] < c[1] and c[0] < s[1] for c in curly)]
    return [_passage(text, start, end - 1, 1) for start, end in sorted(curly + straight)]
