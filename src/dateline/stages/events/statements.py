"""Events carried by statements: what a quote does to the actor it is about.

"Mr Davis said the home secretary had been wrong" accuses the home
secretary; "the government should publish the advice" asks something of the
government; "we welcome the minister's decision" backs the minister. A
statement cue (``lexicons/statement_cues.tsv``) inside a quote whose speaker
is an actor gives an event from the speaker to the actor the cue is about:
the subject of the clause it judges, of the verb it obliges, or of the wrong
it names, or the object of the verb that backs it. A judgement of a thing
("the bill was disgraceful") accuses with no recipient named: whose bill it
is the text may not say. A cue that is negated ("was not wrong"), or about
the speaker, or about no one and nothing, gives nothing; but a duty denied
that spares an actor a blow ("the charity should not be punished") backs it.

The cues are read by :mod:`.statement_cues`; what a cue is said of by
:mod:`.judged`; whom its event is done to, and its type, by
:mod:`.statement_sides`; whether it is said outright by
:mod:`.said_outright`; a judgement denied by :mod:`.rebuttals`; a claim's
truth denied ("the claims are not true") by :mod:`.denied_truths`. The records
they share are in :mod:`.statement_records`.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.records import Quote
from dateline.stages._arguments import ActorIndex
from dateline.stages._tree import Tree
from dateline.stages.events.denied_truths import TRUTH_ROLES, truth_denied
from dateline.stages.events.harms_foretold import harm_misread
from dateline.stages.events.judged import denied, negated
from dateline.stages.events.raised_burdens import burden_misread
from dateline.stages.events.rebuttals import denied_judgement, denied_outright, nothing_wrong
from dateline.stages.events.said_outright import (
    FORBIDS,
    faults_own_doing,
    forbidding,
    judged_in_own_words,
    made_thing_refused,
    said_outright,
)
from dateline.stages.events.statement_cues import (
    cue_at,
    has_particle,
    is_plain_judgement,
    trigger,
)
from dateline.stages.events.statement_records import (
    STATEMENT_STEP,
    StatementCue,
    StatementEvent,
    quoted_tokens,
)
from dateline.stages.events.statement_sides import (
    charge_of_no_one_named,
    dismisses_what_was_said,
    recipients_of,
    said_about,
    spares_its_subject,
    statement_type,
)
from dateline.stages.events.told_to import names_the_one_told, told_to


def statement_events(
    tree: Tree, index: ActorIndex, quotes: tuple[Quote, ...]
) -> Iterator[StatementEvent]:
    """Every event a quote with a speaker carries, one per quote, type and recipient."""
    for quote in quotes:
        if quote.speaker is None:
            continue
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for i in quoted_tokens(tree, quote):
            cue = cue_at(tree, i)
            if cue is None or not has_particle(tree, i, cue):
                continue
            # "the claims are not true", "are false": a claim's truth denied
            told = truth_denied if cue.role in TRUTH_ROLES else _statement_at
            event = told(tree, index, cue, i, quote)
            if event is not None and (event.type, event.recipients) not in seen:
                seen.add((event.type, event.recipients))
                yield event


def _statement_at(
    tree: Tree, index: ActorIndex, cue: StatementCue, cue_token: int, quote: Quote
) -> StatementEvent | None:
    """The event a cue word in a quote carries, if any."""
    speaker = quote.speaker
    if speaker is None:
        return None
    forbids = forbidding(tree, cue, cue_token)
    if cue.role in ("bearer", "locus") and (
        negated(tree, cue_token) or denied_outright(tree, cue_token)
    ):
        # "he is no great leader" praises no one, and rebuts nothing; "the
        # problem is not with the council" clears the council of nothing else.
        return None
    if (
        cue.role not in ("standard", "excess")
        and (denied(tree, cue, cue_token) or nothing_wrong(tree, cue_token) is not None)
        and not forbids
        and not made_thing_refused(tree, index, cue, cue_token)
        and not spares_its_subject(tree, cue, cue_token)
    ):
        return denied_judgement(tree, index, cue, cue_token, quote)
    if not said_outright(tree, index, cue, cue_token, quote):
        return None
    about = said_about(tree, index, cue_token, cue)
    found = _said_to_the_one_told(tree, index, (cue, cue_token), about[0], quote) or recipients_of(
        tree, index, cue, about, speaker
    )
    if found is None and (about[0] is None or dismisses_what_was_said(tree, cue, cue_token)):
        found = charge_of_no_one_named(tree, index, cue, cue_token, speaker)
    if (
        found is None
        or (not found[0] and is_plain_judgement(cue.word))
        or judged_in_own_words(tree, index, cue_token, quote, found[0])
        or faults_own_doing(tree, cue, about[0], quote)
        or burden_misread(tree, cue_token, found[0], about[0])
        or harm_misread(tree, index, cue_token, speaker, found[0])
        # "deficits should be allowed to rise": no one's side is taken
        or (not found[0] and spares_its_subject(tree, cue, cue_token))
        # "such attempts cannot work": a plan of no one named rejects no one's
        or (not found[0] and cue.type == "REJECT" and cue.role == "standard")
    ):
        return None
    recipients, step = found
    return StatementEvent.by_speaker(
        statement_type(tree, cue, cue_token, about[0]),
        quote,
        recipients,
        (cue_token, trigger(tree, cue_token, cue)),
        (
            f"{STATEMENT_STEP} {cue.role} '{cue.phrase}'{FORBIDS * forbids} -> {cue.type}",
            step,
        ),
    )


def _said_to_the_one_told(
    tree: Tree,
    index: ActorIndex,
    at: tuple[StatementCue, int],
    about: int | None,
    quote: Quote,
) -> tuple[tuple[str, ...], str] | None:
    """The person a quote is said to, when the cue is about them; None otherwise.

    "He told Ms Hale: "It is disappointing that you have added to this
    distortion"" charges Ms Hale, its "you"; "... "That is untrue"" rejects
    what she said, which its "that" takes up.
    """
    cue, cue_token = at
    if not names_the_one_told(tree, about) and not dismisses_what_was_said(tree, cue, cue_token):
        return None
    told = told_to(tree, index, quote)
    if told is None:
        return None
    return (told,), "recipient: the person the quote is said to ('you', or whose claim 'that' is)"
