"""Bodies and styles of British political news coded by their words (invented text)."""

import pytest

import dateline
from actor_names import coding, mentions_of, report


def test_a_bishop_styled_right_reverend_is_a_cleric_not_a_firm():
    article = report(
        "Critics of the measure, among them Labour peer Lord Hale and the Bishop of Exeter, "
        "the Rt Rev Anthony Carrow, warned it would divide church and state. A secular state "
        "would be a colder one, Rt Rev Carrow told peers."
    )
    assert coding(article, "Anthony Carrow")[::2] == ("person", "REL")
    assert mentions_of(article, "Anthony Carrow") == ["Anthony Carrow", "Carrow"]


def test_a_dash_and_a_conjunction_after_a_name_are_no_part_of_it():
    article = report(
        "Mr Dale eventually left Hale Grammar School - and the chess club - to study law "
        "at Durham University."
    )
    assert coding(article, "Hale Grammar School")[::2] == ("organization", "EDU")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Environmental group Road Sense said the freeze sent the wrong message.", "Road Sense"),
        ("The freeze was attacked by the green group Clean Streets Now.", "Clean Streets Now"),
    ],
)
def test_a_group_named_for_the_cause_it_works_for_is_a_campaigning_body(body, name):
    assert coding(report(body), name)[2] == "NGO"


def test_the_body_of_the_universities_is_a_place_of_learning():
    article = report(
        "The body representing vice-chancellors, Universities Scotland, said fees would rise."
    )
    assert coding(article, "Universities Scotland")[2] == "EDU"


def test_a_union_of_students_is_no_trade_union():
    article = report(
        "The National Union of Students argued that poorer students would lose out, and "
        "the National Union of Teachers agreed."
    )
    assert coding(article, "National Union of Students")[2] == "EDU"
    assert coding(article, "National Union of Teachers")[2] == "LAB"


def test_a_constituency_associations_officer_is_of_the_party():
    article = report(
        "The vote prompted constituency association president Sir Harold Webb to resign in protest."
    )
    assert coding(article, "Harold Webb")[2] == "PTY"


def test_a_committee_named_for_a_party_is_the_partys_own():
    article = report(
        "Mr Hale spoke to the Conservative National Youth Committee in Harrogate, while the "
        "Commons Home Affairs Committee met in London."
    )
    assert coding(article, "Conservative National Youth Committee")[2] == "PTY"
    assert coding(article, "Commons Home Affairs Committee")[2] == "LEG"


def test_a_papers_supplement_is_a_paper_of_its_own():
    article = report("She told the Times Educational Supplement that class sizes had grown.")
    assert coding(article, "Times Educational Supplement")[::2] == ("organization", "MED")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Scottish Museum said the loan of the paintings would go ahead.", "Scottish Museum"),
        ("The portrait was bought by the National Gallery last year.", "National Gallery"),
    ],
)
def test_a_museum_or_a_gallery_is_a_place_of_learning_not_a_firm(body, name):
    assert coding(report(body), name)[2] == "EDU"


def test_a_national_library_the_model_splits_at_its_demonym_is_one_body():
    article = report("Her papers were given to the British Library by her family.")
    assert coding(article, "British Library") == ("organization", "GBR", "EDU")


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        (
            "The minister said she was providing an extra £2bn for rural councils.",
            "rural councils",
            "GOV",
        ),
        (
            "He also announced a one-off cash hand-out for disabled pensioners this winter.",
            "disabled pensioners",
            "CVL",
        ),
    ],
)
def test_a_described_group_a_measure_is_provided_for_is_an_actor(body, name, sector):
    assert coding(report(body), name)[::2] == ("group", sector)


def test_a_group_whom_no_measure_serves_is_still_no_actor():
    article = report("Ministers say one set of rules for foreign workers would be unfair.")
    assert "foreign workers" not in {a.name for a in article.actors}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ms Lane defended the figures in an interview with BBC Radio 4's World at One.",
            "The World at One",
        ),
        ("Speaking on the Westminster Hour, Mr Dale called the plan fair.", "Westminster Hour"),
        (
            "The Independent on Sunday reported that the deal had collapsed.",
            "The Independent on Sunday",
        ),
    ],
)
def test_a_programme_or_paper_a_speaker_told_is_a_media_actor_of_its_own(body, name):
    assert coding(report(body), name)[2] == "MED"


def test_the_film_classification_board_is_no_firm():
    article = report(
        "The British Board of Film Classification rated the film unsuitable for children."
    )
    assert coding(article, "British Board of Film Classification")[2] == "NGO"


@pytest.mark.parametrize(
    "body",
    [
        "The think tank Civic Policy Council said the tax was unfair.",
        "Civic Policy Council, a think tank, said the tax was unfair.",
        "Backing came from think tanks the Civic Policy Council and the Hale Institute.",
    ],
)
def test_a_body_called_a_think_tank_campaigns(body):
    assert coding(report(body), "Civic Policy Council")[2] == "NGO"


@pytest.mark.parametrize(
    ("body", "title", "sector"),
    [
        (
            "Shadow leader of the Commons Peter Lindley accused ministers of wasting money.",
            "Shadow leader of the Commons",
            "OPP",
        ),
        (
            "Leader of the House Peter Lindley told MPs the session would end early.",
            "Leader of the House",
            "GOV",
        ),
    ],
)
def test_a_role_of_the_house_written_before_a_name_is_read_through_its_article(body, title, sector):
    person = next(a for a in report(body).actors if a.name == "Peter Lindley")
    assert (person.title, person.sector) == (title, sector)


def test_a_family_name_after_of_the_takes_no_role_from_the_words_before():
    article = report(
        "Members of the Cole and Hart families met the minister on Monday. Later Tom Cole "
        "said the families were pleased."
    )
    assert coding(article, "Tom Cole")[2] == "CVL"


