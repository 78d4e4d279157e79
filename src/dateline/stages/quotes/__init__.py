"""Quotes: every statement in the article, and who made it.

- **Indirect** quotes are the clause of a quote verb ("said that ...",
  "denied the talks ...", "told TASS ...") or the sentence around "according
  to X". When the clause holds quoted words it is a **partial** quote. A
  second speaker's report inside it ("..., while Y says ...") ends it.
- **Direct** quotes are passages between quote marks (:mod:`.marks`) that
  make up what is reported: they open the sentence or follow a colon, a
  comma or the cue itself. Their cue sits beside them ("X said:", ", he
  added", ", said the statement"); with none, a person the sentence just
  before is about speaks it ('Reddin is scathing. "It has failed us."'),
  else the speaker of the quote before carries over, as a reader assumes.
- Quoted words inside the writer's own sentence are **partial** quotes when
  a quote verb governs them ("spoke of a "permanent" partnership") or when
  they are a clause's worth of words and a speaker was just quoted. Short
  quoted words nobody is said to have spoken are scare quotes, not quotes.

Speakers are actors of the actors stage (:mod:`.speakers`); ``cue`` is the
verb as written, or "according to".
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from dateline.records import Analysis, Quote, QuoteKind, Span
from dateline.stages import Stage
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._speakers import sentence_root
from dateline.stages._tree import Tree
from dateline.stages.actors.lexicon import load as load_actor_lexicon
from dateline.stages.quotes.cues import QuoteCues, load
from dateline.stages.quotes.marks import Passage, quoted_passages
from dateline.stages.quotes.speakers import Speaker, Speakers, according_to

__all__ = ["find_quotes", "quoted_passages"]

_CLAUSES = frozenset({"ccomp"})
_CONTRASTS = frozenset({"while", "whereas"})
"""Words that set a second speaker's report against the first: "X says ..., while Y says"."""
_REPORT_JOINS = frozenset({"cc", "mark", "punct"})
_ATTRIBUTION_PARTS = frozenset({"nsubj", "punct", "advmod", "npadvmod"})
"""The parts of a sentence that only tells who spoke: '"Why?" the lawyer then pressed.'."""
_CARRY_REACH = 2
"""How many paragraphs back a speaker carries over to an unattributed quote."""
_CLAUSE_WORDS = 4
"""Quoted words without a cue are a partial quote from this many words on."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_TRIM = " \t\n,;:—–-"


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote before it is numbered."""

    span: Span
    kind: QuoteKind
    speaker: Speaker | None
    cue: str | None


def find_quotes(analysis: Analysis) -> Analysis:
    """Add every direct, indirect and partial quote, with its speaker and cue."""
    text = analysis.article.text
    tree = Tree(analysis.parse, text)
    actors = analysis.article.actors
    index = ActorIndex.build(tree, actors, load_actor_lexicon().demonyms)
    cues = load()
    speakers = Speakers(tree, index, {a.id: a.kind for a in actors}, cues.documents)
    found = _attributed(speakers, quoted_passages(text), cues)
    quotes = tuple(
        Quote(
            id=f"Q{number}",
            text=_clean(text[item.span[0] : item.span[1]]),
            span=item.span,
            kind=item.kind,
            speaker=item.speaker.actor if item.speaker else None,
            speaker_text=item.speaker.text if item.speaker else None,
            cue=item.cue,
        )
        for number, item in enumerate(found, 1)
    )
    article = dataclasses.replace(analysis.article, quotes=quotes)
    return dataclasses.replace(analysis, article=article)


def _attributed(speakers: Speakers, passages: list[Passage], cues: QuoteCues) -> list[_Found]:
    """Clauses first (they claim the passages inside them), then the passages left."""
    tree = speakers.tree
    claimed: dict[Passage, _Found] = {}
    found: list[_Found] = []
    quoted = [p.outer for p in passages]
    for span, cue, speaker in _reported_clauses(speakers, cues, quoted):
        inside = [p for p in passages if p.start < span[1] and span[0] < p.end]
        whole = next((p for p in inside if p.outer[0] <= span[0] and span[1] <= p.outer[1]), None)
        if whole is not None:
            claimed.setdefault(whole, _Found((whole.start, whole.end), "direct", speaker, cue))
            continue
        if any(p in claimed for p in inside):
            continue
        extent = (min(span[0], inside[0].start), max(span[1], inside[-1].end)) if inside else span
        item = _Found(extent, "partial" if inside else "indirect", speaker, cue)
        claimed.update(dict.fromkeys(inside, item))
        found.append(item)
    found += [item for item in claimed.values() if item.kind == "direct"]
    found.sort(key=lambda item: item.span)
    found = _with_passages(speakers, passages, claimed, cues, found)
    return _carried(tree.text, found)


