"""People coded by the body named after "of", "at" or "from" them (invented news text)."""

import pytest

from actor_names import actors_by_name, coding, report


def test_staff_of_an_international_body_are_that_body_s():
    article = report(
        "Staff of the UN human rights office were expelled from Caracas on Monday. The "
        "Venezuelan government said officials of the UN office had meddled in its affairs."
    )
    assert coding(article, "Staff") == ("group", None, "IGO")
    assert coding(article, "officials") == ("group", None, "IGO")
    assert next(a for a in article.actors if a.name == "Staff").org == "ohchr"


def test_a_firm_s_workers_stay_labour_of_the_firm_s_country():
    article = report(
        "Workers of the Zambian mining company Kafue Copper walked out on Monday. "
        "Officials from the World Bank watched the talks."
    )
    assert coding(article, "Workers") == ("group", "ZMB", "LAB")
    assert coding(article, "Officials") == ("group", None, "IGO")


def test_a_body_s_critics_are_not_its_people():
    article = report("Critics of the World Bank said the loan was too small.")
    assert coding(article, "Critics")[2] != "IGO"


def test_one_named_of_a_body_speaks_for_it_as_the_article_codes_it():
    # The body's name says nothing of it (a firm, were that all); the
    # clause after it makes it a campaign, and she speaks for a campaign.
    _, actors = actors_by_name(
        "Aid Warning\n\nAsha Rao of Oxwell, which campaigns against child poverty, said "
        'the cuts would hurt families. "We need change," Ms Rao said.\n'
    )
    assert actors["Oxwell"].sector == "NGO"
    assert actors["Asha Rao"].sector == "NGO"


def test_workers_at_a_foreign_firm_s_plant_are_of_where_they_work():
    article = report(
        "Workers at the Nissan plant in Sunderland walked out on Monday, the Unite union "
        "said. The Home Office and Downing Street urged talks."
    )
    assert coding(article, "Workers") == ("group", "GBR", "LAB")


def test_a_general_secretary_speaks_for_the_union_not_the_firm_named_since():
    article = report(
        "The Aslef union has threatened a walkout after Wessex Rail announced plans to close "
        "40 ticket offices. General secretary Dora Pryce said members would be balloted."
    )
    assert coding(article, "Dora Pryce")[2] == "LAB"


@pytest.mark.parametrize("comma", ["", ","])
def test_the_spokesman_its_government_has_speaks_for_it(comma):
    _, actors = actors_by_name(
        "Border Row\n\nThe Kenyan government rejected the accusation on Friday. "
        f"Its spokesman{comma} Abel Mutua{comma} said Ugandan troops had fired first.\n"
    )
    assert actors["Abel Mutua"].code == "KENGOV"


@pytest.mark.parametrize("posting", ["its ambassador to Montenegro", "its envoy"])
def test_an_unnamed_envoy_is_of_the_country_whose_it_is(posting):
    _, actors = actors_by_name(
        f"Serbia recalled {posting} on Friday. Montenegro's prime minister, "
        "Milo Rakovic, said the decision was regrettable.\n"
    )
    envoy = next(a for name, a in actors.items() if name in ("ambassador", "envoy"))
    assert envoy.code == "SRBGOV"


def test_a_role_a_named_body_holds_is_that_bodys():
    _, actors = actors_by_name(
        "Farm Protest\n\nThe FNSEA union's president, Marcel Dufresne, vowed to keep up "
        "the pressure on ministers.\n"
    )
    assert actors["Marcel Dufresne"].sector == "LAB"


def test_critics_in_a_parliament_are_its_members():
    _, actors = actors_by_name(
        "Oil Deal\n\nCritics in Congress accused the government of handing a rival "
        "too much say over the country's oil.\n"
    )
    assert actors["Critics"].sector == "LEG"


def test_critics_of_a_plan_are_no_bodys():
    _, actors = actors_by_name("Oil Deal\n\nCritics of the plan accused the government of waste.\n")
    assert actors["Critics"].sector == "CVL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The hospital trust's chief executive, Ann Hobday, said nothing was decided.", "HLH"),
        ("The union's general secretary, Ann Hobday, said nothing was decided.", "LAB"),
        ("The party's chairman, Ann Hobday, said nothing was decided.", "PTY"),
    ],
)
def test_a_role_of_a_body_named_only_by_its_kind_is_of_that_kinds_sector(text, sector):
    assert coding(report(text), "Ann Hobday")[2] == sector


