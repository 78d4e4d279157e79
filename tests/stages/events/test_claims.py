"""A claim one side makes of another it names is a charge (plover_cues.tsv, 'claim')."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "claimant", "charged"),
    [
        (
            (
                "The Greens claimed the transport minister Erik Sandberg had refused "
                "to publish the ferry accounts."
            ),
            "Greens",
            "Erik Sandberg",
        ),
        (
            (
                "Fishing groups claim the Freedonian government has not kept its promise "
                "on harbour dues."
            ),
            "Fishing groups",
            "Freedonian government",
        ),
    ],
)
def test_a_claim_about_another_side_is_a_charge_against_it(body, claimant, charged):
    assert ("ACCUSE", (claimant,), (charged,)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Greens claimed victory in the northern ward on Friday.",
        "The ferry operator is claiming $4m in damages over the closure.",
        "It was claimed that the harbour board had lost the ferry accounts.",
    ],
)
def test_a_claim_that_names_no_side_charged_or_no_claimant_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(
    "body",
    [
        "The ferry firm claimed the harbour board had backed its case on four counts.",
        "Mayor Anna Berg claimed her Green Party had made a flying start to the campaign.",
        (
            "The weekly Ostposten claimed Mayor Anna Berg was growing impatient "
            "since her budget was rejected in March."
        ),
        (
            "The Freedonian finance minister will have to raise fuel duty next year, "
            "the bank Nordea claims."
        ),
    ],
)
def test_a_claim_of_a_win_a_boast_or_a_forecast_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


def test_a_claim_that_another_broke_its_word_is_a_charge():
    body = "The Green Party claimed the Labour Party had broken its promise on rail fares."
    assert ("ACCUSE", ("Green Party",), ("Labour Party",)) in real_events(body)


def test_a_claim_that_another_broke_a_record_is_none():
    body = "The Green Party claimed the Labour Party had broken the record for rail fares."
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]


def test_a_claim_of_what_another_did_before_is_a_charge_however_plainly_worded():
    body = (
        "The weekly Ostposten claimed that Mayor Anna Berg spent the flood relief money "
        "on her own office."
    )
    assert ("ACCUSE", ("Ostposten",), ("Anna Berg",)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Anna Berg claimed her council had cleared the flood damage within a week.",
        "The weekly Ostposten claims Mayor Anna Berg is the most popular mayor in the region.",
    ],
)
def test_a_claim_of_ones_own_deed_or_of_how_things_are_charges_no_one(body):
    assert not [e for e in real_events(body) if e[0] == "ACCUSE"]