def _reported_clauses(
    speakers: Speakers, cues: QuoteCues, quoted: list[Span]
) -> list[tuple[Span, str, Speaker | None]]:
    """The clause each quote verb (or "according to") outside quote marks reports.

    A verb inside a quotation is the speaker's words, not the writer's cue;
    one inside another reported clause ("he said the police had told him
    that ...") is part of what that speaker said. A clause nobody is said to
    speak ("it was reported that", "Asked whether ...") is no quote.
    """
    tree = speakers.tree
    clauses: list[tuple[Span, int, str, Speaker | None]] = []
    for i in range(len(tree)):
        if _inside(tree.tokens[i].start, quoted):
            continue
        source = according_to(tree, i)
        if source is not None:
            sentence = tree.sentence_span(tree.sentence_of[i])
            clause = _outside(tree, sentence, tree.subtree(i))
            if clause is not None and not any(cues.at(tree, j) for j in range(*sentence)):
                clauses.append((clause, i, "according to", speakers.of_phrase(source)))
            continue
        cue = cues.at(tree, i)
        if cue is None or cue.frame != "clause" or _bare_participle(tree, i):
            continue
        clause = _clause_of(tree, i, cues)
        speaker = speakers.of_verb(i)
        if clause is not None and speaker is not None:
            clauses.append((clause, i, tree.tokens[i].text, speaker))
    return [
        (span, cue, speaker)
        for span, i, cue, speaker in clauses
        if not _inside(tree.tokens[i].start, [other for other, *_ in clauses if other != span])
    ]


def _bare_participle(tree: Tree, verb: int) -> bool:
    """A participle with no auxiliary: "Asked whether ..., he said" asks, it reports nothing."""
    return tree.tokens[verb].tag == "VBN" and not any(
        tree.tokens[c].dep in ("aux", "auxpass") for c in tree.children[verb]
    )


def _clause_of(tree: Tree, verb: int, cues: QuoteCues) -> Span | None:
    """The reported clause of a quote verb: its complement, or the clause it hangs from."""
    for child in tree.children[verb]:
        if tree.tokens[child].dep in _CLAUSES:
            first, last = tree.subtree(child)
            while first < last and tree.tokens[first].dep == "mark":
                first += 1  # "that"
            return _trimmed(tree, first, _before_second_report(tree, cues, first, last))
    head = tree.tokens[verb].head
    if tree.tokens[verb].dep == "parataxis" and head != verb:
        # "The plan would fail, he said": the verb hangs from the clause it reports.
        return _outside(tree, tree.subtree(head), tree.subtree(verb))
    return _told_in_a_document(tree, verb, cues)


def _told_in_a_document(tree: Tree, verb: int, cues: QuoteCues) -> Span | None:
    """The "that" clause the parse hangs from the document a verb says it in.

    "The charity said in a report that one pupil in five goes hungry": the
    parse may read the clause as the report's content, not the verb's; what
    the report says is what its issuer said.
    """
    for preposition in tree.children[verb]:
        word = tree.tokens[preposition]
        if word.dep != "prep" or word.text.lower() != "in":
            continue
        for document in tree.children[preposition]:
            if tree.tokens[document].lemma.lower() not in cues.documents:
                continue
            for clause in tree.children[document]:
                marks = [c for c in tree.children[clause] if tree.tokens[c].dep == "mark"]
                if tree.tokens[clause].dep != "acl" or not marks:
                    continue
                if tree.tokens[marks[0]].text.lower() == "that":
                    return _trimmed(tree, marks[0] + 1, tree.subtree(clause)[1])
    return None


def _before_second_report(tree: Tree, cues: QuoteCues, first: int, last: int) -> int:
    """Where a reported clause ends when another speaker's report follows inside it.

    "X says the plan will fail, while Y says it will work" and "X said ...
    but Y say ..." report two speakers; the parse hangs the second report
    from the first one's clause, which would give Y's words to X.
    """
    for j in range(first + 1, last):
        if _second_report(tree, cues, j):
            end = tree.subtree(j)[0]
            while end > first and tree.tokens[end - 1].dep in _REPORT_JOINS:
                end -= 1  # "while", "but", ","
            return end
    return last


