"""People of firms in business news: their roles and the news sites that quote them."""

import pytest

import dateline


def _actors(text):
    (article,) = dateline.extract(f"Report\n\n{text}\n", published="2005-03-01")
    return article


def _sector(text, name):
    return {a.sector for a in _actors(text).actors if a.name.endswith(name)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a letter, company president Mark Hollis said staff were paid well.", "Hollis"),
        ("The offer from investor Carl Brandt was turned down by the board.", "Brandt"),
        ("A store manager, Jill Moss, said the shop would stay open.", "Moss"),
    ],
)
def test_a_role_in_a_firm_makes_its_holder_a_businessman(text, name):
    assert _sector(text, name) == {"BUS"}


def test_names_listed_after_a_plural_role_and_a_comma_all_hold_it():
    text = (
        "The regulator settled with four former executives, Paul Grant, Laura Fenwick "
        "and Tom Ashby, who paid fines."
    )
    for name in ("Grant", "Fenwick", "Ashby"):
        assert _sector(text, name) == {"BUS"}


def test_a_name_acting_after_a_plural_role_and_a_comma_does_not_take_it():
    text = "After talks with union leaders, Tom Ashby said the plant would close."
    assert "LAB" not in _sector(text, "Ashby")


def test_the_bbc_news_website_is_one_mention_of_the_bbc():
    article = _actors("The council told the BBC News website it planned to appeal.")
    (bbc,) = [a for a in article.actors if a.org == "bbc"]
    assert [article.text[s:e] for s, e in bbc.mentions] == ["BBC News website"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its critics include Omar Farid, a Korlin board member, who wants change.", "Farid"),
        ("Ms Ilves is Tarrant's biggest shareholder and has opposed the merger.", "Ilves"),
        ("The cuts were drawn up by business troubleshooter Gavin Pike last year.", "Pike"),
    ],
)
def test_a_seat_on_a_board_a_stake_or_a_firms_calling_makes_a_businessman(text, name):
    assert _sector(text, name) == {"BUS"}


def test_a_board_member_of_a_central_bank_is_the_banks():
    text = "Karl Weber, a board member of Austria's central bank, said rates would stay low."
    assert _sector(text, "Weber") == {"GOV"}


def test_names_listed_after_a_plural_role_any_body_has_all_hold_it():
    text = "The court fined two store managers, Dana Kerr and Luke Ford, for the breach."
    for name in ("Kerr", "Ford"):
        assert _sector(text, name) == {"BUS"}


def test_names_between_dashes_hold_the_plural_role_of_the_subject_they_spell_out():
    text = (
        "The two Fenmore directors named in the regulator's report - Dana Kerr and "
        "Luke Ford - have both resigned from the firm."
    )
    for name in ("Kerr", "Ford"):
        assert _sector(text, name) == {"BUS"}


def test_names_between_dashes_after_a_subject_with_no_role_take_none():
    text = "The two men - Dana Kerr and Luke Ford - have denied the charges in court."
    for name in ("Kerr", "Ford"):
        assert "BUS" not in _sector(text, name)


def test_a_role_set_beside_a_bodys_name_is_no_person_of_its_own():
    article = _actors("The deal was backed by the Velmar group, the largest investor in Norvex.")
    assert not [a for a in article.actors if a.kind == "person"]


def test_a_role_set_beside_a_persons_name_is_still_theirs():
    assert _sector("Ann Lowe, the largest investor in Norvex, backed the plan.", "Lowe") == {"BUS"}


def test_a_role_set_off_by_a_dash_the_model_did_not_hang_on_the_name_is_still_its():
    text = (
        "Their demand that Omar Farid - another Korlin board member accused by Sara Kent "
        "of leaking the plan - be dropped was refused."
    )
    assert _sector(text, "Farid") == {"BUS"}


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        (
            (
                "Budget airline Skylane, set up by former pilot and sheep farmer Tomas "
                "Verhoef, plans to double its fleet."
            ),
            "Verhoef",
            "BUS",
        ),
        (
            (
                "The consortium which bought the smelter was created by Anton Kravets, "
                "whose bid was the highest."
            ),
            "Kravets",
            "BUS",
        ),
        (
            "The charity, which was founded by Rosa Lind in 1990, said it would appeal.",
            "Lind",
            "NGO",
        ),
    ],
)
def test_one_a_body_was_founded_by_acts_for_it(text, name, sector):
    assert _sector(text, name) == {sector}


def test_one_named_as_the_agent_of_other_deeds_is_no_founder():
    text = "The consortium which bought the smelter was praised by Anton Kravets on Monday."
    assert _sector(text, "Kravets") == {"CVL"}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Amy Dunn, who works for the insurer Castor Mutual, said claims had doubled.", "BUS"),
        ("Amy Dunn, who works for the charity Homefirst, said claims had doubled.", "NGO"),
    ],
)
def test_one_who_works_for_a_body_acts_for_it(text, sector):
    assert _sector(text, "Dunn") == {sector}


def test_one_who_works_for_a_person_takes_no_body():
    text = "Amy Dunn, who works for Tom Hale, said claims had doubled."
    assert _sector(text, "Dunn") == {"CVL"}
