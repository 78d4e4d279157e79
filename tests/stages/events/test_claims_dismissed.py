"""A claim dismissed by a bare "it" or "that" (statement_sides.py), on sentences we wrote."""

import pytest

from statements import statement_events


@pytest.mark.parametrize(
    "body",
    [
        'Asked about the dispute, Mr Colin Hart said: "That is completely untrue."',
        "Health Secretary Colin Hart told reporters it was untrue.",
        'Asked about Ms Vale\'s job, Colin Hart said he thought it was a "non-story".',
        "Colin Hart said the row over the flat was a non-issue.",
    ],
)
def test_a_claim_taken_up_and_called_untrue_or_empty_is_rejected(body):
    assert ("REJECT", ("Colin Hart",), ()) in statement_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Colin Hart said it was disgraceful.",
        "Colin Hart said the story was not a non-story.",
    ],
)
def test_a_judgement_of_a_bare_it_that_denies_no_claim_rejects_nothing(body):
    assert not [e for e in statement_events(body) if e[0] == "REJECT"]
