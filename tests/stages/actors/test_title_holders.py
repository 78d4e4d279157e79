"""What a role word standing alone stands for (stages/actors/title_holders.py), on texts we
wrote."""

import pytest

from actor_names import mentions_of, report


def test_the_charity_is_the_body_of_no_known_kind_named_just_before():
    """A society's name says nothing of what it is: "the charity" after it is that body."""
    article = report(
        "Broadcasters should fix a date for a debate, according to the Marlow Society. "
        "It would be up to the leaders to decide, the charity said."
    )
    assert mentions_of(article, "Marlow Society") == ["Marlow Society", "charity"]


def test_the_watchdog_is_the_body_of_state_named_before_whatever_its_name():
    article = report(
        "The Financial Services Authority has fined Harlow Bank £2m. "
        "The watchdog said the bank had mis-sold bonds to elderly savers."
    )
    assert mentions_of(article, "Financial Services Authority") == [
        "Financial Services Authority",
        "watchdog",
    ]


def test_the_regulator_is_the_body_of_state_named_before_whatever_its_name():
    article = report(
        "The Office of Rail Regulation has ordered train operators to cut fares. "
        "The regulator said prices were too high."
    )
    assert mentions_of(article, "Office of Rail Regulation") == [
        "Office of Rail Regulation",
        "regulator",
    ]


def test_the_ministry_still_needs_a_body_its_word_names():
    """ "The ministry" is not any body of state named before: the authority is none."""
    article = report(
        "The Financial Services Authority has fined Harlow Bank £2m. "
        "The ministry said the bank had mis-sold bonds to elderly savers."
    )
    assert mentions_of(article, "Financial Services Authority") == ["Financial Services Authority"]


def test_the_court_is_no_body_of_no_known_kind_named_before():
    """A court is named by its kind: "the court heard" is the trial's, not the firm before it."""
    article = report(
        "The accounts were signed off by auditors Brant Nilsen in March, the court heard."
    )
    assert mentions_of(article, "Brant Nilsen") == ["Brant Nilsen"]


def test_a_role_that_spoke_is_the_person_the_next_sentence_names():
    """News gives the role first and the name as the next sentence's subject."""
    article = report(
        "The festival opened in Leeds on Friday. It comes after Ruritania's High "
        "Commissioner to Britain said more visas were needed. "
        "Dr Lena Markov said artists could not wait months."
    )
    assert mentions_of(article, "Lena Markov") == ["High Commissioner", "Lena Markov"]


def test_an_elected_role_is_the_person_named_next_as_a_member():
    """A councillor told next as "the member for" a ward is still that councillor."""
    article = report(
        "A Glenmoor councillor who attended the dinner has also backed the plan. "
        "Morag Tulloch, the independent member for Glenmoor West, said it was fair."
    )
    assert mentions_of(article, "Morag Tulloch")[:2] == ["Glenmoor councillor", "Morag Tulloch"]


def test_a_role_is_not_the_person_named_next_in_another_trade():
    """A judge's ruling and an analyst's comment after it are two people's."""
    article = report(
        "A Texas judge barred the bank from the auction. "
        '"They misjudged the market," said Lyle Hartnett, an analyst at Brevik Capital.'
    )
    assert not any("judge" in words for words in mentions_of(article, "Lyle Hartnett"))


@pytest.mark.parametrize(
    ("before", "office"),
    [
        ("Tony Blair criticised the plans on Monday.", "Archbishop of Canterbury"),
        ("Mr Dawes criticised the plans on Monday.", "Archbishop of Canterbury"),
        ("Mr Dawes criticised the plans on Monday.", "Bishop of Durham"),
    ],
)
def test_an_office_that_names_its_seat_is_not_the_role_of_the_person_before(before, office):
    """ "The Archbishop of Canterbury warned ...": one office, held by whoever holds it.

    It is no role the story gives the one it named in the sentence before,
    as "The Green MEP said" may be.
    """
    article = report(f"{before} The {office} warned ministers not to rush the bill.")
    holder = next(a for a in article.actors if a.name.startswith(("Tony", "Dawes")))
    assert office.split()[0] not in mentions_of(article, holder.name)
    assert holder.sector != "REL"


@pytest.mark.parametrize(
    "named",
    [
        "Councillor Alan Trewin criticised the closures.",
        "Prince Edmund visited the ward on Friday.",
    ],
)
def test_the_minister_is_no_councillor_nor_prince_named_before(named):
    # Both are of the state (GOV), but no minister: "the minister" is someone else.
    article = report(f"{named} The minister said the hospital would stay open.")
    person = next(a for a in article.actors if a.kind == "person")
    assert "minister" not in [article.text[s:e] for s, e in person.mentions]


@pytest.mark.parametrize(
    "before",
    [
        "Speaking in the Commons, Home Secretary Peter Hollis defended the plans.",
        "Mr Hollis said the bill was needed.",
    ],
)
def test_the_speaker_is_the_chamber_s_own_not_the_member_who_spoke_before(before):
    """ "The Speaker" has one holder the reader knows, as "the minister" has.

    After a sentence about a member, "the Speaker warned him" is the
    chamber's Speaker, a person of his own, not a second role of that member.
    """
    article = report(f"{before} But the Speaker warned him to keep his answers short.")
    hollis = next(a for a in article.actors if "Hollis" in a.name)
    assert "Speaker" not in mentions_of(article, hollis.name)
    speaker = next(a for a in article.actors if a.name == "Speaker")
    assert speaker.sector == "LEG"


def test_the_former_speaker_is_still_the_one_named_before():
    article = report(
        "Former Commons Speaker Betty Marlow said peers should lead reform. "
        "The former Speaker said the changes were overdue."
    )
    assert "former Speaker" in mentions_of(article, "Betty Marlow")
