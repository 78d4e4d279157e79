"""Whom a quoted "they" blames or asks: "They need to rethink the bill".

A speaker who says "they have failed" or "they must think again" after the
text has named the body it means ("the government had lost the vote", he
said: "They must redraft the plan") asks or blames that body, though the
coreference of actors leaves a plural "they" unread. "They" here is the
nearest body, party, country or group named as a subject before it, in its
sentence or the one before, that is not the speaker: a person is never "they". When a
plural common noun stands as a subject in between ("the plans ... they need
to go"), "they" may be those things, and stays unread.
"""

from __future__ import annotations

from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree

# The kinds of actor a plural "they" may stand for.
_THEY_KINDS = frozenset({"organization", "country", "group"})
_PLURAL = frozenset({"NNS", "NNPS"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How a clause hangs on the main one when it tells what was said or done.
_REPORTED = frozenset({"ccomp", "conj"})
# Words that stand for people or things not named: "those who", "they think".
_PLURAL_PRONOUNS = frozenset({"they", "those", "these", "who", "which"})


def they_meant(tree: Tree, index: ActorIndex, pronoun: int, speaker: str) -> tuple[str, ...]:
    """The actor a quoted subject "they" stands for, or none when unsure."""
    if tree.tokens[pronoun].text.lower() != "they" or pronoun in index.by_token:
        return ()
    sentence = tree.sentence_of[pronoun]
    earlier, _ = tree.sentence_span(sentence - 1 if sentence else sentence)
    for token in range(pronoun - 1, earlier - 1, -1):
        actor = index.by_token.get(token)
        if actor is not None and index.by_token.get(tree.tokens[token].head) == speaker:
            continue  # "Tory" in "Tory leader Michael Howard", the speaker's own side
        if actor is None:
            if _plural_subject(tree, token):
                return ()  # "the plans ... they", "those who ... they": others, maybe
            continue
        if not _subject(tree, token):
            continue  # "beaten in the Commons vote": named, but not the one spoken of
        if not _told_of(tree, token):
            return ()  # "what critics claim": named in passing
        if actor == speaker:
            continue  # "Mr Oaten said they ...": the speaker speaks of others
        if index.kinds.get(actor) not in _THEY_KINDS:
            return ()  # a person named in between leaves "they" unread
        return (actor,)
    return ()


def _subject(tree: Tree, token: int) -> bool:
    """Whether a token heads a clause's subject, or is a name within one."""
    word = tree.tokens[token]
    return tree.is_subject(token) or (word.dep == "compound" and tree.is_subject(word.head))


def _told_of(tree: Tree, token: int) -> bool:
    """Whether a subject is of its sentence's main clause, or of the clause it reports."""
    head = tree.tokens[token].head if tree.tokens[token].dep == "compound" else token
    verb = tree.tokens[head].head
    for _ in range(4):
        if tree.tokens[verb].dep == "ROOT":
            return True
        if tree.tokens[verb].dep not in _REPORTED:
            return False
        verb = tree.tokens[verb].head
    return False


def _plural_subject(tree: Tree, token: int) -> bool:
    word = tree.tokens[token]
    plural = word.tag in _PLURAL or word.text.lower() in _PLURAL_PRONOUNS
    return plural and word.dep in _SUBJECTS
