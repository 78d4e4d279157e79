"""The cleaner and segmenter for plain-text dumps.

A scraped dump may hold several articles. Each headline may appear twice,
each photo caption two or four times, and stray lines (a lone ``TT``, an
``Advertisement``) sit between them. This module finds the articles, keeps
each headline and caption once, splits caption credits off, and keeps every
body line, saying in words what it dropped.

The work is line by line:

1. Every line is *blank*, *junk* (a pattern in ``lexicons/junk_lines.txt``) or
   *content*.
2. An article starts at the first content line, and at every headline-shaped
   line that is either repeated in the header that follows it or comes after
   two or more blank lines.
3. Inside an article, the header (before the first body line) holds the
   headline, its repeats, junk and captions: a caption is a line that ends
   with a parenthesised credit or that repeats. Everything from the first
   other line on is body, except repeats of the headline or of a caption,
   and junk.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from dateline import lexicons
from dateline.records import Caption

_BLANK_RUN_BEFORE_ARTICLE = 2
_MAX_HEADLINE_WORDS = 30
_MAX_HEADLINE_CHARS = 250
_MIN_CAPTION_WORDS = 3
_SENTENCE_END = ".,;:!"
_CLOSING_QUOTES = "\"'”’»"
_BULLETS = "-*•–—·>"
_CREDIT = re.compile(r"^(?P<text>.*?\S)\s*\((?P<credit>[^()]{2,160})\)$")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input: its content (stripped) and where that content sits."""

    number: int
    start: int
    end: int
    text: str
    key: str = ""
    """The line as compared with other lines: case, spacing and quote marks ignored."""
    junk: bool = False
    """Whether the line is a scraping leftover (see :func:`is_junk`).

    Both are computed once, when the line is split off: the segmenter looks
    at each line many times, and working them out each time dominated a
    long dump.
    """


@dataclass(frozen=True, slots=True)
class Segment:
    r"""One article found in a dump, before any analysis.

    ``paragraphs`` are the body's paragraphs in order; each is one or more
    input lines joined by ``\\n``. ``raw_start``/``raw_end`` span the article in
    the input, headline to last body line.
    """

    title: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[Caption, ...]
    raw_start: int
    raw_end: int
    warnings: tuple[str, ...]

    @property
    def text(self) -> str:
        """The body: paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)


def segment(text: str) -> list[Segment]:
    """Split a plain-text dump into its articles.

    Returns an empty list when the text holds no content line.
    """
    lines = split_lines(text)
    starts = _article_starts(lines)
    if not starts:
        return []
    ends = [*starts[1:], len(lines)]
    articles = (_build(lines[start:end]) for start, end in zip(starts, ends, strict=True))
    return [article for article in articles if article is not None]


def split_lines(text: str) -> list[Line]:
    r"""Every line of ``text`` with the offsets of its stripped content.

    Handles ``\\n``, ``\\r\\n`` and ``\\r`` line ends.
    """
    lines = []
    position = 0
    for number, raw in enumerate(text.splitlines(keepends=True)):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        start = position + (len(content) - len(content.lstrip()))
        junk = bool(stripped) and is_junk(stripped)
        lines.append(Line(number, start, start + len(stripped), stripped, _key(stripped), junk))
        position += len(raw)
    return lines


def split_credit(line: str) -> Caption | None:
    """Split ``"... in Damascus. (Foreign Ministry)"`` into caption text and credit.

    Returns ``None`` when the line does not end with a parenthesised credit.
    """
    match = _CREDIT.match(line)
    if match is None or len(match["text"].split()) < _MIN_CAPTION_WORDS:
        return None
    return Caption(text=match["text"], credit=match["credit"].strip())


def is_junk(line: str) -> bool:
    """Whether a stripped, non-empty line is a scraping leftover with no news in it."""
    return _junk_pattern().fullmatch(line) is not None


def looks_like_headline(line: str) -> bool:
    """Whether a line has the shape of a headline: short, no full stop, not a bullet.

    A headline may end in a parenthesis ("France v Wales (Sat)") but not in a
    sentence followed by a credit, which is the shape of a photo caption.
    """
    words = line.split()
    if not words or len(words) > _MAX_HEADLINE_WORDS or len(line) > _MAX_HEADLINE_CHARS:
        return False
    if line[0] in _BULLETS or (line[0].islower() and words[0].islower()):
        return False
    caption = split_credit(line)
    return not _ends_sentence(caption.text if caption else line)


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(_CLOSING_QUOTES) or text
    if core.endswith(("...", "…")):
        return False
    return core[-1] in _SENTENCE_END


@functools.cache
def _junk_pattern() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{entry})" for entry in lexicons.entries("junk_lines.txt"))
    return re.compile(alternatives, re.IGNORECASE)


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS)
    return " ".join(text.split()).casefold()


def _is_content(line: Line) -> bool:
    return bool(line.text) and not line.junk


def _article_starts(lines: list[Line]) -> list[int]:
    content = [i for i, line in enumerate(lines) if _is_content(line)]
    if not content:
        return []
    # The first article also takes any junk above its headline, so that the
    # junk is reported rather than lost without a word.
    starts = [0]
    headline_key = lines[content[0]].key
    blanks = 0
    for i, line in enumerate(lines):
        if not line.text:
            blanks += 1
            continue
        after_gap = blanks >= _BLANK_RUN_BEFORE_ARTICLE
        blanks = 0
        if i <= content[0] or not _is_content(line) or line.key == headline_key:
            continue
        if not looks_like_headline(line.text) or split_credit(line.text) is not None:
            continue
        if (after_gap and _opens_article(lines, i)) or _repeated_in_header(lines, i):
            starts.append(i)
            headline_key = line.key
    return starts


def _opens_article(lines: list[Line], i: int) -> bool:
    """A headline after a gap opens an article when a caption or a sentence follows it."""
    following = _next_content(lines, i)
    if following is None:
        return False
    text = lines[following].text
    return split_credit(text) is not None or not looks_like_headline(text)


def _repeated_in_header(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` comes again before any body line, as repeated headlines do."""
    key = lines[i].key
    seen: set[str] = set()
    # By index, not a slice (nor islice, which steps over the lines before i): a
    # copy of the rest of the dump for every candidate headline made a
    # million-line file take hours.
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if not _is_content(line):
            continue
        if line.key == key:
            return True
        if split_credit(line.text) is None and line.key not in seen and seen:
            # A second distinct non-caption line: the header is over.
            return False
        seen.add(line.key)
    return False


