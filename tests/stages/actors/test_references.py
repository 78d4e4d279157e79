"""What a description stands for (stages/actors/references.py), on texts we wrote."""

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
        "Shares in football club Harwich Rovers fell on Monday despite the club agreeing "
        "a rescue plan with its banks."
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


def test_the_firm_is_the_one_a_participle_describes_not_its_owner_named_in_passing():
    article = report(
        "A row between the state and water firm Aguila Norte, controlled by France's Suez, "
        "is casting doubt on the firm's future. The firm, which serves the capital, said it "
        "would appeal. In Chile, Suez's subsidiary was fined last year."
    )
    assert mentions_of(article, "Aguila Norte") == ["Aguila Norte", "firm", "firm"]
    assert mentions_of(article, "Suez") == ["Suez", "Suez"]


def test_the_firm_is_not_the_owner_last_named_as_holding_a_subsidiary():
    article = report(
        "Suez owns 40% of Aguila Norte. Recently, Suez lost a contract in Peru.\n\n"
        "In Chile, Suez's subsidiary, which has been fined for cutting supplies, has had a "
        "tense relationship with the government. Last year the firm sued the state."
    )
    assert mentions_of(article, "Suez") == ["Suez", "Suez", "Suez"]