def test_a_role_of_a_body_a_business_word_names_is_not_made_a_firms():
    article = report(
        "The civic reform group's general secretary, Ann Hobday, said nothing was decided."
    )
    assert coding(article, "Ann Hobday")[2] != "BUS"


def test_a_party_named_as_another_countrys_is_no_namesake_the_lexicon_lists():
    article = report("Pierre Lamont, of Canada's Liberal Party, said the vote was close.")
    assert coding(article, "Pierre Lamont")[1:] == ("CAN", "PTY")


def test_a_role_held_in_a_body_named_outranks_a_firms_default_of_another_role():
    article = report(
        "Chief executive Tom Brice, the head of the Land Valuation Agency, opened an office."
    )
    assert coding(article, "Tom Brice")[2] == "GOV"


@pytest.mark.parametrize(
    ("role", "sector"),
    [("chief executive", "NGO"), ("president", "NGO"), ("managing director", "NGO")],
)
def test_an_officer_of_a_body_the_article_codes_is_of_its_sector(role, sector):
    # The body's name says nothing of it; the article calls it a charity
    # later, and the office that runs it is the charity's, not a firm's.
    article = report(
        f"Paula Crane, {role} of Helmsworth Aid, said the cuts would close two shelters. "
        "Helmsworth Aid, a charity for homeless families, has run the shelters since 1998."
    )
    assert coding(article, "Helmsworth Aid")[2] == "NGO"
    assert coding(article, "Paula Crane")[2] == sector


@pytest.mark.parametrize("role", ["professor", "rabbi"])
def test_a_role_of_its_own_sector_is_not_the_body_s_named_with_it(role):
    # A professor or a rabbi "of" a body is still a scholar or a cleric.
    article = report(
        f"Paula Crane, a {role} who advises Helmsworth Aid, said the cuts would close two "
        "shelters. Helmsworth Aid, a charity for homeless families, runs the shelters."
    )
    assert coding(article, "Paula Crane")[2] != "NGO"


def test_a_paper_that_quoted_a_spokesman_is_not_the_body_he_speaks_for():
    _, actors = actors_by_name(
        'Rail Curbs\n\nPoland will halt new rail projects this year. "No new lines will be '
        'approved," said Piotr Nowak, a spokesman for the National Rail Safety '
        "Administration quoted in the Financial Times. He said the rules would be reviewed.\n"
    )
    assert actors["Piotr Nowak"].org is None
    assert actors["Piotr Nowak"].sector == "GOV"


def test_its_in_a_list_means_the_body_the_list_opens_with_not_the_subject():
    article = report(
        "The Danish financial regulator has charged Nordvik Bank, its chairman Henrik Lund "
        "and its finance director Ole Berg with misleading investors."
    )
    assert coding(article, "Henrik Lund")[2] == "BUS"


@pytest.mark.parametrize(
    ("body", "sector"),
    [("the campaign group Roadsafe", "NGO"), ("the charity Roadsafe", "NGO")],
)
def test_a_spokeswoman_for_a_body_speaks_for_it_as_its_director_would(body, sector):
    article = report(f"Dina Walsh, spokeswoman for {body}, said the cuts were wrong.")
    assert coding(article, "Dina Walsh")[2] == sector


def test_a_spokesman_for_a_portfolio_takes_no_sector_from_it():
    article = report(
        "Tom Byrne, the Labour spokesman for finance, said the budget left councils short."
    )
    assert coding(article, "Tom Byrne")[2] == "PTY"


@pytest.mark.parametrize("role", ["campaign manager", "director"])
def test_one_who_serves_a_group_pressing_a_cause_is_of_civil_society(role):
    article = report(
        f"Ann Reed, {role} of a group lobbying to scrap the new road tax, called the "
        "minister's offer a stunt."
    )
    assert coding(article, "Ann Reed")[2] == "NGO"


def test_one_who_serves_a_group_making_things_is_still_a_firm_s():
    article = report("Ann Reed, director of a group making car parts, said sales had fallen.")
    assert coding(article, "Ann Reed")[2] == "BUS"


