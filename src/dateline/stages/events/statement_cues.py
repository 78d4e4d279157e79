"""The statement cue lexicon: which words accuse, ask or back, as the text writes them.

``lexicons/statement_cues.tsv``, read once; a cue is matched by its lemma
or as written, by its part of speech, at the last part of a hyphenated
word, and with the particle a phrasal verb needs.
"""

from __future__ import annotations

import dataclasses
import functools

from dateline import lexicons
from dateline.errors import ConfigError
from dateline.records import Token
from dateline.stages._tree import Tree
from dateline.stages.events.harms_foretold import harm_foretold
from dateline.stages.events.modality import foretold, is_infinitive
from dateline.stages.events.raised_burdens import burden_raised
from dateline.stages.events.statement_records import StatementCue

_ROLES = frozenset(
    {
        "judgement",
        "modal",
        "doer",
        "object",
        "desire",
        "standard",
        "bearer",
        "excess",
        "truth",
        "untruth",
        "locus",
    }
)
_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT"})


def cue_of(word: Token) -> StatementCue | None:
    """The statement cue a word is, by its lemma (or, failing that, as written) and part of speech.

    The model lemmatises "shambles" to "shamble": a cue may match its word as
    written. A lemma may be a cue as a verb and as a noun ("abuse", "smear").
    """
    cues = load()
    return cues.get((word.lemma.lower(), word.pos)) or cues.get((word.text.lower(), word.pos))


def cue_at(tree: Tree, token: int) -> StatementCue | None:
    """The statement cue at a token: the word itself, or the hyphenated word it ends.

    The tokenizer splits "cover-up" and "ill-conceived" at the hyphen, so
    the lexicon's hyphenated cues are read at their last part; the part of
    speech the model gives that part ("conceived" a verb) is no guide to
    the whole word's, and is not asked for.
    """
    found = (
        _hyphenated_cue(tree, token)
        or cue_of(tree.tokens[token])
        or _charge_read_as_a_passive(tree, token)
        or _judged_too(tree, token)
        or _plainly_judged(tree, token)
        or _done_nothing(tree, token)
        or _run_out_of_means(tree, token)
        or _out_of_touch(tree, token)
        or _faulted_deed(tree, token)
        or _faulted_phrase(tree, token)
        or burden_raised(tree, token)
        or harm_foretold(tree, token)
    )
    return None if found is not None and _good_not_done(tree, token, found) else found


_DUTIES = frozenset({"must", "should", "need", "ought"})
"""Modals by which a doer is told what it has to do, not praised for it."""

_SPEAKERS_OWN = frozenset({"me", "us", "myself", "ourselves"})
"""Objects by which a speaker tells of good done to himself, which backs no one."""


def _good_not_done(tree: Tree, token: int, cue: StatementCue) -> bool:
    """Whether a verb of doing good tells an aim, a duty or the speaker's own lot.

    "Dr Marsh would strengthen the voice of patients" and "the plans could
    improve care" back who does the good; "is trying to improve his
    standing" and "returned to strengthen the campaign" tell an aim,
    "schools must improve" a duty (a demand, if anything), and "they
    strengthened me" what the speaker went through.
    """
    if cue.type != "SUPPORT" or cue.role != "doer":
        return False
    children = [tree.tokens[c] for c in tree.children[token]]
    return (
        is_infinitive(tree, token)
        or any(c.dep == "aux" and c.lemma.lower() in _DUTIES for c in children)
        or any(c.dep == "dobj" and c.text.lower() in _SPEAKERS_OWN for c in children)
    )


def _charge_read_as_a_passive(tree: Tree, token: int) -> StatementCue | None:
    """A judging adjective of the form of a participle, read by the model as a passive verb.

    "The board's emphasis on cost-cutting is misplaced", "the plan was
    muddled": after "is" or "was" the model tags such a word the participle
    of a passive verb, and the lexicon's adjective is missed. A charge only
    (ACCUSE or REJECT), and never with a doer named by "by": "justified" or
    "dedicated" are as often verbs of their own ("was justified on security
    grounds", "was dedicated to the victims").
    """
    word = tree.tokens[token]
    if word.pos != "VERB" or word.tag != "VBN":
        return None
    cue = load().get((word.text.lower(), "ADJ"))
    if cue is None or cue.role != "judgement" or cue.type not in ("ACCUSE", "REJECT"):
        return None
    children = [tree.tokens[c].dep for c in tree.children[token]]
    if "auxpass" not in children or "agent" in children:
        return None
    return dataclasses.replace(cue, pos="VERB")


