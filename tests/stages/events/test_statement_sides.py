"""Whom a quoted statement is aimed at, and its type (stages/events/statement_sides.py).

On sentences we wrote.
"""

import pytest

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