def _second_report(tree: Tree, cues: QuoteCues, verb: int) -> bool:
    """A quote verb with its own subject and clause, joined as a contrast or a coordinate.

    A coordinate subordinated by "that" ("he said prices rose and that
    officials denied ...") or put back into the pluperfect ("... and the court
    had stressed ...") is still the first speaker's words.
    """
    token = tree.tokens[verb]
    cue = cues.at(tree, verb)
    if cue is None or cue.frame != "clause" or token.dep not in ("advcl", "conj"):
        return False
    kids = {tree.tokens[c].dep: tree.tokens[c].text.lower() for c in tree.children[verb]}
    if "nsubj" not in kids or not any(d in _CLAUSES for d in kids) or _pluperfect(tree, verb):
        return False
    if token.dep == "advcl":
        return kids.get("mark") in _CONTRASTS
    return "mark" not in kids


def _pluperfect(tree: Tree, verb: int) -> bool:
    """Whether a verb is in the pluperfect ("had stressed"), the tense of reported speech."""
    return any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() in ("had", "'d")
        for c in tree.children[verb]
    )


def _outside(tree: Tree, whole: tuple[int, int], cut: tuple[int, int]) -> Span | None:
    """The longer side of token range ``whole`` left when range ``cut`` is taken out."""
    before, after = (whole[0], cut[0]), (cut[1], whole[1])
    first, last = max(before, after, key=lambda r: r[1] - r[0])
    return _trimmed(tree, first, last)


def _trimmed(tree: Tree, first: int, last: int) -> Span | None:
    if first >= last:
        return None
    start, end = tree.tokens[first].start, tree.tokens[last - 1].end
    text = tree.text
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + ".":
        end -= 1
    return (start, end) if len(text[start:end].split()) >= 2 else None


def _with_passages(
    speakers: Speakers,
    passages: list[Passage],
    claimed: dict[Passage, _Found],
    cues: QuoteCues,
    found: list[_Found],
) -> list[_Found]:
    """Add the passages no clause claimed: direct quotes, and partial ones a cue governs."""
    tree = speakers.tree
    added = list(found)
    for passage in passages:
        if passage in claimed:
            continue
        kind: QuoteKind = "direct" if _stands_alone(tree.text, passage) else "partial"
        cue = _cue_beside(tree, passage, passages, cues) if kind == "direct" else None
        if cue is None and kind == "partial":
            cue = _cue_above(tree, passage, cues)
        speaker = speakers.of_verb(cue) if cue is not None else None
        if speaker is None and kind == "direct":
            speaker = _introduced_by(speakers, passage, passages)
        words = len(tree.text[passage.start : passage.end].split())
        if cue is None and words < (2 if kind == "direct" else _CLAUSE_WORDS):
            continue  # scare quotes, names, titles
        added.append(
            _Found(
                (passage.start, passage.end),
                kind,
                speaker,
                tree.tokens[cue].text if cue is not None else None,
            )
        )
    added.sort(key=lambda item: item.span)
    return added


def _introduced_by(speakers: Speakers, passage: Passage, passages: list[Passage]) -> Speaker | None:
    """The person the sentence before an unattributed quotation is about, as its speaker.

    A profile sets up a quotation by telling of its speaker and lets the
    words follow with no "he said": 'Reddin is scathing about the board.
    "It has betrayed us."' The subject of the sentence right before, when it
    is a person and not itself quoted words, is the one who speaks; it
    outranks the speaker quoted before, whom the sentence has moved on from.
    """
    tree = speakers.tree
    text = tree.text
    before = bisect.bisect_left(tree.starts, passage.outer[0]) - 1
    while before >= 0 and tree.tokens[before].text.isspace():
        before -= 1  # the paragraph break
    if before < 0 or text[_sentence_start(text, passage.outer[0]) : passage.outer[0]].strip():
        return None  # the quotation does not open its sentence: it is in the writer's words
    quoted = [p.outer for p in passages]
    root = sentence_root(tree, tree.sentence_of[before])
    subject, passive = subject_of(tree, root) if root is not None else (None, False)
    if root is None or subject is None or passive or _inside(tree.tokens[subject].start, quoted):
        return None  # "Reddin was jailed. "Justice is done."": who undergoes a deed says nothing
    if _bare_attribution(tree, root, quoted):
        return None  # '"Did you?" a lawyer pressed. "No."': a dialogue, left to those quoted
    person = speakers.person_named(subject)
    return speakers.of_phrase(subject) if person is not None else None