def _done_nothing(tree: Tree, token: int) -> StatementCue | None:
    """A "do" with "nothing" for its object, which charges its doer with idleness.

    "Labour has done nothing to stop crime" and "the scheme has done nothing
    for pensioners" blame whoever did nothing, or made the plan that did
    nothing, as "neglect" does; the doer is found as for any verb of
    wrongdoing. "Nothing wrong" ("he had done nothing wrong") clears its
    doer; "could do nothing about the weather" tells what was beyond one's
    power, and "the plan would do nothing to help" a forecast of what is
    not yet done: none of them is a cue.
    """
    word = tree.tokens[token]
    if word.pos != "VERB" or word.lemma.lower() != "do":
        return None
    children = tree.children[token]
    done = [c for c in children if tree.tokens[c].dep == "dobj"]
    if len(done) != 1 or tree.tokens[done[0]].text.lower() != "nothing":
        return None
    # The parse hangs the "wrong" of "nothing wrong" on "nothing" or on the verb.
    if any(tree.tokens[c].pos == "ADJ" for c in (*children, *tree.children[done[0]])):
        return None
    if foretold(tree, token):
        return None
    return StatementCue("do", "VERB", "ACCUSE", "doer", None)


def _run_out_of_means(tree: Tree, token: int) -> StatementCue | None:
    """To "run out of" ideas or answers, which charges the runner with having no more to give.

    "The government has run out of ideas" blames the government as a doer
    cue does; what one may be charged with running out of is listed in
    ``lexicons/spent_means.txt``, so "the hospital ran out of beds" is no
    cue. The parse takes "out" for a particle or a preposition.
    """
    word = tree.tokens[token]
    if word.pos != "VERB" or word.lemma.lower() != "run":
        return None
    spent = [
        noun
        for out in tree.children[token]
        if tree.tokens[out].text.lower() == "out"
        for of in (*tree.children[out], *tree.children[token])
        if tree.tokens[of].text.lower() == "of"
        for noun in tree.children[of]
        if tree.tokens[noun].dep == "pobj"
    ]
    if not any(
        tree.tokens[noun].lemma.lower() in lexicons.word_set("spent_means.txt") for noun in spent
    ):
        return None
    return StatementCue("run", "VERB", "ACCUSE", "doer", None)


def _out_of_touch(tree: Tree, token: int) -> StatementCue | None:
    """The "touch" of "out of touch", which judges whoever is said to be so.

    "The chancellor is out of touch with pensioners" judges the chancellor
    as "complacent" would; "touch" alone ("keep in touch", "a soft touch")
    judges no one, so the word is a cue only after "out of".
    """
    if tree.tokens[token].text.lower() != "touch" or token < 2:
        return None
    out, of = (tree.tokens[i].text.lower() for i in (token - 2, token - 1))
    if (out, of) != ("out", "of"):
        return None
    return StatementCue("touch", "NOUN", "ACCUSE", "judgement", None)


def _faulted_deed(tree: Tree, token: int) -> StatementCue | None:
    """A verb whose object makes an idiom of shirking: "dragging its heels", "moved the goalposts".

    The pairs are listed in ``lexicons/faulted_deeds.tsv``; the verb with
    any other object ("dragged the boat ashore") is no cue. An idiom may
    hold its noun after a preposition ("their feud is getting in the way
    of reform", "standing in the way of a deal"), written with it.
    """
    word = tree.tokens[token]
    if word.pos != "VERB":
        return None
    if not _objects_taken(tree, token) & _faulted_objects().get(word.lemma.lower(), frozenset()):
        return None
    return StatementCue(word.lemma.lower(), "VERB", "ACCUSE", "doer", None)


def _objects_taken(tree: Tree, verb: int) -> set[str]:
    """A verb's direct objects, and its prepositions' objects with the preposition: "in way"."""
    found = set()
    for c in tree.children[verb]:
        child = tree.tokens[c]
        if child.dep == "dobj":
            found.add(child.lemma.lower())
        elif child.dep == "prep":
            found.update(
                f"{child.text.lower()} {tree.tokens[o].lemma.lower()}"
                for o in tree.children[c]
                if tree.tokens[o].dep == "pobj"
            )
    return found


def _faulted_objects() -> dict[str, frozenset[str]]:
    """The objects that make each verb of faulted_deeds.tsv an idiom of shirking."""
    return lexicons.grouped("faulted_deeds.tsv", "verb", "object")


def _faulted_phrase(tree: Tree, token: int) -> StatementCue | None:
    """A noun whose adjective makes an idiom of fault: "a false economy", "a white elephant".

    The pairs are listed in ``lexicons/faulted_phrases.tsv``; the noun
    judges what it is said of as "a fiasco" does, while either word alone
    ("a growing economy", "false passports") judges nothing.
    """
    word = tree.tokens[token]
    if word.pos != "NOUN":
        return None
    adjectives = _faulting_adjectives().get(word.lemma.lower(), frozenset())
    if not any(
        tree.tokens[c].dep == "amod"
        and {tree.tokens[c].lemma.lower(), tree.tokens[c].text.lower()} & adjectives
        for c in tree.children[token]
    ):
        return None
    return StatementCue(word.lemma.lower(), "NOUN", "ACCUSE", "judgement", None)


def _faulting_adjectives() -> dict[str, frozenset[str]]:
    """The adjectives that make each noun of faulted_phrases.tsv an idiom of fault."""
    return lexicons.grouped("faulted_phrases.tsv", "noun", "adjective")