@pytest.mark.parametrize("verb", ["supports", "champions", "advocates"])
def test_the_founder_of_a_body_that_presses_a_cause_is_of_civil_society(verb):
    _, actors = actors_by_name(
        f"Paper Grants\n\nTom Vale, founder of Civic Voices, which {verb} local newspapers, "
        "said the grants came too late for most of them.\n"
    )
    assert actors["Civic Voices"].sector == "NGO"
    assert actors["Tom Vale"].sector == "NGO"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The regulator sued in a Dallas Federal court against Owen Fairley.", "Owen Fairley"),
        (
            "Hundreds were made citizens by act of Parliament, including painter Jonas Hale.",
            "Jonas Hale",
        ),
    ],
)
def test_a_body_before_the_preposition_that_sets_a_name_apart_is_not_its(body, name):
    assert coding(report(body), name)[2] == "CVL"


def test_a_body_after_the_names_preposition_is_still_its():
    article = report("The deal was signed with Korvex chief executive Owen Fairley.")
    assert coding(article, "Owen Fairley")[2] == "BUS"


def test_lawyers_a_body_owns_by_name_act_for_it():
    article = report("The Home Office's lawyers told the court the ban was lawful.")
    assert coding(article, "Home Office's lawyers")[::2] == ("group", "GOV")


def test_lawyers_a_firm_owns_by_name_act_for_it():
    article = report("Korvex's lawyers said the claim against the firm was baseless.")
    assert coding(article, "Korvex's lawyers")[::2] == ("group", "BUS")


def test_a_firm_s_own_workers_by_name_stay_labour():
    article = report("Korvex's workers went on strike on Monday.")
    assert coding(article, "Korvex's workers")[::2] == ("group", "LAB")


@pytest.mark.parametrize(
    "clause",
    [
        "who they say ran Korvex Holdings' sales operations",
        "who police believe headed the Korvex Holdings group",
        "who police say will run Korvex Holdings",
    ],
)
def test_a_role_told_by_others_in_a_relative_clause_codes_the_person(clause: str) -> None:
    # The relative pronoun is the subject of the clause told, not of "say".
    _, actors = actors_by_name(
        f"Fraud Case\n\nRegulators charged Maria Kessler, {clause}. Ms Kessler denied it.\n"
    )
    assert actors["Maria Kessler"].sector == "BUS"


def test_a_wish_to_run_a_body_is_no_role() -> None:
    _, actors = actors_by_name(
        "Fraud Case\n\nRegulators charged Maria Kessler, who wants to run Korvex Holdings "
        "one day. Ms Kessler denied it.\n"
    )
    assert actors["Maria Kessler"].sector == "CVL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Tom Hale, who was chief financial officer at Korvex Holdings, was cleared.", "BUS"),
        ("Tom Hale, who is chief executive of the Carrow Tenants Union, was cleared.", "LAB"),
        ("Tom Hale, who was an analyst at the Carrow Trust, said the rules were unclear.", "NGO"),
    ],
)
def test_a_role_any_body_has_said_of_a_person_is_that_body_s(text: str, sector: str) -> None:
    _, actors = actors_by_name(f"Inquiry\n\n{text}\n")
    assert actors["Tom Hale"].sector == sector


def test_one_who_was_a_body_s_victim_is_not_its_own() -> None:
    _, actors = actors_by_name("Inquiry\n\nTom Hale, who was a victim of Korvex Holdings, spoke.\n")
    assert actors["Tom Hale"].sector == "CVL"


def test_one_who_joined_a_body_works_for_it() -> None:
    _, actors = actors_by_name(
        "Inquiry\n\nTom Hale, who joined the Carrow Tenants Union in 1999, said the rules "
        "were unclear.\n"
    )
    assert actors["Tom Hale"].sector == "LAB"


def test_a_clause_on_a_name_is_its_person_s_where_the_parser_hangs_it_on_another_noun() -> None:
    # The parser hangs "who it says headed ..." on "court", not on the name.
    _, actors = actors_by_name(
        "Bank Settlement\n\nThe regulator filed civil fraud charges in a Boston court "
        "against Ann Cole, who it says headed KVX's sales operations, and her deputy.\n"
    )
    assert actors["Ann Cole"].sector == "BUS"


