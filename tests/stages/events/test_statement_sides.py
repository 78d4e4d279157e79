"""Whom a quoted statement is aimed at, and its type (stages/events/statement_sides.py).

On sentences we wrote.
"""

import pytest

from event_sides import real_events
from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        "Ferry firm boss John Harper said the Seamen's Union's claims were completely wrong.",
        "Ferry firm boss John Harper said the Seamen's Union's accusations were outrageous.",
    ],
)
def test_a_fault_found_with_a_claim_rebuts_its_maker(body):
    found = statement_events(body)
    assert ("REJECT", ("John Harper",), ("Seamen's Union",)) in found
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_a_fault_joined_to_a_word_of_untruth_is_one_denial():
    found = statement_events(
        'The Port Authority said the report by Harbour Watch was "inaccurate and misleading".'
    )
    assert ("REJECT", ("Port Authority",), ("Harbour Watch",)) in found
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_a_fault_found_with_remarks_still_blames_who_made_them():
    found = statement_events(
        "Opposition leader Maria Costa said Erik Sandberg's remarks were irresponsible."
    )
    assert ("ACCUSE", ("Maria Costa",), ("Erik Sandberg",)) in found


def test_a_claim_that_charges_a_fault_is_no_rebuttal_of_it():
    found = statement_events(
        "Opposition leader Maria Costa accused Erik Sandberg of bullying staff. "
        "The ethics board said the allegation concerned a failure to consult staff."
    )
    assert not [e for e in found if e[0] == "REJECT"]


def test_a_budget_written_with_a_capital_is_judged_as_its_makers():
    # "the Budget" is a thing someone made, however the tagger reads the capital.
    found = statement_events(
        "Finance minister Lena Varga set out the Budget on Tuesday. "
        'The Farmers League said that the Budget was a "wasted opportunity" for hill farms.'
    )
    assert ("ACCUSE", ("Farmers League",), ("Lena Varga",)) in found


@pytest.mark.parametrize("blow", ["blamed", "punished", "criticised"])
def test_a_duty_not_to_deal_a_blow_takes_its_subjects_side(blow):
    found = statement_events(
        f"Archivists union leader Paula Kerr said the National Library should not be {blow} "
        "for the mistakes of its former directors."
    )
    assert ("SUPPORT", ("Paula Kerr",), ("National Library",)) in found
    assert not [e for e in found if e[0] == "REQUEST"]


def test_a_duty_to_let_its_subject_act_takes_its_side():
    found = statement_events(
        "Union leader Paula Kerr said the National Library should be allowed to choose "
        "its own suppliers."
    )
    assert ("SUPPORT", ("Paula Kerr",), ("National Library",)) in found
    assert not [e for e in found if e[0] == "REQUEST"]


def test_a_duty_a_claim_says_someone_is_driven_to_charges_them():
    found = real_events(
        "The Liberal Democrats claim the chancellor has to find £8bn to plug a gap in his "
        "budget and will be forced to put up taxes."
    )
    assert ("ACCUSE", ("Liberal Democrats",), ("chancellor",)) in found
    assert not [e for e in found if e[0] == "REQUEST"]


def test_a_duty_said_outright_still_asks():
    found = real_events(
        "The Liberal Democrats said the chancellor has to find £8bn for the hospitals."
    )
    assert ("REQUEST", ("Liberal Democrats",), ("chancellor",)) in found


@pytest.mark.parametrize(
    "body",
    [
        # "held back" is no "held" (an arrest): nothing spared, nothing asked of the towns.
        (
            '"Our towns must not be held back by slow trains and old roads," '
            "First Minister Rhodri Penn said."
        ),
        # Borrowing let climb is no one's side taken.
        "Public borrowing should be allowed to climb past 4% in a slump, Karl Brandt argued.",
    ],
)
def test_a_duty_that_spares_no_actor_a_blow_backs_no_one(body):
    assert not [e for e in statement_events(body) if e[0] == "SUPPORT"]


def test_the_agent_of_a_letdown_told_in_the_bare_form_of_let_is_charged():
    # "let" is its own past participle: the parse may tag "feel let down by" the bare verb.
    found = statement_events(
        "Opposition leader Ada Quill argued there were thousands of islanders who she says "
        "feel let down by the Harbour Board."
    )
    assert ("ACCUSE", ("Ada Quill",), ("Harbour Board",)) in found
    assert not [e for e in found if e[0] == "ACCUSE" and "islanders" in " ".join(e[2])]


def test_a_feud_between_actors_that_does_wrong_charges_both():
    found = statement_events(
        "Harbour Board chairman Tom Reeve and his deputy Ada Quill have denied any rift."
        " Opposition leader Nia Brandt said the feud between Mr Reeve and Ms Quill was"
        " harming the work of the board."
    )
    assert ("ACCUSE", ("Nia Brandt",), ("Tom Reeve", "Ada Quill")) in found