def _bare_attribution(tree: Tree, root: int, quoted: list[Span]) -> bool:
    """Whether a sentence is only someone's act of speaking: '"Why?" the lawyer pressed.'."""
    return all(
        tree.tokens[c].dep in _ATTRIBUTION_PARTS or _inside(tree.tokens[c].start, quoted)
        for c in tree.children[root]
    )


def _stands_alone(text: str, passage: Passage) -> bool:
    """Whether a passage is the whole of what is reported, not words in the writer's sentence."""
    before = text[_sentence_start(text, passage.outer[0]) : passage.outer[0]].rstrip()
    if not before or before[-1] in ":,":
        return True
    words = len(text[passage.start : passage.end].split())
    return text[passage.start].isupper() and words >= _CLAUSE_WORDS


def _sentence_start(text: str, position: int) -> int:
    line = text.rfind("\n", 0, position) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line, position)]
    return ends[-1] if ends else line


def _cue_beside(
    tree: Tree, passage: Passage, passages: list[Passage], cues: QuoteCues
) -> int | None:
    """The quote verb right after a passage (", he said") or before it ("X said:")."""
    text = tree.text
    quoted = [p.outer for p in passages]
    line_end = text.find("\n", passage.outer[1])
    line_end = len(text) if line_end < 0 else line_end
    ends = _SENTENCE_END.search(text, passage.outer[1], line_end)
    after = (passage.outer[1], ends.end() if ends else line_end)
    if (
        text[passage.start : passage.end].endswith(".")
        and not text[after[0] : after[1]].lstrip()[:1].islower()
    ):
        after = (after[0], after[0])  # the quotation ended its sentence: what follows is another
    before = (_sentence_start(text, passage.outer[0]), passage.outer[0])
    for low, high, last in ((*after, False), (*before, True)):
        # Only the tokens that start between low and high, found by bisection: scanning
        # the whole article for each passage made long interviews quadratic.
        verbs = [
            i
            for i in range(
                bisect.bisect_left(tree.starts, low), bisect.bisect_left(tree.starts, high)
            )
            if not _inside(tree.tokens[i].start, quoted) and cues.at(tree, i) is not None
        ]
        if verbs:
            return verbs[-1] if last else verbs[0]
    return None


def _inside(offset: int, spans: list[Span]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _cue_above(tree: Tree, passage: Passage, cues: QuoteCues) -> int | None:
    """The quote verb that governs quoted words inside the writer's sentence."""
    first = tree.token_at(passage.start)
    if first is None:
        return None
    node = first
    while tree.tokens[node].start < passage.end and tree.tokens[node].start >= passage.start:
        parent = tree.tokens[node].head
        if parent == node:
            return None
        node = parent
    for _ in range(6):
        if cues.at(tree, node) is not None:
            return node
        parent = tree.tokens[node].head
        if parent == node:
            return None
        node = parent
    return None


def _carried(text: str, found: list[_Found]) -> list[_Found]:
    """Give the speaker of the quote before to quotes without one, within reach."""
    result: list[_Found] = []
    last: tuple[Speaker, int] | None = None
    last_document: Speaker | None = None
    for item in found:
        paragraph = text.count("\n\n", 0, item.span[0])
        speaker = item.speaker
        if speaker is not None and speaker.actor is None and speaker.document and last_document:
            speaker = dataclasses.replace(speaker, actor=last_document.actor)
        if speaker is not None and speaker.actor is None and speaker.refers_back and last:
            speaker = dataclasses.replace(speaker, actor=last[0].actor)
        recent = last is not None and paragraph - last[1] <= _CARRY_REACH
        if speaker is None and recent and last is not None:
            speaker = last[0]
        if speaker is None and item.kind == "partial" and item.cue is None:
            continue  # quoted words, but nobody said them
        result.append(dataclasses.replace(item, speaker=speaker))
        if speaker is not None and (speaker.actor is not None or not speaker.refers_back):
            last = (speaker, paragraph)
            if speaker.document and speaker.actor is not None:
                last_document = speaker
    return result


def _clean(text: str) -> str:
    """A quote's text on one line, without the marks that reopen a quotation."""
    return " ".join(re.sub(r"\n\s*[“\"„«]", "\n", text).split())


STAGE = Stage(
    name="quotes",
    run=find_quotes,
    requires=frozenset({"parse", "actors"}),
    assigns=frozenset({"quotes"}),
)