def _next_content(lines: list[Line], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if _is_content(lines[j])), None)


def _build(lines: list[Line]) -> Segment | None:
    content = [line for line in lines if _is_content(line)]
    if not content:
        return None
    first = content[0]
    title = first.text if looks_like_headline(first.text) else None
    title_key = first.key if title is not None else None
    counts = Counter(line.key for line in content)
    adjacent = _adjacent_repeats([line for line in content if line.key != title_key])
    warnings: list[str] = []
    dropped: Counter[str] = Counter()
    captions: dict[str, Caption] = {}
    paragraphs: list[list[Line]] = []
    break_before = True
    for line in lines:
        if line is first and title is not None:
            continue
        # Membership in the dict itself: a tuple of every caption so far, built for
        # each line, was quadratic in a header of many captions.
        known = line.key == title_key or line.key in captions
        if line.text and not line.junk and not known:
            if _is_caption(line, counts, adjacent, in_body=bool(paragraphs)):
                captions[line.key] = split_credit(line.text) or Caption(text=line.text)
            else:
                if break_before:
                    paragraphs.append([])
                paragraphs[-1].append(line)
                break_before = False
                continue
        elif line.junk:
            warnings.append(f"dropped junk line {line.number + 1}: {line.text!r}")
        elif line.text:
            dropped["headline" if line.key == title_key else "caption"] += 1
        # Anything that is not a body line ends the paragraph it interrupts.
        break_before = True
    warnings.extend(f"dropped {n} repeated {what} line(s)" for what, n in sorted(dropped.items()))
    body = [line for paragraph in paragraphs for line in paragraph]
    return Segment(
        title=title,
        paragraphs=tuple("\n".join(line.text for line in p) for p in paragraphs),
        captions=tuple(captions.values()),
        raw_start=first.start,
        raw_end=(body[-1] if body else first).end,
        warnings=tuple(warnings),
    )


def _adjacent_repeats(content: list[Line]) -> frozenset[int]:
    """Numbers of the lines whose neighbouring content line is the same line."""
    return frozenset(
        line.number for a, b in itertools.pairwise(content) if a.key == b.key for line in (a, b)
    )


def _is_caption(
    line: Line, counts: Counter[str], adjacent: frozenset[int], *, in_body: bool
) -> bool:
    """Whether a line is a photo caption rather than body text.

    In the header a caption repeats, or ends with a sentence and a credit
    ("... in Damascus. (Foreign Ministry)"); a single line that merely ends
    in parentheses ("... Telephony (Voip)") is body. In the body, where a
    lost paragraph costs more than a kept caption, a caption must end with a
    credit and repeat.
    """
    caption = split_credit(line.text)
    repeats = counts[line.key] > 1
    if in_body:
        return caption is not None and repeats
    if caption is not None:
        return repeats or _ends_sentence(caption.text)
    return line.number in adjacent and len(line.text.split()) >= _MIN_CAPTION_WORDS
