"""Rejections told by a label or a rebuff (stages/events/__init__.py), on sentences we wrote."""

import pytest

from event_sides import real_events, real_types


@pytest.mark.parametrize(
    "body",
    [
        'Rumours of an early March poll were described as "idle speculation" by the Kremlin.',
        "The Home Office called the newspaper's claims baseless.",
    ],
)
def test_a_claim_labelled_untrue_is_a_rejection(body):
    assert "REJECT" in real_types(body)


def test_a_watchdog_that_sidesteps_calls_rejects_them():
    events = real_events(
        "Insurers urged the Pensions Regulator to act, but the regulator sidestepped "
        "the calls on Monday."
    )
    assert any(kind == "REJECT" and actors == ("Pensions Regulator",) for kind, actors, _ in events)


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        ("The Serbian government ignored a US court order halting the merger.", "US court"),
        ("The mayor ignored the judge's order to reopen the market on Sunday.", "judge"),
    ],
)
def test_an_order_ignored_is_refused_to_the_one_who_gave_it(body, refused):
    assert any(
        kind == "REJECT" and recipients == (refused,) for kind, _, recipients in real_events(body)
    )


def test_those_charged_who_plead_their_innocence_reject_the_charge():
    events = real_events(
        "Tom Vale and Anna Pike were charged last year but have pleaded their innocence."
    )
    assert ("REJECT", ("Tom Vale", "Anna Pike"), ()) in events


def test_a_thing_refused_to_someone_is_refused_them():
    events = real_events("The Home Office refused passports to Martin Bell and Ray Hood.")
    assert ("REJECT", ("Home Office",), ("Martin Bell", "Ray Hood")) in events


def test_a_claim_denied_to_a_newspaper_denies_the_paper_nothing():
    events = real_events("Mr Hale denied the claims to the Daily Courier on Monday.")
    assert not [e for e in events if e[0] == "REJECT" and e[2]]
