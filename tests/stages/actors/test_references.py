"""What a description stands for (stages/actors/references.py), on texts we wrote."""

import pytest

from actor_names import mentions_of, report


def test_the_club_is_the_club_named_before_not_the_body_that_runs_the_sport():
    article = report(
        "Striker Tom Baxter was sacked by Harwich United on Friday after failing a drugs "
        "test. He faces a ban when the Football Association rules on his case.\n\n"
        "But Baxter has since criticised the club's handling of the case."
    )
    assert mentions_of(article, "Harwich United") == ["Harwich United", "club"]
    assert mentions_of(article, "Football Association") == ["Football Association"]


def test_the_club_is_a_club_the_story_names_by_its_name_alone():
    article = report(
        "Shares in football club Harwich Rovers fell on Friday despite the club agreeing "
        "a debt deal with its lenders."
    )
    assert mentions_of(article, "Harwich Rovers") == ["Harwich Rovers", "club"]


def test_the_company_is_the_body_of_no_known_kind_named_just_before():
    article = report(
        "Halvo makes sleeping pills in Ohio. The company has been accused by the National "
        "Drugs Agency of hiding their side effects."
    )
    assert mentions_of(article, "Halvo") == ["Halvo", "company"]


def test_the_company_does_not_reach_back_past_a_few_sentences_to_a_body_of_no_kind():
    article = report(
        "Halvo makes sleeping pills in Ohio. Sales rose last year. Doctors praised the pills. "
        "Patients liked them. The company says demand is strong."
    )
    assert mentions_of(article, "Halvo") == ["Halvo"]


def test_the_company_is_the_owner_not_the_division_told_of_as_its_part():
    article = report(
        "Torvik has been handed a $2bn tax bill by the authorities and its key Nordmark "
        "division was sold to pay it. The company's bid to win damages was dismissed by a "
        "court in Ohio."
    )
    assert mentions_of(article, "Torvik") == ["Torvik", "company"]
    assert mentions_of(article, "Nordmark") == ["Nordmark"]


def test_the_party_whose_plans_a_party_criticises_is_another_party():
    # Its own plans would be "its plans": the party's are the one named before.
    article = report(
        "The Green Party unveiled its tax plans on Monday. "
        "The Liberal Democrats criticised the party's plans."
    )
    assert mentions_of(article, "Green Party") == ["Green Party", "party"]
    assert mentions_of(article, "Liberal Democrats") == ["Liberal Democrats"]


def test_the_party_whose_sums_a_party_says_are_wrong_is_another_party():
    article = report(
        "The Green Party unveiled its tax plans on Monday. "
        "Labour claims the party's figures are wrong."
    )
    assert mentions_of(article, "Green Party") == ["Green Party", "party"]


def test_the_party_whose_chief_a_party_appoints_in_an_infinitive_is_that_party():
    # "to be the party's chief" is told of the party afresh, not by its subject.
    article = report(
        "The Green Party have appointed a senior figure from Vodafone to be the party's "
        "new communications chief."
    )
    assert mentions_of(article, "Green Party") == ["Green Party", "party"]


def test_the_firm_whose_shares_a_joined_clause_tells_of_is_the_firm_named_before_and():
    article = report(
        "Halvo Foods went bust in 2029 and investigators believe debts were concealed to "
        "shield the firm's shares."
    )
    assert mentions_of(article, "Halvo Foods") == ["Halvo Foods", "firm"]


def test_the_party_a_party_is_said_of_without_a_possessive_is_still_the_nearest():
    # Only an owner is kept from the subject; "the party" alone reads as before.
    article = report("The Green Party met on Monday. Later the party chose a new leader.")
    assert mentions_of(article, "Green Party") == ["Green Party", "party"]


def test_the_firm_is_the_one_a_participle_describes_not_its_owner_named_in_passing():
    article = report(
        "A row between the state and water firm Aguila Norte, controlled by France's Suez, "
        "has put the firm's future in doubt. The firm, which supplies the city, said it "
        "would appeal. In Chile, Suez's subsidiary was fined last year."
    )
    assert mentions_of(article, "Aguila Norte") == ["Aguila Norte", "firm", "firm"]
    assert mentions_of(article, "Suez") == ["Suez", "Suez"]


