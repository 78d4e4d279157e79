"""Penalties, convictions, forced sales, closures and debt relief told by phrases the cue
table lacked (lexicons/plover_cues.tsv), on sentences we wrote."""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Spanish government hit Barclays with a $2bn bill for unpaid taxes last week.",
            ("SANCTION", ("Spain",), ("Barclays",)),
        ),
        (
            "The Swiss regulator slapped Barclays with a fine of 4m francs on Monday.",
            ("SANCTION", ("Swiss regulator",), ("Barclays",)),
        ),
        (
            "The Spanish government hit Barclays with a record fine in March.",
            ("SANCTION", ("Spain",), ("Barclays",)),
        ),
    ],
)
def test_hitting_someone_with_a_fine_or_a_bill_sanctions_them(body, event):
    assert event in real_events(body), told_events(body)


def test_forcing_the_sale_of_a_firms_unit_seizes_it():
    body = "The Russian government forced the sale of Gazprom's most valuable unit in May."
    assert ("COERCE", ("Russian Federation",), ("Gazprom",)) in real_events(body), told_events(body)


def test_closing_down_a_firms_arm_restricts_it():
    body = "Regulators in Tokyo closed down Barclays' banking arm in Japan last year."
    assert any(event[0] == "COERCE" and event[2] == ("Barclays",) for event in real_events(body)), (
        told_events(body)
    )


def test_writing_off_a_countrys_debts_aids_it():
    body = "The Paris Club wrote off the debts of Iraq in November."
    assert ("AID", ("Paris Club",), ("Iraq",)) in real_events(body), told_events(body)


def test_debt_relief_granted_to_a_state_aids_it():
    body = "Britain granted debt relief to Zambia in 2004."
    assert ("AID", ("Britain",), ("Zambia",)) in real_events(body), told_events(body)


def test_one_found_guilty_is_convicted():
    body = "Mr Hale was found guilty of fraud by a jury in Leeds."
    assert ("SANCTION", ("jury",), ("Hale",)) in real_events(body), told_events(body)


def test_one_found_not_guilty_is_not_convicted():
    body = "Mr Hale was found not guilty of fraud by a jury in Leeds."
    assert not any(event[0] == "SANCTION" for event in real_events(body)), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "A jury in Leeds found Tom Hale guilty of fraud on Tuesday.",
        "Judges in Lyon found Paul Roux guilty of insider trading last week.",
    ],
)
def test_one_a_court_finds_guilty_in_the_active_is_convicted(body):
    assert any(
        event[0] == "SANCTION" and event[2] and event[2][0] in ("Tom Hale", "Paul Roux")
        for event in real_events(body)
    ), told_events(body)


def test_one_found_not_guilty_in_the_active_is_not_convicted():
    body = "A jury in Leeds found Tom Hale not guilty of fraud on Tuesday."
    assert not any(event[0] == "SANCTION" for event in real_events(body)), told_events(body)
