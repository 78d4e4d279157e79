"""Unnamed bodies of the state, and their unnamed voices, on sentences we wrote.

"A minister said" is anyone of many; "a court in Kisumu jailed him" and "a
foreign ministry spokesman said" are one body of the state doing or saying
what the story reports.
"""

import pytest

from actor_names import coding, report


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            (
                "Kenyan police arrested the trader in March. "
                "A court in Kisumu jailed him for five years on Tuesday."
            ),
            "court",
            ("organization", "KEN", "JUD"),
        ),
        (
            (
                "Thai soldiers were deployed to the border. "
                "A military court sentenced the two officers to prison."
            ),
            "military court",
            ("organization", "THA", "JUD"),
        ),
        (
            (
                "The Chilean government sent its pension reform to the senate. "
                "A parliamentary committee rejected the plan on Wednesday."
            ),
            "parliamentary committee",
            ("organization", "CHL", "LEG"),
        ),
        # A commission of parliament is the legislature's, not the government's.
        (
            (
                "Georgia's government defended the sale on Thursday. "
                "A parliamentary commission ruled on Friday that the price was too low."
            ),
            "parliamentary commission",
            ("organization", "GEO", "LEG"),
        ),
        (
            (
                "Peruvian prosecutors charged the mayor with fraud. "
                "A judge ordered his release on bail."
            ),
            "judge",
            ("person", "PER", "JUD"),
        ),
    ],
)
def test_an_unnamed_body_of_the_state_that_acts_is_an_actor(body, name, expected):
    assert coding(report(body), name) == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            (
                # Only Serbia's actors: beside Croatian drivers (or fishermen) as a
                # group, whose foreign ministry spoke would be open.
                "Serbian police detained two men at the border. "
                "A foreign ministry spokesman said the arrests were lawful."
            ),
            "foreign ministry spokesman",
            ("person", "SRB", "GOV"),
        ),
        (
            (
                "Egyptian ministers met on Monday as the pound fell again. "
                "A central bank official told reporters that reserves were ample."
            ),
            "central bank official",
            ("person", "EGY", "GOV"),
        ),
        (
            (
                "Pakistani troops moved into the valley overnight. "
                "An army spokeswoman said three soldiers had been wounded."
            ),
            "army spokeswoman",
            ("person", "PAK", "MIL"),
        ),
        (
            (
                "Jordanian police arrested three men on Sunday. "
                "An intelligence official said the men had planned attacks on hotels."
            ),
            "intelligence official",
            ("person", "JOR", "SPY"),
        ),
    ],
)
def test_an_unnamed_voice_of_a_body_that_speaks_is_an_actor(body, name, expected):
    assert coding(report(body), name) == expected


@pytest.mark.parametrize(
    "body",
    [
        # No deed: the court has yet to do anything.
        "Kenyan police arrested the trader. A court is due to hear the case next week.",
        # Asked to act, not acting.
        "Kenyan police arrested the trader. A judge should review the case, his lawyers say.",
        # A bare voice says nothing of whose it is.
        "Kenyan police arrested the trader. An official said the case was closed.",
        # Mentioned, not speaking.
        "Kenyan police arrested the trader. Reporters asked a ministry spokesman about it.",
    ],
)
def test_an_unnamed_body_that_neither_acts_nor_speaks_is_no_actor(body):
    names = {a.name for a in report(body).actors}
    assert not names & {"court", "judge", "official", "ministry spokesman"}


def test_an_executive_described_in_lower_case_is_a_firm_s_person_not_the_government():
    article = report(
        "Brazil's oil regulator said it would review the licence. "
        "Prosecutors charged the former executive with fraud on Monday."
    )
    brazil = next(a for a in article.actors if a.country == "BRA" and a.kind == "country")
    assert brazil.sector == "GOV"
    assert coding(article, "former executive") == ("person", "BRA", "BUS")


def test_the_executive_alone_is_still_the_government():
    article = report(
        "The Scottish executive wants to cut the number of people sent to prison. "
        "Ministers said the executive would publish its plans next month."
    )
    assert coding(article, "Scottish Executive") == ("organization", "GBR", "GOV")


def test_the_one_the_opening_sentence_tells_of_is_the_person_named_after():
    article = report(
        "A former executive at a Swiss bank has lost her claim of unfair dismissal. "
        "A tribunal in Zurich rejected Anna Keller's claims on Friday."
    )
    assert coding(article, "Anna Keller") == ("person", None, "BUS")


def test_police_in_a_described_country_are_that_country_s():
    article = report(
        "Uganda's foreign ministry said it would recall its ambassador. "
        "Security forces in neighbouring Kenya detained two Ugandan traders."
    )
    assert coding(article, "Security forces") == ("group", "KEN", "COP")


def test_a_body_s_unnamed_voice_that_an_agency_quoted_speaks_for_it():
    article = report(
        "The Tanzanian news agency quoted an interior ministry spokesman as saying the "
        "crossing would stay closed. A police official was quoted as saying that two "
        "smugglers had been held."
    )
    assert coding(article, "interior ministry spokesman")[2] == "GOV"
    assert coding(article, "police official")[2] == "COP"
