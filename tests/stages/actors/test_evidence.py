"""Evidence read beside a mention (evidence.py), on sentences we wrote.

Each case names what the text says of a person or body and the sector that
reading gives; the model's own labels are left as it gives them.
"""

import pytest

import dateline


def _sector(body, name):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2005-03-01")
    return next(a.sector for a in article.actors if a.name == name)


def test_one_named_of_a_body_the_model_called_a_person_speaks_for_a_firm():
    # The model calls "Delorme" a person; no one is named "of" a person.
    body = '"It works," says Anna Morel of Respond\'s French partner Delorme.'
    assert _sector(body, "Anna Morel") == "BUS"


def test_one_named_of_a_town_stays_a_private_person():
    assert _sector('Kevin Platt, of Burnley, said: "He has delivered for us."', "Kevin Platt") == (
        "CVL"
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The union has asked the court to stop Globex Holdings selling the land.",
            "Globex Holdings",
        ),
        ("The council voted to save Harbourline Shipping from closure.", "Harbourline Shipping"),
    ],
)
def test_a_verb_before_a_firms_name_says_nothing_of_its_kind(body, name):
    # "stop" and "save" open the names of campaigns ("Stop the War
    # Coalition"), but as verbs they tell what is done to the body.
    assert _sector(body, name) == "BUS"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The scheme was opened by Northern Ireland Minister Dan Crossley.", "Dan Crossley"),
        ("The wards will stay open, Northern Ireland Health Minister Jo Blake said.", "Jo Blake"),
    ],
)
def test_a_minister_for_a_nation_within_a_state_is_that_states(body, name):
    # "Northern Ireland" is read whole, the UK's, before "Ireland" is read alone.
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2005-03-01")
    assert next(a.country for a in article.actors if a.name == name) == "GBR"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The director of the film, Tarun Das, said he was disappointed.", "Tarun Das"),
        ("The film's director, Lise Varga, said she would appeal.", "Lise Varga"),
        ("The movie's director, Ola Brandt, said the cut was final.", "Ola Brandt"),
    ],
)
def test_a_director_of_a_film_is_a_film_maker(body, name):
    # "Director" runs a body (BUS when none is named); the film it is of
    # makes it the compound role "film director", a private person (CVL).
    assert _sector(body, name) == "CVL"


def test_a_director_of_a_firm_named_by_a_common_noun_still_runs_it():
    body = "The director of the company, Mark Fenn, said profits would rise."
    assert _sector(body, "Mark Fenn") == "BUS"


@pytest.mark.parametrize(
    "body",
    [
        (
            "The plan was unveiled on Monday. Tom Hale, ex-head of policy at the Treasury, says "
            "the scheme reveals anger at the press."
        ),
        (
            "Rail fares will rise again. Tom Hale, ex-head of strategy at the Home Office, said "
            "the rise was unfair."
        ),
    ],
)
def test_a_body_after_a_split_role_is_where_the_role_is_held(body):
    # The model splits "ex-head" in three and hangs "at the Treasury" on the
    # name, not on the role: it is still the body the role is held at.
    assert _sector(body, "Tom Hale") == "GOV"


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        ("But immigrants' group Open Doors says the rules are unfair.", "Open Doors", "NGO"),
        ("Women's group Equal Voice said the plan would hurt mothers.", "Equal Voice", "NGO"),
        ('Lena Marsh of gay group Pride Now said: "We will march."', "Lena Marsh", "NGO"),
        ("Drinks group Maltcorp said profits would fall.", "Maltcorp", "BUS"),
    ],
)
def test_a_group_named_for_the_people_it_gathers_speaks_for_them(body, name, sector):
    # A "group" alone is a firm's ("drinks group"), but one named for
    # citizens (immigrants, women, gays) is a body of civil society.
    assert _sector(body, name) == sector


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        (
            "Ruth Parry, former Tory minister and now an EU commissioner, spoke.",
            "Ruth Parry",
            "IGO",
        ),
        (
            "Former health secretary Paul Lyle, now a European commissioner, spoke.",
            "Paul Lyle",
            "IGO",
        ),
        ("Ex-minister Ruth Parry, now chair of the Audit Commission, spoke.", "Ruth Parry", "GOV"),
    ],
)
def test_an_office_held_now_codes_one_who_held_another_before(body, name, sector):
    # The office after "now", with the words before it that name its body.
    assert _sector(body, name) == sector


