"""A claim's truth or worth denied (stages/events/denied_truths.py), on sentences we wrote."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Norvex Oil said the lawsuit had no merit.", "Norvex Oil"),
        ("The Pentagon said there was no evidence that any prisoner had been abused.", "Pentagon"),
        ("A Home Office spokesman said there was no truth in the reports.", "Home Office"),
        ("Norvex Oil said the allegations were without foundation.", "Norvex Oil"),
        ("Mr Grant said the claims were not true.", "Grant"),
    ],
)
def test_a_claim_said_not_to_be_true_is_rejected(body, speaker):
    assert any(
        kind == "REJECT" and any(speaker in name for name in actors)
        for kind, actors, _ in real_events(body)
    )


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        ("Mr Grant said Ms Hart's claims were not true.", "Hart"),
        ("Mr Dalton said he was not convinced by Mr Ferris's arguments.", "Ferris"),
    ],
)
def test_the_claim_denied_is_rejected_of_whoever_made_it(body, maker):
    assert any(
        kind == "REJECT" and any(maker in name for name in recipients)
        for kind, _, recipients in real_events(body)
    )


@pytest.mark.parametrize(
    "body",
    [
        "Mr Grant said the reports were true.",
        "Ms Hart said the figures were accurate.",
        'Ms Hart said: "We have not convinced the voters yet."',
    ],
)
def test_truth_granted_or_a_failure_to_convince_rejects_nothing(body):
    assert "REJECT" not in [kind for kind, _, _ in real_events(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The department said the claims were false.",
        "Norvex Oil played down fears that its Texas plant would close.",
    ],
)
def test_a_claim_called_false_or_played_down_is_rejected(body):
    assert "REJECT" in [kind for kind, _, _ in real_events(body)]


@pytest.mark.parametrize(
    "body",
    [
        'The union said the cuts would prove to be a "false economy".',
        "Mr Grant said there was not enough evidence to hold the suspect.",
        "Mr Grant said the party was not being true to its voters.",
    ],
)
def test_a_false_thing_too_little_evidence_or_a_loyalty_denied_rejects_nothing(body):
    assert "REJECT" not in [kind for kind, _, _ in real_events(body)]
