"""Every setting of a run, in one keyword-only, frozen options object."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

InputFormat = Literal["auto", "text", "html", "feed", "jsonl"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "html", "feed", "jsonl")

DEFAULT_MODEL = "en_core_web_sm"
MODEL_ENV = "DATELINE_MODEL"

MIB = 1024 * 1024
SPACY_MAX_CHARS = 1_000_000
"""The longest text spaCy parses (its ``nlp.max_length``); the article limit stays below."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How to read and analyse inputs.

    Attributes:
        input_format: which reader to use; ``auto`` looks at the content.
        published: a publication date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)
            given by the user for inputs that carry none.
        model: the spaCy pipeline to load, by package name or path.
        batch_size: texts per ``nlp.pipe`` batch.
        max_file_bytes: the largest text, HTML or feed file read whole. JSONL
            is streamed line by line and has no file limit, only a line limit.
        max_line_bytes: the largest single JSONL line.
        check_language: skip articles that are not English, with a rejection.
        actor_dictionary: a CSV or YAML file of actors whose coding wins over
            the stage's own (see docs/extending.md).
        corpus_memory: code a person named only in part ("Sudani") as an
            earlier article of the run coded the full name.
        max_article_chars: an article's text is cut to this many characters
            (at a paragraph, sentence or word end) before it is parsed, with
            a warning. At most spaCy's own limit, one million.
        max_article_sentences: an article the parser splits into more
            sentences is cut after this many, with a warning.
        max_article_seconds: an article whose analysis takes more processor
            time is rejected, so that one text never stalls a batch.
    """

    input_format: InputFormat = "auto"
    published: str | None = None
    model: str = DEFAULT_MODEL
    batch_size: int = 32
    max_file_bytes: int = 16 * MIB
    max_line_bytes: int = 4 * MIB
    check_language: bool = True
    actor_dictionary: str | None = None
    corpus_memory: bool = True
    max_article_chars: int = 100_000
    max_article_sentences: int = 1_000
    max_article_seconds: float = 30.0


def default_model() -> str:
    """The pipeline named by ``$DATELINE_MODEL``, else ``en_core_web_sm``."""
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL
