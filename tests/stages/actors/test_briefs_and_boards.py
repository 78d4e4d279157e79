"""Names that look like a body or a person but say something else, on sentences we wrote."""

import pytest

import dateline
from actor_names import actors_by_name, coding, report


def test_a_labour_minister_abroad_holds_the_labour_portfolio():
    _, actors = actors_by_name(
        "Saudi plan to hire women\n\n"
        "Saudi Arabia will open a jobs office for women in Riyadh, officials said on "
        "Monday. Labour Minister Khalid al-Harbi said his ministry had struggled to "
        "find staff.\n"
    )
    minister = actors["Khalid al-Harbi"]
    assert (minister.country, minister.sector, minister.org) == ("SAU", "GOV", None)
    assert "Labour Party" not in actors
    assert actors["officials"].country == "SAU"


def test_a_labour_minister_where_the_party_is_named_is_the_party_s():
    _, actors = actors_by_name(
        "Kelly defends school plans\n\n"
        "Labour minister Ruth Kelly said the plans would help pupils. "
        "Labour MPs were not convinced by her case.\n"
    )
    minister = actors["Ruth Kelly"]
    assert (minister.country, minister.sector, minister.org) == ("GBR", "GOV", "labour")


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # A board named for what it oversees is a public body.
        (
            "An inquiry by the Standards Board into the councillor is under way.",
            "Standards Board",
            ("organization", None, "GOV"),
        ),
        # The county in its name places it too (Dorset: GBR).
        (
            "The Dorset Health Board said the clinic would stay open.",
            "Dorset Health Board",
            ("organization", "GBR", "GOV"),
        ),
    ],
)
def test_a_board_named_for_what_it_oversees_is_the_state_s(body, name, expected):
    assert coding(report(body), name) == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Ruritanian Bureau of Statistics said exports rose by 4%.",
            "Ruritanian Bureau of Statistics",
        ),
        ("Figures from the Land Registry show prices fell in March.", "Land Registry"),
        (
            "The Banking Ombudsman Service said complaints about loans rose.",
            "Banking Ombudsman Service",
        ),
    ],
)
def test_a_bureau_registry_or_ombudsman_is_the_state_s(body, name):
    assert coding(report(body), name)[2] == "GOV"


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        # The prison and probation services are the state's; firms that
        # call themselves services stay businesses.
        ("The Welsh Prison Service said the wing would reopen.", "Welsh Prison Service", "GOV"),
        ("The Kent Probation Service said staff were stretched.", "Kent Probation Service", "GOV"),
        ("Harbury Data Services said pay deals averaged 3%.", "Harbury Data Services", "BUS"),
        # A paper called a Mail is the press; the postal firm is a business.
        ("The Northern Weekly Mail said the deal was close.", "Northern Weekly Mail", "MED"),
        ("Royal Mail said deliveries would resume on Monday.", "Royal Mail", "BUS"),
    ],
)
def test_a_public_service_or_a_paper_is_told_by_its_name(body, name, sector):
    assert coding(report(body), name)[2] == sector


@pytest.mark.parametrize(
    ("body", "name", "sector"),
    [
        # A police unit is named for the crimes it pursues.
        (
            "Officers from the National Fraud Crime Unit arrested two men in Leeds.",
            "National Fraud Crime Unit",
            "COP",
        ),
        (
            "The Serious Vehicle Crime Squad seized 40 stolen cars.",
            "Serious Vehicle Crime Squad",
            "COP",
        ),
        # A firm's unit is still the firm's.
        ("Harbury Data Unit said profits rose by 4%.", "Harbury Data Unit", "BUS"),
    ],
)
def test_a_unit_or_squad_named_for_crimes_is_the_police(body, name, sector):
    assert coding(report(body), name)[2] == sector


def test_a_board_named_for_a_trade_stays_a_business():
    article = report("The Jutland Dairy Board said butter exports rose by a tenth.")
    assert coding(article, "Jutland Dairy Board")[2] == "BUS"


def test_party_strategists_plan_the_party_s_campaign():
    article = report("Party strategists believe the pledge on childcare will win votes.")
    assert coding(article, "Party strategists") == ("group", None, "PTY")


@pytest.mark.parametrize(
    "body",
    [
        "Tuareg-led rebels seized the desert town of Anefis on Sunday.",
        "Kremlin-backed candidates won most of the seats in the regional vote.",
    ],
)
def test_a_name_before_led_or_backed_is_no_person(body):
    article = report(body)
    assert [a.name for a in article.actors if a.kind == "person"] == []


def test_a_president_the_dictionary_knows_is_of_his_own_country_in_another_s_story():
    # The story is China's (its home), but the president named only by his
    # surname is Taiwan's: the actor dictionary knows him.
    (article,) = dateline.extract(
        "Beijing warns Taipei over drills\n\n"
        "China said on Monday it would hold more naval drills after President Lai "
        "gave a speech on the island's future. Beijing called his remarks a provocation.\n",
        published="2024-10-14",
    )
    president = next(a for a in article.actors if a.kind == "person")
    assert (president.country, president.sector) == ("TWN", "GOV")


def test_a_role_joined_to_another_calling_before_a_name_is_read():
    article = report(
        "The largest gift came from retired businessman and philanthropist "
        "Sir Edmund Barlow, who gave the party £400,000."
    )
    assert coding(article, "Edmund Barlow")[2] == "BUS"


def test_a_thing_joined_to_a_role_before_a_name_is_no_part_of_the_title():
    article = report(
        "The forum opened with an attack on the government's record and party "
        "leader Colin Marsh is due to speak on Sunday."
    )
    actor = next(a for a in article.actors if a.name == "Colin Marsh")
    assert actor.title == "party leader"


def test_a_body_no_lexicon_knows_that_a_speaker_told_is_an_outlet():
    article = report("The trade minister told Business Asia Today the plan was risky.")
    assert coding(article, "Business Asia Today")[2] == "MED"
