"""Who made the charge a story's lead tells without its maker: "X has been accused of ...".

News opens on the charge and names who made it in the sentences after it:
"The minister has been accused of misleading MPs. Tory spokesman Ann Lowe
said the figures were wrong." The one who speaks up next, in the story's
own voice, is the accuser; so is the body whose report speaks ("An audit
office report says costs rose"). Only the lead, the body's first two
sentences, is read so: further down, a charge with no maker is as often a
defence's or a bystander's comment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline import lexicons
from dateline.stages._arguments import ActorIndex
from dateline.stages._clause_roles import subject_of
from dateline.stages._tree import Tree
from dateline.stages.events.steps import INFERRED
from dateline.stages.quotes import cues as quote_cues

if TYPE_CHECKING:
    from dateline.stages.events.triggers import Trigger

STEP = f"{INFERRED}actor: who speaks up next after the lead's charge"

_LEAD = 2
"""How many of the body's first sentences the lead is (the title is no part of the tree)."""
_REACH = 2
"""How many sentences after the charge the accuser may be named in."""


def accuser_told_next(tree: Tree, trigger: Trigger, index: ActorIndex) -> tuple[str, ...]:
    """The actors who speak first after a lead's charge told in the passive with no "by".

    Only the lead's own main verb: a charge inside a clause ("reports
    suggest they are being investigated") is the reports'. Not the accused,
    nor one of their own party or body: "Labour has been accused of ... A
    Labour spokesman said" is the party's reply.
    """
    verb = trigger.token
    sentence = tree.sentence_of[verb]
    if trigger.cue.type != "ACCUSE" or sentence >= _LEAD or tree.tokens[verb].dep != "ROOT":
        return ()  # "reports suggest they are being investigated": a report's charge
    accused, _ = subject_of(tree, verb)
    own = set(index.actors_at(tree, accused)) if accused is not None else set()
    own_bodies = {index.orgs.get(actor) for actor in own} - {None}
    last = min(sentence + _REACH, len(tree.parse.sentences) - 1)
    for later in range(sentence + 1, last + 1):
        speakers = _speakers(tree, index, later)
        if speakers is not None:
            return tuple(
                actor
                for actor in speakers
                if actor not in own and index.orgs.get(actor) not in own_bodies
            )
    return ()


def _speakers(tree: Tree, index: ActorIndex, sentence: int) -> tuple[str, ...] | None:
    """The actors a sentence's main verb of saying has as its subject, if it has one.

    None when the sentence says nothing in anyone's voice; a report or a
    statement that speaks stands for the body named in it.
    """
    first, last = tree.sentence_span(sentence)
    verbs = quote_cues.load()
    for root in range(first, last):
        token = tree.tokens[root]
        if token.dep != "ROOT" or verbs.at(tree, root) is None:
            continue
        subject, passive = subject_of(tree, root)
        if subject is None or passive:
            return None
        if tree.tokens[subject].lemma.lower() in lexicons.word_set("speech_documents.txt"):
            return index.describers(tree, subject)
        return index.actors_at(tree, subject)
    return None