@pytest.mark.parametrize(
    ("told", "sector"),
    [
        ("The charges cover years while he was chief financial officer at Korvex Holdings.", "BUS"),
        ("He heads the Carrow Tenants Union.", "LAB"),
        ("He joined the Carrow Trust in 1999.", "NGO"),
    ],
)
def test_a_role_told_in_a_clause_on_the_person_s_pronoun_codes_the_person(
    told: str, sector: str
) -> None:
    # The name is given no role; the later clause whose subject is "he" tells it.
    _, actors = actors_by_name(f"Inquiry\n\nTom Hale was cleared on Monday. {told}\n")
    assert actors["Tom Hale"].sector == sector


@pytest.mark.parametrize(
    "told",
    [
        'Ann Cole said: "He could join the Carrow Tenants Union."',
        "He could join the Carrow Tenants Union next year.",
    ],
)
def test_a_body_a_person_only_may_join_gives_no_sector(told: str) -> None:
    _, actors = actors_by_name(f"Inquiry\n\nTom Hale was cleared on Monday. {told}\n")
    assert actors["Tom Hale"].sector == "CVL"


@pytest.mark.parametrize(
    ("told", "sector"),
    [
        ("She was a senior procurement official within the Defence Ministry.", "GOV"),
        ("She was an analyst with the Carrow Trust.", "NGO"),
        ("She remains with the Velmar Group.", "BUS"),
    ],
)
def test_a_role_held_within_or_with_a_body_and_staying_with_it_are_that_body_s(
    told: str, sector: str
) -> None:
    _, actors = actors_by_name(f"Inquiry\n\nAnn Cole was jailed on Monday. {told}\n")
    assert actors["Ann Cole"].sector == sector


def test_a_performer_is_not_the_body_of_the_show_named_beside_them():
    article = report(
        "Cinema takings fell.\n\n"
        "The Castaway Club starring Talbot Quayle was moved to the Isle of Wight."
    )
    assert coding(article, "Talbot Quayle")[2] == "CVL"


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        (
            (
                "A report by the Commons health committee called for the Patient Records "
                "Agency to be scrapped unless it improved within months. Chairman Sir Giles "
                'Pemberton said: "If it cannot be saved, it must go."'
            ),
            "Giles Pemberton",
            "LEG",
        ),
        (
            (
                "Oxfam criticised the World Bank over its loans to farmers. Director Jane Hall "
                "said the bank had failed the poor."
            ),
            "Jane Hall",
            "NGO",
        ),
    ],
)
def test_a_role_of_no_body_named_is_of_the_body_the_sentence_before_was_about(body, name, sector):
    # The body acted on (the agency to be scrapped, the bank criticised) is
    # named nearer the role, but the one the sentence told of speaks next.
    assert coding(report(body, published="2005-03-01"), name)[2] == sector


def test_a_body_named_in_the_roles_own_sentence_is_still_the_nearest():
    # The sentence before was about the ministry, but the firm named right
    # before the role, in its own sentence, is whose director he is.
    article = report(
        "The ministry said the contract was cancelled. The row cost Korvex chairman Tom "
        "Bell and director Jim Parr their jobs.",
        published="2005-03-01",
    )
    assert coding(article, "Jim Parr")[2] == "BUS"


@pytest.mark.parametrize(
    "told",
    [
        "Vodafone customer Nora Pike said her bills had doubled in a year.",
        "Wheelchair user Nora Pike asked why the lifts were still broken.",
    ],
)
def test_one_a_body_serves_is_not_its_person(told: str) -> None:
    """A body's word on a noun of those it serves ("customers", "users") names what she
    buys from or uses, not whom she acts for: a private person, not the body's."""
    _, actors = actors_by_name(f"Survey\n\nFares rose again on Monday. {told}\n")
    assert actors["Nora Pike"].sector == "CVL"


def test_a_bare_director_in_a_story_of_a_film_made_it():
    """In a story of a film, "Director X" directed it: a film-maker, a private person (CVL);
    elsewhere a bare director runs a body, most often a firm."""
    film = (
        "The release of a new film about the 1992 riots has been put back. The film, Red "
        "Summer, had been due to open on Friday. Director Kiran Malhotra said the movie "
        "should not be delayed."
    )
    plant = "The plant will close next month. Director Kiran Malhotra said it was painful."
    assert coding(report(film), "Kiran Malhotra")[2] == "CVL"
    assert coding(report(plant), "Kiran Malhotra")[2] == "BUS"
