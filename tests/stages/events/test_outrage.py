"""Charges told by outrage (stages/events/outrage.py), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            (
                "Casino association chairman Penny Hale said her members were outraged by the "
                "minister's decision."
            ),
            ("ACCUSE", ("Penny Hale",), ("minister",)),
        ),
        (
            (
                "Lawyer Ruth Gale said she was appalled that the police had detained the men "
                "for so long."
            ),
            ("ACCUSE", ("Ruth Gale",), ("police",)),
        ),
        (
            "Union leader Jim Hart said he was angry at Labour's attack on teachers.",
            ("ACCUSE", ("Jim Hart",), ("Labour Party",)),
        ),
    ],
)
def test_a_speakers_outrage_charges_whoever_is_behind_its_cause(body, wanted):
    assert wanted in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Union leader Jim Hart said the teachers were angry about the new rules.",
        "Lawyer Ruth Gale said she was not angry with the police.",
    ],
)
def test_outrage_of_others_or_denied_charges_no_one(body):
    found = statement_events(body)
    assert not [e for e in found if e[0] == "ACCUSE" and e[1] in (("Jim Hart",), ("Ruth Gale",))]
