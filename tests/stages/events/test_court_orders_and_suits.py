"""Court orders, suits and punishments faced, as entertainment and sport news tells them."""

import pytest

from event_sides import real_events


@pytest.mark.parametrize(
    ("body", "restrained"),
    [
        (
            (
                "Pop singer Dana Whitlow has won a restraining order against two photographers "
                "who followed her car."
            ),
            ("photographers",),
        ),
        (
            (
                "The rapper Tom Vance has gained a court injunction stopping his former manager "
                "Lisa Crane from selling his songs."
            ),
            ("Lisa Crane",),
        ),
    ],
)
def test_a_court_order_restrains_whom_it_is_against_not_who_won_it(body, restrained):
    events = real_events(body)
    assert any(kind == "COERCE" and recipients == restrained for kind, _, recipients in events)
    assert not any(
        kind == "COERCE" and name in recipients
        for kind, _, recipients in events
        for name in ("Dana Whitlow", "Tom Vance")
    )


def test_an_injunction_that_does_a_verb_of_restraint_is_one_event_told_by_the_verb():
    events = real_events("The firm Delta Oil was barred from the sale by a Texas court injunction.")
    assert events == [("COERCE", ("Texas court",), ("Delta Oil",))]


@pytest.mark.parametrize(
    ("body", "suit"),
    [
        (
            (
                "The Hollywood actor Mark Ellison took action against the magazine Star Weekly "
                "after it printed the pictures."
            ),
            ("ACCUSE", ("Mark Ellison",), ("Star Weekly",)),
        ),
        (
            "Drax Films has filed a damages claim against rival studio Orbit Pictures.",
            ("ACCUSE", ("Drax Films",), ("Orbit Pictures",)),
        ),
    ],
)
def test_going_to_law_against_someone_accuses_them(body, suit):
    assert suit in real_events(body)


def test_action_taken_against_no_one_is_no_charge():
    body = "The mayor of Linton, Paul Okoro, said the council had taken action after the floods."
    assert not any(kind == "ACCUSE" for kind, _, _ in real_events(body))


def test_ignoring_a_ruling_refuses_it():
    body = "The club Rovers FC ignored the ruling and fielded the player on Saturday."
    assert any(
        kind == "REJECT" and actors == ("Rovers FC",) for kind, actors, _ in real_events(body)
    )


def test_a_ban_the_player_faces_is_not_yet_imposed():
    body = (
        "Winger Carl Dobbs faces a ban of up to six months when the Football Association "
        "decides on his case."
    )
    assert not any(kind in ("SANCTION", "COERCE") for kind, _, _ in real_events(body))


def test_a_ban_handed_to_someone_sanctions_them():
    body = "The Football Association has handed Wayne Rooney a three-match ban."
    assert ("SANCTION", ("Football Association",), ("Wayne Rooney",)) in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Russian oil firm Sibneft filed for bankruptcy in a Texas court last month.",
        "The Russian oil firm Sibneft applied for Chapter 11 protection in a Texas court.",
    ],
)
def test_filing_for_bankruptcy_petitions_the_court(body):
    assert ("REQUEST", ("Sibneft",), ("Texas court",)) in real_events(body)


@pytest.mark.parametrize(
    ("body", "court"),
    [
        (
            (
                "The hearing was held at the bankruptcy court in Denver, where Norvex Oil had "
                "filed for Chapter 11 protection."
            ),
            "bankruptcy court",
        ),
        (
            (
                "Norvex Oil awaits a ruling on its filing in a Canadian court, made to shield "
                "it from its creditors."
            ),
            "Canadian court",
        ),
    ],
)
def test_a_filing_where_or_in_a_court_petitions_that_court(body, court):
    assert ("REQUEST", ("Norvex Oil",), (court,)) in real_events(body)


def test_a_filing_with_no_filer_named_petitions_no_one():
    body = "The filing in the court showed that Norvex Oil owed $3bn to its banks."
    assert not any(kind == "REQUEST" for kind, _, _ in real_events(body))


@pytest.mark.parametrize(
    ("body", "suit"),
    [
        (
            "Investors in the energy firm Corvex are still seeking damages from the bank Halden.",
            ("ACCUSE", ("Investors",), ("Halden",)),
        ),
        (
            "The mining firm Ostra Metals wants damages of $2bn from the Ruritanian government.",
            ("ACCUSE", ("Ostra Metals",), ("Ruritanian government",)),
        ),
    ],
)
def test_seeking_damages_goes_to_law_against_whom_they_are_sought_from(body, suit):
    assert suit in real_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The airline Alitalia filed for bankruptcy after an accounting scandal.",
        "The airline Alitalia filed for bankruptcy in 2002.",
    ],
)
def test_filing_for_bankruptcy_with_no_court_named_is_no_petition(body):
    assert not any(kind == "REQUEST" for kind, _, _ in real_events(body))


@pytest.mark.parametrize(
    ("body", "charge"),
    [
        (
            (
                "Shares in Norlex Chemicals fell. Norlex Chemicals has faced criminal and civil "
                "charges from the Justice Department and the SEC."
            ),
            ("ACCUSE", ("Justice Department", "SEC"), ("Norlex Chemicals",)),
        ),
        (
            "Shares in Norlex Chemicals fell. Norlex Chemicals faces fraud charges from the SEC.",
            ("ACCUSE", ("SEC",), ("Norlex Chemicals",)),
        ),
        (
            "Both Tom Brack and Sam Keel are facing criminal charges over the firm's collapse.",
            ("ACCUSE", (), ("Tom Brack", "Sam Keel")),
        ),
    ],
)
def test_charges_named_by_their_kind_of_law_accuse_whom_they_are_faced_by(body, charge):
    assert charge in real_events(body)


def test_a_charge_that_is_a_fee_accuses_no_one():
    body = "Shares in Norlex Chemicals fell after the firm raised its service charges."
    assert [e for e in real_events(body) if e[0] == "ACCUSE"] == []
