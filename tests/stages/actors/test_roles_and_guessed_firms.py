"""A body no lexicon knows is guessed a firm; what the text says of it, or of its people, wins."""

import pytest

import dateline


def _sectors(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return {a.name: a.sector for a in article.actors}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Dan Foley, editor of the Westbury Clarion, said the council had misled readers.",
            "Dan Foley",
            "Westbury Clarion",
        ),
        (
            "Ruth Abara, a columnist at the Lakeside Beacon, said the mayor had lied.",
            "Ruth Abara",
            "Lakeside Beacon",
        ),
    ],
)
def test_a_media_role_held_at_an_unknown_body_keeps_its_sector_and_makes_the_body_media(
    text, person, body
):
    sectors = _sectors(text)
    assert sectors[person] == "MED"
    assert sectors[body] == "MED"


def test_a_body_named_as_the_owner_of_a_publisher_is_media():
    text = "The files were taken from the provider of Quillmark's publisher Jason Reade."
    assert _sectors(text)["Quillmark"] == "MED"


def test_a_chairman_of_an_unknown_body_is_still_guessed_a_firm_s():
    text = "Tom Harker, chairman of Brindle Holt, said the deal was fair."
    assert _sectors(text)["Tom Harker"] == "BUS"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            (
                "Rescue Our Library, a group fighting the closure of the branch, said it "
                "would take the council to court."
            ),
            "Rescue Our Library",
        ),
        (
            (
                "The Ashford Tenants Group, which opposes the redevelopment, said residents "
                "had not been consulted."
            ),
            "Ashford Tenants Group",
        ),
    ],
)
def test_a_group_said_to_fight_or_oppose_something_is_a_campaign(text, body):
    # The model may take part of such a name only ("Library"): any part of it will do.
    assert {sector for name, sector in _sectors(text).items() if name in body} == {"NGO"}


@pytest.mark.parametrize(
    ("text", "person", "sector"),
    [
        (
            "Dr Paula Grant, Norvex senior vice president, said the company would cut jobs.",
            "Paula Grant",
            "BUS",
        ),
        (
            "Harlow Digital executive vice president Sam Ortega said sales had doubled.",
            "Sam Ortega",
            "BUS",
        ),
        ("US vice president Dick Cheney said the talks would go on.", "Dick Cheney", "GOV"),
    ],
)
def test_a_rank_between_a_body_and_its_presidency_leaves_it_the_body_s(text, person, sector):
    assert _sectors(text)[person] == sector