def test_the_firm_is_not_the_owner_last_named_as_holding_a_subsidiary():
    article = report(
        "Suez owns 40% of Aguila Norte. Recently, Suez lost a contract in Peru.\n\n"
        "In Chile, Suez's subsidiary, fined twice over water cuts, has long had a "
        "tense relationship with the government. Last year the firm sued the state."
    )
    assert mentions_of(article, "Suez") == ["Suez", "Suez", "Suez"]


def test_the_firm_is_the_owner_of_a_subsidiary_named_beside_it():
    article = report(
        "Kordneft said on Monday its profits had doubled.\n\n"
        "Oil group Varnek said it would appeal against the ruling. The state auctioned "
        "Varnek's Tomsneft subsidiary in May, months after it sent the company a huge demand "
        "for unpaid taxes. State-owned Kordneft, which bought the unit, said it was pleased."
    )
    assert mentions_of(article, "Varnek") == ["Varnek", "Varnek", "company"]
    assert mentions_of(article, "Kordneft") == ["Kordneft", "Kordneft"]


def test_the_council_is_a_council_the_story_named_not_any_body_of_state():
    article = report(
        "The royal visit to the town was cancelled, Buckingham Palace said. "
        "Residents said the council must now repay the cost of the preparations."
    )
    assert mentions_of(article, "Buckingham Palace") == ["Buckingham Palace"]


def test_the_council_is_the_council_named_before():
    article = report(
        "Tarnbury District Council has closed two libraries. Readers said the council "
        "had broken its promise."
    )
    assert mentions_of(article, "Tarnbury District Council") == [
        "Tarnbury District Council",
        "council",
    ]


def test_the_campaign_is_a_candidates_campaign_named_before():
    # A campaign named after its candidates is a party's (PTY), not a
    # pressure group's, and "the campaign" after it still means it.
    article = report(
        'Mark Tully, who speaks for the Bush-Cheney campaign, said: "We removed the page'
        ' to keep it secure." He gave no more detail.\n\nWeeks earlier, staff'
        " of the Bush-Cheney campaign had hired a hosting firm called Fastline."
        "\n\nVoters overseas can still reach the Bush-Cheney campaign through two"
        " other web addresses. The campaign later said the step had been needed."
    )
    assert mentions_of(article, "Cheney")[-1] == "campaign"
    assert next(a.sector for a in article.actors if a.name == "Cheney") == "PTY"


@pytest.mark.parametrize(
    "sentence",
    [
        "Labour accused the party of misleading voters on Tuesday.",
        "Labour attacked the party over its transport plans.",
    ],
)
def test_the_party_a_party_acts_on_is_another_party_not_the_doer(sentence):
    # A body does not act on itself: the nearest party before "the party" is
    # the doer, and the one it means is named before that.
    article = report(f"The Green Party has opened its campaign office in Hull. {sentence}")
    assert mentions_of(article, "Green Party") == ["Green Party", "party"]
    assert mentions_of(article, "Labour Party") == ["Labour"]


def test_a_firm_called_by_its_country_is_the_firm_of_no_known_kind_named_before():
    article = report(
        "Shares in Grupo Almar rose 5% after it agreed to buy a stake in a Welsh water "
        "supplier for £900m. The Spanish group said the deal would be paid for with new debt."
    )
    assert mentions_of(article, "Grupo Almar") == ["Grupo Almar", "Spanish group"]


def test_a_firm_called_by_its_country_is_not_a_firm_of_another_country():
    article = report(
        "Grupo Almar has agreed to buy a stake in a British airport operator for £1.2bn. "
        "The Spanish group said the deal would be funded by new debt. Analysts praised the "
        "French firm Castelbel, which also bid, for pulling out early. The Spanish firm "
        "criticised the regulator for delays."
    )
    assert mentions_of(article, "Castelbel") == ["Castelbel"]


def test_a_firm_called_by_its_country_is_the_one_placed_there_not_the_one_named_last():
    article = report(
        "Shares in Kelbrook rose on Friday. Madrid-based Grupo Almar already owns a third of "
        "Rivermead Rail, which runs two commuter lines. The Spanish group wants a bigger share "
        "of the rail market."
    )
    assert mentions_of(article, "Grupo Almar") == ["Grupo Almar", "Spanish group"]