_WORDS_OF_EXCESS = frozenset({"too", "overly", "unduly", "excessively"})
"""Adverbs by which a word of hope or reach says too much of it."""


def _judged_too(tree: Tree, token: int) -> StatementCue | None:
    """A word of hope or reach that judges with "too" on it: "the forecasts were too optimistic".

    Without "too" the same word judges no one ("an ambitious plan", "the
    report was optimistic about growth"), so it is no row of the lexicon;
    with it, it charges a judgement as "unrealistic" does. "Overly", "unduly"
    and "excessively" say the same excess as "too" ("an overly optimistic
    view"), so they judge as well.
    """
    word = tree.tokens[token]
    if word.pos != "ADJ" or word.lemma.lower() not in lexicons.word_set("too_judgements.txt"):
        return None
    if not any(
        tree.tokens[c].dep == "advmod" and tree.tokens[c].text.lower() in _WORDS_OF_EXCESS
        for c in tree.children[token]
    ):
        return None
    return StatementCue(word.lemma.lower(), "ADJ", "ACCUSE", "judgement", None)


def _plainly_judged(tree: Tree, token: int) -> StatementCue | None:
    """A plain word of poor worth in its plain degree: "a bad idea", "the response was poor".

    "Bad" or "poor" judge as "wrong" does, but their comparative and
    superlative compare rather than judge ("the poorest families", "the
    problem is worse"), so only the plain degree (tag JJ) is a cue. What
    the word must blame is asked by :func:`blames_only_someone_named`.
    """
    word = tree.tokens[token]
    if word.pos != "ADJ" or word.tag != "JJ" or not is_plain_judgement(word.lemma.lower()):
        return None
    return StatementCue(word.lemma.lower(), "ADJ", "ACCUSE", "judgement", None)


def is_plain_judgement(word: str) -> bool:
    """Whether a cue word is a plain word of poor worth, which blames only someone named.

    Said of a thing no actor owns ("the weather was awful", "truancy is a
    bad thing") such a word blames no one, where "the bill was disgraceful"
    still accuses whoever brought the bill.
    """
    return word in lexicons.word_set("plain_judgements.txt")


def _hyphenated_cue(tree: Tree, token: int) -> StatementCue | None:
    """The hyphenated cue whose last part is ``token``: "catch-up" at "up"."""
    if token < 2:  # a word and the hyphen come before it
        return None
    first, hyphen, last = (tree.tokens[i] for i in range(token - 2, token + 1))
    if hyphen.text != "-" or first.end != hyphen.start or hyphen.end != last.start:
        return None
    return _hyphenated().get(f"{first.text}-{last.text}".lower())


@functools.cache
def _hyphenated() -> dict[str, StatementCue]:
    """The lexicon's hyphenated cues by their written form."""
    return {cue.word: cue for cue in load().values() if "-" in cue.word}


@functools.cache
def load() -> dict[tuple[str, str], StatementCue]:
    """The statement cues by lemma and part of speech, read once.

    Raises:
        ConfigError: a row's type or role is not one the stage knows.
    """
    cues = {}
    for row in lexicons.table("statement_cues.tsv"):
        if row["type"] not in _TYPES or row["role"] not in _ROLES:
            raise ConfigError(f"lexicon statement_cues.tsv: bad type or role in {row}")
        word, *particle = row["cue"].split()
        cue = StatementCue(
            word,
            row["pos"],
            row["type"],  # type: ignore[arg-type]
            row["role"],
            particle[0] if particle else None,
        )
        cues[cue.word, cue.pos] = cue
    return cues


def trigger(tree: Tree, cue_token: int, cue: StatementCue) -> str:
    """The cue's words as the text has them: "wrong", "add up", "cover-up"."""
    word = tree.tokens[cue_token]
    first = tree.tokens[cue_token - 2] if "-" in cue.word else word
    return " ".join(filter(None, (tree.text[first.start : word.end], cue.particle)))


def has_particle(tree: Tree, token: int, cue: StatementCue) -> bool:
    """Whether a phrasal cue's verb has its particle: "add up", not "add".

    A "to" is the one of the infinitive the verb takes, in the present: "has
    to rethink" obliges; "has a plan" does not, nor "had to cancel flights",
    which tells what was done.
    """
    return cue.particle is None or any(
        (tree.tokens[c].dep == "prt" and tree.tokens[c].text.lower() == cue.particle)
        or (
            tree.tokens[c].dep == "xcomp"
            and _marked_by(tree, c, cue.particle)
            and tree.tokens[token].tag in _PRESENT
        )
        for c in tree.children[token]
    )


_PRESENT = frozenset({"VBZ", "VBP", "VB"})


def _marked_by(tree: Tree, verb: int, word: str) -> bool:
    """Whether an infinitive is marked by the word: the "to" of "to rethink"."""
    return any(
        tree.tokens[c].dep == "aux" and tree.tokens[c].text.lower() == word
        for c in tree.children[verb]
    )