def test_a_european_commissioner_is_the_european_commissions():
    assert _sector("The European commissioner Paul Lyle spoke on Monday.", "Paul Lyle") == "IGO"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Non-European Union citizens must register with the police.",
            "Non-European Union citizens",
        ),
        ("Non-British citizens must register with the police.", "Non-British citizens"),
    ],
)
def test_people_outside_a_body_or_country_are_not_its(body, name):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2005-03-01")
    actor = next(a for a in article.actors if a.name == name)
    assert (actor.sector, actor.org) == ("CVL", None)


def _codes(body, names):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2005-03-01")
    by_name = {a.name: (a.country, a.sector) for a in article.actors}
    return [by_name.get(name) for name in names]


@pytest.mark.parametrize(
    ("body", "names", "code"),
    [
        (
            "Ferry managers Colin Harte, Dave Shawcross and Ian Mossop were charged on Monday.",
            ["Colin Harte", "Dave Shawcross", "Ian Mossop"],
            (None, "BUS"),
        ),
        (
            "Irish tycoons John Maguinness and Dermot Rooney bought the club.",
            ["John Maguinness", "Dermot Rooney"],
            ("IRL", "BUS"),
        ),
    ],
)
def test_a_plural_role_right_before_names_is_each_names_role(body, names, code):
    """ "managers A, B and C", "Irish tycoons A and B": a plural of a role any body has names
    no group of its own here, but tells what each listed person is, and whose country."""
    assert _codes(body, names) == [code] * len(names)


def test_a_plural_role_before_no_name_still_names_no_holder():
    """ "managers said": the plural before a verb is a group of people, not a title of
    someone named, so no listed name takes it up."""
    codes = _codes("Ferry managers said on Monday that Colin Harte was charged.", ["Colin Harte"])
    assert codes != [(None, "BUS")]


@pytest.mark.parametrize(
    ("body", "sector"),
    [
        ("Tom Reed, a special adviser to Chancellor Gordon Brown, said the sums added up.", "GOV"),
        ("Ann Lowe, a lawyer for Peter Crane, said her client would appeal.", "JUD"),
    ],
)
def test_a_role_held_for_the_person_an_apposition_names_is_the_first_names(body, sector):
    # The other person is whom the role serves ("to", "for" after it), so
    # the apposition still gives the first name its role.
    assert _sector(body, body.split(",")[0]) == sector


def test_a_campaign_named_after_people_is_a_partys():
    # A campaign called by its candidates' names is a run for office, which a
    # party fights, not a pressure group named for its cause.
    body = (
        'Mark Tully, who speaks for the Bush-Cheney campaign, said: "We removed the page'
        ' to keep it secure." He gave no more detail.\n\nWeeks earlier, staff'
        " of the Bush-Cheney campaign had hired a hosting firm called Fastline."
        "\n\nVoters overseas can still reach the Bush-Cheney campaign through two"
        " other web addresses."
    )
    assert _sector(body, "Cheney") == "PTY"


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("On Saturday Tory leader Ann Hale attacked the plan.", "Ann Hale", "Tory leader"),
        ("Last week Lib Dem leader Joe Bell said it was wrong.", "Joe Bell", "Lib Dem leader"),
        # The day is the paper's name here, and stays.
        (
            "Sunday Telegraph journalist Robert Peston wrote the book.",
            "Robert Peston",
            "Sunday Telegraph journalist",
        ),
    ],
)
def test_words_of_when_before_a_title_are_no_part_of_it(body, name, title):
    (article,) = dateline.extract(f"Report\n\n{body}\n", published="2005-03-01")
    assert next(a.title for a in article.actors if a.name == name) == title
