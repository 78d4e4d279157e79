"""Deals of business news: purchases agreed, takeovers agreed, faith voiced in a chief.

A purchase agreed between two firms is AGREE of the buyer with the firm
bought (or its seller); a bid or a search for one is no deal yet.
"""

import pytest

from event_sides import real_events, told_events


@pytest.mark.parametrize(
    ("body", "buyer", "bought"),
    [
        (
            "Canadian grocer Northfield Foods is to buy rival Pinecrest Markets for $2bn.",
            "Northfield Foods",
            "Pinecrest Markets",
        ),
        (
            (
                "The German chemicals group Kessler Chemie acquired 60% of the Dutch firm "
                "Voss Polymers last year."
            ),
            "Kessler Chemie",
            "Voss Polymers",
        ),
        (
            "Rexford Group acquired the government's 26% stake in Halden Chemicals in 2002.",
            "Rexford Group",
            "government",
        ),
    ],
)
def test_a_purchase_told_as_made_is_a_deal_with_the_one_bought(body, buyer, bought):
    assert ("AGREE", (buyer,), (bought,)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Swiss cement firm Holcim has bid $800m to buy two Indian cement firms.",
        '"Holcim is looking to buy Voss Polymers very cheap," said one analyst.',
    ],
)
def test_a_bid_or_a_search_to_buy_is_no_deal_yet(body):
    assert [e for e in real_events(body) if e[0] == "AGREE"] == [], told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Brazilian Defence Ministry bought six frigates last year.",
        (
            "Reforms at Kenyan universities have created a generation of Kenyan women who are "
            "acquiring their rightful place in Kenyan society, the minister said."
        ),
    ],
)
def test_buying_a_thing_or_ones_own_place_is_no_deal(body):
    assert [e for e in real_events(body) if e[0] == "AGREE"] == [], told_events(body)


def test_a_takeover_agreed_is_a_deal_with_the_bidder_named_by_by():
    body = "Harland Industries has agreed a £900m takeover by German chemical group Kessler Chemie."
    assert ("AGREE", ("Harland Industries",), ("Kessler Chemie",)) in real_events(body), (
        told_events(body)
    )


def test_faith_reaffirmed_in_a_chief_backs_him():
    body = "The board of Ardent Energy reaffirmed its faith in Ravi Menon, its chief executive."
    assert ("SUPPORT", ("Ardent Energy",), ("Ravi Menon",)) in real_events(body), told_events(body)


def test_confidence_in_a_thing_backs_no_one():
    body = "The minister expressed confidence in the economy."
    assert [e for e in real_events(body) if e[0] == "SUPPORT"] == [], told_events(body)


def test_a_firm_bailed_out_is_aided():
    body = "The Korean government bailed out Hanbit Bank in 1999."
    assert ("AID", ("Korean government",), ("Hanbit Bank",)) in real_events(body), told_events(body)


@pytest.mark.parametrize(
    ("body", "kind", "agency", "rated"),
    [
        ("Moody's upgraded Brazil's credit rating on Tuesday.", "SUPPORT", "Moody", "Brazil"),
        (
            "Standard & Poor's has downgraded the credit rating of the Hanbit Bank.",
            "ACCUSE",
            "Standard & Poor",
            "Hanbit Bank",
        ),
    ],
)
def test_a_rating_agency_upgrading_backs_and_downgrading_charges_the_one_rated(
    body, kind, agency, rated
):
    assert (kind, (agency,), (rated,)) in real_events(body), told_events(body)


def test_a_probe_faced_beside_lawsuits_is_of_the_firm_that_faces_both():
    body = (
        "The insurer Hanlin Life now faces two class actions from its investors and a probe "
        "from the US Securities and Exchange Commission."
    )
    assert (
        "ACCUSE",
        ("US Securities and Exchange Commission",),
        ("Hanlin Life",),
    ) in real_events(body), told_events(body)


def test_alternatives_fled_name_no_deed_done_to_those_who_flee():
    body = "Asylum seekers escaping poverty or persecution will be let in, the minister said."
    assert [e for e in real_events(body) if e[0] == "COERCE"] == [], told_events(body)


def test_a_purchase_that_says_which_firm_is_meant_is_no_news_of_its_own():
    body = (
        "Norgas is to merge with state oil firm Vestoil, the company that eventually acquired "
        "Fjordmat, the main unit of Polar Energy."
    )
    assert [e for e in real_events(body) if "Fjordmat" in e[2]] == [], told_events(body)


def test_a_purchase_told_in_passing_of_its_buyer_stays():
    body = (
        "German chemicals group Kessler Chemie, which bought Voss Polymers last week, said its "
        "profits had risen."
    )
    assert ("AGREE", ("Kessler Chemie",), ("Voss Polymers",)) in real_events(body), told_events(
        body
    )


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "The Dutch chemicals group Voss Polymers sold its stake to Kessler Chemie in June.",
            ("AGREE", ("Voss Polymers",), ("Kessler Chemie",)),
        ),
        (
            (
                "Retail tycoon Hamish Dunlop has transferred his 40% stake in the Corran chain to "
                "his long-time partner, Fiona Keir."
            ),
            ("COOPERATE", ("Hamish Dunlop",), ("Fiona Keir",)),
        ),
        (
            "Mr Dunlop handed over his entire stake in Corran Holdings to Fiona Keir on Monday.",
            ("COOPERATE", ("Dunlop",), ("Fiona Keir",)),
        ),
    ],
)
def test_a_firm_sold_or_a_stake_handed_to_a_named_buyer_ties_seller_and_buyer(body, event):
    assert event in real_events(body), told_events(body)


@pytest.mark.parametrize(
    "body",
    [
        "Kessler Chemie sold five million new shares last year.",
        "Voss Polymers sells plastics across Europe and Asia.",
        "Mr Dunlop transferred his stake last week.",
        "Chile sells about 40% of its copper output to China.",
    ],
)
def test_a_sale_with_no_buyer_named_is_no_deal(body):
    assert real_events(body) == [], told_events(body)


def test_snapping_up_a_rival_buys_it():
    body = "The Ruritanian lender Halden Bank snapped up rival bank Norvik Trust in a $4bn merger."
    assert ("AGREE", ("Halden Bank",), ("Norvik Trust",)) in real_events(body)


def test_snapping_up_nothing_named_is_no_deal():
    body = "The Ruritanian lender Halden Bank snapped up more assets last year."
    assert not any(kind == "AGREE" for kind, _, _ in real_events(body))


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            (
                "Shares in Telmor Group rose. Telmor Group won a $2bn contract from the Nigerian "
                "government to build a new port."
            ),
            ("COOPERATE", ("Telmor Group",), ("Nigeria",)),
        ),
        (
            (
                "Shares in Telmor Group rose. Telmor Group has won the contract to run the new "
                "airport near Pune."
            ),
            ("COOPERATE", ("Telmor Group",), ()),
        ),
    ],
)
def test_a_contract_won_ties_the_winner_to_whoever_awarded_it(body, event):
    assert event in real_events(body), told_events(body)


def test_a_contract_not_won_is_no_cooperation():
    body = "Shares in Telmor Group fell after the firm failed to win a contract in Nigeria."
    assert [e for e in real_events(body) if e[0] == "COOPERATE"] == [], told_events(body)