def test_the_commons_spending_watchdog_written_in_lower_case_before_a_role_is_an_actor():
    article = report(
        "Public accounts committee chairman Tom Reed called the project a waste of money."
    )
    assert coding(article, "Public Accounts Committee") == ("organization", "GBR", "LEG")


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        (
            "Families Need Fathers said the reform did not go far enough.",
            "Families Need Fathers",
            "NGO",
        ),
        (
            "The Secondary Heads Association welcomed the money.",
            "Secondary Heads Association",
            "LAB",
        ),
        (
            "A survey in the Times Higher Education Supplement found pay had fallen.",
            "Times Higher Education Supplement",
            "MED",
        ),
    ],
)
def test_campaign_groups_heads_and_papers_of_british_politics_are_known_bodies(body, name, sector):
    assert coding(report(body), name)[2] == sector


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        # Public bodies a department sponsors are the state's, not firms.
        (
            "The land at the old depot was sold off by English Partnerships last spring.",
            "English Partnerships",
            "GOV",
        ),
        (
            "The Big Lottery Fund said the new pitches would be paid for by the end of the year.",
            "Big Lottery Fund",
            "GOV",
        ),
        # A pollster news names by its brand is a firm.
        ("A Mori poll for the paper put the two parties level.", "MORI", "BUS"),
        ("Fresh figures from YouGov gave the Tories a small lead.", "YouGov", "BUS"),
    ],
)
def test_public_bodies_and_pollsters_of_british_politics_are_known_bodies(body, name, sector):
    assert coding(report(body), name)[1:] == ("GBR", sector)


def test_a_well_known_interviewer_is_of_the_press():
    article = report("Jeremy Paxman pressed the minister three times on the figures.")
    assert coding(article, "Jeremy Paxman")[1:] == ("GBR", "MED")


def test_a_dash_after_a_persons_name_ends_it():
    article = report(
        "Mark Hollis - son of a retired circuit judge - was chosen to fight the seat on Monday."
    )
    assert coding(article, "Mark Hollis")[0] == "person"


def test_a_spaced_dash_after_a_body_s_name_ends_it():
    article = report(
        "The head of the Busan Growth Bank - one of the country's biggest lenders - has "
        "been arrested. The Harbour Council - Busan's top planning body - approved it."
    )
    assert mentions_of(article, "Busan Growth Bank") == ["Busan Growth Bank"]
    assert mentions_of(article, "Harbour Council") == ["Harbour Council"]


@pytest.mark.parametrize(
    "committee", ["Trade and Industry Committee", "Work and Pensions Committee"]
)
def test_a_commons_committee_whose_remit_has_an_and_is_no_house_of_commons(committee):
    text = (
        f"Report\n\nJane Cole will report to the Commons {committee}, which will then "
        "advise the full House of Commons.\n"
    )
    (article,) = dateline.extract(text)
    holders = [
        a.name for a in article.actors for s, e in a.mentions if "Commons" in article.text[s:e]
    ]
    assert len(holders) == 2
    assert len(set(holders)) == 2


def test_the_scottish_greens_are_a_party_of_their_own():
    article = report("The Scottish Green Party's transport spokesman, Ian Bell, backed the tolls.")
    assert coding(article, "Scottish Green Party")[1:] == ("GBR", "PTY")
    assert "Green Party" not in {a.name for a in article.actors}


@pytest.mark.parametrize(
    ("body", "party"),
    [
        ("Ulster Unionist leader Ian Kerr rejected the deal.", "uup"),
        ("Democratic Unionist leader Ian Kerr rejected the deal.", "dup"),
    ],
)
def test_a_northern_irish_party_named_as_an_adjective_is_the_leader_s_party(body, party):
    # As "Tory leader" names the Conservatives, the party's name before a
    # role is the body the role is held in.
    article = report(body)
    kerr = next(a for a in article.actors if a.name == "Ian Kerr")
    assert (kerr.sector, kerr.org) == ("PTY", party)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Parliamentary standards watchdog is looking into the MP's expenses.",
            "Parliamentary standards watchdog",
        ),
        ("Commons standards commissioner Anne Pell will report next month.", "Anne Pell"),
    ],
)
def test_the_watchdog_of_mps_conduct_is_parliaments_not_the_governments(body, name):
    # A watchdog alone is the state's (GOV); this one is an officer of the House.
    assert coding(report(body, published="2005-03-01"), name)[2] == "LEG"


def test_a_shop_steward_speaks_for_a_union():
    article = report(
        "A group of shop stewards from the Tyne yard said they feared for their jobs. "
        '"We are ready for this fight," said shop steward Ron Tait.'
    )
    assert coding(article, "Ron Tait")[2] == "LAB"
    assert coding(article, "shop stewards")[2] == "LAB"


def test_the_scottish_labour_party_is_named_whole():
    article = report("She made her name as an organiser in the Scottish Labour Party.")
    assert mentions_of(article, "Labour Party") == ["Scottish Labour Party"]


def test_a_devolved_or_local_government_is_not_the_countrys():
    article = report(
        "Welsh councils should keep their rates low after a funding rise of 5%, says the "
        "assembly government. Finance minister Ann Hale said local government had been given "
        "a fair deal. Opposition leader Rhys Owen said the Welsh people would pay more."
    )
    assert mentions_of(article, "assembly government") == ["assembly government"]
    assert mentions_of(article, "local government") == ["local government"]
    (request,) = [e for e in article.events if e.type == "REQUEST"]
    (actor,) = (a for a in article.actors if a.id in request.actor)
    assert (actor.name, actor.kind) == ("assembly government", "organization")
